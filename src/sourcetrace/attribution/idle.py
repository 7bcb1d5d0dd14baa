"""Cue verbs in a construction that reports nothing: a turn of phrase with nobody speaking ("It's
hard to tell how much was spent"), an object that says nothing ("said nothing new as he
passed"), a threat or promise that is a forecast ("threatened to become the focus", "It promises
to be a bruising campaign", "the ruling threatens to create a bind"), a denial that is a refusal
("denied service to a couple"), a dispute of another's claim ("has denied Swift's claims"), an
order that is an act of office ("ordered flags to be flown"), a person cited ("citing unnamed
sources"), the purpose of a thing done ("steps were taken to point out the errors"), a question
left open ("did not disclose what those options were"), the writer's hedge ("That's not to say
..."), the writer's question ("Do they see him as a threat?"), the writer's own findings
("Our initial testing suggests ...", "Those facts suggest ...") and a thing showing or putting
something forward ("The dashboard indicates ...", "New SUVs highlight the show") or asking
("The recipe calls for two cups of flour")."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.cues import infinitive
from sourcetrace.attribution.lexicon import (
    BLOW_VERBS,
    CLEAR_CUES,
    DISPUTE_VERBS,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    PREDICATING_VERBS,
    REASONING_NOUNS,
    RELATIVE_PRONOUNS,
    REQUESTING_VERBS,
    SPOTLIGHT_VERBS,
    TELLING_NOUNS,
    THING_PRONOUNS,
    WH_TAGS,
    WORDING_NOUNS,
    WRITER_AND_READER,
    WRITERS_POSSESSIVES,
)
from sourcetrace.attribution.spans import possessed
from sourcetrace.attribution.speaker import SUBJECTS, antecedent
from sourcetrace.attribution.speaking import mute, thing
from sourcetrace.nlp.sentences import sentence
from sourcetrace.vocabulary import PERSON_NOUNS

# Objects that hold no words: "said nothing new", "said little", "did not say much".
EMPTY_OBJECTS = frozenset({"nothing", "little", "much", "something", "anything", "everything"})
# Linking verbs after "threaten to" or "promise to": a thing to come about, no one threatening.
LINKING_VERBS = frozenset({"be", "become"})
FORECAST_VERBS = frozenset({"threaten", "promise"})
# Orders whose passive infinitive is an act of office: "ordered flags to be flown".
EXECUTIVE_VERBS = frozenset({"order"})
# Cues a thing may do without saying anything: "the ruling threatens to ...", "the job demands
# patience", "the season promises excitement", "the fine hit the bank for its role"; a
# document's demand or blow is its writer's ("the letter demands answers", "the ad hits Clinton
# for ...").
THING_ACTS = PREDICATING_VERBS | BLOW_VERBS | {"threaten", "demand", "promise"}
DOCUMENT_ACTS = PREDICATING_VERBS | BLOW_VERBS | {"demand"}


def reports_nothing(verb: Token, subj: Token, *, inherited: bool, clause: bool) -> bool:
    """Whether the cue ``verb`` with subject ``subj`` (``inherited`` from a governing verb) says
    nothing here; ``clause`` tells it has a clausal complement, which all but the first test
    leave to the complement rules."""
    if inherited and (_impersonal(subj, verb) or _hedge(subj, verb) or _done_for(verb, subj)):
        return True
    if writers_question(verb, subj) or _thing_threatens(verb, subj):
        return True
    # Inside someone's report a participle's borrowed subject is the parse's guess ("The source
    # insisted that the matter hardly rose ... -- suggesting that ..." is the source's), and a
    # parenthetical cue makes the sentence its speaker's ("That world view, Santorum continued,
    # suggests ..."): neither is a thing's own ("The dashboard lit up, indicating ..." is).
    own = not (inherited and _reported(verb)) and not _framed(verb)
    if own and (_thing_shows(verb, subj) or _thing_asks(verb, subj)):
        return True
    if writers_finding(verb, subj):
        return True
    if not clause and (_forecast(verb, subj) or _cites_source(verb) or _disputes_claim(verb)):
        return True
    return not clause and (_says_nothing(verb) or _refused(verb) or _executive(verb))


def writers_finding(verb: Token, subj: Token) -> bool:
    """A thing the writer found or reasons from, suggesting or showing outside quotes: the
    writer's own ("Our initial testing suggests ...", "the data we have been collecting suggests
    ..."), as "we" is no source, or grounds of reasoning ("Those facts suggest ...", "Multiple
    lines of evidence point to ..."), or the way someone's words were put, which the writer reads
    ("Her language in the letter makes clear that ...", "His tone suggests ..."). Others'
    findings are theirs ("a new study suggests"), and what the writer's outlet says is its
    people's ("our correspondent said")."""
    lemma = verb.lemma_.lower()
    if (lemma not in FINDING_VERBS and lemma not in CLEAR_CUES) or not thing(subj):
        return False
    ours = any(c.dep_ == "poss" and c.lower_ in WRITERS_POSSESSIVES for c in subj.children)
    collected = any(
        c.dep_ == "relcl"
        and any(s.dep_ in SUBJECTS and s.lower_ in WRITER_AND_READER for s in c.children)
        for c in subj.children
    )
    grounds = {subj.lemma_.lower()} | {
        g.lemma_.lower()
        for p in subj.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    }
    return ours or collected or bool(grounds & (REASONING_NOUNS | WORDING_NOUNS))


