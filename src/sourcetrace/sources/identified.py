"""Descriptions the article ties to a named person, so that they are that person, not an anonymous
source: "The son of Cuban immigrants, Rubio has challenged ..., saying ..." (a fronted apposition),
"Ann Lee, a former prosecutor" or "Lee is a former prosecutor" (apposition, copula), and the lede
that names its subject only in the next sentence: "A two-term Republican congressman from Idaho
said Friday he would run ... Raul Labrador, a ... tea party congressman, will challenge ...", or
any description one of the next few sentences names: "a spokeswoman ... said ... The spokeswoman,
Marie Harf,", or whose head the writer gives a person first named after it as a label: "A lawmaker
in Ruritania is calling ... Anna Berger said ... Berger, citing ..., said ... The lawmaker, who
represents ...", or a headline's, whom the lede reports doing what the headline says: "Union chief
praises deal ... The head of the union, Ann Lee, praised ...".

Anonymous means the article never names them: a description is only tied where the syntax says so,
or, for a lede, where the next sentence opens on a person first named there and described with
the same head noun, or a headline's verb is the lede's.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sourcetrace.attribution.speaker import SUBJECTS
from sourcetrace.model import TextSpan
from sourcetrace.nlp import doc_text, sentences
from sourcetrace.sources.descriptions import Description, stems
from sourcetrace.sources.lexicon import HIDDEN_SOURCE_HEADS, RELATED_HEADS
from sourcetrace.sources.mention import described_at
from sourcetrace.sources.names import (
    NameIndex,
    capitalized,
    ends_name,
    is_title,
    name_run,
    words,
)

# Quote marks and dashes that may stand before a lede's first word.
LEADING = frozenset({'"', "“", "‘", "'", "—", "–", "-"})
NAME_WINDOW = 5  # tokens after a fronted description's comma where the name must end
RENAMED_WINDOW = 3  # sentences after a description where the writer may give its name


@dataclass(frozen=True, slots=True)
class Tie:
    """The name a description is tied to, and whether the tie is a reading of the syntax (False)
    or of the next sentence (True, a guess)."""

    name: Span
    guessed: bool


def tied_name(doc: Doc, span: TextSpan, described: Description, names: NameIndex) -> Tie | None:
    """The person's name the article ties the description at ``span`` to, or None; a plural
    ("Attorneys general in Utah and New Mexico") is never one person."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if described.plural or tokens is None or len(tokens) == 0:
        return None
    fronted = _fronted(doc, tokens, names)
    if fronted is not None:
        return Tie(fronted, guessed=False)
    head = tokens.root
    for child in head.children:
        run = _person(child, names) or _unlabeled_name(child) if child.dep_ == "appos" else None
        if run is not None:
            return Tie(run, guessed=False)
    if head.dep_ in {"appos", "attr"}:
        run = _person(head.head, names) if head.dep_ == "appos" else _copula_subject(head, names)
        if run is not None:
            return Tie(run, guessed=False)
    lede = _named_next(doc, tokens, described, names) or _named_later(tokens, described, names)
    return Tie(lede, guessed=True) if lede is not None else None


def _named_later(tokens: Span, described: Description, names: NameIndex) -> Span | None:
    """The one person first named after the description whom the article gives its head noun as
    a title or appositive: "A California transit chief says ... Interim BART Police Chief Ed
    Alvarez told reporters" is Alvarez. Only for an indefinite description or one before anyone
    is named (a definite one refers back: "the analyst" after two analysts are named), or else
    one whose possessor names whose post it is, the later name described with all its words
    ("China's ambassador to Britain accused ... China's ambassador to Britain Liu Xiaming said";
    "Morrison's lawyer" is not "Trump's personal lawyer, Rudy Giuliani"); None when two people
    fit, or for a post a source hides behind ("an official"). The writer's own label counts as
    giving the head (`_labeled_next`), and one person given the very head is preferred to another
    given a head only alternated with it."""
    if described.head in HIDDEN_SOURCE_HEADS:
        return None
    first = tokens[0].lower_ in ("a", "an") or not names.anyone_named_before(tokens.start_char)
    if not first and not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tokens.root.children):
        return None
    found: dict[tuple[str, ...], tuple[Span, bool]] = {}
    for run in names.people_before(len(doc_text(tokens.doc)) + 1):
        if run.start_char < tokens.end_char:
            continue  # asked first: most runs come before, and their fullest form is not needed
        full = names.fullest(words(run), run.end_char)
        if full in found:
            continue
        if names.named_before(full, tokens.start_char) or _someone_elses(run, described):
            continue
        heads = [
            d.head
            for d in described_at(run)
            if _related(d.head, described.head) and (first or described.compatibility(d))
        ]
        label = _labeled_next(names.mentions(full), described) if first else None
        if label is not None:
            heads.append(label)
        if heads:
            found[full] = run, described.head in heads
    # the very head before one a writer alternates with it: "a senator" is "Senator Bob Ruiz",
    # not "Representative Ann Lee", when both are named
    same = [run for run, exact in found.values() if exact]
    if len(same) == 1:
        return same[0]
    return next(iter(found.values()))[0] if len(found) == 1 else None


