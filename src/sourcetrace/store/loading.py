"""Loading analyses into the store in batches: each batch is committed in one transaction, so a run
killed at any moment can be rerun and goes on where it stopped. The caller runs the pipeline; the
store tells it which articles are new and writes what came back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.exc import InterfaceError, OperationalError

from sourcetrace.ingest import Rejected
from sourcetrace.model import Analysis, Article
from sourcetrace.store import Store

# The database itself failing (gone, locked): no article's fault, so the run stops there.
_STORE_DOWN = (OperationalError, InterfaceError)


@dataclass(frozen=True, slots=True)
class BatchResult:
    stored: int  # articles analyzed and written
    skipped: int  # articles already stored (or repeated in the input)
    rejected: tuple[Rejected, ...]  # inputs that could not be read or analyzed
    stored_ids: frozenset[str] = frozenset()  # the articles written

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
    ``Rejected``) and the batch's rejected inputs, in one transaction. An analysis the store
    cannot take becomes a reject of its own and the others are stored."""
    analyses: list[Analysis] = []
    failed: list[Rejected] = []
    for result in results:
        if isinstance(result, Rejected):
            failed.append(result)
        else:
            analyses.append(result)
    unread = [item for item in batch if isinstance(item, Rejected)]
    origins = {a.id: a.origin for a in fresh}
    try:
        stored = store.write(analyses, rejects=unread + failed, origins=origins)
    except _STORE_DOWN:
        raise
    except Exception:  # some article cannot be stored: find it, store the others
        stored = _write_one_by_one(store, analyses, failed, origins)
        store.write([], rejects=unread + failed)
    articles = sum(isinstance(item, Article) for item in batch)
    return BatchResult(
        stored=len(stored),
        skipped=articles - len(stored) - len(failed),
        rejected=(*unread, *failed),
        stored_ids=frozenset(stored),
    )


def _write_one_by_one(
    store: Store, analyses: list[Analysis], failed: list[Rejected], origins: dict[str, str]
) -> set[str]:
    """Store each analysis in its own transaction; one that fails joins ``failed`` (to become a
    reject row saying why), so no article can block the corpus."""
    stored: set[str] = set()
    for analysis in analyses:
        origin = origins.get(analysis.id, analysis.id)
        try:
            stored |= store.write([analysis], origins={analysis.id: origin})
        except _STORE_DOWN:
            raise
        except Exception as exc:
            failed.append(Rejected(origin, f"cannot be stored: {type(exc).__name__}: {exc}"))
    return stored
