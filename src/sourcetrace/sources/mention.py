"""What one speaker mention is: a pronoun, a name (with its title and appositive) or a
description, and which kind of source it points at."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from spacy.tokens import Doc, Span, Token

from sourcetrace import vocabulary
from sourcetrace.attribution.lexicon import (
    DOCUMENT_NOUNS,
    POLL_AGGREGATES,
    RANKED_PEOPLE,
    REASONING_NOUNS,
)
from sourcetrace.attribution.speaker import PARTY_TAG, past_dateline
from sourcetrace.model import SourceKind, TextSpan
from sourcetrace.nlp import doc_text
from sourcetrace.signatures import HANDLE, signed_by, signs_alone, tags_author
from sourcetrace.sources import lexicon
from sourcetrace.sources.descriptions import Description, stems
from sourcetrace.sources.handles import spelled_name
from sourcetrace.sources.names import NameIndex, name_run, words

ORGANIZATION_LABELS = frozenset({"ORG", "NORP", "FAC", "GPE"})
# Last words that make a name an institution's or a place's, never a person's ("Tribe" and
# "Crew" are surnames: not every body noun).
INSTITUTION_HEADS = vocabulary.ORGANIZATION_NOUNS | lexicon.PLACE_HEADS
NAMED_LABELS = frozenset({"PERSON", *ORGANIZATION_LABELS})
ACRONYM_MAX_LETTERS = 4  # "WHO", "CPUC"; "PENCE" in a transcript is a name
# A transcript label names a person in two or three words ("JAKE TAPPER", "MARY ANN LEE").
MAX_LABEL_WORDS = 3
MAX_APPOSITIVE_NAME_WORDS = 4  # "Brad Woodhouse", "Mary Ellen de la Cruz"
PARTY_TAG_WINDOW = 8  # characters after a name where its party tag starts: ", (D-Mo."
# Entities that make a named member of a group; a place ("senators from Ohio") does not.
GROUP_MEMBER_LABELS = frozenset({"PERSON", "ORG"})
INCLUSIONS = frozenset({("such", "as"), ("along", "with"), ("together", "with"), ("as", "well")})
RELATIVE_PRONOUNS = frozenset({"who", "which", "whose", "whom", "that"})
RATIO_WORDS = frozenset({"in", "out"})  # "one in five", "nine out of 10"
# Punctuation that ends a dateline or quote before a title: the title starts after it.
TITLE_BREAKS = frozenset({*vocabulary.DASHES, "-", ":", "(", ")", '"', "“", "”"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})
POSSESSIVE_MARKERS = frozenset({"'s", "’s", "'", "’"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
# Abbreviated titles that address a person rather than name a post ("Dr. Lee", "Prof. Ray").
FORMS_OF_ADDRESS = frozenset({"doctor", "professor"})
# Words inside a capitalized title: "Secretary of State", "Deputy Assistant Secretary for ...".
TITLE_LINKS = frozenset({"of", "for"})
# A name a site masked to hide who wrote ("Man**", "Ni** My**"): it identifies nobody.
MASKED_NAME = re.compile(r"\w*\*+(?:\s+\w*\*+)*")


class Form(StrEnum):
    PRONOUN = "pronoun"
    NAME = "name"
    DESCRIPTION = "description"


class Determiner(StrEnum):
    DEFINITE = "definite"  # "the official", "his spokesman", "Trump's lawyer"
    INDEFINITE = "indefinite"  # "a former official", "two officials"
    BARE = "bare"  # "officials", "police", "court records"


def _handle(doc: Doc, span: TextSpan) -> str | None:
    """The handle ``span`` is, "@jolee": one written so, or a tweet tag's author attribute
    (PolNeAR's `<tweet author="jolee">`, with or without its "@")."""
    handle = span.text if span.text.startswith("@") else f"@{span.text}"
    if not re.fullmatch(HANDLE, handle):
        return None
    if span.text.startswith("@") or tags_author(doc_text(doc), span.start, span.end):
        return handle
    return None


def _signer(doc: Doc, handle: str) -> TextSpan | None:
    """The name ``handle`` signs with on the page: "— Jo Lee (@jolee) May 2, 2019"."""
    text = doc_text(doc)
    signed = signed_by(handle).search(text)
    return None if signed is None else TextSpan.of(text, *signed.span("name"))


def _handle_mention(doc: Doc, span: TextSpan, handle: str, names: NameIndex) -> Mention | None:
    """A handle's mention: the name it signs with, else the person whose name it spells, else
    someone a reader cannot name, called by the handle as written. A handle alone on its line
    signs a reader's post: a private account, whose name no spelling of it may guess."""
    signer = _signer(doc, handle)
    if signer is not None:
        found = analyze_mention(doc, signer, names)
        return None if found is None else replace(found, span=span)
    if signs_alone(doc_text(doc), span.start, span.end):
        return Mention(span, Form.NAME, SourceKind.ANONYMOUS_PERSON, span.text)
    name = spelled_name(handle.removeprefix("@"), names)
    if name is None:
        return Mention(span, Form.NAME, SourceKind.ANONYMOUS_PERSON, span.text)
    return Mention(span, Form.NAME, SourceKind.NAMED_PERSON, " ".join(name), name=name)


def _transcript_name(text: str, span: TextSpan, names: NameIndex) -> Mention | None:
    """A transcript's speaker label, a person's name in capitals at a line's start before the
    colon ("JAKE TAPPER:", "JAKE TAPPER, CNN HOST:"), and a later label of its last word alone
    ("TAPPER:") on a page that writes the full one: that person, named as the article writes
    the name where it does, else in the label's words capitalized. A label of a role
    ("MODERATOR:", "UNIDENTIFIED MALE:") names no one, nor does a lone word the page never
    writes in full (its name is read as any other)."""
    if not text.startswith(":", span.end) or not span.text.isupper():
        return None
    if text[text.rfind("\n", 0, span.start) + 1 : span.start].strip(' \t"“'):
        return None
    words = span.text.split(",")[0].split()
    if len(words) == 1:
        full = re.search(rf"^[ \t]*((?:[A-Z][A-Z'’-]+[ \t]+){{1,2}}{words[0]})[,:]", text, re.M)
        words = full.group(1).split() if full is not None else []
    if not 1 < len(words) <= MAX_LABEL_WORDS or not all(_name_word(w) for w in words):
        return None
    written = names.spelled("".join(words).lower())  # the label itself is one such run
    if written is None or " ".join(written).isupper():
        written = tuple(w.capitalize() for w in words)
    name = written
    if len(span.text.split()) == 1:
        name = name[-1:]  # "TAPPER": the surname, which the resolver joins to the full name
    return Mention(span, Form.NAME, SourceKind.NAMED_PERSON, " ".join(name), name=name)


def _name_word(word: str) -> bool:
    """A word of a name in a capitals label, not a role's ("HOST", "MALE") or a title's."""
    lower = word.lower()
    role = lower in vocabulary.PERSON_NOUNS or lower in vocabulary.ROLE_NOUNS
    return word.replace("'", "").replace("’", "").replace("-", "").isalpha() and not (
        role or lower in vocabulary.TITLES or lower in lexicon.TRANSCRIPT_ROLES
    )


@dataclass(frozen=True, slots=True)
class Mention:
    """One speaker mention, analyzed. ``span`` is the whole mention as the attribution stage found
    it; the rest describes its core (the part before an appositive or relative clause)."""

    span: TextSpan
    form: Form
    kind: SourceKind
    text: str  # the core without a leading article: "former CIA official", "Pentagon"
    pronoun: str | None = None  # lowercase, for Form.PRONOUN
    name: tuple[str, ...] = ()  # a person's name words, for Form.NAME of a person
    title: str | None = None  # words before a person's name: "retired Army Gen."
    description: Description | None = None  # the core's (a person's name has none)
    appositive: Description | None = None  # "John Maguire, [a former senior CIA official ...]"
    role: Description | None = None  # a person's title read as a description: "the president"
    role_text: str | None = None  # the title as a source's description: "retired Army general"
    determiner: Determiner = Determiner.BARE


def analyze_mention(doc: Doc, span: TextSpan, names: NameIndex) -> Mention | None:
    """Read the speaker mention at ``span`` in ``doc``, whose names ``names`` holds; None when
    the span holds no word (only punctuation or space), so nothing can be resolved from it."""
    handle = _handle(doc, span)
    if handle is not None:
        return _handle_mention(doc, span, handle, names)
    label = _transcript_name(doc_text(doc), span, names)
    if label is not None:
        return label
    whole = doc.char_span(span.start, span.end, alignment_mode="expand")
    # quote marks and line breaks at the edges belong to the text around the mention
    tokens = _strip_punct(whole) if whole is not None else None
    if tokens is None:
        return None
    tokens = past_dateline(tokens)
    if MASKED_NAME.fullmatch(span.text.strip()):
        return Mention(span, Form.NAME, SourceKind.ANONYMOUS_PERSON, span.text.strip())
    if len(tokens) > 2 and tokens[-1].text.startswith("@") and tokens[-2].text == "(":
        tokens = doc[tokens.start : tokens.end - 2]  # a signer's "(@handle)" is no part of it
    core, rest = _split_core(tokens)
    head = _head(core)
    if _group_with_named(tokens, head, rest):
        # "recent polls, including one from Monmouth University": documents, one named
        documents = _singular(head.lower_) in DOCUMENT_NOUNS
        return _group(span, tokens, head, SourceKind.DOCUMENT if documents else SourceKind.UNKNOWN)
    # a quantifier standing for people ("Some also said") is a description, not a pronoun
    quantifier = head.lower_ in lexicon.PEOPLE_QUANTIFIERS
    pronoun = (head.pos_ == "PRON" and not quantifier) or head.lower_ in RELATIVE_PRONOUNS
    if len(core) == 1 and pronoun and not _acronym(head):  # "WHO" is no pronoun
        return Mention(span, Form.PRONOUN, SourceKind.UNKNOWN, head.text, pronoun=head.text.lower())
    if core[-1].ent_type_ == "PERSON" and core[-1].dep_ == "appos" and core[-1].head.i == head.i:
        # "the Democratic candidate Hillary Clinton": the name, with all before it as a title;
        # not "a spokeswoman for Hillary Clinton"
        head = core[-1]
    elif _titled_name(core, head):
        head = core[-1]  # "Deputy Assistant Secretary for Diplomatic Security Charlene Lamb"
    appositive = _appositive(rest)
    # a surname the NER knows as a person elsewhere is one here too, however tagged here; so is
    # a word of an institution's name ("HuffPost" of "HuffPost Pollster")
    person = head.text[:1].isupper() and names.is_person(head.text)
    known = person or _institution_word(head, names)
    description = _portion_description(core, head) or _description(core, head)
    # "the Arizona Republican", "a Democrat familiar with ...": a party's member, no party named
    member = description.stands_in and _determiner(core) is not Determiner.BARE
    if (
        not member
        and not _capitalized_noun(core, head)
        and not _post_initials(head)
        and (known or head.pos_ == "PROPN" or _acronym(head) or head.ent_type_ in NAMED_LABELS)
    ):
        return _name_mention(span, core, head, appositive, names)
    named = _strip_punct(rest)
    if named is not None and (
        _head(named).ent_type_ == "PERSON" or _named_person_after(named, description)
    ):
        # "the minister of the economy, Mr. Guajardo Villarreal": a person, described first
        return _name_mention(span, named, _head(named), description, names)
    made = _maker(tokens, head)
    if made is not None:
        # the pollster says what its poll found, as "according to the institute" has it
        maker, kind = made
        if kind is SourceKind.UNKNOWN:
            return _group(span, maker, maker.root, kind)
        return replace(_name_mention(span, maker, maker.root, None, names), kind=kind)
    kind = (
        _portion_kind(core, head)
        or _outlet_kind(head)
        or _work_voice(core, head)
        or _description_kind(description)
    )
    if _joint_with_named(core):
        kind = SourceKind.UNKNOWN  # "Holcomb and GOP leaders", "he and his wife": one group
    elif kind is SourceKind.UNKNOWN and any(
        c.lemma_.lower() in vocabulary.PERSON_NOUNS for c in head.conjuncts
    ):
        kind = SourceKind.ANONYMOUS_PERSON  # "businesses and residents": people among them
    return Mention(
        span,
        Form.DESCRIPTION,
        kind,
        _without_determiner(core),
        description=description,
        determiner=_determiner(core),
    )


def _group(span: TextSpan, phrase: Span, head: Token, kind: SourceKind) -> Mention:
    """Several speakers at once as one plural source, named by the whole ``phrase``."""
    group = Description(phrase.text, head.text.lower(), frozenset(), plural=True)
    return Mention(span, Form.NAME, kind, _without_determiner(phrase), description=group)


def _group_with_named(tokens: Span, head: Token, rest: Span) -> bool:
    """A group one of whose members is named, as an inclusion ("Several senators, including Ann
    Lee", "Lee, along with Governor Tom Ruiz", "some, such as the group Fair Votes") or a list
    after the first name's comma ("Ann Lee, Tom Ruiz and Mark Cole", "Lee, the whip, and other
    supporters"): one source of unknown kind, not its first member. Not the words listed inside
    an appositive or a phrase ("Lee, a senator and lawyer", "Lee, director of Sales and Service
    at Acme").

    ``head`` is the head of the mention's core."""
    marker = next((t for t in tokens if _includes(t)), None)
    if marker is not None:
        return any(t.ent_type_ in GROUP_MEMBER_LABELS for t in tokens if t.i > marker.i)
    return any(
        t.dep_ == "conj"
        and (
            (t.head.i == head.i and t.ent_type_ in GROUP_MEMBER_LABELS and _listed(t))
            or any(c.lower_ == "other" for c in t.children)
        )
        for t in rest
    )


def _listed(conjunct: Token) -> bool:
    """A conjunct joined by "and" or "or", not an owner the parse made one ("Mayer, Disney's
    chairman")."""
    joined = any(c.dep_ == "cc" for c in (*conjunct.children, *conjunct.head.children))
    return joined and not any(c.dep_ == "case" for c in conjunct.children)


def _includes(token: Token) -> bool:
    """A word that adds members to a group: "including", "such as", "along with"."""
    word, after = token.lower_, token.nbor().lower_ if token.i + 1 < len(token.doc) else ""
    return word == "including" or (word, after) in INCLUSIONS


def _joint_with_named(core: Span) -> bool:
    """A joint subject one of whose members is named or a person's pronoun ("Holcomb and GOP
    leaders", "he and his wife"), however the parse hangs it: a group of named people and
    others, not unnamed people; not a name inside a phrase ("a spokesman for Lee and Ruiz")."""
    free = [
        t
        for t in core
        if not any(a.dep_ == "prep" and core.start <= a.i < core.end for a in t.ancestors)
    ]
    joined = any(t.dep_ == "cc" for t in free)
    named = (t.ent_type_ == "PERSON" or t.tag_ == "PRP" for t in free if t.dep_ != "poss")
    return joined and any(named)


def _titled_name(core: Span, head: Token) -> bool:
    """A person's name after a capitalized title that the parse made the head, the name inside
    its "for" or "of" phrase: "Secretary for Diplomatic Security Charlene Lamb"; not "a
    spokeswoman for Hillary Clinton", whose head is no title."""
    last = core[-1]
    if last.ent_type_ != "PERSON" or last.i <= head.i or not head.text[:1].isupper():
        return False
    title = core.doc[head.i : last.i]
    linked = all(t.text[:1].isupper() or t.lower_ in TITLE_LINKS for t in title)
    return _normalize(head) in vocabulary.TITLES and linked


def _capitalized_noun(core: Span, head: Token) -> bool:
    """ "The President said", "Aides said" opening a sentence: a noun for people, capitalized
    with no name beside it, describes someone and names no one ("Vice President Biden" and
    "the President of Mexico" keep their names). Not a noun that is no title after "the" in a
    sentence set in lowercase: "The Economist wrote", "the Advocate had chided" name papers."""
    noun = _singular(head.lower_) if head.tag_ in ("NNS", "NNPS") else head.lower_
    named = any(t.pos_ == "PROPN" and t.i != head.i and t.dep_ != "poss" for t in core)
    return noun in vocabulary.PERSON_NOUNS and not named and not _titled_as_name(core, head)


def _titled_as_name(core: Span, head: Token) -> bool:
    """A capitalized singular noun for people right after "the" that writers never capitalize
    as a title ("the Advocate", not "the President"; "The Officials" are still people), where
    the word it hangs on is lowercase: a title-case headline ("The Lawmaker Says ...")
    capitalizes any noun."""
    singular = head.tag_ not in ("NNS", "NNPS")
    after_the = head.i > core.start and core.doc[head.i - 1].lower_ == "the"
    lowercase_sentence = head.head.i == head.i or not head.head.text[:1].isupper()
    return (
        singular
        and after_the
        and head.text[:1].isupper()
        and head.lower_ not in vocabulary.TITLES
        and lowercase_sentence
    )


def _named_person_after(named: Span, description: Description) -> bool:
    """A description of a person followed by a name the NER missed or took for an
    organization: "A spokesman for the committee, Brad Woodhouse" is Woodhouse."""
    capitalized = all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in named)
    person = _description_kind(description) is SourceKind.ANONYMOUS_PERSON
    return person and capitalized and 1 < len(named) <= MAX_APPOSITIVE_NAME_WORDS


