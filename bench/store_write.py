"""How much the store adds to an ingest run: writing analyses (SQLite, and PostgreSQL when
SOURCETRACE_TEST_PG is set) against analyzing them, in the same process.

    PYTHONPATH=src python bench/store_write.py [N_ARTICLES]

Prints articles/s for each step and the ratio store time / analysis time (lower is better).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from sourcetrace.model import Analysis, Article
from sourcetrace.pipeline import analyze_many
from sourcetrace.store import Store
from sourcetrace.store.engine import database_url

BATCH = 32


def article(i: int) -> Article:
    body = " ".join(
        f'"The plan {i}.{j} is ready," said Minister Ana Ruiz{i % 7}. Officials at the agency '
        f"said on Monday that {j} convoys had left, according to a report by the ministry."
        for j in range(25)
    )
    return Article(text=body, title=f"Article {i}", outlet=f"Outlet {i % 4}", origin=f"bench:{i}")


def timed_write(location: str, analyses: list[Analysis]) -> float:
    with Store.open(location) as store:
        start = time.perf_counter()
        for i in range(0, len(analyses), BATCH):
            batch = analyses[i : i + BATCH]
            store.known_ids(a.id for a in batch)
            store.write(batch)
        return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    articles = [article(i) for i in range(n)]
    list(analyze_many(articles[:2]))  # load the models outside the timing
    start = time.perf_counter()
    analyses = list(analyze_many(articles, batch_size=BATCH))
    analysis_s = time.perf_counter() - start
    print(f"analysis: {n / analysis_s:8.1f} articles/s")
    targets = {}
    with tempfile.TemporaryDirectory() as tmp:
        targets["sqlite"] = str(Path(tmp) / "bench.db")
        pg = os.environ.get("SOURCETRACE_TEST_PG")
        schema_name = f"bench_{uuid.uuid4().hex[:8]}"
        if pg:
            admin = create_engine(database_url(pg))
            with admin.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema_name}"'))
            sep = "&" if "?" in pg else "?"
            targets["postgresql"] = f"{pg}{sep}options=-csearch_path%3D{schema_name}"
        try:
            for name, location in targets.items():
                write_s = timed_write(location, analyses)
                print(
                    f"{name:>10}: {n / write_s:8.1f} articles/s written, "
                    f"store/analysis time ratio {write_s / analysis_s:.3f}"
                )
        finally:
            if pg:
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema_name}" CASCADE'))
                admin.dispose()


if __name__ == "__main__":
    main()
