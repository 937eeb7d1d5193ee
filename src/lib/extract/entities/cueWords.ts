/**
 * Word lists that tell what kind of name stands next to them. All lower case; compare with a word's
 * lower-cased text. They describe English news prose in general, never one corpus.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Titles and roles written before a person's name ("President", "spokesman", "Mullah", "Gen."). Any of
 * them followed by a capitalized name makes that name a person.
 */
export const PERSON_TITLES = set(`
	mr mrs ms miss dr prof professor sir dame lord lady
	president vice-president president-elect premier chancellor minister ministers secretary secretary-general
	undersecretary under-secretary deputy spokesman spokeswoman spokesperson spokesmen
	envoy ambassador diplomat consul governor mayor senator sen rep representative congressman congresswoman
	lawmaker mp mep speaker chairman chairwoman chair chairperson director head chief leader founder
	commander general gen lieutenant lt colonel col major maj captain capt admiral adm sergeant sgt
	marshal marshall brigadier corporal cpl private commodore field-marshal
	king queen prince princess emir amir sultan sheikh shaikh sheik crown
	mullah mawlawi maulvi moulvi molvi maulana mufti qari haji hajji hafiz imam ayatollah cleric
	pope cardinal bishop archbishop rabbi reverend rev father
	judge justice prosecutor attorney lawyer
	activist journalist reporter correspondent analyst researcher official officer commissioner inspector
	ceo executive economist scholar mufti
`);

/**
 * Titles that are words a person may hold alone ("Mr Smith", "Sheikh Tamim"), so a single capitalized
 * word after them is enough for a name. Roles such as "leader" or "official" need a name of two words.
 */
export const PERSONAL_TITLES = set(`
	mr mrs ms miss dr prof sir dame lord lady
	president premier chancellor minister senator sen rep governor mayor ambassador
	general gen lieutenant lt colonel col major maj captain capt admiral adm sergeant sgt marshal marshall brigadier
	king queen prince princess emir amir sultan sheikh shaikh sheik
	mullah mawlawi maulvi moulvi molvi maulana mufti qari haji hajji hafiz imam ayatollah
	pope cardinal bishop archbishop rabbi reverend rev father judge justice commander
`);

/** Collective nouns that turn a country or its demonym into an acting body ("British embassy", "Afghan forces"). */
export const INSTITUTION_NOUNS = set(`
	government governments administration authorities authority regime cabinet parliament
	forces force troops army armies military navy soldiers police militia militias
	embassy embassies consulate officials official diplomats diplomat delegation negotiators envoy envoys
	ministry ministries intelligence leadership leaders side counterpart counterparts
	security spokesman spokeswoman spokesperson invaders occupiers occupation
`);

/** Second words that continue an institution ("security forces", "air force", "foreign ministry"). */
export const INSTITUTION_CONTINUATIONS = set(`forces force ministry officials services service guards`);

/** Prepositions after which a country is a place rather than an actor ("in Afghanistan", "across Ukraine"). */
export const LOCATIVE_PREPOSITIONS = set(`
	in at near across throughout inside outside into from to toward towards around within via through over
	of on onto beyond between along
`);

/** Words allowed between a locative preposition and the place ("in southern Kandahar", "into the east of"). */
export const PLACE_MODIFIERS = set(`
	the a northern southern eastern western central north south east west northeast northwest southeast
	southwest north-east north-west south-east south-west north-eastern north-western south-eastern
	south-western upper lower greater occupied rural remote restive neighbouring neighboring war torn
	volatile parts part all
`);

/** Nouns that after a region's possessive show it is a place ("Afghanistan's provinces", "Ukraine's east"). */
export const PLACE_NOUNS = set(`
	city cities town towns village villages province provinces district districts region regions capital
	north south east west northeast northwest southeast southwest interior border borders soil territory
	territories land lands airspace countryside coast coastline mountains valley valleys streets roads highway
	port ports harbour harbor waters shores frontier frontline area areas population people refugees civilians
	second third largest biggest main oldest northern southern eastern western central remote
`);