def _someone_elses(run: Span, described: Description) -> bool:
    """The name is given the description's head with a possessor the description does not name:
    "the defendant's lawyer, Omar Haddad" holds another post than "a lawyer for the city"
    (`_referred_back`); a bare title or "the lawyer" says nothing of whose."""
    end = run[-1]
    nouns = _appositives(end) + ([end.head] if end.dep_ == "appos" else [])
    return any(
        _same_head(described, noun)
        and any(c.dep_ == "poss" for c in noun.children)
        and not _referred_back(noun, described)
        for noun in nouns
    )


def _labeled_next(runs: list[Span], described: Description) -> str | None:
    """The description's head (or one a writer alternates with it) as the writer sums up the
    person named ``runs`` in the sentence right after one the name is the subject of: "Ann Lee,
    citing ..., said ... The lawmaker, who represents ..., said" calls Lee the lawmaker, as the
    lede's "a lawmaker" did. The label must stand alone ("The lawmaker, Bob Ruiz," names someone
    else), and the text must call the person nothing else: "Ann Lee, the mayor, said ... The
    lawmaker said" is another."""
    if any(not _related(d.head, described.head) for run in runs for d in described_at(run)):
        return None
    for run in runs:
        end = sentences.sentence(run[-1]).end  # as ``run.sent`` ends: with its last word's
        if run[-1].dep_ not in SUBJECTS or end >= len(run.doc):
            continue
        subject = _definite_subject(sentences.sentence(run.doc[end]), described)
        if subject is not None and not any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children
        ):
            return subject.lemma_.lower()
    return None


def _definite_subject(sentence: Span, described: Description) -> Token | None:
    """The sentence's subject when it is the description's head (or one a writer alternates with
    it) made definite: "The lawmaker" for "a lawmaker in Ruritania"."""
    subject = next((t for t in sentence if t.dep_ in SUBJECTS), None)
    if subject is None or not any(c.lower_ == "the" for c in subject.children):
        return None
    return subject if _same_head(described, subject) else None


def _fronted(doc: Doc, tokens: Span, names: NameIndex) -> Span | None:
    """ "The son of Cuban immigrants, Rubio has ...": a comma, then a name (after its titles) as
    the clause's subject, after the span or inside it (the speaker span holds the name)."""
    comma = min(tokens.end, tokens.root.right_edge.i + 1)
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    for token in doc[comma + 1 : min(len(doc), comma + 1 + NAME_WINDOW)]:
        run = _person(token, names)
        if run is not None:
            # titles may stand between: "The bill's sponsor, Rep. Randy Forbes (R-Va.) had ..."
            titles = doc[comma + 1 : run.start]
            starts_after_comma = all(is_title(t) for t in titles)
            return run if starts_after_comma and token.dep_ in SUBJECTS else None
    return None


def _copula_subject(attr: Token, names: NameIndex) -> Span | None:
    """ "Lee is a former prosecutor": the name subject of the copula."""
    if attr.head.lemma_ != "be":
        return None
    subjects = [c for c in attr.head.children if c.dep_ in SUBJECTS]
    return _person(subjects[0], names) if subjects else None


def _named_next(doc: Doc, tokens: Span, described: Description, names: NameIndex) -> Span | None:
    """A description opening its sentence or its subject, and the person the next sentence opens
    on: that sentence's subject is a name first used there, described there with the
    description's head noun ("As Lee spoke, his son said ... Sam Lee, son of the senator,"); or,
    wherever the description stands, the name one of the next few sentences gives it ("The
    spokeswoman, Marie Harf,"); or, for a headline's, the person the lede reports doing what the
    headline says (`_headline_told`)."""
    sentence = sentences.sentence(tokens[0])
    if sentence.end >= len(doc):
        return None
    following = sentences.sentence(doc[sentence.end])
    renamed = _renamed(sentence, described, names)
    opening = next((t for t in sentence if t.text not in LEADING and not t.is_space), None)
    # the sentence's own subject, after an opening clause too: "As Lee spoke, his son said ..."
    main = tokens.root.dep_ in SUBJECTS and tokens.root.head.dep_ == "ROOT"
    if renamed is not None or opening is None or not (main or opening.i == tokens.start):
        return renamed
    if opening.i == 0 and "\n" in doc[sentence.end - 1 : following.start + 1].text_with_ws:
        return _headline_told(doc[tokens.end], following, names)
    for token in following:
        run = _person(token, names)
        if run is None or token.dep_ not in SUBJECTS:
            continue
        if names.named_before(words(run), following.start_char):
            return None  # named before: the description is somebody else
        said = [*_appositives(token), *_attributes(token)]
        return run if any(_same_head(described, d) for d in said) else None
    return None


