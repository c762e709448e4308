"""The handbill as words to paste: Markdown, plain text, and a few lines for a message."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapport.core.handbill import SEPARATOR, HandbillContent, Section

#: How many companies the short version names before "and N more".
SHORT_COMPANIES = 5

# Characters that Markdown (CommonMark, GitHub's math and tables) would read as markup.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$])")
_LINE_START = re.compile(r"^(\s*\d*)([-=+.)])", re.MULTILINE)
_ENTITY = re.compile(r"&(?=#?\w+;)")


def escape_markdown(text: str) -> str:
    """Return ``text`` so that Markdown shows it literally, character for character."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text)
    # A line starting "- ", "+ ", "1. " or "2) " would become a list item.
    return _LINE_START.sub(r"\1\\\2", text)


def to_text(content: HandbillContent) -> str:
    """Return the handbill as plain text for the body of an email."""
    content.check_ready()
    out = [content.name]
    if content.headline:
        out.append(content.headline)
    if content.contact:
        out.append(SEPARATOR.join(c.url.removeprefix("mailto:") or c.text for c in content.contact))
    for section in content.sections:
        out += ["", section.title.upper(), *_text_body(section)]
    if online := _online(content):
        out += ["", f"This page online: {online}"]
    return "\n".join(out) + "\n"


def _text_body(section: Section) -> Iterable[str]:
    if section.text:
        yield f"{section.text} {section.link}" if section.link else section.text
    elif section.link:
        yield section.link
    for line in section.lines:
        yield f"{line.label}: {SEPARATOR.join(line.items)}"
    for item in section.items:
        yield f"- {item}"
    for group in section.groups:
        names = SEPARATOR.join(group.companies)
        yield f"{group.industry}: {names}" if _titled(section) else names


def _titled(section: Section) -> bool:
    return len(section.groups) > 1 or (bool(section.groups) and section.groups[0].industry != "")


def _online(content: HandbillContent) -> str:
    """Return the share link when the page does not show it already, else ""."""
    booking = content.section("booking")
    shown = booking is not None and booking.link == content.share_url
    return "" if shown else content.share_url


def to_markdown(content: HandbillContent) -> str:
    """Return the handbill as Markdown; user text is escaped so it prints as typed."""
    content.check_ready()
    md = escape_markdown
    out = [f"# {md(content.name)}"]
    if content.headline:
        out += ["", f"*{md(content.headline)}*"]
    if content.contact:
        out += ["", SEPARATOR.join(_md_link(c.text, c.url) for c in content.contact)]
    for section in content.sections:
        out += ["", f"## {md(section.title)}", ""]
        if section.text or section.link:
            words = md(section.text)
            link = _md_link(section.link, section.link) if section.link else ""
            out.append(f"{words} {link}".strip())
        if section.lines:
            out += [
                f"- **{md(line.label)}:** {md(SEPARATOR.join(line.items))}"
                for line in section.lines
            ]
        out += [f"- {md(item)}" for item in section.items]
        for group in section.groups:
            names = md(SEPARATOR.join(group.companies))
            out += [
                "",
                f"**{md(group.industry or 'Other')}:** {names}" if _titled(section) else names,
            ]
    if online := _online(content):
        out += ["", f"This page online: {_md_link(online, online)}"]
    return "\n".join(out) + "\n"


def _md_link(text: str, url: str) -> str:
    if not url:
        return escape_markdown(text)
    # Spaces and parentheses would end the link target early: percent-encode them.
    target = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"[{escape_markdown(text)}](<{target.replace('>', '%3E')}>)"


def to_short(content: HandbillContent) -> str:
    """Return a few lines for a message: what I want, the top companies, the ask."""
    content.check_ready()
    looking = content.section("looking_for")
    found = {line.label: line.items for line in looking.lines} if looking else {}
    positions = " or ".join(found.get("Positions", ()))
    industries = " or ".join(found.get("Industries", ()))
    where = ", ".join(found.get("Where", ()))
    want = positions or (f"a role in {industries}" if industries else "a new role")
    if positions and industries:
        want += f", in {industries}"
    if where:
        want += f" ({where})"
    lines = [f"I'm looking for {want}."]
    companies = content.companies if content.section("companies") else ()
    if companies:
        named = ", ".join(companies[:SHORT_COMPANIES])
        more = len(companies) - SHORT_COMPANIES
        tail = f" and {more} more" if more > 0 else ""
        lines.append(f"Companies at the top of my list: {named}{tail}.")
        lines.append("Do you know anyone at any of them?")
    if content.share_url:
        lines.append(f"My one-page list: {content.share_url}")
    elif content.booking_link:
        lines.append(f"Book a time with me: {content.booking_link}")
    return "\n".join(lines) + "\n"
