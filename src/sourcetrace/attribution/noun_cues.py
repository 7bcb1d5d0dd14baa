"""Nouns that report what someone said or believes, with a "that" clause: "many have voiced
concerns that ...", "he was under the impression that ...", "his claims that ...", "the view in
some quarters that ...", "Another criticism among Democrats was that ..."."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sourcetrace.attribution.clauses import noun_complement
from sourcetrace.attribution.cue_class import unrealized
from sourcetrace.attribution.cues import infinitive, subject_of
from sourcetrace.attribution.lexicon import (
    ADVICE_NOUNS,
    BARE_IDIOMS,
    COMMITMENT_NOUNS,
    CONVEYING_VERBS,
    DEMAND_NOUNS,
    EXPRESSING_VERBS,
    EXPRESSIVE_NOUNS,
    IDIOM_NOUNS,
    IDIOM_PREPOSITIONS,
    LIGHT_VERBS,
    NOUN_CUES,
    OWNED_CHANNEL_NOUNS,
    OWNED_NOUN_CUES,
    SOURCE_PREPOSITIONS,
    THING_PRONOUNS,
    VOICED_NOUNS,
    VOICING_VERBS,
    WANTING_VERBS,
)
from sourcetrace.attribution.objects import is_result
from sourcetrace.attribution.spans import QUOTE_MARKS, tokens_span
from sourcetrace.attribution.speaker import SUBJECTS
from sourcetrace.attribution.speaking import mute
from sourcetrace.model import CueClass

# Words before a light verb that belong to the cue: "have voiced", "was not under".
_VERB_MODIFIERS = ("aux", "auxpass", "neg")
# Voicing verbs that a thing takes too, causing a view rather than voicing it: "the crash raised
# concerns about safety", "It raised concerns about ...".
_CAUSING_VERBS = frozenset({"raise"})
# Prepositions that set a noun beside the verb's act, not in its subject's mouth: "stayed home
# amid warnings that ..." (whose warnings, the sentence does not say); "to" names what the act
# leads to or meets, another's view ("gave rise to optimism that ...", "objected to claims that
# ..."); "into", "over", "about" and "against" take up another's words to probe, answer or
# fight them ("opened a probe into allegations that ...", "resigned over reports that ...",
# "was questioned about claims that ...", "defended himself against charges that ...").
_CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"amid", "amidst", "despite", "to", "into", "over", "about", "against"}
)


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
    if noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() in BARE_IDIOMS:
        return _idiom(noun)  # "took issue with X": an idiom, never a noun with a clause
    if noun.lemma_.lower() in OWNED_CHANNEL_NOUNS:
        return _owned_channel(noun)
    cls = NOUN_CUES.get(noun.lemma_.lower())
    if cls is None:
        return None
    content = _that_clause(noun)
    lemma = noun.lemma_.lower()
    if content is None and lemma in DEMAND_NOUNS | COMMITMENT_NOUNS | ADVICE_NOUNS:
        content = _demanded(noun, asked=lemma in DEMAND_NOUNS)
        own = _owner(noun)
        return None if content is None or own is None else NounReport((noun,), own, content, cls)
    if content is None:
        return _voiced(noun) or _idiom(noun)
    doc = noun.doc
    own = _owner(noun)
    if own is not None:
        return NounReport((noun,), own, content, cls)
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
    return NounReport(tuple(doc[_group_start(verb) : noun.i + 1]), speaker, content, cls)


def expressed(verb: Token) -> NounReport | None:
    """A view voiced by whatever noun the voicing verb takes, with the clause that noun states:
    "expressed disbelief that ...", "expressing worry he would ..."; the verb and noun are the
    cue, of the noun's class where the lexicon has one ("expressed confidence that": belief),
    else speech."""
    if verb.lemma_.lower() not in EXPRESSING_VERBS:
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    content = None if noun is None else noun_complement(noun)
    speaker, _ = subject_of(verb)
    if noun is None or content is None or speaker is None or speaker.i > verb.i:
        return None
    cls = NOUN_CUES.get(noun.lemma_.lower(), CueClass.SPEECH)
    return NounReport(tuple(verb.doc[_group_start(verb) : noun.i + 1]), speaker, content, cls)


def conveyed(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """The speaker and content of an expressive act (`EXPRESSIVE_NOUNS`): the verb's noun
    object, with the "to" phrase the parse hangs on the verb right after it (a closing quote
    mark between), naming whom the act is for ("offered [their thoughts and prayers to the
    victims]", "issued [a deep apology to the senator]")."""
    if verb.lemma_.lower() not in CONVEYING_VERBS:
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if noun is None or not any(
        n.lemma_.lower() in EXPRESSIVE_NOUNS for n in (noun, *noun.conjuncts)
    ):
        return None
    speaker, _ = subject_of(verb)
    if speaker is None or speaker.i > verb.i:
        return None
    doc = verb.doc
    after = noun.right_edge.i + 1
    while after < len(doc) and doc[after].text in QUOTE_MARKS:
        after += 1  # 'offered “thoughts and prayers” to X': the mark the parse hangs on the verb
    to = [
        c for c in verb.rights if c.dep_ in ("dative", "prep") and c.lower_ == "to" and c.i == after
    ]
    span = tokens_span(doc[noun.left_edge.i : (to[0] if to else noun).right_edge.i + 1])
    return None if span is None else (speaker, span)


def _owned_channel(noun: Token) -> NounReport | None:
    """A channel's "that" clause with its owner: "the actor's statement that ...", "a statement
    by the governor that ..." (`OWNED_CHANNEL_NOUNS`)."""
    content = _that_clause(noun)
    own = None if content is None else _owner(noun)
    if content is None or own is None:
        return None
    return NounReport((noun,), own, content, CueClass.WRITTEN)


