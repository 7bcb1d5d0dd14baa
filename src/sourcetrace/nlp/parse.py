"""Parsing a batch of texts so that no text can fail the others or blow up memory.

A long text is parsed in pieces cut at paragraph breaks and joined back into one Doc: spaCy's
memory grows with the characters of the texts it parses at once (about 4 KB a character, so a
200,000-character text alone takes 750 MB), and it refuses texts over ``nlp.max_length``. The
joined Doc's text is the input exactly, so every offset keeps its meaning.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

# Longer texts are parsed in pieces of at most this many characters, a few at a time.
PIECE_CHARS = 20_000
PIECES_AT_ONCE = 4
# Where a piece may end, best first: after a blank line, a line, a space; else anywhere.
_BREAKS = ("\n\n", "\n", " ")


def parse_batch(nlp: Language, texts: Sequence[str]) -> list[Doc | Exception]:
    """One Doc per text, in order; a text that cannot be parsed gives its exception instead.

    Short texts go through ``nlp.pipe`` together, as many as fit in ``PIECES_AT_ONCE`` pieces;
    when that fails, each is parsed alone so the failure stays with the text that caused it.
    """
    parsed: list[Doc | Exception] = []
    for group in _groups([t for t in texts if len(t) <= PIECE_CHARS]):
        try:
            docs = list(nlp.pipe(group, batch_size=len(group)))
            parsed += docs
        except Exception:
            parsed += [_parse_one(nlp, t) for t in group]
    done = iter(parsed)
    return [next(done) if len(t) <= PIECE_CHARS else _parse_one(nlp, t) for t in texts]


def _groups(texts: Sequence[str]) -> Iterator[list[str]]:
    """Consecutive groups of ``texts`` of at most ``PIECE_CHARS * PIECES_AT_ONCE`` characters."""
    group: list[str] = []
    size = 0
    for text in texts:
        if group and size + len(text) > PIECE_CHARS * PIECES_AT_ONCE:
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


def _parse_one(nlp: Language, text: str) -> Doc | Exception:
    try:
        if len(text) <= PIECE_CHARS:
            return nlp(text)
        docs = list(nlp.pipe(pieces(text), batch_size=PIECES_AT_ONCE))
        return Doc.from_docs(docs, ensure_whitespace=False)
    except Exception as exc:  # this text's failure alone
        return exc


def pieces(text: str, size: int = PIECE_CHARS) -> Iterator[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters, each ending at the
    best break it holds; joined, they are ``text``."""
    start = 0
    while len(text) - start > size:
        limit = start + size
        end = next(
            (cut + len(b) for b in _BREAKS if (cut := text.rfind(b, start + 1, limit)) >= 0),
            limit,
        )
        yield text[start:end]
        start = end
    yield text[start:]
