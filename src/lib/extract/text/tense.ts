import type { TextRange } from '$lib/model';
import { takesAStop } from './sentences';
import { tokenize, type Token } from './tokens';
import { COUNT_WORDS } from './numbers';
import {
	BE_PAST,
	BE_PRESENT,
	DETERMINERS,
	DO_PAST,
	DO_PRESENT,
	EXPECTING_VERBS,
	FORETELLING_VERBS,
	FUTURE_CUES,
	HAVE_PAST,
	HAVE_PRESENT,
	IRREGULAR_PARTICIPLES,
	IRREGULAR_PAST,
	MODALS_CONDITIONAL,
	MODALS_FUTURE,
	MODALS_PRESENT,
	INFINITIVE_TAKERS,
	OBJECT_INFINITIVE_TAKERS,
	SCHEDULE_VERBS,
	NOT_PAST_ED,
	PRESENT_VERBS
} from './verbLexicon';

/**
 * Tense and modality of the verb group that governs a place in a sentence, read without a parser:
 * auxiliaries and modals first ("will", "had", "was"), then verb morphology ("-ed", irregular pasts),
 * then a small lexicon of planning words ("expected to", "scheduled for") that point to the future.
 *
 * The governing verb is looked for first to the left of the place, within its clause, then to the right:
 * in "the council said on Monday" the verb precedes, in "On Friday, the council said" it follows. The
 * search is bounded to a few tokens each side, so the cost per place is constant.
 *
 * The present perfect ("has seized") is reported as past with `perfect`.
 */
export type Tense = 'past' | 'present' | 'future' | 'conditional' | 'unknown';

export interface VerbTense {
	tense: Tense;
	/** A perfect construction ("had seized", "has seized"): the event precedes its reference time. */
	perfect: boolean;
	/** The token that decided, when one did. */
	cue?: TextRange;
	/**
	 * A plan made in the past ("agreed to meet on Friday", "was scheduled for Friday", "had been due to
	 * expire"): the time may lie on either side of the writing.
	 */
	prospective?: boolean;
	/**
	 * What a past verb foretold or called for ("predicted heavy rain in mid-June", "called for a freeze over
	 * the winter"): its time lies after the foretelling.
	 */
	foretold?: boolean;
	/**
	 * A plan since undone, told from after it ("was to have opened on Saturday"): seen from a story's
	 * moment, not only from the writing, its time may lie on either side.
	 */
	undone?: boolean;
	/**
	 * An infinitive stands between the place and its governing verb ("subpoenaed him to testify on Feb.
	 * 10"): the time belongs to the infinitive's event, which may come after the governing one.
	 */
	infinitive?: boolean;
	/** A schedule in the simple present ("the ceasefire begins Saturday"). */
	scheduled?: boolean;
}

const WINDOW_TOKENS = 20;
/** Sentences longer than this (in tokens) get a cue index (see `tenseCues`). */
const LONG_SENTENCE = 4 * WINDOW_TOKENS;
const WINDOW_CHARS = 140;
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);
const CLAUSE_OPENERS = new Set(['where', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'unless', 'whereas']);

// One lookup per word: each word's classes as bit flags.
const MODAL_FUTURE = 1;
const MODAL_CONDITIONAL = 2;
const BE_PRES = 4;
const BE_PST = 8;
const HAVE_PRES = 16;
const HAVE_PST = 32;
const DO_PRES = 64;
const DO_PST = 128;
const PRESENT_VERB = 256;
const FUTURE_CUE = 512;
const IRREG_PAST = 1024;
const IRREG_PARTICIPLE = 2048;
const NOT_ED = 4096;
const DETERMINER = 8192;
const INFINITIVE_TAKER = 16384;
const MODAL_PRESENT = 32768;
const SCHEDULE = 65536;
const OBJECT_TAKER = 131072;

const CLASSES = new Map<string, number>();
const classes: [Set<string>, number][] = [
	[MODALS_FUTURE, MODAL_FUTURE],
	[MODALS_CONDITIONAL, MODAL_CONDITIONAL],
	[BE_PRESENT, BE_PRES],
	[BE_PAST, BE_PST],
	[HAVE_PRESENT, HAVE_PRES],
	[HAVE_PAST, HAVE_PST],
	[DO_PRESENT, DO_PRES],
	[DO_PAST, DO_PST],
	[PRESENT_VERBS, PRESENT_VERB],
	[FUTURE_CUES, FUTURE_CUE],
	[IRREGULAR_PAST, IRREG_PAST],
	[IRREGULAR_PARTICIPLES, IRREG_PARTICIPLE],
	[NOT_PAST_ED, NOT_ED],
	[DETERMINERS, DETERMINER],
	[INFINITIVE_TAKERS, INFINITIVE_TAKER],
	[MODALS_PRESENT, MODAL_PRESENT],
	[SCHEDULE_VERBS, SCHEDULE],
	[OBJECT_INFINITIVE_TAKERS, OBJECT_TAKER]
];
for (const [words, flag] of classes) for (const w of words) CLASSES.set(w, (CLASSES.get(w) ?? 0) | flag);

const lower = (t: Token) => t.lower;
const classOf = (w: string) => CLASSES.get(w) ?? (w.length > 2 && (w.includes("'") || w.includes('’')) ? contractedClass(w) : 0);

/** A word and the auxiliary contracted onto it: "we'll", "they've", "she'd", "we're", "I'm", "it's". */
const CONTRACTED = /^(\p{L}+)['’](ll|ve|d|re|m|s)$/u;
/** Words whose "'s" is "is" or "has", not a possessive ("Friday's"). */
const IS_OR_HAS_AFTER = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where']);

/** The class of the auxiliary a contraction ends in: "'ll" will, "'d" would (or had: see `classify`), "'ve" have. */
function contractedClass(w: string): number {
	const m = CONTRACTED.exec(w);
	if (!m) return 0;
	switch (m[2]) {
		case 'll':
			return MODAL_FUTURE;
		case 'd':
			return MODAL_CONDITIONAL;
		case 've':
			return HAVE_PRES;
		case 's':
			return IS_OR_HAS_AFTER.has(m[1]) ? BE_PRES : 0;
		default:
			return BE_PRES;
	}
}

function isVerbalEd(word: string, flags: number): boolean {
	// "unspecified", "undisclosed": un- participles are adjectives.
	return word.length > 4 && word.endsWith('ed') && !(flags & NOT_ED) && !word.startsWith('un');
}

function isParticiple(word: string): boolean {
	const flags = classOf(word);
	return isVerbalEd(word, flags) || (flags & (IRREG_PAST | IRREG_PARTICIPLE)) !== 0;
}

function wordAt(tokens: Token[], k: number): string {
	return k >= 0 && k < tokens.length && tokens[k].kind === 'word' ? lower(tokens[k]) : '';
}

function isPastAux(tokens: Token[], k: number): boolean {
	const w = wordAt(tokens, k);
	return (classOf(w) & (BE_PST | HAVE_PST)) !== 0 || (w === 'been' && !presentPerfectBeen(tokens, k));
}

/**
 * Whether token `k` is the "been" of a present perfect ("has been scheduled for 17 July", "have not been
 * asked to"): a plan made so is still in force, not one made before and perhaps given up.
 */
function presentPerfectBeen(tokens: Token[], k: number): boolean {
	if (wordAt(tokens, k) !== 'been') return false;
	const before = BETWEEN_AUX.has(wordAt(tokens, k - 1)) ? k - 2 : k - 1;
	return (classOf(wordAt(tokens, before)) & HAVE_PRES) !== 0;
}

/** Whether a word is the past of an irregular verb ("began", "fell", "struck"). */
export function irregularPast(x: string): boolean {
	return (classOf(x) & IRREG_PAST) !== 0;
}

/** Whether a lower-case word is a verb's past form ("brought", "shelled"; not "need" or "hundred"). */
export function pastForm(x: string): boolean {
	const xf = classOf(x);
	return (xf & IRREG_PAST) !== 0 || isVerbalEd(x, xf);
}

/** Words of a subject that deny what its verb says: "Neither he nor his aides could be reached". */
const NEGATING_SUBJECTS = new Set(['neither', 'nor', 'nobody', 'none', 'nothing']);
/** How far back from "could" its negating subject may stand. */
const SUBJECT_REACH = 8;

/**
 * "could not be reached Wednesday", "couldn't", "Neither he nor his aides could be located Wednesday": a
 * past inability, not a possibility ahead.
 */
function negatedCould(tokens: Token[], k: number): boolean {
	const w = wordAt(tokens, k);
	if (w === "couldn't") return true;
	if (w !== 'could') return false;
	const next = wordAt(tokens, k + 1);
	if (next === 'not' || next === 'never') return true;
	for (let j = k - 1; j >= 0 && j >= k - SUBJECT_REACH && tokens[j].kind !== 'punct'; j--) {
		if (NEGATING_SUBJECTS.has(tokens[j].lower)) return true;
	}
	return false;
}

/**
 * "9 May", "May 9", "in May and August": the month (or a name), not the modal, which is written "may" except
 * where it opens a sentence.
 */
function monthMay(tokens: Token[], k: number): boolean {
	if (k < 0 || tokens[k].text !== 'May') return false;
	const before = tokens[k - 1];
	return before?.kind === 'word' || before?.kind === 'number' || before?.text === ',' || tokens[k + 1]?.kind === 'number';
}

/** Words between a determiner and a participle used as an adjective: "the first crewed flight". */
const ORDINAL_ADJECTIVES = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'only', 'same']);

/** Words after a participle that show it is the verb, not an adjective before a noun ("The first emerged at"). */
const AFTER_A_VERB = new Set('at in on from to with by after before for into onto over under through during as and or but'.split(' '));

/** After these prepositions, a past form before a noun is an adjective ("on damaged reefs", "of injured men"). */
const BEFORE_AN_ADJECTIVE = new Set('on in at from with into onto over under through across of for among between'.split(' '));

/** Whether a number or a number word stands just before token `i`: "two plays", "8,000 illuminated balloons". */
function afterACount(tokens: Token[], i: number, prev: string): boolean {
	return (i > 0 && tokens[i - 1].kind === 'number') || COUNT_WORDS.has(prev);
}

/**
 * Whether a count above one and a word of its noun phrase stand before token `i`: after "two false", a
 * word in "-s" is the plural noun ("two false starts"); a verb would need a singular subject ("one player
 * starts").
 */
function afterAPluralCount(tokens: Token[], i: number): boolean {
	const count = tokens[i - 2];
	const word = tokens[i - 1];
	if (!count || word?.kind !== 'word' || classOf(word.lower) !== 0 || AFTER_A_VERB.has(word.lower)) return false;
	return count.kind === 'number' ? count.text !== '1' : COUNT_WORDS.has(count.lower) && count.lower !== 'one';
}

/**
 * Whether the number before token `i` numbers a name ("Round 3 begins", "Flight 370 leaves"), after which a
 * verb in "-s" is the verb; after another count ("101 million returns", "two visits") it is a noun.
 */
function afterANumberedName(tokens: Token[], i: number): boolean {
	const before = tokens[i - 2];
	return tokens[i - 1]?.kind === 'number' && !!before && before.kind === 'word' && /^\p{Lu}/u.test(before.text);
}

