"""The name vocabulary every stage shares: titles that stand before a name without being part of
it, the courtesy and gendered ones among them, the particles inside names, and the head nouns of
people and of institutions (the attribution rules ask whether a subject can speak). Sources classify
speaker mentions with it; entities and the corpus views strip titles and compare names with it
(through `sourcetrace.names`). Lowercase, without dots.
"""

from __future__ import annotations

# Ranks, offices, honorifics and services, as phrases of one or more words ("lt gen"). The parts
# of a phrase that a reader going token by token meets ("air", "force" in "Air Force Gen.") are
# one-word titles too.
TITLE_PHRASES = (
    "lieutenant general", "major general", "brigadier general", "lieutenant colonel",
    "lieutenant commander", "rear admiral", "vice admiral", "staff sergeant", "master sergeant",
    "sergeant major", "lt gen", "maj gen", "brig gen", "lt col", "lt cmdr", "rear adm", "vice adm",
    "staff sgt", "master sgt", "sgt maj", "gen", "general", "col", "colonel", "maj", "major",
    "capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "cpl", "corporal", "pvt", "private",
    "brig", "brigadier", "adm", "admiral", "cmdr", "commander", "cmdt", "commandant", "marshal",
    "field marshal", "army", "navy", "air force", "air", "force", "marine corps", "marine",
    "marines", "corps", "coast guard", "coast", "guard",
    "retired", "ret", "former", "late", "acting", "interim", "then",
    "vice president", "vice", "president", "prime minister", "prime", "deputy prime minister",
    "minister", "foreign minister", "defense minister", "defence minister", "interior minister",
    "secretary of state", "defense secretary", "secretary", "chancellor", "premier",
    "sen", "senator", "rep", "representative", "congressman", "congresswoman", "councilman",
    "councilwoman", "gov", "governor", "lt gov", "mayor", "leader", "superintendent",
    "ambassador", "speaker", "chairman", "chairwoman", "chair", "director", "deputy", "assistant",
    "king", "queen", "prince", "princess", "crown prince", "sheikh", "sheik", "emir",
    "ayatollah", "grand ayatollah", "supreme leader", "pope", "cardinal", "bishop", "archbishop",
    "rabbi", "imam", "rev", "reverend", "fr", "father", "sister", "brother",
    "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord",
    "lady", "judge", "justice", "chief justice", "attorney general", "attorney", "sheriff",
    "detective", "officer", "agent", "special agent", "special", "inspector", "chief",
    "commissioner",
)  # fmt: skip
# The one-word titles, for readers that look at one token at a time.
TITLES = frozenset(p for p in TITLE_PHRASES if " " not in p)

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
# Words before a title saying it is no longer held: "former Secretary of State".
FORMER = frozenset({"former", "ex", "then", "late", "retired", "ret", "onetime"})
# Titles that are only courtesy: they tell nothing of a person's role.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "sir", "dame"})
# Titles of rank that belong to a royal's name as the press styles it: "Prince Andrew",
# "Queen Elizabeth II", "Pope Francis", where a surname is not used.
ROYAL_TITLES = frozenset(
    {"king", "queen", "prince", "princess", "duke", "duchess", "emperor", "empress", "pope"}
)
# Titles that tell a person's gender, so a later "she" does not go to a "Mr."
MALE_TITLES = frozenset({"mr", "king", "prince", "sir", "lord", "father", "fr", "congressman"})
FEMALE_TITLES = frozenset(
    {"mrs", "ms", "miss", "queen", "princess", "dame", "lady", "sister", "congresswoman"}
)

# Nouns of kin that tell the gender of the person they are set beside: "Their father, Dick
# Lee, ..." is a "he", never the "she" of the next clause.
MALE_KIN = frozenset({"father", "son", "brother", "husband", "uncle", "nephew", "grandfather"})
FEMALE_KIN = frozenset({"mother", "daughter", "sister", "wife", "aunt", "niece", "grandmother"})

# Lowercase particles that join the parts of a name: "Nouri al-Maliki", "Ursula von der Leyen".
# Generational suffixes after a surname, lowercase without periods: "James P. Kennedy Jr.".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "del", "der", "van", "von", "la", "da"})
# The Arabic article as spellings assimilate it ("al-Maliki", "ash-Sharaa", "as-Sadr"): spellings
# of one name keep or drop it.
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "an"})


def word_set(text: str) -> frozenset[str]:
    """The words of ``text``, a list written out one word after another."""
    return frozenset(text.split())


