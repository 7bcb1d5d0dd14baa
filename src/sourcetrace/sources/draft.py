"""A source while the resolver is still adding mentions to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sourcetrace.model import SourceKind, TextSpan
from sourcetrace.sources.descriptions import Description
from sourcetrace.sources.mention import Mention
from sourcetrace.sources.pronouns import Gender, gender_of_title
from sourcetrace.vocabulary import TITLES


@dataclass(slots=True)
class Draft:
    """A source under construction: its mentions and everything they say about it."""

    kind: SourceKind
    name: str
    name_words: tuple[str, ...] = ()  # a named person's fullest name
    descriptions: list[Description] = field(default_factory=list)
    appositive: str | None = None  # the first appositive: "a former CIA Baghdad station chief"
    role: str | None = None  # the first title that is a role, spelled out: "retired Army general"
    relative: str | None = None  # a relative clause on the name: "who commanded JSOC ..."
    mentions: list[TextSpan] = field(default_factory=list)
    gender: Gender | None = None

    @property
    def plural(self) -> bool:
        """A group, as its first description says; never a named person, one person whatever
        plural noun the text sets beside a mention of the name ("Lee and her co-conspirators"),
        who stays a "she" and no "they"."""
        if self.kind is SourceKind.NAMED_PERSON:
            return False
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
        self.role = self.role or mention.role_text
        self.gender = self.gender or gender_of_title(mention.title)

    @property
    def description(self) -> str | None:
        """The Source's description: for an anonymous source its fullest description ("a
        former official" over its echo "the former official"), else the first appositive, else
        the first title that is a role, with the relative clause the text gives the name ("retired
        Army general who commanded JSOC from 2014 to 2016"); never a bare title ("Sen.")."""
        if self.kind is SourceKind.ANONYMOUS_PERSON and self.descriptions:
            return max(self.descriptions, key=lambda d: len(_without_article(d.text))).text
        if self.appositive is not None:
            return self.appositive
        if self.role is not None and self.relative is not None:
            return f"{self.role} {self.relative}"
        return self.role


@dataclass(frozen=True, slots=True)
class Resolved:
    """One attribution's source (None when unresolved), and whether finding it was a guess."""

    draft: Draft | None
    guessed: bool = False


def _without_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in {"a", "an", "the"} else text
