"""Person names in a parsed article: where a name starts, its fullest form, its other mentions."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from itertools import permutations

import numpy as np
from spacy.attrs import ENT_TYPE, IDX
from spacy.tokens import Doc, Span, Token

from sourcetrace.attribution.speaker import HYPHENS, typed_dash
from sourcetrace.nlp import doc_text, span_text
from sourcetrace.sources.lexicon import ORGANIZATION_NAMES, OUTLET_WORDS, PLACE_HEADS
from sourcetrace.vocabulary import (
    ARABIC_ARTICLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    PLACE_PREPS,
    REGION_LABELS,
    ROYAL_TITLES,
    TITLES,
)

# Entity labels that mark a capitalized token as a place or institution, never part of a name.
NOT_NAME_LABELS = frozenset({"ORG", "GPE", "FAC", "LOC", "NORP"})
OPENING_QUOTES = frozenset({"“", "‘", '"'})
PERSON_POSSESSIVES = frozenset({"his", "her"})
PERSON_REFLEXIVES = frozenset({"himself", "herself"})
# Labels under which the text need not show a name is a person's: the NER says so already
# (PERSON), or it is a building's, whatever the text says around it.
SETTLED_LABELS = frozenset({"PERSON", "FAC"})
# A people's word is a surname only after a given name: "Roman Smbatyan", not "ex-Republican".
PEOPLE_LABEL = "NORP"
# Labels of a full name that may still be a person's: an organization's (a small NER model's
# usual slip, "Carly Fiorina" ORG) or none.
UNSURE_NAME_LABELS = frozenset({"ORG", ""})
# Words of an institution's or a place's name, never of a person's: "Fox News", "Bellwether
# County", "Politico", "City Council".
INSTITUTION_WORDS = ORGANIZATION_NOUNS | OUTLET_WORDS | ORGANIZATION_NAMES | PLACE_HEADS
MAX_FULL_NAME_WORDS = 3  # "Ana Lucia Reyes"; longer organization entities are no one's name
# Where a group's name lists its members, and how many members are matched in any order.
GROUP_SEPARATORS = re.compile(r",|\band\b")
MAX_GROUP_MEMBERS = 5
# What closes a first name an editor put in brackets: "(Frank) Vogel".
CLOSING_BRACKET = ")"
_LAST_ASCII = 0x7F


def capitalized(token: Token) -> bool:
    """A word written with a capital, or the lowercase half of a hyphened given name the NER
    tags as a person's: "un" of "Kim Jong-un", "yip" of "Cheuk Hau-yip"."""
    if token.text[:1].isupper():
        return True
    if token.i < 2 or token.ent_type_ != "PERSON":
        return False
    first, hyphen = token.doc[token.i - 2 : token.i]
    glued = not hyphen.whitespace_ and not first.whitespace_
    return glued and hyphen.text in HYPHENS and first.text[:1].isupper()


def _maybe_capitalized(doc: Doc) -> Iterator[Token]:
    """The tokens `capitalized` can hold of: those written with a capital and those the NER tags
    as a person's, read from the Doc's arrays so that a Token is made only for these few."""
    text, person = doc_text(doc), doc.vocab.strings["PERSON"]
    starts, labels = doc.to_array([IDX, ENT_TYPE]).T
    # each token's first character as a code point, tested on the whole column: an uppercase
    # one is A-Z or outside ASCII, where str.isupper is asked of the few such characters
    firsts = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)[starts]
    upper = (firsts >= ord("A")) & (firsts <= ord("Z"))
    for i in np.flatnonzero(firsts > _LAST_ASCII).tolist():
        upper[i] = text[starts[i]].isupper()
    for i in np.flatnonzero(upper | (labels == person)).tolist():
        yield doc[i]


def is_title(token: Token) -> bool:
    return token.text.lower().rstrip(".") in TITLES


def _is_name_part(token: Token) -> bool:
    text, entity = token.text, token.ent_type_
    if not _name_word(token):
        return False  # most words a name is looked for beside: no table need be read
    if is_title(token) or text.lower() in PERSON_NOUNS:  # "Spokeswoman Jessica Ditto"
        return False
    if token.tag_ == "POS":  # the NER can take "’s" into the name: "Hillary Clinton’s lawyer"
        return False
    if entity == "PERSON":
        # a lowercase word the NER ran into a name is a verb ("rang Taylor"), not a first name
        return capitalized(token) or token.lower_ in NAME_PARTICLES
    return token.pos_ == "PROPN" and entity not in NOT_NAME_LABELS


