"""Name normalization shared by every stage that compares names of people and organizations.

Entities (within an article), sources (speaker names) and the corpus views (across articles) all
need to decide whether two strings name the same thing: "Maj. Gen. Qassem Soleimani",
"Qasem Soleimani", "Soleimani's" and "Soleimani" are one man; "Joint Special Operations Command"
and "JSOC" one command. The helpers here are pure string functions so each stage can reuse them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from sourcetrace import given_names
from sourcetrace.given_names import GivenNames
from sourcetrace.vocabulary import ARABIC_ARTICLES, NAME_SUFFIXES, TITLE_PHRASES

_TITLES = frozenset(TITLE_PHRASES)  # compared casefolded, dots removed (`_title_key`)
_MAX_TITLE_WORDS = max(len(t.split()) for t in TITLE_PHRASES)
# The last word of each title phrase: a run of titles ends on one.
_TITLE_LAST_WORDS = frozenset(t.rsplit(" ", 1)[-1] for t in _TITLES)
# Characters before a name that `title_start` reads first: half a dozen words or more.
_TITLE_REACH = 40

# Words that spellings of one name keep or drop: "al-Maliki" / "Maliki", "the Quds Force".
_PARTICLES = ARABIC_ARTICLES | {"the"}
# Hyphenated tails that turn a name into a modifier: "Saddam Hussein-era", "Iranian-backed".
_MODIFIER_TAIL = re.compile(r"-(?:era|led|backed|linked|allied|based|style|aligned|funded)$", re.I)
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_WORD = re.compile(r"\S+")
_TOKEN = re.compile(r"[^\W_]+")
# Apostrophes as pages type them: the right single quotation mark and the modifier letter.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def _title_key(word: str) -> str:
    return word.replace(".", "").casefold()


def _title_words_at(words: list[str], i: int) -> int:
    """How many of ``words[i:]`` form the longest title phrase starting there (0 if none)."""
    for n in range(min(_MAX_TITLE_WORDS, len(words) - i), 0, -1):
        if " ".join(_title_key(w) for w in words[i : i + n]) in _TITLES:
            return n
    return 0


def title_end(name: str) -> int:
    """Offset in ``name`` where the name proper starts, after leading titles and ranks.

    Titles are stripped only while a word of the name remains: "General" alone stays "General".
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(name)]
    i = 0
    while i < len(words):
        n = _title_words_at([w for _, w in words], i)
        if n == 0 or i + n >= len(words):
            break
        i += n
    return words[i][0] if words else 0


def _title_run_word(word: str) -> bool:
    """A word that can belong to a run of titles: no sentence punctuation, and a dot only on an
    abbreviation ("Gen.", not the "state." ending the sentence before a name)."""
    if word[-1] in ',;:!?)"”':
        return False
    return not word.endswith(".") or len(_title_key(word)) <= 4


def title_start(text: str, start: int) -> int:
    """Start of the run of titles that directly precede ``text[start:]`` on the same line.

    For "asked Army Lt. Gen. Stanley McChrystal" and the start of "Stanley", the start of
    "Army". Returns ``start`` when no title precedes.
    """
    line_start = text.rfind("\n", 0, start) + 1
    # Titles stand right before the name, so the line's last words are read first (entities ask
    # this of every person in a paragraph-long line); the whole line is read only when fewer
    # words than the longest title's are left before the run found, as it might go on there.
    near = max(line_start, start - _TITLE_REACH)
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, near, start)]
    if words and words[0][0] == near > line_start and not text[near - 1].isspace():
        words = words[1:]  # the end of a word cut by the window
    first = _title_run(words)
    if near > line_start and first < _MAX_TITLE_WORDS:
        words = [(m.start(), m.group()) for m in _WORD.finditer(text, line_start, start)]
        first = _title_run(words)
    return words[first][0] if first < len(words) else start


def _title_run(words: list[tuple[int, str]]) -> int:
    """Where the run of titles ending ``words`` starts (``len(words)`` when none ends them)."""
    first = len(words)
    while first > 0:
        if _title_key(words[first - 1][1]) not in _TITLE_LAST_WORDS:
            break  # the word before most names: no phrase of titles to join up
        for n in range(min(_MAX_TITLE_WORDS, first), 0, -1):
            run = [w for _, w in words[first - n : first]]
            if all(map(_title_run_word, run)) and " ".join(map(_title_key, run)) in _TITLES:
                first -= n
                break
        else:
            break
    return first


def is_suffix_extension(long: str, short: str) -> bool:
    """``long`` is ``short`` (two words or more) with words in front: "Crooked Hillary Clinton"
    for "Hillary Clinton", usually a word the tagger swept into the name."""
    tl, ts = name_tokens(long), name_tokens(short)
    return 2 <= len(ts) < len(tl) and tl[-len(ts) :] == ts


