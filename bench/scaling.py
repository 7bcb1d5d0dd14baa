"""Scaling of ``sourcetrace batch``: the same corpus on a LocalCluster of 1 worker and of 2.

Both clusters start first (each worker loads the spaCy pipeline once and is warmed up on one
article), then ``run_batch`` over the corpus is timed ``--repeat`` times per cluster, the two
alternating round by round so that load from other processes falls on both; the best run gives
the rates, the median is shown beside it. Cluster start-up is not timed: it is paid once per run.
Baseline, in the same rounds: the machine's own 2-vs-1 ratio, the articles split between 1 and
2 plain processes running ``analyze_many`` (no Dask, no Parquet): the ceiling Dask can reach.

Articles are BASIL's, read as ``bench/throughput.py`` reads them and written to a temporary
JSON Lines file (the batch's input). Memory: each worker process's peak RSS (``ru_maxrss``) after
the timed runs; the largest is shown. Projection, as in ``bench/throughput.py``: core-hours per
million articles = 1e6 x the workers' CPU seconds per article / 3600; and machine-hours per
million articles = 1e6 / (articles/s) / 3600 for this machine running that many workers.
Times and CPU seconds are each the best round.

On a machine shared with other work, wall-clock rates measure the neighbours as much as us; the
workers' CPU seconds per article do not, so the speedup on idle cores is also given from them:
2 x (CPU s per article with 1 worker) / (CPU s per article with 2 workers). The client's CPU
(this process: reading, dispatching, and both local schedulers, idle one included) is shown
beside it as an upper bound of what the client costs per article.

    python bench/scaling.py [--corpus FILE] [--limit N] [--repeat N] [--partition-size N]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from distributed import Client

from sourcetrace.batch import cluster_client, run_batch
from sourcetrace.cli.progress import progress_bar
from sourcetrace.model import Article
from throughput import PhaseResult, _positive, corpus_parser, run

WORKER_COUNTS = (1, 2)
WARMUP_TEXT = '"We will finish the bridge by May," said Mayor Ann Lee, who spoke on Tuesday.'


def _warm_up() -> None:
    """Runs on each worker: first-call costs of every stage, outside the timed runs."""
    from sourcetrace.pipeline import analyze_many

    list(analyze_many([WARMUP_TEXT]))


def _peak_rss_mb() -> float:
    """Runs on each worker: its peak resident set size."""
    import resource

    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024


def _cpu_s() -> float:
    """CPU seconds (user + system) this process has used; runs on each worker and here."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return float(usage.ru_utime + usage.ru_stime)


def cpu_s(client: Client) -> tuple[float, float]:
    """CPU seconds of the cluster's workers, and of this process (the client and the local
    schedulers: both clusters', so its share is an upper bound)."""
    return sum(client.run(_cpu_s).values()), _cpu_s()


def _analyze(articles: Sequence[Article]) -> None:
    """Runs in a plain worker process: the articles through ``analyze_many``, no Dask."""
    from sourcetrace.pipeline import analyze_many

    for _ in analyze_many(articles):
        pass


def timed_plain(pool: ProcessPoolExecutor, articles: Sequence[Article], processes: int) -> float:
    """Wall seconds for ``processes`` plain processes to analyze the articles, split evenly."""
    shares = [articles[i::processes] for i in range(processes)]
    start = time.perf_counter()
    list(pool.map(_analyze, shares))
    return time.perf_counter() - start