/** Prepositions of a place before its name: "at Newmarket", "in Leeds". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'near']);

/**
 * "The bet was struck at Newmarket races in October": a word in "-s" right after a place's name, in a
 * clause whose verb came before it ("was struck at"), names a thing there, not the clause's verb ("Trading in
 * London opens on Monday" has no verb before it; "a fund that was listed in London opens" is a relative
 * clause's).
 */
function afterAPlaceInAFiniteClause(tokens: Token[], i: number): boolean {
	let j = i - 1;
	while (j >= 0 && i - j <= 3 && tokens[j].kind === 'word' && /^\p{Lu}/u.test(tokens[j].text)) j--;
	if (j === i - 1 || !PLACE_PREPOSITIONS.has(wordAt(tokens, j)) || !isParticiple(wordAt(tokens, j - 1))) return false;
	return (classOf(wordAt(tokens, j - 2)) & (BE_PRES | BE_PST | HAVE_PRES | HAVE_PST)) !== 0 && !(RELATIVE_PRONOUNS.has(wordAt(tokens, j - 3)) || wordAt(tokens, j - 3) === 'that');
}

/** Schedule verbs that are as often counted nouns: "two plays", "three races". */
const COUNTABLE_SCHEDULES = new Set(['plays', 'races', 'play']);
/** Words after "runs" that make it the verb of a schedule: "the festival runs until Sunday". */
const RUNS_A_STRETCH = new Set(['until', 'till', 'from', 'through', 'to', 'between']);
/** Words that lead a place after a verb of a schedule: "ends in Pau", "leaves for Vienna", "flies to Rome". */
const PLACE_LEADS = new Set(['in', 'at', 'for', 'to', 'from']);
/** How many capitalised words a place's name may run to ("New York", "Rio de Janeiro" is cut short). */
const NAME_WORDS = 3;

/** The index of the first token after the capitalised words of a name starting at `k`. */
function afterAName(tokens: Token[], k: number): number {
	let j = k;
	while (j < tokens.length && j - k < NAME_WORDS && tokens[j].kind === 'word' && /^\p{Lu}/u.test(tokens[j].text)) j++;
	return j;
}

/**
 * Schedule verbs whose bare form is as often an adjective or a noun ("stayed open", "a strong start",
 * "the end") or another verb's infinitive ("to take"): a schedule only after a plural subject ("talks
 * open", "classes start", "its provisions take effect").
 */
const BARE_SCHEDULE = new Set(['open', 'start', 'end', 'go', 'play', 'follow', 'take', 'close', 'run', 'face', 'host', 'hold', 'stage', 'sit', 'fly', 'sail']);
/** Articles of one thing: the bare form two words after one is a noun ("a confidence vote"), never its verb. */
const SINGULAR_ARTICLES = new Set(['a', 'an', 'another', 'each', 'every']);
/** Words after a verb that begin the time of the act itself ("warned on Friday", "predicted last week"). */
const DAY_OF_THE_ACT = new Set(['on', 'in', 'at', 'last', 'this', 'yesterday', 'today', 'earlier', 'overnight', 'late', 'early', 'during', 'before', 'after', 'by', 'until', 'since']);
/** The names of the days of the week, in lower case. */
const WEEKDAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Units a time is counted back in ("two days earlier", "a week before"). */
const COUNTED_UNITS = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight', 'month', 'months', 'year', 'years']);

/**
 * Whether the words after a verb of foretelling at `i` date the foretelling itself: a bare weekday ("warned
 * Friday that …", though "predicted Friday would be the hottest day" foretells it) or a time counted back
 * ("had been warned two days earlier", "forecast it a week before").
 */
function namesTheForetellingsDay(tokens: Token[], i: number): boolean {
	if (WEEKDAY_WORDS.has(wordAt(tokens, i + 1))) return !(classOf(wordAt(tokens, i + 2)) & (MODAL_FUTURE | MODAL_CONDITIONAL));
	for (let k = i + 2; k <= i + 4; k++) {
		const w = wordAt(tokens, k);
		if (w === 'earlier' || w === 'ago' || w === 'before') return COUNTED_UNITS.has(wordAt(tokens, k - 1));
	}
	return false;
}

/**
 * Verbs an adjective follows ("stays open", "keeps open"), which end in "s" like a plural subject; those of
 * the verb lexicon ("remains", "is", "seems") are told apart by it.
 */
const LINKING = new Set(['stays', 'keeps', 'looks']);

/**
 * Pronouns a bare present verb agrees with: "they face West Ham on Sunday", "we meet on Friday", "on the 10th
 * I start walking", "you leave at dawn", and the relatives "which" and "who", whose bare verb can only be a
 * present's ("the Games, which open in Paris in July").
 */
const BARE_PRESENT_PRONOUNS = new Set(['i', 'you', 'they', 'we', 'which', 'who']);

/** Whether `prev` is a subject a bare present verb agrees with: one of those pronouns, or a plural noun. */
function afterBarePresentSubject(prev: string): boolean {
	if (BARE_PRESENT_PRONOUNS.has(prev)) return true;
	return prev.length > 2 && prev.endsWith('s') && !prev.endsWith('ss') && !LINKING.has(prev) && classOf(prev) === 0;
}

/**
 * "Brazil play Colombia", "Celtic host Rangers": a team's name takes the plural verb, and its opponent's
 * follows. The name may be set off by an aside in commas ("Leeds, fourth in the table, play Chelsea").
 */
function betweenTeams(tokens: Token[], i: number): boolean {
	const before = tokens[i - 1];
	const after = tokens[i + 1];
	return !!before && !!after && (before.text === ',' || (before.kind !== 'punct' && /^\p{Lu}\p{Ll}/u.test(before.text))) && after.kind !== 'punct' && /^\p{Lu}\p{Ll}/u.test(after.text);
}

/** How many tokens an aside between a subject and its verb may hold (", held in Africa for the first time,"). */
const ASIDE_TOKENS = 12;

/**
 * The word before an aside in commas that ends just before token `i`: "championships" in "The championships,
 * held in Africa for the first time, end on Sunday", whose number the verb after the aside agrees with; ''
 * when no such aside ends there.
 */
function subjectBeforeAside(tokens: Token[], i: number): string {
	if (tokens[i - 1]?.text !== ',') return '';
	for (let j = i - 2; j > 0 && i - j <= ASIDE_TOKENS; j--) {
		// "Sir Christopher Soames and Mr. George Thomson": an abbreviation's stop goes on with the aside.
		if (tokens[j].kind !== 'punct' || (tokens[j].text === '.' && takesAStop(wordAt(tokens, j - 1)))) continue;
		return tokens[j].text === ',' && j < i - 2 ? wordAt(tokens, j - 1) : '';
	}
	return '';
}

/** Whether the "have" at token `i` makes a perfect: a participle or "been" follows it, perhaps after an adverb. */
function perfectAfterHave(tokens: Token[], i: number): boolean {
	const next = wordAt(tokens, i + 1);
	const after = PERFECT_ADVERBS.has(next) ? wordAt(tokens, i + 2) : next;
	return isParticiple(after) || after === 'been';
}

/** Objects of "have" a participle after them describes ("have none left", "had it mended"): no perfect's participle. */
const OBJECTS_BEFORE_A_PARTICIPLE = new Set(['none', 'nothing', 'something', 'anything', 'it', 'them', 'him', 'her', 'us', 'me']);
/** Words that open a noun phrase: after "have", the object a participle after it describes ("have the stand rebuilt"). */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'his', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those']);

/** Words that may stand between "have" and its participle: "have all been paid", "has already left". */
const PERFECT_ADVERBS = new Set(['all', 'both', 'already', 'just', 'now', 'never', 'also', 'since', 'long', 'recently', 'finally', 'each', 'ever', 'only', 'twice', 'once']);

/** Nouns of what is foretold, before the present of "be": "the forecast is", "the outlook is". */
const FORECAST_NOUNS = new Set(['forecast', 'forecasts', 'outlook', 'prediction', 'predictions', 'prospect', 'prospects']);

/** Verbs whose object an adjective after it describes: "declared the Games open", "kept the shops open". */
const COMPLEMENT_TAKERS = new Set([
	'declare', 'declares', 'declared', 'keep', 'keeps', 'kept', 'leave', 'leaves', 'left', 'find', 'finds', 'found',
	'throw', 'throws', 'threw', 'thrown', 'force', 'forces', 'forced', 'hold', 'holds', 'held', 'prop', 'propped'
]);

/** Verbs whose object a bare infinitive follows: "let two hostages go", "made the crowd wait". */
const CAUSATIVES = new Set(['let', 'lets', 'letting', 'make', 'makes', 'made', 'making', 'help', 'helps', 'helped', 'watched', 'saw', 'heard']);

/** How many words an object may hold between such a verb and the word after it. */
const OBJECT_WORDS_AFTER_VERB = 4;

/**
 * Whether the word at token `i` follows one of `verbs` and its short object, in the same clause: a causative's
 * bare infinitive ("let two sick hostages go"), or the adjective a verb puts its object in ("declared the
 * Games open").
 */
function afterVerbAndObject(tokens: Token[], i: number, verbs: ReadonlySet<string>): boolean {
	for (let j = i - 2; j >= 0 && i - j <= OBJECT_WORDS_AFTER_VERB + 1; j--) {
		if (tokens[j].kind === 'punct') return false;
		if (verbs.has(tokens[j].lower)) return true;
	}
	return false;
}

/** Verbs that keep their object in a state a participle names ("keep the factory fully employed"). */
const KEEPING = new Set(['keep', 'keeps', 'kept', 'keeping', 'leave', 'leaves', 'leaving']);

/** Verbs of staying, after which a participle names a state ("remain closed", "stayed shut"). */
const STAYING = new Set(['remain', 'remains', 'remained', 'stay', 'stays', 'stayed']);

/** Past forms that are as often nouns ("a rate cut", "the first bid"). */
const NOUN_LIKE_PASTS = new Set(['cut', 'bid', 'hit', 'cost', 'set', 'shot', 'spread']);

/**
 * Past forms far more often nouns, and the words after them that make them verbs: "the talks ground to a
 * halt", "the war ground on", "the meeting wound up" ("on high ground in Scotland", "a wound in his leg").
 */
const PASTS_OF_NOUNS = new Map([
	['ground', new Set(['to', 'down', 'on', 'out', 'up', 'through', 'into', 'away', 'along', 'forward'])],
	['wound', new Set(['up', 'down', 'through', 'its', 'his', 'her', 'their', 'around', 'round', 'along'])]
]);

/** Participles that name a plan or a forecast when they follow their noun: "a storm expected on Sunday". */
const REDUCED_PLANS = new Set(['expected', 'scheduled', 'slated', 'planned', 'forecast', 'predicted', 'anticipated']);
/** Words after such a participle that show it has no object: a time or the words leading to one. */
const PLAN_PARTICIPLE_NEXT = new Set(['on', 'in', 'at', 'for', 'by', 'around', 'late', 'early', 'later', 'next', 'this', 'tomorrow', 'tonight', 'overnight', 'within']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'which', 'that']);
/** Nouns of a time that a participle after them may say how it was set ("the day fixed for", "the date set by"). */
const SETTING_A_TIME = new Set(['day', 'date', 'deadline', 'hour']);

