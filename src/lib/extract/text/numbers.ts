/**
 * Numbers written in words or digits, as news writes quantities: "two and a half", "twenty-four",
 * "a couple of", "2,000", "5 1/2", "a dozen". Vague quantities ("a few", "several") parse to `null`
 * value with `vague: true` so callers can write TIMEX3's `X` placeholder instead of inventing a number.
 */

const UNITS: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};

const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

const ORDINAL_UNITS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19
};

const ORDINAL_TENS: Record<string, number> = {
	twentieth: 20,
	thirtieth: 30,
	fortieth: 40,
	fiftieth: 50,
	sixtieth: 60,
	seventieth: 70,
	eightieth: 80,
	ninetieth: 90
};

/** Quantities that name no number: TIMEX3 writes them as `X`. */
const VAGUE = new Set(['a few', 'few', 'several', 'some', 'many', 'a number of', 'dozens of', 'hundreds of', 'scores of']);

const alternation = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

const UNIT_WORDS = alternation(Object.keys(UNITS));
const TENS_WORDS = alternation(Object.keys(TENS));
const SMALL_UNIT_WORDS = alternation(Object.keys(UNITS).filter((w) => UNITS[w] >= 1 && UNITS[w] <= 9));
const ORDINAL_UNIT_WORDS = alternation(Object.keys(ORDINAL_UNITS));
const ORDINAL_SMALL_WORDS = alternation(Object.keys(ORDINAL_UNITS).filter((w) => ORDINAL_UNITS[w] <= 9));
const ORDINAL_TENS_WORDS = alternation(Object.keys(ORDINAL_TENS));

/** A cardinal below one hundred in words: "seven", "twenty-four", "twenty four". */
const CARDINAL_WORDS_BELOW_100 = `(?:(?:${TENS_WORDS})(?:[- ](?:${SMALL_UNIT_WORDS}))?|${UNIT_WORDS})`;

/**
 * A cardinal in words, up to the thousands: "a hundred", "two thousand", "fifty". Each part is a fixed
 * word list, so the pattern cannot backtrack beyond a few words.
 */
export const CARDINAL_WORDS_PATTERN = `(?:(?:a|one|${CARDINAL_WORDS_BELOW_100})[- ](?:hundred|thousand)|${CARDINAL_WORDS_BELOW_100})`;

/** Digits with optional thousands commas and decimals ("2,000", "2.5"), or a half after them ("5 1/2", "11 and a half"). */
export const CARDINAL_DIGITS_PATTERN = `(?:\\d{1,3}(?:,\\d{3}){1,3}(?![\\d,])|\\d{1,9}(?:\\.\\d{1,3})?(?: 1/2| ½|½| and a half)?(?![\\d,]))`;

/**
 * A quantity before a time unit: digits, words, "a"/"an", "a couple of", "two and a half", vague
 * quantifiers. Alternatives are fixed strings: linear to match.
 */
export const QUANTITY_PATTERN =
	`(?:a quarter of an?|three[- ]quarters of an?|${CARDINAL_DIGITS_PATTERN}|(?:${CARDINAL_WORDS_PATTERN}|a|an)(?: and a half)?|a half|half an?|` +
	`a couple of|a couple|couple of|a few|few|several|some|many|a number of|dozens of|hundreds of|scores of|a dozen|dozens)`;

/** An ordinal in words or digits: "6th", "twenty-first", "31st", "first". */
export const ORDINAL_PATTERN =
	`(?:\\d{1,2}(?:st|nd|rd|th)|(?:${TENS_WORDS})[- ](?:${ORDINAL_SMALL_WORDS})|${ORDINAL_TENS_WORDS}|${ORDINAL_UNIT_WORDS})`;

/** Lower-case first words of everything `QUANTITY_PATTERN` matches in words (digits aside). */
export const QUANTITY_FIRST_WORDS: readonly string[] = [
	...Object.keys(UNITS),
	...Object.keys(TENS),
	'a',
	'an',
	'half',
	'few',
	'several',
	'some',
	'many',
	'dozens',
	'hundreds',
	'scores'
];

/** Lower-case first words of ordinals in words ("twenty-first" starts with "twenty"). */
export const ORDINAL_FIRST_WORDS: readonly string[] = [...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS), ...Object.keys(TENS)];

/**
 * Ordinals in words as two-word triggers need: the one-word ordinals ("sixth", "twentieth"), and the tens
 * that open a compound one ("twenty" in "twenty-first") with the ordinals that can follow them.
 */
