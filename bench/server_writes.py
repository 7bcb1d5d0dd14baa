"""Write throughput through the server: concurrent writers POST /analyze?store=true over loopback,
against baselines in this process: the same articles analyzed and written one at a time
(``analyze_many`` then ``Store.write``), and the writes alone.

The server is `sourcetrace serve` in a child process, running the code on PYTHONPATH (so an older
checkout is measured the same way), over a fresh SQLite store, with its default settings. It is
warmed up first (one request per writer, not stored); then each writer posts articles from a
shared list until none is left, or the deadline passes. Afterwards every acknowledged article
must be in the store, exactly once, and nothing else.

    PYTHONPATH=src python bench/server_writes.py [--articles 48] [--writers 8] [--deadline 300]
"""

from __future__ import annotations

import argparse
import os
import queue
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from sourcetrace.model import Article
from sourcetrace.pipeline import analyze_many
from sourcetrace.store import Store, schema
from store_write import article

TOKEN = "bench-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def tree_cpu_s(pid: int) -> float:
    """CPU seconds used so far by a process and its children (the analysis workers)."""
    total = 0.0
    for p in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:  # a worker that ended in between
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    return total


def _children(pid: int) -> list[int]:
    return [
        int(child)
        for task in Path(f"/proc/{pid}/task").iterdir()
        for child in (task / "children").read_text().split()
    ]


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    command = "from sourcetrace.cli import main; main()"
    args = ["serve", "--db", str(db), "--port", str(port), "--token", TOKEN]
    server = subprocess.Popen(
        [sys.executable, "-c", command, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/articles", timeout=5).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the server did not start")


def through_server(articles: list[Article], writers: int, deadline_s: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "server.db"
        port = free_port()
        server = start_server(db, port)
        try:
            with (
                httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as http,
                ThreadPoolExecutor(writers) as pool,
            ):
                warm = {"text": "The minister said on Monday that the plan was ready."}
                list(
                    pool.map(
                        lambda _: http.post("/analyze", json=warm, headers=AUTH), range(writers)
                    )
                )
                todo: queue.SimpleQueue[Article] = queue.SimpleQueue()
                for a in articles:
                    todo.put(a)
                statuses: Counter[int | str] = Counter()
                acknowledged: list[str] = []
                lock = threading.Lock()
                stop_at = time.monotonic() + deadline_s

                def writer() -> None:
                    while time.monotonic() < stop_at:
                        try:
                            a = todo.get_nowait()
                        except queue.Empty:
                            return
                        body = {"text": a.text, "title": a.title, "outlet": a.outlet}
                        try:
                            r = http.post("/analyze?store=true", json=body, headers=AUTH)
                            status: int | str = r.status_code
                        except httpx.HTTPError as e:
                            status = type(e).__name__
                        with lock:
                            statuses[status] += 1
                            if status == 200:
                                acknowledged.append(r.json()["id"])

                cpu_before = tree_cpu_s(server.pid)
                start = time.perf_counter()
                for future in [pool.submit(writer) for _ in range(writers)]:
                    future.result()
                seconds = time.perf_counter() - start
                cpu = tree_cpu_s(server.pid) - cpu_before
        finally:
            server.terminate()
            server.wait(timeout=30)
        with Store.open(str(db)) as store:
            stored = store.known_ids(a.id for a in articles)
            rows = store.count(schema.articles)
    errors = sum(n for status, n in statuses.items() if status != 200)
    lost = len(set(acknowledged) - stored)
    print(
        f"   server: {len(acknowledged) / seconds:6.2f} articles/s ({len(acknowledged)} of "
        f"{len(articles)} stored in {seconds:.1f} s by {writers} writers); errors {errors} "
        f"{dict(statuses)}; lost {lost}; rows {rows} (duplicates {rows - len(stored)})"
    )
    print(
        f"           {cpu / max(1, len(acknowledged)):.3f} CPU s per article in the server's "
        f"processes; {cpu / seconds:.2f} cores busy on average"
    )


def direct(articles: list[Article]) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "d.db")) as store:
        list(analyze_many([Article(text="The minister said the plan was ready.")]))  # load
        start, cpu_start = time.perf_counter(), time.process_time()
        analyses = []
        for analysis in analyze_many(articles, batch_size=1):
            store.write([analysis])
            analyses.append(analysis)
        both, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "w.db")) as store:
        start = time.perf_counter()
        for analysis in analyses:
            store.write([analysis])
        writes = time.perf_counter() - start
    print(
        f"   direct: {len(articles) / both:6.2f} articles/s analyzed and written, one process; "
        f"{cpu / len(articles):.3f} CPU s per article"
    )
    print(f"   writes: {len(articles) / writes:6.2f} articles/s written (Store.write alone)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=48)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--deadline", type=float, default=300.0, help="seconds, then stop")
    args = parser.parse_args()
    articles = [article(i) for i in range(args.articles)]
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    print(f"{args.articles} articles of {words:.0f} words; {os.cpu_count()} cores")
    through_server(articles, args.writers, args.deadline)
    direct(articles)
    # Other processes on the machine take cores from both measurements.
    print(f"load average over the last 5 minutes: {os.getloadavg()[1]:.1f}")


if __name__ == "__main__":
    main()