def name_run(token: Token) -> Span | None:
    """The name that ends at ``token`` ("Stanley McChrystal" for the last token of "Army Lt. Gen.
    Stanley McChrystal"), or None when ``token`` cannot end a name. The last word may carry any
    entity label: a small NER model tags "Hoffman said" as an organization now and then."""
    doc = token.doc
    # asked of every capitalized word of an article: the word before is read for titles only
    if not capitalized(token) or (is_title(token) and not _title_after_name(token)):
        return None
    start = token.i
    floor = _entity_start(token)
    while start > floor:
        prev = doc[start - 1]
        if not _may_join(prev):
            break  # the usual word before a name, told from one read of the Token
        if _opens_sentence(prev) and not (prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN"):
            # "Beyond Trump, ...", "Plus Obama is ...", "“Meet Melania Trump.": a sentence's
            # first word, not a first name
            break
        if _is_name_part(prev) or _mistagged_with(prev, doc[start]):
            start -= 1
        elif _bracketed_name_part(doc, start):
            start -= 3  # "(Frank) Vogel": the first name an editor put in a quote
        elif _joins_name_parts(prev):
            # both parts may sit in one entity the NER took for an organization ("Eva-Marie
            # Persson")
            joined = doc[start - 2] if start - 2 >= floor else None
            if joined is not None and (
                _is_name_part(joined) or _mistagged_with(joined, doc[start])
            ):
                start -= 2
            else:
                break
        else:
            break
    # made directly, once a capitalized word: ``doc[a:b]`` has spaCy normalize the slice in Python
    return Span(doc, start, token.i + 1)


def _may_join(prev: Token) -> bool:
    """Whether ``name_run`` could take ``prev`` into the name after it, read from ``prev`` alone:
    the first test of each way its loop does (`_name_word` for ``_is_name_part`` and
    ``_mistagged_with``, the closing bracket of ``_bracketed_name_part``, `_joins_name_parts`).
    Asked first, so the lowercase word before most names makes no other Token."""
    return _name_word(prev) or prev.text == CLOSING_BRACKET or _joins_name_parts(prev)


def _name_word(token: Token) -> bool:
    """A word written with a capital or tagged PERSON: what any word of a name is, first."""
    return token.text[:1].isupper() or token.ent_type_ == "PERSON"


def _joins_name_parts(token: Token) -> bool:
    """A particle or hyphen, which joins two name parts and never starts a name; not a spaced
    hyphen, a dash: "ROME - Bernie Sanders" is a dateline and a name."""
    return (token.text in HYPHENS and not typed_dash(token)) or token.lower_ in NAME_PARTICLES


def _title_after_name(token: Token) -> bool:
    """A title word ends a name only after a first name, or when tagged PERSON after a title or
    no determiner: "Charlie King", "Mr. King", "King said", not "Retired General", "the King"."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    named = prev is not None and _is_name_part(prev)
    return named or (token.ent_type_ == "PERSON" and (prev is None or prev.pos_ != "DET"))


def _bracketed_name_part(doc: Doc, start: int) -> bool:
    """``doc[start - 3 : start]`` is "(" and a name word and ")"."""
    return (
        start >= 3
        and doc[start - 1].text == CLOSING_BRACKET
        and doc[start - 3].text == "("
        and _is_name_part(doc[start - 2])
    )


def _opens_sentence(token: Token) -> bool:
    """The first word of a sentence, or of a quotation inside one."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.is_sent_start or (before is not None and before.text in OPENING_QUOTES)


def _mistagged_with(prev: Token, token: Token) -> bool:
    """``prev`` is a capitalized word in the same (non-PERSON) entity as ``token``: "Haley" in a
    "Haley Morris" the NER took for an organization."""
    return (
        token.ent_iob_ == "I"
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and not is_title(prev)
        and prev.text.lower() not in PERSON_NOUNS
    )


def _entity_start(token: Token) -> int:
    """Where a name may start at the earliest: the start of the PERSON entity ``token`` ends,
    when that entity has a first name of its own ("Rival Hillary Clinton" is not a name);
    otherwise the start of the text."""
    if token.ent_type_ != "PERSON":
        return 0
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    return start if start < token.i else 0


def ends_name(token: Token) -> bool:
    """True when ``token`` is the last word of a name, not "Thomas" in "Thomas Jefferson" nor
    "Jong" in "Kim Jong-un"."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.text in HYPHENS and token.i + 2 < len(doc):
        glued = not token.whitespace_ and not nxt.whitespace_
        if glued and capitalized(doc[token.i + 2]):
            return False
    return nxt is None or not _is_name_part(nxt)


def words(span: Span) -> tuple[str, ...]:
    """A name's words as written: "Douglas Holtz-Eakin" is two words, not three tokens, "(Frank)
    Vogel" is "Frank Vogel"."""
    text = span_text(span)
    if "(" not in text and ")" not in text:
        return tuple(text.split())  # most names: no word to strip
    return tuple(w.strip("()") for w in text.split())


def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two forms of one name: same surname, and one's words all in the other ("Maguire",
    "John Maguire", "James P. Kennedy Jr." and "Kennedy") or the same last two words after
    labels of another length ("Crooked Hillary Clinton", "Former Secretary Hillary Clinton");
    "John Maguire" and "Jane Maguire" are not, nor "Teresa Nielsen Hayden" and "Patrick Nielsen
    Hayden" (as long, each with a first name of their own), nor a "Jr." and a "Sr."."""
    (a, a_suffix), (b, b_suffix) = _split_suffix(_folded(a)), _split_suffix(_folded(b))
    if not a or not b or a[-1] != b[-1] or (a_suffix and b_suffix and a_suffix != b_suffix):
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    return min(len(a), len(b)) > 1 and a[-2] == b[-2] and (len(a) != len(b) or a[0] == b[0])


