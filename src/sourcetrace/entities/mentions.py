"""Name mentions of one article: spaCy's entities cut to the name proper, and the short forms the
article defines (acronyms, nicknames)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span

from sourcetrace import names
from sourcetrace.attribution.speaker import is_dateline, typed_dash
from sourcetrace.nlp import doc_text

# Labels that name one real thing; dates, numbers, products and works are left to other stages.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
PERSON = "PERSON"
_ACRONYM_IN_PARENS = re.compile(r"\(\s*([A-Z][A-Za-z.&]*[A-Z]s?)\s*\)")
_TRAILING_DATE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?\d{4}s?$")
_JUNK = re.compile(r"[^\w\s.'’&/-]")  # brackets, quotes: "[W]e" is no name
_INNER_POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z0-9])")
_WORDS_BEFORE = re.compile(r"[^\s(]+")
_NAME_WORD = r"[A-Z][\w'’-]*"
# "Benjamin Netanyahu, known as Bibi", "..., better known as “Bibi”", "..., nicknamed Bibi".
_NICKNAME_AFTER = re.compile(
    r",\s+(?:(?:also|better|widely|popularly)\s+)?(?:known\s+as|nicknamed)\s+[\"“‘]?"
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD})?)"
)
# 'Benjamin "Bibi" Netanyahu': a quoted word between a first name and a surname.
_NICKNAME_INSIDE = re.compile(rf"\b[A-Z][a-z]+\s+[\"“‘]({_NAME_WORD})[\"”’]\s+({_NAME_WORD})")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    label: str
    text: str
    title: str = ""  # titles written just before a person's name: "Army Lt. Gen."


@dataclass(frozen=True, slots=True)
class Definition:
    """A short form the article ties to a name: "Joint Special Operations Command (JSOC)", the
    long form and the acronym it defines; "Benjamin Netanyahu, known as Bibi", the name and its
    nickname."""

    long: Mention
    short: Mention


def _cut(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """The name proper inside an entity span: no "(ACR" tail, titles, "the", possessive."""
    raw = text[start:end]
    paren = raw.find("(")
    if paren > 0:
        raw = raw[:paren]
    if date := _TRAILING_DATE.search(raw):  # "the Iran-Iraq War of the 1980s"
        raw = raw[: date.start()]
    core_start, core_end = names.name_core(raw, titles=label == PERSON)
    return start + core_start, start + core_end


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An entity span split where one name owns another: "the 82nd Airborne Division’s Immediate
    Response Force" is two organizations ("Children's Hospital", one word before, is one)."""
    m = _INNER_POSSESSIVE.search(text, start, end)
    if (
        m is None
        or len(text[start : m.start()].split()) < 2
        or len(text[m.end() : end].split()) < 2
    ):
        return [(start, end)]
    return [(start, m.start()), (m.end(), end)]


def title_before(text: str, start: int) -> str:
    """The titles written just before the name at ``start``, whitespace squeezed."""
    return " ".join(text[names.title_start(text, start) : start].split())


def _proper_nouns(ent: Span) -> tuple[int, int]:
    """A person's span from its first to its last proper noun: "Obama Seeks" in a headline is
    "Obama"; titles (often tagged PROPN) are cut later by name."""
    propn = [t for t in ent if t.pos_ == "PROPN"]
    if not propn:
        return ent.start_char, ent.end_char
    return propn[0].idx, propn[-1].idx + len(propn[-1].text)


def _between_dashes(ent: Span, text: str) -> list[Span]:
    """``ent`` split at the dashes the tagger ran it across, spaced hyphens included: no name
    holds one ("Ann Lee - Tom Reed" is two names), and a dateline opening the line is none of
    them ("ROME - Bernie Sanders met ..." names Sanders alone)."""
    dashes = [t.i for t in ent if typed_dash(t)]
    if not dashes:
        return [ent]
    bounds = [ent.start - 1, *dashes, ent.end]
    pieces = [
        Span(ent.doc, after + 1, before, label=ent.label)
        for after, before in pairwise(bounds)
        if before > after + 1
    ]
    opens_line = ent.start_char == text.rfind("\n", 0, ent.start_char) + 1
    if pieces and opens_line and pieces[0].start == ent.start and is_dateline(pieces[0]):
        return pieces[1:]
    return pieces


