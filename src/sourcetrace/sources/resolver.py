"""Walks the attributions in text order and gives each speaker mention its source."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sourcetrace.attribution.candidate import Candidate
from sourcetrace.attribution.cues import is_issued
from sourcetrace.attribution.lexicon import ISSUED_CHANNELS
from sourcetrace.attribution.spans import QUOTE_MARKS
from sourcetrace.attribution.speaker import PARTY_TAG, SUBJECTS, antecedent, speaker_span
from sourcetrace.model import Attribution, Source, SourceKind, TextSpan
from sourcetrace.names import plain_apostrophes
from sourcetrace.nlp import doc_text
from sourcetrace.nlp.sentences import sentence, sentence_start
from sourcetrace.sources.descriptions import RELATED_HEAD, Description, Match, match
from sourcetrace.sources.draft import Draft, Resolved
from sourcetrace.sources.identified import tied_name
from sourcetrace.sources.lexicon import (
    COUNTING_DOCUMENTS,
    GENERIC_PERSON_HEADS,
    HIDDEN_SOURCE_HEADS,
    MADE_FINDINGS,
    MODIFIER_SYNONYMS,
    OUTLET_REPORTS,
    PRONOUNS_PERSON,
    WORK_VOICES,
)
from sourcetrace.sources.mention import (
    RELATIVE_PRONOUNS,
    Determiner,
    Form,
    Mention,
    analyze_mention,
    described_at,
    institution_name,
    places_at,
    relative_clause,
)
from sourcetrace.sources.names import (
    NOT_NAME_LABELS,
    NameIndex,
    compatible,
    name_run,
    same_institution,
    words,
)
from sourcetrace.sources.organizations import organization_named_before
from sourcetrace.sources.pronouns import (
    Gender,
    Pronoun,
    addressed,
    conjoined_subject,
    gender_of_given_name,
    gender_of_kin,
    gender_of_title,
    group_phrase,
    named_subject_between,
    parallel_owner,
    persons_named_before,
    read_pronoun,
    subject_above,
)
from sourcetrace.vocabulary import TITLE_ABBREVIATIONS, TITLES, names_person

# A resolution that is a guess (two antecedents fit equally well, a pronoun with a competing
# antecedent, a description matched to a title) keeps this share of the attribution's confidence.
GUESS = 0.75
ISSUER_SENTENCES = 2  # sentences before a definite "the statement" searched for its issuer
PERSON_KINDS = frozenset({SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS_PERSON})
# A noun in these relations to a name says what that person is ("Ann Lee, a nurse"; "Lee is a
# nurse"), not someone else.
NAMING_DEPS = frozenset({"appos", "attr"})
INDEFINITE = frozenset({"a", "an"})
# The kinds a group a plural pronoun takes up can be: people, or institutions acting as such.
SPEAKING = frozenset({SourceKind.ANONYMOUS_PERSON, SourceKind.ORGANIZATION})


class Resolver:
    """One article's walk. Drafts are kept in creation order; ids are given at the end."""

    def __init__(self, doc: Doc, candidates: Sequence[Candidate]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.names = NameIndex(doc)
        self.candidates = candidates
        self.drafts: list[Draft] = []
        self.resolved: list[Resolved] = []
        self.quoted = [span for c in candidates for span in c.content]
        self.issued: dict[str, Draft | None] = {}  # a channel's head: the latest named issuer
        self.channels: dict[int, set[str]] = {}  # by candidate index: the channels its cue names

    def run(self) -> tuple[tuple[Source, ...], tuple[Attribution, ...]]:
        for candidate in self.candidates:
            self.resolved.append(self._resolve(candidate))
        return self._freeze()

    def _resolve(self, candidate: Candidate) -> Resolved:
        if candidate.continues:
            return Resolved(self._continued(candidate))
        if candidate.speaker is None:
            return Resolved(None)
        mention = analyze_mention(self.doc, candidate.speaker, self.names)
        if mention is None:
            return Resolved(None)
        if candidate.answers:  # who answers an interview's questions is a person, however tagged
            return Resolved(self._person(replace(mention, name=tuple(mention.text.split()))))
        if mention.form is Form.PRONOUN:
            return self._pronoun(mention, candidate)
        if mention.kind is SourceKind.NAMED_PERSON:
            return Resolved(self._person(mention))
        if mention.form is Form.NAME:
            return Resolved(self._institution(mention))
        return self._description(mention)

    def _continued(self, candidate: Candidate) -> Draft | None:
        """The source a continuation keeps: the previous attribution's, or for an interview's
        answer the previous answer's."""
        for earlier, resolved in zip(
            reversed(self.candidates[: len(self.resolved)]), reversed(self.resolved), strict=True
        ):
            if earlier.answers or not candidate.answers:
                return resolved.draft
        return None

    # --- names -----------------------------------------------------------------------------

    def _person(self, mention: Mention) -> Draft:
        gender = gender_of_title(mention.title)
        name = self._titled_namesake(mention) or mention.name
        draft = self._person_named(name, mention.span.end, gender)
        draft.add(mention)
        return draft

    def _titled_namesake(self, mention: Mention) -> tuple[str, ...] | None:
        """The one of several people sharing a surname whom the text gave the post that a
        titled bare surname carries: "Former Vice President Cheney" after "former Vice
        President Dick Cheney" and "his daughter Mary Cheney" is the father, however often the
        daughter is named (`NameIndex.fullest` would take the most frequent). None where the
        title tells nobody apart: the usual reading of the surname stands."""
        role = mention.role
        if role is None or len(mention.name) != 1:
            return None
        namesakes = self.names.namesakes(mention.name, mention.span.start)
        titled = {
            full
            for full, runs in namesakes.items()
            if any(role.same_post(d) for run in runs for d in described_at(run))
        }
        return titled.pop() if len(namesakes) > 1 and len(titled) == 1 else None

    def _person_named(self, name: tuple[str, ...], at: int, gender: Gender | None = None) -> Draft:
        """The source of the person called ``name`` at offset ``at``, new if there is none; of
        the title's ``gender`` where one is known ("Mrs. Clinton" is no "Bill Clinton")."""
        full = self.names.fullest(name, at)
        people = [
            d
            for d in self.drafts
            if d.kind is SourceKind.NAMED_PERSON
            and (gender is None or d.gender is None or d.gender is gender)
        ]
        for draft in people:
            if compatible(draft.name_words, full):
                if len(draft.name_words) == 1 < len(name):
                    # first called by the surname alone ("Clarke said" in a headline), named in
                    # full here: the source takes the full name. Not a fuller form only looked
                    # up ("Obama" after "Michelle Obama" is named is not she).
                    draft.name, draft.name_words = self.names.styled(full), full
                draft.gender = draft.gender or gender_of_given_name(draft.name_words)
                return draft
        if gender is not None:  # the fuller name is the other spouse's: the one the title fits
            for draft in people:
                if compatible(draft.name_words, name):
                    return draft
        draft = Draft(
            SourceKind.NAMED_PERSON,
            self.names.styled(full),
            name_words=full,
            gender=gender or gender_of_given_name(full),
        )
        # what the text calls this person anywhere lets a later "the Indiana governor" find them
        for run in self.names.mentions(full):
            draft.descriptions.extend(described_at(run))
            quoted = self._in_quote(run.start_char)
            if draft.relative is None and not quoted:  # a speaker's words are no description
                draft.relative = relative_clause(run)
        self.drafts.append(draft)
        return draft

    def _institution(self, mention: Mention) -> Draft:
        name = tuple(mention.text.split())
        for draft in self.drafts:
            person = draft.kind is SourceKind.NAMED_PERSON and len(name) == 1
            if person and compatible(draft.name_words, name):
                # a surname the NER took for an organization: "Brad Woodhouse ... Woodhouse"
                draft.add(mention)
                return draft
        draft = self._institution_named(mention.kind, mention.text)
        draft.add(mention)
        return draft

    def _institution_named(self, kind: SourceKind, name: str) -> Draft:
        """The source of the institution of ``kind`` called ``name``, new if there is none."""
        for draft in self.drafts:
            if draft.kind is kind and same_institution(draft.name, name):
                return draft
        draft = Draft(kind, name)
        self.drafts.append(draft)
        return draft

    # --- descriptions ----------------------------------------------------------------------

    def _description(self, mention: Mention) -> Resolved:
        described = mention.description
        assert described is not None  # every Form.DESCRIPTION mention has one
        maker = self._maker_taken_up(mention)
        if maker is not None:  # "the Pew Research Center analysis shows", Pew already a source
            maker.add(mention)
            return Resolved(maker)
        if mention.kind is SourceKind.ANONYMOUS_PERSON:
            tie = tied_name(self.doc, mention.span, described, self.names)
            if tie is not None:  # "The son of Cuban immigrants, Rubio ...": Rubio, not anonymous
                draft = self._person_named(words(tie.name), tie.name.start_char)
                draft.add(replace(mention, appositive=described))
                return Resolved(draft, tie.guessed)
        if mention.determiner is Determiner.DEFINITE:
            channel = self._channel_speaker(described) or self._issuer(described, mention)
            if channel is not None:  # "X said in a statement. ... the statement said": X
                channel.add(mention)
                return Resolved(channel)
            found = self._antecedent(mention, described)
            # "the man" after "a 40-year-old man" is that man, neither a name nor a writer's label
            # for the person named last: the fallbacks below guess a named person
            apart = found is None and self._introduced_apart(described, mention.span.start)
            if (
                found is None
                and not apart
                and mention.kind is SourceKind.ANONYMOUS_PERSON
                and not described.plural
            ):
                found = self._person_described(described, mention.span.start)
            if found is None and mention.kind is SourceKind.ORGANIZATION and not described.plural:
                named = organization_named_before(self.doc, mention.span, described)
                if named is not None:  # "Volkswagen ... The German automaker said": Volkswagen
                    found = self._institution_named(SourceKind.ORGANIZATION, named.text), False
            if found is None and _former_post(described):
                found = self._last_named(mention.span.start)
            if found is None and not apart and _writers_label(mention):
                found = self._only_named(mention.span.start)
                # a post goes by its holder, "Morrison's lawyer" by Morrison: neither is a label
                labeled = described.text.lower().startswith("the ")
                if found is None and labeled and described.head not in TITLES:
                    found = self._subject_labeled(mention.span.start)
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
        return Resolved(self._new(Draft(_new_kind(mention, described), mention.text), mention))

    def _maker_taken_up(self, mention: Mention) -> Draft | None:
        """The institution, already a source, that a poll or finding has as its name-modifier:
        "an analysis by the Pew Research Center ... the Pew Research Center analysis shows" is
        the center's, as a statement taken up after its issuer spoke stays the issuer's (gold
        README, rule 21 batch). A poll first met that way ("a Marist poll") is a document."""
        at = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if at is None or at.root.lemma_.lower() not in MADE_FINDINGS:
            return None
        modifiers = [c for c in at.root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not modifiers:
            return None
        name = self.doc[modifiers[0].left_edge.i : at.root.i].text
        makers = (SourceKind.ORGANIZATION, SourceKind.UNKNOWN)
        return next(
            (d for d in self.drafts if d.kind in makers and same_institution(d.name, name)), None
        )

    def _channel_speaker(self, described: Description) -> Draft | None:
        """The source of the latest attribution whose cue named the channel this definite
        description names: "the statement" after "the military said in a statement" or "In a
        statement, the mogul announced"."""
        if described.plural or described.modifiers:
            return None
        for index in range(len(self.resolved) - 1, -1, -1):
            draft = self.resolved[index].draft
            if draft is not None and described.head in self._channels(index):
                return draft
        return None

    def _channels(self, index: int) -> set[str]:
        """The channels the cue of the candidate at ``index`` names, read once: its words after
        the verb ("said in a statement"), and the object of an "in" phrase on its verb set
        before it, which the cue span leaves out ("In a statement, the mogul announced"), if
        one: "the letter" is none of "In identical letters, he told them"."""
        if index not in self.channels:
            self.channels[index] = self._cue_channels(self.candidates[index].cue)
        return self.channels[index]

    def _cue_channels(self, cue: TextSpan | None) -> set[str]:
        if cue is None:
            return set()
        named = set(cue.text.lower().split()[1:])
        verb = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        for prep in verb.root.lefts if verb is not None else ():
            if prep.dep_ == "prep" and prep.lower_ == "in":
                named.update(
                    c.lemma_.lower() for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NN"
                )
        return named

    def _issuer(self, described: Description, mention: Mention) -> Draft | None:
        """The named person or institution that issued the statement this definite description
        names, in its sentence or the few before: "Big Machine Records issued a statement ...
        The statement claimed ..." is the label's, as is a later "the statement continued"."""
        if described.plural or described.modifiers or described.head not in ISSUED_CHANNELS:
            return None
        at = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if at is None:
            return None
        start = sentence_start(self.doc, at.start, back=ISSUER_SENTENCES)
        for noun in reversed(self.doc[start : at.start]):
            if noun.lemma_.lower() != described.head or not is_issued(noun):
                continue
            self.issued[described.head] = self._issuer_of(noun)
            break
        return self.issued.get(described.head)

    def _issuer_of(self, noun: Token) -> Draft | None:
        """The source of the named subject of the verb that issued ``noun``, else None."""
        subject = next(c for c in noun.head.children if c.dep_ in SUBJECTS)
        sent = sentence(subject)
        span = speaker_span(subject, sent.start_char, sent.end_char)
        issuer = (
            analyze_mention(self.doc, TextSpan.of(self.text, *span), self.names) if span else None
        )
        if issuer is None or issuer.form is not Form.NAME:
            return None
        if issuer.kind is SourceKind.NAMED_PERSON:
            return self._person(issuer)
        return self._institution(issuer) if issuer.kind is SourceKind.ORGANIZATION else None

    def _person_described(self, described: Description, at: int) -> tuple[Draft, bool] | None:
        """A person not quoted yet whom the text has already called what this definite
        description says: "the president" after "President Obama spoke ...", or, when only one
        person was given that title (or one a writer alternates with it) at all, "the Vermont
        senator" after "Sen. Bernie Sanders", "the seven-term congressman" after "Rep. Bob
        Etheridge". Among people that fit, the one named last before it: "Gov. Eric Holcomb ...
        Gov. Matt Bevin ... Holcomb's campaign. The governor said" is Holcomb; an age ("the
        56-year-old") fits anyone. A guess either way."""
        # a party tag ("McCain, R-Ariz.") is no one's name
        people = [run for run in self.names.people_before(at) if not PARTY_TAG.match(run.text)]
        roles = [(run, self._person_key(run), described_at(run)) for run in people]
        fitting = {
            key
            for _, key, ds in roles
            if described.stands_in or any(described.compatibility(d) for d in ds)
        }
        for run, key, _ in reversed(roles):
            if key in fitting:
                return self._person_named(words(run), run.start_char), True
        titled = {
            key: run
            for run, key, descriptions in roles
            if any(described.same_post(d) for d in descriptions)
        }
        if len(titled) > 1:  # "the Idaho congressman" among two: the one named "of Idaho"
            titled = {
                k: run for k, run in titled.items() if described.modifiers & self._places(run, at)
            }
        if len(titled) == 1:
            (run,) = titled.values()
            return self._person_named(words(run), run.start_char), True
        return None

    def _places(self, run: Span, at: int) -> frozenset[str]:
        """The places the text ties to the person named ``run`` before ``at`` ("of Idaho",
        "(R-Idaho)"), however the NER tagged their name there ("Labrador, of Idaho" as a place)."""
        full = self.names.fullest(words(run), run.start_char)
        mentions = self.names.mentions(full, any_tag=True)
        return frozenset(p for r in mentions if r.start_char < at for p in places_at(r))

    def _last_named(self, at: int) -> tuple[Draft, bool] | None:
        """The named person whose the latest attribution with a source is, when they are also
        the person named last before ``at`` (Palin in "a photo of Sarah Palin, which the former
        governor called sexist" is not the last one quoted); a guess. A name in quoted words is
        the speaker's topic, not a rival: '"I'll end Obama's war," the Texas governor said' after
        Perry's quote is Perry's; so is a name in the words that describe that speaker: Clinton in
        "Bernie Sanders, who endorsed Clinton, said ... The Vermont senator declined"."""
        index = self._previous_attribution()
        draft = self.resolved[index].draft if index is not None else None
        if draft is None or draft.kind is not SourceKind.NAMED_PERSON:
            return None
        people = [
            r
            for r in self.names.people_before(at)
            if not PARTY_TAG.match(r.text)
            and not self._in_quote(r.start_char)
            and self._maybe_a_person(r)
            and (
                compatible(draft.name_words, words(r))
                or not self._describes_speaker(index, r.start_char)
            )
        ]
        return (draft, True) if people and compatible(draft.name_words, words(people[-1])) else None

    def _describes_speaker(self, index: int | None, at: int) -> bool:
        """Offset ``at`` lies in the speaker mention of the attribution at ``index``: a name
        there is the speaker's or one their description holds ("who endorsed Clinton")."""
        speaker = self.candidates[index].speaker if index is not None else None
        return speaker is not None and speaker.start <= at < speaker.end

    def _maybe_a_person(self, run: Span) -> bool:
        """A name that may be a person's: not one the NER tags an institution or place here and
        a person's nowhere, as the outlet told in "Lee said ... the retired nurse told WXYZ TV"
        (the index counts any name of two words a person's, as the small NER often mistags
        them)."""
        institution = all(t.ent_type_ in NOT_NAME_LABELS for t in run)
        return not institution or self.names.is_person(run[-1].text)

    def _only_named(self, at: int) -> tuple[Draft, bool] | None:
        """``_last_named``, when no one else is named since the paragraph before ``at``'s: in
        "Ramos returned and Trump took his questions.\n\n“...,” the journalist said" either may
        be meant. Where that speaker spoke in the sentence just before, only that sentence
        counts: '“...,” McCain said. The longtime senator said' is McCain's, whoever the
        paragraphs named before."""
        found = self._last_named(at)
        if found is None:
            return None
        index = self._previous_attribution()
        since = self._spoke_just_before(index, at)
        if since is None:
            end = max(self.text.rfind("\n", 0, at), 0)  # the paragraph before ends here
            while end > 0 and self.text[end - 1] == "\n":
                end -= 1
            since = self.text.rfind("\n", 0, end) + 1
        window = self.doc.char_span(since, at, alignment_mode="expand") or ()
        # however the NER tagged them there: a surname known as a person's anywhere
        others = {
            t.text
            for t in window
            if t.pos_ == "PROPN"
            and self.names.is_person(t.text)
            and not self._in_quote(t.idx)
            and not self._describes_speaker(index, t.idx)
        }
        return found if others <= set(found[0].name_words) else None

    def _spoke_just_before(self, index: int | None, at: int) -> int | None:
        """The offset where the sentence before ``at``'s starts, when the speaker of the
        attribution at ``index`` is named in it; else None."""
        speaker = self.candidates[index].speaker if index is not None else None
        own = self._sentence_offset(at)
        before = self._sentence_offset(at, back=1)
        if speaker is None or own is None or before is None:
            return None
        return before if before <= speaker.start < own else None

    def _sentence_offset(self, at: int, back: int = 0) -> int | None:
        """Where the sentence ``back`` sentences before the one holding offset ``at`` starts."""
        word = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if word is None:
            return None
        return self.doc[sentence_start(self.doc, word.start, back=back)].idx

    def _in_quote(self, at: int) -> bool:
        """Offset ``at`` lies in an attribution's content: a name there is what was said."""
        return any(q.start <= at < q.end for q in self.quoted)

    def _subject_labeled(self, at: int) -> tuple[Draft, bool] | None:
        """The person named as the subject of the sentence before ``at`` (or of the one before
        it), whom a writer's label sums up: "Ann Lee didn't know Sam was coming. The real estate
        agent said ..." is Lee's; not when a coordinate clause has another person as its subject
        ("Ruiz came back and Lee answered": either may be meant). A guess."""
        token = named_subject_between(self.doc, 0, at, self.quoted, self.names)
        if token is None:
            return None
        subject = token.head if token.dep_ == "appos" else token
        rivals = (
            c
            for verb in subject.head.conjuncts
            for c in verb.children
            if c.dep_ in SUBJECTS and c.ent_type_ == "PERSON"
        )
        draft = self._person_at(token) if next(rivals, None) is None else None
        return (draft, True) if draft is not None else None

    def _person_key(self, run: Span) -> str:
        """One key for every mention of a person: the fullest form of their name up to ``run``."""
        return " ".join(self.names.fullest(words(run), run.start_char)).lower()

    def _antecedent(self, mention: Mention, described: Description) -> tuple[Draft, bool] | None:
        """The earlier source a definite description refers back to: the best fitting head, then
        one the writer labeled with exactly these modifiers, then the most recent."""
        matches: list[tuple[Match, Draft]] = []
        for draft in self.drafts:
            if not _kinds_agree(mention.kind, draft, described):
                continue
            found = match(described, draft.descriptions, draft.last)
            if found is not None and not self._someone_else(described, draft, found, mention):
                matches.append((found, draft))
        if not matches:
            return None
        matches.sort(key=lambda md: md[0].rank, reverse=True)
        best, draft = matches[0]
        tied = len(matches) > 1 and matches[1][0].tier == best.tier
        return draft, tied

    def _someone_else(
        self, described: Description, draft: Draft, found: Match, mention: Mention
    ) -> bool:
        """A generic head ("the man") fitting ``draft`` only as a person, where the text called
        someone outside its mentions that before ("A 43-year-old man ... His doctor said ... The
        man mentioned"): that one is meant."""
        if found.strength != RELATED_HEAD or described.head not in GENERIC_PERSON_HEADS:
            return False
        return any(
            t.lemma_.lower() == described.head
            and t.pos_ == "NOUN"
            and not any(m.start <= t.idx < m.end for m in draft.mentions)
            for t in self.doc
            if t.idx < mention.span.start
        )

    def _introduced_apart(self, described: Description, at: int) -> bool:
        """Whether the text, before ``at``, introduced someone of their own by this description's
        bare head, with an indefinite article and not in apposition to a name: "A 40-year-old
        man's new quilt ... his doctor, Ann Patel, said ... The man wrote", "the question of an
        unnamed reporter ... the reporter asks". Not "Ann Lee, a real estate agent ... the agent
        said", nor "The actor left early ... Sam Lee said ... said the actor" (no one new), nor
        "the Democratic nominee" or "the congressman", posts their holder goes by, nor "the
        Republican", who stands in for whoever was named. Read only for a definite description
        nothing earlier fits, up to ``at``."""
        head = described.head
        if described.modifiers or described.qualified or described.stands_in or head in TITLES:
            return False
        for token in self.doc:
            if token.idx >= at:
                return False
            if (
                token.lemma_.lower() == head
                and token.pos_ == "NOUN"
                and token.dep_ not in NAMING_DEPS
                and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in token.children)
                and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
            ):
                return True
        return False

    # --- pronouns --------------------------------------------------------------------------

    def _pronoun(self, mention: Mention, candidate: Candidate) -> Resolved:
        """A pronoun's source, tried in order: syntax (a relative's noun, the owner named in
        parallel with a "his", the person named as the subject of the clause above the
        pronoun's, a person named as a subject since the previous attribution), the
        latest source the pronoun fits, and for he/she with no source yet the nearest person
        named before."""
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
            # a person named as a subject since the last source this pronoun can be, not merely
            # since the last source: in "Lee, who led the review, eased off the call for officers
            # in every school -- he said ..." a wrong or other-kind speaker in between ("every
            # school") does not hide Lee behind an older "he"
            fits = self._latest_fitting(pronoun)
            after = _end(self.candidates[fits]) if fits is not None else 0
            token = (
                parallel_owner(self.doc, mention.span, self.names)
                or subject_above(self.doc, mention.span, self.quoted, self.names)
                or named_subject_between(
                    self.doc, after, mention.span.start, self.quoted, self.names, over_quotes=True
                )
            )
            found = self._person_at(token) if token is not None else None
            if found is not None and token is not None:
                found.gender = found.gender or gender_of_kin(token)
            # a subject known to be of the other gender is not the one meant ("She criticized
            # Trump. His opponent, Hillary Clinton, won Virginia. He said ...": not Clinton's)
            if found is not None and _fits(pronoun, found):
                guessed = previous_draft is not None and found is not previous_draft
                return self._attach_pronoun(found, mention, pronoun, guessed)
        elif pronoun.plural:
            noun = conjoined_subject(self.doc, mention.span, self.quoted)
            group = self._group_at(noun) if noun is not None else None
            if group is not None and group.draft is not None:
                return self._attach_pronoun(group.draft, mention, pronoun, group.guessed)
        asker = previous_draft if self._addressed(previous, pronoun) else None
        fitting = next(
            (
                r.draft
                for r in reversed(self.resolved)
                if r.draft is not None
                and r.draft is not asker
                and _fits(pronoun, r.draft)
                and not self._named_in_report(r.draft, candidate)  # last: it reads tokens
            ),
            None,
        )
        at = mention.span.start
        if fitting is not None and pronoun.plural and self._singular_they(previous, fitting, at):
            return Resolved(None)
        if fitting is not None and self._document_apart(pronoun, fitting, at):
            return Resolved(None)  # people no source names: unresolved beats a wrong name
        if fitting is not None and not (pronoun.person and _maybe_a_thing(fitting)):
            return self._attach_pronoun(fitting, mention, pronoun, fitting is not previous_draft)
        if pronoun.person:
            found = self._nearest_fitting(mention.span.start, pronoun)
            if found is not None:
                return self._attach_pronoun(found, mention, pronoun, guessed=True)
        if fitting is not None:
            return self._attach_pronoun(fitting, mention, pronoun, fitting is not previous_draft)
        return Resolved(None)

    def _document_apart(self, pronoun: Pronoun, draft: Draft, at: int) -> bool:
        """Whether ``draft``, the latest source a plural pronoun at offset ``at`` fits, is a
        document last named before its sentence: "While the e-mails showed X, they suggest Y" is
        theirs, but a "they" that speaks sentences after "the transcript" is people ("A
        transcript shows ... They said"), whom no source before may name. A poll's respondents
        are the poll's (`COUNTING_DOCUMENTS`)."""
        if not pronoun.plural or draft.kind is not SourceKind.DOCUMENT:
            return False
        if any(d.head in COUNTING_DOCUMENTS for d in draft.descriptions):
            return False
        start = self._sentence_offset(at)
        return start is not None and draft.last < start

    def _singular_they(self, previous: int | None, fitting: Draft, at: int) -> bool:
        """Whether a "they" at offset ``at`` may be the one person of unknown gender who spoke
        just before it in its paragraph ("Kim Lee, a spokesperson, confirmed it. '...,' they
        said"), while ``fitting``, the group it would go to, was last named in an earlier
        paragraph: a singular "they" then, or that group; neither is sure."""
        draft = self.resolved[previous].draft if previous is not None else None
        speaker = self.candidates[previous].speaker if previous is not None else None
        if draft is None or speaker is None or draft.plural or draft.gender is not None:
            return False
        paragraph = self.text.rfind("\n", 0, at) + 1
        person = draft.kind in PERSON_KINDS and speaker.start >= paragraph
        return person and all(m.start < paragraph for m in self._all_mentions(fitting))

    def _named_in_report(self, draft: Draft, candidate: Candidate) -> bool:
        """Whether ``candidate``'s content names ``draft`` outside quotation marks: "he called on
        Trump to apologize" is not Trump's, as a pronoun never stands for a name it governs."""
        if draft.kind is not SourceKind.NAMED_PERSON or not draft.name_words:
            return False
        surname = draft.name_words[-1]
        for piece in candidate.content:
            quoted = False
            for token in self.doc.char_span(piece.start, piece.end, alignment_mode="expand") or ():
                quoted ^= token.text in QUOTE_MARKS
                if not quoted and token.text == surname and token.pos_ == "PROPN":
                    return True
        return False

    def _addressed(self, index: int | None, pronoun: Pronoun) -> bool:
        """Whether the attribution at ``index`` was said to someone ``pronoun`` may be."""
        cue = self.candidates[index].cue if index is not None else None
        verb = self.doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue else None
        return addressed(verb, pronoun)

    def _latest_fitting(self, pronoun: Pronoun) -> int | None:
        """The index of the latest attribution whose source ``pronoun`` can be."""
        return self._latest(lambda draft: _fits(pronoun, draft))

    def _previous_attribution(self) -> int | None:
        """The index of the latest attribution with a source."""
        return self._latest(lambda _: True)

    def _latest(self, keep: Callable[[Draft], bool]) -> int | None:
        """The index of the latest attribution with a source ``keep`` takes."""
        for index in range(len(self.resolved) - 1, -1, -1):
            draft = self.resolved[index].draft
            if draft is not None and keep(draft):
                return index
        return None

    def _relative_antecedent(self, mention: Mention) -> Draft | None:
        """The source of the noun a relative pronoun's clause hangs from: a source already
        mentioned there, or the person or institution named there."""
        word = self.doc.char_span(mention.span.start, mention.span.end)
        token = word[0] if word is not None else None
        if token is not None and token.dep_ == "poss":  # "whose view is ...": the clause holds it
            token = token.head
        clause = token.head if token is not None else None
        if clause is None or clause.dep_ != "relcl":
            return None
        noun = clause.head
        for draft in self.drafts:
            if any(m.start <= noun.idx < m.end for m in draft.mentions):
                return draft
        if mention.pronoun in PRONOUNS_PERSON and noun.ent_type_ == "PERSON":
            return self._person_at(noun)
        # "the Conference of Catholic Bishops, which wrote ...": the name the clause hangs from
        noun = antecedent(clause)  # "Conference" of "Conference of Catholic Bishops"
        end = self.text.rfind(",", noun.idx, clause.left_edge.idx)
        phrase = TextSpan.of(
            self.text, noun.left_edge.idx, end if end >= 0 else clause.left_edge.idx
        )
        named = analyze_mention(self.doc, phrase, self.names)
        if named is None or named.form is not Form.NAME:
            return None
        if named.kind is SourceKind.NAMED_PERSON:
            return self._person(named)
        return self._institution(named)

    def _group_at(self, noun: Token) -> Resolved | None:
        """The source of the plural subject ``noun``: the one already mentioned there ("Some
        senators who backed it now oppose it, but they cite ..." was said by those senators),
        or a new group of people or institutions its phrase describes ("Prices rose, and they
        say ..." is no one's)."""
        for draft in self.drafts:
            if any(m.start <= noun.idx < m.end for m in draft.mentions):
                return Resolved(draft)
        named = analyze_mention(self.doc, group_phrase(self.doc, noun), self.names)
        if named is None or named.form is not Form.DESCRIPTION or named.kind not in SPEAKING:
            return None
        return self._description(named)

    def _person_at(self, token: Token) -> Draft | None:
        """The source of the person whose name ends at ``token``, if a name ends there ("She"
        after "Twitter said" is no Twitter; "he" after "Bloomberg said" may be Michael
        Bloomberg, named so in the article)."""
        run = name_run(token)
        if run is None:
            return None
        full = self.names.fullest(words(run), run.start_char)
        if institution_name(run) and len(full) == 1:
            return None
        return self._person_named(words(run), run.start_char)

    def _nearest_fitting(self, at: int, pronoun: Pronoun) -> Draft | None:
        """The source of the person named nearest before offset ``at`` whom ``pronoun`` can be;
        past a name of the other gender, only one known to be of the pronoun's: "when I asked
        Sam Lee if he would endorse Ann Ruiz, he said" is Lee's, not the woman's named after
        him, but a "she" past "Sam Lee" and "Obama" (whose gender no word gives) is no one's.
        A source made only to be tested is dropped again."""
        skipped = False  # past a name of the other gender
        for token in persons_named_before(self.doc, at, self.quoted, self.names):
            made = len(self.drafts)
            found = self._person_at(token)
            if found is None:  # the name of an institution
                return None
            fits = _fits(pronoun, found)
            if fits and (not skipped or found.gender is pronoun.gender):
                return found
            del self.drafts[made:]
            if fits:
                return None
            skipped = True
        return None

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
                name=plain_apostrophes(d.name),
                kind=d.kind,
                description=d.description,
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
                speaker=None if c.unmarked else c.speaker,
                content=c.content,
                confidence=c.confidence * (GUESS if r.guessed else 1.0),
                cue_class=c.cue_class,
                asserted=c.asserted,
            )
            for i, (c, r) in enumerate(zip(self.candidates, self.resolved, strict=True), 1)
        )
        return sources, attributions

    def _all_mentions(self, draft: Draft) -> tuple[TextSpan, ...]:
        spans = list(draft.mentions)
        if draft.kind is SourceKind.NAMED_PERSON:
            names = [
                TextSpan.of(self.text, run.start_char, run.end_char)
                for run in self.names.mentions(draft.name_words)
            ]
            spans += [
                m for m in names if not any(s.start < m.end and m.start < s.end for s in spans)
            ]
        return tuple(sorted(set(spans), key=lambda s: (s.start, s.end)))


