"""Where sourcetrace's CPU goes: preparing the text, parsing it, and everything after the parse.

Runs the steps of ``analyze_many`` one by one over the corpus (as ``bench/throughput.py`` reads
it), in batches of ``--batch-size``: each article normalized and its boilerplate blanked
(``prepare``), each batch parsed with ``parse_batch`` (``parse``), each parsed article analyzed
with ``analyze_doc`` (``after parse``: attribution, sources, entities, timeline). Warmed up on
the first few articles, then timed ``--repeat`` times; each step's process CPU time (steadier
than the wall clock on a shared machine) is the best of the rounds. Long benchmarks and the
throughput ratio stay with ``bench/throughput.py``; this says which side of the parse a saving
must come from.

    python bench/stages.py [--corpus FILE] [--limit N] [--repeat N] [--json FILE]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import Any

from sourcetrace.ingest import normalized
from sourcetrace.model import Article
from sourcetrace.nlp import blank_boilerplate, load_pipeline, remember_text
from sourcetrace.nlp.parse import parse_batch
from sourcetrace.pipeline import DEFAULT_BATCH_SIZE, analyze_doc
from throughput import WARMUP_ARTICLES, corpus_parser, run

STEPS = ("prepare", "parse", "after parse")


def timed_round(articles: Sequence[Article]) -> dict[str, float]:
    """Each step's CPU seconds over ``articles``, in batches as ``analyze_many`` takes them."""
    nlp = load_pipeline()
    cpu = dict.fromkeys(STEPS, 0.0)
    for first in range(0, len(articles), DEFAULT_BATCH_SIZE):
        batch = articles[first : first + DEFAULT_BATCH_SIZE]
        start = time.process_time()
        prepared = [(a, *blank_boilerplate(a.text, a.flagged)) for a in map(normalized, batch)]
        parsing = time.process_time()
        docs = parse_batch(nlp, [masked for _, _, masked in prepared])
        analyzing = time.process_time()
        for doc, (article, boilerplate, masked) in zip(docs, prepared, strict=True):
            if isinstance(doc, Exception):
                print(f"{article.origin}: not parsed: {doc}", file=sys.stderr)
                continue
            remember_text(doc, masked)
            analyze_doc(doc, article, boilerplate)
        done = time.process_time()
        cpu["prepare"] += parsing - start
        cpu["parse"] += analyzing - parsing
        cpu["after parse"] += done - analyzing
    return cpu


def measure(articles: Sequence[Article], repeat: int) -> dict[str, Any]:
    timed_round(articles[:WARMUP_ARTICLES])
    rounds = [timed_round(articles) for _ in range(repeat)]
    best = {step: round(min(r[step] for r in rounds), 3) for step in STEPS}
    total = sum(best.values())
    return {
        "articles": len(articles),
        "repeat": repeat,
        "cpu_s": best,
        "share_of_total": {step: round(s / total, 3) for step, s in best.items()},
    }


def format_table(result: dict[str, Any]) -> str:
    lines = [f"{'step':<12} {'cpu s':>8} {'share':>6}", "-" * 28]
    for step in STEPS:
        cpu, share = result["cpu_s"][step], result["share_of_total"][step]
        lines.append(f"{step:<12} {cpu:>8.2f} {share:>6.1%}")
    lines.append(f"{result['articles']} articles, best of {result['repeat']} rounds (process CPU)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = corpus_parser(__doc__.split("\n\n")[0], 3, "timed rounds").parse_args(argv)
    return run(args, lambda articles: measure(articles, args.repeat), format_table)


if __name__ == "__main__":
    sys.exit(main())
