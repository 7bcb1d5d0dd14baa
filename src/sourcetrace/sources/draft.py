"""A source while the resolver is still adding mentions to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcetrace.model import SourceKind, TextSpan
from sourcetrace.sources.descriptions import Description
from sourcetrace.sources.mention import Mention
from sourcetrace.sources.pronouns import Gender, gender_of_title
from sourcetrace.vocabulary import HONORIFICS, TITLES


@dataclass(slots=True)
class Draft:
    """A source under construction: its mentions and everything they say about it."""

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
    def office_holder(self) -> bool:
        """An unnamed holder of an office ("the Indiana governor"): a person, of unknown kind."""
        return (
            self.kind is SourceKind.UNKNOWN
            and bool(self.descriptions)
            and self.descriptions[0].head in TITLES
        )

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

    @property
    def description(self) -> str | None:
        """The Source's description: for an anonymous source its fullest description ("a
        former official" over its echo "the former official"), else the first appositive, else
        the first title."""
        if self.kind is SourceKind.ANONYMOUS_PERSON and self.descriptions:
            return max(self.descriptions, key=lambda d: len(_without_article(d.text))).text
        return self.appositive or self.role


@dataclass(frozen=True, slots=True)
class Resolved:
    """One attribution's source (None when unresolved), and whether finding it was a guess."""

    draft: Draft | None
    guessed: bool = False


def _only_honorifics(title: str) -> bool:
    return all(w.lower().rstrip(".") in HONORIFICS for w in title.split())


def _without_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in {"a", "an", "the"} else text
