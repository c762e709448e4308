"""Every page of a workspace, opened in the browser one after another."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from playwright.sync_api import Page


def opened(page: Page, urls: Iterable[str]) -> Iterator[str]:
    """Open each of ``urls`` that answers a whole HTML page in ``page``; yield it once open.

    Each address is asked first without the browser: a POST-only address (405), a file or
    an htmx fragment is passed over, and a refused navigation never cuts short the next.
    """
    for url in urls:
        answer = page.request.get(url)
        if answer.status != 200 or "html" not in answer.headers.get("content-type", ""):
            continue
        if not answer.text().lstrip().lower().startswith("<!doctype html"):
            continue  # a fragment that htmx puts into a page
        response = page.goto(url)
        assert response is not None and response.status == 200, url
        yield url