def _owner(noun: Token) -> Token | None:
    """The noun's own speaker: its possessor ("his claims"), one shared with the noun it is
    coordinated with when it has no determiner of its own ("the auditor's findings and
    recommendations to V"), or a source phrase on it ("criticism among Democrats", "calls by
    critics")."""
    own = [c for c in _possessed(noun).children if c.dep_ == "poss"] + [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in SOURCE_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return own[0] if own else None


def _possessed(noun: Token) -> Token:
    """The noun whose possessor is ``noun``'s too: the first of coordinated nouns for a later
    one that has no determiner ("the auditor's findings and recommendations"), else ``noun``
    ("the city's budget and the calls to veto it" are not the city's calls)."""
    bare = not any(c.dep_ in ("det", "poss") for c in noun.children)
    return noun.head if noun.dep_ == "conj" and bare else noun


def _demanded(noun: Token, *, asked: bool) -> Token | None:
    """What a demand asks, a commitment promises or advice recommends: its infinitive ("calls to
    veto the bill", "his promise to build a wall", "her recommendations to hire staff") or, for a
    demand (``asked``), its "for" object ("his call for a recount")."""
    for c in noun.rights:
        if c.dep_ in ("acl", "relcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            return c
        if asked and c.dep_ == "prep" and c.lower_ == "for":
            return next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    return None


def _voiced(noun: Token) -> NounReport | None:
    """A view voiced about something, with no clause: the light verb, the noun and its
    preposition are the cue, what the preposition takes is what was said ("officials voicing
    concerns about [the visit]", "expressed qualms about [how to pay for it]"). A thing raises
    concerns without saying anything ("the crash raised concerns about safety")."""
    verb = noun.head
    if (
        noun.lemma_.lower() not in VOICED_NOUNS
        or noun.dep_ != "dobj"
        or verb.lemma_.lower() not in VOICING_VERBS
    ):
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
    said = [] if prep is None else [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    speaker, _ = subject_of(verb)
    if not said or speaker is None or speaker.i > noun.i:
        return None
    caused = mute(speaker) or speaker.lower_ in THING_PRONOUNS
    if caused and verb.lemma_.lower() in _CAUSING_VERBS:
        return None
    cue = tuple(noun.doc[_group_start(verb) : said[0].head.i + 1])
    return NounReport(cue, speaker, said[0], CueClass.SPEECH)


def _idiom(noun: Token) -> NounReport | None:
    """An idiom of attack or praise: "the senator also took a swipe at Hillary Clinton", "took
    issue with the plan" (`BARE_IDIOMS`: the noun bare, its own preposition), the verb, noun and
    preposition the cue, the preposition's object what was said of."""
    verb = noun.head
    lemma = noun.lemma_.lower()
    bare = BARE_IDIOMS.get(lemma)
    if bare is not None and any(c.dep_ in ("det", "poss") for c in noun.children):
        return None  # "took the issue to court": a thing handled
    verbs, words = bare or (IDIOM_NOUNS.get(lemma, frozenset()), IDIOM_PREPOSITIONS)
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return None
    preps = [c for c in (*noun.rights, *verb.rights) if c.lower_ in words]
    target = next((g for p in preps for g in p.children if g.dep_ == "pobj"), None)
    speaker, _ = subject_of(verb)
    if target is None or speaker is None or speaker.i > noun.i:
        return None
    cue = tuple(noun.doc[_group_start(verb) : target.head.i + 1])
    if _not_made(verb):
        return None
    return NounReport(cue, speaker, target, CueClass.SPEECH)


def _not_made(verb: Token) -> bool:
    """An idiom's attack that was not made, which says nothing of its target, as a predicating
    act not made does not: negated or modal, an adverb in between too ("can't credibly make fun
    of X", "will take a swipe at X"), or wished ("likes to poke fun at X"). Its infinitive is
    otherwise mostly a purpose carried out ("broke from his policy to take a swipe at X")."""
    wished = infinitive(verb) and verb.head.lemma_.lower() in WANTING_VERBS
    return wished or unrealized(verb, [t for t in verb.lefts if t.tag_ != "TO"])


def _group_start(verb: Token) -> int:
    """Where the light verb's group starts: "have voiced", "was not under"."""
    start = verb.i
    modifiers = {c.i for c in verb.children if c.dep_ in _VERB_MODIFIERS}
    while start - 1 in modifiers:
        start -= 1
    return start


def _that_clause(noun: Token) -> Token | None:
    """The noun's own "that" clause ("concerns that X"), or the one a copula gives it ("Another
    criticism was that X")."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")]
    if noun.dep_ in SUBJECTS and noun.head.lemma_ == "be":
        clauses += [c for c in noun.head.children if c.dep_ == "ccomp"]
    clauses += _hung_on_verb(noun)
    # "laughed at his remarks so often that he seemed ...": what followed, not what was said
    clauses = [c for c in clauses if not is_result(c, c.head)]
    that = (c for c in clauses if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
    return next(that, None)


def _hung_on_verb(noun: Token) -> list[Token]:
    """A clause right after the noun's phrase that the parse hangs on the verb the phrase belongs
    to: "pushed back against criticism from Democrats [that he had caved]"."""
    verb = noun.head
    while verb.dep_ in ("pobj", "prep", "dobj") and verb.head is not verb:
        verb = verb.head
    after = noun.right_edge.i + 1
    return [c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == after]