def _disputes_claim(verb: Token) -> bool:
    """A dispute of a telling whose teller the phrase names, by a possessive or as "made" by
    someone: "has denied Swift's claims", "denied claims made in a viral post". The claim is its
    claimant's report, not the disputer's ("denied the allegations" is the denier's); the
    dispute is still the speaker's act, which ends a content before it."""
    if verb.lemma_.lower() not in DISPUTE_VERBS:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in TELLING_NOUNS
        and any(m.dep_ == "poss" or (m.dep_ == "acl" and m.lemma_ == "make") for m in c.children)
        for c in verb.children
    )


def _impersonal(subj: Token, verb: Token) -> bool:
    """ "It's difficult to tell how much ...", "it is too early to say whether ...": the "it" the
    infinitive takes from an adjective's clause is nobody."""
    adjective = any(c.dep_ == "acomp" for c in verb.head.children)
    return subj.lower_ == "it" and infinitive(verb) and adjective


def _hedge(subj: Token, verb: Token) -> bool:
    """ "That's not to suggest that ...", "This is not to say ...": a pronoun that is what was just
    said, and an infinitive on "be", qualify the writer's own words; nobody says them."""
    return subj.lower_ in THING_PRONOUNS and infinitive(verb) and verb.head.lemma_ == "be"


def open_question(verb: Token, clause: Token) -> bool:
    """ "did not disclose what those options were", "does not know who did", "didn't estimate
    how many": a negated cue on a wh- clause leaves the question open and says nothing
    (tests/gold/README.md). A negated "that" clause ("didn't know Patrick was coming") and an
    unmade answer ("has not said whether he will run", "declined to say when") still inform."""
    negated = any(c.dep_ == "neg" and c.i < verb.i for c in verb.children)
    first = clause.left_edge
    wh = first.tag_ in WH_TAGS
    return negated and first.i > verb.i and wh and first.lower_ != "that"  # "that" may be WDT


def _done_for(verb: Token, subj: Token) -> bool:
    """ "whether any steps had been taken to point out the errors": an infinitive of purpose on
    a passive verb is done by its unsaid agent, not by the thing the passive is about (a person
    sent "to tell them" may tell, a letter sent "to warn them" warns)."""
    head = verb.head
    passive = any(c.dep_ == "auxpass" for c in head.children)
    purpose = verb.dep_ == "advcl" and infinitive(verb) and passive
    return purpose and _thing(subj) and subj.lemma_.lower() not in DOCUMENT_NOUNS


def writers_question(verb: Token, subj: Token) -> bool:
    """ "Do they see the senator as a threat?": an auxiliary before the subject, in a sentence
    that ends on a question mark, asks whether they believe it; no one is said to."""
    inverted = any(c.dep_ == "aux" and c.i < subj.i < verb.i for c in verb.children)
    return inverted and any(t.text == "?" for t in sentence(verb)[-2:])


def _thing_threatens(verb: Token, subj: Token) -> bool:
    """ "The ruling threatens to create a bind for the governor": a thing that threatens to do
    something is a risk, no threat made; people and institutions make threats ("the union
    threatened to strike"), and so does anyone named. A thing that casts, portrays or pressures
    someone acts without a word ("rising costs pressured the firm to cut jobs", "the scandal cast
    him as a liar"), unless it is a document ("the memo cast the strike as defense"); so does a
    thing that demands or promises ("the job demands patience"), unless a document demands."""
    lemma = verb.lemma_.lower()
    if lemma not in THING_ACTS or not _thing(subj):
        return False
    return not (lemma in DOCUMENT_ACTS and subj.lemma_.lower() in DOCUMENT_NOUNS)


