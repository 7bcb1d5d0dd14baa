"""When and where words were said, closing what they are said to say: a day followed by the
occasion of speaking ("on Tuesday at a rally") dates the report, not what was reported."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sourcetrace.attribution.lexicon import DATE_LABELS, DAY_WORDS, SPEAKING_OCCASIONS


def state_time(comp: Token) -> int:
    """Where a time adverbial closing the complement's clause starts when only occasions of
    speaking follow it, else past the clause: a state holds over time, so the day and the rally
    of a clause that tells what someone or something is or was are when and where the words were
    said ("said the plan was a failure on Tuesday at a rally in Ohio"). An event's clause may
    have its own ("said she had toured the plant last week during a visit"), and so may one of
    what will or would be ("said the plan would be unveiled on Tuesday at a briefing")."""
    future = any(c.dep_ == "aux" and c.tag_ == "MD" for c in comp.children)
    predicate = any(c.dep_ in ("attr", "acomp") for c in comp.children)
    if comp.lemma_ != "be" or not predicate or future or comp.tag_ in ("VB", "VBG"):
        return comp.right_edge.i + 1
    # The parse hangs the time and the occasion on the verb or on its predicate's last noun
    # ("was the founder of the group on Tuesday at a rally"): down the clause's closing words,
    # not into a clause of their own.
    host: Token | None = comp
    while host is not None:
        rights = [c for c in host.rights if not c.is_punct]
        for k, right in enumerate(rights[:-1]):
            # the time may close the predicate before the occasion ("was unsafe Monday in ...")
            time = next((t for t in (right, *_last_right(right)) if time_adverbial(t)), None)
            if time is not None and all(_speaking_occasion(r) for r in rights[k + 1 :]):
                return time.left_edge.i
        closing = _last_right(host)
        host = closing[0] if closing and closing[0].pos_ not in ("VERB", "AUX") else None
    return comp.right_edge.i + 1


def object_time(toks: Sequence[Token]) -> int:
    """How many of an object content's ``toks`` come before a closing day and an occasion of
    speaking, in either order, in the content or right after it: what the speaker was doing
    then, not what the object did ("blamed the referees for the loss Sunday at a news
    conference", "called the bill a disgrace on Tuesday in a floor speech", "decided not to
    recommend firing her at a news conference Monday"). Not on a verb of what is yet to be done
    ("vowed to speak on Tuesday at a rally", "plans to speak at a rally Tuesday")."""
    if not toks:
        return 0
    doc, end = toks[0].doc, toks[-1].i
    for first in toks:
        after = first.right_edge.i + 1
        if after >= len(doc) or first.head.tag_ == "VB":
            continue
        second = doc[after]
        dated = time_adverbial(first) and _speaking_occasion(second)
        if (dated or _occasion_dated(first, second)) and second.right_edge.i >= end:
            return first.left_edge.i - toks[0].i
    return len(toks)


def _occasion_dated(occasion: Token, time: Token) -> bool:
    """An occasion of speaking and right after it its day, on the same verb ("at a news
    conference Monday"): the day the parse may hang on the verb above is still the occasion's."""
    return _speaking_occasion(occasion) and time_adverbial(time) and time.head.tag_ != "VB"


def _last_right(tok: Token) -> list[Token]:
    """``tok``'s last dependent after it, punctuation aside, if any."""
    return [c for c in tok.rights if not c.is_punct][-1:]


def time_adverbial(tok: Token) -> bool:
    """A bare day or time of day ("Tuesday", "earlier Wednesday", "this morning") or one after a
    preposition ("on Tuesday")."""
    if tok.dep_ == "prep":
        words = [t for t in tok.subtree if t is not tok]
    elif tok.dep_ in ("npadvmod", "advmod"):
        words = list(tok.subtree)
    else:
        return False
    dated = all(t.ent_type_ in DATE_LABELS for t in words)
    return dated and any(t.lower_ in DAY_WORDS for t in words)


def _speaking_occasion(tok: Token) -> bool:
    """A phrase of the occasion words were said at: "at a rally", "during the debate", "in an
    interview", "on a talk show"."""
    if tok.dep_ != "prep" or tok.lower_ not in ("at", "during", "in", "on"):
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in SPEAKING_OCCASIONS for c in tok.children)
