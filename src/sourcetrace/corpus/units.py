"""Claim units: the sentences of an article that can be aligned, with the voices they rest on."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from sourcetrace.corpus.records import Evidence
from sourcetrace.corpus.terms import terms
from sourcetrace.model import OWN_VOICE, Analysis, BoilerplateLabel, SourceKind, Voice
from sourcetrace.nlp import mask

# A caption states facts (where, when) worth aligning; the other boilerplate does not. A
# "duplicate" caption is often a reworded one ("airstrike Jan. 3 that killed..."), so it stays
# too; word-for-word repeats are dropped below.
KEPT_BOILERPLATE = frozenset({BoilerplateLabel.CAPTION, BoilerplateLabel.CAPTION_DUPLICATE})
MIN_TERMS = 4  # shorter "sentences" are credits, headings and fragments
UNRESOLVED = "unresolved source"
OPENERS = ' \t\r\n([{“‘"'


@dataclass(frozen=True, slots=True)
class Unit:
    article: str  # the article's id
    start: int
    end: int
    text: str
    voices: tuple[Voice, ...]

    def evidence(self) -> Evidence:
        return Evidence(self.article, self.start, self.end, self.text, self.voices)


@lru_cache(maxsize=1)
def _splitter() -> Language:
    # Rule-based sentence boundaries on the tokenizer alone: spaCy's abbreviation exceptions keep
    # "Gen." and "Jan." inside sentences, at a tiny fraction of a full parse's cost.
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def voices(analysis: Analysis, start: int, end: int) -> tuple[Voice, ...]:
    """The sources whose claims a span rests on, or the outlet's own voice when none covers it
    (a belief or a perception, "he was under the impression that ...", vouches for nothing)."""
    found: list[Voice] = []
    for a in analysis.claims:
        if any(c.start < end and start < c.end for c in a.content):
            source = analysis.source(a.source)
            voice = (
                Voice(source.name, source.kind.value, a.id)
                if source
                else Voice(UNRESOLVED, SourceKind.UNKNOWN.value, a.id)
            )
            if voice not in found:
                found.append(voice)
    return tuple(found) or (Voice(analysis.outlet or "the outlet", OWN_VOICE),)


def paragraphs(analysis: Analysis) -> list[tuple[int, str]]:
    """The lines claims are read from, each with its offset: the body and captions, the other
    boilerplate blanked (same length, so offsets hold)."""
    text = mask(analysis.text, (b for b in analysis.boilerplate if b.label not in KEPT_BOILERPLATE))
    found = []
    offset = 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


def claim_units(analysis: Analysis, lines: list[tuple[int, str]] | None = None) -> tuple[Unit, ...]:
    """The sentences of an article's body (and captions), in order, with their offsets
    (``lines``: its ``paragraphs``, when already at hand)."""
    lines = paragraphs(analysis) if lines is None else lines
    units: list[Unit] = []
    seen: set[str] = set()
    docs = _splitter().pipe(line for _, line in lines)
    for (base, line), doc in zip(lines, docs, strict=True):
        for sent in doc.sents:
            piece = line[sent.start_char : sent.end_char]
            # Masked boilerplate is blank: trim it, so the span is the sentence's own text.
            lead = len(piece) - len(piece.lstrip())
            # An opening bracket or quote left at the end belongs to the next sentence.
            trail = len(piece[lead:]) - len(piece[lead:].rstrip(OPENERS))
            start, end = base + sent.start_char + lead, base + sent.end_char - trail
            sentence = analysis.text[start:end]
            key = " ".join(sentence.casefold().split())
            if len(terms(sentence)) < MIN_TERMS or key in seen:
                continue
            seen.add(key)
            units.append(Unit(analysis.id, start, end, sentence, voices(analysis, start, end)))
    return tuple(units)