def strip_titles(name: str) -> str:
    """``name`` without leading titles: "Army Lt. Gen. Stanley McChrystal" -> "Stanley
    McChrystal"."""
    return name[title_end(name) :]


@lru_cache(maxsize=8192)  # as name_tokens: one article cuts the same few names ~4 times over
def name_core(name: str, *, titles: bool = True) -> tuple[int, int]:
    """The ``(start, end)`` of the name proper inside ``name``: titles (unless ``titles`` is
    false: "Army Corps of Engineers" keeps its "Army"), a leading "the", a possessive and a
    modifier tail ("-era") cut, surrounding punctuation trimmed."""
    start = title_end(name) if titles else 0
    end = len(name.rstrip())
    core = name[start:end]
    if core.casefold().startswith("the ") and len(core) > 4:
        start += 4
    while end > start and not (name[end - 1].isalnum() or name[end - 1] in ".'’"):
        end -= 1  # an opening quote swept in after "DuVernay’s ‘"
    stem = name[start:end]
    for pattern in (_POSSESSIVE, _MODIFIER_TAIL):
        m = pattern.search(stem)
        if m and m.start() > 0:
            stem = stem[: m.start()]
    end = start + len(stem)
    while end > start and not (name[end - 1].isalnum() or name[end - 1] == "."):
        end -= 1
    while start < end and not name[start].isalnum():
        start += 1
    return start, end


def plain_apostrophes(name: str) -> str:
    """``name`` with a straight apostrophe for a typographic one: "O’Malley" -> "O'Malley".
    One outlet's page types it curly and another's straight, and a source is one source across
    outlets (the store groups sources by name), so a name never depends on the page's
    typography; its mentions keep the text as written."""
    return name.translate(_APOSTROPHES)


def fold(text: str) -> str:
    """Casefolded, accents removed: "Qāsem" -> "qasem"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=8192)  # names repeat within an article and across a corpus
def name_tokens(name: str, *, titles: bool = True) -> tuple[str, ...]:
    """The comparable words of a name: folded, titles and particles dropped, punctuation split.

    "Maj. Gen. Qassem Soleimani's" -> ("qassem", "soleimani"); "Nouri al-Maliki" ->
    ("nouri", "maliki"); "U.S." -> ("u", "s").
    """
    start, end = name_core(name, titles=titles)
    tokens = tuple(t for t in _TOKEN.findall(fold(name[start:end])) if t not in _PARTICLES)
    return tokens or tuple(_TOKEN.findall(fold(name)))


def normalize_name(name: str, *, titles: bool = True) -> str:
    """A key equal for trivially different spellings: "the Quds Force’s" -> "quds force".
    ``titles=False`` keeps leading title words, for organizations ("Army Corps of Engineers")."""
    return " ".join(name_tokens(name, titles=titles))


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, or ``limit`` as soon as it is known to be at least that."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


def tokens_match(a: str, b: str) -> bool:
    """Two name words are one spelled two ways: "qassem"/"qasem", "guard"/"guards".

    Numbers and words under five letters must be equal ("iran" is not "iraq"); longer words must
    share their first letter and may differ by one edit, words of ten letters or more by two
    ("mexicans" is not "americans").
    """
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if not (a.isalpha() and b.isalpha()) or shortest < 5 or a[0] != b[0]:
        return False
    allowed = 2 if shortest >= 10 else 1
    return edit_distance(a, b, allowed + 1) <= allowed


def same_name(a: str, b: str, *, titles: bool = True) -> bool:
    """``a`` and ``b`` are spellings of one full name, word by word."""
    ta, tb = name_tokens(a, titles=titles), name_tokens(b, titles=titles)
    return len(ta) == len(tb) and all(tokens_match(x, y) for x, y in zip(ta, tb, strict=True))


def without_suffix(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name words without a generational suffix: ("joseph", "r", "biden", "jr") ->
    ("joseph", "r", "biden"); a two-word name keeps it (nothing else would name the person)."""
    return tokens[:-1] if len(tokens) > 2 and tokens[-1] in NAME_SUFFIXES else tokens


def given_names_match(a: str, b: str, table: GivenNames | None = None) -> bool:
    """Two first names (casefolded words) of one person: one spelled two ways, or a name and its
    diminutive in the given-name table ("bob" / "robert", "bill" / "william")."""
    table = table or given_names.table()
    return tokens_match(a, b) or table.is_diminutive(a, b) or table.is_diminutive(b, a)


def same_person_name(a: str, b: str) -> bool:
    """``a`` and ``b`` spell one person's full name, word by word, the first name possibly a
    diminutive: "Bob Goodlatte" / "Robert Goodlatte" (a one-word name has no first name)."""
    return _same_person_name(a, b, given_names.table())


