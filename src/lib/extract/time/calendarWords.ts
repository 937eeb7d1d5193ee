import { CARDINAL_WORDS, QUANTITY_FIRST_WORDS } from '$lib/extract/text/numbers';
import type { Fields, PartOfDay, Season, Unit } from './expression';

/**
 * The English words for calendar things, and regular-expression sources that match them. Month and
 * weekday names must be capitalized (or written in capitals): "may", "march" and "sun" are other words.
 */

interface NameVariants {
	number: number;
	full: string;
	abbreviations: string[];
	/** Abbreviations written only with their stop ("Thurs."), being words or names without it ("Wed", "Fri"). */
	dotted?: string[];
}

const MONTH_NAMES: NameVariants[] = [
	{ number: 1, full: 'January', abbreviations: ['Jan'] },
	{ number: 2, full: 'February', abbreviations: ['Feb'] },
	{ number: 3, full: 'March', abbreviations: ['Mar'] },
	{ number: 4, full: 'April', abbreviations: ['Apr'] },
	{ number: 5, full: 'May', abbreviations: [] },
	{ number: 6, full: 'June', abbreviations: ['Jun'] },
	{ number: 7, full: 'July', abbreviations: ['Jul'] },
	{ number: 8, full: 'August', abbreviations: ['Aug'] },
	{ number: 9, full: 'September', abbreviations: ['Sept', 'Sep'] },
	{ number: 10, full: 'October', abbreviations: ['Oct'] },
	{ number: 11, full: 'November', abbreviations: ['Nov'] },
	{ number: 12, full: 'December', abbreviations: ['Dec'] }
];

const WEEKDAY_NAMES: NameVariants[] = [
	// "Sat." and "Sun." are left out: "told The Sun." ends many a sentence.
	{ number: 1, full: 'Monday', abbreviations: [], dotted: ['Mon'] },
	{ number: 2, full: 'Tuesday', abbreviations: [], dotted: ['Tues', 'Tue'] },
	{ number: 3, full: 'Wednesday', abbreviations: [], dotted: ['Wed'] },
	{ number: 4, full: 'Thursday', abbreviations: [], dotted: ['Thurs', 'Thur', 'Thu'] },
	{ number: 5, full: 'Friday', abbreviations: [], dotted: ['Fri'] },
	{ number: 6, full: 'Saturday', abbreviations: [] },
	{ number: 7, full: 'Sunday', abbreviations: [] }
];

const byLengthDesc = (a: string, b: string) => b.length - a.length;

function namePattern(names: NameVariants[], plural = false): string {
	const forms: string[] = [];
	for (const n of names) {
		const s = plural ? 's' : '';
		forms.push(n.full + s, n.full.toUpperCase() + s.toUpperCase());
		for (const a of n.abbreviations) forms.push(`${a}\\.`, a, `${a.toUpperCase()}\\.`, a.toUpperCase());
		if (!plural) for (const a of n.dotted ?? []) forms.push(`${a}\\.`, `${a.toUpperCase()}\\.`);
	}
	return `(?:${forms.sort(byLengthDesc).join('|')})`;
}

/** A month name or its news abbreviation ("Sept.", "Aug"), capitalized. */
export const MONTH_PATTERN = namePattern(MONTH_NAMES);
/** A weekday name, capitalized. */
export const WEEKDAY_PATTERN = namePattern(WEEKDAY_NAMES);
/** A plural weekday ("Mondays"): a set. */
export const WEEKDAYS_PLURAL_PATTERN = namePattern(WEEKDAY_NAMES, true);

const abbreviationsOf = (n: NameVariants) => [...n.abbreviations, ...(n.dotted ?? [])];

const triggersOf = (names: NameVariants[]) => names.flatMap((n) => [n.full.toLowerCase(), ...abbreviationsOf(n).map((a) => a.toLowerCase())]);

/** Lower-case first words of month names, for recognizer triggers. */
export const MONTH_TRIGGERS = triggersOf(MONTH_NAMES);
/** Lower-case weekday names, for recognizer triggers. */
export const WEEKDAY_TRIGGERS = triggersOf(WEEKDAY_NAMES);

/** Lower-case names and abbreviations to their numbers, for lookups without a scan. */
function nameIndex(names: NameVariants[]): Map<string, number> {
	const index = new Map<string, number>();
	for (const n of names) {
		index.set(n.full.toLowerCase(), n.number);
		for (const a of abbreviationsOf(n)) index.set(a.toLowerCase(), n.number);
	}
	return index;
}

const MONTH_INDEX = nameIndex(MONTH_NAMES);
const WEEKDAY_INDEX = nameIndex(WEEKDAY_NAMES);