def _outlet_kind(head: Token) -> SourceKind | None:
    """An organization for a named outlet's report ("a report in the Argus Leader", "The Wrap's
    report", "reports from The Wrap", "a report by E! News"): the outlet reports, as it would
    by "reports that". A report "by" authors named as no outlet is a document kept apart from
    them ("a report by the International Energy Agency"), as a study by them is."""
    if head.lemma_.lower() not in lexicon.OUTLET_REPORTS:
        return None
    owners = [c for c in head.children if c.dep_ == "poss"]
    for prep in head.rights:
        objects = [o for o in prep.children if o.dep_ == "pobj"] if prep.dep_ == "prep" else []
        if prep.lower_ == "by":
            objects = [o for o in objects if o.lower_ in lexicon.OUTLET_WORDS]
        owners += objects if prep.lower_ in ("in", "from", "by") else []
    return SourceKind.ORGANIZATION if any(o.pos_ == "PROPN" for o in owners) else None


def _work_voice(core: Span, head: Token) -> SourceKind | None:
    """A document for the voice of an ad or video: a voiceover ("a voice-over at the end of the
    ad"), or a narrator of a work the mention names ("the ad's narrator", "a narrator in the
    Smith ad"), through whom the work speaks. None for a narrator of no such work ("the
    narrator of the book")."""
    voiceover = head.lower_ == "voiceover" or (
        head.lower_ == "over" and head.i >= 2 and head.doc[head.i - 2].lower_ == "voice"
    )
    works = (t for t in core if t.i != head.i and t.dep_ in ("poss", "nmod", "pobj", "compound"))
    voice = head.lemma_.lower() in lexicon.WORK_VOICES
    if voiceover or (voice and any(t.lemma_.lower() in lexicon.VOICED_WORKS for t in works)):
        return SourceKind.DOCUMENT
    return None


