"""The speaker mention of an attribution: the noun phrase of the speaker as PolNeAR marks it, with
its appositive and relative clause, and without what a parse wrongly hangs on it.

- It never crosses a paragraph break: the quote mark and blank line before '"\\n\\nRyan, who ...'
  belong to the paragraph before.
- A focus adverb is no part of it: "Even Trump said" is Trump's; in "Ryan, who ..., also on Fox
  News defended" the adverb and what follows it is the sentence's, not Ryan's description. Nor
  is a floating quantifier ("A, B and C all urged") or a present participle set off by commas,
  which says what the speaker was doing, not who they are ("Gov. Lee, moving to calm the
  storm, said"; "The president, speaking at the White House, said").
- The relative clause holding the cue is the attribution, not its speaker: "a career Army officer
  who described the call as improper" is "a career Army officer"; a relative pronoun subject is
  the noun phrase its clause hangs from ("the Conference, which wrote letters saying ...").
- A participle cue the parse hung on the object of "of" describes the whole count or collection:
  "a number of business leaders speaking out" is theirs, not "business leaders".
- A name the parse split into two subjects of one verb is joined: "CPUC President Marybel Batjer
  said" is one speaker, not "CPUC"; a dateline the parse made a subject is passed over: "BERLIN
  -- The agency says" is the agency's, "WASHINGTON -- President Barack Obama ... defended" Obama's.
- A participle fronted before the subject it shares marks no speaker (`fronted`).
- It is the head's own phrase and ends at a name's end, never inside it: a word the parse hung on
  the verb that stands between the noun and its relative clause is left out ("issued identical
  statements afterward that said"), a name the parse broke is whole ("advisory board member for
  Secure America Now"). A circumstance set off by commas or the channel is the verb's, not the
  speaker's: "Ryan, toward the end of the debate, warned", "said CEO Ann Lee in a news release",
  and so is where a named person spoke: "said Reid on the Senate floor".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from sourcetrace.attribution.lexicon import CHANNEL_NOUNS, DATE_LABELS, RELATIVE_PRONOUNS
from sourcetrace.attribution.spans import after_comma, clipped_subtree, line_bounds, tokens_span
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence_start
from sourcetrace.states import state_of
from sourcetrace.vocabulary import DASHES as DASHES  # the rules' one dash set, read from here
from sourcetrace.vocabulary import PERSON_NOUNS, PORTION_HEADS, ROLE_NOUNS, names_person

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DESCRIBING = frozenset({"relcl", "acl", "appos"})
HYPHENS = frozenset({"-", "‐"})
FOCUS_ADVERBS = frozenset({"also", "even", "only", "just", "too", "alone", "likewise"})
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})
PARTICIPLE_CLAUSES = frozenset({"acl", "advcl"})
OPENING_MARKS = ("“", '"')
CLOSING_MARKS = ("”", '"')
# A lawmaker's party and state after the name: "R-Ky.", "(D-Mo.)", "D-N.Y.".
PARTY_TAG = re.compile(r"\(?[RDI]-[A-Z][A-Za-z.]*\)?")
# Nouns that gather documents or people: "a list of paid speeches", "a series of emails".
COLLECTION_NOUNS = frozenset({"list", "series", "set", "trove"})
# Entity labels of names a speaker span never ends inside.
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC", "WORK_OF_ART", "EVENT"})
NAME_BREAKS = frozenset({"case", "mark", "cc"})
# Prepositions of time and circumstance: after a comma on the speaker's noun they tell when or
# amid what the speaker spoke ("Ryan, toward the end of the debate, warned"), not who it is.
CIRCUMSTANCE_PREPOSITIONS = frozenset(
    "toward towards amid amidst during after before despite following upon throughout".split()
)

# Where a person spoke, on the name: "Reid on the Senate floor", "Perry in the new ad".
SETTING_PREPOSITIONS = frozenset({"in", "on"})


def speaker_span(head: Token, lo: int, hi: int, cue: Token | None = None) -> tuple[int, int] | None:
    """The character span of the speaker whose head is ``head``, kept inside [lo, hi) and the
    head's paragraph; ``cue``, a verb inside the speaker's phrase after its head (a relative
    clause on it), is left out with its clause."""
    start, end = line_bounds(doc_text(head.doc), head.idx, head.idx + len(head))
    lo, hi = max(lo, start), min(hi, end)
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        # "the Conference of Catholic Bishops, which wrote letters saying ...": the noun
        hi = min(hi, head.head.left_edge.idx)
        head = antecedent(head.head)
    if cue is not None and cue.dep_ == "acl" and cue.head.i == head.i:
        head = _counted(head)
    if head.dep_ == "ROOT":
        # a noun the parse made the sentence's root, misreading its verb ("In an interview, one
        # senator called X Y"): what opens the sentence before it is no part of the speaker
        openers = [c.right_edge for c in head.lefts if c.dep_ == "prep"]
        lo = max([lo, *(t.idx + len(t) for t in openers)])
    if (
        cue is not None
        and head.left_edge.i <= cue.i <= head.right_edge.i
        and cue.left_edge.i > head.i
    ):
        # the cue's own clause inside the speaker's phrase ("customers who accused the utility")
        hi = min(hi, cue.left_edge.idx)
    for clause in head.subtree:
        # a relative clause the frame's end cuts, on the head or a noun of its phrase ("Mr. Katz,
        # who said he wanted him to get “a review,” said"; "a contributor to the Review, where
        # he has chronicled “X”"): left out whole, not ended mid-clause
        if clause.dep_ == "relcl" and clause.left_edge.idx < hi < clause.right_edge.idx:
            hi = clause.left_edge.idx
    tokens = _own(clipped_subtree(head, lo, hi), head)
    tokens = _past_dateline(tokens, head, lo, hi) or _joined(tokens, head, lo, hi)
    tokens = _after_aside(_described_before(tokens, head, lo, hi))
    dashes = [k for k, t in enumerate(tokens) if typed_dash(t) and t.i < head.i]
    if dashes and _dateline_before(tokens, dashes[-1], start):  # "MACAU (Reuters) – Top donor X"
        tokens = tokens[dashes[-1] + 1 :]
    elif (head.text.isupper() or head.is_title) and tokens and tokens[0].idx == start:
        tokens = _after_own_dateline(tokens, head)
    # a possessor's "'s" is no part of it: "the coach's announcement that ..." is the coach's
    tokens = [t for t in tokens if not (t.dep_ == "case" and t.head.i == head.i)]
    tokens = _unadjoined(_unfocused(_unengaged(tokens, head), head), head)
    if cue is not None and cue.i > head.i:
        hi = min(hi, cue.idx)  # a name never runs on into the cue
    text = doc_text(head.doc)
    span = _party_tagged(text, tokens_span(_whole_names(tokens, hi)), hi)
    return _whole_quotes(text, span, head)


def _after_aside(tokens: list[Token]) -> list[Token]:
    """``tokens`` after a dash among them that closes an aside opened by a dash before them in
    the sentence: in "In the memo - sent to the auditor, Ann Lee - the senator asks", "Ann Lee"
    is whom the memo went to, and "the senator" asks."""
    dashes = [k for k, t in enumerate(tokens) if typed_dash(t)]
    if not dashes or dashes[0] + 1 == len(tokens):
        return tokens
    doc, first = tokens[0].doc, tokens[0].i
    opened = sum(typed_dash(t) for t in doc[sentence_start(doc, first) : first]) % 2 == 1
    return tokens[dashes[0] + 1 :] if opened else tokens


def _whole_quotes(text: str, span: tuple[int, int] | None, head: Token) -> tuple[int, int] | None:
    """``span`` with the quotation marks of a word of its own that it cut: 'But "birthers" have
    demanded' is '"birthers"', not 'birthers"'; '"Today" show host Ann Lee asked' keeps the
    show's quoted name, a word of the head's phrase."""
    if span is None:
        return None
    start, end = span
    inner = text[start:end]
    unclosed = inner.count("”") > inner.count("“") or inner.count('"') % 2 == 1
    if unclosed and start > 0 and text[start - 1] in OPENING_MARKS:
        return start - 1, end
    before = text[:start].rstrip(" ")
    if not before.endswith(CLOSING_MARKS):
        return span
    opening = max(before.rfind(mark, 0, len(before) - 1) for mark in OPENING_MARKS)
    inside = opening >= 0 and "\n" not in before[opening:]
    return (opening, end) if inside and head.left_edge.idx == opening + 1 else span


def _party_tagged(text: str, span: tuple[int, int] | None, hi: int) -> tuple[int, int] | None:
    """``span`` with the lawmaker's party and state after its comma that the parse left out at
    a sentence's end: 'said Rep. Steve Israel, D-N.Y. "But ...' is 'Rep. Steve Israel, D-N.Y.'."""
    if span is None:
        return None
    tag = PARTY_TAG.match(text, span[1] + 2) if text.startswith(", ", span[1]) else None
    return (span[0], tag.end()) if tag is not None and tag.end() <= hi else span