/** How many tokens before a plan's participle are searched for a verb that looks ahead. */
const AHEAD_REACH = 16;

/** Whether a modal of the future or the conditional, or "ahead of", comes shortly before token `i` in its sentence. */
function looksAheadBefore(tokens: Token[], i: number): boolean {
	for (let k = i - 1; k >= 0 && k >= i - AHEAD_REACH; k--) {
		const word = wordAt(tokens, k);
		if (classOf(word) & (MODAL_FUTURE | MODAL_CONDITIONAL)) return true;
		if (word === 'ahead' && wordAt(tokens, k + 1) === 'of') return true;
	}
	return false;
}

/**
 * Nouns that follow "to" with no article ("went to war", "came to power", "a call to police", "was beaten to
 * death", "rose to fame"): no infinitive.
 */
const PLACES_GONE_TO = new Set('war power court prison jail hospital school work office sea trial bed church market town parliament police congress death fame'.split(' '));

/** Whether `word` after "to" is a noun: one of those, but "to police the border" is a verb with its object. */
function nounAfterTo(word: string, next: string): boolean {
	return PLACES_GONE_TO.has(word) && !(word === 'police' && classOf(next) & DETERMINER);
}

/** Participles that give the cause of what their clause tells ("rose 5%, driven by exports"). */
const CAUSE_PARTICIPLES = new Set(['helped', 'aided', 'driven', 'boosted', 'buoyed', 'lifted', 'spurred', 'fuelled', 'fueled', 'hit', 'hurt', 'dragged', 'weighed', 'hampered', 'offset']);

