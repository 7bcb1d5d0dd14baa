"""Cross-validate the accurate method's filter over the gold set's tune files, scored as
``sourcetrace eval gold`` scores them (attribution precision, recall, speaker exact match).

The files fall into the trainer's three folds (`GOLD_FOLDS`, the i-th tune file in name order in
fold i % 3). For each fold a filter is fitted, as `sourcetrace train accurate` fits it, on PolNeAR
train and the other two folds; a PolNeAR text that a file of the fold annotates is left out of
that fit too, so no text is scored by a filter that saw it. The fold's files are then analyzed
with the rules and with the fold's filter at each threshold, and the counts are pooled.

    python bench/accurate_cv.py ../shared/data/polnear/train tests/gold/*.json \\
        --cache /tmp/train.spacy --tagged /tmp/tagged.json --hold-out-file names.txt \\
        --subset rule20=../notes/rule20_files.txt --subset rule21=../notes/rule21_files.txt

``--cache`` and ``--tagged`` are the trainer's caches (`make train-accurate` with them writes
both); ``--gold-state`` and ``--polnear-state`` keep the pairs between runs (with no
``--polnear-state``, only the gold files' state is computed, as it may be beside the training).
MiniLM was trained on all of PolNeAR train, so on the PolNeAR texts its part is never unseen.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, DocBin

from sourcetrace.attribution import extract_rule_attributions
from sourcetrace.attribution.candidate import Candidate
from sourcetrace.english import reads_as_english
from sourcetrace.entities import link_sources
from sourcetrace.eval.gold import Gold, Split, default_roots, load_gold, score
from sourcetrace.eval.spans import ScoredAttribution
from sourcetrace.ingest import normalized
from sourcetrace.learned.accurate import Filter, load_filter, merge
from sourcetrace.learned.extract import extract_learned
from sourcetrace.learned.labels import Role, RoleSpan
from sourcetrace.learned.logistic import Logistic, Row
from sourcetrace.learned.pairing import Pair
from sourcetrace.learned.training import accurate as trainer
from sourcetrace.learned.training.corpus import parsed_split
from sourcetrace.model import Analysis, with_claims
from sourcetrace.nlp import blank_boilerplate, doc_text, load_pipeline, remember_text
from sourcetrace.nlp.parse import parse_batch
from sourcetrace.pipeline import analyze_doc
from sourcetrace.sources import resolve_sources

THRESHOLDS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


@dataclass
class GoldFile:
    """One tune file: its rules-only analysis, both sides' candidates, and its training pairs."""

    path: Path
    fold: int
    polnear: str | None  # the PolNeAR text it annotates, if any
    base: Analysis
    rules: list[Candidate]
    tagged: list[Candidate]
    example: trainer.Example


Keep = Callable[[float, Pair, Row], bool]  # (the filter's probability, the pair, its row) -> kept


def polnear_name(path: Path) -> str | None:
    stem = Path(str(json.loads(path.read_text(encoding="utf-8")).get("text_file", ""))).stem
    return stem or None


def gold_files(paths: Sequence[Path], tagged: trainer.Spans) -> tuple[list[GoldFile], list[Doc]]:
    """The tune files, analyzed as ``eval gold`` analyzes them, in name order."""
    nlp = load_pipeline()
    out, docs = [], []
    tune = [p for p in sorted(paths) if load_gold(p, default_roots()).split is Split.TUNE]
    for i, path in enumerate(tune):
        gold = load_gold(path, default_roots())
        article = normalized(gold.article())
        boilerplate, masked = blank_boilerplate(article.text, article.flagged)
        doc = parse_batch(nlp, [masked])[0]
        assert not isinstance(doc, Exception)
        remember_text(doc, masked)
        key = f"gold/{path.stem}"
        if masked != blank_boilerplate(gold.text)[1]:
            key += "|flagged"  # the trainer's parse masks no flagged spans: tag this one afresh
        spans = [
            ScoredAttribution.of(
                gold.text, a.content, [a.cue] if a.cue else [], [a.speaker] if a.speaker else []
            )
            for a in gold.attributions
        ]
        ex = trainer.example(key, doc, gold.text, spans, trainer.GOLD_WEIGHT, tagged, tag)
        rules = extract_rule_attributions(doc)
        found = [RoleSpan(Role(r), int(s), int(e), float(p)) for r, s, e, p in tagged[key]]
        cands = extract_learned(doc, rules, combined=False, tagger=fixed(found))
        base = analyze_doc(doc, article, boilerplate)
        out.append(
            GoldFile(path, i % trainer.GOLD_FOLDS, polnear_name(path), base, rules, cands, ex)
        )
        docs.append(doc)
        print(f"{i + 1}/{len(tune)} {path.name}", file=sys.stderr)
    return out, docs


