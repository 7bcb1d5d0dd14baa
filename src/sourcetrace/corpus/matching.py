"""Whether two facts of two articles are one fact, and whether they state it differently.

Precision first: a conflict needs the same slot of the same fact on both sides. A date conflicts
only between two events with the same verb, subject and object, both dated to the day and less
than a month apart (farther apart, they are two occasions), or both dated with "since" (a state
begins once); a count only when the event matches and its dates agree or neither side dates it;
an entity only when it fills the same role of an event whose other argument and date agree; a
role only between two military ranks of one person, or two parties (or two states) given one
politician (one event is one occasion: a party changes between stories, not within one); an
event's happening only between a named subject doing it and not doing it, to the same object or
to none (a denial).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sourcetrace.corpus.facts import EventFact, Fact, PartyFact, RoleFact, Slot, StatementFact
from sourcetrace.corpus.records import FactRef, ValueConflict
from sourcetrace.corpus.values import dates_agree
from sourcetrace.timeline.values import value_bounds

SAME_OCCASION = timedelta(days=31)  # two dates of one event farther apart are two occasions
ENTITY_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place"}


@dataclass(frozen=True, slots=True)
class Match:
    ref: FactRef
    conflicts: tuple[ValueConflict, ...]
    key: str  # one fact, however worded: each sentence stating it gets one link for it
    related: bool = False  # about one thing, not clearly one fact: a `related` link


def _said(a: EventFact) -> str:
    """The event in a few words: "airstrike kill Qassem Soleimani", "flood homes"."""
    return " ".join(w for w in (_text(a.subject), a.verb, _text(a.object)) if w)


def _text(slot: Slot | None) -> str:
    return slot.text if slot else ""


def _agree(a: Slot | None, b: Slot | None) -> bool | None:
    """True for one thing; False for two named things; None when either side leaves the slot
    empty or words it as a common noun ("the general" may be the man the other side names)."""
    if a is None or b is None:
        return None
    if a.agrees(b):
        return True
    return False if a.named and b.named else None


def _conflict(
    fact: str, slot: str, kind: str, left: str, right: str, reason: str, key: str
) -> Match:
    return Match(FactRef(fact, slot, reason), (ValueConflict(kind, left, right, reason),), key)


def _day(value: str) -> bool:
    bounds = value_bounds(value)
    return bounds is not None and bounds[0] == bounds[1]


def _date_conflict(a: str, b: str) -> bool:
    ba, bb = value_bounds(a), value_bounds(b)
    if ba is None or bb is None or not (_day(a) and _day(b)):
        return False
    return abs(ba[0] - bb[0]) < SAME_OCCASION and not dates_agree(a, b)


def _roles(a: RoleFact, b: RoleFact) -> Match | None:
    if a.holder.key != b.holder.key or a.rank != b.rank:
        return None
    who = a.holder.text
    key = f"role:{a.holder.key}:{a.rank}"
    if a.rank:
        slot = f"{who}: rank"
        if a.role == b.role:
            return Match(FactRef("role", slot, f"both give {who} the rank of {a.role}"), (), key)
        # "Gen." fits any general; a rank written as former may have changed.
        if a.former or b.former or "general" in (a.role, b.role):
            return None
        reason = f"{who} is a {a.role} on one side, a {b.role} on the other"
        return _conflict("role", slot, "rank", a.role, b.role, reason, key)
    if a.role != b.role:
        return None
    slot = f"{who}: {a.role}" + (f" of {a.affiliation.text}" if a.affiliation else "")
    if a.affiliation and b.affiliation and not a.affiliation.same_name(b.affiliation):
        # "the equivalent of the KGB" / "of the CIA": one description, two different claims.
        both = f"{a.affiliation.text} / {b.affiliation.text}"
        reason = f"both describe {who} as the {a.role} of something: {both}"
        return Match(FactRef("role", slot, reason), (), f"{key}:{a.role}", related=True)
    of = a.affiliation or b.affiliation
    reason = f"both call {who} the {a.role}" + (f" of {of.text}" if of else "")
    return Match(FactRef("role", slot, reason), (), f"{key}:{a.role}")


def _parties(a: PartyFact, b: PartyFact) -> Match:
    """One politician's party and state: the same, or one side leaving the state out, is one
    fact; a different party, or a different state, a conflict."""
    who, key = a.holder.text, f"party:{a.holder.key}"
    slot = f"{who}: party"
    if a.party != b.party:
        reason = f"{who} is a {a.party} on one side, a {b.party} on the other"
        return _conflict("role", slot, "party", a.party, b.party, reason, key)
    if a.state and b.state and a.state != b.state:
        reason = f"{who} is a {a.party} of {a.state} on one side, of {b.state} on the other"
        return _conflict("role", slot, "state", a.state, b.state, reason, key)
    state = a.state or b.state
    of = f" of {state}" if state else ""
    return Match(FactRef("role", slot, f"both give {who} as a {a.party}{of}"), (), key)


def _events(a: EventFact, b: EventFact) -> Match | None:
    if a.verb != b.verb:
        return None
    if a.denied or b.denied:
        return _denial(a, b) if a.denied != b.denied else None
    subject, obj = _agree(a.subject, b.subject), _agree(a.object, b.object)
    dates = None if a.date is None or b.date is None else dates_agree(a.date, b.date)
    slot = _said(a)
    key = ":".join(
        (
            a.verb,
            a.subject.key if subject and a.subject else "",
            a.object.key if obj and a.object else "",
        )
    )
    both = subject is True and obj is True
    if a.date and b.date and not dates:
        if both and a.since and b.since:
            # A lasting state began once, whatever the precision: "since 2002" / "since 2003".
            reason = f"the same state ({slot}) began in {a.date} on one side, {b.date} on the other"
            return _conflict("date", slot, "date", a.date, b.date, reason, "date:" + key)
        if both and _date_conflict(a.date, b.date):
            reason = f"the same event ({slot}) dated {a.date} on one side, {b.date} on the other"
            return _conflict("date", slot, "date", a.date, b.date, reason, "date:" + key)
        return None  # two occasions of one kind of event
    if subject is False or obj is False:
        # Two named things in one role: a conflict when the event is otherwise the same.
        if subject is False and obj is True and dates:
            return _entity_conflict("subject", a.subject, b.subject, slot, key)
        if obj is False and subject is True and dates:
            return _entity_conflict("object", a.object, b.object, slot, key)
        return None
    # One argument agreeing is enough when named or on one date. A named object (the event's
    # patient: "killed Soleimani") may have its agent worded any way (the Reaper, an airstrike);
    # a named subject alone needs an object worded alike, or none on either side ("Democrats
    # lost the majority" is not "Democrats lose at the polls").
    objects_alike = obj is True or (a.object is None and b.object is None)
    named = (obj and a.object is not None and a.object.named) or (
        subject and a.subject is not None and a.subject.named and objects_alike
    )
    if not (both or named or ((subject or obj) and dates)):
        return None
    # A count of one thing on one occasion: the counted noun is the object, and both sides date
    # the event alike (or neither dates it and they agree on its subject too).
    if obj is True and (dates or (both and a.date is None and b.date is None)):
        found = _count_conflict(a, b, slot, key)
        if found:
            return found
    if a.place and b.place and dates and not a.place.agrees(b.place):
        return _entity_conflict("place", a.place, b.place, slot, key)
    kind = "date" if dates else "event"
    when = f" on {a.date}" if dates else ""
    return Match(FactRef(kind, slot, f"both say {slot}{when}"), (), f"{kind}:{key}")


def _denial(a: EventFact, b: EventFact) -> Match | None:
    """One side says it happened, the other that it did not: the same named subject, the same
    object (or none on either side: "not something the U.S. prosecuted" / "it was prosecuted by
    the U.S."), no date that tells two occasions apart."""
    if _agree(a.subject, b.subject) is not True or a.subject is None or not a.subject.named:
        return None
    if not (_agree(a.object, b.object) or (a.object is None and b.object is None)):
        return None
    if a.date and b.date and not dates_agree(a.date, b.date):
        return None
    slot = _said(a)
    left, right = (f"not {a.verb}", b.verb) if a.denied else (a.verb, f"not {b.verb}")
    reason = f"the same event ({slot}) happened on one side, did not on the other"
    key = f"denial:{a.verb}:{a.subject.key}"
    return _conflict("event", slot, "denial", left, right, reason, key)


def _entity_conflict(
    role: str, a: Slot | None, b: Slot | None, slot: str, key: str
) -> Match | None:
    """Two named things in one role of one event on one date: "Dunmore" / "Kelby" harbor."""
    if a is None or b is None or not (a.named and b.named) or a.label != b.label:
        return None
    kind = ENTITY_KINDS.get(a.label, "organization" if a.label == "ORG" else "thing")
    reason = f"the {role} of the same event ({slot}, same date) is {a.text} vs {b.text}"
    return _conflict("event", slot, kind, a.text, b.text, reason, f"{role}:{key}")


def _count_conflict(a: EventFact, b: EventFact, slot: str, key: str) -> Match | None:
    for noun in sorted({c.noun for c in a.counts} & {c.noun for c in b.counts}):
        left = [c for c in a.counts if c.noun == noun]
        right = [c for c in b.counts if c.noun == noun]
        if len(left) == len(right) == 1 and not left[0].agrees(right[0]):
            reason = f"the same event ({slot}) counts {left[0]} vs {right[0]}"
            return _conflict(
                "count", slot, "count", str(left[0]), str(right[0]), reason, "count:" + key
            )
    return None


def match(a: Fact, b: Fact) -> Match | None:
    """The fact both state, with the values they state differently; None when not one fact."""
    if isinstance(a, RoleFact) and isinstance(b, RoleFact):
        return _roles(a, b)
    if isinstance(a, EventFact) and isinstance(b, EventFact):
        return _events(a, b)
    if isinstance(a, PartyFact) and isinstance(b, PartyFact):
        return _parties(a, b) if a.holder.key == b.holder.key else None
    if isinstance(a, StatementFact) and isinstance(b, StatementFact):
        who = a.speaker.text
        ref = FactRef("statement", f"{who}: said", f"both report {who} saying it")
        return Match(ref, (), f"said:{a.speaker.key}")
    return None


def match_key(fact: Fact) -> str:
    """Facts that can match share this key: one person's role, one verb, one speaker."""
    if isinstance(fact, RoleFact):
        return f"role:{fact.holder.key}"
    if isinstance(fact, StatementFact):
        return f"said:{fact.speaker.key}"
    if isinstance(fact, PartyFact):
        return f"party:{fact.holder.key}"
    return f"event:{fact.verb}"