def _maybe_a_thing(draft: Draft) -> bool:
    """A source of unknown kind that no title makes a person: "The script called for ..." may be
    a thing, so a "she" after it is first the person named nearest before."""
    return draft.kind is SourceKind.UNKNOWN and not draft.office_holder


def _former_post(described: Description) -> bool:
    """A post its holder has left, with no one the text gave it: "the former Massachusetts
    governor" after "Romney said" is a writer's other name for Romney, not a new speaker; so is
    "the former CEO of Hewlett-Packard", but not "the former official", a post a source hides
    behind."""
    former = any(MODIFIER_SYNONYMS.get(m, m) == "former" for m in described.modifiers)
    head = described.head
    post = head in TITLES or (names_person(head) and head not in HIDDEN_SOURCE_HEADS)
    return former and post and not described.plural


def _writers_label(mention: Mention) -> bool:
    """A bare definite description of a person that names what they are, not a post a source
    is hidden behind: "Ann Lee ... The real estate agent said", "the Mexican-born journalist";
    not "the official", "the spokesman" nor "the spokesman for the agency"."""
    described = mention.description
    if described is None or mention.kind is not SourceKind.ANONYMOUS_PERSON:
        return False
    bare = not described.plural and not described.qualified
    return bare and described.head not in HIDDEN_SOURCE_HEADS


