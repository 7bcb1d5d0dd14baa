"""Which way a time expression looks from the publication date, read from the parse.

A bare month or weekday is resolved against the publication date in the direction its clause
looks: "the talks ended in March" is the last March, "he will address Congress in March" the
next, and "the November election" (a month that dates a noun, not a verb) the nearest, unless the
noun is a value measured ("the March high": the last March).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from sourcetrace.nlp.sentences import sentence, sentence_start

Direction = Literal["back", "ahead", "nearest", "past", "now"]

# Auxiliaries of the future ("will", "'ll", "wo" of "won't", "shall").
_FUTURE_AUX = frozenset({"will", "'ll", "ll", "wo", "shall"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})
# Modals, and "would" of reported plans ("claimed he would help Romney in November").
_MODALS = frozenset({"can", "may", "might", "must", "should", "would"})
# Modals that put even a weekday ahead ("should ease by Thursday morning"); "would" reports a plan
# that may be past ("said he would vote Tuesday").
_AHEAD_MODALS = _MODALS - {"would"}
_PAST_AUX = frozenset({"was", "were", "had", "did"})
_TO = frozenset({"to"})
# Verbs whose infinitive complement lies ahead: "is expected to vote", "plans to announce"; as
# participles they look ahead too ("the decision, expected by June").
_AHEAD_VERBS = frozenset(
    {"expect", "plan", "schedule", "set", "slate", "intend", "prepare", "aim", "poise", "go"}
)
# Present participles of arrival that look ahead as noun modifiers: "the administration coming in
# January" (a past arrival is told with a finite verb: "the administration that came in").
_AHEAD_PARTICIPLES = frozenset({"come", "approach"})
# "in advance of X", "ahead of X" and "looks forward to X" tell X as still to come when the
# clause happened: each word with the preposition after it.
_AWAITING = {"advance": "of", "ahead": "of", "forward": "to"}
_AWAITED_REACH = 8  # tokens back from a date to an "in advance of" its clause attaches it beside
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl"})
# Nouns of a value already measured: the month that dates one is past ("down from the March
# high"), where another noun's month is the nearest ("the November vote").
_RECORDED = frozenset({"high", "low", "peak", "record", "level", "reading", "total"})
# Places where a time word is an argument of its verb, not an adverb: "Today marks a watershed",
# "it takes today to get it".
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
# A season looks the way a month does ("goes on sale in the summer": the coming one).
_MONTHLIKE = frozenset({"month", "season"})
_STOPS = frozenset(".!?…")
_CLOSING_QUOTES = "\"'”’)"
_MAX_CLIMB = 8  # a time expression's verb is a few heads up at most


class Directions:
    """Answers ``direction(char_offset, kind)`` for one parsed text.

    A weekday looks ahead only under an explicit future ("will vote Monday") or a present
    progressive ("is heading to Georgetown for a speech Thursday"): headlines tell the past in the
    simple present ("Reid breaks with Obama Monday"). A date of what a clause awaits ("sent a
    letter in advance of his appearance Thursday") is the nearest. A month also looks ahead in the
    present tense, an infinitive or after a modal ("is running for re-election in November",
    "needs to refocus in November"), where a past month would be written in the past tense. A
    month or weekday a plan told in the past dates ("was scheduled for January") is the nearest.
    """

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        # every token's offset, read from the Doc's array: no Token is made for the many words
        # no time expression stands on
        self._starts: list[int] = doc.to_array(IDX).tolist()

    def __call__(self, offset: int, kind: str) -> Direction:
        i = bisect_right(self._starts, offset) - 1
        if i < 0:
            return "back"
        if _earliest(self._doc, i):
            return "ahead"
        verb, through_noun = _clause_verb(self._doc[i])
        if kind == "today":  # "the world today is not stable": nowadays, no day
            named = self._doc[i].dep_ in _ARGUMENTS  # "Today marks a watershed": the day
            return "now" if verb is not None and _simple_present(verb) and not named else "back"
        if _awaited(self._doc[i], verb):
            return "nearest"
        if kind == "day":  # a day without its year: "past" where the clause tells the past
            told = verb is not None and _past(verb) and not _plan_told_in_past(verb)
            return "past" if told else "nearest"
        if kind in _MONTHLIKE and through_noun:
            return "back" if self._doc[i].head.lemma_.lower() in _RECORDED else "nearest"
        if verb is None:
            return "back"
        if _looks_ahead(verb) or (_present(verb) and (kind in _MONTHLIKE or verb.tag_ == "VBG")):
            return "ahead"
        if kind == "weekday" and _timetable(self._doc[i], verb):
            return "ahead"
        if _plan_told_in_past(verb):
            return "nearest"
        return "past" if kind == "weekend" and _past(verb) else "back"


def _clause_verb(token: Token) -> tuple[Token | None, bool]:
    """The verb governing ``token`` and whether the way up passes a noun it dates ("its meeting
    in October", "the June decision")."""
    through_noun = False
    start = token
    for _ in range(_MAX_CLIMB):
        if token.pos_ in ("VERB", "AUX"):
            return token, through_noun
        if token is not start and token.pos_ == "NOUN":
            through_noun = True
        if token.head is token:
            return None, through_noun
        token = token.head
    return None, through_noun


def _awaited(token: Token, verb: Token | None) -> bool:
    """Whether "in advance of", "ahead of" or "forward to" governs ``token``: on the way up to
    the finite verb of its clause, or beside it ("look forward to talking to you Monday"), or
    just before it in its clause (the parser often hangs "on Thursday" of "in advance of Mr.
    Ryan's visit there on Thursday" on the main verb)."""
    top = _finite_head(verb) if verb is not None else None
    node = token
    for _ in range(_MAX_CLIMB):
        if _awaits(node) or any(_awaits(c) for c in node.children):
            return True
        if top is None or node.i == top.i or node.head.i == node.i:
            break
        node = node.head
    doc = token.doc
    floor = max(token.i - _AWAITED_REACH, sentence_start(doc, token.i))  # not Token.sent: a walk
    for j in range(token.i - 1, floor - 1, -1):
        if doc[j].pos_ in ("VERB", "AUX", "PUNCT"):
            return False
        if _awaits(doc[j]):
            return True
    return False


def _earliest(doc: Doc, i: int) -> bool:
    """ "as soon as" or "as early as" just before token ``i``: the earliest a thing still to
    come may happen ("a vote as soon as Friday")."""
    before = [t.lower_ for t in doc[max(0, i - 3) : i]]
    return before in (["as", "soon", "as"], ["as", "early", "as"])


def _awaits(token: Token) -> bool:
    """ "advance" of "in advance of", "ahead" of "ahead of", "forward" of "forward to"."""
    preposition = _AWAITING.get(token.lower_)
    following = token.i + 1
    return (
        preposition is not None
        and following < len(token.doc)
        and token.doc[following].lower_ == preposition
    )


def _looks_ahead(verb: Token) -> bool:
    if _has_aux(verb, _FUTURE_AUX) or (verb.tag_ == "VB" and _has_aux(verb, _AHEAD_MODALS)):
        return True
    arriving = verb.dep_ in ("acl", "advcl") and not _has_aux(verb, _PRESENT_AUX | _PAST_AUX)
    if verb.tag_ == "VBG" and arriving and verb.lemma_.lower() in _AHEAD_PARTICIPLES:
        return True  # "the administration coming in January"
    if verb.lemma_.lower() in _AHEAD_VERBS and (
        verb.dep_ in ("acl", "amod") or _present_passive(verb)
    ):
        return True  # "the decision, expected by June"; "the vote is expected in January"
    # A passive infinitive is no past: "is set to be sworn in in January".
    if verb.tag_ in ("VBD", "VBN") and not _has_aux(verb, _TO):
        return False
    head = verb.head
    return (
        verb.dep_ in _COMPLEMENTS
        and head is not verb
        and head.lemma_.lower() in _AHEAD_VERBS
        # Not a plan told in the past: "was expected to be freed in March".
        and (not _past(head) or _has_aux(head, _FUTURE_AUX))
    )


def _plan_told_in_past(verb: Token) -> bool:
    """A plan told in the simple past dates what was planned, before or after publication: "the
    hearing was scheduled for January" in a November story is the coming January, "was scheduled
    to return Tuesday" on a Monday is the next day. A pluperfect plan is past: "had planned to
    visit in March"."""
    if verb.lemma_.lower() in _AHEAD_VERBS:
        plan = verb
    elif verb.dep_ in _COMPLEMENTS and verb.head.lemma_.lower() in _AHEAD_VERBS:
        plan = verb.head
    else:
        return False
    return not _has_aux(plan, frozenset({"had"}))


def _present(verb: Token) -> bool:
    """Present tense, a progressive in the present, an infinitive complement or a modal."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "VBN") or a.lower_ in ("did", "had") for a in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VBG":
        return any(a.lower_ in _PRESENT_AUX for a in auxes)
    # An infinitive is as present as the finite verb it completes: "is to be inaugurated in
    # January", not "was expected to be freed in March", "had planned to visit in March" nor
    # "pleaded guilty to threatening to kill her in March".
    infinitive = any(a.lower_ == "to" for a in auxes) and not _past(_finite_head(verb))
    if verb.tag_ == "VB":
        return infinitive or any(a.lower_ in _MODALS for a in auxes)
    return verb.tag_ == "VBN" and infinitive


def _timetable(day: Token, verb: Token) -> bool:
    """A weekday that dates a simple present or an imperative itself, bare or after "on", in a
    sentence closed by a stop tells a timetable ("The show opens on Friday.", "The Gophers play
    Saturday.", "Host the Lakers on Friday."); a headline, with no stop at its end, tells the past
    in the simple present ("Ryan heads to Ohio for a talk Thursday"), a weekday under another
    word is past ("the message from Tuesday is clear", "Monday night's loss"), and so is what a
    present of report tells ("The Times reports she on Friday first said that ...")."""
    head = day.head if day.head.lower_ != "on" else day.head.head
    if head.i != verb.i or any(c.dep_ == "case" for c in day.children):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    imperative = (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
    )
    if not (_simple_present(verb) or imperative):
        return False
    return sentence(verb).text.rstrip().rstrip(_CLOSING_QUOTES)[-1:] in _STOPS


def _simple_present(verb: Token) -> bool:
    """A present tense with no auxiliary: a state of these days ("plague infections are rare
    today", "the consoles that exist today"), where "said today" or "will vote today" is a day."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _finite_head(verb: Token) -> Token:
    """The first verb above ``verb`` with a tense of its own, through gerunds, infinitives and
    their prepositions ("pleaded" of "pleaded guilty to threatening to kill"); its head when none
    is found within reach."""
    token = verb.head
    for _ in range(_MAX_CLIMB):
        finite = token.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in token.children
        )
        if (token.pos_ in ("VERB", "AUX") and finite) or token.head.i == token.i:
            return token
        token = token.head
    return verb.head


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or _has_aux(verb, _PAST_AUX)


def _present_passive(verb: Token) -> bool:
    """A participle after a present "is" or "are": "is expected", "are scheduled"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _has_aux(verb: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in verb.children)