def fixed(spans: list[RoleSpan]) -> Callable[[Doc, Sequence[Candidate]], list[RoleSpan]]:
    """A tagger giving the cached spans."""
    return lambda _doc, _rules: spans


def tag(doc: Doc, rules: Sequence[Candidate]) -> list[RoleSpan]:
    from sourcetrace.learned.minilm import tag_doc

    return tag_doc(doc, rules)


def load_gold_state(
    path: Path | None, files: Sequence[Path], tagged: trainer.Spans
) -> tuple[list[GoldFile], list[Doc]]:
    """The tune files' state, from ``path`` when it exists (else computed, and kept there)."""
    if path is not None and path.exists():
        golds, texts = pickle.loads(path.read_bytes())
        vocab = load_pipeline().vocab
        docs = list(DocBin().from_disk(path.with_suffix(".spacy")).get_docs(vocab))
        for doc, text in zip(docs, texts, strict=True):
            remember_text(doc, text)
        return golds, docs
    golds, docs = gold_files(files, tagged)
    if path is not None:
        path.write_bytes(pickle.dumps((golds, [doc_text(d) for d in docs])))
        DocBin(docs=docs).to_disk(path.with_suffix(".spacy"))
    return golds, docs


def load_polnear(
    path: Path | None, args: argparse.Namespace, tagged: trainer.Spans
) -> list[tuple[str, trainer.Example]]:
    """PolNeAR train's pairs by text name, less the held-out texts, kept at ``path``."""
    if path is not None and path.exists():
        return list(pickle.loads(path.read_bytes()))
    hold = set(args.hold_out_file.read_text().split()) if args.hold_out_file else set()
    held = trainer.held_out_texts(args.gold) | hold
    polnear = []
    for article, doc in parsed_split(args.split, args.cache, skip=held):
        gold = [
            ScoredAttribution.of(article.text, a.content, a.cue, a.source)
            for a in article.attributions
        ]
        key = f"polnear/{article.name}"
        polnear.append(
            (article.name, trainer.example(key, doc, article.text, gold, 1.0, tagged, tag))
        )
    if path is not None:
        path.write_bytes(pickle.dumps(polnear))
    return polnear


def read_tagged(path: Path | None) -> trainer.Spans:
    return json.loads(path.read_text(encoding="utf-8")) if path and path.is_file() else {}


def fold_filters(
    polnear: list[tuple[str, trainer.Example]], golds: list[GoldFile], weight: float
) -> list[Filter]:
    """Per fold, the filter fitted without the fold's files (threshold unused: 0)."""
    out = []
    for k in range(trainer.GOLD_FOLDS):
        skip = {g.polnear for g in golds if g.fold == k}
        train = [ex for name, ex in polnear if name not in skip]
        train += [replace(g.example, weight=weight) for g in golds if g.fold != k]
        out.append(Filter(trainer.fit_examples(train), 0.0, trainer.side_models(train)))
        print(f"fold {k}: fitted", file=sys.stderr)
    return out


