"""RSS and Atom feed files: each item becomes an article (content, else summary, as text).

Feeds carry HTML in their items; the markup is stripped with lxml so offsets refer to
the plain text eventwire parses.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from ..articles import make_article
from ..errors import RecordError
from ..model import Article
from .base import ReadOptions, Reject


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of an XML file are an RSS or Atom feed."""
    h = head.lower()
    return b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, paragraphs separated by blank lines."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except Exception:  # noqa: BLE001 - lxml raises several types on odd markup
        return fragment.strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    lines = [ln.strip() for ln in root.text_content().splitlines()]
    out, blank = [], False
    for ln in lines:
        if ln:
            out.append(ln)
            blank = False
        elif not blank and out:
            out.append("")
            blank = True
    return "\n".join(out).strip()


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def read_feed(path: str, opts: ReadOptions) -> Iterator[Article | Reject]:
    import feedparser

    try:
        if os.path.getsize(path) > 64 * opts.max_chars:
            raise RecordError(path, "feed file too large")
        with open(path, "rb") as fh:
            data = fh.read()
    except RecordError as exc:
        yield Reject(exc.origin, exc.reason)
        return
    except OSError as exc:
        yield Reject(path, f"cannot read: {exc.strerror or exc}")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"not a readable feed: {feed.get('bozo_exception')}" if feed.get("bozo") else "feed has no items"
        yield Reject(path, reason)
        return
    outlet = (feed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(feed.entries, 1):
        origin = f"{path}#{n}"
        published = opts.published
        if published is None:
            published = entry.get("published") or entry.get("updated") or None
        try:
            yield make_article(
                _entry_text(entry), origin=origin, max_chars=opts.max_chars, id=None,
                url=entry.get("link"), title=entry.get("title"), outlet=outlet, published=published,
            )
        except RecordError as exc:
            yield Reject(exc.origin, exc.reason)
