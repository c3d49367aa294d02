"""Shared syntax helpers for the attribution rules: token ranges, character pieces, subjects.

Also the :class:`Raw` relation the rules produce (token ranges for cue and source,
character pieces for content) before sources are resolved and chains linked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import expletive_verbs, nonholder_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJ = frozenset({"nsubj", "csubj"})
CLAUSE = frozenset({"ccomp"})
INHERIT_UP = frozenset({"conj", "xcomp", "advcl", "relcl", "acl", "parataxis", "pcomp", "prep", "acomp"})
PUNCT_EDGE = " \t\n,;:—–-"
#: The writer or the quoted speaker talking about themselves or the reader: their own
#: voice, not a further source ("I think", "you know", "we believe").
SELF = frozenset({"i", "we", "you", "me", "us"})
#: Classes whose cue also works in an infinitive ("went on to say that ...").
SPEECH = frozenset({"speech", "report", "publish", "question"})
#: Classes whose cue can follow or interrupt what it reports ("..., he said").
PARENTHETICAL = frozenset({"speech", "report", "publish", "question", "cognition", "evidence"})
#: Classes of mental states: their source must be someone who can hold one (a person or body).
MENTAL = frozenset({"cognition", "intent"})
QUOTE_MARKS = "“\"'"
#: Objects of a verb of saying that stand for what was said ("said so", "said yes").
PRO_FORMS = frozenset({"so", "that", "this", "it", "yes", "no", "otherwise", "as much"})
PRONOUN_CONTENT = frozenset({"it", "this", "that", "so", "nothing", "something", "anything", "much", "what"})
#: Words of time that date the cue rather than what it reports, as subordinator or preposition
#: ("agreed to deploy, a week *after* Trump threatened", "came days *after* a report said").
DATING_WORDS = frozenset({"after", "before", "since"})


@dataclass(slots=True)
class Raw:
    """A relation before source resolution: token ranges for cue and source, characters for content."""

    cue: tuple[int, int]
    lemma: str
    cls: str
    kind: str
    source: tuple[int, int] | None = None
    source_head: int | None = None
    content: list[tuple[int, int]] = field(default_factory=list)
    denial: bool = False
    #: Index (in the list of raw relations) of the relation this one feeds, for "citing".
    relays: int | None = None
    #: Head token of the cue (for ordering and nesting).
    head: int = -1
    #: Tokens of the cue's own clause when it follows what it reports ("..., he said").
    tail: tuple[int, int] | None = None


# ----- small helpers --------------------------------------------------------------------
def subtree(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def chars(doc: Doc, start: int, end: int, text: str) -> tuple[int, int] | None:
    """Character range of tokens ``[start, end)``, trimmed of edge punctuation and spaces.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every access.
    """
    # a sentence's closing full stop is not part of what was said (a quote keeps its marks)
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in ("”", '"', "''", "’", ")", "?", "!"):
        end -= 1
    if end <= start:
        return None
    a, b = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    while a < b and text[a] in PUNCT_EDGE:
        a += 1
    while b > a and text[b - 1] in PUNCT_EDGE:
        b -= 1
    if b < len(text) and text[b] == ")" and text.count("(", a, b) > text.count(")", a, b):
        b += 1  # "the Kurdistan Workers' Party (PKK)": the parser may hang the closing bracket elsewhere
    return (a, b) if b > a else None


def minus(outer: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token range ``outer`` with the ``holes`` cut out, as ordered pieces."""
    pieces = [outer]
    for h0, h1 in holes:
        nxt = []
        for a, b in pieces:
            if h1 <= a or h0 >= b:
                nxt.append((a, b))
                continue
            if a < h0:
                nxt.append((a, h0))
            if h1 < b:
                nxt.append((h1, b))
        pieces = nxt
    return [p for p in pieces if p[1] > p[0]]


_BARE_CONJUNCTIONS = frozenset({"and", "but", "or", "nor"})


