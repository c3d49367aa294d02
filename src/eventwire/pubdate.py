"""Publication dates as news feeds write them: ISO 8601, RFC 2822 and common news formats."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from dateutil import parser as dateutil_parser

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# "Published 4 November 2019", "Updated: Nov. 4, 2019 10:03 a.m. ET"
_PREFIX = re.compile(r"^(?:published|updated|posted|last updated|date)\s*:?\s*", re.I)


def parse_published(value: object) -> dt.date | dt.datetime | None:
    """Parse a publication date; ``None`` for empty input, :class:`ValueError` if unreadable.

    Date-only values stay :class:`datetime.date`; values with a time of day become
    :class:`datetime.datetime` (timezone-aware when the input says so).
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime()
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    text = _PREFIX.sub("", text)
    if _DATE_ONLY.match(text):
        return dt.date.fromisoformat(text)
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:  # RFC 2822, as in RSS <pubDate>
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed
    except (TypeError, ValueError, IndexError):
        pass
    if not re.search(r"\d", text):
        raise ValueError(f"unparseable date {value!r}")
    try:
        parsed = dateutil_parser.parse(text, fuzzy=False, default=dt.datetime(1, 1, 1))
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"unparseable date {value!r}") from exc
    if parsed.year == 1:
        raise ValueError(f"date {value!r} has no year")
    has_time = bool(re.search(r"\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?m\b", text, re.I))
    return parsed if has_time else parsed.date()


def as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    """The calendar day of a publication timestamp."""
    return value.date() if isinstance(value, dt.datetime) else value