/** Place words that say which kind of region a name next to them is. */
export const PLACE_HEADS: ReadonlyMap<string, 'province' | 'district' | 'city' | 'place'> = new Map([
	['province', 'province'],
	['provinces', 'province'],
	['state', 'province'],
	['oblast', 'province'],
	['governorate', 'province'],
	['region', 'province'],
	['prefecture', 'province'],
	['county', 'district'],
	['district', 'district'],
	['districts', 'district'],
	['municipality', 'district'],
	['city', 'city'],
	['town', 'city'],
	['village', 'city'],
	['capital', 'city'],
	['valley', 'place'],
	['river', 'place'],
	['mountains', 'place'],
	['mountain', 'place'],
	['camp', 'place'],
	['airport', 'place'],
	['airfield', 'place'],
	['airbase', 'place'],
	['base', 'place'],
	['pass', 'place'],
	['crossing', 'place'],
	['dam', 'place'],
	['port', 'place'],
	['strait', 'place'],
	['sea', 'place'],
	['lake', 'place'],
	['island', 'place'],
	['islands', 'place'],
	['peninsula', 'place'],
	['desert', 'place'],
	['plain', 'place'],
	['heights', 'place'],
	['square', 'place'],
	['neighbourhood', 'place'],
	['neighborhood', 'place'],
	['quarter', 'place']
]);

/** Place words written before "of" and a name ("the province of Panjshir", "the town of Bucha"). */
export const PLACE_HEADS_BEFORE_OF = set(`province district city town village region county state governorate oblast capital valley port island`);

/** Prepositions after which an unknown capitalized name is taken for a place ("in Kherson", "near Avdiivka"). */
export const PLACE_PREPOSITIONS = set(`in near outside around across into inside throughout toward towards within`);

/** Compass words before "of" that make the following name a place ("north of Kyiv"). */
export const COMPASS = set(`north south east west northeast northwest southeast southwest north-east north-west south-east south-west`);

/**
 * The last word of an organization's name ("National Resistance Front", "Shaheen Corps") or a word
 * followed by "of" inside one ("Ministry of Defence", "Army of Terror and Ignorance").
 */
export const ORGANIZATION_HEADS = set(`
	front party council army forces force ministry movement brigade brigades union agency committee corps
	organization organisation network group commission court bank fund alliance coalition league authority
	office department institute foundation association federation guard guards police battalion division
	regiment militia militias assembly parliament senate congress government administration service services
	company corporation university program programme mission cabinet directorate bureau secretariat tribunal
	board society trust centre center observatory academy command fleet unit units jirga shura cartel
	gang news times post radio television tv press agency hospital clinic
`);

/** Words that make an organization's name generic when nothing else in it names it ("National Security Council"). */
export const GENERIC_NAME_WORDS = set(`
	national security special armed federal central general supreme high interim transitional joint
	international public state provincial local military islamic political defence defense foreign interior
	health human rights civil new united popular people's peoples democratic republican revolutionary
	executive legislative presidential royal emergency regional
	affairs justice finance education information culture economy economic trade energy water agriculture
	refugees repatriation communications transport development planning labour labor social welfare women
	youth religious hajj commerce industry mines petroleum defense interior
`);

/** Verbs of speech that follow a speaker's name ("Fahim Dashti said"). */
export const SPEECH_VERBS = set(`
	said says told added stressed warned wrote tweeted announced claimed noted urged insisted confirmed
	denied explained argued posted declared stated replied asked acknowledged admitted alleged vowed
	promised threatened accused blamed praised condemned welcomed rejected
`);

/** Kinship words before "of" and a person ("son of Ahmad Shah Masud"). */
export const KINSHIP = set(`son daughter wife husband widow father mother brother sister nephew niece uncle aunt grandson granddaughter`);

