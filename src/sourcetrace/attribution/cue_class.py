"""What a cue reports, from its words and construction: speech or writing (a claim), a belief or a
perception; and whether the speech it reports was made at all."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sourcetrace.attribution.lexicon import (
    CONDITION_MARKS,
    CONDITIONAL_AUX,
    CUE_CLASSES,
    DOCUMENT_NOUNS,
    FUTURE_AUX,
    PLATFORMS,
    QUESTION_MARKS,
    RANKED_PEOPLE,
    RANKS,
    REALIZING_HEADS,
    UNREALIZED_AUX,
    WRITTEN_CHANNELS,
)
from sourcetrace.attribution.poll_figures import poll_aggregate
from sourcetrace.attribution.spans import after_comma
from sourcetrace.model import CLAIM_CLASSES, CueClass


def cue_class(cue: Iterable[Token], speaker: Token | None, *, quoted: bool = False) -> CueClass:
    """The class of the cue's first lexicon word (speech for "according to", a colon or a dash),
    then by construction: a written channel ("said in a statement", "In a letter, they made
    clear") or a document speaking
    ("the report said", "records show", "according to court records") is writing; a quotation
    framed by the cue (``quoted``) was said, whatever the verb."""
    words = list(cue)
    verb = next((t for t in words if t.lemma_.lower() in CUE_CLASSES), None)
    cls = CUE_CLASSES[verb.lemma_.lower()] if verb is not None else CueClass.SPEECH
    if cls in (CueClass.SPEECH, CueClass.PERCEPTION):
        channel = any(t.lemma_.lower() in WRITTEN_CHANNELS for t in words[1:])
        # the cue's first word ("make clear") or its verb ("to say")
        heads = [t for t in (*words[:1], verb) if t is not None]
        channel = channel or any(_in_writing(t) for t in heads)
        if channel or (speaker is not None and _document(speaker)):
            cls = CueClass.WRITTEN
    if quoted and cls not in CLAIM_CLASSES:
        cls = CueClass.SPEECH
    return cls


def _document(speaker: Token) -> bool:
    """A document noun, also a capitalised plural the tagger took for a name ("Records released
    by ..."), not one a rank makes people ("senior figures in the party")."""
    head = speaker.lemma_.lower()
    ranks = RANKED_PEOPLE.get(head, frozenset())
    heads = {head, speaker.lower_.removesuffix("s")}
    if poll_aggregate(speaker):
        return True  # "the RealClearPolitics average of polls", "polling averages"
    return bool(heads & DOCUMENT_NOUNS) and not any(c.lower_ in ranks for c in speaker.lefts)


def _in_writing(verb: Token) -> bool:
    """The cue verb set in a written channel anywhere in its clause ("In their letter, the
    scholars make clear ...", or set off on its infinitive: `_set_off_channel`), a participle on
    one ("issued a statement calling ..."), or after its subject took to a platform ("took to
    social media and accused ...", "took to Twitter to say ...")."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in WRITTEN_CHANNELS:
        return True
    on_platform = (
        verb.dep_ in ("conj", "advcl", "xcomp")
        and head.lemma_.lower() == "take"
        and _prepositional(head, "to", PLATFORMS)
    )
    # the parse may hang the channel on the object: "denied the allegations in a statement"
    objects = (c for c in verb.children if c.dep_ == "dobj")
    return (
        on_platform
        or any(_prepositional(t, "in", WRITTEN_CHANNELS) for t in (verb, *objects))
        or _set_off_channel(verb)
    )


def _set_off_channel(verb: Token) -> bool:
    """A written channel set off by a comma on the infinitive the cue reports ("vowed to seek X,
    in a letter to ..."); not the infinitive's own words ("asked them to help in their
    release")."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and after_comma(p)
        and any(g.dep_ == "pobj" and g.lemma_.lower() in WRITTEN_CHANNELS for g in p.children)
        for x in verb.children
        if x.dep_ == "xcomp"
        for p in x.children
    )


def _prepositional(verb: Token, preposition: str, nouns: frozenset[str]) -> bool:
    """``verb`` has a ``preposition`` phrase whose object is one of ``nouns``."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == preposition
        and any(g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in c.children)
        for c in verb.children
    )


def unrealized(verb: Token, cue: Iterable[Token]) -> bool:
    """Speech the sentence does not report as made: negated ("had not spoken", "did not
    respond"), supposed ("if they believed that"), future, modal or counterfactual ("will
    announce", "could say", "would have said"), or an infinitive under a head that only plans,
    expects or refuses it ("plans to say", "declined to comment", "is expected to announce", "to
    endorse X" as a purpose).

    Read from the words of the ``cue`` before the verb (its own auxiliaries and negation, run up
    to it), not from every dependent: the parser can hang a "won't" from a quote before on it."""
    before = [t for t in cue if t.i < verb.i and t.head.i == verb.i]
    if any(t.dep_ == "neg" for t in before) or _supposed(verb):
        return True
    aux = [t for t in before if t.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in UNREALIZED_AUX for a in aux):
        return True
    if any(a.lower_ in CONDITIONAL_AUX for a in aux) and any(a.lower_ == "have" for a in aux):
        return True  # "would have said": counterfactual
    if not any(a.tag_ == "TO" for a in aux) or ranked_copula(verb) is not None:
        return False
    head = verb.head
    # "should force any rational person to question X": a realizing head not itself realized
    return head.lemma_.lower() not in REALIZING_HEADS or unrealized(head, head.lefts)


def _supposed(verb: Token) -> bool:
    """A cue heading an "if" or "unless" clause, or the infinitive under its verb ("if the
    council continues to feel that ..."): the sentence supposes the speech or belief and does
    not report it. "even if" and "as if" concede or compare; "asked if" is a question."""
    top = verb
    while top.dep_ == "xcomp":
        top = top.head
    if top.dep_ != "advcl":
        return False
    return any(
        c.dep_ == "mark"
        and c.lower_ in CONDITION_MARKS
        and (c.i == 0 or c.doc[c.i - 1].lower_ not in ("even", "as"))
        for c in top.children
    )


def foretold(verb: Token, cue: Iterable[Token]) -> bool:
    """Speech or belief the writer forecasts, not negated: "will ask", "they’ll assume" (a refusal
    to come, "won't say whether", informs as unmade speech does)."""
    before = [t for t in cue if t.i < verb.i and t.head.i == verb.i]
    future = any(t.dep_ == "aux" and t.lower_ in FUTURE_AUX for t in before)
    return future and not any(t.dep_ == "neg" for t in before)


def ranked_copula(verb: Token) -> Token | None:
    """The "be" whose subject did what an infinitive on a rank says: "was the first Republican to
    call on X" (the parse hangs it on the noun, or on "first"), "was first to report" (on
    "be")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "relcl" and head.dep_ in ("attr", "acomp"):
        rank, copula = head, head.head
    elif verb.dep_ in ("advcl", "xcomp") and head.lemma_ == "be":
        rank = next((c for c in head.children if c.dep_ in ("attr", "acomp")), head)
        copula = head
    else:
        return None
    words = {rank.lower_} | {c.lower_ for c in rank.children if c.dep_ == "amod"}
    return copula if copula.lemma_ == "be" and words & RANKS else None


def imagined(verb: Token) -> bool:
    """ "As Sherlock would say, ...": the writer's turn of phrase, words nobody said here (a
    plain "would say" may be a habit: "his editors would ask him"; and "As he would later say"
    and "as she would often say" were said)."""
    conditional = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_AUX for c in verb.children)
    when = any(c.dep_ == "advmod" for c in verb.children)
    return (
        conditional
        and not when
        and verb.left_edge.lower_ == "as"
        and verb.left_edge.head.i == verb.i
    )


def is_question(clause: Token) -> bool:
    """A complement clause that asks, opening on its own "whether" or "if": no claim ("said that
    if ..." and "said if elected, ..." are claims)."""
    first = clause.left_edge
    return first.head.i == clause.i and first.dep_ == "mark" and first.lower_ in QUESTION_MARKS
