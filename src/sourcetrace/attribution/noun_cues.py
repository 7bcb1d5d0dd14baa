"""Nouns that report what someone said or believes, with a "that" clause: "many have voiced
concerns that ...", "he was under the impression that ...", "his claims that ...", "the view in
some quarters that ...", "Another criticism among Democrats was that ..."."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sourcetrace.attribution.cues import SUBJECTS, subject_of
from sourcetrace.attribution.lexicon import (
    LIGHT_VERBS,
    NOUN_CUES,
    OWNED_NOUN_CUES,
    SOURCE_PREPOSITIONS,
)
from sourcetrace.model import CueClass

# Words before a light verb that belong to the cue: "have voiced", "was not under".
_VERB_MODIFIERS = ("aux", "auxpass", "neg")
# Prepositions that set a noun beside the verb's act, not in its subject's mouth: "stayed home
# amid warnings that ..." (whose warnings, the sentence does not say).
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"amid", "amidst", "despite"})


@dataclass(frozen=True, slots=True)
class NounReport:
    cue: tuple[Token, ...]  # "have voiced concerns", "was under the impression", "claims"
    speaker: Token  # head of the speaker's noun phrase
    content: Token  # head of the "that" clause
    cue_class: CueClass


def noun_report(noun: Token) -> NounReport | None:
    """The report a lexicon noun makes at ``noun``, when it has both a "that" clause and a
    speaker: its possessor ("his claims"), a source phrase on it ("criticism among Democrats",
    "the view in some quarters"), or the subject of the verb it is the object of ("many have
    voiced concerns", "he was under the impression"), for `OWNED_NOUN_CUES` a light verb
    ("expressed hope that", "made the announcement that")."""
    cls = NOUN_CUES.get(noun.lemma_.lower())
    if cls is None or noun.pos_ != "NOUN":
        return None
    content = _that_clause(noun)
    if content is None:
        return None
    doc = noun.doc
    own = [c for c in noun.children if c.dep_ == "poss"] + [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in SOURCE_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if own:
        return NounReport((noun,), own[0], content, cls)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _CIRCUMSTANCE_PREPOSITIONS:
        return None
    if noun.lemma_.lower() in OWNED_NOUN_CUES and verb.lemma_.lower() not in LIGHT_VERBS:
        return None  # "cheered the announcement that ...": heard, not made
    speaker, _ = subject_of(verb)
    if speaker is None or speaker.i > noun.i:
        return None
    start = verb.i
    modifiers = {c.i for c in verb.children if c.dep_ in _VERB_MODIFIERS}
    while start - 1 in modifiers:
        start -= 1
    return NounReport(tuple(doc[start : noun.i + 1]), speaker, content, cls)


def _that_clause(noun: Token) -> Token | None:
    """The noun's own "that" clause ("concerns that X"), or the one a copula gives it ("Another
    criticism was that X")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")]
    if noun.dep_ in SUBJECTS and noun.head.lemma_ == "be":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp"]
    that = (c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
    return next(that, None)
