"""A bounded pool of analysis processes with a time budget per task.

A task that runs past its budget is stopped with its process (SIGKILL), a fresh process takes its
place, and the task becomes a ``Rejected`` saying so; so does a task whose process dies (killed
for memory, say). Each process loads the spaCy pipeline once, when it starts (``warm_up``).

The processes are plain interpreters (``python -m sourcetrace.workers FD``) that talk over a
socket pair, not ``multiprocessing`` children: a Dask worker is a daemonic process, which
``multiprocessing`` does not let have children.
"""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from sourcetrace.ingest import Rejected
from sourcetrace.methods import DEFAULT_METHOD, Method
from sourcetrace.model import Analysis, Article

DEFAULT_BUDGET_S = 30.0
# Loading spaCy on a busy machine; not counted in any task's budget.
START_TIMEOUT_S = 300.0

A = TypeVar("A")
R = TypeVar("R")


class WorkerError(RuntimeError):
    """A worker process that could not start: one line saying why."""


class PoolBusy(RuntimeError):
    """No worker process came free in time."""


def analyze_article(article: Article, method: Method = DEFAULT_METHOD) -> Analysis | Rejected:
    """The per-article task of the batch surfaces: ``analyze_stream`` on one article."""
    from sourcetrace.pipeline import analyze_stream  # spaCy loads where the task runs

    return next(analyze_stream([article], method=method))


def warm_up() -> None:
    """The default warm-up: one short analysis, so that loading spaCy and every stage's tables
    counts against no article's budget."""
    analyze_article(Article(text="The minister said on Monday that the plan was ready."))


class _Worker:
    """One process and our end of its socket; ``ready`` once it has warmed up."""

    def __init__(self, warm: Callable[[], object] | None) -> None:
        ours, theirs = socket.socketpair()
        # The interpreter must find the modules (and test tasks) this process finds.
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        with theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "sourcetrace.workers", str(theirs.fileno())],
                pass_fds=(theirs.fileno(),),
                stdin=subprocess.DEVNULL,
                env=env,
            )
        self.conn = Connection(ours.detach())
        self.conn.send(warm)
        self.ready = False

    def wait_ready(self) -> None:
        if self.ready:
            return
        try:
            if not self.conn.poll(START_TIMEOUT_S):
                raise WorkerError(f"an analysis process did not start in {START_TIMEOUT_S:g} s")
            self.conn.recv()
        except (EOFError, OSError):
            raise WorkerError(
                f"an analysis process failed to start (exit code {self.stop()})"
            ) from None
        self.ready = True

    def stop(self) -> int:
        """Kill the process (a no-op when it has exited); its exit code."""
        self.conn.close()
        self.process.kill()
        return self.process.wait()


class WorkerPool:
    """``size`` worker processes, started on first use; ``run`` is safe from many threads."""

    def __init__(
        self,
        size: int,
        *,
        budget_s: float = DEFAULT_BUDGET_S,
        warm: Callable[[], object] | None = warm_up,
    ) -> None:
        if size < 1 or budget_s <= 0:
            raise ValueError("a pool needs at least one worker and a positive budget")
        self.size = size
        self.budget_s = budget_s
        self._warm = warm
        # Idle slots: a started worker, or None for one not started yet.
        self._idle: queue.SimpleQueue[_Worker | None] = queue.SimpleQueue()
        for _ in range(size):
            self._idle.put(None)
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._closed = False

    def start(self) -> None:
        """Start every worker now rather than on first use (they warm up in the background)."""
        slots = [self._idle.get() for _ in range(self.size)]
        for slot in slots:
            self._idle.put(slot or self._spawn())

    def run(
        self,
        task: Callable[[A], R],
        arg: A,
        *,
        origin: str,
        budget_s: float | None = None,
        wait_s: float | None = None,
    ) -> R | Rejected:
        """``task(arg)`` in a worker process, or a ``Rejected`` naming ``origin`` when it fails,
        runs past ``budget_s`` or its process dies. Raises ``PoolBusy`` when no worker is free
        within ``wait_s`` (default: wait), ``WorkerError`` when a process cannot start."""
        budget = self.budget_s if budget_s is None else budget_s
        try:
            slot = self._idle.get(timeout=wait_s)
        except queue.Empty:
            raise PoolBusy(f"no analysis worker came free within {wait_s:g} s") from None
        worker = slot or self._spawn()
        try:
            worker.wait_ready()
            worker.conn.send((task, arg))
            if not worker.conn.poll(budget):
                worker = self._replace(worker)
                return Rejected(origin, f"analysis took longer than {budget:g} s")
            ok, value = worker.conn.recv()
        except (EOFError, OSError):  # the process died under the task (SIGKILL, OOM, crash)
            code = worker.stop()
            worker = self._replace(worker)
            return Rejected(origin, f"the analysis process stopped (exit code {code})")
        except WorkerError:
            worker = self._replace(worker)
            raise
        finally:
            self._idle.put(worker)
        if ok:
            result: R = value
            return result
        return Rejected(origin, f"analysis failed: {value}")

    def close(self) -> None:
        """Stop every worker process; the pool cannot be used afterwards."""
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, set()
        for worker in workers:
            worker.stop()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _spawn(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise WorkerError("the analysis pool is closed")
            worker = _Worker(self._warm)
            self._workers.add(worker)
            return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop()
        with self._lock:
            self._workers.discard(worker)
        return self._spawn()


def _serve(fd: int) -> None:
    """A worker process's loop: warm up, say so, then run tasks until the pool hangs up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    conn = Connection(fd)
    warm = conn.recv()
    if warm is not None:
        warm()
    conn.send(True)
    while True:
        try:
            task, arg = conn.recv()
        except EOFError:
            return
        reply: tuple[bool, Any]
        try:
            reply = (True, task(arg))
        except Exception as e:  # the task's failure is the task's: the process goes on
            reply = (False, f"{type(e).__name__}: {e}")
        try:
            conn.send(reply)
        except OSError:  # the pool hung up
            return
        except Exception as e:  # the result does not pickle; nothing was sent yet
            conn.send((False, f"its result cannot be sent back ({type(e).__name__}: {e})"))


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