@lru_cache(maxsize=65536)  # a corpus compares the same few spellings of a person many times
def _same_person_name(a: str, b: str, table: GivenNames) -> bool:
    ta, tb = name_tokens(a), name_tokens(b)
    if len(ta) != len(tb) or not ta or (len(ta) == 1 and not tokens_match(ta[0], tb[0])):
        return False
    return given_names_match(ta[0], tb[0], table) and all(
        tokens_match(x, y) for x, y in zip(ta[1:], tb[1:], strict=True)
    )


def is_short_form(short: str, full: str, table: GivenNames | None = None) -> bool:
    """``short`` names a person by part of ``full``: the surname ("Soleimani" for "Qassem
    Soleimani") or first and last name without the middle ("George Bush" for "George W. Bush",
    "Joe Biden" for "Joseph R. Biden Jr.": a diminutive, and a generational suffix left out or
    kept on both).

    A single word must match the last word (a first name alone is too ambiguous). A short form
    that keeps a middle name must keep them all: "George W. Bush" is not "George H. W. Bush".
    ``table``: the given-name table, else `given_names.table()` (a caller comparing many pairs
    reads it once: each read looks the environment up).
    """
    return _is_short_form(short, full, table or given_names.table())


@lru_cache(maxsize=65536)
def _is_short_form(short: str, full: str, table: GivenNames) -> bool:
    ts, tf = name_tokens(short), name_tokens(full)
    if ts[-1:] == tf[-1:] and ts[-1:] and ts[-1] in NAME_SUFFIXES:
        ts, tf = without_suffix(ts), without_suffix(tf)  # "Theodore Boutrous Jr." for "... J. ..."
    elif ts[-1:] != tf[-1:]:
        tf = without_suffix(tf)
    if not ts or len(ts) >= len(tf) or len(ts) > 2:
        return False
    if len(ts) == 1:
        return tokens_match(ts[0], tf[-1])
    return given_names_match(ts[0], tf[0], table) and tokens_match(ts[-1], tf[-1])


def person_names_match(a: str, b: str) -> bool:
    """One person: same name spelled differently, or one is a short form of the other."""
    table = given_names.table()  # read once, not by each test: each read looks the environment up
    return (
        _same_person_name(a, b, table) or _is_short_form(a, b, table) or _is_short_form(b, a, table)
    )


def surname(name: str) -> str:
    """The last word of a person's name as written: "Army Lt. Gen. Stanley McChrystal's" ->
    "McChrystal"; "Nouri al-Maliki" -> "al-Maliki"."""
    start, end = name_core(name)
    words = name[start:end].split()
    return words[-1] if words else ""


def is_acronym(text: str) -> bool:
    """An all-capitals short form: "JSOC", "U.S.", "EFPs", "SOCOM"."""
    letters = text.replace(".", "")
    letters = letters[:-1] if letters.endswith("s") else letters
    return 2 <= len(letters) <= 10 and letters.isalpha() and letters.isupper()


def acronym_letters(text: str) -> str:
    """The letters of an acronym, casefolded: "U.S." -> "us", "EFPs" -> "efp"."""
    letters = text.replace(".", "")
    return (letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters).lower()


def initials(name: str) -> str:
    """First letters of a name's significant words: "Joint Special Operations Command" -> "jsoc"."""
    return "".join(t[0] for t in _TOKEN.findall(fold(name)) if t not in _CONNECTIVES)


_CONNECTIVES = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de"})


def expands(short: str, long: str) -> bool:
    """``long`` is an expansion of the acronym ``short``.

    The Schwartz–Hearst test (2003): the acronym's letters occur in order in ``long``, read from
    the end, with its first letter starting a word of ``long``. So "SOCOM" expands to "Special
    Operations Command" and "JSOC" to "Joint Special Operations Command". The first word of
    ``long`` must be used, so the expansion is not longer than what the acronym covers.
    """
    letters = acronym_letters(short)
    text = fold(long)
    if not letters or not text or text[0] != letters[0]:
        return False
    li, ti = len(letters) - 1, len(text) - 1
    while li >= 0:
        while ti >= 0 and (
            text[ti] != letters[li] or (li == 0 and ti > 0 and text[ti - 1].isalnum())
        ):
            ti -= 1
        if ti < 0:
            return False
        li -= 1
        ti -= 1
    return ti < 0 or not text[: ti + 1].strip(" -")


def is_acronym_of(short: str, long: str) -> bool:
    """``short`` is the strict initials of ``long`` ("CIA" / "Central Intelligence Agency",
    "U.S." / "United States"): safer than :func:`expands` when the text never defines it."""
    return (
        is_acronym(short) and acronym_letters(short) == initials(long) and len(initials(long)) >= 2
    )


def org_names_match(a: str, b: str) -> bool:
    """One organization or place: the same name spelled differently ("Revolutionary Guard" /
    "Revolutionary Guards"), or one is the other's initials ("CIA", "U.S.")."""
    return same_name(a, b, titles=False) or is_acronym_of(a, b) or is_acronym_of(b, a)
