"""`sourcetrace ingest`: batches, skips, rejects, and a real kill-and-resume run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from sourcetrace.cli import ingest as cli_ingest
from sourcetrace.cli.ingest import ingest
from sourcetrace.ingest import Rejected
from sourcetrace.methods import Method
from sourcetrace.model import Analysis, Article
from sourcetrace.store import Store, schema
from store_fixtures import analysis_of

ROOT = Path(__file__).resolve().parents[1]


METHODS: list[Method] = []


def _fake_analyze_stream(
    articles: Iterable[Article], *, batch_size: int = 1, method: Method = Method.RULES
) -> Iterator[Analysis | Rejected]:
    METHODS.append(method)
    for article in articles:
        if "BOOM" in article.text:
            yield Rejected(article.origin, "analysis failed: ValueError: the parser broke")
        else:
            yield analysis_of(article.text, outlet=article.outlet)


def test_load_skips_stored_articles_and_rejects_bad_ones(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_ingest, "analyze_stream", _fake_analyze_stream)
    METHODS.clear()
    items: list[Article | Rejected] = [
        Article("First article.", origin="a.txt"),
        Rejected("b.txt", "not UTF-8"),
        Article("First article.", origin="copy.txt"),
        Article("BOOM goes this one.", origin="c.txt"),
        Article("Second article.", origin="d.txt"),
    ]
    results = list(ingest(store, items, batch_size=4, method=Method.COMBINED))
    assert [(r.stored, r.skipped, len(r.rejected)) for r in results] == [(1, 1, 2), (1, 0, 0)]
    assert results[0].rejected[1] == Rejected(
        "c.txt", "analysis failed: ValueError: the parser broke"
    )
    assert METHODS == [Method.COMBINED, Method.COMBINED]  # the method reaches the pipeline
    again = list(ingest(store, items, batch_size=10))
    assert [(r.stored, r.skipped) for r in again] == [(0, 3)]
    assert store.count(schema.articles) == 2
    assert [r.origin for r in store.rejects()] == ["b.txt", "c.txt"]


def test_an_article_that_cannot_be_stored_is_a_reject_and_the_batch_is_stored(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_ingest, "analyze_stream", _fake_analyze_stream)
    write = Store.write

    def fussy(self: Store, analyses: list[Analysis], **kwargs: object) -> set[str]:
        if any("POISON" in a.text for a in analyses):
            raise ValueError("the driver refused it")
        return write(self, analyses, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "write", fussy)
    items = [Article("Good one.", origin="a.txt"), Article("POISON here.", origin="p.txt")]
    for _ in range(2):  # a rerun is never blocked: it stores nothing new and rejects again
        [result] = ingest(store, items, batch_size=4)
        assert result.rejected == (
            Rejected("p.txt", "cannot be stored: ValueError: the driver refused it"),
        )
    assert store.count(schema.articles) == 1
    assert [r.origin for r in store.rejects()] == ["p.txt"]


def _article(i: int) -> str:
    sentences = [
        f'"The plan number {i} was ready by step {j}," said Officer {chr(65 + i)}ndrews. '
        f"Officials said the {j}th convoy left on Monday, according to a report."
        for j in range(40)
    ]
    return " ".join(sentences)


def _ingest(articles: Path, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from sourcetrace.cli import main; main()",
            "ingest",
            str(articles),
            "--db",
            str(db),
            "--batch-size",
            "2",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created yet
        return 0


def test_a_killed_ingest_resumes_without_duplicates_or_loss(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(20):
        (articles / f"{i:02}.txt").write_text(_article(i), encoding="utf-8")
    (articles / "bad.txt").write_bytes(b"\xff\xfe not utf-8 \xff")
    db = tmp_path / "store.db"

    run = _ingest(articles, db)
    deadline = time.monotonic() + 240
    while _stored(db) < 2 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    run.send_signal(signal.SIGKILL)
    run.communicate()
    killed_at = _stored(db)
    assert 0 < killed_at < 20, f"the kill came at {killed_at} articles, not mid-run"

    rerun = _ingest(articles, db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{20 - killed_at} article(s) stored, {killed_at} already stored, 1 rejected" in err
    assert "bad.txt" in err

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (
            20,
            20,
        )
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # Every article has exactly the child rows its profile counts.
        mismatched = conn.execute(
            """SELECT a.id FROM articles a WHERE
               n_sources != (SELECT count(*) FROM sources s WHERE s.article_id = a.id) OR
               n_attributions != (SELECT count(*) FROM attributions t WHERE t.article_id = a.id)"""
        ).fetchall()
        assert mismatched == []
        assert [r[0] for r in conn.execute("SELECT origin FROM rejects")] == [
            str(articles / "bad.txt")
        ]
    with Store.open(str(db)) as store:
        ids = [a.id for a in store.articles(limit=100).items]
        assert all(store.analysis(i) is not None for i in ids)

    third = _ingest(articles, db)
    _, err = third.communicate(timeout=300)
    assert third.returncode == 0
    assert "0 article(s) stored, 20 already stored, 1 rejected" in err


def test_ingest_of_nothing_readable_fails_with_the_reasons(tmp_path: Path) -> None:
    run = _ingest(tmp_path / "missing.txt", tmp_path / "store.db")
    _, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert "missing.txt: no such file or directory" in err