/** Reads the verb group ending at or starting at token `i`; null when token `i` says nothing. */
function classify(tokens: Token[], i: number): VerbTense | null {
	const t = tokens[i];
	if (t.kind !== 'word') return null;
	const w = lower(t);
	const flags = classOf(w);
	const edLike = w.length > 4 && w.endsWith('ed');
	const prev = i > 0 && tokens[i - 1].kind === 'word' ? lower(tokens[i - 1]) : '';
	// "a transition period that ends on 31 December": a verb in the present right after a relative pronoun.
	if (flags === 0 && (prev === 'that' || prev === 'which') && /^\p{Ll}{2,}[^s]s$/u.test(t.text) && !w.endsWith('ss')) return { tense: 'present', perfect: false, cue: { start: t.start, end: t.end } };
	if (flags === 0 && !edLike && !FORETELLING_VERBS.has(w) && !EXPECTING_VERBS.has(w) && !(i > 0 && tokens[i - 1].lower === 'to')) return null;
	const prev2 = i > 1 && tokens[i - 2].kind === 'word' ? lower(tokens[i - 2]) : '';
	const next = i + 1 < tokens.length && tokens[i + 1].kind === 'word' ? lower(tokens[i + 1]) : '';
	const prevFlags = classOf(prev);
	// The word before, or the auxiliary before "not" ("did not say", "does not expect").
	const auxiliaryFlags = prev === 'not' ? classOf(prev2) : prevFlags;
	const cue = { start: t.start, end: t.end };

	if (monthMay(tokens, i)) return null;
	// "at 4am on Monday": the clock's "am", not the verb.
	if (w === 'am' && i > 0 && tokens[i - 1].kind === 'number') return null;
	if (flags & MODAL_FUTURE) return { tense: 'future', perfect: false, cue };
	if (negatedCould(tokens, i)) return { tense: 'past', perfect: false, cue };
	// "she'd gone", "they'd left": before a participle, "'d" is "had".
	if (flags & MODAL_CONDITIONAL && CONTRACTED.test(w) && isParticiple(next) && !(classOf(next) & PRESENT_VERB)) return { tense: 'past', perfect: true, cue };
	// "would have been held" looks back at a plan undone; "would have a new mayor by May" is the verb "have".
	if (flags & MODAL_CONDITIONAL) return { tense: 'conditional', perfect: next === 'have' && perfectAfterHave(tokens, i + 1), cue };
	// "the public can visit the tunnel on Saturday": what can be done is yet to do ("cannot confirm reports
	// of a raid on Friday", "can be seen", "can have" speak of now).
	if (flags & MODAL_PRESENT) return { tense: w === 'can' && next !== 'be' && next !== 'have' ? 'future' : 'present', perfect: false, cue };
	if (w === 'going' && next === 'to') return { tense: 'future', perfect: false, cue };
	// "planned a rally on Saturday": a plan with its object, made before the writing.
	const planObject = (flags & FUTURE_CUE) !== 0 && (w === 'planned' || w === 'scheduled' || w === 'called') && /^(a|an|the|new|another|their|its|his|her)$/.test(next);
	// "Rents fell due at Michaelmas", "the loan falls due in May": the verb before says when it became payable.
	if (w === 'due' && BECAME.has(prev)) return null;
	// "an election due on 29 April", "had been due back on September 13": "due" before the time it names.
	const dueAt = w === 'due' && DUE_AT.has(next === 'back' ? wordAt(tokens, i + 2) : next);
	// "relief expected after June 1", "a ruling expected on Friday": what is expected, set beside its time.
	const expectedAt = w === 'expected' && EXPECTED_AT.has(next) && !(prevFlags & (BE_PRES | BE_PST | HAVE_PRES | HAVE_PST | DETERMINER));
	// "its plan to the ministry", "due to the storm": "to" before an article leads a noun, no infinitive.
	const toAVerb = next === 'to' && !(classOf(wordAt(tokens, i + 2)) & DETERMINER);
	// "is fixed for the 14th", "was booked for Friday": these verbs make a plan only before "for" ("the roof
	// was fixed on Monday" tells of the mending); after the noun of a time they say how it was set ("the day
	// fixed for the king").
	const arrangedFor = next === 'for' && ARRANGED_FOR.has(w) && !SETTING_A_TIME.has(prev);
	// "a run had set in on Saturday", "had set out on Monday": "set" with its particle is another verb, no plan.
	const phrasalSet = w === 'set' && SET_PARTICLES.has(next);
	if ((flags & FUTURE_CUE || arrangedFor) && !phrasalSet && (toAVerb || next === 'for' || planObject || dueAt || expectedAt || prevFlags & (FUTURE_CUE | BE_PRES | BE_PST | HAVE_PRES | HAVE_PST))) {
		// "was scheduled for Friday", "had been due to expire", "planned a rally on Saturday": a plan made
		// before the writing, for a time on either side of it.
		const apposed = planInCommas(tokens, i);
		if (apposed) return apposed === 'past' ? { tense: 'past', perfect: false, cue, prospective: true } : { tense: 'future', perfect: false, cue };
		const presentAux = (prevFlags & (BE_PRES | HAVE_PRES | MODAL_FUTURE)) !== 0 || prev === 'to' || presentPerfectBeen(tokens, i - 1);
		// "originally due in September", "initially set for March", ", first set for": a plan since changed, so
		// made before.
		const pastPlan =
			isPastAux(tokens, i - 1) ||
			isPastAux(tokens, i - 2) ||
			FORMER_PLAN.has(prev) ||
			(prev === 'first' && tokens[i - 2]?.text === ',') ||
			(!presentAux && pastForm(w) && w !== 'set' && !expectedAt) ||
			participleOfAPastClause(tokens, i);
		return pastPlan ? { tense: 'past', perfect: false, cue, prospective: true } : { tense: 'future', perfect: false, cue };
	}
	// "Forecasters predicted heavy rain in mid-June", "warned of famine by August": what was foretold lies
	// ahead of the foretelling, on either side of the writing; "warned on Friday" names the warning's day.
	// "is forecast to last until Monday": foretold in the present, it lies ahead.
	if (FORETELLING_VERBS.has(w) && prevFlags & (BE_PRES | MODAL_FUTURE)) return { tense: 'future', perfect: false, cue };
	if (FORETELLING_VERBS.has(w) && next && !DAY_OF_THE_ACT.has(next) && !namesTheForetellingsDay(tokens, i) && !(prevFlags & DETERMINER)) return { tense: 'past', perfect: false, cue, prospective: true, foretold: true };
	// "called for a freeze over the winter": what is called for lies ahead of the call, though "called for
	// calm on Sunday" names the call's day as often (so a weekday stays the call's: no plan).
	// ("has been called for Monday" is a passive: the meeting called.)
	if (w === 'called' && next === 'for' && prev !== 'been' && prev !== 'being' && !(prevFlags & (DETERMINER | BE_PRES | BE_PST | HAVE_PRES | HAVE_PST))) return { tense: 'past', perfect: false, cue, foretold: true };
	// "The bank expects growth in July", "anticipates no change before Saturday": what is expected lies ahead of
	// the expecting; "I'd expect a cut" hedges the same expectation. After "not" or another auxiliary ("did not
	// expect"), the auxiliary further left decides.
	if (EXPECTING_VERBS.has(w) && next && prev !== 'to' && prev !== 'not' && !(prevFlags & (DETERMINER | DO_PRES | DO_PST | MODAL_FUTURE | MODAL_PRESENT))) return { tense: 'future', perfect: false, cue };
	// "does not expect a recovery before March", "do not anticipate": what is expected or not in the present
	// lies ahead all the same ("did not expect" is told in the past, by its auxiliary).
	if (EXPECTING_VERBS.has(w) && next && auxiliaryFlags & DO_PRES) return { tense: 'future', perfect: false, cue };
	// "Labour groups plan rallies on Saturday", "proposes a return match in March": what is planned or
	// proposed lies ahead of the planning ("a peace plan on Friday", "unveiled plans for a rally" are nouns).
	if (PLANNING.has(w) && next && !AFTER_A_VERB.has(next) && !DAY_OF_THE_ACT.has(next) && prev !== 'to' && prev !== 'not' && !(prevFlags & (DETERMINER | DO_PRES | DO_PST | MODAL_FUTURE | MODAL_CONDITIONAL | MODAL_PRESENT)) && !pastForm(prev)) return { tense: 'future', perfect: false, cue };
	// "the slated visit in September", "the planned rally on Saturday": a plan named as a thing, for a time
	// on either side of the writing.
	if (flags & FUTURE_CUE && prevFlags & DETERMINER && /(?:ed|ing)$|^(?:upcoming|forthcoming|set|due)$/.test(w)) {
		return { tense: 'past', perfect: false, cue, prospective: true };
	}
	if (flags & BE_PRES) {
		if (next === 'to' || (next === 'going' && wordAt(tokens, i + 2) === 'to')) return { tense: 'future', perfect: false, cue };
		// "the forecast is for a cool evening, with a low of 9C overnight": what a forecast is, lies ahead.
		if (FORECAST_NOUNS.has(prev)) return { tense: 'future', perfect: false, cue };
		return { tense: 'present', perfect: false, cue };
	}
	if (flags & (BE_PST | DO_PST)) return { tense: 'past', perfect: false, cue };
	if (flags & HAVE_PST) return { tense: 'past', perfect: isParticiple(next) || next === 'been', cue };
	if (flags & HAVE_PRES) {
		// ("the bills have all been paid", "has already left": a word between "have" and its participle.)
		if (perfectAfterHave(tokens, i) || next === 'not') return { tense: 'past', perfect: true, cue };
		// "Workers who have to work on Friday": what one has to do lies ahead.
		if (next === 'to') return { tense: 'future', perfect: false, cue };
		// "will have the better view in February": after a modal, "have" is the verb, and the modal decides; after
		// "to" it is an infinitive ("hope to have my leave in the new year"), which the verb before governs.
		if (prevFlags & (MODAL_FUTURE | MODAL_CONDITIONAL | MODAL_PRESENT) || prev === 'to') return null;
		return { tense: 'present', perfect: false, cue };
	}
	// "will do so", "could say": after a modal the bare verb is the modal's, which lies further left, and so
	// it is after "do" and "not" ("did not say on Friday", "does not need"); "the reports", "the means" are
	// nouns; after "to" ("is expected to admit it") it is an infinitive, read below.
	if (flags & (DO_PRES | PRESENT_VERB) && prev !== 'to') {
		const noun = flags & PRESENT_VERB && !(flags & DO_PRES) && prevFlags & DETERMINER;
		const auxiliaryBefore = auxiliaryFlags & (MODAL_FUTURE | MODAL_CONDITIONAL | MODAL_PRESENT | DO_PRES | DO_PST);
		return noun || (prevFlags & (MODAL_FUTURE | MODAL_CONDITIONAL | MODAL_PRESENT)) || (flags & PRESENT_VERB && auxiliaryBefore) ? null : { tense: 'present', perfect: false, cue };
	}
	// "The sidecar race, run on Monday, went to …": an event's participle set off by commas after its noun
	// is told in the tense of the verb after them.
	if (APPOSED_EVENTS.has(w) && tokens[i - 1]?.text === ',' && tokens[i - 2]?.kind === 'word' && !readingInCommas) {
		// (The verb after the commas may look back at this one, "sailed for St Helena in August, and died":
		// it is read once.)
		readingInCommas = true;
		let apposed: Tense | null;
		try {
			apposed = inCommasAfterANoun(tokens, i);
		} finally {
			readingInCommas = false;
		}
		if (apposed) return { tense: apposed, perfect: false, cue };
	}
	// "The ceasefire begins at noon Saturday": a schedule, in the simple present.
	// After a modal or "do" ("could meet", "did not meet") the auxiliary, further left, decides; "the
	// slated visit of", "a vote on", "a ban on travel" are nouns.
	const auxiliary = prevFlags & (MODAL_FUTURE | MODAL_CONDITIONAL | MODAL_PRESENT | DO_PRES | DO_PST);
	// "two plays", "3 races": a counted noun ("Round 3 begins", "the two meet" are verbs); "runs" is the verb
	// only before the stretch it names ("the festival runs until Sunday"; "test runs on Tuesday" are nouns).
	// "close" before "to" is near ("sources close to the talks"), not shut.
	const counted =
		(COUNTABLE_SCHEDULES.has(w) && afterACount(tokens, i, prev)) ||
		(w.endsWith('s') && ((afterACount(tokens, i, prev) && !afterANumberedName(tokens, i)) || afterAPluralCount(tokens, i) || afterAPlaceInAFiniteClause(tokens, i))) || ((w === 'runs' || w === 'run') && !RUNS_A_STRETCH.has(next)) || (w === 'close' && next === 'to');
	// "a confidence vote on March 28": after a singular article and a noun, a verb would take "-s".
	const compound = SINGULAR_ARTICLES.has(prev2) && !w.endsWith('s');
	// "opens on Saturday and runs until 30 September", "opened on June 14 and shuts at 11pm": a verb in "-s"
	// joined by "and" before the stretch, day or hour it names goes on with the subject's schedule ("walks
	// and runs" alone are nouns).
	// ("opened its hearing yesterday and sits again on Friday": "again" may stand before the day, and so may a
	// place by its name: "enters the Pyrenees tomorrow, and ends in Pau on Sunday".)
	// ("and leaves for Vienna on Thursday", "and sails for New York at noon": so may the place it goes to.)
	const placeNamed = PLACE_LEADS.has(next) && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '');
	const dayWord = next === 'again' ? wordAt(tokens, i + 2) : placeNamed ? wordAt(tokens, afterAName(tokens, i + 2)) : next;
	// "they travel to Washington on Tuesday, and play two shows on Wednesday": a bare form after ", and",
	// before its object, shares the subject of the clause before.
	const joinedBare = prev === 'and' && tokens[i - 2]?.text === ',' && BARE_SCHEDULE.has(w) && (tokens[i + 1]?.kind === 'number' || COUNT_WORDS.has(next) || (classOf(next) & DETERMINER) !== 0);
	// ("closed on Monday and reopen on Friday": a bare form that is never a noun joins as the "-s" form does.)
	const joinedSchedule = ((prev === 'and' || prev === 'or') && (w.endsWith('s') || !BARE_SCHEDULE.has(w)) && (RUNS_A_STRETCH.has(dayWord) || dayWord === 'on' || dayWord === 'at')) || joinedBare;
	const noun =
		(prevFlags & (DETERMINER | FUTURE_CUE) && prev !== 'that' && prev !== 'which') || next === 'of' || (AFTER_A_VERB.has(prev) && !joinedSchedule) || prev === 'of' || counted || compound;
	// "declared the Games open", "kept the shops open": the state a verb's object is put in, an adjective.
	const complement = w === 'open' && afterVerbAndObject(tokens, i, COMPLEMENT_TAKERS);
	// "the Western & Southern Open", "Meet the Press": a capital inside a sentence makes a name.
	const named = prev !== '' && /^\p{Lu}/u.test(t.text);
	// "let two sick hostages go on Thursday": a bare infinitive after a causative's object takes its tense.
	const bareInfinitive = BARE_SCHEDULE.has(w) && afterVerbAndObject(tokens, i, CAUSATIVES);
	if (flags & SCHEDULE && !auxiliary && !noun && !named && !bareInfinitive && !complement && prev !== 'to' && prev !== 'not' && (!BARE_SCHEDULE.has(w) || joinedBare || afterBarePresentSubject(prev) || betweenTeams(tokens, i) || afterBarePresentSubject(subjectBeforeAside(tokens, i)))) {
		return { tense: 'future', perfect: false, cue, scheduled: true };
	}

	// After "to" a verb is an infinitive ("plans to put"), whatever its form elsewhere.
	const participle = prev !== 'to' && (isVerbalEd(w, flags) || (flags & (IRREG_PAST | IRREG_PARTICIPLE)) !== 0) && (PASTS_OF_NOUNS.get(w)?.has(next) ?? true);
	if (participle) {
		// "the bullet that tore through his window": after a relative pronoun a past form is the verb.
		const relative = (prev === 'that' || prev === 'which' || prev === 'who') && (flags & IRREG_PAST || isVerbalEd(w, flags));
		// "the armed group", "the first crewed flight": an adjective before its noun ("the first emerged at" is a verb).
		// "the first cut in June", "the second bid for": past forms that are nouns too, after "the first".
		const beforeNoun = next !== '' && (!AFTER_A_VERB.has(next) || NOUN_LIKE_PASTS.has(w));
		if ((prevFlags & DETERMINER || (ORDINAL_ADJECTIVES.has(prev) && classOf(prev2) & DETERMINER && beforeNoun)) && !relative) return null;
		// "a new state-owned concern", "Russian-backed rebels": a compound participle before its noun is an adjective.
		if (beforeNoun && w.includes('-') && !relative) return null;
		// "8,000 illuminated balloons", "two wounded men": an adjective after a count ("20 died on Friday" is a verb).
		if (beforeNoun && afterACount(tokens, i, prev)) return null;
		// "released on damaged reefs", "with armed guards": an adjective after a preposition.
		if (beforeNoun && BEFORE_AN_ADJECTIVE.has(prev)) return null;
		// "getting beat up", "being held": the verb group's tense lies further left; so does that of a set
		// phrase ("will be published as planned on Thursday").
		if (/^(getting|being|get|gets|as)$/.test(prev)) return null;
		// "expects to return to profit next year, helped by holiday traffic in February": a participle of cause
		// trailing its clause is of that clause's time.
		if (CAUSE_PARTICIPLES.has(w) && next === 'by' && tokens[i - 1]?.text === ',') return null;
		// "will take place on the day fixed for King Edward's, May 12", "is due on the date set by the court":
		// a participle after the noun of a time says how the time was set; the clause's verb tells when it falls.
		if (SETTING_A_TIME.has(prev) && (next === 'for' || next === 'by')) return null;
		// "would open at noon and remain closed on Friday": after a verb of staying a participle is a state,
		// told in that verb's tense ("remained closed"), or in its auxiliary's, further left, when it is bare.
		if (STAYING.has(prev)) return null;
		// "to keep the factory fully employed until the spring": the state a verb keeps its object in, told in
		// that verb's tense ("hold a man arrested on Thursday" tells of the arrest).
		if (afterVerbAndObject(tokens, i, KEEPING)) return null;
		// "will be shared equally and presented on Dec. 10": a participle joined to one before it shares its
		// auxiliary.
		// So does one after "and then" ("will be grown in tanks and then released in January").
		const joiner = prev === 'then' ? prev2 : prev;
		if (joiner === 'and' || joiner === 'or') {
			// ("will be opened in Church Street on Monday, and kept open": a comma may close the first.)
			const before = prev === 'then' ? i - 3 : i - 2;
			const joined = joinedParticiple(tokens, tokens[before]?.text === ',' ? before - 1 : before);
			if (joined) return { ...joined, cue };
		}
		// The auxiliary before a participle decides: "will be held", "is expected", "has been seized".
		// "was due to be voted on in May": the plan's verb before "to" says when it was made.
		if (prev === 'be' && prev2 === 'to') {
			const taker = infinitiveTaker(tokens, i - 3);
			return taker >= 0 ? planFrom(tokens, taker, cue) : { tense: 'future', perfect: false, cue };
		}
		// "ordered that the ruins be cleared by Saturday": a bare "be" with no modal or "to" before it is what an
		// order or a demand wants done, ahead of it.
		if (prev === 'be' && prev2 !== 'not' && !(classOf(prev2) & (MODAL_FUTURE | MODAL_CONDITIONAL | MODAL_PRESENT))) return { tense: 'future', perfect: false, cue };
		for (let k = i - 1; k >= i - 3; k--) {
			if (k >= 0 && tokens[k].kind === 'punct') break;
			if (monthMay(tokens, k)) break;
			const aux = wordAt(tokens, k);
			// "we shall have none left", "had it mended": after an object the participle describes it; the verb
			// before the object decides.
			// ("expects to have the stand rebuilt by March": so after a noun phrase.)
			if ((OBJECTS_BEFORE_A_PARTICIPLE.has(aux) || NOUN_PHRASE_OPENERS.has(aux)) && classOf(wordAt(tokens, k - 1)) & (HAVE_PRES | HAVE_PST)) return null;
			const a = classOf(aux);
			if (a & MODAL_PRESENT) return { tense: 'present', perfect: false, cue };
			if (a & MODAL_FUTURE) return { tense: 'future', perfect: false, cue };
			if (negatedCould(tokens, k)) return { tense: 'past', perfect: false, cue };
			// "she'd left": "'d" before a participle is "had".
			if (a & MODAL_CONDITIONAL && CONTRACTED.test(aux)) return { tense: 'past', perfect: true, cue };
			if (a & MODAL_CONDITIONAL) return { tense: 'conditional', perfect: false, cue };
			if (a & BE_PRES) return { tense: 'present', perfect: false, cue };
			if (a & BE_PST) return { tense: 'past', perfect: false, cue };
			// "having beaten Arsenal on Saturday": a perfect participle tells of what came before its clause's event.
			if (aux === 'having') return { tense: 'past', perfect: true, cue };
			if (a & (HAVE_PRES | HAVE_PST)) {
				// "would have been held on April 16" (a plan undone) and "will have left" look ahead; "could have
				// been killed on Friday", "should have been at work" look back, as the plain perfect does.
				const modal = wordAt(tokens, k - 1);
				if (modal === 'would' || modal === "'d") return { tense: 'conditional', perfect: true, cue };
				if (classOf(modal) & MODAL_FUTURE) return { tense: 'future', perfect: true, cue };
				// "was to have opened on Saturday", "were to have been relieved in March": a plan made in the past
				// and undone, for a time on either side of the writing.
				if (modal === 'to' && classOf(wordAt(tokens, k - 2)) & BE_PST) return { tense: 'past', perfect: false, cue, prospective: true, undone: true };
				return { tense: 'past', perfect: true, cue };
			}
		}
		if (flags & IRREG_PARTICIPLE && !(flags & IRREG_PAST)) return null;
		// "ahead of a cool change expected late on Sunday": a plan's participle after its noun, with no object,
		// is the plan's, not a verb told in the past; its time may come after the telling.
		// Only where the clause before looks ahead ("would reach 44C on Saturday, ahead of a cool change
		// expected late on Sunday"); "The storm expected on Sunday never came" tells of one gone by.
		if (REDUCED_PLANS.has(w) && PLAN_PARTICIPLE_NEXT.has(next) && !SUBJECT_PRONOUNS.has(prev) && looksAheadBefore(tokens, i)) return { tense: 'past', perfect: false, cue, prospective: true };
		return { tense: 'past', perfect: false, cue };
	}
	// "agreed to meet on Friday", "expects the economy to recover in the second half": an infinitive after a
	// verb of planning (and its object) looks ahead from that verb.
	const taker = prev === 'to' && /^\p{Ll}/u.test(t.text) && !(flags & DETERMINER) && !w.endsWith('ing') && !nounAfterTo(w, next) ? infinitiveTaker(tokens, i - 2) : -1;
	if (taker >= 0) {
		return planFrom(tokens, taker, cue);
	}
	return null;
}

