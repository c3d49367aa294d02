"""Places: toponyms resolved against an offline gazetteer, and event locations.

Public API (other stages use these; names are stable):

- :func:`eventwire.geo.gazetteer.lookup` ``(name, country=None) -> list[Candidate]``
- :func:`eventwire.geo.resolve` ``(name, context_countries=()) -> Place | None``
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .gazetteer import Candidate, lookup
    from .disambiguate import resolve

__all__ = ["Candidate", "lookup", "resolve"]


def __getattr__(name: str) -> Any:  # lazy: importing eventwire.geo must not load the gazetteer
    if name in ("lookup", "Candidate"):
        from . import gazetteer

        return getattr(gazetteer, name)
    if name == "resolve":
        from .disambiguate import resolve

        return resolve
    raise AttributeError(name)