def cut(pieces: list[tuple[int, int]], lo: int, hi: int, text: str) -> list[tuple[int, int]]:
    """Character pieces with ``[lo, hi)`` removed, edges re-trimmed."""
    out = []
    for a, b in pieces:
        for x, y in ((a, min(b, lo)), (max(a, hi), b)) if a < hi and lo < b else ((a, b),):
            while x < y and text[x] in PUNCT_EDGE:
                x += 1
            while y > x and text[y - 1] in PUNCT_EDGE:
                y -= 1
            last = text[x:y].rsplit(None, 1)[-1].lower() if y > x else ""
            if last in _BARE_CONJUNCTIONS:  # "the talks failed, and" / ", and": what the cut left says nothing
                y -= len(last)
                while y > x and text[y - 1] in PUNCT_EDGE:
                    y -= 1
            if y > x:
                out.append((x, y))
    return out


def subject(tok: Token) -> Token | None:
    """The verb's subject; of two before it, the nearer ('“My reaction, that was outrageous,”
    the strategist said', "His promises notwithstanding, analysts agree") unless the nearer
    is a participle aside, and never a quoted title after the verb."""
    doc = tok.doc
    # 'said on Fox News's “Fox and Friends.”': a quoted title after the verb is no subject
    subs = [c for c in tok.children if c.dep_ in SUBJ
            and not (c.i > tok.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].is_quote)]
    before = [c for c in subs if c.i < tok.i]
    if len(before) > 1:
        pick, prev = before[-1], before[-2]
        if pick.dep_ == "csubj" and pick.tag_ == "VBG" and prev.dep_ == "nsubj":
            return prev  # "Ms. Varga, speaking at a forum, said": the participle is an aside
        # "The state news agency Xinhua said": one name split in two, rejoined by _whole_subject
        return prev if prev.right_edge.i + 1 == pick.left_edge.i else pick
    return subs[0] if subs else None


def marked_by(clause: Token, words: frozenset[str] | set[str] | tuple[str, ...]) -> bool:
    """The clause opens with one of the subordinators ``words`` ("*after* gunmen stormed ...")."""
    return any(m.dep_ == "mark" and m.lower_ in words for m in clause.children)


def that_marked(clause: Token) -> bool:
    """The clause opens with the subordinator "that" ("said *that* ...")."""
    return marked_by(clause, ("that",))


def infinitive(verb: Token) -> bool:
    """The verb is a to-infinitive ("agreed *to reopen* ...")."""
    return any(m.dep_ == "aux" and m.lower_ == "to" for m in verb.children)


def topic_objects(prep: Token) -> list[Token]:
    """What a preposition of topic opens, a date left out: "a statement on *the strikes*",
    not "a statement on *Tuesday*" (when, not what about)."""
    return [p for p in prep.children if p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in ("DATE", "TIME")]


def prep_object(prep: Token) -> Token | None:
    """The object of a preposition ("in *a statement*"), if the parse gives it one."""
    return next((p for p in prep.children if p.dep_ == "pobj"), None)


def passive_agent(tok: Token) -> Token | None:
    """The object of a passive verb's "by" phrase ("was reported *by Yonhap*")."""
    return next((p for c in tok.children if c.dep_ == "agent" and (p := prep_object(c)) is not None), None)