/** The month number for a name matched by `MONTH_PATTERN`. */
export function monthNumber(name: string): number | null {
	const key = (name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase();
	return MONTH_INDEX.get(key) ?? null;
}

/** The ISO weekday (Monday 1 … Sunday 7) for a name matched by `WEEKDAY_PATTERN` or its plural. */
export function weekdayNumber(name: string): number | null {
	const lower = (name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase();
	return WEEKDAY_INDEX.get(lower) ?? WEEKDAY_INDEX.get(lower.endsWith('s') ? lower.slice(0, -1) : lower) ?? null;
}

export const MONTH_FULL_NAMES = MONTH_NAMES.map((n) => n.full);
export const WEEKDAY_FULL_NAMES = WEEKDAY_NAMES.map((n) => n.full);

/** A day as a message writes it: "3 April 2019". */
export function dayInWords(day: number, month: number, year: number | undefined): string {
	return `${day} ${MONTH_FULL_NAMES[month - 1]}${year === undefined ? '' : ` ${year}`}`;
}

/**
 * "next" or "last" after a day that ends its phrase, the formal order of "next Tuesday": "on Tuesday next to
 * elect", "on Monday last, the", "at Lady Day next.", "whose attempt on Monday last ended" (a verb after
 * it: an auxiliary or a past in "-ed"), "on Monday next if" (a clause's first word). "Tuesday next week" is
 * a day of that week.
 */
export const TRAILING_MODIFIER = /^\s+(next|last)(?=\s*(?:[.,;:!?)]|$)|\s+(?:to|at|and|or|but|when|if|unless|provided|until|after|before|for|with|as|by|in|on|the|a|an|he|she|it|they|we|i|was|were|is|are|had|has|will|would|\p{Ll}{2,}ed)(?![\p{L}\p{N}]))/u;

/**
 * Words after a month's or a holiday's name that leave it the time of its clause ("in May and June",
 * "since March when", "April they"); another lower-case word after it is a noun it dates ("a June
 * agreement", "Lunar New Year celebrations").
 */
export const WORDS_AFTER_A_TIME = new Set(
	'and or but to when while as after before until since that which who with by at in on for of from was were is are will would had has have did the a an this last next i you he she it we they there'.split(' ')
);

/** A year as four digits, from 1000 to 2199: what the tagger reads as a year where a year may stand. */
export const YEAR_PATTERN = '(?:1\\d|20|21)\\d{2}';

export const SEASON_PATTERN = '(?:spring|summer|autumn|fall|winter)';
const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
export function seasonCode(word: string): Season | null {
	return SEASONS[word.toLowerCase()] ?? null;
}

/**
 * The fields of a season or a capitalized month name ("that winter", "last April"), whichever matched;
 * null when the words name neither ("that may").
 */
export function seasonOrMonth(season: string | undefined, month: string | undefined): Fields | null {
	if (season) {
		const code = seasonCode(season);
		return code ? { season: code } : null;
	}
	if (!month || !/^\p{Lu}/u.test(month)) return null;
	const n = monthNumber(month);
	return n ? { month: n } : null;
}

export const PART_OF_DAY_PATTERN = '(?:morning|afternoon|evening|night|overnight|midday|noon|daytime)';
const PARTS_OF_DAY: Record<string, PartOfDay> = {
	morning: 'MO',
	afternoon: 'AF',
	evening: 'EV',
	night: 'NI',
	overnight: 'NI',
	midday: 'MI',
	noon: 'MI',
	daytime: 'DT'
};
export function partOfDayCode(word: string): PartOfDay | null {
	return PARTS_OF_DAY[word.toLowerCase()] ?? null;
}

/**
 * Unit words as counted in durations and offsets, singular and plural. A half-century and a
 * quarter-century come first: "a quarter-century ago" is no quarter.
 */
export const UNIT_PATTERN =
	'(?:(?:half|quarter)[- ]centur(?:y|ies)|seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a))';

/** Unit words, lower case, for recognizer triggers. */
export const UNIT_WORDS = [
	'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
	'weekend', 'weekends', 'fortnight', 'fortnights', 'month', 'months', 'quarter', 'quarters', 'year', 'years',
	'decade', 'decades', 'century', 'centuries', 'millennium', 'millennia'
];

/** Words that may stand between a count and its unit: "3 more weeks", "three clear months", "five working days". */
export const UNIT_FILLERS = 'more additional other further straight consecutive successive full long whole clear trading business calendar working school fiscal'.split(' ');

/** Words after a quantity word that may go on to a unit ("twenty-five", "half a", "dozens of", "two more"). */
const QUANTITY_WORD_FOLLOWERS = [...UNIT_WORDS, ...UNIT_FILLERS, 'to', 'or', 'and', 'a', 'an', 'of', ...CARDINAL_WORDS];

/**
 * Triggers for recognizers that read a quantity before a unit: numbers, and number words ("two",
 * "several") or "a"/"an" only when a word follows that can lead to a unit ("two years", "twenty-five",
 * "a few", "an hour"): these words are too common to wake them at every article.
 */
export const QUANTITY_TRIGGERS = [
	'#',
	...QUANTITY_FIRST_WORDS.filter((w) => w !== 'a' && w !== 'an').flatMap((w) => QUANTITY_WORD_FOLLOWERS.map((next) => `${w} ${next}`)),
	...['a', 'an'].flatMap((article) =>
		[...UNIT_WORDS, 'few', 'couple', 'half', 'dozen', 'hundred', 'thousand', 'additional', 'extra', 'full', 'further', 'whole', 'single', 'entire', 'long', 'number'].map(
			(w) => `${article} ${w}`
		)
	)
];

/** Words that may follow a number counted in units ("5 years", "3 more weeks", "2 to 3 days"). */
export const COUNTED_FOLLOWERS = [...UNIT_WORDS, ...UNIT_FILLERS, 'to', 'or', 'and', '#'];
/** Suffixes joined to ordinal numbers ("6th", "21st"). */
export const ORDINAL_SUFFIXES = ['st', 'nd', 'rd', 'th'];

export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'millennium';

export function unitOf(word: string): DurationUnit | null {
	const w = word.toLowerCase();
	if (FRACTION_OF_CENTURY.test(w)) return 'year';
	if (w.startsWith('second')) return 'second';
	if (w.startsWith('minute')) return 'minute';
	if (w.startsWith('hour')) return 'hour';
	if (w.startsWith('day') || w.startsWith('night')) return 'day';
	if (w.startsWith('week') || w.startsWith('fortnight')) return 'week';
	if (w.startsWith('month')) return 'month';
	if (w.startsWith('quarter')) return 'quarter';
	if (w.startsWith('year')) return 'year';
	if (w.startsWith('decade')) return 'decade';
	if (w.startsWith('centur')) return 'century';
	if (w.startsWith('millenni')) return 'millennium';
	return null;
}

const FRACTION_OF_CENTURY = /^(?:half|quarter)[- ]centur/;

/** Days in a week; "a fortnight" holds two weeks (`unitScale`). */
export const DAYS_IN_A_WEEK = 7;

/**
 * How many of its unit (`unitOf`) one unit word counts: a fortnight is two weeks, a half-century fifty
 * years, a quarter-century twenty-five.
 */
export function unitScale(word: string): number {
	const w = word.toLowerCase();
	if (w.startsWith('fortnight')) return 2;
	if (FRACTION_OF_CENTURY.test(w)) return w.startsWith('half') ? 50 : 25;
	return 1;
}

/** Units of length: before "per hour" or "an hour" they make a speed. */
const LENGTH_UNITS = /^(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|feet|foot|ft|yards?|inches|cm|mm|nautical|leagues?)$/i;

/**
 * "205 km per hour", "60 miles an hour": a length before a unit of an hour or less is a speed, neither a
 * time that repeats nor a length of time.
 */
export function namesASpeed(wordBefore: string, unit: DurationUnit): boolean {
	if (unit !== 'hour' && unit !== 'minute' && unit !== 'second') return false;
	// "a 42-mile-an-hour gust": the length is the last part of the compound before the unit.
	const length = wordBefore.endsWith('-') ? wordBefore.slice(wordBefore.lastIndexOf('-', wordBefore.length - 2) + 1, -1) : wordBefore;
	return LENGTH_UNITS.test(length);
}

/** A duration unit as a calendar unit for offsets ("three days later" counts days). */
export function calendarUnit(unit: DurationUnit): Unit | null {
	switch (unit) {
		case 'second':
			return null;
		case 'millennium':
			return null;
		default:
			return unit;
	}
}

/** "time" and its verb after "summer" or "winter": the clocks' setting ("summer time ends on Sunday"). */
const CLOCK_SETTING = /^\s+time\s+(?:is|was|will|would|has|had|begins|began|starts|started|ends|ended|comes|came|returns|lasts|lasted)(?![\p{L}])/iu;

/** Whether `season`, ending at `end`, names the clocks' setting ("that summer time is to last until November"). */
export function namesTheClocksSetting(season: string, text: string, end: number): boolean {
	return /^(?:summer|winter)$/i.test(season) && CLOCK_SETTING.test(text.slice(end, end + 24));
}

/**
 * Capitalized words that make a weekday or month after them the name of a day or month in history or
 * commerce ("Bloody Sunday", "Black Friday", "Super Tuesday", "Black September"), or of an event ("the
 * Long March"), not the nearest one.
 */
export const NAMING_ADJECTIVES = /^(?:bloody|black|super|cyber|blue|red|white|bleak|holy|maundy|palm|ash|shrove|whit|low|clean|mad|long)$/;

/**
 * Whether `word` (as the text writes it) names the weekday or month after it: see `NAMING_ADJECTIVES`. A
 * quotation mark may open the name ("call it 'Bloody Sunday'").
 */
export function namesTheTimeAfter(word: string): boolean {
	const bare = word.replace(/^['‘"“(]+/u, '');
	return /^\p{Lu}/u.test(bare) && NAMING_ADJECTIVES.test(bare.toLowerCase());
}

/**
 * Hours ahead of Greenwich of the zones whose abbreviation names one offset the world over. Those that
 * name several ("CST" is Chicago's and China's, "IST" India's, Ireland's and Israel's, "BST" Britain's
 * and Bangladesh's) and the North American names that follow the season ("ET") are left out.
 */
const ZONE_OFFSETS: Record<string, number> = {
	GMT: 0, UTC: 0, Z: 0, WET: 0,
	EST: -5, EDT: -4, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, AKST: -9, AKDT: -8, HST: -10, ADT: -3, NST: -3.5,
	BRT: -3, CLT: -4, COT: -5, PET: -5,
	WEST: 1, CET: 1, WAT: 1, CEST: 2, EET: 2, SAST: 2, CAT: 2, EEST: 3, MSK: 3, EAT: 3, IRST: 3.5, AFT: 4.5, PKT: 5,
	ICT: 7, WIB: 7, HKT: 8, SGT: 8, AWST: 8, JST: 9, KST: 9, ACST: 9.5, AEST: 10, AEDT: 11, NZST: 12, NZDT: 13
};

/** Zone abbreviations news writes that name several offsets, or one that follows the season ("ET"). */
const ZONES_OF_SEVERAL_OFFSETS = ['CST', 'BST', 'IST', 'GST', 'ART', 'AST', 'ET', 'PT', 'CT', 'MT'];

/** Every zone abbreviation a clock time may carry ("7:15 p.m. EST"), longest first. */
export const ZONE_ABBREVIATIONS: readonly string[] = [...Object.keys(ZONE_OFFSETS), ...ZONES_OF_SEVERAL_OFFSETS].sort((a, b) => b.length - a.length);

/** The hours ahead of Greenwich of a zone's abbreviation ("PDT" −7), when it names one offset. */
export function zoneOffset(zone: string | undefined): number | undefined {
	return zone === undefined ? undefined : ZONE_OFFSETS[zone];
}

/** The suffix an ordinal day is written with: "1st", "12th", "23rd". */
export function ordinalSuffix(day: number): string {
	return day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
}

/**
 * The month older letters and print name by a word after a day: "the 21st ult." (ultimo, last month),
 * "the 3rd inst." (instant, this month), "the 2nd prox." (proximo, next month).
 */
const LATIN_MONTH = /^\s+(?:(ult)(?:imo|\.)?|(inst)(?:ant|\.)?|(prox)(?:imo|\.)?)(?![\p{L}\p{N}])/iu;

/** The Latin word naming a day's month right after `end`: its length and the month it counts to from the writing's. */
export function latinMonthAfter(text: string, end: number): { length: number; offset: -1 | 0 | 1 } | null {
	const latin = LATIN_MONTH.exec(text.slice(end, end + 12));
	if (!latin) return null;
	return { length: latin[0].length, offset: latin[1] ? -1 : latin[2] ? 0 : 1 };
}

/**
 * Capitalized nouns after a date or an ordinal that make it part of a name: "the 26th of July Movement",
 * "6th of October Bridge", "the 5th Battalion", "the 82nd Airborne".
 */
export const NAME_HEAD_AFTER =
	/^\s+(?:Movement|Revolution|Uprising|Bridge|Street|Square|Avenue|Road|Boulevard|Stadium|Brigades?|Division|Regiment|Battalion|Army|Corps|Fleet|Squadron|Airborne|Infantry|Cavalry|Hussars|Lancers|Fusiliers|Dragoons|Marines|Front|Party|Alliance|Coalition|Group|Organi[sz]ation|Declaration|Manifesto|Incident|Affair|Club|Hospital|University|Prize)(?![\p{L}\p{N}])/u;