def _counted(noun: Token) -> Token:
    """The head of the count or collection whose "of" object the parse hung a participle cue on:
    in "a number of business leaders speaking out", "eight years of tax returns showing" the
    count is part of the speaker, which the participle describes whole; "the rhetoric of
    candidates blasting X" is the candidates'."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and _counting(noun.head.head):
        noun = noun.head.head
    return noun


def _counting(noun: Token) -> bool:
    """A noun that counts or gathers what its "of" names: "a number", "eight years", "a list"."""
    counted = any(c.dep_ == "nummod" for c in noun.children)
    gathering = noun.lower_ in PORTION_HEADS or noun.lower_ in COLLECTION_NOUNS
    return noun.pos_ == "NOUN" and (counted or gathering)


def fronted(verb: Token, subject: Token) -> bool:
    """A participle whose whole clause stands before the subject it shares: "Noting that ...,
    he said", "But in pressing for X, Mr. Lee took aim ...", "Citing a poll, the group urged".
    PolNeAR marks that subject as the speaker of its own verb only: the participle's attribution
    keeps it as its source and shows no speaker."""
    return verb.tag_ == "VBG" and verb.right_edge.i < subject.left_edge.i


def antecedent(relative_clause: Token, person: bool = False) -> Token:
    """The head of the noun phrase a relative clause hangs from, above the end of a name the
    parse hung it on: "Conference" for "the Conference of Catholic Bishops, which ...", but
    "Churches" for "members of the Churches, which ...". A ``person`` ("who") is never a place
    named after its noun: "X, a candidate in Ohio's 16th District, who said" is X; and a
    person's name it hangs on keeps it unless a person's noun governs the name: "hardly an
    anomaly for Lee, who said" is Lee (the tagger may take "anomaly" for a name), "Secretary
    of State Ann Lee, who said" the whole title."""
    noun = relative_clause.head
    while (
        noun.dep_ == "pobj"
        and (
            noun.head.head.pos_ == "PROPN"
            or (person and _named_place(noun) and noun.head.head.pos_ == "NOUN")
        )
        and not (person and _persons_own(noun))
    ):
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.ent_type_ != "PERSON":
        noun = noun.head  # the appositive's name: the speaker is the whole phrase
    return noun


