"""What each table and column of the store holds, in words for people browsing it (Datasette's
metadata). ``tests/test_datasette.py`` checks that every table and column of ``schema`` has one."""

from __future__ import annotations

from sourcetrace.store import schema

TABLES = {
    "schema_version": "Migrations applied to this store, one row each.",
    "articles": "One row per article, with its text and its sourcing profile (over claims).",
    "boilerplate": "Spans of an article that are not its story: captions, credits, paywall notes.",
    "sources": "Who is quoted or cited in an article, one row per source per article.",
    "source_mentions": "Each place in the text where a source is named or referred to.",
    "attributions": "Quotes and reported claims: who said it (source), how (cue), with what "
    "confidence.",
    "attribution_content": "What was said: the content spans of each attribution (a quote "
    "interrupted by its cue has two).",
    "entities": "People, organizations and places named in an article (spaCy's labels).",
    "entity_mentions": "Each place in the text where an entity is named.",
    "timeline": "Dated expressions of an article, resolved to ISO dates.",
    "conflicts": "Spans inside one article that disagree, such as a date and its weekday.",
    "rejects": "Inputs that could not be analyzed, with the latest reason.",
    "events": "Stories told by several articles, found by `sourcetrace compare`.",
    "event_articles": "The articles of each event.",
    "claim_links": "Pairs of sentences from two articles of an event that state the same fact "
    "(corroborates) or a conflicting one (conflicts).",
    "claim_voices": "Who each side of a claim link rests on: a source, or the outlet itself.",
    "identities": "People and organizations across articles: the stored entities clustered as "
    "`sourcetrace compare` clusters them, rebuilt after each ingest.",
    "identity_changes": "Merges and splits of identities made by people, with who and when; "
    "replayed after each rebuild unless undone.",
}

# Columns named alike in several tables mean the same thing in each.
_SHARED = {
    "article_id": "The article (articles.id).",
    "seq": "Order within its article (or its parent row).",
    "text": "The span's text, as in articles.text.",
    "start_char": "Where the span starts in articles.text (character offset).",
    "end_char": "Where the span ends in articles.text (character offset, exclusive).",
    "source_id": "The source within its article (sources.source_id).",
    "attribution_id": "The attribution within its article (attributions.attribution_id).",
    "entity_id": "The entity within its article (entities.entity_id).",
    "event_id": "The event (events.id).",
    "stored_at": "When the row was written.",
}

# Span columns by prefix (attributions.cue_text, conflicts.first_start_char, ...).
_SPAN_PREFIXES = {
    "cue_": "the cue (the verb or phrase of saying)",
    "speaker_": "the speaker as named at the attribution",
    "first_": "the first of the two disagreeing spans",
    "second_": "the second of the two disagreeing spans",
}
# A claim link's two sides (claim_links.text_a, article_id_b, ...).
_SIDES = {"_a": "side a", "_b": "side b"}

