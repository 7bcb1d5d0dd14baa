"""Our own annotated articles (``tests/gold/*.json``) and how an `Analysis` scores against them.

The gold format is documented in ``tests/gold/README.md``. A gold file names its article's text
file (``text_file``), which is looked up under a list of roots (the repository for our own demo
article, ``../shared/corpus`` for the copyrighted corpora): a plain text file is read as it is, a
JSON Lines file gives the ``text`` of the record whose ``id`` is the gold file's ``record``, and an
HTML page (``.html`` or ``.html.gz``) gives the text sourcetrace itself extracts from it. Gold
files hold offsets and short anchors only, and loading checks every anchor against the text, so a
changed text or a changed extraction is caught.

Scores (`score`), each kept as numerator and denominator so articles pool (`GoldScore.__add__`):

- attributions: a gold and a predicted attribution match when their contents overlap by at least
  half of the longer one, one-to-one (`sourcetrace.eval.spans`, as for PolNeAR); precision,
  recall, F1.
- claims: the same, counting only asserted speech and writing on both sides (a gold attribution
  whose ``cue_class`` is speech or written and that is not ``asserted: false``; a predicted one
  whose ``is_claim`` holds), matched among themselves.
- among matched pairs: exact cue, exact speaker, exact content (identical pieces once surrounding
  whitespace is trimmed; two absent cues or speakers agree), same attribution type, same cue
  class, same assertion.
- sources, among matched pairs: B-cubed precision/recall/F1 between gold source keys and predicted
  source ids (`sourcetrace.eval.clusters`); the predicted source's kind equals the gold kind; for
  gold named people, the predicted source's name equals the gold name (case and spacing aside).
- boilerplate: a gold and a predicted span match when their labels agree and they overlap by at
  least half of the longer one; precision and recall.
- dates, only for files with a ``timeline`` list: a gold dated expression and a predicted timeline
  entry match when they overlap by at least half of the longer one, one-to-one; precision, recall,
  and among matched pairs the same ISO value (a gold ``null``, undatable, wants the empty value).
  The analysis is anchored to the file's publication date: its ``published``, else the record's
  ``published`` or the date the page gives.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sourcetrace.eval.clusters import bcubed
from sourcetrace.eval.spans import Match, Piece, Span, harmonic_f1, make_span, match
from sourcetrace.ingest import IngestError, article_from_html
from sourcetrace.ingest.metadata import parse_published
from sourcetrace.model import (
    CLAIM_CLASSES,
    Analysis,
    Article,
    Attribution,
    AttributionType,
    Boilerplate,
    BoilerplateLabel,
    CueClass,
    SourceKind,
    TextSpan,
    TimelineEntry,
)
from sourcetrace.names import plain_apostrophes


class Split(StrEnum):
    """Which part of the gold set a file belongs to: tuned against, or held back and scored only
    at the end."""

    TUNE = "tune"
    HELDOUT = "heldout"


E = TypeVar("E", SourceKind, AttributionType, BoilerplateLabel, CueClass, Split)


class GoldError(ValueError):
    """A gold file that cannot be read, or that does not fit its text or the analysis."""


@dataclass(frozen=True, slots=True)
class GoldSource:
    key: str
    name: str
    kind: SourceKind
    description: str | None


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    source: str  # a GoldSource key
    type: AttributionType
    cue: Piece | None
    speaker: Piece | None
    content: tuple[Piece, ...]
    cue_class: CueClass
    asserted: bool = True  # false for negated or unrealized speech whose content still informs

    @property
    def is_claim(self) -> bool:
        return self.asserted and self.cue_class in CLAIM_CLASSES


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A dated expression and its ISO value as the timeline writes it; None when undatable."""

    span: Piece
    value: str | None


