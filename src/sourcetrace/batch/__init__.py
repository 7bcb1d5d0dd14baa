"""Batch processing at scale: WARC, JSONL and other inputs, partitioned and analyzed on a Dask
cluster into Parquet shards (one directory per table), resumable partition by partition."""

from __future__ import annotations

from sourcetrace.batch.runner import BatchReport, cluster_client, run_batch

__all__ = ["BatchReport", "cluster_client", "run_batch"]
