"""Word lists that classify speaker mentions: lowercase, without trailing periods. Titles and
name particles are `sourcetrace.vocabulary`'s, shared with the entities."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
DETERMINERS_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "two", "three"})

# Pronouns that can be a speaker (the writer's and the reader's never are: attribution/lexicon).
# Possessives too: the speaker of a noun cue ("his comment that ...").
PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her"})
PRONOUNS_PERSON = frozenset({"who", "whose"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their"})
PRONOUNS_THING = frozenset({"it", "which", "that", "its"})

# Head nouns of people. Anything with a person suffix counts too (see mention.py).
PERSON_NOUNS = _words(
    """
    official officer source aide spokesman spokeswoman spokesperson person people individual
    analyst expert diplomat lawmaker senator adviser advisor commander chief director agent
    operative employee staffer member resident witness lawyer attorney prosecutor investigator
    researcher scientist doctor economist soldier veteran leader executive manager insider
    neighbor neighbour friend relative activist critic supporter observer historian professor
    student man woman colleague ally associate negotiator representative minister ambassador
    envoy spokesmen spokeswomen men women chairman chairwoman president secretary general judge
    specialist consultant contractor partner victim survivor father mother son daughter brother
    sister wife husband parent mogul candidate nominee billionaire host anchor pundit strategist
    pollster voter mayor governor congressman congresswoman surrogate campaigner donor
    eyewitness tycoon magnate hopeful entrepreneur ceo founder owner advocate scholar academic
    suspect defendant plaintiff rep whip delegate coach czar sheriff family proponent opponent
    conservative liberal progressive moderate libertarian evangelical
    """
)
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ee")
# Quantifiers that speak for people when they head the mention: "some in the CIA", "many".
PEOPLE_QUANTIFIERS = frozenset({"some", "many", "several", "few", "others", "most"})
# Heads of an institution in the singular and of people in the plural: "the transit authority"
# said, "authorities" said (officials, unnamed).
PEOPLE_WHEN_PLURAL = _words("authority")
# Heads that measure out what follows their "of": "70 percent of Americans", "a majority of
# voters" are people as "Americans" and "voters" are.
SHARES = _words("percent majority minority half third quarter plurality")
PORTION_HEADS = SHARES | _words("share handful number dozens hundreds group")
# Document nouns that end a newspaper's or magazine's name: "The Washington Post", "The Wall
# Street Journal", "National Review": the outlet, an organization.
MASTHEAD_HEADS = _words("post journal review record")

# Head nouns of institutions, and names of institutions a small NER model can miss.
ORGANIZATION_NOUNS = _words(
    """
    agency department ministry government administration police military army navy company firm
    office committee council court commission board bureau campaign party group organization
    organisation institute university union network team embassy service authority authorities
    regime cabinet parliament congress senate house legislature
    newspaper tabloid magazine outlet channel station broadcaster airline bank corporation coalition
    alliance panel
    federation association foundation fund center centre command force forces staff camp
    utility management leadership
    productions studios holdings industries enterprises
    """
)
ORGANIZATION_NAMES = _words(
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
HIDDEN_SOURCE_HEADS = _words(
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
)
# What a news outlet publishes: "a report in the Argus Leader" is the outlet speaking.
OUTLET_REPORTS = frozenset({"report", "article", "story"})