@dataclass(frozen=True, slots=True)
class Gold:
    path: Path
    text: str
    split: Split
    sources: tuple[GoldSource, ...]
    attributions: tuple[GoldAttribution, ...]
    boilerplate: tuple[Boilerplate, ...]
    published: date | None = None
    timeline: tuple[GoldDate, ...] | None = None  # None: dates not annotated, not scored
    # Spans the page's markup flags (its link lines): `analyze page.html` reads them too.
    flagged: tuple[Boilerplate, ...] = ()

    def source(self, key: str) -> GoldSource:
        return next(s for s in self.sources if s.key == key)

    def article(self) -> Article:
        """The article to analyze, as ``sourcetrace analyze`` reads it: the text, anchored to its
        publication date, with the spans its page's markup flags."""
        return Article(
            text=self.text, published=self.published, origin=str(self.path), flagged=self.flagged
        )


def default_roots() -> tuple[Path, ...]:
    """Where text files are looked up: the working directory, then the shared corpora and data sets
    beside it (under ``$SOURCETRACE_SHARED`` when set, as in the tests): ``aeb/...`` is a corpus,
    ``polnear/train/text/...`` a data set's text."""
    shared = Path(os.environ.get("SOURCETRACE_SHARED", Path.cwd().parent / "shared"))
    return (Path.cwd(), shared / "corpus", shared / "data")


def _read_text(
    gold: _Reader, roots: Sequence[Path]
) -> tuple[str, date | None, tuple[Boilerplate, ...]]:
    """The text the gold file's ``text_file`` (and ``record``) names, from the first root that has
    the file, with the publication date the record or page gives and the spans a page's markup
    flags."""
    text_file = gold.str_("text_file")
    found = next((root / text_file for root in roots if (root / text_file).is_file()), None)
    if found is None:
        where = ", ".join(str(r) for r in roots)
        raise GoldError(f"{gold.where}: text file {text_file} is under none of: {where}")
    is_jsonl = text_file.endswith(".jsonl")
    if is_jsonl != (gold.data.get("record") is not None):
        raise GoldError(f"{gold.where}: record is required with a .jsonl text file, and only then")
    try:
        if is_jsonl:
            text, published = _record_text(gold, _jsonl_texts(found), gold.str_("record"))
            return text, parse_published(published) if published else None, ()
        if text_file.endswith((".html", ".html.gz")):
            page = _page(found)
            return page.text, page.published, page.flagged
        return found.read_text(encoding="utf-8"), None, ()
    except (OSError, UnicodeDecodeError, ValueError, IngestError) as e:
        raise GoldError(f"{gold.where}: cannot read text file {found}: {e}") from None


@lru_cache(maxsize=4)
def _jsonl_texts(path: Path) -> Mapping[str, tuple[str, object]]:
    """The ``text`` and ``published`` of each record of a JSON Lines file by its ``id``; read once
    per file, as many gold files name records of the same corpus."""
    texts = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    texts[str(record.get("id"))] = (record["text"], record.get("published"))
    return texts


def _record_text(
    gold: _Reader, texts: Mapping[str, tuple[str, object]], record: str
) -> tuple[str, object]:
    if record not in texts:
        raise GoldError(f"{gold.where}: no record with id {record!r} in {gold.data['text_file']}")
    return texts[record]


