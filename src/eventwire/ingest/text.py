"""Plain-text articles: one per file, with optional leading ``key: value`` header lines.

::

    title: Talks resume in Oslo
    published: 2021-03-04
    outlet: Harbor Times

    The text starts after the headers (a blank line may separate them).

Only known keys count as headers, so a first line like ``WASHINGTON: The ...`` stays text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from ..articles import make_article
from ..errors import RecordError
from ..model import Article
from .base import ReadOptions, Reject, decode

#: header key (lower case) -> article field
HEADER_KEYS: dict[str, str] = {
    "title": "title", "headline": "title", "url": "url", "link": "url", "published": "published",
    "date": "published", "outlet": "outlet", "source": "outlet", "publisher": "outlet", "id": "id",
}
_HEADER = re.compile(r"^([A-Za-z_-]+)\s*:\s*(.*?)\s*$")


def split_headers(text: str) -> tuple[dict[str, str], str]:
    """``(fields, body)``: leading known ``key: value`` lines become fields."""
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        m = _HEADER.match(line)
        if not m or m.group(1).lower() not in HEADER_KEYS:
            break
        fields[HEADER_KEYS[m.group(1).lower()]] = m.group(2)
        pos = len(text) if nl < 0 else nl + 1
    if fields and text.startswith("\n", pos):
        pos += 1  # the blank line closing the header block
    return fields, text[pos:]


def parse_text(data: bytes, origin: str, opts: ReadOptions) -> Article:
    """One article from the bytes of a text file (or stdin)."""
    # Check the size before decoding: a huge file is rejected without building a huge string.
    if len(data) > 4 * opts.max_chars + 4096:
        raise RecordError(origin, f"file has {len(data):,} bytes, above the limit of {opts.max_chars:,} characters")
    text = decode(data, origin)
    fields, body = split_headers(text.replace("\r\n", "\n"))
    if opts.published is not None:
        fields["published"] = opts.published
    return make_article(body, origin=origin, max_chars=opts.max_chars, **fields)


def read_text(path: str, opts: ReadOptions) -> Iterator[Article | Reject]:
    try:
        size = os.path.getsize(path)
        if size > 4 * opts.max_chars + 4096:  # even 4-byte UTF-8 cannot fit the limit
            raise RecordError(path, f"file has {size:,} bytes, too large for the limit of {opts.max_chars:,} characters")
        with open(path, "rb") as fh:
            data = fh.read()
        yield parse_text(data, path, opts)
    except RecordError as exc:
        yield Reject(exc.origin, exc.reason)
    except OSError as exc:
        yield Reject(path, f"cannot read: {exc.strerror or exc}")
