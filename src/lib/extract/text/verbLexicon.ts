/**
 * Word lists for reading the tense of English verb groups without a part-of-speech tagger. They name
 * closed classes (auxiliaries, modals) and the irregular verbs news uses; regular verbs are read from
 * their endings, with `NOT_PAST_ED` listing common words that end in "-ed" but are no past forms.
 */

/**
 * Irregular simple-past forms (and past participles that differ from the base form), and the short
 * regular ones ("died", "sued") that the "-ed" rule, which needs five letters, passes over.
 */
export const IRREGULAR_PAST = new Set(
	(
		'arose awoke was were bore beat became began bent bet bid bit bled blew broke bred brought built burnt burned ' +
		'burst bought caught chose clung came cost crept cut dealt dug did drew dreamt drank drove ate fell fed felt ' +
		'fought found fled flung flew forbade forgot forgave froze got gave went ground grew hung had heard hid hit ' +
		'held hurt kept knelt knew laid led leapt left lent let lay lit lost made meant met paid proved put quit read ' +
		'rode rang rose ran sawed said saw sought sold sent set shook shed shone shot showed shrank shut sang sank sat ' +
		'slept slid slung spoke sped spent spun spat split spread sprang stood stole stuck stung stank struck strove ' +
		'swore swept swam swung took taught tore told thought threw thrust trod understood upset woke wore wove wed ' +
		'wept won wound withdrew wrote overthrew overtook undertook underwent oversaw foresaw withheld upheld ' +
		'mistook misled outran overcame overran overrode rebuilt retook reopened resold rewrote ' +
		'died lied tied sued owed vied dyed eyed'
	).split(' ')
);

/** Past participles that differ from the simple past; after "has/have/had" they mark the perfect. */
export const IRREGULAR_PARTICIPLES = new Set(
	(
		'arisen awoken been borne beaten become begun bidden bitten blown broken chosen done drawn drunk driven ' +
		'eaten fallen flown forbidden forgotten forgiven frozen gotten given gone grown hidden known lain mistaken ' +
		'overthrown overtaken ridden risen run come overcome seen shaken shown shrunk sung sunk slain spoken stolen stridden ' +
		'striven sworn swum taken thrown torn undertaken withdrawn woken worn woven written'
	).split(' ')
);

/** Words ending in "-ed" that are not past forms of verbs. */
export const NOT_PAST_ED = new Set(
	(
		'bed need needed speed seed feed reed red shed bleed breed creed deed greed weed steed bred hundred ' +
		'sacred naked wicked rugged ragged jagged beloved aged armed united related limited advanced detailed ' +
		'dedicated sophisticated complicated experienced skilled unidentified unnamed so-called masked preferred ' +
		'talented renowned reputed detailed'
	).split(' ')
);

/**
 * Verbs and adjectives that, before "to" or "for", announce a planned or expected event; after "is", a
 * forecast ("rain is likely over the weekend").
 */
export const FUTURE_CUES = new Set(
	(
		'expected expects expect scheduled slated due set poised planning plans plan planned intends intend intending ' +
		'aims aim aiming hopes hope hoping upcoming forthcoming pledged vowed threatened promised ' +
		'preparing prepares prepare about likely unlikely'
	).split(' ')
);

/**
 * Verbs of expecting or threatening, in the present: what they expect or threaten lies ahead ("The bank
 * expects growth in July", "the owners threaten a stoppage from Thursday").
 */
export const EXPECTING_VERBS = new Set(['expects', 'expect', 'anticipates', 'anticipate', 'foresees', 'foresee', 'predicts', 'predict', 'threatens', 'threaten']);

/** Verbs of foretelling, in the past: the time of what they foretell lies ahead of them. */
export const FORETELLING_VERBS = new Set(['predicted', 'forecast', 'forecasted', 'projected', 'foresaw', 'foretold', 'warned', 'anticipated']);