def _page(path: Path) -> Article:
    """The article ``sourcetrace analyze`` extracts from an HTML page (gzip-compressed or not)."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return article_from_html(data, origin=str(path))


def load_gold(path: Path, roots: Sequence[Path]) -> Gold:
    """Read a gold file and its text, checking every span and anchor against the text."""
    data = _read_json(path)
    text, published, flagged = _read_text(_Reader(path, data), roots)
    r = _Reader(path, data, text)
    sources = tuple(
        GoldSource(
            key=s.str_("key"),
            name=s.str_("name"),
            kind=s.enum("kind", SourceKind),
            description=s.opt_str("description"),
        )
        for s in r.items("sources")
    )
    keys = {s.key for s in sources}
    if len(keys) != len(sources):
        raise GoldError(f"{path}: two sources share a key")
    attributions = tuple(_attribution(a, keys) for a in r.items("attributions"))
    boilerplate = tuple(
        Boilerplate(*b.span(("start", "end"), "anchor"), b.enum("label", BoilerplateLabel))
        for b in r.items("boilerplate")
    )
    split = r.enum("split", Split) if data.get("split") is not None else Split.TUNE
    if data.get("published") is not None:
        try:
            published = parse_published(data["published"])
        except IngestError as e:
            raise GoldError(f"{path}: {e}") from None
    timeline = None
    if data.get("timeline") is not None:
        timeline = tuple(
            GoldDate(d.piece(d.data.get("span"), d.data.get("anchor")), d.opt_str("value"))
            for d in r.items("timeline")
        )
    return Gold(
        path, r.text, split, sources, attributions, boilerplate, published, timeline, flagged
    )


def _attribution(a: _Reader, keys: set[str]) -> GoldAttribution:
    source = a.str_("source")
    if source not in keys:
        raise GoldError(f"{a.where}: source {source!r} is not among the sources")
    pieces = a.data.get("content")
    anchors = a.data.get("content_anchors")
    if not isinstance(pieces, list) or not pieces:
        raise GoldError(f"{a.where}: content must be a non-empty list of [start, end]")
    if not isinstance(anchors, list) or len(anchors) != len(pieces):
        raise GoldError(f"{a.where}: content_anchors must give one anchor per content piece")
    content = tuple(a.piece(p, anchor) for p, anchor in zip(pieces, anchors, strict=True))
    asserted = a.data.get("asserted", True)
    if not isinstance(asserted, bool):
        raise GoldError(f"{a.where}: asserted must be true or false")
    return GoldAttribution(
        source=source,
        type=a.enum("type", AttributionType),
        cue=a.opt_span("cue", "cue_anchor"),
        speaker=a.opt_span("speaker", "speaker_anchor"),
        content=content,
        cue_class=a.enum("cue_class", CueClass),
        asserted=asserted,
    )


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: cannot read gold file: {e}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file is a JSON object")
    return data


class _Reader:
    """Typed access to one JSON object of a gold file; errors name the file and the item."""

    def __init__(self, where: Path | str, data: Any, text: str = "") -> None:
        if not isinstance(data, dict):
            raise GoldError(f"{where}: expected a JSON object")
        self.where, self.data, self.text = str(where), data, text

    def items(self, key: str) -> list[_Reader]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise GoldError(f"{self.where}: {key} must be a list")
        return [_Reader(f"{self.where}: {key}[{i}]", v, self.text) for i, v in enumerate(value)]

    def str_(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value:
            raise GoldError(f"{self.where}: {key} must be a non-empty string")
        return value

    def opt_str(self, key: str) -> str | None:
        return self.str_(key) if self.data.get(key) is not None else None

    def enum(self, key: str, kind: type[E]) -> E:
        value = self.data.get(key)
        try:
            return kind(str(value))
        except ValueError:
            allowed = "|".join(m.value for m in kind)
            raise GoldError(f"{self.where}: {key} is {value!r}, not one of {allowed}") from None

    def piece(self, value: Any, anchor: Any) -> Piece:
        """A [start, end] pair inside the text whose text begins with ``anchor``."""
        ok = isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)
        if not ok or not 0 <= value[0] < value[1] <= len(self.text):
            raise GoldError(f"{self.where}: {value!r} is not a span of the text")
        covered = " ".join(self.text[value[0] : value[1]].split())
        if not isinstance(anchor, str) or not covered.startswith(anchor):
            raise GoldError(f"{self.where}: text at {value} does not begin with {anchor!r}")
        return value[0], value[1]

    def span(self, keys: tuple[str, str], anchor: str) -> Piece:
        return self.piece([self.data.get(keys[0]), self.data.get(keys[1])], self.data.get(anchor))

    def opt_span(self, key: str, anchor: str) -> Piece | None:
        """A cue or speaker span, which holds whole words: an offset finder that matched a short
        anchor inside a longer word ("he" in "they") is caught here. Content is not held to this,
        since extracted pages can glue words together."""
        value = self.data.get(key)
        if value is None:
            return None
        start, end = self.piece(value, self.data.get(anchor))
        text = self.text
        if _inside_word(text, start) or _inside_word(text, end):
            raise GoldError(f"{self.where}: {key} {value} cuts a word: {text[start:end]!r}")
        return start, end


@dataclass(frozen=True, slots=True)
class Ratio:
    """A score as numerator and denominator, so scores pool by adding; None when nothing counted."""

    num: float = 0.0
    den: int = 0

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.num + other.num, self.den + other.den)

    @classmethod
    def rate(cls, outcomes: Iterable[bool]) -> Ratio:
        counted = list(outcomes)
        return cls(sum(counted), len(counted))


def f1(precision: Ratio, recall: Ratio) -> float | None:
    p, r = precision.value, recall.value
    return None if p is None or r is None else harmonic_f1(p, r)


@dataclass(frozen=True, slots=True)
class GoldScore:
    attribution_precision: Ratio = Ratio()
    attribution_recall: Ratio = Ratio()
    claim_precision: Ratio = Ratio()
    claim_recall: Ratio = Ratio()
    cue_exact: Ratio = Ratio()
    speaker_exact: Ratio = Ratio()
    content_exact: Ratio = Ratio()
    type_accuracy: Ratio = Ratio()
    cue_class_accuracy: Ratio = Ratio()
    asserted_accuracy: Ratio = Ratio()
    bcubed_precision: Ratio = Ratio()
    bcubed_recall: Ratio = Ratio()
    kind_accuracy: Ratio = Ratio()
    name_accuracy: Ratio = Ratio()
    boilerplate_precision: Ratio = Ratio()
    boilerplate_recall: Ratio = Ratio()
    date_precision: Ratio = Ratio()
    date_recall: Ratio = Ratio()
    date_value_accuracy: Ratio = Ratio()

    def __add__(self, other: GoldScore) -> GoldScore:
        return GoldScore(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def attribution_f1(self) -> float | None:
        return f1(self.attribution_precision, self.attribution_recall)

    @property
    def claim_f1(self) -> float | None:
        return f1(self.claim_precision, self.claim_recall)

    @property
    def bcubed_f1(self) -> float | None:
        return f1(self.bcubed_precision, self.bcubed_recall)

    @property
    def boilerplate_f1(self) -> float | None:
        return f1(self.boilerplate_precision, self.boilerplate_recall)

    @property
    def date_f1(self) -> float | None:
        return f1(self.date_precision, self.date_recall)

    def metrics(self) -> dict[str, float | None]:
        """Every score by name, F1s after their precision and recall, in table order."""
        out: dict[str, float | None] = {}
        for f in fields(self):
            out[f.name] = getattr(self, f.name).value
            if f.name.endswith("_recall"):
                stem = f.name.removesuffix("_recall")
                out[f"{stem}_f1"] = getattr(self, f"{stem}_f1")
        return out

    def counts(self) -> dict[str, int]:
        """Gold and predicted attributions, claims and dates, and how many matched."""
        return {
            "gold": self.attribution_recall.den,
            "predicted": self.attribution_precision.den,
            "matched": int(self.attribution_recall.num),
            "gold_claims": self.claim_recall.den,
            "predicted_claims": self.claim_precision.den,
            "matched_claims": int(self.claim_recall.num),
            "gold_dates": self.date_recall.den,
            "predicted_dates": self.date_precision.den,
            "matched_dates": int(self.date_recall.num),
        }


def matched_pairs(
    gold: Gold, analysis: Analysis, *, claims_only: bool = False
) -> list[tuple[GoldAttribution, Attribution]]:
    """Gold and predicted attributions paired one-to-one by content overlap, in gold order;
    with ``claims_only``, only the claims of each side."""
    if analysis.text != gold.text:
        raise GoldError(f"{gold.path}: the analysis is not of this gold file's text")
    text = gold.text
    golds = [
        (g, s)
        for g in gold.attributions
        if (g.is_claim or not claims_only) and (s := make_span(text, g.content))
    ]
    preds = [
        (a, s)
        for a in analysis.attributions
        if (a.is_claim or not claims_only) and (s := make_span(text, _pieces(a.content)))
    ]
    pairs = match([s for _, s in golds], [s for _, s in preds], Match.OVERLAP)
    return [(golds[g][0], preds[p][0]) for g, p in pairs]


def score(gold: Gold, analysis: Analysis) -> GoldScore:
    """How ``analysis`` of the gold file's text scores against it."""
    text = gold.text
    matched = matched_pairs(gold, analysis)
    claims = len(matched_pairs(gold, analysis, claims_only=True))
    sources = {s.id: s for s in analysis.sources}
    found = [(g, p, sources.get(p.source or "")) for g, p in matched]
    b_precision, b_recall = bcubed([g.source for g, _ in matched], [p.source for _, p in matched])
    named = [
        (gold.source(g.source).name, s)
        for g, _, s in found
        if gold.source(g.source).kind is SourceKind.NAMED_PERSON
    ]
    bp_hits = sum(
        len(
            match(
                _boilerplate(text, gold.boilerplate, label),
                _boilerplate(text, analysis.boilerplate, label),
                Match.OVERLAP,
            )
        )
        for label in BoilerplateLabel
    )
    return replace(
        _dates(gold, analysis.timeline) if gold.timeline is not None else GoldScore(),
        attribution_precision=Ratio(len(matched), len(analysis.attributions)),
        attribution_recall=Ratio(len(matched), len(gold.attributions)),
        claim_precision=Ratio(claims, sum(a.is_claim for a in analysis.attributions)),
        claim_recall=Ratio(claims, sum(g.is_claim for g in gold.attributions)),
        cue_exact=Ratio.rate(_same(text, g.cue, p.cue) for g, p in matched),
        speaker_exact=Ratio.rate(_same(text, g.speaker, p.speaker) for g, p in matched),
        content_exact=Ratio.rate(
            make_span(text, g.content) == make_span(text, _pieces(p.content)) for g, p in matched
        ),
        type_accuracy=Ratio.rate(g.type is p.type for g, p in matched),
        cue_class_accuracy=Ratio.rate(g.cue_class is p.cue_class for g, p in matched),
        asserted_accuracy=Ratio.rate(g.asserted == p.asserted for g, p in matched),
        bcubed_precision=Ratio(b_precision, len(matched)),
        bcubed_recall=Ratio(b_recall, len(matched)),
        kind_accuracy=Ratio.rate(
            s is not None and s.kind is gold.source(g.source).kind for g, _, s in found
        ),
        name_accuracy=Ratio.rate(s is not None and _norm(s.name) == _norm(n) for n, s in named),
        boilerplate_precision=Ratio(bp_hits, len(analysis.boilerplate)),
        boilerplate_recall=Ratio(bp_hits, len(gold.boilerplate)),
    )


