"""Facts read from the parse: the units two articles' claims are compared by.

- **Role facts**: what a person or organization is, from appositions ("X, the head of Y"),
  possessives and compounds ("Y's commander X", "Quds Force commander X"), copulas ("X is the
  commander of Y", "X was seen as the equivalent of Y") and the ranks written before a name
  ("Maj. Gen. X").
- **Event facts**: who did what to whom, when and where: a verb's lemma, its subject (or passive
  agent), its object (or passive subject), the date the timeline gives its clause, its place.
- **Statement facts**: who said something: each claim's content, by its speaker's entity, else
  by the name of a named source (two are one fact only when their sentences are also alike:
  ``align``).

Arguments that are named entities carry their corpus entity's id, so "Qassem Soleimani" in one
article and "Qasem Soleimani" in another fill one slot; other arguments carry their noun's lemma.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from sourcetrace.corpus.values import Count, counts
from sourcetrace.model import Analysis, Entity, SourceKind
from sourcetrace.names import name_tokens, normalize_name, title_start
from sourcetrace.nlp import load_pipeline
from sourcetrace.vocabulary import FORMER, PLACE_LABELS, PLACE_PREPS

# Verbs that say little about what happened (or say who spoke): two outlets share them in every
# story, so they never make two sentences one fact.
LIGHT_VERBS = frozenset(
    "be have do say tell add accord make take get go come give include know think want see use "
    "become seem ask call report write note continue begin start try need let keep put mean "
    "believe expect appear find feel look show help like leave remain hold "
    "claim argue insist state explain suggest acknowledge".split()
)
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall"})
IF = frozenset({"whether", "if", "unless"})
# Verbs that introduce a description like a copula: "X was seen as the equivalent of Y".
AS_VERBS = frozenset({"see", "consider", "describe", "regard", "know", "view", "label"})
# Role nouns that name one thing: leading an organization.
ROLE_SYNONYMS = {
    "head": "leader",
    "chief": "leader",
    "commander": "leader",
    "boss": "leader",
    "attorney": "lawyer",
}
# Nouns that are no role: "X is the one who...", "X, a man who...".
NOT_ROLES = frozenset({"one", "man", "woman", "person", "people", "thing", "part", "way", "lot"})
# Military ranks, written out: the only roles that can conflict (offices change with time and
# outlets keep old titles; a rank in one story is one rank).
RANKS = {
    "gen": "general",
    "maj gen": "major general",
    "lt gen": "lieutenant general",
    "brig gen": "brigadier general",
    "col": "colonel",
    "lt col": "lieutenant colonel",
    "maj": "major",
    "capt": "captain",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "adm": "admiral",
    "rear adm": "rear admiral",
    "vice adm": "vice admiral",
}
RANK_WORDS = frozenset(RANKS.values())
NAMED_KINDS = frozenset({SourceKind.NAMED_PERSON, SourceKind.ORGANIZATION})
INHERITS_DATE = frozenset({"advcl", "conj", "xcomp"})


@dataclass(frozen=True, slots=True)
class Slot:
    """An argument of a fact: a corpus entity ("E3") or a noun's lemma ("n:strike")."""

    key: str
    text: str  # as written, for reasons
    label: str = ""  # the entity's label; "" for a common noun

    @property
    def named(self) -> bool:
        return bool(self.label)

    def agrees(self, other: Slot) -> bool:
        """One thing: one entity, one noun, or a noun inside the other ("airstrike"/"strike")."""
        if self.key == other.key:
            return True
        if self.named or other.named:
            return False
        a, b = sorted((self.key[2:], other.key[2:]), key=len)
        return len(a) >= 4 and b.endswith(a)

    def same_name(self, other: Slot) -> bool:
        """One thing, or names one inside the other: "Quds Force" / "Islamic Revolutionary
        Guard Corps-Quds Force" (an affiliation, where a name's length varies most)."""
        if self.agrees(other):
            return True
        a, b = (frozenset(name_tokens(s.text)) for s in (self, other))
        return bool(a and b) and (a <= b or b <= a)