def as_saying(prep: Token) -> bool:
    """"as saying ...", "as telling ...": the frame in which a quoting verb names whom it quotes."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and any(
        p.dep_ == "pcomp" and p.tag_ == "VBG" for p in prep.children
    )


def quoted_speaker(tok: Token) -> Token | None:
    """"Xinhua quoted *a spokesman* as saying ...": the object of the verb that quotes ``tok``.

    In the passive it is the subject ("*Kim* was quoted by KCNA as saying ...") or the noun
    the participle follows ("*the minister*, quoted by Interfax as saying ...").
    """
    if tok.dep_ != "pcomp" or not as_saying(tok.head):
        return None
    host = tok.head.head
    if host.dep_ == "dobj":  # the parser may hang "as saying" on the object itself
        return host
    found = next((c for c in host.children if c.dep_ in ("dobj", "nsubjpass") and c.i < tok.i), None)
    if found is None and host.tag_ == "VBN" and host.dep_ == "acl" and host.head.pos_ in ("NOUN", "PROPN"):
        found = host.head
    return found


def _whole_subject(verb: Token, subj: Token) -> tuple[Token, tuple[int, int]]:
    """The subject and its span, rejoining a name the parser split into two subjects.

    "The state news agency Xinhua said", "NAIROBI — The Kenyan government said": the
    second, proper-noun subject is the head (a dateline is trimmed off the span later).
    """
    a, b = subtree(subj)
    for c in verb.children:
        if c.dep_ == subj.dep_ and c.i > subj.i and c.left_edge.i == b and c.pos_ == "PROPN":
            return c, (a, subtree(c)[1])
        if c.i == b and c.i < verb.i and _acronym_adverb(c):
            return subj, (a, b + 1)  # "The state news agency SUNA quoted": the name read as an adverb
    if (speaker := _trailing_speaker(verb, subj)) is not None:
        return speaker, subtree(speaker)
    return subj, (a, b)


def _acronym_adverb(tok: Token) -> bool:
    """"SUNA", "KCNA" tagged as an adverb: an acronym, no adverb is written in capitals."""
    return tok.dep_ == "advmod" and tok.pos_ == "ADV" and len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha


def _trailing_speaker(verb: Token, subj: Token) -> Token | None:
    """"X did Y, most of them Iraqi Kurds, *a spokeswoman* said": the parser takes the last
    words of the content for the subject and the speaker for their apposition.

    Only after the content, for a subject that names no person or body, and a common-noun
    apposition just before the verb ("Kim, the leader, said" keeps Kim).
    """
    if subj.pos_ == "PRON" or subj.ent_type_ in ("PERSON", "ORG"):
        return None
    if not any(c.dep_ == "ccomp" and c.i < subj.i for c in verb.children):
        return None
    for c in subj.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > subj.i and c.right_edge.i + 1 == verb.i:
            if any(t.text == "," for t in subj.doc[subj.i + 1:c.left_edge.i]):
                return c
    return None


#: Entity types that can do what a gerund says ("accused the *Kremlin* of arming ...").
_NAMED_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def named(tok: Token) -> bool:
    """A name or a pronoun: a word that can stand for someone who says or does something."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _NAMED_ENTITIES


def _controller(prep: Token) -> Token | None:
    """The object that does what a gerund after "of"/"for" says: "accused *Kigali* of backing".

    Only a named or pronoun object of a verb ("thanked *Trump* for backing", "held *him* in
    contempt for refusing"); "by"/"without" gerunds are the subject's ("won by arguing").
    The parser hangs the preposition on the verb or on its object.
    """
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    head = prep.head
    if head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        obj: Token | None = head
    elif head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    else:
        return None
    if obj is None or not named(obj):
        return None
    return obj


#: Complements that fill a clause's object slot, so a "that" before it is no relative pronoun.
_FILLED = frozenset({"dobj", "acomp", "attr", "oprd"})


def that_clause_as_relative(clause: Token) -> bool:
    """A that-clause the parser read as a relative one: "reported *at the time* that the editor
    was furious", "tweeted *in the morning hours* that Machado was ...". "That" opens it and
    fills no gap: the clause has a subject of its own, and "that" is no object unless
    another complement fills its verb, the clause's own or an infinitive under it ("the
    letter that she wrote" is a true relative; "the plant that the agency intended to keep
    experts at" is none)."""
    that = clause.left_edge
    if that.lower_ != "that" or that.dep_ in ("nsubj", "nsubjpass", "pobj"):
        return False
    host = that.head
    while host.i != clause.i and host.dep_ == "xcomp":
        host = host.head
    if host.i != clause.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that.i for c in clause.children):
        return False
    return that.dep_ != "dobj" or any(c.dep_ in _FILLED and c.i != that.i for c in that.head.children)