def _persons_own(name: Token) -> bool:
    """A person's name whose preposition hangs on no noun for a person: the name, not the
    phrase above it, is who a "who" means ("an anomaly for Lee"; not "the wife of Lee")."""
    above = name.head.head.lemma_.lower()
    return name.ent_type_ == "PERSON" and not names_person(above)


def _named_place(noun: Token) -> bool:
    """A name that is no person's: "who" does not mean "Ohio's 16th District"."""
    return noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON"


def is_dateline(before: Iterable[Token]) -> bool:
    """What stands before a dash is a dateline: its words in capitals, in parentheses or a date
    ("MACAU (Reuters)", "Dec 29 (Reuters)"), the place's state after a comma in any case
    ("AUGUSTA, Me.", "DES MOINES, Iowa (KCCI)"), not a name with its description after the dash
    ("Peng Mei — project manager")."""
    tokens = list(before)
    if _titled_place_and_wire(tokens):
        return True
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), 0)
    if comma:
        # the state may carry the outlet's name in parentheses: "HONOLULU, Hawaii (KHNL)"
        after = tokens[comma + 1 :]
        opening = next((k for k, t in enumerate(after) if t.text == "("), len(after))
        if state_of("".join(t.text for t in after[:opening])):
            tokens = tokens[:comma] + after[opening:]
    depth, words = 0, 0
    for token in tokens:
        depth += token.text == "("
        depth -= token.text == ")"
        if token.is_alpha:
            words += 1
            # a wire's dateline may give the date for the place: "Dec 29 (Reuters) -"
            if depth == 0 and not token.text.isupper() and token.ent_type_ != "DATE":
                return False
    return words > 0


def _titled_place_and_wire(tokens: list[Token]) -> bool:
    """A sentence opening on a place in title case and its wire in parentheses: "New York (AFP)",
    "Scranton (Reuters)"; not a name and its party ("Ann Lee (D)"), whose tag is one letter."""
    if len(tokens) < 4 or tokens[-1].text != ")" or not tokens[0].is_sent_start:
        return False
    opening = next(k for k, t in enumerate(tokens) if t.text == "(" or k == len(tokens) - 1)
    place, wire = tokens[:opening], tokens[opening + 1 : -1]
    return (
        1 <= len(place) <= 3
        and all(t.is_alpha and t.is_title for t in place)
        and len(wire) == 1
        and len(wire[0].text) > 1
        and wire[0].is_alpha
        and (wire[0].is_upper or wire[0].is_title)
    )