# Given names that tell a person's gender, so a later "she" does not go to "Donald Lee" nor a
# "he" to "Beth Lee": common English given names borne by one sex in nearly all cases. Names borne
# by both ("Chris", "Kim", "Jordan", "Lindsey", "Dale", "Jean", "Sam") are left out, as is any
# name not listed: a pronoun may still go to whoever bears one.
MALE_GIVEN_NAMES = word_set(
    """
    aaron abraham adam adrian al alan albert alexander alfred allen alvin andrew andy anthony
    antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris
    brad bradley brandon brent brett brian bruce bryan carl carlos chad charles charlie chuck
    clarence clifford clint colin craig curtis dan daniel danny darrell dave david dean dennis
    derek dick don donald doug douglas duncan dwight earl ed eddie edgar edward elijah eric
    ernest eugene evan frank franklin fred frederick gabriel gary gavin george gerald gilbert
    glenn gordon greg gregory harold harry harvey henry herbert howard hugh ian isaac ivan jack
    jacob jake james jared jason jeb jeff jeffrey jeremy jerome jerry jim jimmy joe joel john
    johnny jon jonathan joseph josh joshua juan justin keith ken kenneth kevin kurt kyle larry
    lawrence leonard lewis lloyd louis luis luke malcolm marco mark martin marvin matt matthew
    michael mike mitch mitchell mitt nathan neil newt nicholas nick norman oliver oscar patrick
    paul pete peter phil philip phillip ralph randy ray raymond richard rick rob robert roger
    ron ronald roy russell ryan samuel scott sean seth stanley stephen steve steven stuart ted
    thomas tim timothy todd tom tommy tony travis trey troy vernon victor vincent vladimir
    walter warren wayne wesley william willie zachary
    """
)
FEMALE_GIVEN_NAMES = word_set(
    """
    abigail alice alicia alison allison amanda amy andrea angela ann anna anne annie barbara
    beth betsy betty beverly bonnie brenda carol caroline carolyn catherine cathy cheryl
    christina christine cindy claire claudia colleen condoleezza cynthia debbie deborah debra
    denise diana diane donna doris dorothy edith eileen elaine eleanor elena elise elizabeth
    ellen emily emma erica erin eva evelyn frances gail gina gloria grace hannah heather heidi
    helen hillary holly irene ivanka jane janet janice jennifer jenny jessica jill joan joanne
    josephine joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie
    kristen laura lauren linda lisa lois loretta louise lucy margaret maria marie marilyn martha
    mary megan melania melissa michelle monica nancy natalie nicole nikki olivia pamela patricia
    paula pauline peggy rachel rebecca regina rita roberta rosa rose ruth sally samantha sandra
    sara sarah sharon sheila shirley sonia sophia stephanie susan suzanne sylvia tammy teresa
    theresa tina valerie vanessa veronica victoria virginia wendy yvonne zoe
    """
)