export const MODALS_FUTURE = new Set(['will', "'ll", 'shall', "won't", 'wont', "shan't"]);
export const MODALS_CONDITIONAL = new Set([
	'would',
	"'d",
	'could',
	'might',
	'may',
	'should',
	"wouldn't",
	"couldn't",
	"shouldn't",
	'must',
	"mustn't"
]);
/** Modals of the present: ability and permission ("can be exercised"). */
export const MODALS_PRESENT = new Set(['can', 'cannot', "can't"]);
export const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re", "'m", "isn't", "aren't"]);
export const BE_PAST = new Set(['was', 'were', "wasn't", "weren't"]);
export const HAVE_PRESENT = new Set(['has', 'have', "'ve", "hasn't", "haven't"]);
export const HAVE_PAST = new Set(['had', "hadn't"]);
export const DO_PRESENT = new Set(['does', 'do', "doesn't", "don't"]);
export const DO_PAST = new Set(['did', "didn't"]);

/**
 * Verbs and adjectives after which "to" + verb names something planned: "agreed to meet", "is due to
 * arrive". Past forms among them make the plan one made in the past ("agreed to meet on Friday").
 */
export const INFINITIVE_TAKERS = new Set(
	(
		'agree agrees agreed decide decides decided want wants wanted plan plans planned planning hope hopes ' +
		'hoped hoping expect expects expected intend intends intended aim aims aimed seek seeks sought try tries ' +
		'tried trying vow vows vowed pledge pledges pledged promise promises promised threaten threatens ' +
		'propose proposes proposed proposing resolve resolves resolved arrange arranges arranged ' +
		'threatened prepare prepares prepared preparing ask asks asked urge urges urged invite invites invited ' +
		'call calls called set due scheduled slated poised ready able likely unlikely about going is are am was ' +
		'were be been will would could should may might must can ' +
		// The passive of verbs that take an object before "to": "had been told to expect", "was ordered to leave".
		'told ordered allowed persuaded encouraged'
	).split(' ')
);

/**
 * Verbs that take an object before their infinitive ("expects the economy to recover", "urged the army to
 * withdraw"): the infinitive's time is looked at from them.
 */
export const OBJECT_INFINITIVE_TAKERS = new Set(
	(
		'expect expects expected want wants wanted ask asks asked urge urges urged invite invites invited ' +
		'order orders ordered allow allows allowed tell tells told persuade persuades persuaded encourage ' +
		'encourages encouraged'
	).split(' ')
);

/** Verbs of schedules whose simple present speaks of the future: "the ceasefire begins Saturday". */
export const SCHEDULE_VERBS = new Set(
	(
		'begins begin starts opens closes ends expires expire resumes resume arrives arrive leaves departs ' +
		'depart convenes convene meets meet reopens reopen visits visit travels travel votes vote returns return ' +
		'takes comes goes launches plays races kicks runs open start end go play falls reconvenes reconvene concludes ' +
		'premieres airs broadcasts screens hosts host lands follows follow take turns close run face shuts finishes ' +
		'holds hold stages stage sits sit flies fly sails sail rises reassembles reassemble adjourns adjourn becomes'
	).split(' ')
);

/** Present-tense reporting and stative verbs news uses with a time expression ("says", "plans"). */
export const PRESENT_VERBS = new Set(
	(
		'says say tells adds notes warns claims insists believes thinks knows wants needs remains seems appears ' +
		'continues controls lives faces accuses denies deny admits admit insist reports argues estimates means suggests proposes ' +
		// Bare forms after a plural subject: "The commemorations continue until Sunday".
		'continue remain propose need want'
	).split(' ')
);

/** Words after which an "-ed" or "-en" form is an adjective, not a verb ("the armed group"). */
export const DETERMINERS = new Set(
	(
		'the a an this that these those his her its their our my your some any no every each many several ' +
		'such more most very so less well newly recently'
	).split(' ')
);
