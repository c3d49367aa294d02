"""What every reader shares: the reject record, field names, and byte/text checks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..articles import DEFAULT_MAX_CHARS, make_article
from ..errors import RecordError
from ..model import Article


class Reject(NamedTuple):
    """An input that could not become an article: where it came from and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


#: Article fields a record may carry, and their default column/key names.
FIELD_NAMES: tuple[str, ...] = ("id", "url", "title", "text", "published", "outlet")


@dataclass(frozen=True)
class ReadOptions:
    """How to read records: field names, the text length limit, a publication date override."""

    #: article field -> column/key name in the input (defaults: the same name).
    fields: dict[str, str] = field(default_factory=dict)
    max_chars: int = DEFAULT_MAX_CHARS
    #: ``--published``: replaces (or fills) every article's publication date.
    published: Any = None

    def column(self, name: str) -> str:
        return self.fields.get(name, name)


# Lone surrogates are what ``errors="surrogateescape"`` leaves for undecodable bytes.
_BAD_UTF8 = re.compile("[\udc80-\udcff]")


def check_utf8(text: str) -> str | None:
    """A reason if ``text`` (decoded with surrogateescape) held invalid UTF-8, else None."""
    m = _BAD_UTF8.search(text)
    if m is None:
        return None
    return f"invalid UTF-8 (byte 0x{ord(m.group()) - 0xDC00:02x} at character {m.start()})"


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text of a whole file (BOM dropped); :class:`RecordError` for binary or bad bytes."""
    if b"\x00" in data[:8192] or b"\x00" in data:
        raise RecordError(origin, "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RecordError(origin, f"invalid UTF-8 ({exc.reason} at byte {exc.start})") from exc


def article_from_record(record: dict[str, Any], origin: str, opts: ReadOptions) -> Article:
    """An article from a JSON/CSV/Parquet record using the configured field names."""
    text_key = opts.column("text")
    if text_key not in record:
        raise RecordError(origin, f"missing text field {text_key!r}")
    values = {name: record.get(opts.column(name)) for name in FIELD_NAMES}
    if opts.published is not None:
        values["published"] = opts.published
    for name, value in values.items():
        if isinstance(value, str) and (reason := check_utf8(value)):
            raise RecordError(origin, f"{name}: {reason}")
    return make_article(
        values.pop("text"), origin=origin, max_chars=opts.max_chars,
        **{k: v for k, v in values.items()},
    )