/**
 * How far before "and" the participle it joins may stand ("shared equally and", "held in Paris and", "grown in
 * tanks for six weeks and").
 */
const JOINED_REACH = 7;

/**
 * The tense of the verb group of a participle at or just before token `k`, the word before "and": "will
 * be shared equally" in "will be shared equally and presented". Null when none stands there.
 */
function joinedParticiple(tokens: Token[], k: number): VerbTense | null {
	for (let j = k; j >= 0 && j > k - JOINED_REACH; j--) {
		if (tokens[j].kind === 'number') continue;
		if (tokens[j].kind !== 'word') return null;
		const w = lower(tokens[j]);
		if (isVerbalEd(w, classOf(w)) || classOf(w) & IRREG_PARTICIPLE) return classify(tokens, j);
	}
	return null;
}

/** Words between an auxiliary and the participle it goes with: "is not expected", "was still due". */
const BETWEEN_AUX = new Set(['not', 'never', 'still', 'also', 'now', 'already', 'originally', 'initially']);

/**
 * The plan an infinitive after the verb at `taker` names: "is scheduled to close Monday" (and "is not
 * expected to end") is a plan in force, ahead; "was scheduled to", "agreed to" were made before, for a
 * time on either side of the writing.
 */
function planFrom(tokens: Token[], taker: number, cue: TextRange): VerbTense {
	// "had been told to expect to appear at 9am": an infinitive that takes another is itself planned by the
	// verb before its "to".
	if (wordAt(tokens, taker - 1) === 'to') {
		const outer = infinitiveTaker(tokens, taker - 2);
		if (outer >= 0) return planFrom(tokens, outer, cue);
	}
	const takerWord = wordAt(tokens, taker);
	let aux = taker - 1;
	if (BETWEEN_AUX.has(wordAt(tokens, aux))) aux--;
	// "would be asked to observe a silence on Sunday": a modal before the passive looks ahead with it.
	const modal = wordAt(tokens, aux) === 'be' ? classOf(wordAt(tokens, aux - 1)) : 0;
	if (modal & MODAL_FUTURE) return { tense: 'future', perfect: false, cue };
	if (modal & MODAL_CONDITIONAL) return { tense: 'conditional', perfect: false, cue };
	const presentPlan = (classOf(wordAt(tokens, aux)) & (BE_PRES | HAVE_PRES)) !== 0 || presentPerfectBeen(tokens, aux);
	const past = !presentPlan && (pastForm(takerWord) || (classOf(takerWord) & BE_PST) !== 0 || isPastAux(tokens, aux) || isPastAux(tokens, aux - 1) || participleOfAPastClause(tokens, taker));
	// "tried to flee on 11 December", "was able to land on Friday": what was tried or could be done was done
	// then, no plan for a time ahead.
	if (past && DONE_THEN.has(takerWord)) return { tense: 'past', perfect: false, cue };
	return past ? { tense: 'past', perfect: false, cue, prospective: true } : { tense: 'future', perfect: false, cue };
}

/** Words before an infinitive whose event, told in the past, came at their own time: an attempt, an ability. */
const DONE_THEN = new Set(['tried', 'able']);

/** Words an infinitive's object may hold between its verb and "to": "the economy", "its troops". */
const OBJECT_WORDS = 3;

/**
 * The token of the verb an infinitive hangs on, its "to" just after token `k`: that token itself ("agreed
 * to"), or a verb that takes an object before a short object ("urged the army to"); -1 when none.
 */
function infinitiveTaker(tokens: Token[], k: number): number {
	if (classOf(wordAt(tokens, k)) & INFINITIVE_TAKER) return k;
	// "agreed last weekend to keep", "voted on Friday to strike": the verb before a time phrase.
	const beforeTime = beforeATimePhrase(tokens, k);
	if (beforeTime >= 0 && classOf(wordAt(tokens, beforeTime)) & INFINITIVE_TAKER) return beforeTime;
	for (let j = k; j >= 0 && j >= k - OBJECT_WORDS; j--) {
		const word = wordAt(tokens, j);
		if (!word) return -1;
		const flags = classOf(word);
		if (j < k && flags & OBJECT_TAKER) return j;
		// Only nouns, names and determiners make an object; another verb ends the look.
		if (flags & ~DETERMINER || word.length > 4 && word.endsWith('ed')) return -1;
	}
	return -1;
}

