"""Batch inputs and output layout, without a cluster: WARC records, input expansion,
partitions, the Parquet tables and the output directory's settings check."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from batch_support import WARC_SKIPS, write_jsonl, write_warc
from sourcetrace.batch.inputs import input_files, read_records
from sourcetrace.batch.partitions import partition_id, partitions
from sourcetrace.batch.records import Skipped, WarcPage
from sourcetrace.batch.shards import (
    BatchSettingsError,
    ManifestEntry,
    finished,
    prepare_output,
    shard_path,
    write_partition,
)
from sourcetrace.batch.tables import SCHEMAS, analysis_from_row, build_tables
from sourcetrace.batch.warc import article_from_page
from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis, Article


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_pages_and_skips_counted_by_reason(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_warc(path)
    records = list(read_records(path))
    pages = [r for r in records if isinstance(r, WarcPage)]
    prepared = [article_from_page(p) for p in pages]
    skipped = [r for r in records if isinstance(r, Skipped)]
    skipped += [a for a in prepared if isinstance(a, Skipped)]
    assert Counter(s.reason for s in skipped) == WARC_SKIPS
    articles = [a for a in prepared if isinstance(a, Article)]
    assert [a.url for a in articles] == [
        "https://riverton.example/story/0",
        "https://riverton.example/story/1",
    ]
    # The page's own date wins; the crawl date only stands in for a page without one.
    assert [a.published for a in articles] == [date(2020, 5, 6), date(2021, 3, 4)]
    assert all("said" in a.text and "<p>" not in a.text for a in articles)
    assert [r.origin for r in records] == [f"{path}:{n}" for n in range(1, 9)]


def test_inputs_from_directories_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    write_warc(tmp_path / "a" / "one.warc.gz")
    write_jsonl(tmp_path / "a" / "two.jsonl", 3)
    (tmp_path / "a" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "a" / ".hidden.jsonl").write_text("{}\n")
    found = list(input_files([str(tmp_path / "a"), str(tmp_path / "a" / "*.gz"), "nope.*"]))
    assert found == [
        tmp_path / "a" / "one.warc.gz",
        tmp_path / "a" / "two.jsonl",
        tmp_path / "a" / "one.warc.gz",
        Rejected("nope.*", "no file matches the pattern"),
    ]


def test_partitions_are_consecutive_records_with_stable_ids(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    write_jsonl(path, 5)  # 5 articles and a bad line: 6 records
    parts = list(partitions([str(path), str(tmp_path / "missing.jsonl")], 4))
    assert [(p.start, p.stop) for p in parts] == [(0, 1), (0, 4), (4, 6)]
    assert parts[0].records == (
        Rejected(str(tmp_path / "missing.jsonl"), "no such file or directory"),
    )
    assert parts[1].id == partition_id(str(path.resolve()), 0, 4)
    assert [p.id for p in partitions([str(path)], 4)] == [p.id for p in parts[1:]]
    assert isinstance(parts[2].records[-1], Rejected)
    # Named twice, read once: its partitions would otherwise overwrite each other's shards.
    twice = [str(path), str(tmp_path / "*.jsonl")]
    assert [p.id for p in partitions(twice, 4)] == [p.id for p in parts[1:]]


def _analysis(text: str) -> Analysis:
    return Analysis(
        id=Article(text).id, title="T", outlet=None, url=None, published=date(2020, 1, 2),
        text=text, boilerplate=(), sources=(), attributions=(), entities=(), timeline=(),
    )  # fmt: skip


def test_partition_written_atomically_with_schema_and_manifest(tmp_path: Path) -> None:
    prepare_output(tmp_path, {"partition_size": 4})
    analysis = _analysis("Some text.")
    tables = build_tables([(analysis, "in.jsonl:1")], [Rejected("in.jsonl:2", "not JSON")])
    entry = ManifestEntry("p1", "in.jsonl", 0, 2, 1, 0, 0, 1, 0, {"no article text": 1})
    write_partition(tmp_path, tables, entry)
    assert finished(tmp_path) == {"p1": entry}
    for name, schema in SCHEMAS.items():
        assert pq.read_schema(shard_path(tmp_path, name, "p1")).equals(schema)
    row = pq.read_table(tmp_path / "articles").to_pylist()[0]
    assert row["origin"] == "in.jsonl:1" and row["published"] == date(2020, 1, 2)
    assert analysis_from_row(row) == analysis
    assert pq.read_table(tmp_path / "rejects").to_pylist() == [
        {"origin": "in.jsonl:2", "reason": "not JSON"}
    ]
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".")]


def test_output_made_with_other_settings_is_refused(tmp_path: Path) -> None:
    prepare_output(tmp_path, {"partition_size": 4})
    prepare_output(tmp_path, {"partition_size": 4})
    with pytest.raises(BatchSettingsError, match="another --out"):
        prepare_output(tmp_path, {"partition_size": 5})
