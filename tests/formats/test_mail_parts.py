"""The quick mail reader gives what the email package gives, or hands the message back."""

from __future__ import annotations

from email.utils import getaddresses
from pathlib import Path

import pytest

from rapport.formats.mail import _PARSER, _text, split_mbox
from rapport.formats.mail_parts import (
    addresses,
    head_fields,
    param,
    split_head,
    text_and_files,
)

TAKEOUT = Path(__file__).resolve().parents[1] / "data" / "mail" / "takeout.mbox"
HEAD = b"From: Nadia Haddad <nadia@hooli.example>\nTo: alex@example.com\nDate: Mon, 4 Mar 2024\n"

MESSAGES = {
    "plain": HEAD + b"\nThank you for your time, Alex.\n",
    "crlf line ends": (HEAD + b"Subject: Hi\n\nThanks so much for the chat.\n").replace(
        b"\n", b"\r\n"
    ),
    "base64 utf-8": HEAD
    + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
    + b"TWVyY2kgYmVhdWNvdXAsIFJlbsOpZSE=\n",
    "quoted-printable, soft breaks": HEAD
    + b'Content-Type: text/plain; charset="iso-8859-1"\n'
    + b"Content-Transfer-Encoding: quoted-printable\n\n"
    + b"Could I ask your advice on the platform te=\nam? Merci, Ren=E9e=20\n",
    "nested multipart with an attachment": HEAD
    + b'Content-Type: multipart/mixed; boundary="outer"\n\npreamble\n--outer\n'
    + b'Content-Type: multipart/alternative; boundary="inner"\n\n--inner\n'
    + b"Content-Type: text/plain\n\nHere is my target list.\n--inner\n"
    + b"Content-Type: text/html\n\n<p>Here is my <b>target</b> list.</p>\n--inner--\n"
    + b'--outer\nContent-Type: application/pdf; name="x.pdf"\n'
    + b'Content-Disposition: attachment; filename="Alex handbill.pdf"\n'
    + b"Content-Transfer-Encoding: base64\n\nJVBERi0=\n--outer--\n",
    "html only": HEAD
    + b'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
    + b"Content-Type: text/html; charset=utf-8\n\n<div>Happy to <i>help</i>.</div>\n--b--\n",
    "attachment named in the content type only": HEAD
    + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nSee '
    + b'attached.\n--b\nContent-Type: application/pdf; name="targets.pdf"\n\nJVBERi0=\n--b--\n',
    "encoded-word file name": HEAD
    + b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nHi\n'
    + b'--b\nContent-Disposition: attachment; filename="=?utf-8?q?R=C3=A9sum=C3=A9.pdf?="\n\n'
    + b"x\n--b--\n",
}


def reference(raw: bytes) -> tuple[str, list[str]]:
    return _text(_PARSER.parsebytes(raw))


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_the_quick_reader_reads_what_the_email_package_reads(name: str) -> None:
    raw = MESSAGES[name]
    head, body = split_head(raw)
    text, files = text_and_files(head_fields(head), body)
    expected_text, expected_files = reference(raw)
    assert (text.rstrip(), files) == (expected_text.rstrip(), expected_files)
    assert text.strip(), "each case has words to read"


def test_every_message_of_a_takeout_mailbox_reads_the_same_both_ways() -> None:
    with TAKEOUT.open("rb") as stream:
        raws = list(split_mbox(stream))
    assert len(raws) == 8
    for raw in raws:
        head, body = split_head(raw)
        fields = head_fields(head)
        message = _PARSER.parsebytes(raw)
        text, files = text_and_files(fields, body)
        expected_text, expected_files = _text(message)
        assert (text.rstrip(), files) == (expected_text.rstrip(), expected_files)
        for key in ("from", "to", "cc", "date", "message-id", "references", "x-gm-thrid"):
            wanted = [" ".join(v.split()) for v in message.get_all(key, [])]
            assert [" ".join(v.split()) for v in fields.get(key, [])] == wanted


@pytest.mark.parametrize(
    "value",
    [
        "Nadia Haddad <nadia@hooli.example>",
        "nadia@hooli.example",
        "Nadia Haddad <nadia@hooli.example>, Omar <omar@piedpiper.example>, x@y.example",
        "=?utf-8?q?Ren=C3=A9e?= <renee@example.com>",
        "<bare@example.com>",
    ],
)
def test_plain_address_lists_split_as_the_email_package_splits_them(value: str) -> None:
    assert addresses([value]) == getaddresses([value])


@pytest.mark.parametrize(
    "value",
    [
        '"Doe, Jane" <jane@example.com>',  # a comma inside quotes
        "jane@example.com (Jane Doe)",  # a comment
        "undisclosed-recipients:;",  # a group
        "Jane <jane@example.com",  # never closed
    ],
)
def test_unusual_address_lists_are_left_to_the_email_package(value: str) -> None:
    assert addresses([value]) is None


def test_rfc_2231_parameters_and_deep_nesting_are_left_to_the_email_package() -> None:
    assert param("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf", "filename") is None
    deep = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (n, n) for n in range(6)
    )
    head, body = split_head(HEAD + deep + b"\nHi\n")
    with pytest.raises(ValueError, match="leaves to the email package"):
        text_and_files(head_fields(head), body)


def test_folded_headers_are_unfolded_and_odd_bytes_do_not_fail() -> None:
    fields = head_fields(b"To: a@example.com,\n\tb@example.com\nSubject: caf\xe9\nbroken line\n")
    assert fields["to"] == ["a@example.com, b@example.com"]
    assert fields["subject"] == ["caf\ufffd"]