def _dates(gold: Gold, timeline: Sequence[TimelineEntry]) -> GoldScore:
    """Date precision, recall and value accuracy of ``timeline`` against the gold dates."""
    golds = [(g, s) for g in gold.timeline or () if (s := make_span(gold.text, [g.span]))]
    preds = [(e, s) for e in timeline if (s := make_span(gold.text, [(e.start, e.end)]))]
    pairs = match([s for _, s in golds], [s for _, s in preds], Match.OVERLAP)
    return GoldScore(
        date_precision=Ratio(len(pairs), len(timeline)),
        date_recall=Ratio(len(pairs), len(gold.timeline or ())),
        date_value_accuracy=Ratio.rate(
            (golds[g][0].value or "") == preds[p][0].value for g, p in pairs
        ),
    )


def _pieces(spans: Iterable[TextSpan]) -> tuple[Piece, ...]:
    return tuple((s.start, s.end) for s in spans)


def _boilerplate(text: str, spans: Iterable[Boilerplate], label: BoilerplateLabel) -> list[Span]:
    return [s for b in spans if b.label is label and (s := make_span(text, [(b.start, b.end)]))]


def _same(text: str, gold: Piece | None, predicted: TextSpan | None) -> bool:
    """Identical spans once whitespace is trimmed; two absent spans agree."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return make_span(text, [gold]) == make_span(text, [(predicted.start, predicted.end)])


def _inside_word(text: str, offset: int) -> bool:
    """``offset`` falls between two letters or digits of one word."""
    return 0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum()


def _norm(name: str) -> str:
    """A name as compared: case, spacing and apostrophe style aside (the gold writes "O'Malley"
    where the page may have "O’Malley")."""
    return " ".join(plain_apostrophes(name).casefold().split())
