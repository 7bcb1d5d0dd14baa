"""The per-article flow: clean -> parse -> attributions -> sources -> entities, timeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Any

from spacy.tokens import Doc

from sourcetrace.entities import extract_entities, link_sources
from sourcetrace.ingest import IngestError, Rejected, article_from_record, normalized, one_line
from sourcetrace.methods import DEFAULT_METHOD, Method, extract_attributions, parse_method
from sourcetrace.model import (
    Analysis,
    Article,
    Attribution,
    Boilerplate,
    Source,
    with_claims,
)
from sourcetrace.nlp import blank_boilerplate, load_pipeline, remember_text
from sourcetrace.nlp.parse import parse_batch
from sourcetrace.sources import resolve_sources
from sourcetrace.timeline import extract_timeline

DEFAULT_BATCH_SIZE = 16


def analyze(
    text: str,
    *,
    title: str | None = None,
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    method: Method | str = DEFAULT_METHOD,
) -> Analysis:
    """Analyze one article's text; ``method`` picks the attribution extractor (`Method`)."""
    article = Article(text=text, title=title, published=published, outlet=outlet, url=url)
    return next(analyze_many([article], method=method))


class AnalysisError(RuntimeError):
    """An article that could not be analyzed, named by its origin."""


def analyze_many(
    articles: Iterable[Article | str | dict[str, Any]],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    method: Method | str = DEFAULT_METHOD,
) -> Iterator[Analysis]:
    """Analyze a stream of articles, parsing them in batches with ``nlp.pipe``; yields in order.

    Each article is an ``Article``, a text, or a dict as a JSONL row has it (``text`` required;
    ``title``, ``url``, ``outlet``, ``published`` optional).

    Raises ``AnalysisError`` for an article that fails; ``analyze_stream`` goes on past it.
    """
    for result in analyze_stream(articles, batch_size=batch_size, method=method):
        if isinstance(result, Rejected):
            raise AnalysisError(str(result))
        yield result


def analyze_stream(
    items: Iterable[Article | str | dict[str, Any] | Rejected],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    method: Method | str = DEFAULT_METHOD,
) -> Iterator[Analysis | Rejected]:
    """Like ``analyze_many``, for batch surfaces: inputs already rejected pass through in their
    place, and an article whose analysis fails comes out as a ``Rejected`` saying why, so one bad
    article never ends a run. An unknown ``method`` raises `UnknownMethodError` before any
    article is read."""
    chosen = parse_method(method)
    return _analyzed(items, batch_size, chosen)


def _analyzed(
    items: Iterable[Article | str | dict[str, Any] | Rejected], batch_size: int, method: Method
) -> Iterator[Analysis | Rejected]:
    nlp = load_pipeline()
    prepared = _prepared(items)
    while batch := list(islice(prepared, batch_size)):
        docs = parse_batch(nlp, [text for text, _ in batch])
        for doc, (masked, item) in zip(docs, batch, strict=True):
            if isinstance(item, Rejected):
                yield item
            elif isinstance(doc, Exception):
                yield _failed(item[0], doc)
            else:
                article, boilerplate = item
                remember_text(doc, masked)
                try:
                    yield analyze_doc(doc, article, boilerplate, method)
                except Exception as exc:  # any stage's failure is this article's alone
                    yield _failed(article, exc)


_Prepared = tuple[str, "Rejected | tuple[Article, tuple[Boilerplate, ...]]"]


def _prepared(items: Iterable[Article | str | dict[str, Any] | Rejected]) -> Iterator[_Prepared]:
    """(text to parse, context) pairs: the masked text, or an empty one for a rejected input.

    Every article's text is normalized first (``ingest.normalized``), whatever surface made it.
    """
    for position, item in enumerate(items, start=1):
        if isinstance(item, Rejected):
            yield "", item
            continue
        try:
            article = normalized(_article(item, position))
        except IngestError as exc:
            yield "", Rejected(f"<item {position}>", str(exc))
            continue
        try:
            boilerplate, masked = blank_boilerplate(article.text, article.flagged)
        except Exception as exc:  # as in analyze_stream
            yield "", _failed(article, exc)
            continue
        yield masked, (article, boilerplate)


def _article(item: Article | str | dict[str, Any], position: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item)
    return article_from_record(item, origin=f"<item {position}>")


def _failed(article: Article, exc: Exception) -> Rejected:
    return Rejected(article.origin, f"analysis failed: {one_line(f'{type(exc).__name__}: {exc}')}")


def attribute(
    doc: Doc, method: Method = DEFAULT_METHOD
) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
    """The attributions in a parse of the masked text, and their sources: one path for
    ``analyze`` and the spaCy component."""
    sources, attributions = resolve_sources(doc, extract_attributions(doc, method))
    return with_claims(sources, attributions), attributions


def analyze_doc(
    doc: Doc,
    article: Article,
    boilerplate: tuple[Boilerplate, ...],
    method: Method = DEFAULT_METHOD,
) -> Analysis:
    """Every stage after parsing, on one parsed article (``doc`` is the masked text's parse)."""
    sources, attributions = attribute(doc, method)
    entities = extract_entities(doc, article.text, boilerplate)
    timeline = extract_timeline(doc, article, boilerplate, attributions)
    return Analysis(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        text=article.text,
        boilerplate=boilerplate,
        sources=link_sources(sources, entities),
        attributions=attributions,
        entities=entities,
        timeline=timeline.entries,
        conflicts=timeline.conflicts,
    )
