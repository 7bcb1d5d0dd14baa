"""Whether a subject a cue inherits can speak, and who speaks instead when it cannot.

A participle or a conjoined verb shares the subject of the verb the parse hangs it on; where that
subject is a thing that says nothing ("comments", "the line", "the move") and a clause between
the two verbs has a speaker of its own, the cue is that speaker's: "Rice's comments came as
Netanyahu turned down an invitation, saying ..." is Netanyahu's; "The line was an addition to a
speech in which Bloomberg criticized Democrats, but argued ..." is Bloomberg's.

A document sent out speaks for itself: "The club passed its own resolution against the mayor,
accusing him ..." is the resolution's, however the parse hangs the participle.

A medium says nothing either: "was caught on a hot mic ripping ..." is the one caught.

"who" speaks for a person: where the parse hangs its clause on a thing, the person named right
before it in that thing's phrase speaks ("drew the ire of Justice Lee who said ..." is Lee's).
"""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.lexicon import (
    DOCUMENT_NOUNS,
    ISSUED_CHANNELS,
    PUBLISHING_VERBS,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
    WRITER_AND_READER,
)
from sourcetrace.attribution.poll_figures import poll_aggregate
from sourcetrace.attribution.speaker import SUBJECTS, antecedent
from sourcetrace.vocabulary import (
    BODY_NOUNS,
    ORGANIZATION_NOUNS,
    PORTION_HEADS,
    names_person,
)

SPEAKER_TAGS = frozenset({"NOUN", "PROPN", "PRON"})
# Pronouns no speaker is named by: a relative, the writer or reader, a thing.
NOT_SPEAKERS = RELATIVE_PRONOUNS | WRITER_AND_READER | THING_PRONOUNS
# Heads of bodies and shares of people, one set so the test is one lookup.
GROUP_HEADS = ORGANIZATION_NOUNS | BODY_NOUNS | PORTION_HEADS


def thing(noun: Token) -> bool:
    """A common noun no entity names that is not a person, a body or a share of people ("the
    ruling", "rising costs", "the controller"; not "the union", "officials", "the clerk", "the
    county"). A person suffix makes a person ("the bloggers") unless the noun is a device,
    substance or abstraction that only looks like one ("the router", "water", "the factor")."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    head = noun.lemma_.lower()
    return head not in GROUP_HEADS and not names_person(head)


def mute(subject: Token) -> bool:
    """A thing that is no document either: "comments", "line", "move" (an average of polls is
    one: `poll_aggregate`)."""
    document = subject.lemma_.lower() in DOCUMENT_NOUNS or poll_aggregate(subject)
    return thing(subject) and not document


def recorded_on(noun: Token) -> Token | None:
    """The verb whose doer a medium caught speaking, where a participle hangs on that medium:
    "was caught on a hot mic ripping ...", "was heard on a recording saying ..." ("caught",
    "heard"); None for a noun that speaks for itself ("a letter saying", "a video urging" are
    documents), for no medium a verb's phrase holds, or for one that carries the verb's object
    ("wrote a letter on his site calling ..." leaves the call to what was written)."""
    holder = noun.head.head
    medium = noun.dep_ == "pobj" and noun.head.dep_ == "prep" and holder.pos_ in ("VERB", "AUX")
    carried = any(c.dep_ == "dobj" for c in holder.children)
    return holder if medium and not carried and mute(noun) else None


def speaker_between(host: Token, verb: Token) -> Token | None:
    """The subject nearest before ``verb`` of a clause between ``host`` and ``verb`` that can
    speak, or None: a name, a person's pronoun or a noun of a speaker. A person's name right
    before ``verb`` is its subject however the parse hangs it: "those remedies require different
    standards and Justice Ann Lee said ..." makes Lee a conjunct of "standards"."""
    named = verb.doc[verb.i - 1] if verb.i > host.i + 1 else None
    if named is not None and named.ent_type_ == "PERSON" and named.ent_iob_ != "B":
        return named
    for token in reversed(host.doc[host.i + 1 : verb.i]):
        if token.dep_ not in SUBJECTS or token.pos_ not in SPEAKER_TAGS or mute(token):
            continue
        if token.lower_ in NOT_SPEAKERS:
            continue
        return token
    return None


def authored(noun: Token) -> bool:
    """A document whose author its own phrase names: "a statement from her doctor"."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.rights)


def sent_document(verb: Token, participle: Token) -> Token | None:
    """The document ``verb`` put out that a participle the parse hung on ``verb`` speaks through:
    "passed its own resolution against X, accusing ...", "ran a story on Monday claiming ...",
    "released a statement from her doctor declaring ...", or one whose author its phrase names,
    whatever was done with it ("signed a letter from Rep. Lee calling for ..."); None for a
    statement of the subject's own ("issued a statement calling ..." is the issuer's), a
    document only handled ("signed the order, saying ...") or a participle a subordinator opens."""
    if participle.tag_ != "VBG" or any(c.dep_ == "mark" for c in participle.children):
        return None  # "released the files while asking ...": a subordinator's act is the doer's
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < participle.i]
    if not objects or objects[0].lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    document = objects[0]
    if authored(document):
        return document
    own = document.lemma_.lower() in ISSUED_CHANNELS
    return None if own or verb.lemma_.lower() not in PUBLISHING_VERBS else document


def who_speaks(clause: Token) -> Token:
    """The person a "who" ``clause`` says something of: the noun it hangs from, or, where that is
    a thing, the person named right before "who" (a comma aside) inside the thing's phrase: "the
    ire of Justice Lee who said" is Lee, "the wife of Sam Lee, who said" the wife."""
    noun = antecedent(clause, person=True)
    who = next((c for c in clause.children if c.lower_ == "who"), None)
    if who is None or not thing(noun) or who.i < 2:
        return noun
    before = clause.doc[who.i - 1]
    before = clause.doc[before.i - 1] if before.text == "," else before
    person = before.ent_type_ == "PERSON" or (before.pos_ == "NOUN" and not thing(before))
    return before if person and noun in before.ancestors else noun