def _dateline_before(tokens: list[Token], dash: int, line_start: int) -> bool:
    """The words before ``tokens[dash]`` are a dateline, or end the one that opens their line:
    the parse may give the speaker only the state of "DES MOINES, Iowa - Ted Cruz told"."""
    if is_dateline(tokens[:dash]):
        return True
    doc, end = tokens[0].doc, tokens[dash].i
    opening = [t for t in doc[sentence_start(doc, end) : end] if t.idx >= line_start]
    return bool(opening) and opening[0].i < tokens[0].i and is_dateline(opening)


def typed_dash(token: Token) -> bool:
    """A dash (`DASHES`) or a hyphen spaced as one: where a dateline ends ("HONOLULU - NASA
    scientists"), what sets a clause or a gloss off ("cut taxes - a move that ...")."""
    text = token.text  # read once: most tokens asked about are neither
    return text in DASHES or (text in HYPHENS and spaced_hyphen(token))


def spaced_hyphen(token: Token) -> bool:
    """A hyphen with a space on each side, typed for a dash: "HONOLULU - NASA scientists", "cut
    taxes - a move that ..."; never the hyphen inside a word ("co-author")."""
    # the hyphen first: asked of every word of an entity, most are none, and need no Token before
    if token.text not in HYPHENS:
        return False
    return bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def past_dateline(tokens: Span) -> Span:
    """``tokens`` after the dateline that opens them, up to its last dash: "MACAU (Reuters) – Top
    donor X" is "Top donor X"; unchanged when no dateline opens them or nothing follows it."""
    doc = tokens.doc
    dashes = [t.i for t in tokens if typed_dash(t)]
    if dashes and dashes[-1] + 1 < tokens.end and is_dateline(doc[tokens.start : dashes[-1]]):
        return doc[dashes[-1] + 1 : tokens.end]
    return tokens


def _after_own_dateline(tokens: list[Token], head: Token) -> list[Token]:
    """The name after the dateline the parse made the subject, with the name its apposition:
    "WASHINGTON -- President Barack Obama on Friday defended ..." is Obama's."""
    dashes = [k for k, t in enumerate(tokens) if typed_dash(t) and t.i > head.i]
    if dashes and dashes[0] + 1 < len(tokens) and is_dateline(tokens[: dashes[0]]):
        return tokens[dashes[0] + 1 :]
    return tokens


def _past_dateline(tokens: list[Token], head: Token, lo: int, hi: int) -> list[Token]:
    """The subject after a dateline that the parse made a subject too: "BERLIN -- The agency
    says" is the agency's; empty when ``head`` is no such dateline."""
    if head.dep_ not in SUBJECTS or not head.text.isupper() or not tokens:
        return []
    doc = head.doc
    for sibling in head.head.children:
        if sibling.dep_ not in SUBJECTS or sibling.i <= head.i:
            continue
        between = doc[tokens[-1].i + 1 : sibling.left_edge.i]
        dashes = [t for t in (*tokens, *between) if t.i > head.i]
        if dashes and all(typed_dash(t) for t in dashes):
            return clipped_subtree(sibling, lo, hi)
    return []


def _joined(tokens: list[Token], head: Token, lo: int, hi: int) -> list[Token]:
    """``tokens`` with the adjacent phrase of a second subject of the same verb where the two meet
    in proper nouns or in a hyphen: the halves of one name or word the parse split ("CPUC" and
    "President Marybel Batjer", "study co" and "-author Anna Lee"), not a subject after a
    comma unless it is the name of a description fronted before it (`_named_after`)."""
    if head.dep_ not in SUBJECTS or not tokens:
        return tokens
    for sibling in head.head.children:
        if sibling.dep_ not in SUBJECTS or sibling.i == head.i:
            continue
        if sibling.left_edge.i == tokens[-1].i + 1 and (
            _proper(tokens[-1], sibling.left_edge)
            or _hyphened(tokens[-1], sibling.left_edge)
            or _coordinating(tokens[-1], head)
        ):
            tokens = tokens + clipped_subtree(sibling, lo, hi)
        elif sibling.right_edge.i + 1 == tokens[0].i and _proper(sibling.right_edge, tokens[0]):
            tokens = clipped_subtree(sibling, lo, hi) + tokens
        elif _named_after(tokens, head, sibling):
            named = clipped_subtree(sibling, lo, hi)
            if typed_dash(named[-1]):
                named.pop()  # the dash closing the aside the name stands in
            tokens = [*tokens, *head.doc[tokens[-1].i + 1 : sibling.left_edge.i], *named]
    return tokens


