"""Cue verbs in a construction that reports nothing: a turn of phrase with nobody speaking ("It's
hard to tell how much was spent"), an object that says nothing ("said nothing new as he
passed"), a threat or a promise that is a forecast ("threatened to become the focus", "the ruling
threatens to create a bind", "It promises to be a bruising campaign"), a denial that is a refusal
("denied service to a couple"), an order that is an act of office ("ordered flags to be flown"),
the writer's hedge ("That's not to say ...") and the writer's question ("Do they see him as a
threat?")."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.cues import infinitive
from sourcetrace.attribution.lexicon import DOCUMENT_NOUNS, PREDICATING_VERBS
from sourcetrace.vocabulary import (
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    PERSON_SUFFIXES,
    PORTION_HEADS,
)

# Objects that hold no words: "said nothing new", "said little", "did not say much".
EMPTY_OBJECTS = frozenset({"nothing", "little", "much", "something", "anything", "everything"})
# Linking verbs after "threaten to": the threat of a thing to come about, no one threatening.
LINKING_VERBS = frozenset({"be", "become"})
# Orders whose passive infinitive is an act of office: "ordered flags to be flown".
EXECUTIVE_VERBS = frozenset({"order"})
# Cues a thing may do without saying anything: "the ruling threatens to ...".
THING_ACTS = PREDICATING_VERBS | {"threaten"}
# Subjects of "That's not to say ...": the writer qualifying what came before.
HEDGE_SUBJECTS = frozenset({"that", "this", "it"})


def reports_nothing(verb: Token, subj: Token, *, inherited: bool, clause: bool) -> bool:
    """Whether the cue ``verb`` with subject ``subj`` (``inherited`` from a governing verb) says
    nothing here; ``clause`` tells it has a clausal complement, which all but the first test
    leave to the complement rules."""
    if inherited and (_impersonal(subj, verb) or _hedge(subj, verb)):
        return True
    if writers_question(verb, subj) or _thing_threatens(verb, subj):
        return True
    return not clause and (
        _says_nothing(verb) or _forecast(verb, subj) or _refused(verb) or _executive(verb)
    )


def _impersonal(subj: Token, verb: Token) -> bool:
    """ "It's difficult to tell how much ...", "it is too early to say whether ...": the "it" the
    infinitive takes from an adjective's clause is nobody."""
    adjective = any(c.dep_ == "acomp" for c in verb.head.children)
    return subj.lower_ == "it" and infinitive(verb) and adjective


def _hedge(subj: Token, verb: Token) -> bool:
    """ "That's not to suggest that ...", "This is not to say ...": a pronoun that is what was just
    said, and an infinitive on "be", qualify the writer's own words; nobody says them."""
    return subj.lower_ in HEDGE_SUBJECTS and infinitive(verb) and verb.head.lemma_ == "be"


def writers_question(verb: Token, subj: Token) -> bool:
    """ "Do they see the senator as a threat?": an auxiliary before the subject, in a sentence
    that ends on a question mark, asks whether they believe it; no one is said to."""
    inverted = any(c.dep_ == "aux" and c.i < subj.i < verb.i for c in verb.children)
    return inverted and any(t.text == "?" for t in verb.sent[-2:])


def _thing_threatens(verb: Token, subj: Token) -> bool:
    """ "The ruling threatens to create a bind for the governor": a thing that threatens to do
    something is a risk, no threat made; people and institutions make threats ("the union
    threatened to strike"), and so does anyone named. A thing that casts, portrays or pressures
    someone acts without a word ("rising costs pressured the firm to cut jobs", "the scandal cast
    him as a liar"), unless it is a document ("the memo cast the strike as defense")."""
    lemma = verb.lemma_.lower()
    if lemma not in THING_ACTS or not _thing(subj):
        return False
    return not (lemma in PREDICATING_VERBS and subj.lemma_.lower() in DOCUMENT_NOUNS)


def _thing(subj: Token) -> bool:
    """A common noun no entity names that is neither people nor an institution ("the ruling",
    "rising costs"; not "the union", "officials")."""
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    head = subj.lemma_.lower()
    people = head in PERSON_NOUNS or head in ORGANIZATION_NOUNS or head in PORTION_HEADS
    return not people and not head.endswith(PERSON_SUFFIXES)


def _says_nothing(verb: Token) -> bool:
    """ "said nothing new as he passed reporters": an object with no words in it."""
    return any(c.dep_ == "dobj" and c.lower_ in EMPTY_OBJECTS for c in verb.children)


def _forecast(verb: Token, subj: Token) -> bool:
    """ "the brawl threatened to become the focus of the race": a linking verb after "threaten
    to" foretells; a threat made names a deed ("threatened to veto the bill"). So does a thing's
    "promise to be" ("It promises to be another bruising campaign"; not "he promised to be
    there")."""
    lemma = verb.lemma_.lower()
    if lemma != "threaten" and not (lemma == "promise" and (subj.lower_ == "it" or _thing(subj))):
        return False
    deeds = [c for c in verb.children if c.dep_ == "xcomp" and infinitive(c)]
    return bool(deeds) and all(c.lemma_.lower() in LINKING_VERBS for c in deeds)


def _refused(verb: Token) -> bool:
    """ "a florist who denied service to a gay couple", "denied him entry": denying someone a
    thing is refusing it, not disputing a claim."""
    if verb.lemma_.lower() != "deny":
        return False
    given = any(c.dep_ == "dobj" for c in verb.children)
    to = any(
        c.dep_ in ("dative", "prep")
        and c.lower_ == "to"
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
    dative = any(c.dep_ == "dative" and c.lower_ != "to" for c in verb.children)
    return given and (to or dative)


def _executive(verb: Token) -> bool:
    """ "ordered flags to be flown at half-staff": an order that things be done to, by a passive
    infinitive, is an act of office; an order to someone is a directive ("ordered the firm to
    pay")."""
    if verb.lemma_.lower() not in EXECUTIVE_VERBS:
        return False
    return any(
        infinitive(c) and any(a.dep_ == "auxpass" for a in c.children) for c in verb.children
    )