def _thing_shows(verb: Token, subj: Token) -> bool:
    """ "The dashboard indicates that the engine is hot", "That world view suggests ...", "New
    SUVs highlight the show", "The app recommends a workout": a thing that is no document, no
    person and no body (speaking.mute), showing or putting something forward, is the writer's
    description or inference. Findings in the plural are a body of work ("experiments suggest"),
    as documents are ("records indicate", "the guidelines recommend")."""
    noun = _noun(subj)
    lemma = verb.lemma_.lower()
    if not mute(noun):
        return False
    return lemma in SPOTLIGHT_VERBS or (lemma in FINDING_VERBS and noun.tag_ == "NN")


def _thing_asks(verb: Token, subj: Token) -> bool:
    """ "The recipe calls for two cups of flour", "The forecast calls for rain", "The game asks
    players to build a city": a thing that is no document asks for nothing; one someone owns asks
    for its owner ("Wal-Mart's appeal is asking the court to ...", "his site calling for ..."),
    as a possessor naming the authors gives a work's words to them (tests/gold/README.md)."""
    if verb.lemma_.lower() not in REQUESTING_VERBS:
        return False
    noun = _noun(subj)
    return mute(noun) and not possessed(noun)


def _framed(verb: Token) -> bool:
    """A cue set in the sentence as a parenthetical with a speaker of its own: "That world view,
    Santorum continued, suggests ..."."""
    return any(
        c.dep_ == "parataxis" and any(s.dep_ in SUBJECTS for s in c.children) for c in verb.children
    )


def _reported(verb: Token) -> bool:
    """A verb inside a clausal complement: "insisted that the matter rose ..., suggesting"."""
    return any(a.dep_ == "ccomp" for a in verb.ancestors)


def _noun(subj: Token) -> Token:
    """The subject itself, or for a relative pronoun its antecedent ("an episode that is ...
    threatening his dream" is the episode's)."""
    return antecedent(subj.head) if _relative(subj) else subj


def _relative(subj: Token) -> bool:
    """A relative pronoun, the subject of its clause or lent to a verb coordinated with it."""
    return subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl"


def _thing(subj: Token) -> bool:
    """``speaking.thing`` or a product, of the subject's noun (`_noun`)."""
    noun = _noun(subj)
    return thing(noun) or _model(noun)


def _model(noun: Token) -> bool:
    """A name that carries a model number is a product, no one who speaks: "The Pixel 4
    promises 12 hours of battery life", "Galaxy S10", "Windows 11"."""
    if noun.pos_ != "PROPN":
        return False
    words = [noun, *(c for c in noun.children if c.dep_ in ("nummod", "compound"))]
    return any(ch.isdigit() for w in words for ch in w.text)


def _says_nothing(verb: Token) -> bool:
    """ "said nothing new as he passed reporters": an object with no words in it."""
    return any(c.dep_ == "dobj" and c.lower_ in EMPTY_OBJECTS for c in verb.children)


def _forecast(verb: Token, subj: Token) -> bool:
    """ "the brawl threatened to become the focus of the race", "It promises to be another
    bruising campaign": a linking verb after "threaten to" or "promise to", said of a thing,
    foretells; a threat or promise made names a deed ("threatened to veto the bill", "it
    promised to refund buyers") or comes from someone ("she promised to be a fighter")."""
    if verb.lemma_.lower() not in FORECAST_VERBS:
        return False
    deeds = [c for c in verb.children if c.dep_ == "xcomp" and infinitive(c)]
    linking = bool(deeds) and all(c.lemma_.lower() in LINKING_VERBS for c in deeds)
    impersonal = subj.lower_ in THING_PRONOUNS and not _relative(subj)
    return linking and (impersonal or _thing(subj))


def _cites_source(verb: Token) -> bool:
    """ "The Post has reported, citing unnamed sources": a person cited is the report's channel
    or source (tests/gold/README.md), not what was said; a thing cited is ("citing Taliban
    violence", "cited a study")."""
    if verb.lemma_.lower() != "cite":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN" and o.lemma_.lower() in PERSON_NOUNS for o in objects
    )


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