/** Words that name the time in a phrase between a verb and its infinitive ("agreed last weekend to"). */
const TIME_NOUNS = new Set(['yesterday', 'today', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', ...WEEKDAY_WORDS]);
/** How many words such a phrase may hold ("on Friday night", "at the weekend", "late last week"). */
const TIME_PHRASE_WORDS = 4;

/**
 * The token before a time phrase that ends at token `k` ("last weekend", "on Friday", "yesterday"); -1 when
 * the words there are not one.
 */
function beforeATimePhrase(tokens: Token[], k: number): number {
	let named = false;
	let j = k;
	for (; j >= 0 && k - j < TIME_PHRASE_WORDS; j--) {
		const w = wordAt(tokens, j);
		if (TIME_NOUNS.has(w)) named = true;
		else if (!OPENING_WORDS.has(w)) break;
	}
	return named && j < k ? j : -1;
}

/** The index of the first token of `tokens` (sorted) that starts at or after `at`. */
function firstStartingAt(tokens: Token[], at: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

const OPENING_WORDS = new Set([
	'on', 'in', 'at', 'by', 'since', 'until', 'from', 'during', 'early', 'late', 'earlier', 'later', 'last', 'next', 'this', 'and', 'but', 'then', 'also', 'as', 'of', 'the',
	// "On the evening of May 5, they met", "By the end of the summer, …": a time phrase's own words.
	'morning', 'afternoon', 'evening', 'night', 'dawn', 'dusk', 'eve', 'hours', 'small', 'wee', 'weekend', 'week', 'day', 'midnight', 'noon',
	'end', 'start', 'beginning', 'middle', 'close', 'height', 'depths', 'outset', 'rest'
]);

/**
 * Where the tokens that can decide a tense lie: punctuation, words of the verb lexicon, "-ed" forms, "to"
 * and what follows it, clause openers. The readers jump from one to the next, so a long stretch of other
 * words (a list of names, a table of dates) costs nothing however many times it is crossed.
 */
export interface TenseCues {
	/** For each token, the first cue at or after it (the token count when none). */
	next: Int32Array;
	/** For each token, the last cue at or before it (-1 when none). */
	prev: Int32Array;
}

export function tenseCues(tokens: Token[]): TenseCues {
	const n = tokens.length;
	const cue = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const t = tokens[i];
		if (t.kind !== 'word') {
			cue[i] = 1;
			continue;
		}
		const w = t.lower;
		const prev = i > 0 && tokens[i - 1].kind === 'word' ? tokens[i - 1].lower : '';
		// A gerund after "after" or "since" is read by `readLeft` too ("after beating Denver on Thursday").
		// So is one after "before", whose clause's verb may stand further back.
		const eventBefore = gerundOfAnEventBefore(w, prev) || gerundOfAnEventAfter(w, prev);
		if (classOf(w) !== 0 || (w.length > 4 && w.endsWith('ed')) || w === 'to' || w === 'with' || CLAUSE_OPENERS.has(w) || prev === 'to' || eventBefore) cue[i] = 1;
	}
	const next = new Int32Array(n + 1);
	const prev = new Int32Array(n);
	next[n] = n;
	for (let i = n - 1; i >= 0; i--) next[i] = cue[i] ? i : next[i + 1];
	for (let i = 0; i < n; i++) prev[i] = cue[i] ? i : i > 0 ? prev[i - 1] : -1;
	return { next, prev };
}

/**
 * The tense governing `range` (a time expression, say) inside `sentence`. Tokens of `range` itself are
 * not read. Without a sentence, a window of the text around the range is used. `textTokens`, the tokens
 * of the whole text (or of the sentence), spare tokenizing the window again for each of many places in
 * one text, and `cues` (from `tenseCues` over those tokens) spare reading the tokens that cannot decide.
 */
export function tenseAt(text: string, range: TextRange, sentence?: TextRange, textTokens?: Token[], cues?: TenseCues): VerbTense {
	const from = Math.max(sentence?.start ?? 0, range.start - WINDOW_CHARS);
	const to = Math.min(sentence?.end ?? text.length, range.end + WINDOW_CHARS);
	const far = Math.min(sentence?.end ?? text.length, range.end + 2 * WINDOW_CHARS);
	const tokens = textTokens ?? tokenize(text, from, far);
	const find = (at: number) => firstStartingAt(tokens, at);
	const w = textTokens ? tokenWindow(tokens, range, from, to, far, find(from), find(to), find(far), find(range.start), find(range.end)) : tokenWindow(tokens, range, from, to, far, 0, find(to), tokens.length, find(range.start), find(range.end));
	return readTense(tokens, w, cues);
}

/** Token indices around a place: the window [lo, hi), [lo, hiFar) for a time that opens its clause, and the place's neighbours. */
interface TokenWindow {
	lo: number;
	hi: number;
	hiFar: number;
	firstRight: number;
	lastLeft: number;
}

/** The window from the first tokens starting at or after `from`, `to`, `far` and the place's ends. */
function tokenWindow(tokens: Token[], range: TextRange, from: number, to: number, far: number, atFrom: number, atTo: number, atFar: number, atStart: number, atEnd: number): TokenWindow {
	const lo = atFrom;
	let hi = atTo;
	while (hi > lo && tokens[hi - 1].end > to) hi--;
	let hiFar = atFar;
	while (hiFar > lo && tokens[hiFar - 1].end > far) hiFar--;
	const firstRight = Math.max(lo, atEnd);
	let lastLeft = Math.min(hi, atStart) - 1;
	while (lastLeft >= lo && tokens[lastLeft].end > range.start) lastLeft--;
	return { lo, hi, hiFar, firstRight, lastLeft };
}

/**
 * Reads tenses at places of one sentence, in the order of the text: the token positions it needs move
 * forward with the places, so a place costs no search through the sentence's tokens.
 */
export class TenseReader {
	private readonly cursors = new Int32Array(5);
	private readonly cues: TenseCues | undefined;

	constructor(
		private readonly tokens: Token[],
		private readonly sentence: TextRange
	) {
		// A short sentence is read whole in a few steps anyway; cues pay off in long ones (tables, lists).
		this.cues = tokens.length > LONG_SENTENCE ? tenseCues(tokens) : undefined;
	}

	/** The first token starting at or after `at`, searched from where the search of this kind last stopped. */
	private seek(kind: number, at: number): number {
		const tokens = this.tokens;
		let i = this.cursors[kind];
		if (i > 0 && tokens[i - 1].start >= at) i = firstStartingAt(tokens, at);
		else while (i < tokens.length && tokens[i].start < at) i++;
		this.cursors[kind] = i;
		return i;
	}

	at(range: TextRange): VerbTense {
		const from = Math.max(this.sentence.start, range.start - WINDOW_CHARS);
		const to = Math.min(this.sentence.end, range.end + WINDOW_CHARS);
		const far = Math.min(this.sentence.end, range.end + 2 * WINDOW_CHARS);
		const w = tokenWindow(this.tokens, range, from, to, far, this.seek(0, from), this.seek(1, to), this.seek(2, far), this.seek(3, range.start), this.seek(4, range.end));
		return readTense(this.tokens, w, this.cues);
	}
}

/** Particles that make another verb of "set": "set in", "set out", "set off", "set up", "set about". */
const SET_PARTICLES = new Set(['in', 'out', 'off', 'up', 'about', 'down', 'forth', 'sail', 'fire', 'foot']);

/** Words after "expected" that set it beside the time of what is expected. */
const EXPECTED_AT = new Set(['after', 'before', 'on', 'in', 'by', 'within', 'until', 'next', 'later', 'early', 'around']);

/** "after beating", "since winning": a gerund that tells of an event before the clause's. */
function gerundOfAnEventBefore(word: string, prev: string): boolean {
	return word.endsWith('ing') && (prev === 'after' || prev === 'since');
}

/** "before weakening": a gerund that tells of an event after the clause's. */
function gerundOfAnEventAfter(word: string, prev: string): boolean {
	return word.endsWith('ing') && prev === 'before';
}

/** Verbs in the present whose object is planned: "plan rallies", "proposes a return match". */
const PLANNING = new Set(['plans', 'plan', 'proposes', 'propose']);

/** Prepositions after "due" (or "due back") that name the time something is due. */
const DUE_AT = new Set(['on', 'in', 'by', 'at']);

/**
 * "set out at about 10 a.m. on New Year's Day, intending to be back by dusk": a plan in a present participle
 * set off after a clause told in the past was made then, for a time on either side of the writing.
 */
function participleOfAPastClause(tokens: Token[], i: number): boolean {
	if (!tokens[i].lower.endsWith('ing') || tokens[i - 1]?.text !== ',') return false;
	for (let j = i - 2; j >= 0 && i - j <= PARTICIPLE_CLAUSE_TOKENS; j--) {
		if (tokens[j].kind === 'punct' && CLAUSE_BREAKS.has(tokens[j].text)) return false;
		const found = tokens[j].kind === 'word' ? classify(tokens, j) : null;
		if (found) return found.tense === 'past';
	}
	return false;
}

/** How far back the clause a participle hangs on may have its verb. */
const PARTICIPLE_CLAUSE_TOKENS = 24;

/** Participles that name a plan before "for" only: "fixed for", "booked for". */
const ARRANGED_FOR = new Set(['fixed', 'booked', 'arranged', 'timetabled', 'pencilled', 'penciled', 'earmarked', 'rescheduled']);

/** Verbs of becoming before "due" ("fell due", "becomes due"): the payment's time, told in their tense. */
const BECAME = new Set(['fell', 'fall', 'falls', 'falling', 'fallen', 'became', 'become', 'becomes', 'becoming']);

/** Adverbs that make a plan one since given up or changed ("originally due in September"). */
const FORMER_PLAN = new Set(['originally', 'initially', 'previously', 'formerly']);

/** Plan words that may stand in commas after the noun they describe ("the vote, due on Thursday,"). */
const APPOSED_PLANS = new Set(['due', 'set', 'scheduled', 'slated', 'planned', 'expected', 'fixed', 'arranged', 'called', 'timetabled', 'booked']);

/** How many tokens a plan in commas may hold before its closing comma (", due at the pier at 5.58 a.m.,"). */
const APPOSED_PLAN_TOKENS = 12;

/** A letter of "a.m." or "p.m.", before one of its points. */
const MERIDIEM_LETTER = /^[apm]$/i;

/**
 * "Her landing, due on Thursday morning, had been put off", "The invasion, first set for Monday, was put
 * off": a plan set off by commas after its noun is told in the tense of the clause's verb after the closing
 * comma: a past one made it before the writing, for a time on either side of it; another looks ahead. Null
 * when the plan word is not so set off or no verb follows.
 */
function planInCommas(tokens: Token[], i: number): Tense | null {
	return APPOSED_PLANS.has(tokens[i].lower) ? inCommasAfterANoun(tokens, i) : null;
}

/** Participles of events that may stand in commas after the noun they describe ("the final, played on Sunday,", "the vote, taken at 10pm,"). */
const APPOSED_EVENTS = new Set(['run', 'held', 'played', 'staged', 'fought', 'contested', 'raced', 'taken']);
/** Whether the tense of the verb after such commas is being read. */
let readingInCommas = false;

/** The tense of the verb after the commas that set off the word at `i` (and "first" or "originally" before it). */
function inCommasAfterANoun(tokens: Token[], i: number): Tense | null {
	let open = i - 1;
	const adverb = wordAt(tokens, open);
	if (adverb === 'first' || FORMER_PLAN.has(adverb)) open--;
	if (tokens[open]?.text !== ',') return null;
	for (let k = i + 1; k < tokens.length && k - i <= APPOSED_PLAN_TOKENS; k++) {
		if (tokens[k].kind !== 'punct') continue;
		// ("due at the pier at 7.45 a.m., did not berth": the points of "a.m." close no clause.)
		if (tokens[k].text === '.' && MERIDIEM_LETTER.test(tokens[k - 1]?.text ?? '')) continue;
		if (tokens[k].text !== ',') return null;
		// "forced the downhill, first set for Feb. 11, to be moved": an infinitive is no clause's verb.
		if (wordAt(tokens, k + 1) === 'to') return null;
		for (let m = k + 1; m < tokens.length && m - k <= 3 && tokens[m].kind === 'word'; m++) {
			const found = classify(tokens, m);
			if (found) return found.tense === 'unknown' ? null : found.tense;
		}
		return null;
	}
	return null;
}

/**
 * Words that may join a clause of its own after a comma: ", and Tuesday's vote could…", ", after fires on
 * New Year's Eve destroyed…". The conjunctions always do; the others are as often prepositions (",
 * until Monday, when…"), so a clause they open needs its verb before the next comma.
 */
const CLAUSE_JOINERS = new Set(['and', 'but', 'after', 'before', 'since', 'until', 'as']);
const CONJUNCTIONS = new Set(['and', 'but']);

/**
 * Where a clause joined by a word of `CLAUSE_JOINERS` after a comma begins, when the time stands in its
 * first words, or further on in a phrase put before the joined clause's subject (", and in the match at
 * Melbourne in November we first bowled"); else -1.
 */
function joinedClauseStart(tokens: Token[], lastLeft: number, lo: number): number {
	for (let i = lastLeft, words = 0; i > lo && words < WINDOW_TOKENS; i--) {
		const t = tokens[i];
		if (t.kind === 'punct') return -1;
		if (CLAUSE_JOINERS.has(t.lower) && tokens[i - 1].text === ',') return words <= 2 || (CONJUNCTIONS.has(t.lower) && FRONTING_PREPOSITIONS.has(wordAt(tokens, i + 1))) ? i - 1 : -1;
		if (words >= 2 && CLAUSE_OPENERS.has(t.lower)) return -1;
		words++;
	}
	return -1;
}

function readTense(tokens: Token[], window: TokenWindow, cues?: TenseCues): VerbTense {
	const governing = readGoverningTense(tokens, window, cues);
	const described = describedByWhen(tokens, window);
	// The verb before the time still governs its words ("ran until 11.48pm on Thursday, when the chair
	// adjourned" adjourned nothing until Thursday); only its tense gives way to the clause that says what
	// happens at the time, and that clause's perfect looks back from the time, not to it.
	return described && described !== governing.tense ? { tense: described, perfect: false } : governing;
}

function readGoverningTense(tokens: Token[], window: TokenWindow, cues?: TenseCues): VerbTense {
	// "…have already voted, and Tuesday's election could take days": a time at the head of a joined clause
	// takes that clause's verb, after it; the verb before the comma only when there is none.
	const joined = joinedClauseStart(tokens, window.lastLeft, window.lo);
	if (joined >= 0) {
		// "…, and set Friday as the deadline": the joined clause's verb may also stand before the time.
		const own = readLeft(tokens, window, window.lastLeft, cues, joined + 2);
		if (own) return own;
		const right = readRight(tokens, window, cues, !CONJUNCTIONS.has(tokens[joined + 1].lower));
		// Read back from the comma itself, which may close a comparison in passing (", as planned, but on"); a
		// gerund after "before" or "after" tells of an event beside its clause's, whose verb may stand further
		// back ("is expected to pass closest to the island … on Thursday, about 60 km to the north-west, before
		// weakening over the weekend").
		const [opener, verb] = [wordAt(tokens, joined + 1), wordAt(tokens, joined + 2)];
		const gerund = gerundOfAnEventAfter(verb, opener) || gerundOfAnEventBefore(verb, opener);
		return right !== UNKNOWN ? right : readLeft(tokens, window, joined, cues, window.lo, joined, gerund ? 2 * WINDOW_TOKENS : WINDOW_TOKENS) ?? UNKNOWN;
	}
	// "said that on Thursday the first trains would leave": a time that opens a clause after "that" takes
	// that clause's verb, when it has one ("confirmed that on Monday." has none).
	if (opensAThatClause(tokens, window.lastLeft, window.lo)) {
		const own = readRight(tokens, window, cues, true);
		if (own !== UNKNOWN) return own;
	}
	const read = readLeft(tokens, window, window.lastLeft, cues) ?? readRight(tokens, window, cues);
	// "The paper says the floods of Saturday night were the worst": a time in the subject of a clause that a
	// present verb reports takes that clause's past. What was done to it may still lie ahead ("says the
	// concert on Saturday was called off", "has been called off").
	// So does one the clause looks ahead to ("officials say the vote on Tuesday will be close", "it is feared
	// that the inquest on Monday will be brief").
	if (read.tense === 'present' && read.cue && inAReportedSubject(tokens, window, read.cue)) {
		const reported = readRight(tokens, window, cues, true);
		if (reported.tense === 'future' && !reported.prospective) return reported;
		if (reported.tense === 'past' && !reported.perfect && reported.cue && !passiveAt(tokens, window, reported.cue)) return reported;
	}
	// "If the launch slips beyond Nov. 1, …": in a condition whose verb no word list knows, what it supposes
	// is still to come (a past one has a past verb, which is known by its form).
	if (read === UNKNOWN && inACondition(tokens, window)) return { tense: 'future', perfect: false };
	if (read.tense === 'past' && !read.perfect && read.cue && futureInThePast(tokens, window, read.cue)) return { tense: 'conditional', perfect: false, cue: read.cue };
	return read;
}

/**
 * The index of the token that starts at `cue`, looked for from token `from` back to token `to` (`step` -1) or
 * on to it (`step` 1); -1 when none does.
 */
function tokenAt(tokens: Token[], cue: TextRange, from: number, to: number, step: 1 | -1): number {
	for (let k = from; step > 0 ? k <= to : k >= to; k += step) if (tokens[k].start === cue.start) return k;
	return -1;
}

/** Present verbs that report a clause after them, "that" or not: "says the floods were". */
const REPORTING_PRESENT = new Set(
	'says say reports report claims claim insists insist believes believe thinks think admits admit argues argue estimates estimate suggests suggest writes write notes note'.split(' ')
);
/** Participles that report a clause after "is" or "are": "it is feared that", "it is thought". */
const REPORTING_PARTICIPLES = new Set('feared thought believed said reported understood hoped expected known'.split(' '));

/**
 * Whether the verb at `cue`, left of the time, is a present verb of reporting ("says", "is feared") and the
 * time stands in a noun phrase after it ("says the floods of Saturday night", "reports that the fire on
 * Monday"), not right after it ("says on Friday", the day of the saying).
 */
function inAReportedSubject(tokens: Token[], { lo, lastLeft }: TokenWindow, cue: TextRange): boolean {
	const verb = tokenAt(tokens, cue, lastLeft, lo, -1);
	if (verb < 0 || verb === lastLeft) return false;
	const w = tokens[verb].lower;
	if (!REPORTING_PRESENT.has(w) && !(REPORTING_PARTICIPLES.has(w) && classOf(wordAt(tokens, verb - 1)) & BE_PRES)) return false;
	const opener = wordAt(tokens, verb + 1) === 'that' ? verb + 2 : verb + 1;
	return opener < lastLeft && (classOf(wordAt(tokens, opener)) & DETERMINER) !== 0;
}

/** Whether the verb at `cue`, right of the time, is "was" or "were" before a participle: a passive. */
function passiveAt(tokens: Token[], { firstRight, hiFar }: TokenWindow, cue: TextRange): boolean {
	const verb = tokenAt(tokens, cue, firstRight, hiFar - 1, 1);
	const w = wordAt(tokens, verb);
	return (w === 'was' || w === 'were') && isParticiple(wordAt(tokens, verb + 1));
}

/** Words that open a clause of time: "when the Act came into force". */
const TIME_CLAUSE_OPENERS = new Set(['when', 'once', 'until', 'till', 'after', 'before']);
/** How many words a time clause's subject may hold before its verb ("when the new Act came"). */
const TIME_CLAUSE_SUBJECT = 5;
/** How many tokens after the time its main clause's "would" may stand. */
const MAIN_CLAUSE_REACH = 10;

/**
 * "remarked that when the new Act came into force on the 1st of January the limit would be 20 miles an hour":
 * a past in a clause of time whose main clause, after it, says "would" is the future seen from a past, not a
 * time gone by.
 */
function futureInThePast(tokens: Token[], window: TokenWindow, cue: TextRange): boolean {
	const verb = tokenAt(tokens, cue, window.lastLeft, window.lo, -1);
	if (verb < 0) return false;
	let opened = false;
	for (let j = verb - 1; j >= window.lo && verb - j <= TIME_CLAUSE_SUBJECT + 1; j--) {
		if (tokens[j].kind !== 'word') return false;
		if (TIME_CLAUSE_OPENERS.has(tokens[j].lower)) {
			opened = true;
			break;
		}
	}
	if (!opened) return false;
	for (let j = window.firstRight; j < tokens.length && j - window.firstRight < MAIN_CLAUSE_REACH; j++) {
		const t = tokens[j];
		if (t.kind === 'punct' && t.text !== ',') return false;
		if (t.kind === 'word' && t.lower === 'would') return true;
	}
	return false;
}

/** Whether the time stands in a clause opened by "if" or "unless" a few words before it. */
function inACondition(tokens: Token[], { lo, lastLeft }: TokenWindow): boolean {
	for (let j = lastLeft; j >= lo && lastLeft - j <= CONDITION_SUBJECT + 3; j--) {
		if (tokens[j].kind !== 'word') return false;
		if (CONDITIONS.has(tokens[j].lower)) return true;
	}
	return false;
}

/** Whether only a time phrase's own words ("on", "by the end of") stand between "that" and the time. */
function opensAThatClause(tokens: Token[], lastLeft: number, lo: number): boolean {
	for (let i = lastLeft; i >= lo && lastLeft - i < 6; i--) {
		const t = tokens[i];
		if (t.kind !== 'word' || !OPENING_WORDS.has(t.lower)) return t.lower === 'that' && i < lastLeft;
	}
	return false;
}

/**
 * "follows a first round in November, when health workers reached 91 percent": a clause opened by ", when"
 * right after the time tells what happens in it, so its tense places the time whatever the main clause says.
 * Only a verb told in the past or one that looks ahead decides ("on Sunday, when polls open" does not), and
 * only after its subject ("said on Friday, when asked about it," is no clause of its own).
 */
function describedByWhen(tokens: Token[], { firstRight, hiFar }: TokenWindow): Tense | null {
	if (tokens[firstRight]?.text !== ',' || wordAt(tokens, firstRight + 1) !== 'when') return null;
	for (let i = firstRight + 2; i < hiFar && i - firstRight < WINDOW_TOKENS; i++) {
		if (tokens[i].kind === 'punct') return null;
		const found = classify(tokens, i);
		if (!found) continue;
		// "in the autumn, when the houses have been dug out": a present perfect there tells of no past.
		if (found.perfect && found.tense === 'past' && presentPerfectBetween(tokens, firstRight + 2, i)) return null;
		const decides = found.tense === 'past' || found.tense === 'future' || found.tense === 'conditional';
		return decides && i > firstRight + 2 ? found.tense : null;
	}
	return null;
}

/** Whether "has" or "have" stands among tokens `from` to `to`: the perfect there is a present perfect. */
function presentPerfectBetween(tokens: Token[], from: number, to: number): boolean {
	for (let k = from; k <= to; k++) if (classOf(wordAt(tokens, k)) & HAVE_PRES) return true;
	return false;
}

/** The verb before the time, within its clause, from token `from` back to `stop`; null when none decides. */
function readLeft(tokens: Token[], { lo, lastLeft }: TokenWindow, from: number, cues?: TenseCues, stop = lo, reachFrom = lastLeft, reach = WINDOW_TOKENS): VerbTense | null {
	let infinitive = false;
	let withPhrase = false;
	let eventBefore = false;
	let gerundSeen = false;
	for (let i = cues && from >= 0 ? cues.prev[from] : from; i >= stop && reachFrom - i < reach; i = cues && i > 0 ? cues.prev[i - 1] : i - 1) {
		const t = tokens[i];
		if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) break;
		// "…76 cents a share, fully franked, on June 26": a participle set off by commas describes what stands
		// before it, and ", as London had planned, but on 15 August" compares in passing; the clause's verb
		// lies further left.
		// A comma inside a list ("which will close markets in China, Hong Kong and South Korea from Tuesday")
		// closes nothing.
		const open = t.text === ',' && !listGoesOn(tokens, i) ? Math.max(parentheticalParticiple(tokens, i, stop), clauseInCommas(tokens, i, stop, COMPARISON_OPENERS, COMPARISON_WORDS + 1), clauseInCommas(tokens, i, stop, RELATIVE_PRONOUNS, RELATIVE_TOKENS)) : -1;
		if (open >= 0) {
			i = open;
			continue;
		}
		// "will host Game 7 on Sunday after beating Denver on Thursday": a gerund after "after" or "since" tells
		// of an event before the clause's, which a clause told in the past places, and another does not.
		if (t.kind === 'word' && gerundOfAnEventBefore(t.lower, wordAt(tokens, i - 1))) eventBefore = true;
		// "… on Tuesday, about 40 miles north of Aberdeen, before blowing itself out over the weekend": the
		// clause of a gerund after "before" has no verb of its own; its clause's may stand further back.
		if (!gerundSeen && t.kind === 'word' && gerundOfAnEventAfter(t.lower, wordAt(tokens, i - 1))) {
			gerundSeen = true;
			reach += WINDOW_TOKENS;
			continue;
		}
		const found = classify(tokens, i);
		// "has ordered that mail vans carry a second guard from Monday": what an order or a demand wants done,
		// in the bare verb of its "that" clause, lies ahead of it.
		if (found && tokens[i + 1]?.lower === 'that' && MANDATIVE_VERBS.has(t.lower)) return { tense: 'future', perfect: false, cue: found.cue };
		// ("ordered that trams carry": the word after that "that" opens its subject, whatever its ending.)
		if (found && wordAt(tokens, i - 1) === 'that' && MANDATIVE_VERBS.has(wordAt(tokens, i - 2))) continue;
		// ", with the kick-off moved to 12.30pm": a participle after "with" and its noun is no past of a clause
		// (", with relief expected after June 1" still looks ahead).
		if (found?.tense === 'past' && participleAfterWith(tokens, i, stop)) continue;
		if (found && eventBefore && found.tense !== 'past') return UNKNOWN;
		// ", with orders to hand over power by June 1948": an infinitive in the phrase is planned by the verb
		// before it, as one without the comma is.
		if (found && withPhrase && found.tense === 'past') return infinitive && !found.prospective ? { ...found, infinitive } : null;
		// "if the score is still level after game 14 on Sunday": the present of a condition looks ahead.
		if (found && found.tense === 'present' && !found.perfect && opensACondition(tokens, i, stop)) return { tense: 'future', perfect: false, cue: found.cue };
		if (found) return infinitive && !found.prospective && found.tense === 'past' && !SAME_EVENT_BEFORE_TO.has(t.lower) ? { ...found, infinitive } : found;
		const nextToken = tokens[i + 1];
		if (t.lower === 'to' && nextToken && nextToken.kind === 'word' && /^\p{Ll}/u.test(nextToken.text) && !DETERMINERS.has(nextToken.lower) && !nounAfterTo(nextToken.lower, wordAt(tokens, i + 2))) infinitive = true;
		// "…would produce aid where the Aug. 7 blasts killed 257": a relative or subordinate clause
		// opened just before the time has its own verb, after it.
		if (CLAUSE_OPENERS.has(t.lower)) break;
		withPhrase ||= absolutePhrase(tokens, i);
	}
	return null;
}

/**
 * Past verbs whose infinitive tells of their own event, not of one to follow: "the wind began to rise at 2
 * a.m. on Saturday", "seemed to ease on Monday".
 */
const SAME_EVENT_BEFORE_TO = new Set(['began', 'begun', 'started', 'continued', 'ceased', 'commenced', 'seemed', 'appeared', 'happened', 'used']);

/** Verbs whose "that" clause says what is wanted done ("ordered that the vans carry", "demands that she resign"). */
const MANDATIVE_VERBS = new Set(
	'order orders ordered demand demands demanded require requires required direct directs directed decree decrees decreed stipulate stipulates stipulated insist insists insisted recommend recommends recommended request requests requested urge urges urged'.split(' ')
);

/** How many words a list's last items may hold before its "and" ("China, Hong Kong and South Korea"). */
const LIST_TAIL_WORDS = 4;

/** Whether the comma at token `comma` goes on with a list: a few words and then "and" or "or". */
function listGoesOn(tokens: Token[], comma: number): boolean {
	for (let j = comma + 1; j < tokens.length && j - comma <= LIST_TAIL_WORDS + 1; j++) {
		if (tokens[j].kind === 'punct') return false;
		if (tokens[j].lower === 'and' || tokens[j].lower === 'or') return j > comma + 1;
	}
	return false;
}

/** How many words the noun after "with" may hold before its participle ("with the kick-off moved"). */
const WITH_NOUN_WORDS = 4;

/** Whether the word at token `i` is a participle after ", with" and a short noun phrase. */
function participleAfterWith(tokens: Token[], i: number, stop: number): boolean {
	const w = tokens[i].lower;
	if (!(isVerbalEd(w, classOf(w)) || classOf(w) & IRREG_PARTICIPLE)) return false;
	for (let j = i - 1; j > stop && i - j <= WITH_NOUN_WORDS + 1; j--) {
		const t = tokens[j];
		if (t.kind !== 'word') return false;
		if (t.lower === 'with') return j < i - 1 && absolutePhrase(tokens, j);
		if (classOf(t.lower) & ~DETERMINER) return false;
	}
	return false;
}

/** Words that open a condition. */
const CONDITIONS = new Set(['if', 'unless']);
/** How many words a condition's subject may hold before its verb ("if the score is", "if the last two games are"). */
const CONDITION_SUBJECT = 5;

/** Whether the verb at token `verb` is the first of a condition: "if" or "unless" stands a short subject before it. */
function opensACondition(tokens: Token[], verb: number, stop: number): boolean {
	for (let j = verb - 1; j >= stop && verb - j <= CONDITION_SUBJECT + 1; j--) {
		if (tokens[j].kind !== 'word') return false;
		if (CONDITIONS.has(tokens[j].lower)) return true;
	}
	return false;
}

/**
 * The comma opening ", fully franked," or ", unaudited," when token `close` is the comma closing it: a
 * participle (or an adverb in "-ly" and one) between two commas; -1 when the commas hold anything else.
 */
function parentheticalParticiple(tokens: Token[], close: number, stop: number): number {
	let j = close - 1;
	const w = wordAt(tokens, j);
	if (!w || !(isVerbalEd(w, classOf(w)) || classOf(w) & (IRREG_PARTICIPLE | IRREG_PAST))) return -1;
	j--;
	if (wordAt(tokens, j).endsWith('ly')) j--;
	return j >= stop && tokens[j]?.text === ',' ? j : -1;
}

/** Relative pronouns that open a clause describing the noun before them (", which began on Tuesday evening,"). */
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);
/** How many tokens such a relative clause may hold. */
const RELATIVE_TOKENS = 16;

