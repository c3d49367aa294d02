"""Time: temporal expressions normalised against the publication date, and event dating.

Public functions (usable without spaCy unless noted):

* :func:`find_timexes` – every time expression in a text as :class:`~eventwire.model.TimeRef`;
* :func:`normalize` – the one expression a short text is ("early October");
* :func:`interval_of` – a TimeML value (and mod) as an inclusive date interval;
* :func:`date_token` – the time of the event at a token of a parsed document (spaCy).
"""

from .calendar import interval_of
from .dating import date_token, is_historical
from .timexes import find_timexes, normalize

__all__ = ["find_timexes", "normalize", "interval_of", "date_token", "is_historical"]
