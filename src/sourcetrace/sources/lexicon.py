"""Word lists that classify speaker mentions: lowercase, without trailing periods."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that stand before a name and are not part of it: ranks, offices, honorifics, services.
TITLES = _words(
    """
    gen general lt lieutenant maj major col colonel capt captain sgt sergeant adm admiral cmdr
    commander cpl corporal pvt private brig brigadier gov governor sen senator rep representative
    president vice secretary minister prime premier chancellor mayor dr mr mrs ms miss mx prof
    professor judge justice rev reverend fr father sister chief director ambassador attorney
    speaker chairman chairwoman chair king queen prince princess sheikh ayatollah imam rabbi pope
    sir dame lord lady army navy air force marine marines corps coast guard retired former
    deputy assistant acting interim special agent detective officer sheriff inspector
    superintendent commissioner councilman councilwoman congressman congresswoman leader
    """
)

# Abbreviated titles, spelled out so "Gen." and a later "the general" agree.
TITLE_ABBREVIATIONS = {
    "gen": "general",
    "lt": "lieutenant",
    "maj": "major",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "cmdr": "commander",
    "cpl": "corporal",
    "pvt": "private",
    "brig": "brigadier",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "dr": "doctor",
    "prof": "professor",
    "rev": "reverend",
    "fr": "father",
    "det": "detective",
    "atty": "attorney",
}
# Titles that are only courtesy: they tell nothing of a person's role.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame"})
# Titles that tell a person's gender, so a later "she" does not go to a "Mr."
MALE_TITLES = frozenset({"mr", "king", "prince", "sir", "lord", "father", "fr", "congressman"})
FEMALE_TITLES = frozenset(
    {"mrs", "ms", "miss", "queen", "princess", "dame", "lady", "sister", "congresswoman"}
)

DETERMINERS_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
DETERMINERS_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "two", "three"})

# Pronouns that can be a speaker, and the pronouns that never are (the writer or the reader).
PRONOUNS_MALE = frozenset({"he", "him"})
PRONOUNS_FEMALE = frozenset({"she", "her"})
PRONOUNS_PERSON = frozenset({"who"})
PRONOUNS_PLURAL = frozenset({"they", "them"})
PRONOUNS_THING = frozenset({"it", "which", "that"})
PRONOUNS_NEVER_SPEAKERS = frozenset({"i", "me", "we", "us", "you"})

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
    eyewitness tycoon magnate hopeful entrepreneur ceo founder owner
    """
)
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ee")

# Head nouns of institutions, and names of institutions a small NER model can miss.
ORGANIZATION_NOUNS = _words(
    """
    agency department ministry government administration police military army navy company firm
    office committee council court commission board bureau campaign party group organization
    organisation institute university union network team embassy service authority authorities
    regime cabinet parliament congress senate house legislature
    newspaper outlet channel station broadcaster airline bank corporation coalition alliance panel
    federation association foundation fund center centre command force forces staff camp
    """
)
ORGANIZATION_NAMES = _words(
    """
    pentagon kremlin congress senate parliament reuters bloomberg afp ap cia fbi nsa nato un
    politico fox cnn msnbc nbc abc cbs npr bbc breitbart axios
    """
)

# Head nouns of written or recorded sources.
DOCUMENT_NOUNS = _words(
    """
    record report poll survey statement document study filing memo memorandum letter email
    e-mail data analysis indictment complaint lawsuit transcript book article post tweet
    release affidavit ruling order directive budget assessment estimate figure number paper
    research finding list log message note video footage website file files cable cables
    testimony minute census audit review notice press-release textbook diary journal ad
    advertisement commercial clip slide presentation chart graphic map photo image speech
    result timeline
    """
)

# Generic person heads that may refer back to any person described more precisely before.
GENERIC_PERSON_HEADS = frozenset({"person", "source", "individual", "man", "woman", "people"})
# Modifiers that say the same of a person's past post.
MODIFIER_SYNONYMS = {"retired": "former", "ex": "former", "onetime": "former"}
# Heads close enough in meaning that a writer alternates between them for one person.
RELATED_HEADS = (
    frozenset({"official", "officer"}),
    frozenset({"aide", "adviser", "advisor"}),
    frozenset({"lawmaker", "legislator", "senator", "congressman", "congresswoman"}),
)
