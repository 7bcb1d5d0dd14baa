"""What a list covers: one outlet, one kind of source, a date range, one event, one class of cue.
The API and the web pages parse these once into a ``Filters`` and every list query applies it the
same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, exists, select

from sourcetrace.model import CueClass, SourceKind
from sourcetrace.store import schema


@dataclass(frozen=True, slots=True)
class Filters:
    """None is "any"; the dates are inclusive and an article without a date is outside any range."""

    outlet: str | None = None  # an outlet key (``Store`` folds any spelling to it)
    kind: SourceKind | None = None
    date_from: date | None = None
    date_to: date | None = None
    event: str | None = None
    cue_class: CueClass | None = None  # of claims: speech or written

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(
                f"the date range {self.date_from} to {self.date_to} is empty: 'from' is after 'to'"
            )

    @property
    def any_article_filter(self) -> bool:
        return any(v is not None for v in (self.outlet, self.date_from, self.date_to, self.event))

    def on_articles(self) -> list[ColumnElement[bool]]:
        """Conditions on the ``articles`` table: outlet, date range, event membership."""
        art = schema.articles
        where: list[ColumnElement[bool]] = []
        if self.outlet is not None:
            where.append(art.c.outlet_key == self.outlet)
        if self.date_from is not None:
            where.append(art.c.published >= self.date_from)
        if self.date_to is not None:
            where.append(art.c.published <= self.date_to)
        if self.event is not None:
            ev_art = schema.event_articles
            where.append(
                art.c.id.in_(select(ev_art.c.article_id).where(ev_art.c.event_id == self.event))
            )
        return where

    def on_article_ids(self, article_id: ColumnElement[str]) -> list[ColumnElement[bool]]:
        """The article conditions for a table keyed by ``article_id`` (no join needed)."""
        if not self.any_article_filter:
            return []
        art = schema.articles
        return [article_id.in_(select(art.c.id).where(*self.on_articles()))]

    def on_sources(self, kind: ColumnElement[str]) -> list[ColumnElement[bool]]:
        """The kind condition on a source kind column."""
        return [] if self.kind is None else [kind == self.kind.value]

    def on_claims(self) -> list[ColumnElement[bool]]:
        """The cue class condition on the ``attributions`` table."""
        att = schema.attributions
        return [] if self.cue_class is None else [att.c.cue_class == self.cue_class.value]

    def quoting_kind(self) -> list[ColumnElement[bool]]:
        """For article lists: the article has a claim from a source of the wanted kind."""
        if self.kind is None:
            return []
        src, att = schema.sources, schema.attributions
        return [
            exists().where(
                src.c.article_id == schema.articles.c.id,
                src.c.kind == self.kind.value,
                and_(
                    att.c.article_id == src.c.article_id,
                    att.c.source_id == src.c.source_id,
                    schema.is_claim(),
                ),
            )
        ]

    def params(self) -> dict[str, str]:
        """The filters as query parameters, as the API and pages read them (for links)."""
        values = {
            "outlet": self.outlet,
            "kind": self.kind.value if self.kind else None,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "event": self.event,
            "cue_class": self.cue_class.value if self.cue_class else None,
        }
        return {k: v for k, v in values.items() if v is not None}


NO_FILTERS = Filters()