@dataclass(frozen=True, slots=True)
class RoleFact:
    holder: Slot  # always a named entity
    role: str  # normalized: "leader", "major general", "equivalent"
    rank: bool  # a rank written before the name
    affiliation: Slot | None
    former: bool
    start: int  # where it is stated in the article's text


@dataclass(frozen=True, slots=True)
class EventFact:
    verb: str  # lemma
    subject: Slot | None
    object: Slot | None
    date: str | None  # ISO value from the timeline
    since: bool  # the date is when a lasting state began ("has led X since 2002"): it has one
    place: Slot | None
    counts: frozenset[Count]  # numbers on the subject or object: "killed 40 people"
    start: int  # where it is stated in the article's text (the verb)
    denied: bool = False  # stated as not having happened: "X did not prosecute", "never met"


@dataclass(frozen=True, slots=True)
class StatementFact:
    """Someone named said something: one attribution's content, by its speaker's entity."""

    speaker: Slot
    start: int  # the content's span in the article's text: a quote may run over sentences
    end: int


@dataclass(frozen=True, slots=True)
class PartyFact:
    """A politician's party, and the state they represent if written: "Jim Hale, R-Va." """

    holder: Slot  # a person
    party: str  # "Republican", "Democrat", "independent"
    state: str | None  # the state's name: "Virginia"
    start: int  # where it is stated in the article's text


Fact = RoleFact | EventFact | StatementFact | PartyFact
EntityKey = Callable[[str, Entity], str]  # (article id, entity) -> the corpus entity's id


