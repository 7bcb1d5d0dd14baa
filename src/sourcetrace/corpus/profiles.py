"""Per-outlet sourcing profiles over a corpus: how much each outlet attributes, to whom, and how
much of it to anonymous sources.

A source that is one of its article's entities is counted under its corpus entity's name, so
"Obama" in one article and "Barack Obama" in another are one top source, "Barack Obama"."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from sourcetrace.corpus.records import CorpusEntity, EntityRef, OutletProfile
from sourcetrace.model import ANONYMOUS_KINDS, Analysis, SourceKind
from sourcetrace.outlets import OutletNames, fold, outlet_names

UNKNOWN_OUTLET = "unknown outlet"
TOP_SOURCES = 5


def outlet_profile(
    outlet: str,
    analyses: Sequence[Analysis],
    entities: Mapping[EntityRef, CorpusEntity] | None = None,
) -> OutletProfile:
    """``entities``: each per-article entity's corpus entity (``corpus.entities.by_member``)."""
    entities = entities or {}
    kinds: Counter[str] = Counter()
    names: Counter[str] = Counter()
    attributions = anonymous = 0
    for analysis in analyses:
        for a in analysis.attributions:
            source = analysis.source(a.source)
            kind = source.kind if source else SourceKind.UNKNOWN
            attributions += 1
            anonymous += kind in ANONYMOUS_KINDS
            kinds[kind.value] += 1
            # Anonymous sources have no name worth ranking: "a senior official" in two articles
            # is not one person.
            if source and kind not in ANONYMOUS_KINDS:
                same = entities.get(EntityRef(analysis.id, source.entity or ""))
                names[same.name if same else source.name] += 1
    return OutletProfile(
        outlet=outlet,
        articles=len(analyses),
        attributions=attributions,
        attributions_per_article=round(attributions / len(analyses), 2) if analyses else 0.0,
        anonymous_share=round(anonymous / attributions, 3) if attributions else 0.0,
        kinds=tuple(kinds.most_common()),
        top_sources=tuple(names.most_common(TOP_SOURCES)),
    )


def outlet_profiles(
    analyses: Sequence[Analysis],
    entities: Mapping[EntityRef, CorpusEntity] | None = None,
    outlets: OutletNames | None = None,
) -> tuple[OutletProfile, ...]:
    """One profile per outlet, most articles first: "fox", "FOX" and "Fox News Channel" are one,
    named by ``outlets`` (the alias table, ``sourcetrace.outlets``)."""
    names = outlets or outlet_names()
    by_outlet: dict[str, list[Analysis]] = defaultdict(list)
    spelling: dict[str, str] = {}
    for analysis in analyses:
        name = names.name(analysis.outlet or UNKNOWN_OUTLET)
        spelling.setdefault(fold(name), name)
        by_outlet[fold(name)].append(analysis)
    profiles = [outlet_profile(spelling[k], v, entities) for k, v in by_outlet.items()]
    return tuple(sorted(profiles, key=lambda p: (-p.articles, p.outlet.casefold())))