def _stranded_subject(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """"In a panel in Washington, *Marc Morial*, the league's head, told ...", "Campaigning for
    Hillary Clinton, *Bill Clinton* said ...": a subjectless main verb whose subject the
    parser joined to the fronted phrase as a conjunct or apposition after its comma."""
    if verb.dep_ != "ROOT":
        return None
    p = verb.i - 1
    while p >= 0 and (verb.doc[p].is_punct or (verb.doc[p].head.i == verb.i and verb.doc[p].dep_ == "advmod")):
        p -= 1
    if p < 0:
        return None
    for y in [verb.doc[p], *verb.doc[p].ancestors]:
        if y.i == verb.i or y.right_edge.i < p:
            return None
        if y.dep_ in ("conj", "appos") and (y.pos_ == "PROPN" or y.ent_type_ in _NAMED_ENTITIES) \
                and y.left_edge.i > 0 and verb.doc[y.left_edge.i - 1].text == ",":
            a, b = subtree(y)
            while a < y.i and verb.doc[a].is_punct:
                a += 1  # the closing quote the parser hung on the name
            return y, (a, min(b, verb.i))
    return None


def _object_controller(verb: Token, xcomp: Token) -> Token | None:
    """The named or pronoun object of a verb that hands it the infinitive or participle after
    it: "led *Priebus* to declare", "left *them* wondering", "asked *her* to say"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < xcomp.i), None)
    if obj is None or not named(obj):
        return None
    return obj


def _mistagged_inverted(verb: Token) -> Token | None:
    """'“…,” said *Skelly*, explaining …': an inverted speaker's name the tagger took for an
    adverb or a common noun. Only right after a closing quote and its cue, a capitalised word
    that is no date and ends the clause."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or verb.i < 2 or not (doc[verb.i - 1].is_quote or doc[verb.i - 2].is_quote):
        return None
    name = doc[k]
    if name.head.i != verb.i or name.dep_ not in ("advmod", "npadvmod", "dobj", "attr", "oprd") \
            or not name.text[:1].isupper() or name.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL"):
        return None
    if k + 1 < len(doc) and not (doc[k + 1].is_punct or doc[k + 1].is_space):
        return None
    return name


def misread_participle(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """"*Beruff*, a Scott ally, called the standards “strong”": a finite verb after a
    parenthesis on the sentence's opening name, which the tagger read as a participle
    ("a group called X"). The name and its span up to the first comma, or None."""
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    start = verb.sent.start
    comma = next((t.i for t in doc[start:verb.i] if t.text == ","), None)
    if comma is None or comma == start:
        return None
    name = doc[start:comma].root
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", "") or not name.is_ancestor(verb):
        return None
    return name, (start, comma)


def misread_subject_clause(verb: Token) -> tuple[Token, Token] | None:
    """"*Mr. Slinker, whose start-up uses big data*, said Mr. Trump was ...": a subjectless
    verb with a complement clause after it and one before it that opens on a name and a
    comma; the one before is the verb's subject and its parenthesis, misread as a clause
    (or a clause of the writer's whose time phrase ends on the subject, see
    :func:`_time_clause_subject`). The clause and that subject, or None."""
    if subject(verb) is not None:
        return None
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if not before or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    clause = before[0]
    if (timed := _time_clause_subject(verb, clause)) is not None:
        return clause, timed
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    doc = verb.doc
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ",":
        return None
    if doc[clause.left_edge.i].is_quote or subj.left_edge.i != clause.left_edge.i:
        return None  # '“What's shaping up is a battle,” said Brock': the quote is the content
    return clause, subj


def _time_clause_subject(verb: Token, clause: Token) -> Token | None:
    """"The visit came days *after a confidential report*, seen by news agencies, said ...":
    the noun that ends a time phrase right before the subjectless verb is its subject."""
    doc = verb.doc
    if any(t.is_quote for t in doc[clause.left_edge.i:verb.i]):
        return None  # '“... right before the conventions,” said X': the quote is the content
    for prep in (t for t in doc[clause.left_edge.i:verb.i] if t.dep_ == "prep" and t.lower_ in DATING_WORDS):
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or clause.i not in (prep.head.i, prep.head.head.i):
            continue
        rest = doc[noun.i + 1:verb.i]  # only punctuation and the noun's own participle phrase
        if all(t.is_punct or noun.is_ancestor(t) for t in rest):
            return noun
    return None


def _unmarked_source(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """A verb's source other than its subject: a passive agent, or a subject the parser hung
    elsewhere or mistagged (see :func:`_stranded_subject`, :func:`_mistagged_inverted`,
    :func:`misread_participle`)."""
    if (agent := passive_agent(verb)) is not None:
        return agent, subtree(agent)
    if (opener := misread_participle(verb)) is not None:
        return opener
    if (misread := misread_subject_clause(verb)) is not None:
        subj = misread[1]
        return subj, (subj.left_edge.i, subj.i + 1)
    if (stranded := _stranded_subject(verb)) is not None:
        return stranded
    if (name := _mistagged_inverted(verb)) is not None:
        return name, subtree(name)
    return None


def find_source(tok: Token) -> tuple[Token | None, tuple[int, int] | None]:
    """The source of a cue verb: its subject, a passive agent, or one inherited from above."""
    if (quoted := quoted_speaker(tok)) is not None:
        a, b = subtree(quoted)
        return quoted, (a, min(b, tok.head.i))
    subj = subject(tok)
    if subj is not None:
        if (subj.lower_ == "there" or subj.lower_ == "it" and tok.lemma_.lower() in expletive_verbs()) and any(
            c.dep_ == "ccomp" for c in tok.children
        ):
            return None, None  # "it emerged that": no source ("it said that" has one)
        return _whole_subject(tok, subj)
    if (found := _unmarked_source(tok)) is not None:
        return found
    cur = tok
    for _ in range(5):  # climb through coordinated, participial, relative and "in asking" verbs
        dep, head = cur.dep_, cur.head
        if dep == "ccomp" and cur.tag_ == "VBG" and cur.i > 0 and cur.doc[cur.i - 1].text == ",":
            dep = "advcl"  # "denies that, saying ...": a participle after a comma, whatever the parse
        if head.i == cur.i or dep not in INHERIT_UP:
            return None, None
        if dep == "advcl" and (cur.tag_ == "VBN" or cur.tag_ == "VBD" and cur.i < head.i):
            # "Asked about it, Kim said ...": Kim was asked; who asked is unsaid (a subjectless
            # fronted "When asked" the tagger calls a past tense is the same participle)
            return None, None
        if dep == "pcomp" and (obj := _controller(head)) is not None:
            a, b = subtree(obj)  # "accused Kigali of backing ...": Kigali backs
            return obj, (a, min(b, head.i))
        if dep == "xcomp" and (obj := _object_controller(head, cur)) is not None:
            return obj, subtree(obj)  # "the victory led *Priebus* to declare ...": Priebus declares
        if dep == "xcomp" and (held := next((c for c in head.children if c.dep_ == "nsubjpass"), None)) is not None:
            return _whole_subject(head, held)  # "*leaders* are expected to meet ... to discuss": they discuss
        if dep == "prep" and head.pos_ not in ("VERB", "AUX"):
            return None, None  # "the cost of saying": a noun's complement has no subject to inherit
        if dep == "acl" and head.dep_ == "dobj" and head.head.pos_ == "VERB" and subject(head.head) is not None:
            # "The ministry released a statement confirming ...": the one who released it
            subj = subject(head.head)
            return subj, subtree(subj)
        if dep == "acl" and cur.tag_ == "VBG" and head.pos_ == "NOUN" and head.lemma_.lower() in nonholder_nouns():
            # "said at a news conference announcing ...": an event is no speaker; who held it is
            host = head
            while host.dep_ in ("pobj", "prep") and host.head.i != host.i:
                host = host.head
            if host.pos_ in ("VERB", "AUX") and (subj := subject(host)) is not None:
                return _whole_subject(host, subj)
            return None, None
        if dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "Kim, who said ..." / "a statement saying ...": the modified noun.
            a, b = subtree(head)
            rel_a, _ = subtree(cur)
            return head, (a, min(b, rel_a))
        subj = subject(head)
        if subj is not None:
            return _whole_subject(head, subj)
        if (found := _unmarked_source(head)) is not None:
            return found
        cur = head
    return None, None


def cue_range(tok: Token, extra: list[Token]) -> tuple[int, int]:
    """The cue's tokens: the verb with its particle, passive auxiliary and content preposition.

    Auxiliaries, negation and adverbs directly before the verb belong to the cue ("has
    also said", "did not deny"), as does a one-word day right after it ("said Friday").
    """
    idx = [tok.i] + [t.i for t in extra]
    left = {
        c.i for c in tok.children
        if c.i < tok.i and c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.tag_ not in ("WRB", "IN")
        and not _acronym_adverb(c)
    }
    a = tok.i
    while a - 1 in left:
        a -= 1
    idx.append(a)
    for c in tok.children:
        if c.dep_ in ("prt", "auxpass") or (c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in ("back", "out", "in", "up")):
            idx.append(c.i)
        elif c.dep_ == "npadvmod" and c.i == tok.i + 1 and c.ent_type_ == "DATE" and c.n_lefts + c.n_rights == 0:
            idx.append(c.i)
    return min(idx), max(idx) + 1
