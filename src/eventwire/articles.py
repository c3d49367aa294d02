"""Building validated :class:`~eventwire.model.Article` records from loose fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .errors import RecordError
from .ids import article_id
from .model import Article
from .pubdate import parse_published

DEFAULT_MAX_CHARS = 1_000_000


def make_article(
    text: Any,
    *,
    id: Any = None,
    url: Any = None,
    title: Any = None,
    outlet: Any = None,
    published: Any = None,
    language: str = "en",
    origin: str = "<input>",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Validate and normalise one record; raise :class:`RecordError` naming ``origin`` if unusable."""
    if text is None or (isinstance(text, float) and text != text):
        raise RecordError(origin, "missing text field")
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RecordError(origin, f"text is not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    if not isinstance(text, str):
        raise RecordError(origin, f"text must be a string, got {type(text).__name__}")
    if "\x00" in text:
        raise RecordError(origin, "text contains NUL bytes (binary data?)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise RecordError(origin, "empty or whitespace-only text")
    if len(text) > max_chars:
        raise RecordError(origin, f"text has {len(text):,} characters, above the limit of {max_chars:,}")
    try:
        pub = parse_published(published)
    except ValueError as exc:
        raise RecordError(origin, str(exc)) from exc
    url_s = _clean(url)
    given_id = _clean(id)
    return Article(
        id=given_id or article_id(url_s, text),
        text=text,
        url=url_s,
        title=_clean(title),
        outlet=_clean(outlet),
        published=pub,
        language=language,
        origin=origin,
    )


def _clean(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    s = str(value).strip()
    return s or None


def with_published(article: Article, published: dt.date | dt.datetime | None) -> Article:
    """A copy of ``article`` with its publication date replaced (``--published``)."""
    if published is None:
        return article
    return Article(
        id=article.id,
        text=article.text,
        url=article.url,
        title=article.title,
        outlet=article.outlet,
        published=published,
        language=article.language,
        origin=article.origin,
    )