# Head nouns of people. Anything with a person suffix counts too (see sources/mention.py).
PERSON_NOUNS = word_set(
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
    conservative liberal progressive moderate libertarian evangelical justice millennial
    """
)
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ee")
# People by occupation, role, kin or standing that no person suffix names: a "clerk", "nurse" or
# "captain" speaks as an "officer" does.
ROLE_NOUNS = word_set(
    """
    clerk nurse pilot captain actress star celebrity songstress waitress hostess patient client
    guest patron fan guy girl boy kid child teen adult baby dad mom mum cousin uncle aunt niece
    nephew fiance spouse boss principal dean deputy sergeant colonel lieutenant corporal private
    marine bishop priest cardinal pope rabbi imam monk nun cleric citizen immigrant migrant hostage
    inmate captive rival counterpart comrade mate heir beneficiary recipient respondent participant
    applicant insurgent militant rebel guard chef cook surgeon paramedic medic correspondent poet
    architect heavyweight champ champion millionaire fangirl enemy hero villain
    """
)
# The shortest listed person noun that ends a closed compound naming a person (`names_person`).
COMPOUND_PERSON_MIN = 7
_COMPOUND_HEADS = frozenset(n for n in PERSON_NOUNS | ROLE_NOUNS if len(n) >= COMPOUND_PERSON_MIN)
# Groups of people and the places that act as bodies: "the jury found", "the city asked
# residents", "the county recommends", "state media reported".
BODY_NOUNS = word_set(
    """
    jury crew audience crowd public folk personnel faculty caucus opposition militia patrol
    community couple duo trio tribe clan delegation squad troop media medium press city county
    state country nation town village district province municipality borough township church
    institution assembly consulate brand giant
    """
)
# Nouns with a person suffix that name devices, substances, places and abstractions, never
# people: "The controller promises ...", "The water suggests ..." report nothing. Documents
# ("letter", "paper", "order") are the attribution lexicon's DOCUMENT_NOUNS and stay sources.
SUFFIXED_THINGS = word_set(
    """
    computer printer scanner monitor sensor processor controller router server charger adapter
    adaptor converter container motor rotor reactor elevator escalator indicator detector connector
    projector compressor radiator refrigerator generator calculator accelerator simulator
    transistor capacitor ventilator respirator incubator tractor trailer helicopter freighter
    tanker cruiser destroyer blender mixer toaster heater cooler freezer dryer washer cooker fryer
    grinder boiler burner booster extender repeater amplifier transmitter tracker trimmer shaver
    timer laser marker sticker folder browser filter buffer register cylinder meter thermometer
    diffuser caliper spoiler bumper fender lever cover counter tower floor door mirror corner
    border theater interior exterior water rubber lumber leather copper silver butter pepper powder
    fiber factor sector error color behavior favor flavor honor humor rumor terror horror tremor
    vapor odor tumor cancer fever disorder disaster danger power matter answer offer character
    chapter layer tier career manner banner winter summer weather river shower flower shoulder
    finger liver bladder receptor vector parameter diameter perimeter encounter barrier frontier
    over playlist twist wrist gist fist assist median coffee fee degree tree knee spree
    """
)


def names_person(noun: str) -> bool:
    """A noun (lowercase, singular) for a person, one lexicon for the attribution and source
    stages: listed ("official", "clerk"), with a person suffix ("blogger"), unless the suffix
    names a device, substance or abstraction ("controller", "water"), or a closed compound
    ending in a listed noun ("neurosurgeon", "undersecretary")."""
    if noun in PERSON_NOUNS or noun in ROLE_NOUNS:
        return True
    if noun.endswith(PERSON_SUFFIXES) and noun not in SUFFIXED_THINGS:
        return True
    return _compound_person(noun)


def _compound_person(noun: str) -> bool:
    """A closed compound names what its last element names: a "neurosurgeon" is a surgeon. Only
    elements of ``COMPOUND_PERSON_MIN`` letters or more, as shorter ones end words for things
    ("submarine", "outsource", "transparent"), and a first element of three letters or more."""
    last = len(noun) - COMPOUND_PERSON_MIN
    return any(noun[i:] in _COMPOUND_HEADS for i in range(3, last + 1))


# Heads that measure out what follows their "of": "70 percent of Americans", "a majority of
# voters" are people as "Americans" and "voters" are.
SHARES = word_set("percent majority minority half third quarter plurality")
PORTION_HEADS = SHARES | word_set("share handful number dozens hundreds group")
# Heads a writer calls an organization by its trade or type, not a part of its name: "the
# company", "the German automaker" stand for "Volkswagen"; "the commission" only for a
# "... Commission" (sources/organizations.py).
TRADE_HEADS = word_set(
    """
    company firm automaker carmaker maker manufacturer retailer lender insurer publisher label
    studio chain startup airline bank broadcaster network group organization charity nonprofit
    utility club team
    """
)
# Head nouns of institutions: the trades above and the kinds of institution.
ORGANIZATION_NOUNS = TRADE_HEADS | word_set(
    """
    agency department ministry government administration police military army navy office
    committee council court commission board bureau campaign party organisation institute
    university union embassy service authority authorities regime cabinet parliament congress
    senate house legislature
    newspaper tabloid magazine outlet channel station corporation coalition alliance panel
    federation association foundation fund center centre command force forces staff camp
    management leadership
    productions studios holdings industries enterprises
    school college hospital laboratory lab lobby watchdog regulator league
    """
)

# The NER labels of places, and the prepositions that put a word in one ("in Kasich" is a town):
# read by the rules that tell a place from a speaker and by the corpus facts. A region's labels
# leave buildings out: a dateline or a surname read as a place names a town or a country.
REGION_LABELS = frozenset({"GPE", "LOC"})
PLACE_LABELS = REGION_LABELS | {"FAC"}
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})

# Dashes as typed: the em and en dash, a double hyphen, and the horizontal bar some outlets set
# as their dash ("WASHINGTON ― The Senate ...", '“questioned” ― and they did'). One set ends a
# dateline, sets off a clause ('He amended it once — "I now recall," he said'), credits a
# quotation to the name after it ('"A." ― Jane Doe') and opens a signature line ("— Jo Lee"):
# the attribution rules read it as `speaker.DASHES`, signatures and sources from here.
DASHES = frozenset({"--", "—", "–", "―"})
