"""Whether a subject a cue inherits can speak, and who speaks instead when it cannot.

A participle or a conjoined verb shares the subject of the verb the parse hangs it on; where that
subject is a thing that says nothing ("comments", "the line", "the move") and a clause between
the two verbs has a speaker of its own, the cue is that speaker's: "Rice's comments came as
Netanyahu turned down an invitation, saying ..." is Netanyahu's; "The line was an addition to a
speech in which Bloomberg criticized Democrats, but argued ..." is Bloomberg's.
"""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.lexicon import (
    DOCUMENT_NOUNS,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
    WRITER_AND_READER,
)
from sourcetrace.attribution.speaker import SUBJECTS
from sourcetrace.vocabulary import ORGANIZATION_NOUNS, PERSON_NOUNS, PERSON_SUFFIXES, PORTION_HEADS

SPEAKING_NOUNS = PERSON_NOUNS | ORGANIZATION_NOUNS | DOCUMENT_NOUNS | PORTION_HEADS
SPEAKER_TAGS = frozenset({"NOUN", "PROPN", "PRON"})


def mute(subject: Token) -> bool:
    """A common noun no entity, person, institution or document: "comments", "line", "move"."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    lemma = subject.lemma_.lower()
    return lemma not in SPEAKING_NOUNS and not lemma.endswith(PERSON_SUFFIXES)


def speaker_between(host: Token, verb: Token) -> Token | None:
    """The subject nearest before ``verb`` of a clause between ``host`` and ``verb`` that can
    speak, or None: a name, a person's pronoun or a noun of a speaker."""
    for token in reversed(host.doc[host.i + 1 : verb.i]):
        if token.dep_ not in SUBJECTS or token.pos_ not in SPEAKER_TAGS or mute(token):
            continue
        if token.lower_ in RELATIVE_PRONOUNS | WRITER_AND_READER | THING_PRONOUNS:
            continue
        return token
    return None
