"""Speaker pronouns: what each can refer to, and a person named in between who takes it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Doc, Span, Token

from sourcetrace import vocabulary
from sourcetrace.attribution.lexicon import NONFINITE_TAGS
from sourcetrace.attribution.speaker import SUBJECTS
from sourcetrace.model import SourceKind, TextSpan
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence_start
from sourcetrace.sources import lexicon
from sourcetrace.sources.names import OPENING_QUOTES, NameIndex, ends_name, name_run

PERSON_KINDS = frozenset({SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS_PERSON, SourceKind.UNKNOWN})


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


@dataclass(frozen=True, slots=True)
class Pronoun:
    """What a speaker pronoun can refer to."""

    person: bool  # he, she, who
    plural: bool  # they
    gender: Gender | None

    def accepts(self, kind: SourceKind, plural: bool, gender: Gender | None, person: bool) -> bool:
        """Whether a source of this kind, number, known gender and personhood can be this
        pronoun (``person``: a person even when the kind is not, as an unnamed office holder)."""
        if self.plural:
            return plural or kind is SourceKind.ORGANIZATION or kind is SourceKind.DOCUMENT
        if self.person:
            compatible_gender = gender is None or self.gender is None or gender is self.gender
            return (person or kind in PERSON_KINDS) and not plural and compatible_gender
        return not plural and kind in {SourceKind.ORGANIZATION, SourceKind.DOCUMENT}


# The object form of each gendered pronoun: "asked her", "told him".
OBJECT_FORMS = {Gender.FEMALE: "her", Gender.MALE: "him"}


def addressed(cue: Span | None, pronoun: Pronoun) -> bool:
    """Whether ``cue`` was said to someone this pronoun's gender ("Crowley asked her if ..."): the
    one asked, not the asker, is the "she" who answers."""
    form = OBJECT_FORMS.get(pronoun.gender) if pronoun.gender else None
    return form is not None and any(
        c.dep_ in ("dobj", "dative") and c.lower_ == form for t in cue or () for c in t.children
    )


def read_pronoun(word: str) -> Pronoun | None:
    """The pronoun ``word`` as a speaker, or None when it cannot be one (I, we, you) or is not a
    pronoun this stage knows."""
    word = word.lower()
    if word in lexicon.PRONOUNS_MALE:
        return Pronoun(person=True, plural=False, gender=Gender.MALE)
    if word in lexicon.PRONOUNS_FEMALE:
        return Pronoun(person=True, plural=False, gender=Gender.FEMALE)
    if word in lexicon.PRONOUNS_PERSON:
        return Pronoun(person=True, plural=False, gender=None)
    if word in lexicon.PRONOUNS_PLURAL:
        return Pronoun(person=False, plural=True, gender=None)
    if word in lexicon.PRONOUNS_THING:
        return Pronoun(person=False, plural=False, gender=None)
    return None


def gender_of_title(title: str | None) -> Gender | None:
    words = {w.lower().rstrip(".") for w in (title or "").split()}
    if words & vocabulary.MALE_TITLES:
        return Gender.MALE
    if words & vocabulary.FEMALE_TITLES:
        return Gender.FEMALE
    return None


def gender_of_given_name(name_words: Sequence[str]) -> Gender | None:
    """The gender the given name opening a person's fullest name tells ("Ruth Bader Ginsburg" a
    "she"), or None for a surname alone, an initial or a name borne by both sexes."""
    given = name_words[0].lower() if len(name_words) > 1 else ""
    if given in vocabulary.MALE_GIVEN_NAMES:
        return Gender.MALE
    if given in vocabulary.FEMALE_GIVEN_NAMES:
        return Gender.FEMALE
    return None


def gender_of_kin(name: Token) -> Gender | None:
    """The gender a kin noun in apposition to the name ending at ``name`` tells: "Their father,
    former Vice President Dick Lee" (the name apposed to the noun) or "Dick Lee, her father"."""
    nouns = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        nouns.append(name.head)
    lemmas = {n.lemma_.lower() for n in nouns}
    if lemmas & vocabulary.MALE_KIN:
        return Gender.MALE
    if lemmas & vocabulary.FEMALE_KIN:
        return Gender.FEMALE
    return None