def _coordinating(last: Token, head: Token) -> bool:
    """``last`` is an "and" or "or" the parse hung on the first of two subjects it made siblings,
    not conjuncts: "Former Gov. Ann Lee (D) and Sen. Bo Ray (R) said" is both, not "Lee (D) and"."""
    return last.dep_ == "cc" and last.head.i == head.i


def _named_after(tokens: list[Token], head: Token, sibling: Token) -> bool:
    """``sibling`` is the name a fronted description of a person before a comma or a dash is set
    on, both made subjects of one verb: "The son of Cuban immigrants, Rubio has said" and "A
    former nominee -- Ann Lee, who lost in 2012 -- said" are one speaker; "The bill, Lee said,
    ..." is no description of Lee."""
    mark = sibling.left_edge.i - 1  # the comma or dash right before the name
    setoff = head.doc[mark].text == "," or typed_dash(head.doc[mark])
    adjoined = mark in (tokens[-1].i, tokens[-1].i + 1)  # in the description's phrase or after it
    named = sibling.pos_ == "PROPN" and mark > head.i
    return setoff and adjoined and named and _describes_a_person(head)


def _describes_a_person(noun: Token) -> bool:
    """A common noun of a person opening its sentence: "The son of ...", "A former prosecutor"."""
    person = noun.lemma_.lower() in PERSON_NOUNS or noun.lemma_.lower() in ROLE_NOUNS
    return noun.pos_ == "NOUN" and person and noun.left_edge.i == sentence_start(noun.doc, noun.i)


def _described_before(tokens: list[Token], head: Token, lo: int, hi: int) -> list[Token]:
    """``tokens`` with the description of the named speaker fronted before it and a comma,
    which the parse hung on the verb: "A former prosecutor, Mr. Hart said" is one speaker."""
    comma = tokens[0].i - 1 if tokens else 0
    if head.pos_ != "PROPN" or head.dep_ not in SUBJECTS or head.doc[comma].text != ",":
        return tokens
    for child in head.head.lefts:
        if child.right_edge.i == comma - 1 and _describes_a_person(child):
            return [*clipped_subtree(child, lo, hi), head.doc[comma], *tokens]
    return tokens


def _proper(*tokens: Token) -> bool:
    return all(t.pos_ == "PROPN" for t in tokens)


def _hyphened(left: Token, right: Token) -> bool:
    """``right`` is a hyphen glued to ``left``: one word, "co-author", split in two."""
    return not left.whitespace_ and right.text in HYPHENS


def _unfocused(tokens: list[Token], head: Token) -> list[Token]:
    """``tokens`` without a focus adverb before the speaker (not one on its count: "only two
    candidates"), and cut at one or at a floating
    quantifier after it that belongs to no clause or appositive of the speaker's own ("who also
    served" stays)."""
    while tokens and tokens[0].i < head.i and tokens[0].lower_ in FOCUS_ADVERBS:
        if tokens[0].head.tag_ == "CD":
            break  # a count's own adverb says how many spoke: "Only 52 percent of voters said"
        tokens = tokens[1:]
    for k, token in enumerate(tokens):
        # a quantifier determining a noun after it is no floating one: "lawmakers from both
        # parties" is whole
        quantifier = token.lower_ in FLOATING_QUANTIFIERS and not (
            token.dep_ in ("det", "predet") and token.head.i > token.i
        )
        # nor one opening a conjunct: "Mr. Issa and all seven Republicans on the committee"
        quantifier = quantifier and not (k > 0 and tokens[k - 1].dep_ == "cc")
        floating = token.lower_ in FOCUS_ADVERBS or quantifier
        if token.i > head.i and floating and not _described(token, head):
            return tokens[:k]
    return tokens


