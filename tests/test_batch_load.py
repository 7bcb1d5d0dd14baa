"""`sourcetrace load`: a batch's shards into the store, once, whatever the number of runs."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from sourcetrace.batch.load import load_shards
from sourcetrace.batch.shards import ManifestEntry, prepare_output, write_partition
from sourcetrace.batch.tables import build_tables
from sourcetrace.cli import app
from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis
from sourcetrace.store import Store, schema
from store_fixtures import analysis_of, rich_analysis


def write_shards(out: Path) -> list[Analysis]:
    """One finished partition (two articles, a reject) and one left without its manifest."""
    prepare_output(out, {"partition_size": 3})
    analyses = [rich_analysis(), analysis_of("Nobody said anything.")]
    tables = build_tables(
        [(a, f"in.jsonl:{n}") for n, a in enumerate(analyses, 1)],
        [Rejected("in.jsonl:3", "not JSON")],
    )
    write_partition(out, tables, ManifestEntry("p1", "in.jsonl", 0, 3, 2, 2, 2, 1, 0))
    unfinished = build_tables([(analysis_of("An unfinished partition."), "in.jsonl:4")], [])
    write_partition(out, unfinished, ManifestEntry("p2", "in.jsonl", 3, 4, 1, 0, 0, 0, 0))
    (out / "manifest" / "p2.json").unlink()
    return analyses


def test_load_stores_finished_partitions_once(tmp_path: Path, store_location: str) -> None:
    analyses = write_shards(tmp_path / "shards")
    args = ["load", str(tmp_path / "shards"), "--db", store_location]

    first = CliRunner().invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "2 articles stored, 0 already in the store, 1 rejects recorded" in first.stdout
    again = CliRunner().invoke(app, args)
    assert "0 articles stored, 2 already in the store" in again.stdout

    with Store.open(store_location) as store:
        # As the JSON output has them (confidences to 3 decimals, as the shards keep them).
        stored = [store.analysis(a.id) for a in analyses]
        assert [s.to_dict() if s else None for s in stored] == [a.to_dict() for a in analyses]
        assert store.rejects() == [Rejected("in.jsonl:3", "not JSON")]
        # Identities are rebuilt after loading: John Maguire, the CIA, the Pentagon.
        assert store.count(schema.identities) == 3


def test_load_reports_progress_over_finished_partitions_only(tmp_path: Path) -> None:
    write_shards(tmp_path / "shards")
    seen: list[tuple[int, int]] = []
    with Store.open(str(tmp_path / "x.db")) as store:
        load_shards(tmp_path / "shards", store, chunk=1, progress=lambda *p: seen.append(p))
    assert seen == [(1, 2), (2, 2)]  # p2, without its manifest entry, is not counted


def test_load_of_a_directory_without_manifest_fails(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "no finished partition" in result.stderr