def _headline_told(verb: Token, lede: Span, names: NameIndex) -> Span | None:
    """A headline tells the lede's news in its words: in "Union chief says cuts will hurt" then
    "In an interview, Ann Lee said ...", or "The head of the union, Ann Lee, said ...", the
    lede's subject of the headline's verb (``verb``, the word after the description) is the
    person the headline describes, when first named there; the headline's other names are the
    news, not its speaker ("Aide praises Lee" is not Lee)."""
    for subject in lede:
        if subject.dep_ not in SUBJECTS or not stems(verb.text) & _verb_stems(subject.head):
            continue
        run = _person(subject, names) or next(
            (r for c in subject.children if c.dep_ == "appos" and (r := _person(c, names))), None
        )
        named = run is not None and any(
            r.start_char < lede.start_char for r in names.mentions(words(run))
        )
        return None if named else run
    return None


def _verb_stems(verb: Token) -> set[str]:
    """A verb's crude stems, its lemma's included: "said" meets a headline's "says"."""
    return stems(verb.text) | stems(verb.lemma_)


def _renamed(sentence: Span, described: Description, names: NameIndex) -> Span | None:
    """ "... a spokeswoman for the department has described ... The spokeswoman, Marie Harf,
    was asked ...": a subject in one of the next few sentences is the description's head made
    definite, with a name first used there as its appositive; wherever the subject stands ("...,"
    said the spokesman, Nick Merrill) and whether an article or a possessor said in the
    description makes it definite ("the committee's chairman, Rep. Ann Lee," after "the
    chairman of the House committee"). Someone introduced by that head in between ("a second
    spokeswoman") is the one a later name may be."""
    doc = sentence.doc
    end = sentence.end
    for _ in range(RENAMED_WINDOW):
        if end >= len(doc):
            return None
        following = sentences.sentence(doc[end])
        for subject in following:
            if subject.dep_ not in SUBJECTS or not _referred_back(subject, described):
                continue
            for child in subject.children:
                run = _person(child, names) if child.dep_ == "appos" else None
                if run is not None and not names.named_before(words(run), following.start_char):
                    return run
        if any(_introduced(t, described) for t in following):
            return None
        end = following.end
    return None


def _referred_back(noun: Token, described: Description) -> bool:
    """The noun is the description's head (or one a writer alternates with it) made definite by
    "the" or by a possessor the description names: "the committee's chairman" for "the chairman
    of the House committee", not "the defendant's lawyer" for "a lawyer for the city"."""
    said = described.words | {s for m in described.modifiers for s in stems(m)}
    definite = any(
        c.lower_ == "the" or (c.dep_ == "poss" and stems(c.text) <= said) for c in noun.children
    )
    return definite and _same_head(described, noun)


def _introduced(noun: Token, described: Description) -> bool:
    """The noun introduces someone by the description's head: "a second spokeswoman"."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return indefinite and _same_head(described, noun)


def _appositives(name: Token) -> list[Token]:
    """The heads of a name's appositives, the coordinated ones included ("a father of five,
    tea party congressman and ...")."""
    found = []
    for child in name.children:
        if child.dep_ == "appos":
            found += [child, *(c for c in child.conjuncts)]
    return found


def _attributes(subject: Token) -> list[Token]:
    verb = subject.head
    return [c for c in verb.children if c.dep_ == "attr"] if verb.lemma_ == "be" else []


def _same_head(described: Description, token: Token) -> bool:
    """The token names what the description's head does: the same noun, or one a writer
    alternates with it ("official" and "officer")."""
    return _related(token.lemma_.lower(), described.head)


def _related(word: str, head: str) -> bool:
    return word == head or any({word, head} <= group for group in RELATED_HEADS)


def _unlabeled_name(token: Token) -> Span | None:
    """A first and last name the NER left unlabeled, ending at ``token``: set in apposition to a
    person's description ("One of its members, Demetrios Minor, said"), it names that person."""
    if token.ent_type_ or not capitalized(token) or not ends_name(token):
        return None
    run = name_run(token)
    if run is None or len(run) < 2 or any(t.pos_ != "PROPN" or t.ent_type_ for t in run):
        return None
    return run


def _person(token: Token, names: NameIndex) -> Span | None:
    """The person's name ending at ``token``, if one does."""
    if not capitalized(token) or not ends_name(token):
        return None
    run = name_run(token)
    if run is None or not (token.ent_type_ == "PERSON" or names.is_person(token.text)):
        return None
    return run
