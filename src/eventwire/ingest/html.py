"""HTML pages: the article body, title and date extracted with trafilatura.

trafilatura drops navigation, ads and comments; its date finder (htmldate) reads the
page's metadata. A page with no extractable body is rejected, not stored empty.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..articles import make_article
from ..errors import RecordError
from ..model import Article
from .base import ReadOptions, Reject, decode


def parse_html(data: bytes, origin: str, opts: ReadOptions) -> Article:
    """One article from the bytes of an HTML page."""
    import trafilatura

    html = decode(data, origin)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
    )
    if doc is None:
        raise RecordError(origin, "no article text found in the HTML page")
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    text = get("text") or ""
    if not text.strip():
        raise RecordError(origin, "no article text found in the HTML page")
    published = opts.published if opts.published is not None else get("date")
    return make_article(
        text, origin=origin, max_chars=opts.max_chars, title=get("title"), url=get("url"),
        outlet=get("sitename"), published=published,
    )


def read_html(path: str, opts: ReadOptions) -> Iterator[Article | Reject]:
    try:
        size = os.path.getsize(path)
        if size > 16 * opts.max_chars:  # markup included; far beyond any article
            raise RecordError(path, f"file has {size:,} bytes, too large for an article page")
        with open(path, "rb") as fh:
            yield parse_html(fh.read(), path, opts)
    except RecordError as exc:
        yield Reject(exc.origin, exc.reason)
    except OSError as exc:
        yield Reject(path, f"cannot read: {exc.strerror or exc}")