def surname(name: tuple[str, ...]) -> str:
    """The folded last word of a name that is no generational suffix: "kennedy" for "James P.
    Kennedy Jr."."""
    bare, _ = _split_suffix(_folded(name))
    return bare[-1] if bare else _fold(name[-1])


def _split_suffix(name: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    if len(name) > 1 and name[-1].rstrip(".") in NAME_SUFFIXES:
        return name[:-1], name[-1].rstrip(".")
    return name, None


# The resolver compares the same few names of an article many times over (`compatible`,
# `surname`, `mentions`): each word and name is folded once.
@lru_cache(maxsize=65536)
def _folded(name: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_fold(w) for w in name)


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """A name's word compared without case, apostrophe style or the Arabic article spellings
    keep or drop: "De Blasio", "O’Neill", "al-Assad" as "Assad"."""
    folded = word.lower().replace("’", "'")
    article, hyphen, rest = folded.partition("-")
    return rest if hyphen and rest and article in ARABIC_ARTICLES else folded


class NameIndex:
    """Every name in one article by its last word, built in one pass over the text."""

    def __init__(self, doc: Doc) -> None:
        self._runs: dict[str, list[Span]] = defaultdict(list)
        # each run's words, read once: the resolver asks for them on every mention it looks up
        self._words: dict[tuple[int, int], tuple[str, ...]] = {}
        # Full names the NER tags as people, by their first word: "Li Jifeng" under "li".
        self._by_first: dict[str, list[Span]] = defaultdict(list)
        # surnames of names the text treats as a person's wherever the NER tags them otherwise
        shown: set[str] = set()
        placed: set[str] = set()  # words written as a place's somewhere: "in Washington"
        # surnames of full names the NER took for an organization's, and the words written
        # alone as a name: a person is named in full, then by the surname ("Dana Whitcomb ...
        # Whitcomb asked"), which an institution's name seldom is ("Granite Ridge" is never
        # "Ridge said")
        full: set[str] = set()
        alone: set[str] = set()
        for token in _maybe_capitalized(doc):
            if _written_as_place(token):
                placed.add(_fold(token.text))
            if capitalized(token) and ends_name(token):
                run = name_run(token)
                if run is not None:
                    written = self._words[run.start, run.end] = words(run)
                    last = surname(written)
                    self._runs[last].append(run)
                    if len(run) > 1 and token.ent_type_ == "PERSON":
                        self._by_first[_fold(run[0].text)].append(run)
                    elif _maybe_a_person(token, run) and _shown_a_person(token):
                        shown.add(last)
                    _surname_use(run, last, full, alone)
        entities = doc.ents  # read once: spaCy makes every entity's Span anew on each read
        # a full name opening its sentence, which no run takes ("Dana Whitcomb is ..."), as the
        # NER tagged it whole
        full |= {surname(words(e)) for e in entities if _written_as_full_name(e)}
        self._people = ((shown | (full & alone)) - placed) | frozenset(
            surname(tuple(_without_possessive(e).text.split()))
            for e in entities
            if e.label_ == "PERSON" and _without_possessive(e)
        )
        # capitalized words of names the NER tags as an organization's: "Big Machine", "HuffPost"
        self._institutions = frozenset(
            _fold(t.text)
            for e in entities
            if e.label_ == "ORG"
            for t in e
            if t.pos_ == "PROPN" and t.text[:1].isupper()
        )
        first_break = doc_text(doc).find("\n")
        self._headline_end = first_break if first_break >= 0 else 0

    def _words_of(self, run: Span) -> tuple[str, ...]:
        """``words(run)`` for one of the index's runs."""
        return self._words[run.start, run.end]

    def is_person(self, last_word: str) -> bool:
        """Whether the NER tags a name ending in ``last_word`` as a person anywhere."""
        return _fold(last_word) in self._people

    def is_institution(self, word: str) -> bool:
        """Whether the NER tags a name holding ``word`` as an organization anywhere."""
        return _fold(word) in self._institutions

    def fullest(self, name: tuple[str, ...], at: int) -> tuple[str, ...]:
        """The longest form of ``name`` up to character offset ``at`` (anywhere in the article
        for a name in the headline: its "Flynn" is the body's "Michael Flynn"); among equally
        long forms the most frequent, then the nearest. Looking back keeps "Mr. Obama" from
        becoming a "Michelle Obama" named only later.

        A form that only adds a word in front of a more frequent form of two or more words is
        a capitalized neighbour, not a fuller name: "Rip Donald Trump" in a title-case headline,
        "Crooked Hillary Clinton"; "John Maguire" beside "Maguire" is a fuller name.

        A form in capitals (a transcript's "JAKE TAPPER:") is no spelling of a name written in
        mixed case ("Jake Tapper", "Tapper"): only its words count."""
        runs = [r for r in self._runs.get(surname(name), []) if compatible(self._words_of(r), name)]
        if not " ".join(name).isupper():
            runs = [r for r in runs if not span_text(r).isupper()]
        named = [r for r in runs if not _gerund_led(r)]
        if any(len(r) > 1 for r in named):
            runs = named  # "Hosting Cook at Dreamforce ..." beside "Tim Cook": no first name
        forms = [(run.start_char, self._words_of(run)) for run in runs]
        if all(len(form) == 1 for _, form in forms) and len(name) == 1:
            given = self._family_name_first(name[0], at)
            if given is not None:
                return given
        if not forms:
            return name
        counts = Counter(form for _, form in forms)
        # where each form first stands, the body before the headline
        first: dict[tuple[str, ...], tuple[bool, int]] = {}
        for start, form in forms:
            first[form] = min(first.get(form, (True, start)), (start < self._headline_end, start))
        forms = [(start, form) for start, form in forms if not _padded(form, counts, first)]
        kin = self._kin(runs)
        forms = [(start, form) for start, form in forms if start not in kin] or forms
        if len(name) == 1:  # a bare surname is neither of two relatives named together
            pairs = self._pairs(runs)
            forms = [(start, form) for start, form in forms if start not in pairs]
            if not forms:
                return name
        if at >= self._headline_end:
            forms = [(start, form) for start, form in forms if start <= at] or forms
        best_key = max((len(form), counts[form]) for _, form in forms)
        best = [(start, form) for start, form in forms if (len(form), counts[form]) == best_key]
        before = [form for start, form in best if start <= at]
        return before[-1] if before else best[0][1]

    def _kin(self, runs: list[Span]) -> set[int]:
        """Where each full name of ``runs`` stands that the parse hangs inside the phrase of
        another full name of that surname: a relative the text describes them by, whom a bare
        surname does not mean ("Mark Lee, whose son, James Lee, was killed ... Lee said" is
        Mark). Full names only: they are few, and a bare one is never the fuller form."""
        full = [(run, self._words_of(run)) for run in runs if len(self._words_of(run)) > 1]
        if len({form for _, form in full}) < 2:
            return set()
        return {
            run.start_char
            for run, form in full
            for other, other_form in full
            if other_form != form and other.root in run.root.ancestors
        }

    def _pairs(self, runs: list[Span]) -> set[int]:
        """Where each full name of ``runs`` stands that shares its surname with a given name
        before it and "and": "Malia and Sasha Obama", "Hillary and Bill Clinton" name two
        people, so a bare "Obama" is no more Sasha than Malia. A word before "and" that the
        article uses as a full name's last word, or one after a first name or title, is a surname
        ("Sanders and Hillary Clinton", "President Obama and Hillary Clinton")."""
        return {run.start_char for run in runs if len(run) > 1 and self._given_before(run)}

    def _given_before(self, run: Span) -> bool:
        doc, start = run.doc, run.start
        if start < 2 or doc[start - 1].lower_ not in {"and", "&"}:
            return False
        given, before = doc[start - 2], doc[start - 3] if start > 2 else None
        if not capitalized(given) or (before is not None and _named_before(before)):
            return False  # "Donald Trump and", "President Obama and": a surname of its own
        full = (r for r in self._runs.get(_fold(given.text), []) if len(self._words_of(r)) > 1)
        return next(full, None) is None

    def _family_name_first(self, word: str, at: int) -> tuple[str, ...] | None:
        """The one full name named up to ``at`` that opens on ``word``, when the article names
        nobody with it as a last word: "Li" after "Li Jifeng", a family name written first (or
        a first name alone: "Kurt" after "Kurt Volker")."""
        runs = self._by_first.get(_fold(word), [])
        forms = {self._words_of(r) for r in runs if r.start_char <= at or at < self._headline_end}
        return forms.pop() if len(forms) == 1 else None

    def named_before(self, full: tuple[str, ...], at: int) -> bool:
        """Whether the body names the person called ``full`` before offset ``at`` (a headline
        naming them does not count: the body has yet to)."""
        return any(self._headline_end <= r.start_char < at for r in self.mentions(full))

    def anyone_named_before(self, at: int) -> bool:
        """Whether the body names any person before offset ``at`` (the headline does not count)."""
        return any(self._headline_end <= r.start_char for r in self.people_before(at))

    def people_before(self, at: int) -> list[Span]:
        """Every person's name that starts before character offset ``at``, in text order."""
        runs = (r for rs in self._runs.values() for r in rs if r.start_char < at)
        return sorted((r for r in runs if _is_person_run(r)), key=lambda r: r.start)

    def namesakes(self, name: tuple[str, ...], at: int) -> dict[tuple[str, ...], list[Span]]:
        """The full names (two words or more) of people the text names before offset ``at``
        with the surname of ``name``, each with where it stands: "Dick Cheney" and "Mary Cheney"
        for a later "Cheney"."""
        found: dict[tuple[str, ...], list[Span]] = defaultdict(list)
        for run in self._runs.get(surname(name), []):
            written = self._words_of(run)
            if len(written) > 1 and run.start_char < at and _is_person_run(run):
                found[written].append(run)
        return found

    def spelled(self, letters: str) -> tuple[str, ...] | None:
        """The words of a person's name of two words or more, as the article writes it, whose
        letters are ``letters`` (lowercase): "Martin O’Malley" for "martinomalley"."""
        for run in (r for runs in self._runs.values() for r in runs):
            written = self._words_of(run)
            if len(written) > 1 and _letters(written) == letters and _is_person_run(run):
                return written
        return None

    def styled(self, full: tuple[str, ...]) -> str:
        """The person's name as the article styles it: with the royal title that stands before
        one of its mentions ("Prince Andrew" for a later "Andrew"), else ``full`` as it is."""
        for run in self.mentions(full):
            title = run.doc[run.start - 1] if run.start > 0 else None
            if title is not None and title.text[:1].isupper() and title.lower_ in ROYAL_TITLES:
                return f"{title.text} {' '.join(full)}"
        return " ".join(full)

    def mentions(self, full: tuple[str, ...], any_tag: bool = False) -> list[Span]:
        """Every in-text mention of the person named ``full``, name words only: the forms made
        of its words ("Maguire" for "John Maguire"), not a fuller form of another person
        ("Michelle Obama" for an "Obama" quoted before she is named); with ``any_tag`` also a
        surname alone the NER took for no person ("Labrador, of Idaho" as a place)."""
        words_of_full = set(_folded(full))
        return [
            run
            for run in self._runs.get(surname(full), [])
            if set(_folded(self._words_of(run))) <= words_of_full
            and (any_tag or _is_person_run(run))
        ]


def _letters(name: tuple[str, ...]) -> str:
    """A name's letters alone, lowercase, as a handle runs them together: "martinomalley"."""
    return "".join(c for w in name for c in w.lower() if c.isalpha())


def _maybe_a_person(end: Token, run: Span) -> bool:
    """A name's last word the NER took for no person that may still be one: no building, no
    people's word standing alone ("ex-Republican") and no plural ("Republicans", "Big Machine
    Records")."""
    alone = end.ent_type_ == PEOPLE_LABEL and len(run) == 1
    return end.tag_ == "NNP" and end.ent_type_ not in SETTLED_LABELS and not alone


def _surname_use(run: Span, last: str, full: set[str], alone: set[str]) -> None:
    """Add ``last``, the surname of ``run``, to ``full`` where the run is a full name of no
    person the NER knew and no institution word is in it ("Dana Whitcomb" tagged an
    organization's, not "Fox News" or "Harbor Savings Bank"), or to ``alone`` where the run is
    one word after no determiner and no capitalized word ("Whitcomb asked", not "the Ledger",
    nor "Ridge" of a "Granite Ridge" cut at a sentence's start)."""
    before = run.doc[run.start - 1] if run.start > 0 else None
    if len(run) > 1:
        if _unsure_full_name(run):
            full.add(last)
    elif before is None or not (before.pos_ == "DET" or _name_word(before)):
        alone.add(last)


def _unsure_full_name(span: Span) -> bool:
    """Two words or more that may be a person's full name whatever the NER says: all it tagged
    (not the start of "Acme Teachers Union"), as an organization's or nothing, a singular proper
    noun last and no institution word."""
    doc, end = span.doc, span[-1]
    whole = end.i + 1 == len(doc) or doc[end.i + 1].ent_iob_ != "I"
    unsure = end.ent_type_ in UNSURE_NAME_LABELS and end.tag_ == "NNP"
    return len(span) > 1 and whole and unsure and not any(_institution_word(t) for t in span)


def _written_as_full_name(entity: Span) -> bool:
    """An organization's entity of two or three capitalized proper nouns, no title among them,
    that may be a person's full name."""
    if len(entity) > MAX_FULL_NAME_WORDS or entity.label_ != "ORG":
        return False  # most entities: their words need not be read
    words_of_name = all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not is_title(t) for t in entity
    )
    return words_of_name and _unsure_full_name(entity)