/** "As" opening a comparison in passing (", as the ministry had long wished,"). */
const COMPARISON_OPENERS = new Set(['as']);
/** How many words such a comparison may hold. */
const COMPARISON_WORDS = 6;

/**
 * The comma opening a clause in passing when token `close` is the comma closing it: the nearest of
 * `openers` within `reach` tokens back, right after that comma and with words after it; -1 when the commas
 * hold anything else. ", as London had planned," compares; ", which began on Tuesday evening," describes
 * ("will break for Hanukkah, which began on Tuesday evening, and reconvene on Jan. 6" is told by "will").
 */
function clauseInCommas(tokens: Token[], close: number, stop: number, openers: ReadonlySet<string>, reach: number): number {
	for (let j = close - 1; j > stop && close - j <= reach; j--) {
		if (tokens[j].kind === 'punct') return -1;
		if (openers.has(tokens[j].lower)) return tokens[j - 1].text === ',' && j < close - 1 ? j - 1 : -1;
	}
	return -1;
}

/**
 * ", with a committee vote on Oct. 22": "with" after a comma opens a phrase with no verb of its own. A
 * past verb before the comma ("said on Tuesday, with …") tells of the saying, not of the phrase's time;
 * one of a schedule ("a window that opens on Feb. 6, with further chances in March") reaches it.
 */
