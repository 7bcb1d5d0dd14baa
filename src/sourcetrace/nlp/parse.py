"""Parsing a batch of texts so that no text can fail the others or blow up memory.

spaCy's memory grows with the tokens it parses at once (about 15 KB a token: a 50,000-character
text of one-letter lines takes 760 MB), and it refuses texts over ``nlp.max_length``. So texts are
tokenized first (the tokenizer ``nlp.pipe`` would run anyway), parsed in groups of a bounded
number of tokens, and a long one in pieces cut at line breaks and joined back into one Doc whose
text is the input exactly, so every offset keeps its meaning (but for the case of a Title Case
headline's common words, which the parser reads in sentence case: ``headline``, and the curly
apostrophe of "D’Souza", which it reads straight, and the horizontal bar, an em dash to it:
``parser_text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Token

from sourcetrace.nlp.headline import sentence_cased
from sourcetrace.signatures import without_markup

# A text of more tokens is parsed in pieces of at most this many; a group parsed together holds
# at most PIECES_AT_ONCE pieces' worth (a normal 20,000-character article is about 4,500 tokens).
PIECE_TOKENS = 5_000
PIECES_AT_ONCE = 4
# spaCy's parser and NER parse a batch in length-sorted sub-batches of a quarter of it: a batch
# of twice the group makes them halves of the group, which parse about 1% faster than quarters
# and give the same Docs (the other components take the whole group at once either way).
PIPE_BATCH = 2
# A sentence that ends its line ("... anymore.”" then a blank line): the next line opens a new
# sentence, which the parser would otherwise run on into ('We can't afford it.”  Obama, speaking
# Sunday, said ...' parsed as one sentence leaves "said" without its subject).
_LINE_END = re.compile(r"[.!?][\"”’')]*[ \t]*\n\s*(?=\S)")
# A curly apostrophe after a name's one-letter particle ("D’Souza", "O’Brien"): the model learned
# such names with a straight one and reads them as common nouns, untagged. The parser sees a
# straight one (one character for one, every offset kept); the analysis reads the text as written.
# The apostrophe leads the pattern: the scan jumps from one to the next (3 µs an article, not 200).
_NAME_APOSTROPHE = re.compile(r"’(?<=\b[A-Z]’)(?=[A-Z][a-z])")
# The horizontal bar some outlets set as their dash ("WASHINGTON ― The Senate"): the model never
# learned it, tags it a verb and leaves it glued to a word ("said―and"); the parser sees the em
# dash it stands for (one character for one), the analysis the bar as written.
_BAR, _EM_DASH = "―", "—"


def parser_text(nlp: Language, text: str) -> str:
    """``text`` as the parser is given it: a Title Case headline in sentence case, a name's
    curly apostrophe straight, a horizontal bar an em dash, a tweet tag's markup blanked (the
    words it holds are a sentence of their own, not glued to 'tweet_id="1">')."""
    cased = sentence_cased(nlp, without_markup(text)).replace(_BAR, _EM_DASH)
    return _NAME_APOSTROPHE.sub("'", cased)


def parse_batch(nlp: Language, texts: Sequence[str]) -> list[Doc | Exception]:
    """One Doc per text, in order; a text that cannot be parsed gives its exception instead.

    Short texts go through ``nlp.pipe`` together, up to ``PIECES_AT_ONCE * PIECE_TOKENS`` tokens
    a group; when that fails, each is parsed alone so the failure stays with the text that
    caused it, from a new Doc: the failed run may have annotated some of the group's Docs, and
    the parser keeps what it finds (sentence starts), so a text's result would depend on its
    neighbours.
    """
    tokenized = [_tokenized(nlp, t) for t in texts]
    short = [
        (text, doc)
        for text, doc in zip(texts, tokenized, strict=True)
        if isinstance(doc, Doc) and len(doc) <= PIECE_TOKENS
    ]
    parsed: list[Doc | Exception] = []
    for group in _groups(short):
        try:
            docs = list(nlp.pipe([doc for _, doc in group], batch_size=PIPE_BATCH * len(group)))
            parsed += docs  # only once the whole group is done
        except Exception:
            parsed += [_parse_one(nlp, _tokenized(nlp, text)) for text, _ in group]
    done = iter(parsed)
    return [_long_or(d, done, nlp) for d in tokenized]


def _long_or(
    doc: Doc | Exception, done: Iterator[Doc | Exception], nlp: Language
) -> Doc | Exception:
    """The failure, the next of the short texts parsed together, or the long text parsed now."""
    if isinstance(doc, Exception):
        return doc
    return next(done) if len(doc) <= PIECE_TOKENS else _parse_one(nlp, doc)


def _tokenized(nlp: Language, text: str) -> Doc | Exception:
    try:
        text = parser_text(nlp, text)
        doc = nlp.make_doc(text) if len(text) <= nlp.max_length else _long_doc(nlp, text)
        open_lines(doc, text)
        return doc
    except Exception as exc:  # this text's failure alone
        return exc


def open_lines(doc: Doc, text: str) -> None:
    """Mark the first word after a line that closes a sentence as a sentence start, which the
    parser keeps. ``text`` is the one ``doc`` was made of: ``doc.text`` joins every token anew."""
    for token in _line_openers(doc, text):
        token.is_sent_start = True


def lines_open(doc: Doc) -> bool:
    """Whether a parsed ``doc`` already starts a sentence after every line that closes one, as
    ``open_lines`` has the parser do: the spaCy component parses again where it does not."""
    return all(token.is_sent_start for token in _line_openers(doc, doc.text))


def _line_openers(doc: Doc, text: str) -> Iterator[Token]:
    """The first word after each line of ``text`` (``doc``'s) that closes a sentence."""
    for m in _LINE_END.finditer(text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None:
            yield span[0]


def _long_doc(nlp: Language, text: str) -> Doc:
    """A text over ``nlp.max_length`` tokenized line by line (a line that long, in slices)."""
    parts = [text[i : i + nlp.max_length] for i in range(0, len(text), nlp.max_length)]
    return Doc.from_docs([nlp.make_doc(p) for p in parts], ensure_whitespace=False)


def _groups(docs: Sequence[tuple[str, Doc]]) -> Iterator[list[tuple[str, Doc]]]:
    """Consecutive groups of ``(text, doc)`` pairs of at most ``PIECE_TOKENS * PIECES_AT_ONCE``
    tokens."""
    group: list[tuple[str, Doc]] = []
    size = 0
    for pair in docs:
        if group and size + len(pair[1]) > PIECE_TOKENS * PIECES_AT_ONCE:
            yield group
            group, size = [], 0
        group.append(pair)
        size += len(pair[1])
    if group:
        yield group


def _parse_one(nlp: Language, doc: Doc | Exception) -> Doc | Exception:
    if isinstance(doc, Exception):
        return doc
    try:
        if len(doc) <= PIECE_TOKENS:
            return nlp(doc)
        parsed = list(nlp.pipe(pieces(doc), batch_size=PIECES_AT_ONCE))
        return Doc.from_docs(parsed, ensure_whitespace=False)
    except Exception as exc:  # this text's failure alone
        return exc


def pieces(doc: Doc, size: int = PIECE_TOKENS) -> Iterator[Doc]:
    """``doc``'s tokens in consecutive pieces of at most ``size``, each ending after the last line
    break in its second half when there is one; joined, their text is ``doc``'s."""
    start = 0
    while len(doc) - start > size:
        end = start + size
        for i in range(end - 1, start + size // 2, -1):
            if "\n" in doc[i].text_with_ws:
                end = i + 1
                break
        yield doc[start:end].as_doc()
        start = end
    yield doc[start:].as_doc()
