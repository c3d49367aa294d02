"""The ``actors`` stage: resolve who takes part (country, sector, CAMEO code, identity).

Fills ``doc.entities`` with one :class:`~eventwire.model.Actor` per coreference cluster
and ``doc.mentions`` with every mention (names, titles, demonyms, metonyms, role nouns,
pronouns), each carrying the actor as resolved at that mention. See the README, "Actors".
"""

from __future__ import annotations

from spacy.strings import get_string_id

from .. import registry
from ..document import Document, Mention
from ..model import Actor, Span
from . import relations
from .coref import Resolver
from .detect import find_atoms, noun_phrases
from .lexicon import cameo_code, lexicon
from .parse import PRON, SUBJECTS, Columns
from .places import dateline_country
from .origin import Context, index_countries
from .resolve import Draft, drafts_for

_PRONOUNS = {get_string_id(w): w for w in ("he", "she", "it", "they")}
_EXPLETIVE_HEADS = frozenset(get_string_id(w) for w in ("be", "seem", "appear", "take", "remain"))


def _pronoun_drafts(doc, cols: Columns) -> list[Draft]:
    """Pronoun subjects of clauses; "it is unclear" and the like are left out."""
    out = []
    for i in range(cols.n):
        word = _PRONOUNS.get(cols.lower[i])
        if word is None or cols.pos[i] != PRON or cols.dep[i] not in SUBJECTS:
            continue
        if word == "it" and cols.lemma[cols.head[i]] in _EXPLETIVE_HEADS:
            continue
        out.append(Draft(i, i + 1, i, "pronoun", "unknown", word, plural=word == "they"))
    return out


@registry.component("actors", requires=("doc",), assigns=("entities", "mentions"))
def resolve_actors(doc: Document) -> Document:
    """Find and resolve every actor mention of the article."""
    sp = doc.doc
    assert sp is not None, "the actors stage needs the nlp stage's parse"
    lex = lexicon()
    cols = Columns.of(sp, doc.article.text)
    day = doc.article.published_date
    atoms = find_atoms(sp, cols, lex)
    ctx = Context(sp, cols, lex, day)
    index_countries(ctx, atoms)
    drafts = [d for np in noun_phrases(sp, cols, atoms) for d in drafts_for(ctx, np)]
    drafts = relations.link(drafts, cols) + _pronoun_drafts(sp, cols)
    relations.surnames(drafts)
    drafts.sort(key=lambda d: (d.start, d.head))
    sent_of = cols.sent_of
    resolver = Resolver(cols, sent_of, lex, day)
    resolver.note(drafts, dateline_country(doc.article.text))
    resolver.add_all(drafts)
    resolver.speakers()
    resolver.merge_partial_names()

    used = sorted({link.entity.index for link in resolver.linked})
    renumber = {old: new for new, old in enumerate(used)}
    entities: list[Actor] = []
    for old in used:
        e = resolver.entities[old]
        entities.append(Actor(text=e.name, name=e.name, country=e.country, sector=e.sector,
                              cameo=cameo_code(e.country, e.sector, e.base), kb_id=e.kb_id,
                              kind=e.akind, entity=renumber[old]))
    mentions: list[Mention] = []
    for link in sorted(resolver.linked, key=lambda l: (l.draft.start, l.draft.head)):
        d, e = link.draft, link.entity
        idx = renumber[e.index]
        start_char, end_char = cols.char_span(d.start, d.end)
        text = cols.text[start_char:end_char]
        entities[idx].spans.append(Span(start_char, end_char, sent_of[d.start], text))
        actor = Actor(text=text, name=e.name, country=link.country, sector=link.sector,
                      cameo=cameo_code(link.country, link.sector, e.base), kb_id=e.kb_id, kind=e.akind,
                      entity=idx, spans=[Span(start_char, end_char, sent_of[d.start], text)])
        mentions.append(Mention(d.start, d.end, d.head, idx, text, d.mkind, actor))
    doc.entities = entities
    doc.mentions = mentions
    doc.invalidate_indexes()
    return doc
