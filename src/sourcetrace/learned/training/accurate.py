"""Train the accurate method's filter: ``sourcetrace train accurate SPLIT --gold FILES``.

Examples come from PolNeAR's train split and from the tune split of our gold set (never its
held-out files, nor the PolNeAR texts they annotate): every article is parsed as the pipeline
parses it, the rules and the MiniLM tagger run on the parse, and their candidates are paired
(`sourcetrace.learned.pairing`). A pair is a true attribution when either candidate's content
overlaps a gold content by at least half of the longer one (the scorers' overlap match). A gold-set
pair weighs ``GOLD_WEIGHT`` PolNeAR ones: our gold counts only what someone said, believed or
perceived, where PolNeAR also marks actions and intentions, so most pairs the tagger alone finds
are true for PolNeAR and false for our gold.

The threshold is set for precision: the lowest of `THRESHOLDS` at which the gold tune files reach
``PRECISION_FLOOR``, each file scored by a filter fitted without its third of the files.

Which side's span each role takes, where the two differ, is learned on the pairs both methods
found with exactly one side's span equal to the gold one (a logistic model per role, the same
weights).

MiniLM inference is most of the time (about 10 minutes for train on one core after the parse):
``--tagged FILE`` keeps its spans between runs, ``--cache FILE.spacy`` the parses.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.eval.gold import GoldError, Split, default_roots, load_gold
from sourcetrace.eval.spans import ScoredAttribution, piece_of
from sourcetrace.learned.accurate import Filter
from sourcetrace.learned.extract import extract_learned
from sourcetrace.learned.labels import Role, RoleSpan
from sourcetrace.learned.logistic import Logistic, Row, fit
from sourcetrace.learned.pair_features import pair_rows, side_row
from sourcetrace.learned.pairing import Pair, align
from sourcetrace.learned.training.corpus import parsed_split
from sourcetrace.model import SpanRole
from sourcetrace.nlp import blank_boilerplate, load_pipeline, remember_text
from sourcetrace.nlp.parse import parse_batch

GOLD_WEIGHT = 20.0
PRECISION_FLOOR = 0.93  # the accurate-mode issue's target for attribution precision on our gold
THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(14))  # 0.3 to 0.95
GOLD_FOLDS = 3
OVERLAP = 0.5  # of the longer content, as the scorers match


@dataclass(frozen=True, slots=True)
class Example:
    """One article's pairs, their features, and the gold attribution each matches (or None)."""

    text: str
    pairs: list[Pair]
    rows: list[Row]
    matched: list[ScoredAttribution | None]
    weight: float


Spans = dict[str, list[tuple[str, int, int, float]]]  # article key -> its tagged spans, as JSON
TagFn = Callable[[Doc, Sequence[Candidate]], list[RoleSpan]]


def example(
    key: str,
    doc: Doc,
    text: str,
    gold: list[ScoredAttribution],
    weight: float,
    tagged: Spans,
    tag: TagFn,
) -> Example:
    """The pairs of one parsed article (``doc`` parses ``text`` masked); ``tagged`` caches the
    tagger's spans under ``key``."""
    rules = extract_rule_attributions(doc)
    if key not in tagged:
        tagged[key] = [(s.role.value, s.start, s.end, s.score) for s in tag(doc, rules)]
    spans = [RoleSpan(Role(r), int(s), int(e), float(p)) for r, s, e, p in tagged[key]]
    found = extract_learned(doc, rules, combined=False, tagger=lambda _d, _r: spans)
    pairs = align(rules, found)
    return Example(
        text, pairs, pair_rows(doc, pairs), [matched_gold(text, p, gold) for p in pairs], weight
    )


def candidate_roles(text: str, cand: Candidate) -> ScoredAttribution:
    content = [(p.start, p.end) for p in cand.content]
    return ScoredAttribution.of(
        text, content, piece_of(cand.cue), piece_of(cand.speaker), type=cand.type
    )


def matched_gold(
    text: str, pair: Pair, gold: Sequence[ScoredAttribution]
) -> ScoredAttribution | None:
    """The gold attribution whose content best overlaps either candidate's, if any does.

    A quote paragraph continuing the previous speaker is its own attribution in our model and a
    further piece of one in PolNeAR's: it matches a gold content that holds half of it."""
    best: tuple[float, ScoredAttribution] | None = None
    for cand in (pair.rules, pair.tagged):
        if cand is None:
            continue
        own = candidate_roles(text, cand).content
        for g in gold:
            if own is None or g.content is None:
                continue
            longer = own.length if cand.continues else max(own.length, g.content.length)
            share = own.shared(g.content) / longer
            if share >= OVERLAP and (best is None or share > best[0]):
                best = (share, g)
    return best[1] if best else None


def held_out_texts(files: Sequence[Path]) -> frozenset[str]:
    """The names (stems) of the texts our gold set holds out: a PolNeAR train text among them
    (rule 14 draws the held-out split from PolNeAR train) is never trained on. An unreadable file
    holds nothing out; `gold_examples` reports it."""
    names = set()
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        if isinstance(data, dict) and data.get("split") == Split.HELDOUT.value:
            names.add(Path(str(data.get("text_file", ""))).stem)
    return frozenset(names)


def polnear_examples(
    split: Path, cache: Path | None, tagged: Spans, tag: TagFn, held_out: frozenset[str]
) -> Iterator[Example]:
    for article, doc in parsed_split(split, cache, skip=held_out):
        gold = [
            ScoredAttribution.of(article.text, a.content, a.cue, a.source)
            for a in article.attributions
        ]
        yield example(f"polnear/{article.name}", doc, article.text, gold, 1.0, tagged, tag)


