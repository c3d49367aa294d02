"""The publishing outlet as an actor: its site ("edition.cnn.com") or its name ("Reuters").

An article's outlet is the last link of every attribution chain, so its country matters as
much as any quoted source's: "rests only on one side's state media" needs RT to be RUSMED.
Sites come from ``outlet_domains.tsv``, names from the news media in ``organizations.tsv``.
"""

from __future__ import annotations

import functools
import re

from ..model import Actor
from ..resources import load_tsv
from .lexicon import PACKAGE, cameo_code, fold

#: The sector of news media (CAMEO spells its agent code MED).
MEDIA = "JRN"

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")


@functools.cache
def _media() -> dict[str, dict[str, str]]:
    """organizations.tsv id -> row, for news media only."""
    return {row["id"]: row for row in load_tsv(PACKAGE, "organizations.tsv") if row["sector"] == MEDIA}


@functools.cache
def _by_domain() -> dict[str, dict[str, str]]:
    return {row["domain"].lower(): row for row in load_tsv(PACKAGE, "outlet_domains.tsv")}


@functools.cache
def _by_name() -> dict[str, str]:
    """Folded outlet name, with and without a leading "The" -> organizations.tsv id."""
    out: dict[str, str] = {}
    for org_id, row in _media().items():
        for name in row["names"].split("|"):
            key = fold(name.strip())
            out.setdefault(key, org_id)
            out.setdefault(key.removeprefix("the "), org_id)
    for row in _by_domain().values():
        if row["org"]:
            out.setdefault(fold(row["outlet"]).removeprefix("the "), row["org"])
    return out


def host(outlet: str) -> str | None:
    """The host name of an outlet given as a site or URL ("www.rt.com"), else None."""
    text = _SCHEME.sub("", outlet.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    if " " in text or "." not in text.strip("."):
        return None
    return text.removeprefix("www.")


def _site(name: str) -> dict[str, str] | None:
    """The row of the outlet's domain, trying "usa.chinadaily.com.cn", then
    "chinadaily.com.cn", down to two labels."""
    labels = name.split(".")
    for k in range(len(labels) - 1):
        row = _by_domain().get(".".join(labels[k:]))
        if row is not None:
            return row
    return None


def outlet_actor(outlet: str | None) -> Actor | None:
    """The publishing outlet as an actor of the news media (``JRN``): with its name, country
    and code where its site or name is known; ``None`` when the article names no outlet."""
    if not outlet or not outlet.strip():
        return None
    site = host(outlet)
    row = _site(site) if site else None
    org_id = row["org"] if row else _by_name().get(fold(outlet.strip()).removeprefix("the "))
    org = _media().get(org_id or "")
    if row is None and org is None:
        return Actor(text=outlet, name=outlet, sector=MEDIA, kind="organization")
    if org is not None:
        country = org["country"] or None
        name = org["names"].split("|")[0]  # as the actor stage names it in the text
        cameo = org["cameo"] or cameo_code(country, MEDIA)
    else:
        assert row is not None
        country, name = row["country"] or None, row["outlet"]
        cameo = cameo_code(country, MEDIA)
    return Actor(text=outlet, name=name, country=country, sector=MEDIA, cameo=cameo,
                 kb_id=f"org:{org_id}" if org is not None else None, kind="organization")