def accurate_analysis(
    g: GoldFile, doc: Doc, model: Logistic, sides: Filter, keep: Keep
) -> Analysis:
    """The file's analysis with the pairs ``keep`` keeps, merged as `extract_accurate` merges."""
    if not reads_as_english(doc_text(doc)):
        return g.base  # as `extract_attributions`: no method reads a text that is not English
    text = g.base.text
    cands = []
    for pair, row in zip(g.example.pairs, g.example.rows, strict=True):
        p = model.probability(row)
        if keep(p, pair, row):
            cands.append(replace(merge(text, pair, sides.sides), confidence=round(p, 3)))
    cands.sort(key=lambda c: c.start)
    sources, atts = resolve_sources(doc, cands)
    sources, atts = with_claims(sources, atts), atts
    return replace(g.base, sources=link_sources(sources, g.base.entities), attributions=atts)


@cache
def gold_of(path: Path) -> Gold:
    return load_gold(path, default_roots())


def figures(rows: list[tuple[GoldFile, Analysis]], subset: set[str] | None) -> str:
    total = None
    for g, analysis in rows:
        if subset is not None and g.path.name not in subset:
            continue
        s = score(gold_of(g.path), analysis)
        total = s if total is None else total + s
    assert total is not None
    m = total.metrics()
    c = total.counts()
    return (
        f"P {m['attribution_precision']:.3f} R {m['attribution_recall']:.3f} "
        f"F1 {total.attribution_f1:.3f} spk {m['speaker_exact']:.3f} "
        f"kind {m['kind_accuracy']:.3f} gold {c['gold']} pred {c['predicted']} "
        f"matched {c['matched']}"
    )


def above(t: float) -> Keep:
    return lambda p, _pair, _row: p >= t


def modes(t: float) -> list[tuple[str, Keep]]:
    """Which pairs each design keeps at threshold ``t``: the filter's every pair at ``t``; every
    pair the rules found, and the tagger's alone at ``t``; the same with the tagger's alone only
    where the rules' lexicon knows its cue."""

    def lone(pair: Pair) -> bool:
        return pair.rules is None

    return [
        ("filter", above(t)),
        ("rules+tagged", lambda p, pair, _row: not lone(pair) or p >= t),
        ("rules+lex-tagged", lambda p, pair, row: not lone(pair) or (p >= t and "lexicon" in row)),
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", type=Path)
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--tagged", type=Path)
    ap.add_argument("--hold-out-file", type=Path)
    ap.add_argument("--gold-state", type=Path)
    ap.add_argument("--gold-tagged", type=Path, help="MiniLM's spans for the gold files")
    ap.add_argument("--polnear-state", type=Path)
    ap.add_argument("--subset", action="append", default=[])
    ap.add_argument("--weights", default=str(trainer.GOLD_WEIGHT))
    ap.add_argument(
        "--score", type=Path, action="append", default=[], help="a filter to score as it is"
    )
    args = ap.parse_args()
    golds, docs = load_gold_state(args.gold_state, args.gold, read_tagged(args.gold_tagged))
    subsets: dict[str, set[str] | None] = {"all": None}
    for spec in args.subset:
        name, _, file = spec.partition("=")
        subsets[name] = {Path(line).name for line in Path(file).read_text().split()}

    def report(label: str, analyses: list[Analysis]) -> None:
        for name, subset in subsets.items():
            print(
                f"{label:28} {name:8} {figures(list(zip(golds, analyses, strict=True)), subset)}",
                flush=True,
            )

    report("rules", [g.base for g in golds])
    for file in args.score:
        old = load_filter(file)
        report(
            f"{file.stem} @{old.threshold}",
            [
                accurate_analysis(g, d, old.model, old, above(old.threshold))
                for g, d in zip(golds, docs, strict=True)
            ],
        )
    if args.polnear_state is None:
        return  # no cross-validation: the gold files' state is kept for a later run
    polnear = load_polnear(args.polnear_state, args, read_tagged(args.tagged))
    for weight in (float(w) for w in args.weights.split(",")):
        filters = fold_filters(polnear, golds, weight)
        for t in THRESHOLDS:
            for mode, keep in modes(t):
                analyses = [
                    accurate_analysis(g, d, filters[g.fold].model, filters[g.fold], keep)
                    for g, d in zip(golds, docs, strict=True)
                ]
                report(f"w{weight:g} {mode} @{t}", analyses)


if __name__ == "__main__":
    main()