def gold_examples(files: Sequence[Path], tagged: Spans, tag: TagFn) -> Iterator[Example]:
    """Our gold set's tune files only: the held-out ones are never read for training."""
    nlp = load_pipeline()
    for path in files:
        try:
            gold = load_gold(path, default_roots())
        except GoldError as e:
            print(f"skipped: {e}", file=sys.stderr)  # one bad file never ends the training
            continue
        if gold.split is not Split.TUNE:
            continue
        masked = blank_boilerplate(gold.text)[1]
        doc = parse_batch(nlp, [masked])[0]
        if isinstance(doc, Exception):
            raise doc
        remember_text(doc, masked)
        spans = [
            ScoredAttribution.of(
                gold.text,
                a.content,
                [a.cue] if a.cue else [],
                [a.speaker] if a.speaker else [],
            )
            for a in gold.attributions
        ]
        yield example(f"gold/{path.stem}", doc, gold.text, spans, GOLD_WEIGHT, tagged, tag)


def side_models(examples: Sequence[Example]) -> dict[SpanRole, Logistic]:
    """Per role, the model telling whether the tagger's span is the right one of the two."""
    data: dict[SpanRole, tuple[list[Row], list[bool], list[float]]] = {
        role: ([], [], []) for role in SpanRole
    }
    for ex in examples:
        for pair, gold in zip(ex.pairs, ex.matched, strict=True):
            if gold is None or pair.rules is None or pair.tagged is None:
                continue
            ours, theirs = (
                candidate_roles(ex.text, pair.rules),
                candidate_roles(ex.text, pair.tagged),
            )
            for role, (rows, labels, weights) in data.items():
                right = gold.span(role)
                if None in (right, ours.span(role), theirs.span(role)):
                    continue
                if (ours.span(role) == right) != (theirs.span(role) == right):
                    rows.append(side_row(ex.text, pair, role))
                    labels.append(theirs.span(role) == right)
                    weights.append(ex.weight)
    return {role: fit(*columns) for role, columns in data.items() if columns[0]}


def fit_examples(examples: Sequence[Example]) -> Logistic:
    rows = [r for ex in examples for r in ex.rows]
    labels = [m is not None for ex in examples for m in ex.matched]
    weights = [ex.weight for ex in examples for _ in ex.matched]
    return fit(rows, labels, weights)


def precise_threshold(polnear: Sequence[Example], gold: Sequence[Example]) -> float:
    """The lowest threshold at which held-apart gold files reach `PRECISION_FLOOR` (the highest
    one if none does)."""
    scored: list[tuple[float, bool]] = []
    for k in range(GOLD_FOLDS):
        model = fit_examples([*polnear, *(ex for i, ex in enumerate(gold) if i % GOLD_FOLDS != k)])
        scored += [
            (model.probability(row), m is not None)
            for ex in gold[k::GOLD_FOLDS]
            for row, m in zip(ex.rows, ex.matched, strict=True)
        ]
    for threshold in THRESHOLDS:
        kept = [true for p, true in scored if p >= threshold]
        if kept and sum(kept) >= PRECISION_FLOOR * len(kept):
            return threshold
    return THRESHOLDS[-1]


def train_filter(polnear: Sequence[Example], gold: Sequence[Example]) -> Filter:
    examples = [*polnear, *gold]
    threshold = precise_threshold(polnear, gold)
    return Filter(fit_examples(examples), threshold, side_models(examples))


def write(filt: Filter, out: Path) -> None:
    """The filter as JSON, written atomically."""
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(filt.to_dict(), f, indent=1)
        f.write("\n")
    os.chmod(tmp, 0o644)  # mkstemp's 0600 would keep the shipped file from other users
    os.replace(tmp, out)


def train(
    split: Path,
    gold_files: Sequence[Path],
    out: Path,
    cache: Path | None,
    tagged_cache: Path | None,
    tag: TagFn,
    progress: Callable[[int, int | None], object] = lambda done, total: None,
    hold_out: Collection[str] = frozenset(),
) -> tuple[Filter, int, int]:
    """Train and write the filter: (the filter, articles, candidate pairs); ``progress`` gets
    the articles read so far. ``tagged_cache`` keeps
    the MiniLM's spans between runs, as ``cache`` keeps the parses. The PolNeAR texts named in
    ``hold_out`` (stems) are left out with those the gold set holds out: a split drawn for
    held-out annotation is kept from training before its gold files exist."""
    tagged: Spans = {}
    if tagged_cache is not None and tagged_cache.is_file():
        tagged = json.loads(tagged_cache.read_text(encoding="utf-8"))
    polnear: list[Example] = []
    gold: list[Example] = []
    for into, read in (
        (
            polnear,
            polnear_examples(
                split, cache, tagged, tag, held_out_texts(gold_files) | frozenset(hold_out)
            ),
        ),
        (gold, gold_examples(gold_files, tagged, tag)),
    ):
        for ex in read:
            into.append(ex)
            progress(len(polnear) + len(gold), None)
    if tagged_cache is not None:
        tagged_cache.write_text(json.dumps(tagged), encoding="utf-8")
    filt = train_filter(polnear, gold)
    write(filt, out)
    examples = [*polnear, *gold]
    return filt, len(examples), sum(len(ex.pairs) for ex in examples)