def _new_kind(mention: Mention, described: Description) -> SourceKind:
    """The kind of a source a description introduces. "The Indiana governor" with no one to
    refer back to names an office one person holds: an unnamed but identifiable speaker, not an
    anonymous one ("the official" is). An abbreviation written out as a noun is no office:
    "the singer's rep" is her representative, anonymous."""
    head = described.head
    office = head in TITLES and head not in TITLE_ABBREVIATIONS and not described.plural
    if mention.determiner is Determiner.DEFINITE and office:
        return SourceKind.UNKNOWN
    return mention.kind


def _kinds_agree(mention: SourceKind, source: Draft, described: Description) -> bool:
    """A description of a person can refer back to a named or anonymous person or an office
    holder; other kinds only to their own kind, or a document to the outlet introduced by it
    ("The report says" after "a report in the Argus Leader"); an unclassified description to
    anything."""
    if described.plural and source.kind is SourceKind.NAMED_PERSON:
        return False  # "the senators" after "Adam Driggs, Steve Pierce and Bob Worsley": all three
    if mention is SourceKind.UNKNOWN:
        return True
    if mention in PERSON_KINDS:
        # "the narrator" after "the ad's narrator": the ad's voice again
        voice = source.kind is SourceKind.DOCUMENT and described.head in WORK_VOICES
        return source.kind in PERSON_KINDS or source.office_holder or voice
    outlet = source.kind is SourceKind.ORGANIZATION and described.head in OUTLET_REPORTS
    return mention is source.kind or (mention is SourceKind.DOCUMENT and outlet)


def _fits(pronoun: Pronoun, draft: Draft) -> bool:
    """Whether ``pronoun`` can stand for ``draft``'s source (kind, number, gender, office)."""
    return pronoun.accepts(draft.kind, draft.plural, draft.gender, draft.office_holder)


def _end(candidate: Candidate) -> int:
    spans = [*candidate.content, *(s for s in (candidate.cue, candidate.speaker) if s)]
    return max(s.end for s in spans)
