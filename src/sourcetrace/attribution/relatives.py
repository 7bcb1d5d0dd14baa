"""What a cue says of the relative pronoun that is its object, set before it: "the panel, which
they describe as a tool for rationing care", "in what he described as an opportunity", "over
what he sees as a retreat", "the rule, which the mayor called a disgrace", "the law, which they
have long said lacks a basis". BASIL annotates the pronoun as the content's first piece and what
the cue says of it as the second."""

from __future__ import annotations

from spacy.tokens import Token

from sourcetrace.attribution.cues import has_subject
from sourcetrace.attribution.lexicon import (
    CLAUSE_VERBS,
    DESCRIBING_VERBS,
    NAMING_VERBS,
    WH_PRONOUN_TAGS,
)
from sourcetrace.attribution.spans import tokens_span

# What a naming cue's second object may be: "called a disgrace", 'called “sexist.”'.
NAME_DEPS = ("dobj", "oprd", "attr", "acomp")


def relative_object(verb: Token) -> list[tuple[int, int]]:
    """The pronoun and what ``verb`` says of it, or nothing when the verb has no relative
    pronoun object before it or says nothing of it: "which he wrote as a student" is a role,
    not a description."""
    pronoun = next((c for c in _objects(verb) if c.i < verb.i and c.tag_ in WH_PRONOUN_TAGS), None)
    if pronoun is None:
        return []
    said = [c for c in verb.rights if _said_of(verb, c)]
    if not said:
        return []
    span = tokens_span(t for c in said for t in c.subtree)
    if span is None:
        return []
    return [(pronoun.idx, pronoun.idx + len(pronoun.text)), span]


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, and a describing verb's prepositional one: "which" of "which they
    refer to as a firewall"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in DESCRIBING_VERBS:
        preps = [c for c in verb.rights if c.dep_ == "prep"]
        objects += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return objects


def _said_of(verb: Token, tok: Token) -> bool:
    """``tok`` says what the pronoun is: "as Y" after a verb of describing, a naming verb's second
    object, or a clause with no subject of its own after "said" (the parse's object and
    infinitive for "which they said lacks a basis")."""
    lemma = verb.lemma_.lower()
    if lemma in DESCRIBING_VERBS:
        objects = ("pobj", "pcomp", "amod", "acomp")
        return (
            tok.dep_ == "prep"
            and tok.lower_ == "as"
            and any(c.dep_ in objects for c in tok.children)
        )
    if lemma in NAMING_VERBS:
        return tok.dep_ in NAME_DEPS
    return lemma in CLAUSE_VERBS and tok.dep_ in ("xcomp", "ccomp") and not has_subject(tok)
