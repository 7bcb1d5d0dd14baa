"""Walks the attributions in text order and gives each speaker mention its source."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.model import Attribution, Source, SourceKind, TextSpan
from sourcetrace.sources.descriptions import Description, Match, match
from sourcetrace.sources.lexicon import HONORIFICS, ORGANIZATION_NOUNS
from sourcetrace.sources.mention import (
    RELATIVE_PRONOUNS,
    Determiner,
    Form,
    Mention,
    analyze_mention,
    described_at,
)
from sourcetrace.sources.names import compatible, fullest_name, name_run, person_runs, words
from sourcetrace.sources.pronouns import (
    Gender,
    Pronoun,
    gender_of_title,
    named_subject_between,
    nearest_person_before,
    read_pronoun,
)

# A resolution made on recency alone (two antecedents fit equally well) keeps this share of the
# attribution's confidence.
GUESS = 0.75
PERSON_KINDS = frozenset({SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS_PERSON})


@dataclass(slots=True)
class Draft:
    """A source while the walk is still adding mentions to it."""

    kind: SourceKind
    name: str
    name_words: tuple[str, ...] = ()  # a named person's fullest name
    descriptions: list[Description] = field(default_factory=list)
    appositive: str | None = None  # the first appositive: "a former CIA Baghdad station chief"
    role: str | None = None  # the first title found before the name: "retired Army Gen."
    mentions: list[TextSpan] = field(default_factory=list)
    gender: Gender | None = None

    @property
    def plural(self) -> bool:
        return bool(self.descriptions) and self.descriptions[0].plural

    @property
    def last(self) -> int:
        return self.mentions[-1].start if self.mentions else -1

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention.span)
        if mention.description is not None:
            self.descriptions.append(mention.description)
        if mention.appositive is not None:
            self.descriptions.append(mention.appositive)
        if mention.role is not None:
            self.descriptions.append(mention.role)
        if self.appositive is None and mention.appositive is not None:
            self.appositive = mention.appositive.text
        if self.role is None and mention.title and not _only_honorifics(mention.title):
            self.role = mention.title
        self.gender = self.gender or gender_of_title(mention.title)


@dataclass(frozen=True, slots=True)
class Resolved:
    draft: Draft | None
    guessed: bool = False


class Resolver:
    """One article's walk. Drafts are kept in creation order; ids are given at the end."""

    def __init__(self, doc: Doc, candidates: Sequence[Candidate]) -> None:
        self.doc = doc
        self.candidates = candidates
        self.drafts: list[Draft] = []
        self.resolved: list[Resolved] = []
        self.quoted = [span for c in candidates for span in c.content]

    def run(self) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
        for candidate in self.candidates:
            self.resolved.append(self._resolve(candidate))
        return self._freeze()

    def _resolve(self, candidate: Candidate) -> Resolved:
        if candidate.continues:
            previous = self.resolved[-1].draft if self.resolved else None
            return Resolved(previous)
        if candidate.speaker is None:
            return Resolved(None)
        mention = analyze_mention(self.doc, candidate.speaker)
        if mention.form is Form.PRONOUN:
            return self._pronoun(mention)
        if mention.kind is SourceKind.NAMED_PERSON:
            return Resolved(self._person(mention))
        if mention.form is Form.NAME:
            return Resolved(self._institution(mention))
        return self._description(mention)

    # --- names -----------------------------------------------------------------------------

    def _person(self, mention: Mention) -> Draft:
        draft = self._person_named(mention.name, mention.span.start)
        draft.add(mention)
        return draft

    def _person_named(self, name: tuple[str, ...], at: int) -> Draft:
        """The source of the person called ``name`` at offset ``at``, new if there is none."""
        full = fullest_name(self.doc, name, at)
        for draft in self.drafts:
            if draft.kind is SourceKind.NAMED_PERSON and compatible(draft.name_words, full):
                return draft
        draft = Draft(SourceKind.NAMED_PERSON, " ".join(full), name_words=full)
        # what the text calls this person anywhere lets a later "the Indiana governor" find them
        for run in person_runs(self.doc, full):
            draft.descriptions.extend(described_at(run))
        self.drafts.append(draft)
        return draft

    def _institution(self, mention: Mention) -> Draft:
        for draft in self.drafts:
            if draft.kind is mention.kind and _same_institution(draft.name, mention.text):
                draft.add(mention)
                return draft
        return self._new(Draft(mention.kind, mention.text), mention)

    # --- descriptions ----------------------------------------------------------------------

    def _description(self, mention: Mention) -> Resolved:
        described = mention.description
        assert described is not None  # every Form.DESCRIPTION mention has one
        if mention.determiner is Determiner.DEFINITE:
            found = self._antecedent(mention, described)
            if found is not None:
                draft, guessed = found
                draft.add(mention)
                return Resolved(draft, guessed)
        elif mention.determiner is Determiner.BARE:
            # "officials" twice in one story is one vague group, not two
            for draft in self.drafts:
                if draft.kind is mention.kind and any(
                    d.same_as(described) for d in draft.descriptions
                ):
                    draft.add(mention)
                    return Resolved(draft)
        return Resolved(self._new(Draft(mention.kind, mention.text), mention))

    def _antecedent(self, mention: Mention, described: Description) -> tuple[Draft, bool] | None:
        """The earlier source a definite description refers back to: the best fitting head, then
        one the writer labeled with exactly these modifiers, then the most recent."""
        matches: list[tuple[Match, Draft]] = []
        for draft in self.drafts:
            if not _kinds_agree(mention.kind, draft.kind):
                continue
            found = match(described, draft.descriptions, draft.last)
            if found is not None:
                matches.append((found, draft))
        if not matches:
            return None
        matches.sort(key=lambda md: md[0].rank, reverse=True)
        best, draft = matches[0]
        tied = len(matches) > 1 and matches[1][0].tier == best.tier
        return draft, tied

    # --- pronouns --------------------------------------------------------------------------

    def _pronoun(self, mention: Mention) -> Resolved:
        """A pronoun's source, tried in order: syntax (a relative's noun, a person named as a
        subject since the previous attribution), the latest source the pronoun fits, and for
        he/she with no source yet the nearest person named before."""
        pronoun = read_pronoun(mention.pronoun or "")
        if pronoun is None:
            return Resolved(None)
        previous = self._previous_attribution()
        previous_draft = self.resolved[previous].draft if previous is not None else None
        if mention.pronoun in RELATIVE_PRONOUNS:
            found = self._relative_antecedent(mention)
            if found is not None:
                return self._attach_pronoun(found, mention, pronoun, guessed=False)
        elif pronoun.person:
            after = _end(self.candidates[previous]) if previous is not None else 0
            token = named_subject_between(self.doc, after, mention.span.start, self.quoted)
            found = self._person_at(token) if token is not None else None
            if found is not None:
                guessed = previous_draft is not None and found is not previous_draft
                return self._attach_pronoun(found, mention, pronoun, guessed)
        for earlier in reversed(self.resolved):
            draft = earlier.draft
            if draft is not None and pronoun.accepts(draft.kind, draft.plural, draft.gender):
                guessed = draft is not previous_draft
                return self._attach_pronoun(draft, mention, pronoun, guessed)
        if pronoun.person:
            token = nearest_person_before(self.doc, mention.span.start, self.quoted)
            found = self._person_at(token) if token is not None else None
            if found is not None:
                return self._attach_pronoun(found, mention, pronoun, guessed=True)
        return Resolved(None)

    def _previous_attribution(self) -> int | None:
        """The index of the latest attribution with a source."""
        for index in range(len(self.resolved) - 1, -1, -1):
            if self.resolved[index].draft is not None:
                return index
        return None

    def _relative_antecedent(self, mention: Mention) -> Draft | None:
        """The source of the noun a relative pronoun's clause hangs from: a source already
        mentioned there, or the person named there."""
        word = self.doc.char_span(mention.span.start, mention.span.end)
        clause = word[0].head if word is not None else None
        if clause is None or clause.dep_ != "relcl":
            return None
        noun = clause.head
        for draft in self.drafts:
            if any(m.start <= noun.idx < m.end for m in draft.mentions):
                return draft
        named = mention.pronoun == "who" and noun.ent_type_ == "PERSON"
        return self._person_at(noun) if named else None

    def _person_at(self, token: Token) -> Draft | None:
        """The source of the person whose name ends at ``token``, if a name ends there."""
        run = name_run(token)
        return self._person_named(words(run), run.start_char) if run is not None else None

    def _attach_pronoun(
        self, draft: Draft, mention: Mention, pronoun: Pronoun, guessed: bool
    ) -> Resolved:
        draft.add(mention)
        draft.gender = draft.gender or pronoun.gender
        return Resolved(draft, guessed=guessed)

    # --- output ----------------------------------------------------------------------------

    def _new(self, draft: Draft, mention: Mention) -> Draft:
        draft.add(mention)
        self.drafts.append(draft)
        return draft

    def _freeze(self) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
        mentions = {id(d): self._all_mentions(d) for d in self.drafts}
        ordered = sorted(
            (d for d in self.drafts if mentions[id(d)]), key=lambda d: mentions[id(d)][0].start
        )
        ids = {id(d): f"s{i}" for i, d in enumerate(ordered, 1)}
        sources = tuple(
            Source(
                id=ids[id(d)],
                name=d.name,
                kind=d.kind,
                description=self._description_of(d),
                mentions=mentions[id(d)],
            )
            for d in ordered
        )
        attributions = tuple(
            Attribution(
                id=f"a{i}",
                source=ids[id(r.draft)] if r.draft is not None else None,
                type=c.type,
                cue=c.cue,
                speaker=c.speaker,
                content=c.content,
                confidence=c.confidence * (GUESS if r.guessed else 1.0),
            )
            for i, (c, r) in enumerate(zip(self.candidates, self.resolved, strict=True), 1)
        )
        return sources, attributions

    def _all_mentions(self, draft: Draft) -> tuple[TextSpan, ...]:
        spans = list(draft.mentions)
        if draft.kind is SourceKind.NAMED_PERSON:
            names = [
                TextSpan.of(self.doc.text, run.start_char, run.end_char)
                for run in person_runs(self.doc, draft.name_words)
            ]
            spans += [
                m for m in names if not any(s.start < m.end and m.start < s.end for s in spans)
            ]
        return tuple(sorted(set(spans), key=lambda s: (s.start, s.end)))

    @staticmethod
    def _description_of(draft: Draft) -> str | None:
        if draft.kind is SourceKind.ANONYMOUS_PERSON and draft.descriptions:
            # the fullest description; "a former official" over its echo "the former official"
            return max(draft.descriptions, key=lambda d: len(_without_article(d.text))).text
        return draft.appositive or draft.role


def _kinds_agree(mention: SourceKind, source: SourceKind) -> bool:
    """A description of a person can refer back to a named or anonymous person; other kinds only
    to their own kind; an unclassified description to anything."""
    if mention is SourceKind.UNKNOWN:
        return True
    if mention in PERSON_KINDS:
        return source in PERSON_KINDS
    return mention is source


def _same_institution(a: str, b: str) -> bool:
    """ "The Post" is "The New York Post"; "the House" is not "the White House"."""
    short, long = sorted((tuple(a.lower().split()), tuple(b.lower().split())), key=len)
    if short == long:
        return True
    generic = len(short) == 1 and short[0] in ORGANIZATION_NOUNS
    return not generic and compatible(short, long)


def _only_honorifics(title: str) -> bool:
    return all(w.lower().rstrip(".") in HONORIFICS for w in title.split())


def _without_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in {"a", "an", "the"} else text


def _end(candidate: Candidate) -> int:
    spans = [*candidate.content, *(s for s in (candidate.cue, candidate.speaker) if s)]
    return max(s.end for s in spans)
