"""A complement clause without "that" which the parse broke apart: it takes the clause's subject
for the cue's object, or for no child of the cue at all, and hangs the clause's verb elsewhere
("tax returns showing [the couple] [paid millions]", "a disclosure showing [the couple] [had
earned $30 million]"). The noun phrase right after the cue, followed at once by a finite verb,
is that clause's subject: what the cue reports runs from it to the end of the verb's clause."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.cues import has_subject
from sourcetrace.attribution.lexicon import (
    ADDRESSEE_VERBS,
    DATE_LABELS,
    OBJECT_CONTROL_VERBS,
    PREDICATING_HEADS,
)
from sourcetrace.attribution.spans import tokens_span

# What a subject noun phrase is made of: "the couple", "Mr. Lee's two sons", "the city".
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
# Finite verbs and auxiliaries, which open a clause's predicate: "paid", "had earned", "will".
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_DEPS = frozenset({"advcl", "conj", "parataxis", "ccomp"})


def broken_clause(verb: Token) -> tuple[int, int] | None:
    """The extent of the clause the parse broke apart after ``verb``, else None. Not after a verb
    whose object is its listener or whose object does what it is asked ("told reporters",
    "urged voters to"), nor when the finite verb belongs to the noun phrase before it, a
    relative clause with no pronoun ("cited the figures the agency released"), nor after a verb
    that reports only what it says of its object ("Daily Planet hit piece smears ...")."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS | OBJECT_CONTROL_VERBS | PREDICATING_HEADS:
        return None
    if any(c.dep_ == "ccomp" for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ in _PHRASE_POS and doc[i].tag_ not in _FINITE_TAGS:
        i += 1
    phrase = doc[verb.i + 1 : i]
    if i >= len(doc) or not any(t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    if phrase[-1].tag_ == "POS":
        return None  # "the administration's [plans]": a noun the tagger took for a verb
    if any(t.ent_type_ in DATE_LABELS for t in phrase):
        return None  # "records disclosed [Wednesday] revealed ...": when, not who
    finite = doc[i]
    if finite.tag_ not in _FINITE_TAGS:
        return None
    predicate = finite.head if finite.dep_ in ("aux", "auxpass") else finite
    if predicate.head.i == verb.i:
        return None  # hung on the cue: the parse read it whole, as its object or clause
    if predicate.i < finite.i or phrase.start <= predicate.head.i < phrase.end:
        return None  # "the figures [the agency] released": a relative clause on the phrase
    end = predicate.right_edge.i + 1
    if predicate.is_ancestor(verb):
        if has_subject(verb) and predicate.dep_ == "ROOT":
            # "Those who believe the party is stuck point to ...": the sentence's main clause,
            # the writer's, with the cue in its subject; one the parse put under a later verb is
            # the cue's ("While he acknowledged funding was a reason ..., Ham noted ..."), and a
            # participle's noun made the subject is the break itself
            return None
        # the parse made the clause the sentence's main one: the real main verb hangs on it
        # ("Records showing the mayor met X [were released] Friday")
        clauses = [c.left_edge.i for c in predicate.rights if c.dep_ in _CLAUSE_DEPS]
        end = min(clauses, default=end)
    return tokens_span([*phrase, *(t for t in predicate.subtree if finite.i <= t.i < end)])
