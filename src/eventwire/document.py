"""The working state of one article as it moves through the pipeline.

Each stage reads the layers it declared in ``requires`` and fills the ones it declared
in ``assigns``. Layers are plain attributes, so a stage never needs another stage's
internals, only this shared vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import Actor, Article, Attribution, Event, Place, Span, TimeRef

if TYPE_CHECKING:  # spaCy is imported lazily: the model and store work without it.
    from spacy.tokens import Doc, Token

#: Names of the layers a stage may require or assign.
LAYERS: frozenset[str] = frozenset(
    {"article", "doc", "entities", "mentions", "timexes", "places", "attributions", "events"}
)


@dataclass(slots=True)
class Mention:
    """One actor mention: tokens ``[start, end)`` of the spaCy doc, pointing at an entity.

    ``kind`` is how it was recognised: name, title (a person with a title), demonym,
    metonym (a capital standing for a government), nominal (role noun), pronoun.
    """

    start: int
    end: int
    head: int
    entity: int
    text: str
    kind: str = "name"
    #: The actor as resolved at this mention (country/sector may differ per mention,
    #: e.g. "Lee" the lawmaker vs the entity's canonical record).
    actor: Actor | None = None


@dataclass(slots=True)
class Document:
    """An article plus every annotation layer the stages have added so far."""

    article: Article
    doc: Doc | None = None
    #: Resolved actors of the article, one per coreference cluster (index = entity id).
    entities: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[TimeRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: Free-form per-stage notes (e.g. timings or diagnostics); never required by a stage.
    notes: dict[str, Any] = field(default_factory=dict)
    _mention_by_token: dict[int, Mention] | None = None
    _mentions_by_head: dict[int, list[Mention]] | None = None

    # ----- helpers over the spaCy doc, shared by every stage -------------------------------
    def sentence_index(self, token: Token) -> int:
        """0-based index of the sentence holding ``token``."""
        index = self.notes.get("_sent_index")
        if index is None:
            index = {}
            assert self.doc is not None
            for i, sent in enumerate(self.doc.sents):
                index[sent.start] = i
            self.notes["_sent_index"] = index
        return index[token.sent.start]

    def span(self, start_token: int, end_token: int) -> Span:
        """Character :class:`Span` for tokens ``[start_token, end_token)``."""
        assert self.doc is not None
        sp = self.doc[start_token:end_token]
        return Span(sp.start_char, sp.end_char, self.sentence_index(sp[0]), sp.text)

    def mention_at(self, token_i: int) -> Mention | None:
        """The actor mention covering token ``token_i``, if any."""
        if self._mention_by_token is None:
            index: dict[int, Mention] = {}
            for m in self.mentions:
                for i in range(m.start, m.end):
                    index.setdefault(i, m)
            self._mention_by_token = index
        return self._mention_by_token.get(token_i)

    def mentions_headed_by(self, token_i: int) -> list[Mention]:
        """Every mention whose head is token ``token_i``.

        Several mentions may share a head: "Hungarian and Romanian officials" gives two
        mentions (HUN, ROU) both headed by "officials".
        """
        if self._mentions_by_head is None:
            index: dict[int, list[Mention]] = {}
            for m in self.mentions:
                index.setdefault(m.head, []).append(m)
            self._mentions_by_head = index
        return self._mentions_by_head.get(token_i, [])

    def sentence_offsets(self) -> list[tuple[int, int]]:
        """Character ``(start, end)`` of every sentence; kept by :meth:`detach`."""
        if self.doc is None:
            return [tuple(x) for x in self.notes.get("sentences", [])]
        return [(s.start_char, s.end_char) for s in self.doc.sents]

    def mention_chars(self) -> list[tuple[int, int]]:
        """Character ``(start, end)`` of every mention (index-aligned with ``mentions``)."""
        if self.doc is None:
            return [tuple(x) for x in self.notes.get("mention_chars", [])]
        n = len(self.doc)
        out = []
        for m in self.mentions:
            sp = self.doc[max(0, m.start):min(n, max(m.end, m.start + 1))]
            out.append((sp.start_char, sp.end_char))
        return out

    def detach(self) -> None:
        """Drop the spaCy doc (large, slow to send between processes), keeping the
        character offsets of sentences and mentions that storage and display need."""
        if self.doc is None:
            return
        self.notes = {"sentences": self.sentence_offsets(), "mention_chars": self.mention_chars()}
        self.doc = None

    def invalidate_indexes(self) -> None:
        """Call after changing ``mentions`` so the lookups above see the change."""
        self._mention_by_token = None
        self._mentions_by_head = None
