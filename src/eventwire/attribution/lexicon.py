"""The cue lexicon: which verbs and nouns introduce an attributed proposition, and how.

Loaded once from ``attribution/data/verb_cues.tsv`` and ``noun_cues.tsv``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import load_tsv, load_wordlist

PACKAGE = "eventwire.attribution"


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry: a cue lemma with its class, content prepositions and flags."""

    lemma: str
    cls: str
    preps: frozenset[str] = frozenset()
    #: The source denies or rejects the content ("denied that ...").
    denial: bool = False
    #: The object is the relayed source, not content ("citing officials").
    citing: bool = False
    #: A plain direct object can be the content ("announced plans").
    takes_object: bool = False
    #: A cue only next to a quotation ("“...,” he continued").
    quote_only: bool = False
    #: Content only in the frame "X as Y" ("sees the deal as a trap").
    as_frame: bool = False
    #: A verb with a physical sense counts only with a reason ("attacked him for ...").
    needs_reason: bool = False
    #: Only with a person or body as subject ("Kim appeared to ...", not "the time appears").
    animate: bool = False
    #: An appearance verb: its subject is part of the content ("the plan seems to work").
    raising: bool = False
    #: Never a parenthetical after what it reports ("..., speaking by phone from Paris").
    noparen: bool = False
    #: A verb of issuing or enacting: content only a document as object ("signed the bill").
    document: bool = False
    #: A bare participle after a noun is a reduced passive ("the talks thought to be ...").
    reduced: bool = False
    #: A direct object is content when the subject is an inquiry ("a poll found a tie").
    finding: bool = False
    #: A noun whose infinitive is its purpose, not its content ("talks to end the war").
    purpose: bool = False


def _split(value: str) -> frozenset[str]:
    return frozenset(x.strip() for x in value.split(",") if x.strip())


@functools.cache
def verb_cues() -> dict[str, Cue]:
    """Verb lemma -> cue entry."""
    out = {}
    for row in load_tsv(PACKAGE, "verb_cues.tsv"):
        flags = _split(row.get("flags", ""))
        out[row["lemma"]] = Cue(
            row["lemma"], row["class"], _split(row.get("preps", "")),
            "denial" in flags, "citing" in flags, "object" in flags, "quote" in flags, "as" in flags,
            "reason" in flags, "animate" in flags, "raising" in flags, "noparen" in flags, "document" in flags,
            "reduced" in flags, "finding" in flags,
        )
    return out


@functools.cache
def noun_cues() -> dict[str, Cue]:
    """Noun lemma -> cue entry (class ``noun``)."""
    out = {}
    for row in load_tsv(PACKAGE, "noun_cues.tsv"):
        flags = _split(row.get("flags", ""))
        # "author" reuses needs_reason: a noun with a physical sense needs its author named
        out[row["lemma"]] = Cue(row["lemma"], "noun", _split(row.get("preps", "")), "denial" in flags,
                                needs_reason="author" in flags, purpose="purpose" in flags)
    return out


@functools.cache
def adjective_cues() -> dict[str, Cue]:
    """Predicative adjective lemma -> cue entry (class ``adjective``)."""
    return {row["lemma"]: Cue(row["lemma"], "adjective", _split(row.get("preps", ""))) for row in load_tsv(PACKAGE, "adjective_cues.tsv")}


@functools.cache
def irregular_forms() -> dict[str, str]:
    """Irregular past forms of cue verbs -> lemma ("said" -> say), for words the tagger calls names."""
    verbs = verb_cues()
    return {row["form"]: row["lemma"] for row in load_tsv(PACKAGE, "irregular_forms.tsv") if row["lemma"] in verbs}


@functools.cache
def addressee_verbs() -> frozenset[str]:
    """Verbs whose direct or indirect object is the hearer, never the content ("told reporters")."""
    return load_wordlist(PACKAGE, "addressee_verbs.txt")


@functools.cache
def colon_labels() -> frozenset[str]:
    """Words that make a phrase before a colon a label, not a speaker ("Editor's Note:")."""
    return load_wordlist(PACKAGE, "colon_labels.txt")


@functools.cache
def hearsay_adverbs() -> frozenset[str]:
    """Adverbs that mark a clause as relayed from an unnamed source ("reportedly")."""
    return load_wordlist(PACKAGE, "hearsay_adverbs.txt")


@functools.cache
def phrasal_cues() -> dict[tuple[str, str], Cue]:
    """(verb lemma, particle) -> cue entry for phrasal verbs of speech ("fire back")."""
    return {
        (row["lemma"], row["particle"]): Cue(
            f"{row['lemma']} {row['particle']}", "speech", _split(row.get("preps", "")),
            takes_object="object" in _split(row.get("flags", "")),
        )
        for row in load_tsv(PACKAGE, "phrasal_cues.tsv")
    }