def _institution_word(token: Token) -> bool:
    return token.lower_ in INSTITUTION_WORDS


def _written_as_place(token: Token) -> bool:
    """A word tagged a place that a place preposition governs: "Washington" in "in Washington".

    The small model tags many surnames as places ("Kasich", "Obama"): a word tagged so is a
    person's name only where the text shows it one and never writes it as a place ("in Kasich").
    """
    return (
        token.ent_type_ in REGION_LABELS
        and token.dep_ == "pobj"
        and token.head.lower_ in PLACE_PREPS
    )


def _shown_a_person(end: Token) -> bool:
    """The text treats the name ending at ``end`` as a person's, however the NER tags it: a noun
    for a person in front of it ("former technology executive Carly Fiorina"), a "who" clause on
    it ("Fiorina, who ..."), an appositive headed by such a noun ("Roman Smbatyan, a faculty
    member"), a "himself"/"herself" on it ("Podliska himself asked"), or, as the subject, a
    "his"/"her" on its verb's object ("Fiorina offered her own approach")."""
    titled = any(
        t.dep_ == "compound" and t.pos_ == "NOUN" and t.lower_ in PERSON_NOUNS for t in end.lefts
    )
    described = any(
        (c.dep_ == "relcl" and c.left_edge.lower_ == "who")
        or (c.dep_ == "appos" and (_names_a_person(c) or c.lower_ in PERSON_REFLEXIVES))
        for c in end.children
    )
    owned = end.dep_ == "nsubj" and any(
        p.dep_ == "poss" and p.lower_ in PERSON_POSSESSIVES
        for o in end.head.children
        if o.dep_ == "dobj"
        for p in o.children
    )
    return titled or described or owned