_COLUMNS = {
    "schema_version": {
        "version": "Migration number.",
        "description": "What the migration changed.",
        "applied_at": "When it was applied.",
    },
    "articles": {
        "id": "16 hex digits of the SHA-256 of the text.",
        "title": "Headline.",
        "outlet": "Publication, as given by the input.",
        "url": "Where the article was published.",
        "published": "Publication date.",
        "text": "The article's text; every span's offsets point into it.",
        "n_sources": "Sources with at least one claim.",
        "n_named_person": "Named people among the sources.",
        "n_anonymous_person": "Anonymous people among the sources.",
        "n_organization": "Organizations among the sources.",
        "n_document": "Documents among the sources.",
        "n_unknown": "Sources of unknown kind.",
        "n_attributions": "Claims (asserted speech or writing).",
        "anonymous_share": "Share of claims resting on anonymous people (0 to 1).",
        "origin": "Where the article was read from (file, URL, record).",
        "n_flagged": "Attributions that are no claims: beliefs, perceptions, unasserted speech.",
        "outlet_name": "The outlet's one name (the alias table's, else as written).",
        "outlet_key": "Groups an outlet's articles: its one name, case folded.",
    },
    "boilerplate": {"label": "What the span is: caption, credit, paywall, ..."},
    "sources": {
        "name": "Name as written, or the wording of an anonymous source.",
        "kind": "named_person, anonymous_person, organization, document or unknown.",
        "description": "How the article describes the source (title, role).",
        "entity_id": "The matching entity of the article, if any.",
        "source_key": "Groups one name and kind across articles.",
        "identity_id": "The person or organization across articles (identities.id), if known.",
    },
    "attributions": {
        "source_id": "Who it is attributed to (sources.source_id); empty when unresolved.",
        "type": "direct (a quote), indirect (reported) or mixed.",
        "confidence": "How sure the extractor is (0 to 1).",
        "cue_class": "speech, written, belief or perception.",
        "asserted": "Whether the speech is asserted (not denied, planned or hypothetical).",
    },
    "entities": {
        "name": "Canonical name.",
        "label": "spaCy label: PERSON, ORG, GPE, ...",
        "titles": "Titles seen before the name (a JSON list).",
        "identity_id": "The person or organization across articles (identities.id), if known.",
    },
    "timeline": {
        "value": "The resolved date (ISO 8601).",
        "event": "The sentence's event the date belongs to.",
        "attribution_id": "The attribution the date is said in, if any.",
        "caption": "Whether the date is in a photo caption.",
        "anchored": "Whether the date was resolved against the publication date.",
    },
    "conflicts": {
        "kind": "What disagrees: date, weekday.",
        "explanation": "Why the spans disagree, in words.",
    },
    "identities": {
        "id": "The source_key its name would have.",
        "name": "The fullest, most frequent spelling.",
        "kind": "named_person or organization.",
        "names": "Every spelling, most mentioned first (a JSON list).",
        "n_articles": "Articles that mention it.",
        "n_mentions": "Mentions over all articles.",
    },
    "identity_changes": {
        "id": "Order of the change.",
        "action": "merge or split.",
        "identities": "merge: the identity ids, the first kept; split: the one split (JSON).",
        "names": "split: the spellings taken out of the identity (JSON).",
        "made_by": "Who made the change.",
        "made_at": "When it was made.",
        "undone_by": "Who undid it, if undone.",
        "undone_at": "When it was undone.",
    },
    "rejects": {
        "origin": "The input that failed.",
        "reason": "Why it failed.",
        "rejected_at": "When it last failed.",
    },
    "events": {
        "id": "Event id.",
        "title": "A headline for the event.",
        "summary": "What the event's articles share.",
    },
    "claim_links": {
        "relation": "corroborates, conflicts or related.",
        "score": "Similarity of the two sentences (0 to 1).",
        "independent": "False when both sides repeat one shared passage (wire copy).",
        "note": "What differs, e.g. 'date: 2007 vs 2008'.",
    },
    "claim_voices": {
        "link_seq": "The claim link (claim_links.seq).",
        "side": "Which side of the link: a or b.",
        "name": "The source's name, or the outlet's.",
        "kind": "A source kind, or 'outlet' when the article states it itself.",
    },
}


def column_description(table: str, column: str) -> str | None:
    """The column's description: its own, else that of its span prefix or link side, else the
    shared one; None when it has none."""
    if own := _COLUMNS.get(table, {}).get(column):
        return own
    for prefix, what in _SPAN_PREFIXES.items():
        if column.startswith(prefix) and (base := _SHARED.get(column.removeprefix(prefix))):
            return _of(what, base)
    for suffix, side in _SIDES.items():
        if column.endswith(suffix) and (base := _SHARED.get(column.removesuffix(suffix))):
            return _of(side, base)
    return _SHARED.get(column)


def _of(what: str, base: str) -> str:
    return f"{what[0].upper()}{what[1:]}: {base[0].lower()}{base[1:]}"


def described() -> dict[str, tuple[str, dict[str, str]]]:
    """Every table of the schema: its description and its columns' descriptions. A KeyError
    names a table or column left undescribed, so a schema change cannot go out without words."""
    out = {}
    for name, table in schema.metadata.tables.items():
        columns = {}
        for column in table.columns:
            description = column_description(name, column.name)
            if description is None:
                raise KeyError(f"{name}.{column.name}: no description")
            columns[column.name] = description
        out[name] = (TABLES[name], columns)
    return out