@functools.cache
def view_nouns() -> frozenset[str]:
    """Opinion nouns in "in X's view, ..." that make X the source of the clause."""
    return load_wordlist(PACKAGE, "view_nouns.txt")


@functools.cache
def support_verbs() -> frozenset[str]:
    """Light verbs that form a cue with a noun of saying or judging ("made the case for")."""
    return load_wordlist(PACKAGE, "support_verbs.txt")


@functools.cache
def receiving_verbs() -> frozenset[str]:
    """Verbs whose subject receives a judgement named by their object ("drew criticism")."""
    return load_wordlist(PACKAGE, "receiving_verbs.txt")


@functools.cache
def receiving_nouns() -> frozenset[str]:
    """Nouns of judging received from others ("faced criticism from X", "won support")."""
    return load_wordlist(PACKAGE, "receiving_nouns.txt")


@functools.cache
def support_nouns() -> dict[str, frozenset[str]]:
    """Noun lemma -> content prepositions, for nouns that are cues after a light verb.

    Every nominal cue (``noun_cues.tsv``) counts too; ``support_nouns.tsv`` adds nouns
    that are cues only with a light verb ("took *aim* at", "made the *case* for").
    """
    out = {lemma: cue.preps for lemma, cue in noun_cues().items()}
    for row in load_tsv(PACKAGE, "support_nouns.tsv"):
        out[row["lemma"]] = out.get(row["lemma"], frozenset()) | _split(row.get("preps", ""))
    return out


@functools.cache
def evidence_nouns() -> frozenset[str]:
    """Documents and polls that are the source of a clause they appear "in" ("in a new poll")."""
    return load_wordlist(PACKAGE, "evidence_nouns.txt")


@functools.cache
def finding_nouns() -> frozenset[str]:
    """Inquiries and records whose findings a verb reports ("a new survey found a tie")."""
    return load_wordlist(PACKAGE, "finding_nouns.txt")


@functools.cache
def expectation_verbs() -> frozenset[str]:
    """Verbs that report a prior view in a comparison ("than most analysts expected")."""
    return load_wordlist(PACKAGE, "expectation_verbs.txt")


@functools.cache
def cited_nouns() -> frozenset[str]:
    """What "citing X" can name as a relayed source besides actors and documents ("citing sources")."""
    return load_wordlist(PACKAGE, "cited_nouns.txt") | evidence_nouns() | document_nouns()


@functools.cache
def document_nouns() -> frozenset[str]:
    """Documents whose words are their issuer's ("signed the bill", "released an ad")."""
    return load_wordlist(PACKAGE, "document_nouns.txt")


@functools.cache
def narrative_nouns() -> frozenset[str]:
    """Told things ("told the story of", "told a joke"): a verb of speech reports them as its object."""
    return load_wordlist(PACKAGE, "narrative_nouns.txt")


@functools.cache
def physical_states() -> frozenset[str]:
    """Bodily states one comes upon ("found dead", "found him hanging"): "find" then reports nothing."""
    return load_wordlist(PACKAGE, "physical_states.txt")


@functools.cache
def predicate_nouns() -> frozenset[str]:
    """Nouns whose content follows the copula ("his argument was that ...", "her fear is that ...")."""
    return load_wordlist(PACKAGE, "predicate_nouns.txt")


@functools.cache
def nonholder_nouns() -> frozenset[str]:
    """Event, period and policy nouns that never hold a belief, hope or wish ("the talks")."""
    return load_wordlist(PACKAGE, "nonholder_nouns.txt")


@functools.cache
def posted_nouns() -> frozenset[str]:
    """Envoys and units one can call home ("recalled its ambassador"): a withdrawal, no memory."""
    return load_wordlist(PACKAGE, "posted_nouns.txt")


@functools.cache
def expletive_verbs() -> frozenset[str]:
    """Verbs whose "it" subject before a that-clause is a dummy ("it emerged that ...")."""
    return load_wordlist(PACKAGE, "expletive_verbs.txt")


@functools.cache
def relaying_participles() -> frozenset[str]:
    """Lemmas of participles by which a medium passes words on ("a statement *carried* by KCNA")."""
    return load_wordlist(PACKAGE, "relaying_participles.txt")


@functools.cache
def relayed_utterances() -> frozenset[str]:
    """What a speaker said, as a medium can pass it on ("statement", "remarks", "interview")."""
    return load_wordlist(PACKAGE, "relayed_utterances.txt")