def _names_a_person(appositive: Token) -> bool:
    """An appositive headed by a noun for a person, or with one as its conjunct where the parse
    split coordinated modifiers: "an Armenian history and Middle Eastern history faculty member"
    headed by "history", "member" its conjunct."""
    return appositive.lower_ in PERSON_NOUNS or any(
        c.dep_ == "conj" and c.lower_ in PERSON_NOUNS for c in appositive.children
    )


def _named_before(token: Token) -> bool:
    """Whether ``token`` makes the word after it a surname: a first name or a title."""
    return _is_name_part(token) or is_title(token)


def _without_possessive(entity: Span) -> Span:
    """The entity without the "’s" the NER took into it."""
    return entity[:-1] if entity[-1].tag_ == "POS" else entity


def _padded(
    form: tuple[str, ...],
    counts: Counter[tuple[str, ...]],
    first: dict[tuple[str, ...], tuple[bool, int]],
) -> bool:
    """A word stuck in front of a more frequent name the body gave first. A full name the body
    gives first is no padding even where its surname alone is more frequent and has two words:
    "Rep. Debbie Wasserman Schultz ... Wasserman Schultz said", "James Van Der Beek"."""
    return any(
        1 < len(other) < len(form)
        and form[-len(other) :] == other
        and n > counts[form]
        and first[other] < first[form]
        for other, n in counts.items()
    )


