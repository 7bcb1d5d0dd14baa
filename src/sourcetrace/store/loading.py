"""Loading analyses into the store in batches: each batch is committed in one transaction, so a run
killed at any moment can be rerun and goes on where it stopped. The caller runs the pipeline; the
store tells it which articles are new and writes what came back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis, Article
from sourcetrace.store import Store

DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class BatchResult:
    stored: int  # articles analyzed and written
    skipped: int  # articles already stored (or repeated in the input)
    rejected: tuple[Rejected, ...]  # inputs that could not be read or analyzed

    @property
    def inputs(self) -> int:
        return self.stored + self.skipped + len(self.rejected)


def fresh_articles(store: Store, batch: Sequence[Article | Rejected]) -> list[Article]:
    """The batch's articles not stored yet, each once: only these need analyzing (an article's id
    is its content hash)."""
    articles = [item for item in batch if isinstance(item, Article)]
    known = store.known_ids(a.id for a in articles)
    return list({a.id: a for a in articles if a.id not in known}.values())


def store_batch(
    store: Store,
    batch: Sequence[Article | Rejected],
    fresh: Sequence[Article],
    results: Iterable[Analysis | Rejected],
) -> BatchResult:
    """Commit one batch: ``results`` (the analyses of its ``fresh`` articles, a failed one as a
    ``Rejected``) and the batch's rejected inputs, in one transaction."""
    analyses: list[Analysis] = []
    failed: list[Rejected] = []
    for result in results:
        if isinstance(result, Rejected):
            failed.append(result)
        else:
            analyses.append(result)
    rejected = [item for item in batch if isinstance(item, Rejected)] + failed
    stored = store.write(analyses, rejects=rejected, origins={a.id: a.origin for a in fresh})
    articles = sum(isinstance(item, Article) for item in batch)
    return BatchResult(
        stored=len(stored), skipped=articles - len(stored) - len(failed), rejected=tuple(rejected)
    )
