"""The data model: frozen dataclasses shared by every stage, and their JSON form.

Every span is a pair of character offsets into ``Analysis.text``; ``text`` fields on spans are
copies of ``Analysis.text[start:end]`` kept for readability of the output.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any


def article_id(text: str) -> str:
    """An article's id: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class TextSpan:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> TextSpan:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TextSpan:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))


class BoilerplateLabel(StrEnum):
    CAPTION = "caption"
    CAPTION_DUPLICATE = "caption_duplicate"
    CREDIT = "credit"
    PAYWALL = "paywall"
    TRAILER = "trailer"
    TEASER = "teaser"  # in-body section labels and links to other stories ("READ MORE: ...")
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Boilerplate:
    start: int
    end: int
    label: BoilerplateLabel

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label.value}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Boilerplate:
        return cls(int(d["start"]), int(d["end"]), BoilerplateLabel(d["label"]))


class SourceKind(StrEnum):
    NAMED_PERSON = "named_person"
    ANONYMOUS_PERSON = "anonymous_person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    UNKNOWN = "unknown"


class AttributionType(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class CueClass(StrEnum):
    """What the cue reports: something said or written (a claim), or a belief or perception."""

    SPEECH = "speech"  # said, told, added, asked, according to
    WRITTEN = "written"  # wrote, tweeted, posted, in a statement, records show
    BELIEF = "belief"  # believe, think, fear, hope, expect, feel
    PERCEPTION = "perception"  # know, realize, discover, learn, see, find


CLAIM_CLASSES = frozenset({CueClass.SPEECH, CueClass.WRITTEN})


class SpanRole(StrEnum):
    """The part of an attribution a span plays (the source: its speaker mention)."""

    CONTENT = "content"
    CUE = "cue"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    name: str
    kind: SourceKind
    description: str | None
    mentions: tuple[TextSpan, ...]
    entity: str | None = None  # id of the Entity this source is, when it is one
    # Its claims (asserted speech or written attributions); derived by ``Analysis``, never passed
    # in. A source with none (it only believed or perceived) is not one of the article's sources.
    claims: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "description": self.description,
            "mentions": [m.to_dict() for m in self.mentions],
            "entity": self.entity,
            "claims": self.claims,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Source:
        return cls(
            id=d["id"],
            name=d["name"],
            kind=SourceKind(d["kind"]),
            description=d.get("description"),
            mentions=tuple(TextSpan.from_dict(m) for m in d["mentions"]),
            entity=d.get("entity"),
        )


@dataclass(frozen=True, slots=True)
class Attribution:
    id: str
    source: str | None
    type: AttributionType
    cue: TextSpan | None
    speaker: TextSpan | None
    content: tuple[TextSpan, ...]
    confidence: float
    cue_class: CueClass = CueClass.SPEECH
    asserted: bool = True  # false for negated or unrealized speech ("declined to say whether")

    @property
    def is_claim(self) -> bool:
        """A claim is asserted speech or writing: what profiles, counts and surfaces report."""
        return self.asserted and self.cue_class in CLAIM_CLASSES

    @property
    def start(self) -> int:
        return min(s.start for s in self._spans())

    @property
    def end(self) -> int:
        return max(s.end for s in self._spans())

    def _spans(self) -> tuple[TextSpan, ...]:
        extra = tuple(s for s in (self.cue, self.speaker) if s is not None)
        return self.content + extra

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "type": self.type.value,
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "content": [c.to_dict() for c in self.content],
            "confidence": round(self.confidence, 3),
            "cue_class": self.cue_class.value,
            "asserted": self.asserted,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribution:
        return cls(
            id=d["id"],
            source=d.get("source"),
            type=AttributionType(d["type"]),
            cue=TextSpan.from_dict(d["cue"]) if d.get("cue") else None,
            speaker=TextSpan.from_dict(d["speaker"]) if d.get("speaker") else None,
            content=tuple(TextSpan.from_dict(c) for c in d["content"]),
            confidence=float(d["confidence"]),
            cue_class=CueClass(d.get("cue_class", CueClass.SPEECH)),
            asserted=bool(d.get("asserted", True)),
        )


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    label: str  # spaCy NER label: PERSON, ORG, GPE, LOC, NORP, FAC, ...
    mentions: tuple[TextSpan, ...]  # the name proper: titles, "the" and possessive "'s" left out
    titles: tuple[str, ...] = ()  # titles written before its mentions: "Maj. Gen.", "Army Lt. Gen."

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "label": self.label,
            "mentions": [m.to_dict() for m in self.mentions],
            "titles": list(self.titles),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=d["id"],
            name=d["name"],
            label=d["label"],
            mentions=tuple(TextSpan.from_dict(m) for m in d["mentions"]),
            titles=tuple(d.get("titles", ())),
        )


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One time expression that dates something in the article.

    ``value`` is ISO 8601 (``sourcetrace.timeline.values.value_bounds`` reads every form back):
    - "2007" a year; "2007-11" a month; "2020-01-03" a day; "2020-W01" an ISO week ("earlier this
      week"); "198" a decade ("the 1980s"; "the mid-2000s" is "200": qualifiers such as early, mid,
      late or "the final months of" stay in ``text`` and never change the value); "13" a century
      ("the 1300s");
    - "A/B" a range of two of those: "2005-05/2006-05" ("from May 2005 to May 2006"), "1980/1988";
    - "--01-03" or "--01": a day or month written without a year in an article that has no
      publication date; "": a relative expression ("Thursday", "last year") in such an article.
    Relative expressions and days without a year are anchored to ``Analysis.published``
    (``anchored`` is then true): a bare weekday is the latest such day on or before publication.
    """

    text: str
    start: int
    end: int
    value: str
    event: str  # the clause the expression dates, trimmed
    attribution: str | None = None  # id of the attribution whose content holds the expression
    caption: bool = False  # found in a photo caption (boilerplate the parse never sees)
    anchored: bool = False  # the value rests on the publication date

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "event": self.event,
            "attribution": self.attribution,
            "caption": self.caption,
            "anchored": self.anchored,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimelineEntry:
        return cls(
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            value=d["value"],
            event=d["event"],
            attribution=d.get("attribution"),
            caption=bool(d.get("caption", False)),
            anchored=bool(d.get("anchored", False)),
        )


class ConflictKind(StrEnum):
    DATE = "date"  # one event given two different dates
    WEEKDAY = "weekday"  # a weekday written with a date it does not fall on


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two spans of one article that disagree, and why, in one line."""

    kind: ConflictKind
    first: TextSpan
    second: TextSpan
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "first": self.first.to_dict(),
            "second": self.second.to_dict(),
            "explanation": self.explanation,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Conflict:
        return cls(
            kind=ConflictKind(d["kind"]),
            first=TextSpan.from_dict(d["first"]),
            second=TextSpan.from_dict(d["second"]),
            explanation=d["explanation"],
        )