def _named_parts(ent: Span, text: str) -> list[Mention]:
    """The mentions of the names in one entity span, each cut to its name proper."""
    ent_start, ent_end = (
        _proper_nouns(ent) if ent.label_ == PERSON else (ent.start_char, ent.end_char)
    )
    found = []
    for part_start, part_end in _parts(text, ent_start, ent_end):
        start, end = _cut(text, part_start, part_end, ent.label_)
        # A name starts with a capital or a digit: "the state" is no entity.
        if end <= start or not (text[start].isupper() or text[start].isdigit()):
            continue
        if _JUNK.search(text, start, end):
            continue
        title = title_before(text, start) if ent.label_ == PERSON else ""
        found.append(Mention(start, end, ent.label_, text[start:end], title))
    return found


def ner_mentions(doc: Doc, entities: Sequence[Span]) -> list[Mention]:
    """One mention per named entity of ``doc`` (``entities``: its ``ents``), cut to its name;
    words spaCy tagged inside a person's title ("Army Lt" before "Stanley McChrystal") are
    dropped."""
    text = doc_text(doc)
    mentions = []
    for ent in entities:
        if ent.label_ not in ENTITY_LABELS:
            continue
        for piece in _between_dashes(ent, text):
            mentions.extend(_named_parts(piece, text))
    title_spans = [(names.title_start(text, m.start), m.start) for m in mentions if m.title]
    return [
        m
        for m in mentions
        if m.label == PERSON or not any(s <= m.start and m.end <= e for s, e in title_spans)
    ]


def acronym_definitions(text: str) -> list[Definition]:
    """Acronyms defined in parentheses after their expansion ("Joint Special Operations Command
    (JSOC)"), capitalized expansions only. Both are labeled ORG, the usual case; the parser's
    labels on the expansion outvote it when the entity is clustered."""
    found = []
    for m in _ACRONYM_IN_PARENS.finditer(text):
        short = m.group(1)
        if not names.is_acronym(short):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(_WORDS_BEFORE.finditer(text, line_start, m.start()))
        limit = min(len(names.acronym_letters(short)) + 5, 2 * len(short))
        for n in range(1, min(limit, len(words)) + 1):
            first = words[-n]
            long_start, long_end = first.start(), words[-1].end()
            if names.expands(short, text[long_start:long_end]):
                if text[long_start].isupper():
                    long = Mention(long_start, long_end, "ORG", text[long_start:long_end])
                    acronym = Mention(m.start(1), m.end(1), "ORG", short)
                    found.append(Definition(long, acronym))
                break
    return found


def nickname_definitions(text: str, mentions: Sequence[Mention]) -> list[Definition]:
    """Nicknames the article ties to a person it names: after the name ("Benjamin Netanyahu,
    known as Bibi") or quoted inside it ('Benjamin "Bibi" Netanyahu', tied to the surname: the
    tagger seldom reads the quoted name as one)."""
    found = []
    for m in mentions:
        if m.label == PERSON and (after := _NICKNAME_AFTER.match(text, m.end)):
            nickname = Mention(after.start(1), after.end(1), PERSON, after.group(1))
            found.append(Definition(m, nickname))
    people = [(m.start, m.end) for m in mentions if m.label == PERSON]
    for inside in _NICKNAME_INSIDE.finditer(text):
        if not any(s < inside.end() and inside.start() < e for s, e in people):
            continue  # 'the "Hope" Posters': no person named there
        surname = Mention(inside.start(2), inside.end(2), PERSON, inside.group(2))
        nickname = Mention(inside.start(1), inside.end(1), PERSON, inside.group(1))
        found.append(Definition(surname, nickname))
    return found
