"""The per-article flow: clean -> parse -> attributions -> sources -> entities, timeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from spacy.tokens import Doc

from sourcetrace.attribution import extract_attributions
from sourcetrace.clean import find_boilerplate
from sourcetrace.entities import extract_entities
from sourcetrace.model import Analysis, Article, Boilerplate
from sourcetrace.nlp import load_pipeline, mask
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
) -> Analysis:
    """Analyze one article's text."""
    article = Article(text=text, title=title, published=published, outlet=outlet, url=url)
    return next(analyze_many([article]))


def analyze_many(
    articles: Iterable[Article | str], *, batch_size: int = DEFAULT_BATCH_SIZE
) -> Iterator[Analysis]:
    """Analyze a stream of articles, parsing them in batches with ``nlp.pipe``; yields in order."""
    nlp = load_pipeline()
    cleaned = (_clean(a if isinstance(a, Article) else Article(text=a)) for a in articles)
    pairs = nlp.pipe(
        ((mask(a.text, bp), (a, bp)) for a, bp in cleaned), as_tuples=True, batch_size=batch_size
    )
    for doc, (article, boilerplate) in pairs:
        yield analyze_doc(doc, article, boilerplate)


def _clean(article: Article) -> tuple[Article, tuple[Boilerplate, ...]]:
    return article, find_boilerplate(article.text)


def analyze_doc(doc: Doc, article: Article, boilerplate: tuple[Boilerplate, ...]) -> Analysis:
    """Every stage after parsing, on one parsed article (``doc`` is the masked text's parse)."""
    candidates = extract_attributions(doc)
    sources, attributions = resolve_sources(doc, candidates)
    return Analysis(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        text=article.text,
        boilerplate=boilerplate,
        sources=sources,
        attributions=attributions,
        entities=extract_entities(doc),
        timeline=extract_timeline(doc, article.published, attributions),
    )
