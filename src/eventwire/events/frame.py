"""A frame: one candidate event of a sentence, before roles and final coding.

Shared vocabulary of the event coder's modules: the :class:`Frame` record and the CAMEO
root groups used to compose and fold codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..resources import load_tsv
from .lexicon import NounEntry, VerbEntry

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns that carry a proposal, request or plan whose content is another event
#: ("rejected an offer of talks", "a call for sanctions").
CONTAINERS = frozenset({
    "proposal", "offer", "request", "call", "appeal", "demand", "invitation", "plan",
    "initiative", "bid", "idea", "formula", "decision", "move", "resolution", "bill",
    "measure", "commitment", "pledge", "promise", "effort", "attempt", "step", "order",
    "motion", "suggestion", "push", "campaign", "threat", "warning", "ultimatum",
    "condition", "deadline", "agreement", "deal", "consensus", "readiness", "willingness",
})


def _object_control() -> dict[str, frozenset[str]]:
    """Complement ("to", or a gerund's preposition) -> verbs whose object does its act."""
    table: dict[str, set[str]] = {}
    for row in load_tsv("eventwire.events", "object_control.tsv"):
        table.setdefault(row["complement"], set()).add(row["verb"])
    return {k: frozenset(v) for k, v in table.items()}


_CONTROL = _object_control()
#: Verbs whose object is the subject of their infinitive ("urged X to", "allowed X to").
OBJECT_CONTROL = _CONTROL.pop("to")
#: "accused X of attacking", "quoted X as saying", "barred X from entering": preposition ->
#: verbs whose object does the act the preposition's gerund names.
OBJECT_PREP_CONTROL: dict[str, frozenset[str]] = _CONTROL


CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
VERBAL_ROOTS = frozenset({"01", "02", "03", "09", "10", "11", "12", "13"})
#: Assault, fight, mass violence: what a promise not to use force refrains from.
FORCE_ROOTS = frozenset({"18", "19", "20"})
#: CAMEO "express intent to de-escalate military engagement".
DE_ESCALATE = "0356"


def own_not(pred: Token | None) -> bool:
    """A "not" on the predicate itself ("agreed *not* to attack", "urged them *not* to go")."""
    return pred is not None and any(c.dep_ == "neg" for c in pred.children)


def claim_clause(verb: Token, clause: Token) -> bool:
    """``clause`` says what a noun the verb takes claims: "dismissed *reports* that troops
    attacked", "rejected the *idea* that ..." (not "rejected the plan that would ...")."""
    noun = clause.head
    return (clause.dep_ in ("acl", "ccomp") and noun.dep_ == "dobj" and noun.head.i == verb.i
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))


@dataclass(eq=False)
class Frame:
    """A candidate event found in one sentence."""

    trigger: Token
    pred: Token
    code: str
    rule: str
    entry: VerbEntry | NounEntry | None = None
    noun: Token | None = None
    content: Frame | None = None
    content_pred: Token | None = None
    act: str | None = None
    recipient_slots: tuple[str, ...] = ()
    reciprocal: bool = False
    nominal: bool = False
    absorbed: bool = False
    extra_tokens: list[Token] = field(default_factory=list)
    #: Purpose clauses folded into this frame ("... to protest against X"): roles may come from them.
    purpose: list[Frame] = field(default_factory=list)
    #: Earlier event nouns this one refers back to, nearest first ("three summits ... the
    #: third took place in X"): actors may come from them.
    antecedents: list[Token] = field(default_factory=list)
    #: The frame's noun is an ellipsis ("the third [summit]") standing for its antecedent.
    elliptical: bool = False

    @property
    def override(self) -> tuple[str, str]:
        e = self.entry
        return (e.plover, e.mode) if e is not None else ("", "")


# ----- matching lexicon rows ------------------------------------------------------------------
