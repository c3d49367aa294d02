"""Baseline actor stage (to be deepened): spaCy entities mapped to countries by name."""

from __future__ import annotations

import pycountry

from .. import registry
from ..document import Document, Mention
from ..model import Actor

_LABELS = {"GPE": "country", "NORP": "country", "ORG": "organization", "PERSON": "person"}


def _country(name: str) -> str | None:
    try:
        return pycountry.countries.lookup(name.removeprefix("the ").strip()).alpha_3
    except LookupError:
        return None


@registry.component("actors", requires=("doc",), assigns=("entities", "mentions"))
def resolve_actors(doc: Document) -> Document:
    assert doc.doc is not None
    for ent in doc.doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None:
            continue
        country = _country(ent.text) if kind == "country" else None
        sector = "GOV" if country else None
        actor = Actor(text=ent.text, name=ent.text, country=country, sector=sector,
                      cameo=(country + sector) if country and sector else None, kind=kind,
                      entity=len(doc.entities), spans=[doc.span(ent.start, ent.end)])
        doc.entities.append(actor)
        doc.mentions.append(Mention(ent.start, ent.end, ent.root.i, actor.entity, ent.text, "name", actor))
    doc.invalidate_indexes()
    return doc