class _Mentions:
    """The article's entity mentions, found by character offset, and its entities by a word of
    their name (a caption repeated word for word has no mentions of its own)."""

    def __init__(self, analysis: Analysis) -> None:
        spans = sorted((m.start, m.end, e) for e in analysis.entities for m in e.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        owners: dict[str, set[str]] = {}
        for e in analysis.entities:
            for word in name_tokens(e.name):
                owners.setdefault(word, set()).add(e.id)
        by_id = {e.id: e for e in analysis.entities}
        self._by_word = {w: by_id[next(iter(ids))] for w, ids in owners.items() if len(ids) == 1}

    def at(self, offset: int) -> Entity | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._spans[i][1]:
            return self._spans[i][2]
        return None

    def named(self, word: str) -> Entity | None:
        """The one entity with this word in its name: "Soleimani" for "Qassem Soleimani"."""
        tokens = name_tokens(word)
        return self._by_word.get(tokens[0]) if len(tokens) == 1 else None


class _Reader:
    """Facts of one article, from the parses of its paragraphs."""

    def __init__(self, analysis: Analysis, key: EntityKey) -> None:
        self.analysis = analysis
        self.key = key
        self.mentions = _Mentions(analysis)

    def slot(self, token: Token, base: int) -> Slot | None:
        if token.pos_ == "PRON":
            return None
        entity = self.mentions.at(base + token.idx)
        if entity is None and token.pos_ == "PROPN":
            entity = self.mentions.named(token.text)
        if entity is not None:
            return Slot(self.key(self.analysis.id, entity), entity.name, entity.label)
        if token.pos_ in ("NOUN", "PROPN"):
            return Slot("n:" + token.lemma_.casefold(), token.text)
        return None

    def roles(self, doc: Doc, base: int) -> Iterable[RoleFact]:
        for token in doc:
            holder = self.slot(token, base)
            if holder is None or not holder.named or holder.label not in ("PERSON", "ORG"):
                continue
            nouns = [c for c in token.children if c.dep_ in ("appos", "compound")]
            if token.dep_ == "appos":
                nouns.append(token.head)
            verb = token.head
            if token.dep_ == "nsubj" and verb.lemma_ == "be":
                nouns += [c for c in verb.children if c.dep_ == "attr"]
            # "X was seen as the equivalent of Y"; "As leader of Y, X was ..."
            if (token.dep_ == "nsubjpass" and verb.lemma_ in AS_VERBS) or token.dep_ == "nsubj":
                for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                    nouns += [c for c in prep.children if c.dep_ == "pobj"]
            for noun in nouns:
                if noun.pos_ != "NOUN" or noun.lemma_.casefold() in NOT_ROLES:
                    continue
                lemma = noun.lemma_.casefold()
                yield RoleFact(
                    holder,
                    ROLE_SYNONYMS.get(lemma, lemma),
                    False,
                    self.affiliation(noun, base),
                    any(c.lower_ in FORMER for c in noun.children),
                    base + noun.idx,
                )

    def affiliation(self, noun: Token, base: int) -> Slot | None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found = [self.slot(c, base) for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("poss", "compound"):
                found = [self.slot(child, base)]
            else:
                continue
            if found and found[0] is not None and found[0].named:
                return found[0]
        return None

    def ranks(self) -> Iterable[RoleFact]:
        text = self.analysis.text
        for entity in self.analysis.entities:
            if entity.label != "PERSON":
                continue
            holder = Slot(self.key(self.analysis.id, entity), entity.name, entity.label)
            for m in entity.mentions:
                written = text[title_start(text, m.start) : m.start]
                words = written.replace(".", "").casefold().split()
                rank = " ".join(w for w in words if w not in FORMER and w not in ("army", "navy"))
                rank = RANKS.get(rank, rank)
                if rank in RANK_WORDS:  # anchored on the name: a sentence may start after "Maj."
                    former = bool(FORMER & set(words))
                    yield RoleFact(holder, rank, True, None, former, m.start)

    def statements(self) -> Iterable[StatementFact]:
        entities = {e.id: e for e in self.analysis.entities}
        for a in self.analysis.attributions:
            source = self.analysis.source(a.source)
            if not a.is_claim or source is None:
                continue
            entity = entities.get(source.entity or "")
            if entity is not None:
                speaker = Slot(self.key(self.analysis.id, entity), entity.name, entity.label)
            elif source.kind in NAMED_KINDS:
                # A named source the entities stage missed ("Mr. Fox"): by its name as written.
                speaker = Slot("name:" + normalize_name(source.name), source.name)
            else:
                continue
            yield from (StatementFact(speaker, c.start, c.end) for c in a.content)

    def events(self, doc: Doc, base: int, dates: Sequence[tuple[int, int, str]]) -> list[EventFact]:
        found: list[tuple[Token, Token | None, Token | None, bool]] = []
        for verb in doc:
            # A bare infinitive ("reluctance to kill X") is no event that happened; a base form
            # after "did" is ("did not approve").
            if verb.pos_ != "VERB" or verb.lemma_.casefold() in LIGHT_VERBS or not _finite(verb):
                continue
            stance = _stance(verb)
            if stance is None:
                continue
            subject = obj = None
            for c in verb.children:
                if c.dep_ == "nsubj":
                    subject = verb.head if c.tag_ == "WDT" and verb.dep_ == "relcl" else c
                elif c.dep_ == "agent":
                    subject = next((p for p in c.children if p.dep_ == "pobj"), subject)
                elif c.dep_ in ("dobj", "nsubjpass"):
                    obj = c
            if subject is not None or obj is not None:
                found.append((verb, subject, obj, not stance))
        dated = _dates(doc, base, dates, [f[:3] for f in found])
        facts = []
        for n, (verb, subject, obj, denied) in enumerate(found):
            s = self.slot(subject, base) if subject is not None else None
            o = self.slot(obj, base) if obj is not None else None
            if s is None and o is None:
                continue
            date, since = dated.get(n, (None, False))
            facts.append(
                EventFact(
                    _lemma(verb),
                    s,
                    o,
                    date,
                    since,
                    self.place(verb, base),
                    frozenset(c for t in (subject, obj) if t is not None for c in _counts(t)),
                    base + verb.idx,
                    denied,
                )
            )
        return facts

    def place(self, verb: Token, base: int) -> Slot | None:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    # "near Dunmore harbor": the place may be the noun's modifier.
                    names = (c for c in pobj.children if c.dep_ == "compound")
                    for token in (pobj, *names):
                        slot = self.slot(token, base)
                        if slot is not None and slot.label in PLACE_LABELS:
                            return slot
        return None


def _finite(verb: Token) -> bool:
    return verb.tag_ != "VB" or any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)


def _stance(verb: Token) -> bool | None:
    """Whether the clause asserts the event (True) or denies it (False: "did not approve"); None
    for a possibility or a doubt ("could approve", "whether it approved"), which is no fact. Read
    on the verb, on the verb it is conjoined to, and on the clause holding the noun a relative
    clause describes ("This is not something the U.S. prosecuted" denies it)."""
    token = verb
    denied = False
    while True:
        if any(c.lower_ in MODALS | IF for c in token.children):
            return None
        denied = denied or any(c.dep_ == "neg" for c in token.children)
        if token.dep_ not in ("relcl", "conj") or token.head.i == token.i:
            return not denied
        token = token.head
        while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
            token = token.head


Dated = tuple[str, bool]  # an ISO value; whether "since" introduces it


def _dates(
    doc: Doc,
    base: int,
    dates: Sequence[tuple[int, int, str]],
    events: Sequence[tuple[Token, Token | None, Token | None]],
) -> dict[int, Dated]:
    """The date of each event, by index: the first of its arguments or clause heads above a date
    expression; else, for a participle or conjoined clause ("..., flooding 300 homes"), the date
    of the clause it hangs from."""
    anchors = {t.i: n for n, (v, s, o) in enumerate(events) for t in (o, s, v) if t is not None}
    direct: dict[int, Dated] = {}
    clauses: dict[int, Dated] = {}  # clause heads (verbs) by token index
    for start, end, iso in dates:
        span = doc.char_span(start - base, end - base, alignment_mode="expand")
        if span is None:
            continue
        since = any(t.lower_ == "since" for t in doc[max(span.start - 1, 0) : span.start + 1])
        token: Token | None = span.root
        while token is not None:
            if token.i not in range(span.start, span.end):
                if token.i in anchors:
                    direct.setdefault(anchors[token.i], (iso, since))
                    break
                if token.pos_ in ("VERB", "AUX"):
                    clauses.setdefault(token.i, (iso, since))
                    break
            token = token.head if token.head.i != token.i else None
    found: dict[int, Dated] = {}
    for n, (verb, _, _) in enumerate(events):
        value: Dated | None = direct.get(n) or clauses.get(verb.i)
        if value is None and verb.dep_ in INHERITS_DATE:
            head = verb.head.i
            value = clauses.get(head) or (direct.get(anchors[head]) if head in anchors else None)
        if value is not None:
            found[n] = value
    return found


def _lemma(verb: Token) -> str:
    """The verb with the verb it governs, if any: "decline to say" is not "decline to answer"."""
    then = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    lemma = verb.lemma_.casefold()
    return f"{lemma} to {then.lemma_.casefold()}" if then is not None else lemma


def _counts(noun: Token) -> frozenset[Count]:
    """The counts on a noun ("40 homes"), read as the values stage reads a sentence's."""
    if not any(c.dep_ == "nummod" for c in noun.children):
        return frozenset()
    doc = noun.doc
    return counts(doc[noun.left_edge.i : noun.i + 1].text)


def article_facts(
    analyses: Sequence[Analysis],
    paragraphs: Sequence[Sequence[tuple[int, str]]],
    key: EntityKey,
) -> list[tuple[Fact, ...]]:
    """The facts of each article, from one parse of its paragraphs (``(offset, text)`` pairs of
    the text its claim units come from)."""
    nlp = load_pipeline()
    jobs = [(i, base, text) for i, ps in enumerate(paragraphs) for base, text in ps if text.strip()]
    readers = [_Reader(a, key) for a in analyses]
    facts: list[list[Fact]] = [[*r.ranks(), *r.statements()] for r in readers]
    timelines = [sorted((t.start, t.end, t.value) for t in a.timeline) for a in analyses]
    with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
        docs = nlp.pipe(text for _, _, text in jobs)
        for (i, base, text), doc in zip(jobs, docs, strict=True):
            reader = readers[i]
            dates = [d for d in timelines[i] if base <= d[0] and d[1] <= base + len(text)]
            facts[i].extend(reader.roles(doc, base))
            facts[i].extend(reader.events(doc, base, dates))
    return [tuple(f) for f in facts]