def _maker(tokens: Span, head: Token) -> tuple[Span, SourceKind] | None:
    """The institution named as the agent of a poll or finding inside the mention, and its
    kind: "the poll by the Marist Institute", "a survey, conducted last week by Quinnipiac
    University,", "an analysis by the Pew Research Center" (an organization); the institutions
    of a joint one, one group of unknown kind ("a poll released Sunday by CNN and ORC", however
    the parse joins the names). None for a poll named as a poll ("the Marist poll", a
    document) and for people, described or named ("a poll by researchers at ...", "an analysis
    by Ann Lee")."""
    if head.lemma_.lower() not in lexicon.MADE_FINDINGS:
        return None
    holders = (head, *(c for c in head.children if c.dep_ == "acl"))  # "conducted by"
    agents = [c for h in holders for c in h.children if c.lower_ == "by"]
    objects = [o for a in agents for o in a.children if o.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    # a joint maker's second name may hang on the poll itself: "by The Daily Star and NBC"
    joined = [c for h in holders for c in h.conjuncts if c.i > objects[0].i]
    named = (objects[0], *objects[0].conjuncts, *joined)
    first, last = named[0].left_edge.i, max(t.right_edge.i for t in named)
    # the name ends before an appositive: "by Fix the Court, a group that ..."
    last = next((t.i - 1 for t in tokens.doc[named[-1].i : last + 1] if t.text == ","), last)
    inside = tokens.start <= first and last < tokens.end
    if not inside or any(t.pos_ != "PROPN" or t.ent_type_ == "PERSON" for t in named):
        return None
    maker = tokens.doc[first : last + 1]
    joint = len(named) > 1 or any(t.dep_ == "cc" for t in maker)
    return maker, SourceKind.UNKNOWN if joint else SourceKind.ORGANIZATION


def _portion_kind(core: Span, head: Token) -> SourceKind | None:
    """The kind of what a portion is of: people in "70 percent of Americans" (a nationality, or
    a noun for people), documents in "the RealClearPolitics average of polls"; None when the head
    measures nothing out."""
    whole = _portion_whole(core, head, vocabulary.PORTION_HEADS | lexicon.WHOLE_KIND_HEADS)
    if whole is None and _of_counts(head):
        return SourceKind.DOCUMENT  # "the RealClearPolitics polling average": an average of polls
    if whole is None:
        # "59 percent said it was not", "49% say", "one in five say": a share with no whole
        # named is of those asked
        share = head.lower_ in vocabulary.SHARES or _ratio(head)
        return SourceKind.ANONYMOUS_PERSON if share else None
    if whole.ent_type_ == "NORP":
        return SourceKind.ANONYMOUS_PERSON
    return _description_kind(_description(core.doc[whole.left_edge.i : whole.i + 1], whole))


def _of_counts(head: Token) -> bool:
    """A measure taken over polls, said by a noun before it: "the polling average", "the survey
    average", as "the average of polls" says it after."""
    return head.lower_ in lexicon.WHOLE_KIND_HEADS and any(
        c.dep_ == "compound" and c.lemma_.lower() in lexicon.COUNTING_DOCUMENTS for c in head.lefts
    )


def _ratio(head: Token) -> bool:
    """A number written as a share: "49%", "one in five", "nine out of 10"."""
    if not head.like_num:
        return False
    percent = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "%"
    return percent or any(
        c.dep_ == "prep" and c.lower_ in RATIO_WORDS and any(t.like_num for t in c.subtree)
        for c in head.children
    )


def _portion_description(core: Span, head: Token) -> Description | None:
    """A portion described as what it is of, keeping its own words: "Half of Ohio Democrats"
    are Democrats (plural, never a "he") and not the same group as "half of GOP voters"."""
    whole = _portion_whole(core, head)
    if whole is None:
        return None
    of_whole = _description(core.doc[whole.left_edge.i : whole.i + 1], whole)
    return replace(of_whole, text=core.text)


def _portion_whole(
    core: Span, head: Token, heads: frozenset[str] = vocabulary.PORTION_HEADS
) -> Token | None:
    """The head of what a portion head (one of ``heads``) measures out inside ``core``:
    "Americans" in "70 percent of Americans"; None when ``head`` is no portion. "One of two
    witnesses" is a witness by its kind, one person, never a plural description."""
    if head.lower_ not in heads:
        return None
    for prep in head.rights:
        objects = [c for c in prep.children if c.dep_ == "pobj"] if prep.lower_ == "of" else []
        if objects and objects[0].i < core.end:
            return objects[0]
    return None


def _split_core(tokens: Span) -> tuple[Span, Span]:
    """The mention before its first comma, and what follows the comma; not a comma between
    the adjectives of one noun ("One small, 2-week study", "a large, costly survey")."""
    for token in tokens:
        before = token.doc[token.i - 1]
        coordinate = before.dep_ == "amod" and token.i < before.head.i < tokens.end
        if token.text == "," and token.i > tokens.start and not coordinate:
            return tokens.doc[tokens.start : token.i], tokens.doc[token.i + 1 : tokens.end]
    return tokens, tokens.doc[tokens.end : tokens.end]


def _head(tokens: Span) -> Token:
    """The token the phrase hangs from: the first whose syntactic head lies outside it, or the
    last such when it ends a person's name: the parse split the phrase ("CPUC" and "President
    Marybel Batjer", two subjects)."""
    roots = [t for t in tokens if not tokens.start <= t.head.i < tokens.end or t.head.i == t.i]
    if not roots:
        return tokens[-1]
    return roots[-1] if roots[-1].ent_type_ == "PERSON" else roots[0]


def _appositive(rest: Span) -> Description | None:
    """The appositive after a name's comma, not a relative clause ("who commanded JSOC")."""
    trimmed = _strip_punct(rest)
    if trimmed is None or trimmed[0].text.lower() in RELATIVE_PRONOUNS:
        return None
    head = _head(trimmed)
    # an appositive is a noun phrase the parser attaches as one, or one opening with a
    # determiner; "Jeff Merkley, Sherrod Brown and ..." is a list of names
    apposed = head.dep_ == "appos" or trimmed[0].pos_ == "DET"
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ == "PERSON" or not apposed:
        return None
    if PARTY_TAG.match(trimmed.text):  # "Mitch McConnell, R-Ky.," is no description
        return None
    return _description(trimmed, head)


def _strip_punct(span: Span) -> Span | None:
    """``span`` without punctuation and space at its edges, but with the closing parenthesis of
    one it opened: "Ann Lee (D)" and "Tom Reed (R) and Ann Lee (D)" are whole, not "Ann Lee (D"."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end < span.end and doc[end].text == ")":  # asked first: few phrases are cut before one
        inner = Span(doc, start, end).text
        if inner.count("(") > inner.count(")"):
            end += 1
    return Span(doc, start, end) if end > start else None


def _description(phrase: Span, head: Token) -> Description:
    modifiers = frozenset(
        _normalize(t)
        for t in phrase.doc[phrase.start : head.i]
        if not (t.is_punct or t.pos_ == "DET" or t.text in POSSESSIVE_MARKERS)
    )
    # a gathering is many people, however the noun is written: no one person's label
    plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in lexicon.GATHERINGS
    content = (t for t in phrase if t.pos_ in CONTENT_POS and t.i != head.i)
    return Description(
        text=phrase.text,
        head=_singular(head.text.lower()) if plural else head.text.lower(),
        modifiers=modifiers - {""},
        plural=plural,
        words=frozenset(s for t in content for s in stems(_normalize(t))),
    )


def _normalize(token: Token) -> str:
    text = token.text.lower()
    for marker in POSSESSIVE_MARKERS:
        text = text.removesuffix(marker)
    return text.replace(".", "")


def _singular(noun: str) -> str:
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")):
        return noun[:-2]
    return noun.removesuffix("s")


def _determiner(core: Span) -> Determiner:
    first = core[0]
    word = first.text.lower()
    if word in lexicon.DETERMINERS_INDEFINITE or first.like_num:
        return Determiner.INDEFINITE
    if (
        word in lexicon.DETERMINERS_DEFINITE
        or first.tag_ == "PRP$"
        or any(t.text in POSSESSIVE_MARKERS for t in core)
    ):
        return Determiner.DEFINITE
    return Determiner.BARE


def _without_determiner(core: Span) -> str:
    """The core without its first word when that is a determiner, not the head ("some in the
    CIA" keeps its "some")."""
    first = core[0]
    if first.i == _head(core).i:
        return core.text.strip()
    if (
        first.pos_ == "DET"
        or first.dep_ == "preconj"  # "both"
        or first.text.lower() in lexicon.DETERMINERS_INDEFINITE
    ):
        return (core[1:].text if len(core) > 1 else core.text).strip()
    return core.text.strip()


def _description_kind(description: Description) -> SourceKind:
    head = description.head
    if (
        description.age
        or description.stands_in
        or head in vocabulary.PERSON_NOUNS
        or head in vocabulary.ROLE_NOUNS
        or head in lexicon.PEOPLE_QUANTIFIERS
        or (description.plural and head in lexicon.PEOPLE_WHEN_PLURAL)
        or head in lexicon.GATHERINGS
    ):
        return SourceKind.ANONYMOUS_PERSON
    if description.modifiers & RANKED_PEOPLE.get(head, frozenset()):
        return SourceKind.ANONYMOUS_PERSON  # "senior figures in the party"
    if _singular(head) in POLL_AGGREGATES and description.modifiers & lexicon.COUNTING_DOCUMENTS:
        return SourceKind.DOCUMENT  # "polling averages": an aggregate of polls speaks as one
    if head in DOCUMENT_NOUNS or head in REASONING_NOUNS:
        # "evidence presented at trial shows": grounds that speak do so as a document
        return SourceKind.DOCUMENT
    if head in vocabulary.ORGANIZATION_NOUNS:
        return SourceKind.ORGANIZATION
    if head in vocabulary.BODY_NOUNS and not description.plural:
        # "the press", "the business community" act as one body; "two states" may be a
        # group of named ones
        return SourceKind.ORGANIZATION
    if vocabulary.names_person(head):  # "the blogger", not "the controller"
        return SourceKind.ANONYMOUS_PERSON
    return SourceKind.UNKNOWN


def _name_mention(
    span: TextSpan, core: Span, head: Token, appositive: Description | None, names: NameIndex
) -> Mention:
    run = name_run(head)
    conjuncts = [t for t in core if t.dep_ == "conj" and t.head.i == head.i]
    if conjuncts:
        # "Mr. King and Mr. Schultz": several speakers at once, one group source; members of
        # parties or nations ("Republicans and Democrats"), alone or beside other people
        # ("Democrats and independent voters"), are people the article does not name
        members = all(_members(t) or _people(t) for t in (head, *conjuncts))
        kind = SourceKind.ANONYMOUS_PERSON if members else SourceKind.UNKNOWN
        return _group(span, core, head, kind)
    if run is not None and _joined_before(core, run):
        # "Donald Trump and House Speaker Paul Ryan", parsed as Ryan titled by all before him
        return _group(span, core, head, SourceKind.UNKNOWN)
    if run is not None and _is_person(core, head, run, names, appositive):
        before = core.doc[core.start : run.start]
        breaks = [t.i for t in before if t.text in TITLE_BREAKS]
        if breaks:  # "MACAU (Reuters) – Top Republican Party donor": the title starts after
            before = core.doc[breaks[-1] + 1 : run.start]
        title = _without_determiner(before) if any(c.isalpha() for c in before.text) else None
        return Mention(
            span,
            Form.NAME,
            SourceKind.NAMED_PERSON,
            run.text,
            name=words(run),
            title=title,
            appositive=appositive,
            role=_role(before),
            role_text=role_text(before),
        )
    name = _without_determiner(core)
    # A name written after "the" is no person's: "The Hollywood Reporter", "the Wrap".
    titled_the = core[0].lower_ == "the" and head.pos_ == "PROPN"
    institution = (
        head.ent_type_ in ORGANIZATION_LABELS
        or _institution_word(head, names)
        or _has_institution_word(core, head)
        or _acronym(head)
        or titled_the
        or _reporting(head)
    )
    kind = SourceKind.ORGANIZATION if institution else SourceKind.UNKNOWN
    if kind is SourceKind.UNKNOWN and appositive is not None:
        # the appositive says what the name is: "America Rising, a political action committee"
        described = _description_kind(appositive)
        kind = described if described is SourceKind.ORGANIZATION else kind
    party = len(core) == 2 and core[0].lower_ == "the"  # "the Democrats": the party
    if _members(head) and not party:
        # "several leading Republicans", "House Democrats": members of a party or nation,
        # people the article does not name, not the party itself
        kind = SourceKind.ANONYMOUS_PERSON
    # "a Morning Consult Poll", "Records released by the council show" (a plural the parse took
    # for a name); not a paper's or label's title ("the Washington Post", "Big Machine Records")
    noun = _singular(head.lower_)
    masthead = head.i > core.start and noun in lexicon.MASTHEAD_HEADS
    if noun in DOCUMENT_NOUNS and not masthead:
        kind = SourceKind.DOCUMENT
    # an institution's name is also a description: "the department" for "the Justice Department"
    own = Description(
        text=core.text,
        head=head.text.lower(),
        modifiers=frozenset(_normalize(t) for t in core if t.i < head.i and t.pos_ != "DET"),
        # "House Republicans" are several people, whom a later "they" can be; an institution
        # with a plural name ("the United Nations") is still one "it"
        plural=kind is SourceKind.ANONYMOUS_PERSON,
    )
    return Mention(span, Form.NAME, kind, name, description=own, appositive=appositive)


def _joined_before(core: Span, run: Span) -> bool:
    """A person named, then "and", in front of the name ``run``: a joint subject the parse hung
    on the last name as its title ("Donald Trump and House Speaker Paul Ryan"); not a company's
    "&" ("Procter & Gamble CEO David Taylor") or a list inside a phrase before the name."""
    before = core.doc[core.start : run.start]
    joints = [t.i for t in before if t.dep_ == "cc" or t.lower_ == "and"]
    return bool(joints) and any(t.ent_type_ == "PERSON" for t in before if t.i < joints[0])


def _institution_word(head: Token, names: NameIndex) -> bool:
    """A capitalized word of a name the NER tags as an institution's elsewhere: "HuffPost
    reported" after "HuffPost Pollster"; not a noun for people opening a sentence ("Teachers
    said" beside the "Indiana State Teachers Association")."""
    people = vocabulary.names_person(_singular(head.lower_))
    return head.text[:1].isupper() and not people and names.is_institution(head.text)


def _reporting(head: Token) -> bool:
    """A name no person's that reports is an outlet's: "Haaretz reported that ...", "Deadline
    reports that ..."."""
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in lexicon.REPORTING_VERBS


def _members(token: Token) -> bool:
    """Members of a party or nation, in the plural: "Republicans", "Americans"."""
    return token.ent_type_ == "NORP" and token.tag_ == "NNPS"


def _people(token: Token) -> bool:
    """A plural noun for people: "voters", "business leaders"."""
    return token.tag_ == "NNS" and vocabulary.names_person(_singular(token.lower_))


def described_at(run: Span) -> list[Description]:
    """What the text says a person is where it names them: the title before the name
    ("Republican presidential nominee Donald Trump"), an appositive after it ("Mike Pence,
    the Indiana governor") and the noun it is in apposition to ("The suspect, Michael Webb,")."""
    end = run[-1]
    found: list[Description] = []
    left = [t for t in end.lefts if t.i < run.start]
    if left:
        role = _role(run.doc[min(t.left_edge.i for t in left) : run.start])
        if role is not None:
            found.append(role)
    noun = end.head
    # one of a group ("two senators, Adam Driggs and ...") is no description of the person
    if end.dep_ == "appos" and noun.tag_ == "NN" and noun.i < run.start:
        found.append(_description(run.doc[noun.left_edge.i : noun.i + 1], noun))
    for child in end.rights:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            found.append(_description(run.doc[child.left_edge.i : child.right_edge.i + 1], child))
    return found


def places_at(run: Span) -> frozenset[str]:
    """The capitalized words, lowercased, of what the text says after a name where it names the
    person: "of Idaho" in "Raul Labrador, of Idaho", the party tag "(R-Idaho)" or an
    appositive; they tell "the Idaho congressman" from another congressman."""
    return frozenset(
        token.lower_
        for child in run[-1].rights
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of")
        for token in child.subtree
        if token.text[:1].isupper()
    )


def relative_clause(run: Span) -> str | None:
    """The "who" clause on a person's name that says what they are or did, to its first
    coordination: "Thomas, who commanded JSOC from 2014 to 2016 and was ..." gives "who commanded
    JSOC from 2014 to 2016". Not one that reports speech ("who added that ..."), a guess ("who
    would be expected to ...") or a quotation."""
    for clause in run[-1].children:
        if clause.dep_ != "relcl" or clause.left_edge.lower_ != "who":
            continue
        if any(c.dep_ == "ccomp" or c.tag_ == "MD" for c in clause.children):
            return None
        if any(t.lower_ in FIRST_PERSON for t in clause.subtree):
            return None  # "who is railing against my visit": a speaker's words
        stops = [c.left_edge.i for c in clause.children if c.dep_ in {"cc", "conj"}]
        end = min([*stops, clause.right_edge.i + 1])
        tokens = _strip_punct(run.doc[clause.left_edge.i : end])
        return tokens.text if tokens is not None else None
    return None


def _role(title: Span) -> Description | None:
    """A title as a description ("retired Army Gen." as "retired army general"), so that a later
    "the general" can refer back to it; None for no title or mere courtesy ("Mr.")."""
    words = [_spelled_out(t) for t in title if not (t.is_punct or t.pos_ == "DET")]
    words = [w for w in words if w]
    if not words or words[-1] in vocabulary.HONORIFICS:
        return None
    return Description(
        text=title.text, head=words[-1], modifiers=frozenset(words[:-1]), plural=False
    )


def role_text(title: Span) -> str | None:
    """A title as a role, abbreviations spelled out ("retired Army Gen." is "retired Army
    general"); None for a bare title ("Sen.", "President"), courtesy ("emotional Mr."), a mood
    ("angry") or an owner ("ABC News'")."""
    tokens = [t for t in title if not (t.is_punct or t.pos_ == "DET" or _is_determiner(t))]
    if not tokens or title[-1].text in POSSESSIVE_MARKERS:
        return None
    last = _spelled_out(tokens[-1])
    if len(tokens) > 1 and last in FORMS_OF_ADDRESS and _abbreviation(tokens[-1]):
        # "chief medical correspondent Dr.": the role is what comes before the "Dr."
        return role_text(title.doc[title.start : tokens[-1].i])
    if last in vocabulary.HONORIFICS or (len(tokens) == 1 and last in vocabulary.TITLES):
        return None
    if tokens[-1].pos_ not in {"NOUN", "PROPN"} and last not in vocabulary.TITLES:
        return None
    written: list[str] = []
    for token in title.doc[tokens[0].i : title.end]:
        before = token.doc[token.i - 1]
        if token.text == "." and not before.whitespace_ and _abbreviation(before):
            written[-1] += token.whitespace_  # the period of "Lt ." spelled out as "lieutenant"
            continue
        full = vocabulary.TITLE_ABBREVIATIONS[_normalize(token)] if _abbreviation(token) else None
        written.append((full or token.text) + token.whitespace_)
    return "".join(written).strip().rstrip(",;:")


def _acronym(token: Token) -> bool:
    """An institution's initials: "WHO", "CDC", "CPUC"."""
    return 1 < len(token.text) <= ACRONYM_MAX_LETTERS and token.text.isupper() and token.is_alpha


def _post_initials(token: Token) -> bool:
    """A person's post in initials, however tagged: "the former CEO of Hewlett-Packard"
    describes someone; "CDC" names an institution."""
    return _acronym(token) and vocabulary.names_person(token.lower_)


def _is_determiner(token: Token) -> bool:
    word = token.lower_
    return word in lexicon.DETERMINERS_DEFINITE or word in lexicon.DETERMINERS_INDEFINITE


def _abbreviation(token: Token) -> bool:
    """An abbreviated title: "Gen." or "Lt" before its own period token."""
    doc = token.doc
    dotted = token.text.endswith(".") or (
        token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_
    )
    return dotted and _normalize(token) in vocabulary.TITLE_ABBREVIATIONS


def _spelled_out(token: Token) -> str:
    word = _normalize(token)
    return vocabulary.TITLE_ABBREVIATIONS.get(word, word)


def _is_person(
    core: Span, head: Token, run: Span, names: NameIndex, appositive: Description | None
) -> bool:
    """A person's name: tagged PERSON here or anywhere else in the article, described as a
    person ("Jean-Marc Ayrault, the foreign minister of France"), or after a title or a noun for
    a person."""
    if _addressed(core, run):
        return True
    if head.text.lower() in INSTITUTION_HEADS:
        return False  # "the Obama White House"; a place or body, "Bellwether County"
    if institution_name(run):  # "Politico", "Fox"
        return False
    if run.start > 0 and core.doc[run.start - 1].lower_ == "the" and head.tag_ != "NNPS":
        # "The San Francisco Chronicle says", "The Chronicle says": a name right after "the" is
        # a title's, however the NER tags it; "the Clintons" are people
        return False
    if head.ent_type_ == "PERSON":
        return True
    if appositive is not None and _description_kind(appositive) is SourceKind.ANONYMOUS_PERSON:
        return True
    if _party_tagged(core):
        return True
    if _has_institution_word(core, head):
        return False
    if names.is_person(head.text):
        return True
    before = core.doc[run.start - 1].text.lower().rstrip(".") if run.start > core.start else ""
    return before in vocabulary.TITLES or before in vocabulary.PERSON_NOUNS  # "Gen. X", "aide X"


def _addressed(core: Span, run: Span) -> bool:
    """A name right after a courtesy title or an abbreviated one is a person's, whatever the NER
    or the institution list says of the word: "Mr. Fox" is no network, "Sen. Graham" no company."""
    if run.start <= core.start:
        return False
    before = core.doc[run.start - 1]
    return _normalize(before) in vocabulary.HONORIFICS or _abbreviation(before)


def _party_tagged(core: Span) -> bool:
    """A name followed by a lawmaker's party and state is a person's: "Cleaver, D-Mo.",
    "Pruett (R-Okla.)"."""
    after = doc_text(core.doc)[core.end_char : core.end_char + PARTY_TAG_WINDOW]
    return PARTY_TAG.match(after.lstrip(" ,")) is not None


def institution_name(run: Span) -> bool:
    """A one-word name of an institution, however tagged: "Politico", "Twitter"."""
    return len(run) == 1 and run.text.lower() in lexicon.ORGANIZATION_NAMES


def _has_institution_word(core: Span, head: Token) -> bool:
    """An institution's name or noun in the mention, not as an owner: "Twitter's Adam Sharp" is
    the company's man."""
    owners = {t.i - 1 for t in core if t.text in POSSESSIVE_MARKERS}
    lowered = {t.text.lower() for t in core if t.i not in owners}
    # a place or body is no person either, however the NER tags its name: "Bellwether County"
    return bool(lowered & lexicon.ORGANIZATION_NAMES) or head.text.lower() in INSTITUTION_HEADS