function absolutePhrase(tokens: Token[], i: number): boolean {
	return tokens[i].lower === 'with' && i > 0 && tokens[i - 1].text === ',';
}

/** Prepositions that open a phrase put before its clause's subject ("At 5 p.m. in Kabul on Monday, …"). */
const FRONTING_PREPOSITIONS = new Set(['at', 'on', 'in', 'by', 'during', 'after', 'before', 'since', 'until', 'from', 'around', 'near', 'outside', 'inside']);

/**
 * Whether the time opens its clause: only a time phrase's own words stand before it ("On the evening of
 * May 5, they met"), or a phrase put before the clause's subject, which opens with a preposition ("At 5
 * p.m. in New York City on Monday, shares fell"). The verb after the time is read only when none was
 * found before it, so these words hold no verb.
 */
function opensItsClause(tokens: Token[], lastLeft: number, lo: number): boolean {
	let first: Token | null = null;
	let second: Token | null = null;
	let timeWordsOnly = true;
	let i = lastLeft;
	for (let n = 0; i >= lo && n < WINDOW_TOKENS; i--, n++) {
		const t = tokens[i];
		if (t.kind === 'punct') {
			if (CLAUSE_BREAKS.has(t.text) || t.text === ',' || t.text === '.') break;
			continue;
		}
		if (CLAUSE_OPENERS.has(t.lower)) return false;
		timeWordsOnly &&= OPENING_WORDS.has(t.lower);
		second = first;
		first = t;
	}
	if (timeWordsOnly) return true;
	// Only a phrase seen back to its clause's start (a mark, or the sentence's) is known to open it; its
	// preposition may follow an adverb of nearness ("Shortly after one o'clock the magistrates …").
	const reachedStart = i < lo || tokens[i].kind === 'punct';
	const preposition = first && NEARNESS_ADVERBS.has(first.lower) ? second : first;
	return reachedStart && !!preposition && FRONTING_PREPOSITIONS.has(preposition.lower);
}

/** Adverbs that may stand before a fronted time's preposition: "shortly after", "soon after", "just before". */
const NEARNESS_ADVERBS = new Set(['shortly', 'soon', 'just', 'immediately', 'long', 'well', 'only', 'right']);

/**
 * The verb after the time: across a comma for a time that opens its clause, else within it (and always
 * within it when `withinClause`).
 */
function readRight(tokens: Token[], { lo, hi, hiFar, firstRight, lastLeft }: TokenWindow, cues?: TenseCues, withinClause = false): VerbTense {
	// A time that opens its clause ("On Friday, the council said") takes the verb after it, across a comma;
	// one that follows words of its own clause does not reach past the next comma into another clause.
	const leftWords = withinClause || !opensItsClause(tokens, lastLeft, lo);
	// A time that opens its clause may be followed by a long adverbial before the verb ("In January, a
	// week after the anniversary of the ruling, a bombing in Birmingham killed…"): it looks further.
	const reach = leftWords ? WINDOW_TOKENS : 2 * WINDOW_TOKENS;
	for (let i = cues ? cues.next[firstRight] : firstRight; i < hiFar && i - firstRight < reach; i = cues ? cues.next[i + 1] : i + 1) {
		const t = tokens[i];
		if (t.kind === 'punct' && CLAUSE_BREAKS.has(t.text)) break;
		if (leftWords && (t.kind === 'punct' && t.text === ',' || i >= hi)) break;
		// "On Monday the Pleasure Gardens, delayed by floods in February, will open": a participle or relative
		// clause set off by commas after the subject describes it; the clause's verb comes after.
		if (!leftWords && t.text === ',') {
			const close = closingAside(tokens, i, hiFar, i > firstRight);
			if (close >= 0) {
				i = close;
				continue;
			}
		}
		const found = classify(tokens, i);
		// "On Friday, the government planned to pay": the fronted time is the planning's, not the plan's.
		if (found) return !leftWords && found.prospective ? { ...found, prospective: false, foretold: false } : found;
	}
	return UNKNOWN;
}

/**
 * The comma closing a participle or relative clause in passing that the comma at token `open` opens (",
 * delayed by floods in February,", ", which opened in May,"); -1 when none does. After a subject
 * (`afterSubject`), a present participle opens one too ("the magistrates, watching from a house in Mount
 * Street, issued"); right after the time it may be the clause's own subject ("On Friday, fighting broke out").
 */
function closingAside(tokens: Token[], open: number, end: number, afterSubject: boolean): number {
	const w = wordAt(tokens, open + 1);
	const presentParticiple = afterSubject && tokens[open + 1]?.text === w && w.length > 5 && w.endsWith('ing') && !NOT_PARTICIPLE_ING.has(w);
	if (!w || !(RELATIVE_PRONOUNS.has(w) || isVerbalEd(w, classOf(w)) || classOf(w) & IRREG_PARTICIPLE || presentParticiple)) return -1;
	for (let j = open + 2; j < end && j - open <= RELATIVE_TOKENS; j++) {
		const t = tokens[j];
		if (t.kind !== 'punct') continue;
		return t.text === ',' ? j : -1;
	}
	return -1;
}

/** Words in "-ing" that are no participles. */
const NOT_PARTICIPLE_ING = new Set(['during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'building', 'meeting', 'spring', 'string', 'ceiling', 'wedding', 'funding', 'hearing', 'sibling', 'viking']);

/** No verb decides: one shared, frozen answer (tenses are read, never changed). */
const UNKNOWN: VerbTense = Object.freeze({ tense: 'unknown', perfect: false });
