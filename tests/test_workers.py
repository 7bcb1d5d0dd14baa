"""The worker pool: results, failures and over-budget tasks as rejects, dead processes replaced,
a full pool turning callers away, and no process left behind."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from sourcetrace.ingest import Rejected
from sourcetrace.workers import PoolBusy, WorkerError, WorkerPool


def pid(_: object) -> int:
    return os.getpid()


def fail(message: str) -> None:
    raise ValueError(message)


def die(_: object) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def broken_warm_up() -> None:
    raise RuntimeError("no model")


def alive(process_id: object) -> bool:
    assert isinstance(process_id, int)
    try:
        os.kill(process_id, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    with WorkerPool(2, budget_s=1.0, warm=None) as p:
        yield p


def test_a_task_runs_in_another_process(pool: WorkerPool) -> None:
    assert pool.run(len, "abc", origin="x") == 3
    worker = pool.run(pid, None, origin="x")
    assert isinstance(worker, int) and worker != os.getpid()


def test_a_failing_task_is_a_reject_and_its_process_goes_on(pool: WorkerPool) -> None:
    before = {pool.run(pid, None, origin="x") for _ in range(4)}
    assert pool.run(fail, "bad input", origin="a.txt") == Rejected(
        "a.txt", "analysis failed: ValueError: bad input"
    )
    assert {pool.run(pid, None, origin="x") for _ in range(4)} == before


def test_a_task_over_budget_is_stopped_with_its_process_which_is_replaced(
    pool: WorkerPool,
) -> None:
    workers = {pool.run(pid, None, origin="x") for _ in range(4)}
    started = time.monotonic()
    result = pool.run(time.sleep, 30, origin="slow.txt", budget_s=0.5)
    assert result == Rejected("slow.txt", "analysis took longer than 0.5 s")
    assert time.monotonic() - started < 5
    now = {pool.run(pid, None, origin="x") for _ in range(4)}
    gone = workers - now
    assert len(now) == 2 and len(gone) == 1 and not any(alive(p) for p in gone)


def test_a_process_that_dies_under_a_task_is_a_reject_and_replaced(pool: WorkerPool) -> None:
    result = pool.run(die, None, origin="poison.txt")
    assert result == Rejected("poison.txt", "the analysis process stopped (exit code -9)")
    assert pool.run(len, "ok", origin="x") == 2


def test_a_full_pool_turns_callers_away_after_the_wait(pool: WorkerPool) -> None:
    busy = [
        threading.Thread(target=pool.run, args=(time.sleep, 0.8), kwargs={"origin": "s"})
        for _ in range(pool.size)
    ]
    for thread in busy:
        thread.start()
    time.sleep(0.3)
    with pytest.raises(PoolBusy, match=r"no analysis worker came free within 0\.1 s"):
        pool.run(len, "x", origin="x", wait_s=0.1)
    for thread in busy:
        thread.join()
    assert pool.run(len, "x", origin="x", wait_s=0.1) == 1


def test_a_worker_that_cannot_start_is_an_error_not_a_hang() -> None:
    with (
        WorkerPool(1, warm=broken_warm_up) as pool,
        pytest.raises(WorkerError, match="failed to start"),
    ):
        pool.run(len, "x", origin="x")


def test_close_stops_every_process() -> None:
    pool = WorkerPool(1, warm=None)
    workers = {pool.run(pid, None, origin="x")}
    pool.close()
    assert workers and not any(alive(p) for p in workers)
    with pytest.raises(WorkerError, match="closed"):
        pool.run(len, "x", origin="x")