def write_jsonl(articles: Sequence[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            record = {"text": a.text, "title": a.title, "outlet": a.outlet, "url": a.url}
            record["published"] = a.published.isoformat() if a.published else None
            f.write(json.dumps(record) + "\n")


def timed_run(client: Client, corpus: Path, partition_size: int) -> float:
    with tempfile.TemporaryDirectory(prefix="sourcetrace-bench-") as out:
        start = time.perf_counter()
        report = run_batch([str(corpus)], Path(out), client, partition_size=partition_size)
        seconds = time.perf_counter() - start
    if report.failed:
        raise RuntimeError(f"{len(report.failed)} partitions failed: {report.failed[0][1]}")
    return seconds


def bench(articles: Sequence[Article], repeat: int, partition_size: int) -> dict[str, Any]:
    words = sum(len(a.text.split()) for a in articles)
    times: dict[int, list[float]] = {n: [] for n in WORKER_COUNTS}
    cpu: dict[int, list[float]] = {n: [] for n in WORKER_COUNTS}
    client_cpu: dict[int, list[float]] = {n: [] for n in WORKER_COUNTS}
    plain: dict[int, list[float]] = {n: [] for n in WORKER_COUNTS}
    with tempfile.TemporaryDirectory(prefix="sourcetrace-bench-") as tmp, ExitStack() as stack:
        corpus = Path(tmp) / "corpus.jsonl"
        write_jsonl(articles, corpus)
        clients = {n: stack.enter_context(cluster_client(None, n)) for n in WORKER_COUNTS}
        spawn = multiprocessing.get_context("spawn")  # no fork of a process running clusters
        pools = {
            n: stack.enter_context(ProcessPoolExecutor(n, mp_context=spawn, initializer=_warm_up))
            for n in WORKER_COUNTS
        }
        for client in clients.values():
            client.run(_warm_up)
        bar = stack.enter_context(progress_bar("scaling", repeat * len(clients), unit="runs"))
        for _ in range(repeat):
            for n, client in clients.items():
                workers_before, here_before = cpu_s(client)
                times[n].append(timed_run(client, corpus, partition_size))
                workers_after, here_after = cpu_s(client)
                cpu[n].append(workers_after - workers_before)
                client_cpu[n].append(here_after - here_before)
                plain[n].append(timed_plain(pools[n], articles, n))
                bar.advance()
        rss = {n: max(client.run(_peak_rss_mb).values()) for n, client in clients.items()}
    phases = [
        PhaseResult(
            name=f"{n} worker{'s' if n > 1 else ''}",
            articles=len(articles),
            words=words,
            best_s=round(min(times[n]), 3),
            median_s=round(statistics.median(times[n]), 3),
            best_cpu_s=round(min(cpu[n]), 3),
            peak_rss_mb=round(rss[n], 1),
        )
        for n in WORKER_COUNTS
    ]
    one, two = phases
    cpu_per_article = {
        n: p.best_cpu_s / p.articles for n, p in zip(WORKER_COUNTS, phases, strict=True)
    }
    client_per_article = {n: min(client_cpu[n]) / len(articles) for n in WORKER_COUNTS}
    return {
        "partition_size": partition_size,
        "repeat": repeat,
        "phases": [
            {
                **p.to_dict(),
                "worker_cpu_s_per_article": round(cpu_per_article[n], 3),
                "client_cpu_s_per_article": round(client_per_article[n], 3),
                "machine_hours_per_million_articles": round(1e6 / p.articles_per_s / 3600, 2),
            }
            for n, p in zip(WORKER_COUNTS, phases, strict=True)
        ],
        "speedup_2_workers_to_1": round(two.articles_per_s / one.articles_per_s, 3),
        # The machine's own ceiling: the same work in 2 plain processes against 1, no Dask.
        "plain_processes_s": {n: round(min(plain[n]), 3) for n in WORKER_COUNTS},
        "speedup_2_plain_processes_to_1": round(min(plain[1]) / min(plain[2]), 3),
        # What 2 workers would give on 2 idle cores: the workers' CPU time per article does not
        # depend on how busy the machine is, and their work is what is split between them.
        "cpu_bound_speedup_2_workers_to_1": round(2 * cpu_per_article[1] / cpu_per_article[2], 3),
        "memory": "peak RSS of the largest worker process (ru_maxrss), after all timed runs",
        "projection": "core-hours per million articles from the workers' CPU time; "
        "machine-hours per million from wall clock, on this machine with that many workers",
    }


def format_table(result: dict[str, Any]) -> str:
    header = (
        f"{'cluster':<10} {'articles':>8} {'words':>8} {'best s':>8} {'median s':>8} "
        f"{'art/s':>7} {'words/s':>8} {'worker CPU s/art':>16} {'client CPU s/art':>16} "
        f"{'worker RSS MB':>13} {'core-h/1M art':>13} {'machine-h/1M art':>16}"
    )
    lines = [header, "-" * len(header)]
    for p in result["phases"]:
        lines.append(
            f"{p['name']:<10} {p['articles']:>8} {p['words']:>8} {p['best_s']:>8.2f} "
            f"{p['median_s']:>8.2f} {p['articles_per_s']:>7.2f} {p['words_per_s']:>8.0f} "
            f"{p['worker_cpu_s_per_article']:>16.3f} {p['client_cpu_s_per_article']:>16.3f} "
            f"{p['peak_rss_mb']:>13.0f} {p['core_hours_per_million_articles']:>13.1f} "
            f"{p['machine_hours_per_million_articles']:>16.1f}"
        )
    lines.append(
        f"speedup 2 workers / 1 worker (wall clock): {result['speedup_2_workers_to_1']:.2f}"
    )
    lines.append(
        "speedup of 2 plain processes over 1 (analyze_many, no Dask; the machine's ceiling): "
        f"{result['speedup_2_plain_processes_to_1']:.2f}"
    )
    lines.append(
        "speedup on idle cores, from worker CPU s per article: "
        f"{result['cpu_bound_speedup_2_workers_to_1']:.2f}"
    )
    lines.append(f"memory: {result['memory']}")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = corpus_parser(__doc__.split("\n\n")[0], 2, "timed runs per cluster")
    parser.add_argument(
        "--partition-size", type=_positive, default=10, help="articles per partition"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    return run(
        args, lambda articles: bench(articles, args.repeat, args.partition_size), format_table
    )


if __name__ == "__main__":
    sys.exit(main())