def _gerund_led(run: Span) -> bool:
    """A name run opening its sentence on an "-ing" word: "Hosting Cook at the event was ..." or
    "Citing Trump, ...", a verb the NER took for a first name."""
    first = run[0]
    return len(run) > 1 and _opens_sentence(first) and first.lower_.endswith("ing")


def _is_person_run(run: Span) -> bool:
    # the length first: it reads no Token
    return len(run) > 1 or any(t.ent_type_ == "PERSON" for t in run)


def same_institution(a: str, b: str) -> bool:
    """ "The Post" is "The New York Post", "IMF" the "International Monetary Fund"; "the House"
    is not "the White House", nor "the French foreign ministry" "Russia's foreign ministry": one
    name's words must all be in the other's (a person's "Crooked Hillary Clinton" rule, the same
    last two words, would join two countries' ministries). A group is none of its members:
    "Democrats" is not "Republicans and Democrats"."""
    if _is_acronym_of(a, b) or _is_acronym_of(b, a):
        return True
    if ("and" in a.split()) != ("and" in b.split()):
        return False
    short, long = sorted((_folded(tuple(a.split())), _folded(tuple(b.split()))), key=len)
    if short == long:
        return True
    generic = len(short) == 1 and short[0] in ORGANIZATION_NOUNS
    return (not generic and short[-1] == long[-1] and set(short) <= set(long)) or _same_members(
        a, b
    )


def _same_members(a: str, b: str) -> bool:
    """Two groups of the same members, in any order and by any of their names: "Nebraska and
    Oklahoma" is "Oklahoma and Nebraska", "Sen. Ann Lee and Gov. Tom Reed" is "Reed and Lee"; a
    list is a set, and a writer names it again in the order the sentence needs."""
    first, second = _members(a), _members(b)
    if not 1 < len(first) == len(second) <= MAX_GROUP_MEMBERS:
        return False
    return any(
        all(same_institution(x, y) for x, y in zip(first, order, strict=True))
        for order in permutations(second)
    )


def _members(group: str) -> list[str]:
    """The members a group's name lists, split at its commas and "and"s."""
    return [m for part in GROUP_SEPARATORS.split(group) if (m := part.strip())]


def _is_acronym_of(short: str, name: str) -> bool:
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    letters = short.replace(".", "")
    return len(letters) > 1 and letters.isupper() and letters == initials