def _a_persons_name(token: Token, names: NameIndex) -> bool:
    """A word of a person's name: tagged PERSON here, or a proper noun the NER tags PERSON
    elsewhere in the article (it took "Steenburgen" for an organization once)."""
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and names.is_person(token.text))


def named_subject_between(
    doc: Doc,
    start: int,
    end: int,
    quoted: Sequence[TextSpan],
    names: NameIndex,
    over_quotes: bool = False,
) -> Token | None:
    """The last word of the last person's name that is a clause subject, or in apposition to one,
    in ``doc`` between character offsets ``start`` and ``end``, outside ``quoted`` spans (words
    inside a quote are the speaker's, not the narrator's). "Thomas, who commanded JSOC, said he
    had ..." names Thomas, "His daughter, Elizabeth, also spoke" Elizabeth. The search stops at
    the sentence before the one holding ``end``, or at the start of its paragraph when that is
    further back: a pronoun reaches back one sentence, or to the subject of its own paragraph
    ("Trump eased his tone. Asked who leads, he named Ryan. “...,” he said" is Trump's, not the
    speaker of the paragraph before). A name subject of a clause under an earlier subject's
    verb, a name's or a pronoun's, is not the one meant. Coordinated subjects ("Reed and Ross
    said") are no one person, and the subject of a bare participle ("with Weaver standing by")
    sets a scene. With ``over_quotes``, the sentence before is the narrator's, past a quote's
    own sentences (for a pronoun, which ``start`` keeps from reaching the quote's speaker)."""
    region = doc.char_span(start, end, alignment_mode="contract")
    if region is None or len(region) == 0:
        return None
    # sentence starts read once per Doc (nlp.sentences), not walked out by Token.sent each step
    floor = sentence_start(doc, region.end - 1)
    if floor > 0:
        floor = sentence_start(doc, floor - 1)
    # the sentences of a quote are the speaker's, not the narrator's: "One lawmaker, Rep. Ann
    # Lee, raised the threat. / 'We know where it leads. It leads to court,' he said" reaches back
    # past the quote's first sentence to the one that names Lee
    while over_quotes and floor > 0 and _in_direct_quote(doc[floor], quoted):
        floor = sentence_start(doc, floor - 1)
    paragraph = doc_text(doc).rfind("\n", 0, end) + 1
    while floor > 0 and doc[sentence_start(doc, floor - 1)].idx >= paragraph:
        floor = sentence_start(doc, floor - 1)
    found: Token | None = None
    governing: Token | None = None  # the verb whose subject gave ``found``
    for token in doc[floor : region.end]:
        if token.dep_ not in SUBJECTS or any(q.start <= token.idx < q.end for q in quoted):
            continue
        # coordinated subjects are a group, never one he or she: "Carson, Cruz and Paul have
        # all attacked the program"
        if any(c.dep_ == "conj" for c in token.children) or _absolute(token):
            continue
        # the subject of a clause under the last one's verb does not displace it: "Fox isn't
        # worried that Trump will win. '...,' he said" is Fox's
        if governing is not None and governing.is_ancestor(token):
            continue
        # a pronoun subject holds its clause as a name does, even in the last attribution: in
        # "She called it a term Obama also used. '...,' she said" Obama's clause is under hers
        if token.pos_ == "PRON" and read_pronoun(token.text) is not None:
            governing = token.head
            continue
        if token.i < region.start:
            continue
        apposed = (c for c in token.children if c.dep_ == "appos")
        name = next((t for t in (token, *apposed) if _name_end(t, names)), None)
        if name is not None:
            found, governing = name, token.head
    return found


def _in_direct_quote(token: Token, quoted: Sequence[TextSpan]) -> bool:
    """Whether ``token`` lies inside a direct quote among ``quoted`` (reported spans; one that
    opens with a quotation mark is a quote): the speaker's words, not the narrator's."""
    text = doc_text(token.doc)
    return any(q.start <= token.idx < q.end and text[q.start] in OPENING_QUOTES for q in quoted)


