"""Stable identifiers: the same article always gets the same id, and so do its events."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def _digest(*parts: str, size: int = 16) -> str:
    h = hashlib.blake2b(digest_size=size)
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop the fragment and a trailing slash."""
    url = url.strip()
    url = url.split("#", 1)[0]
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://([^/]+)(.*)$", url)
    if m:
        url = f"{m.group(1).lower()}://{m.group(2).lower()}{m.group(3)}"
    return url.rstrip("/")


def normalize_text(text: str) -> str:
    """Unicode NFC, collapsed whitespace, trimmed: cosmetic differences do not change the id."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(url: str | None, text: str) -> str:
    """Hash of the normalised URL if there is one, else of the normalised text."""
    if url and url.strip():
        return "a" + _digest("url", normalize_url(url), size=10)
    return "a" + _digest("text", normalize_text(text), size=10)


def event_id(article: str, sentence: int, trigger_start: int, plover_type: str = "") -> str:
    """Article id + sentence + trigger offset (+ type, as one trigger can carry two events)."""
    return "e" + _digest(article, str(sentence), str(trigger_start), plover_type, size=10)
