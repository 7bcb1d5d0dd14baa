"""Word lists that classify speaker mentions: lowercase, without trailing periods. Titles, name
particles and the head nouns of people and institutions are `sourcetrace.vocabulary`'s, shared
with the entities and the attribution rules."""

from __future__ import annotations

from sourcetrace.vocabulary import word_set

DETERMINERS_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
DETERMINERS_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "two", "three"})

# Pronouns that can be a speaker (the writer's and the reader's never are: attribution/lexicon).
# Possessives too: the speaker of a noun cue ("his comment that ...").
PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her"})
PRONOUNS_PERSON = frozenset({"who", "whose"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their"})
PRONOUNS_THING = frozenset({"it", "which", "that", "its"})

# Words an account puts before its owner's name that are no part of it: "realDonaldTrump",
# "TheRealAnnLee", "OfficialAnnLee" (a title before the name is one too: "GovChristie").
HANDLE_PREFIXES = word_set("real the official")
# Last words of a place's name: "Bellwether County", "Kansas City".
PLACE_HEADS = word_set("county city township borough district province municipality village")
# Heads that take the kind of what follows their "of", as a portion does: "one of two witnesses"
# is a person, "the RealClearPolitics average of polls" a document, and so is a run of documents
# over time ("eight years of tax returns", "a series of emails"); a list is a document itself.
WHOLE_KIND_HEADS = frozenset({"one", "average", "series", "years", "months"})
# Quantifiers that speak for people when they head the mention: "some in the CIA", "many",
# "those surveyed", "those familiar with the plan".
PEOPLE_QUANTIFIERS = frozenset({"some", "many", "several", "few", "others", "most", "those"})
# Heads of an institution in the singular and of people in the plural: "the transit authority"
# said, "authorities" said (officials, unnamed); and nouns for people that are also given names
# or surnames ("Fan Mengguang", "Hugo Boss"), read as people only in the plural: "fans",
# "health bosses".
PEOPLE_WHEN_PLURAL = word_set("authority boss fan nurse")
# Bodies that are no more than the people gathered at one event, with no institution to speak
# for them: "the crowd chanted", "the audience shouted back" is a group of people, anonymous
# (the press, a jury or a community acts as one body).
GATHERINGS = word_set("crowd audience")
# Words of a transcript's labels for a role or a voice, never a name: "MODERATOR:", "UNIDENTIFIED
# MALE:", "CROWD:".
TRANSCRIPT_ROLES = word_set(
    """
    unidentified unknown male female voice voices crowd audience announcer moderator narrator
    reporter reporters correspondent interviewer question answer off camera caller protester
    protesters group all
    """
)
# Document nouns that end a newspaper's or magazine's name: "The Washington Post", "The Wall
# Street Journal", "National Review": the outlet, an organization.
MASTHEAD_HEADS = word_set("post journal review record")
# Last words of an outlet's name, by which "a report by X" is the outlet's ("by E! News", "by
# the Boston Globe", "by Politico"), not its authors' document.
OUTLET_WORDS = MASTHEAD_HEADS | word_set(
    """
    news times globe herald tribune gazette magazine daily wire press politico reuters bloomberg
    axios cnn msnbc nbc abc cbs npr bbc breitbart
    """
)

# Names of institutions a small NER model can miss.
ORGANIZATION_NAMES = word_set(
    """
    pentagon kremlin congress senate parliament reuters bloomberg afp ap cia fbi nsa nato un
    politico fox cnn msnbc nbc abc cbs npr bbc breitbart axios
    twitter facebook instagram youtube tiktok google
    """
)


# Generic person heads that may refer back to any person described more precisely before.
GENERIC_PERSON_HEADS = frozenset({"person", "source", "individual", "man", "woman", "people"})
# Heads an anonymous source is described by: "the official said" is no writer's label for the
# person named last ("the actor said" is).
HIDDEN_SOURCE_HEADS = word_set(
    """
    official officer source aide spokesman spokeswoman spokesperson person individual insider
    adviser advisor staffer employee member witness resident man woman people agent
    """
)
# A party's member, singular, stands for the politician named last: "the Arizona Republican".
PARTY_MEMBERS = frozenset({"republican", "democrat"})
# Modifiers that say the same of a person's past post.
MODIFIER_SYNONYMS = {"retired": "former", "ex": "former", "onetime": "former"}
# Heads close enough in meaning that a writer alternates between them for one person.
RELATED_HEADS = (
    frozenset({"official", "officer"}),
    frozenset({"aide", "adviser", "advisor"}),
    frozenset(
        {"lawmaker", "legislator", "senator", "representative", "congressman", "congresswoman"}
    ),
    # a justice is a judge of a high court: "a New York judge ... Justice Ann Lee ruled"
    frozenset({"judge", "justice"}),
    frozenset(GATHERINGS),  # "the crowd" that "the audience" was a moment before
)
# What a news outlet publishes: "a report in the Argus Leader", "The Verge's review" is the
# outlet speaking.
OUTLET_REPORTS = frozenset({"report", "article", "story", "review"})
# A poll whose pollster is named as its agent ("a survey by X") is the pollster's word.
POLL_NOUNS = frozenset({"poll", "survey"})
# Findings whose maker named as agent says them: a poll's pollster, an analysis's or tests'
# institution ("an analysis by the Pew Research Center", "tests by Digital Foundry"; gold README,
# rule 21 batch). A report, study, letter or memo "by X" stays a document kept apart from X.
MADE_FINDINGS = POLL_NOUNS | {"analysis", "test"}
# The voice of an ad or video, named with the work ("the ad's narrator", "a narrator in the
# Smith ad"): the work speaks, a `document` (gold: the ad's narrator is the ad). A voiceover is
# always a recording's, named with its work or not.
WORK_VOICES = frozenset({"narrator", "announcer"})
VOICED_WORKS = frozenset({"ad", "advertisement", "commercial", "spot", "video", "clip"})
# Documents whose "they" may be the people they counted: what a poll's respondents hold is the
# poll's finding ("The results show voters are split. They want ..."), so a later "they" may
# take up the poll; any other document is no "they" that speaks sentences after it.
COUNTING_DOCUMENTS = POLL_NOUNS | {"polling", "result"}
# What a named outlet does as a verb's subject: "Haaretz reported that ..." (a person's name is
# told apart first).
REPORTING_VERBS = frozenset({"report"})