def subject_above(
    doc: Doc, span: TextSpan, quoted: Sequence[TextSpan], names: NameIndex
) -> Token | None:
    """The last word of the person's name that is the subject of the nearest clause above the
    clause the pronoun at ``span`` is the subject of: in "Lee had told them of the threat
    around the time she said it came", the one who said is Lee, whoever spoke before. None when
    the nearest subject above is no single person's name (a pronoun, a noun, a group) or is a
    quote's word (a reported clause's name is the narrator's word: "aides told agents that Kerr
    had ...")."""
    at = doc.char_span(span.start, span.end)
    if at is None or len(at) != 1 or at[0].dep_ not in SUBJECTS:
        return None
    # a parenthetical cue hangs on the clause it reports, whose subject is no one above it:
    # "By releasing them, he said, Reed had shown good faith" is the last speaker's
    if at[0].head.dep_ == "parataxis":
        return None
    for verb in at[0].head.ancestors:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is None or _absolute(subject):  # a scene set beside the clause above
            continue
        if any(c.dep_ == "conj" for c in subject.children) or _in_direct_quote(subject, quoted):
            return None
        return subject if _name_end(subject, names) else None
    return None


def parallel_owner(doc: Doc, span: TextSpan, names: NameIndex) -> Token | None:
    """The last word of the person's name that owns the first of two coordinated nouns, for a
    "his" or "her" at ``span`` that owns the second: in "Lee said in reply to Ruiz's record and
    his promise to ...", the promise is Ruiz's, whoever the clause's subject is."""
    at = doc.char_span(span.start, span.end)
    if at is None or len(at) != 1 or at[0].dep_ != "poss" or at[0].head.dep_ != "conj":
        return None
    first = at[0].head.head
    return next((c for c in first.children if c.dep_ == "poss" and _name_end(c, names)), None)


# A plural subject's words that say who the group is, kept in its span: "Family members of the
# victims"; a comma's aside or relative clause after it is not the group's name.
_GROUP_WORDS = frozenset({"prep", "compound", "amod", "nummod", "det", "poss", "pobj"})


def conjoined_subject(doc: Doc, pronoun: TextSpan, quoted: Sequence[TextSpan]) -> Token | None:
    """The plural noun subject of the clause that the clause ``pronoun`` is the subject of is
    coordinated with: "Families of the victims have pushed for it for years, and they have
    pressured Congress" is those families' act, whoever spoke last. A noun in a quote is the
    speaker's word; a coordinated subject ("Reed and Ross") is no one phrase."""
    word = doc.char_span(pronoun.start, pronoun.end)
    if word is None or len(word) != 1 or word[0].dep_ not in SUBJECTS:
        return None
    verb = word[0].head
    if verb.dep_ != "conj":
        return None
    first = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if (
        first is None
        or first.tag_ not in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in first.children)
        or any(q.start <= first.idx < q.end for q in quoted)
    ):
        return None
    return first


def group_phrase(doc: Doc, noun: Token) -> TextSpan:
    """The words of the plural subject ``noun`` that say who the group is."""
    end = max((c.right_edge for c in noun.rights if c.dep_ in _GROUP_WORDS), default=noun)
    end = max(end, noun, key=lambda t: t.i)
    return TextSpan.of(doc_text(doc), noun.left_edge.idx, end.idx + len(end))


def _absolute(subject: Token) -> bool:
    """The subject of a participle with no auxiliary, a scene set beside the clause ("with
    Weaver standing behind him as he urged ..."): the narrator's aside, not the next speaker.
    A participle heading its sentence is a past tense the tagger misread ("Lee, a radio host
    known in the city, recalled that ..."): an aside hangs from a clause."""
    verb = subject.head
    return (
        verb.dep_ != "ROOT"
        and verb.tag_ in NONFINITE_TAGS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _name_end(token: Token, names: NameIndex) -> bool:
    return _a_persons_name(token, names) and ends_name(token) and name_run(token) is not None


def persons_named_before(
    doc: Doc, end: int, quoted: Sequence[TextSpan], names: NameIndex
) -> Iterator[Token]:
    """The last word of each person's name before character offset ``end`` within the three
    sentences up to it, outside ``quoted`` spans, nearest first."""
    before = doc.char_span(0, end, alignment_mode="contract")
    if before is None or len(before) == 0:
        return
    start = sentence_start(doc, before.end - 1, back=2)
    for token in reversed(doc[start : before.end]):
        if (
            _a_persons_name(token, names)
            and ends_name(token)
            and not any(q.start <= token.idx < q.end for q in quoted)
        ):
            yield token