export const ORDINAL_WORDS = {
	single: [...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS)] as readonly string[],
	tens: Object.keys(TENS) as readonly string[],
	afterTens: Object.keys(ORDINAL_UNITS).filter((w) => ORDINAL_UNITS[w] <= 9) as readonly string[]
};

/** Every word a cardinal in words is made of ("one" … "ninety", "hundred", "thousand"). */
export const CARDINAL_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand'];

/** Words that count alone, as a cardinal does: "two plays", "101 million returns", "four a month", "a dozen a week". */
export const COUNT_WORDS: ReadonlySet<string> = new Set([...CARDINAL_WORDS, 'million', 'billion', 'trillion', 'dozen']);

export interface ParsedQuantity {
	/** The number, or null for vague quantities ("a few", "several"). */
	readonly value: number | null;
	readonly vague: boolean;
}

const normalizeSpace = (s: string): string => s.toLowerCase().replace(/[\s-]+/g, ' ').trim();

function parseCardinalWords(words: string): number | null {
	const parts = words.split(' ');
	let total = 0;
	let current = 0;
	let seen = false;
	for (const part of parts) {
		if (part === 'a' || part === 'an') {
			current = Math.max(current, 1);
			seen = true;
		} else if (part in UNITS) {
			current += UNITS[part];
			seen = true;
		} else if (part in TENS) {
			current += TENS[part];
			seen = true;
		} else if (part === 'hundred') {
			current = Math.max(current, 1) * 100;
			seen = true;
		} else if (part === 'thousand') {
			total += Math.max(current, 1) * 1000;
			current = 0;
			seen = true;
		} else if (part === 'and') {
			continue;
		} else {
			return null;
		}
	}
	return seen ? total + current : null;
}

/** Quantities already read: news repeats a few ("two", "a", "several") thousands of times. */
const readQuantities = new Map<string, ParsedQuantity | null>();

/**
 * Reads a quantity matched by `QUANTITY_PATTERN`. Returns null when the text is not a quantity.
 * Fractions are kept: "two and a half" is 2.5, "5 1/2" is 5.5, "half a" is 0.5, "a quarter of a" 0.25.
 */
export function parseQuantity(text: string): ParsedQuantity | null {
	const known = readQuantities.get(text);
	if (known !== undefined) return known;
	const parsed = readQuantity(text);
	if (readQuantities.size >= 4096) readQuantities.clear();
	readQuantities.set(text, parsed);
	return parsed;
}

function readQuantity(text: string): ParsedQuantity | null {
	const s = normalizeSpace(text);
	if (VAGUE.has(s)) return { value: null, vague: true };
	if (s === 'a couple of' || s === 'a couple' || s === 'couple of') return { value: 2, vague: false };
	if (s === 'a dozen') return { value: 12, vague: false };
	if (s === 'dozens') return { value: null, vague: true };
	if (s === 'a half' || s === 'half a' || s === 'half an') return { value: 0.5, vague: false };
	if (s === 'a quarter of a' || s === 'a quarter of an') return { value: 0.25, vague: false };
	if (/^three[- ]quarters of an?$/.test(s)) return { value: 0.75, vague: false };
	let body = s;
	let extra = 0;
	if (body.endsWith(' and a half')) {
		body = body.slice(0, -' and a half'.length);
		extra = 0.5;
	}
	if (body.endsWith('½')) {
		body = body.slice(0, -1).trim();
		extra = 0.5;
	} else if (body.endsWith(' 1/2')) {
		body = body.slice(0, -4);
		extra = 0.5;
	}
	if (/^\d[\d,]*(\.\d+)?$/.test(body)) {
		const n = Number(body.replace(/,/g, ''));
		return Number.isFinite(n) ? { value: n + extra, vague: false } : null;
	}
	const n = parseCardinalWords(body);
	return n === null ? null : { value: n + extra, vague: false };
}

/** Reads an ordinal matched by `ORDINAL_PATTERN` ("6th", "twenty-first"); null otherwise. */
export function parseOrdinal(text: string): number | null {
	const s = normalizeSpace(text);
	const digits = /^(\d{1,2})(st|nd|rd|th)$/.exec(s);
	if (digits) return Number(digits[1]);
	if (s in ORDINAL_UNITS) return ORDINAL_UNITS[s];
	if (s in ORDINAL_TENS) return ORDINAL_TENS[s];
	const [tens, unit] = s.split(' ');
	if (tens in TENS && unit in ORDINAL_UNITS && ORDINAL_UNITS[unit] <= 9) return TENS[tens] + ORDINAL_UNITS[unit];
	return null;
}