def _unengaged(tokens: list[Token], head: Token) -> list[Token]:
    """``tokens`` cut before a present participle set off by a comma that the parse hung on the
    speaker (or on the dateline before it) and that runs to the end: "Rep. Lee, trying to put
    the episode to rest, said" is Rep. Lee's; "Records ..., including a report" keeps its
    preposition."""
    for k, token in enumerate(tokens):
        if (
            k > 0
            and tokens[k - 1].text == ","
            and token.tag_ == "VBG"
            and token.dep_ in PARTICIPLE_CLAUSES
            and token.head.i in (head.i, *(t.i for t in head.ancestors))
            and token.right_edge.i >= tokens[-1].i - 1
        ):
            return tokens[: k - 1]
    return tokens


def _own(tokens: list[Token], head: Token) -> list[Token]:
    """``tokens`` without the words at their end that hang on no word of the head's phrase: the
    run a subtree spans may hold the verb's adverb ("identical statements afterward that said")."""
    while len(tokens) > 1 and tokens[-1].i != head.i and head not in tokens[-1].ancestors:
        tokens = tokens[:-1]
    return tokens


def _whole_names(tokens: list[Token], hi: int) -> list[Token]:
    """``tokens`` grown to the end of a name they end inside, up to ``hi``: the parse may cut
    "Secure America Now" after "America" or "Fix the Court" after "Fix". Not to its start: the
    NER runs a sentence's first word into a name ("Say Mexico")."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    while (
        last + 1 < len(doc)
        and _inside_name(doc[last + 1])
        and doc[last + 1].idx + len(doc[last + 1]) <= hi
    ):
        last += 1
    return [doc[i] for i in range(first, last + 1)]


def _inside_name(token: Token) -> bool:
    """``token`` goes on a name begun before it, and is no possessive "'s" nor a word that
    opens a clause, which the tagger may run into a name ("the Awards after Swift")."""
    return (
        token.ent_iob_ == "I"
        and token.ent_type_ in NAME_LABELS
        and token.dep_ not in NAME_BREAKS
        and token.text != ","
    )


def _unadjoined(tokens: list[Token], head: Token) -> list[Token]:
    """``tokens`` without what the parse hung on the speaker's noun at its end that tells when,
    amid what or through what channel the speaker spoke: "Alden on Tuesday announced" is
    Alden's, "The governor, amid calls to veto the bill, made clear" the governor's, "said CEO Ann
    Lee in the company's news release" Lee's; "a study published on Monday" keeps its
    participle's date."""
    for child in reversed(list(head.rights)):
        if child.text == "," and tokens and child.i == tokens[-1].i:
            continue  # the comma closing a circumstance set off by commas
        last = tokens[-1].i - (tokens[-1].text == ",") if tokens else -1
        # one the frame's end cuts ends the span as well: "says Perry in the new ad titled “X.”"
        if child.right_edge.i < last or not _adjunct(child):
            break
        tokens = [t for t in tokens if t.i < child.left_edge.i]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens = tokens[:-1]
    return tokens


def _adjunct(token: Token) -> bool:
    """ "on Tuesday", "last week", ", toward the end of the debate", "in a statement": a
    preposition with a date or channel object, a circumstance after a comma, or a bare date."""
    if token.dep_ == "prep":
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if any(c.ent_type_ in DATE_LABELS for c in objects):
            return True
        if token.lower_ == "in" and any(c.lemma_.lower() in CHANNEL_NOUNS for c in objects):
            return True
        if _setting(token, objects):
            return True
        comma = after_comma(token)
        # right after the noun's own words: "Don Fowler, who helmed the DNC, during Bill
        # Clinton's presidency, and ..." goes on with the relative clause the parse cut
        described = any(c.dep_ in DESCRIBING and c.i < token.i for c in token.head.rights)
        return comma and token.lower_ in CIRCUMSTANCE_PREPOSITIONS and not described
    return token.dep_ == "npadvmod" and token.ent_type_ in DATE_LABELS


def _setting(preposition: Token, objects: list[Token]) -> bool:
    """ "in"/"on" with a common noun on a person's name tells where the person spoke, for a name
    takes no such phrase of its own: "said Reid on the Senate floor", "says Perry in the new ad";
    a body's or a title's phrase is its own ("officials in the department", "the head of X")."""
    name = preposition.head
    person = name.pos_ == "PROPN" and name.ent_type_ == "PERSON"
    common = bool(objects) and all(o.pos_ == "NOUN" for o in objects)
    return person and preposition.lower_ in SETTING_PREPOSITIONS and common


def _described(token: Token, head: Token) -> bool:
    """``token`` lies in a relative clause, participle or appositive on ``head``."""
    for ancestor in token.ancestors:
        if ancestor.i == head.i:
            return False
        if ancestor.dep_ in DESCRIBING:
            return True
    return False