/**
 * Small words that may sit inside a name between capitalized words ("Army of Terror and Ignorance",
 * "Hayat Tahrir al-Sham", "Ursula von der Leyen").
 */
export const NAME_PARTICLES = set(`of the for and de del della di da du des la le al el ul ud bin ibn bint von van der den ter e i y ye wa`);

/** Months, days and seasons: capitalized, never names. */
export const CALENDAR_WORDS = set(`
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
	spring summer autumn fall winter
`);

/**
 * Capitalized words that are not places after "in": languages, faiths, scriptures, feasts, institutions
 * and document parts ("in Pashto", "in Islam", "in Ramadan", "in Parliament", "in Article 5").
 */
export const NOT_PLACES = set(`
	english arabic pashto dari persian farsi urdu french spanish russian chinese german turkish hebrew hindi
	ukrainian uzbek tajik portuguese italian japanese korean kurdish latin
	islam christianity judaism hinduism buddhism sikhism god allah jesus christ sharia koran quran bible torah
	ramadan eid christmas easter passover hanukkah diwali nowruz lent ashura
	parliament congress court government cabinet senate opposition power office prison jail hospital
	article chapter section paragraph resolution clause phase round part stage operation class grade room
	facebook twitter telegram instagram youtube tiktok whatsapp internet
	history fact response return addition order contrast general particular total turn time
`);

/**
 * Frequent English words that can start a sentence with a capital and are then no name: function words,
 * sentence adverbs, common verbs and nouns of news prose.
 */
export const COMMON_WORDS = set(`
	a an the this that these those there here it its it's he she they we i you his her their our my your
	him them us me who whom whose which what when where why how whether while though although if unless
	and but or nor so yet for of in on at by to from with without into onto over under above below about
	after before during since until till upon against among between through throughout across along around
	beyond despite per via than then also too very just only even still already again once twice
	not no yes all any both each every few many more most much other others some such same own
	can could may might must shall should will would do does did done have has had having be is am are
	was were been being get got make made say said says tell told take took give gave go went come came
	see saw seen know knew think thought want wanted need needed use used call called ask asked try tried
	meanwhile earlier later soon now today tonight tomorrow yesterday however therefore thus hence
	indeed instead otherwise moreover furthermore nevertheless nonetheless accordingly consequently
	according following regarding concerning including excluding amid amidst
	first second third last next previous new old former current recent latest early late
	one two three four five six seven eight nine ten hundred thousand million billion dozens
	check also about above home latest updates update news live audio video photo photos watch read
	share comment comments reply post posted related more previous next contact subscribe login
	breaking exclusive analysis opinion editorial report reports reported statement statements
	people person man men woman women child children family families group groups forces force
	government officials official police army troops soldiers fighters militants insurgents rebels
	president minister leader leaders commander spokesman chief head members member
	sources source witnesses residents local locals civilians victims
	war peace attack attacks fighting violence crisis conflict talks deal agreement ceasefire
	city country province district region state capital border area areas village town world
	north south east west northern southern eastern western central
	many several various numerous some most
	while since because therefore
	mr mrs ms dr
	please thank thanks welcome dear
	despite unlike like as
	every nobody somebody someone everyone anyone nothing something everything anything
	yesterday's today's
	western eastern
	international national global regional
	islamic muslim muslims christian christians jewish arab arabs
`);

/**
 * Words that open a sentence or a clause without belonging to the name after them ("The", "According",
 * "Meanwhile", "Check"): trimmed from the front of a run of capitalized words.
 */
export const LEADING_WORDS = set(`
	a an the this that these those there here it its he she they we i you his her their our my your
	and but or nor so yet for of in on at by to from with without into onto over under about after before
	during since until against among between through throughout across along around beyond despite via
	also then now today yesterday tomorrow soon meanwhile earlier later however therefore thus indeed
	instead according following amid as if when while where why how what which who whom whose
	all both each every many most much other some such no not only even still just once again
	check about home more read watch see share follow subscribe related breaking live update updated
	dear please thanks
`);