OWN_VOICE = "outlet"  # Voice.kind of a sentence no attribution covers: the outlet speaks itself


@dataclass(frozen=True, slots=True)
class Voice:
    """Who a sentence rests on, for comparing articles and storing the comparison: an attributed
    source, or the outlet's own voice."""

    name: str
    kind: str  # a SourceKind value, or OWN_VOICE
    attribution: str | None = None  # id of the attribution the sentence sits in

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "attribution": self.attribution}


ANONYMOUS_KINDS = frozenset({SourceKind.ANONYMOUS_PERSON})


@dataclass(frozen=True, slots=True)
class Profile:
    """Sourcing counts for one article, over claims only: how many sources of each kind make
    claims, how many claims, and how much rests on anonymous sources. ``flagged`` counts the other
    attributions (beliefs, perceptions, unasserted speech), which stay in the output."""

    sources: int
    named_person: int
    anonymous_person: int
    organization: int
    document: int
    unknown: int
    attributions: int  # claims
    anonymous_share: float  # share of claims whose source is anonymous
    flagged: int = 0

    @classmethod
    def of(cls, sources: tuple[Source, ...], attributions: tuple[Attribution, ...]) -> Profile:
        claims = [a for a in attributions if a.is_claim]
        claiming = {a.source for a in claims}
        listed = [s for s in sources if s.id in claiming]
        kind_of = {s.id: s.kind for s in listed}
        anonymous = sum(1 for a in claims if kind_of.get(a.source or "") in ANONYMOUS_KINDS)

        def count(kind: SourceKind) -> int:
            return sum(1 for s in listed if s.kind is kind)

        return cls(
            sources=len(listed),
            named_person=count(SourceKind.NAMED_PERSON),
            anonymous_person=count(SourceKind.ANONYMOUS_PERSON),
            organization=count(SourceKind.ORGANIZATION),
            document=count(SourceKind.DOCUMENT),
            unknown=count(SourceKind.UNKNOWN),
            attributions=len(claims),
            anonymous_share=round(anonymous / len(claims), 3) if claims else 0.0,
            flagged=len(attributions) - len(claims),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "named_person": self.named_person,
            "anonymous_person": self.anonymous_person,
            "organization": self.organization,
            "document": self.document,
            "unknown": self.unknown,
            "attributions": self.attributions,
            "anonymous_share": self.anonymous_share,
            "flagged": self.flagged,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as read: the decoded text and whatever metadata the input carried."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    origin: str = "<text>"  # where it came from (path, path:line, URL), for error messages
    # boilerplate the input's markup shows (HTML lines that are wholly a link to another story)
    flagged: tuple[Boilerplate, ...] = ()

    @property
    def id(self) -> str:
        return article_id(self.text)


def with_claims(
    sources: tuple[Source, ...], attributions: tuple[Attribution, ...]
) -> tuple[Source, ...]:
    """``sources`` with their claims counted from ``attributions``."""
    claims = Counter(a.source for a in attributions if a.is_claim)
    if all(s.claims == claims[s.id] for s in sources):
        return sources
    return tuple(replace(s, claims=claims[s.id]) for s in sources)


@dataclass(frozen=True, slots=True)
class Analysis:
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: date | None
    text: str
    boilerplate: tuple[Boilerplate, ...]
    sources: tuple[Source, ...]
    attributions: tuple[Attribution, ...]
    entities: tuple[Entity, ...]
    timeline: tuple[TimelineEntry, ...]
    conflicts: tuple[Conflict, ...] = ()  # disagreements inside the article (dates, weekdays)
    profile: Profile = field(init=False)

    def __post_init__(self) -> None:
        # Claim counts and the profile are derived, never passed in, so they cannot disagree with
        # the attributions.
        object.__setattr__(self, "sources", with_claims(self.sources, self.attributions))
        object.__setattr__(self, "profile", Profile.of(self.sources, self.attributions))

    @property
    def claims(self) -> tuple[Attribution, ...]:
        """The attributions that are claims (asserted speech or writing)."""
        return tuple(a for a in self.attributions if a.is_claim)

    @property
    def claim_sources(self) -> tuple[Source, ...]:
        """The article's sources: those that make at least one claim."""
        return tuple(s for s in self.sources if s.claims)

    def source(self, source_id: str | None) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "sources": [s.to_dict() for s in self.sources],
            "attributions": [a.to_dict() for a in self.attributions],
            "entities": [e.to_dict() for e in self.entities],
            "timeline": [t.to_dict() for t in self.timeline],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "profile": self.profile.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        return cls(
            id=d["id"],
            title=d.get("title"),
            outlet=d.get("outlet"),
            url=d.get("url"),
            published=date.fromisoformat(d["published"]) if d.get("published") else None,
            text=d["text"],
            boilerplate=tuple(Boilerplate.from_dict(b) for b in d["boilerplate"]),
            sources=tuple(Source.from_dict(s) for s in d["sources"]),
            attributions=tuple(Attribution.from_dict(a) for a in d["attributions"]),
            entities=tuple(Entity.from_dict(e) for e in d["entities"]),
            timeline=tuple(TimelineEntry.from_dict(t) for t in d["timeline"]),
            conflicts=tuple(Conflict.from_dict(c) for c in d.get("conflicts", ())),
        )
