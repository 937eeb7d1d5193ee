import { PHRASE_DETERMINERS } from '$lib/extract/text/clauses';
import { CARDINAL_WORDS_PATTERN, parseQuantity } from '$lib/extract/text/numbers';
import { MONTH_PATTERN, YEAR_PATTERN } from '../calendarWords';
import type { Candidate, Fields } from '../expression';
import { followed, leadsLineEntry, lineStartWithin, pattern, wordAfter, wordBefore, wordsBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Years: "in 2001", "the 1956 uprising", "fiscal 1989", "FY2021", "the year 2000", spoken years
 * ("nineteen ninety-six"), and year ranges ("1996-2001", "1996–97", "the 2021-22 season").
 *
 * Four digits are a year only where the language says so, because news is full of other numbers
 * ("40 other terrorists", "2000 troops", "Resolution 2593", "Flight 1549"):
 * - a year follows a word that introduces a time ("in", "since", "by", "until", "from", "during", "early",
 *   "fiscal"), a determiner before a noun ("the 2001 attacks"), or stands set off beside "year" ("In its
 *   busiest year, 1907, it …"), alone in brackets after a name or a title ("Casablanca (1942)"), or is
 *   the subject of a singular verb ("1968 was a year of protest");
 * - a number after a capitalized name ("Resolution 2593"), a reference word ("No.", "page", "route"), a
 *   currency sign, before a counted noun ("2000 troops", "1500 km"), or a figure a change goes to ("the
 *   toll rose to 1500") is not a year.
 * Other four-digit numbers from 1000 to 2199 become weak candidates: the filter refiner keeps them only
 * next to a sure year, as in lists ("1994, 1995 and 1997"). A number alone on its line is a year: the
 * heading of a timeline.
 */

const INTRODUCERS = new Set(
	(
		'in since by until till through throughout from to of during before after around circa c ca early late mid ' +
		'between fiscal year years and or the this that its their his her our spring summer autumn fall winter ' +
		'pre post mid- late- early- as than at on for within into due beyond toward towards ' +
		// "born 1952", "founded 1919": the year of a life or a body, as references write it; "a picture dated
		// 1862" the year a thing bears.
		'born died founded established dated ' +
		// "Bitcoin began 2018 12% below its record", "the first economy to enter 2000", "ended 2019 with a profit".
		'began begin begins ended ends ending entered enter enters entering started starts ' +
		// "revellers welcomed 2020", "Sydney will greet 2030".
		'welcome welcomed welcomes welcoming greet greeted greets greeting'
	).split(' ')
);

/** Words after which a number is a count of the thing named next, unless a determiner precedes. */
const REFERENCE_WORDS = new Set(
	(
		'no no. number nos # page pages p pp rule rules article articles section sections chapter route highway ' +
		'room flight model version resolution code line lines bus platform gate unit units item items exit ' +
		'paragraph clause law act bill decree order amendment motion precinct district zone sector row seat'
	).split(' ')
);

/** Nouns that follow counts, not years ("the 2000 troops", "some 1500 refugees"). */
const COUNTED = new Set(
	(
		'troops soldiers people men women children refugees civilians fighters militants rebels police policemen officers ' +
		'workers residents protesters demonstrators prisoners detainees hostages casualties dead wounded votes voters ' +
		'members families homes houses buildings vehicles tanks trucks rockets missiles shells tons tonnes km kilometres ' +
		'kilometers miles metres meters feet acres hectares dollars euros pounds shares points units copies barrels'
	).split(' ')
);

/** Verbs of a figure changing, after which "to" leads to a count, not a year. */
const CHANGE_VERBS = new Set(
	(
		'rose rise rises risen rising fell fall falls fallen falling grew grow grows grown growing climbed climb climbs ' +
		'increased increase increases decreased decrease decreases jumped jump jumps dropped drop drops surged surge ' +
		'declined decline declines slipped slip slips soared soar soars plunged plunge plunges dipped dip dips'
	).split(' ')
);

/** Sentence-initial words that may be capitalized before a year. */
const CAPITALIZED_INTRODUCERS = new Set(
	(
		'in since by until till through throughout from during before after around circa early late mid between ' +
		'fiscal and or the of to spring summer autumn fall winter christmas easter year pre post as at on for within ' +
		'that this its his her their our into due beyond'
	).split(' ')
);

/**
 * Words after a number that leave it free to be a year ("in 1994 and 1995", "1996 was", "In 1987 its exports
 * rose", "since 1987 this afternoon"): no noun it counts, though some end in "s".
 */
const LINKING_AFTER = new Set('and or to through until till when while after before as because but in on at for with of was were is are had has have saw the a an this its his thus'.split(' '));
/** Units and nouns that a number before them counts, singular or not ("1500 km", "2000 people"). */
const MEASURED = new Set(
	(
		'km kilometre kilometres kilometer kilometers mile miles metre metres meter meters feet ft ton tons tonne tonnes kg ' +
		'percent per people men women children police personnel staff troops head strong'
	).split(' ')
);
/** Words after a number that are no noun it could date ("1996 was", "2001 than"). */
const NOT_DATED = new Set(
	(
		'and or but was were had has have with from that this when while than then into onto over under after before since ' +
		'until about more less only alone each per times percent million billion thousand hundred'
	).split(' ')
);

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const SEASON_OR_MONTH = new RegExp(`^(?:spring|summer|autumn|fall|winter|${MONTH_PATTERN})$`, 'i');
const LOWER_START = /^\p{Ll}/u;

/** Capitalized nouns that make "the 1922 Committee" a name, not a year. */
const NAME_NOUNS = new Set('committee club society brigade battalion regiment squadron'.split(' '));

/** Four digits standing alone, as a label's number would. */
const FOUR_DIGITS = /(?<![\p{N}])\d{4}(?![\p{N}])/gu;

/** The four-digit numbers `text` uses as labels ("Resolution 1325", "Flight 1549"), in one pass. */
export function labelledNumbers(text: string): Set<number> {
	const out = new Set<number>();
	for (const m of text.matchAll(FOUR_DIGITS)) {
		const word = wordsBefore(text, m.index)[0]?.toLowerCase() ?? '';
		if (REFERENCE_WORDS.has(word) || REFERENCE_WORDS.has(word.replace(/\.$/, ''))) out.add(Number(m[0]));
	}
	return out;
}

/**
 * How sure it is that the four digits at `start` are a year: `determined` when only the determiner before
 * them says so ("the 1956 uprising"), which a text that uses the same number as a label ("Resolution
 * 1325 … the 1325 agenda") overrules.
 */
function yearContext(text: string, start: number, end: number): 'strong' | 'determined' | 'weak' | 'no' {
	// Marks around the digits first, which need no words: "$1995", "555-1234", "1,2001", "2021-555-0199",
	// "1996%", "2001.5".
	const cb = text.charCodeAt(start - 1);
	if (cb === 36 || cb === 35 || cb === 0x20ac || cb === 0xa3 || cb === 0xa5 || cb === 0x2116) return 'no';
	if ((cb === 46 || cb === 44 || cb === 45 || cb === 47) && isDigitCode(text.charCodeAt(start - 2))) return 'no';
	const ca = text.charCodeAt(end);
	if (ca === 37 || ca === 0xb0) return 'no';
	if ((ca === 45 || ca === 47 || ca === 46 || ca === 44) && isDigitCode(text.charCodeAt(end + 1))) return 'no';
	const before = wordsBefore(text, start, 2);
	const prevRaw = before[before.length - 1] ?? '';
	const prevLower = prevRaw.toLowerCase();
	const prev = prevLower.endsWith('.') ? prevLower.slice(0, -1) : prevLower;
	const prevPrev = (before.length > 1 ? before[0] : '').toLowerCase();
	if (REFERENCE_WORDS.has(prev) || REFERENCE_WORDS.has(prevLower)) return 'no';
	// "the toll rose to 1500": a figure changing goes to a count. ("Rose from 1990 to 1993" may be the
	// years it rose over, and "will fall by 2030" is a deadline.)
	if (prev === 'to' && CHANGE_VERBS.has(prevPrev)) return 'no';
	const after = wordAfter(text, end);
	const afterLower = after.toLowerCase();
	const afterIsLower = after !== '' && LOWER_START.test(after);
	const countedNoun = afterIsLower && !LINKING_AFTER.has(afterLower) && (afterLower.endsWith('s') || MEASURED.has(afterLower));
	const possessive = /['’]s$/.test(prevRaw);
	if (prevRaw && !possessive && /^\p{Lu}/u.test(prevRaw) && !CAPITALIZED_INTRODUCERS.has(prev) && !/^[\p{Lu}]+$/u.test(prevRaw)) {
		// A capitalized word before the number names it ("Resolution 2593") unless it starts a sentence;
		// a name's possessive determines it ("Navigation Mixte's 1989 accounts").
		const sentenceStart = /[.!?"“]\s*$/.test(text.slice(Math.max(0, start - prevRaw.length - 3), start - prevRaw.length));
		if (!sentenceStart) return 'no';
	}
	// "By the summer of 1968 thousands were dying": the year of a season or month, whatever follows.
	if (prev === 'of' && SEASON_OR_MONTH.test(prevPrev)) return 'strong';
	// "the 2000 troops": a count even after a determiner, when what follows is counted.
	if (COUNTED.has(afterLower)) return 'no';
	// "the 2003 and 2004 seasons": a year joined to another after its article is one too.
	if ((prev === 'and' || prev === 'or') && /^(?:1\d|20)\d{2}$/.test(prevPrev) && wordsBefore(text, start, 3)[0]?.toLowerCase() === 'the') return 'determined';
	// "scientists expect 2024 to be hotter" ("expect 2000 to attend" counts people).
	if (/^expect(?:s|ed)?$/.test(prev) && /^\s+to\s+be\b/i.test(text.slice(end, end + 7))) return 'strong';
	if (PHRASE_DETERMINERS.has(prev) && NAME_NOUNS.has(afterLower) && !afterIsLower) return 'no';
	if (PHRASE_DETERMINERS.has(prev) || possessive) return 'determined';
	// "so 1900 had no leap day but 2000 does", "1968 was a year of protest": a year as the subject of a
	// singular verb ("1500 were arrested" counts).
	if (SINGULAR_AFTER_A_YEAR.has(afterLower)) return 'strong';
	if (countedNoun) return 'no';
	// "his unsuccessful 1996 campaign": a count would make its noun plural; a singular noun takes a year.
	if (afterIsLower && after.length > 3 && !afterLower.endsWith('s') && !NOT_DATED.has(afterLower) && /^\p{Ll}+$/u.test(after)) return 'strong';
	if (INTRODUCERS.has(prev) || prev.endsWith('-')) return 'strong';
	// "until at least 2009": a bound on a year after a word that introduces one.
	if (prev === 'least' && prevPrev === 'at') {
		const words = wordsBefore(text, start, 3);
		if (words.length === 3 && INTRODUCERS.has(words[0].toLowerCase())) return 'strong';
	}
	if (prev === '' && (cb === 40 || cb === 91)) return ca === 41 && TITLE_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 40), start - 1)) ? 'strong' : 'weak';
	if (prevPrev === 'the' && prev === 'year') return 'strong';
	// "In its busiest year, 1907, it …": a number set off beside "year" names it ("Last year, 1500 were" counts).
	if (prev === '' && cb === 32 && ca === 44 && YEAR_BESIDE.test(text.slice(Math.max(0, start - 7), start))) return 'strong';
	return 'weak';
}

/**
 * A name or a title just before a bracket ("Casablanca (1942)", "'Guernica' (1937)", "Smith et al.
 * (2011)"): four digits alone in the brackets after it are the year it was made, as references write it.
 */
const TITLE_BEFORE_BRACKET = /(?:\p{Lu}[\p{L}'’.-]*|["”’]|al\.)\s?$/u;

/** Singular verbs a year is the subject of; a count takes plural ones. */
const SINGULAR_AFTER_A_YEAR = new Set(['was', 'is', 'has', 'does']);

/** "year, " just before a number: the year the number names, in apposition. */
const YEAR_BESIDE = /(?:^|[^\p{L}])year, $/iu;

/** Marks a heading may have around it: bullets, Markdown emphasis and headers. */
const HEADING_MARKS = /^[\s#*_•·>]*$/;
const HEADING_TAIL = /^[\s*_]*[:.\-–—]?[\s*_]*$/;

/**
 * The heading of a timeline: "1979" on a line of its own ("## 1979", "1979:"), or leading the entry of
 * its line ("1979 – The Shah leaves the country in January"). Either is a year whatever the words around
 * it, since there are none.
 */
function headingOfLines(text: string, start: number, end: number): Candidate['heading'] {
	// The line's start and end are looked for only as far as a heading's marks reach: a long line is no
	// heading, and is not searched to its ends for every number in it.
	const tail = text.slice(end, end + 9);
	const newline = tail.indexOf('\n');
	const lineEnd = newline >= 0 ? end + newline : end + tail.length;
	const endsLine = (newline >= 0 || lineEnd === text.length) && HEADING_TAIL.test(text.slice(end, lineEnd));
	const lineStart = lineStartWithin(text, start, 8);
	if (lineStart >= 0 && HEADING_MARKS.test(text.slice(lineStart, start))) {
		if (endsLine && (lineStart > 0 || lineEnd < text.length)) return 'lines';
		return leadsLineEntry(text, start, end) ? 'line' : undefined;
	}
	return endsLine && newline >= 0 && endsTitle(text, start) ? 'lines' : undefined;
}

/**
 * The words of a title before the year that ends it, after a comma: "Diary of a nurse, Malta, ", "Paris
 * during the siege: a diary, ", "Journal of H.M. Bark Endeavour, " (the point of an initial or a short
 * abbreviation, "H.M.", "St.", "Capt.", ends no sentence).
 */
const TITLE_BEFORE_YEAR = /^(?:[^.!?;\n]|(?<=(?:^|[\s.])\p{Lu}\p{Ll}{0,3})\.){1,120},\s$/u;
/** How far back from its year a title's line may start ("Log of the expedition ship Skua Point, Ushuaia to the Antarctic Peninsula, 2054."). */
const TITLE_REACH = 128;

/**
 * Whether the year at `start` ends a title that opens the text or follows a blank line ("Diary of a
 * nurse, Malta, 1942.", "Wardens' log, Stepney, 1940.", "Paris during the siege: a diary, 1870."): the
 * title of a diary or a log dates the lines under it, as a year heading does.
 */
function endsTitle(text: string, start: number): boolean {
	const lineStart = lineStartWithin(text, start, TITLE_REACH);
	if (lineStart < 0 || !TITLE_BEFORE_YEAR.test(text.slice(lineStart, start))) return false;
	return lineStart === 0 || /\n[^\S\n]*\n$/.test(text.slice(Math.max(0, lineStart - 8), lineStart));
}

function year(start: number, end: number, fields: Fields, weak: boolean, fiscal = false): Candidate {
	return {
		start,
		end,
		type: 'DATE',
		expression: { kind: 'point', fields, fiscal: fiscal || undefined },
		source: 'year',
		weak: weak || undefined
	};
}

/** Prepositions that make the number after them a year even before a name ("In 1929 Wall Street crashed"; "at 1420 E. Battlefield St." is an address). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of']);

/** Whether a capital letter follows `at` after one space: a cheap look before the street's pattern. */
function capitalAfter(text: string, at: number): boolean {
	const c = text.charCodeAt(at + 1);
	return text.charCodeAt(at) === 32 && c >= 65 && c <= 90;
}

/** Words before "calendar 2021" that make it the calendar year. */
const CALENDAR_LEADS = new Set(['in', 'for', 'during', 'through', 'throughout', 'of']);

/** A street's name after a number: "1420 E. Battlefield St.", "1600 Pennsylvania Avenue". */
const STREET_AFTER = /^\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy)(?![\p{L}\p{N}])/u;

const digitYears: Recognizer = {
	name: 'year',
	triggers: ['#4', 'fiscal #', 'fiscal year', 'fy #', 'financial year', 'the year', 'calendar year', 'calendar #', 'post #', 'pre #'],
	pattern: pattern(
		`${WORD_START}(?:(fiscal(?:\\s+year)?|FY|financial\\s+year|the\\s+year|calendar(?:\\s+year)?|post-|pre-)[\\s-]*)?(${YEAR_PATTERN})(?:(\\s*[-–/]\\s*)(${YEAR_PATTERN}|\\d{2}))?${WORD_END}`,
		true
	),
	build(m, text) {
		const first = Number(m[2]);
		const prefix = m[1]?.toLowerCase() ?? '';
		const fiscal = prefix.includes('fiscal') || prefix === 'fy' || prefix.includes('financial');
		const firstStart = m.index + m[0].indexOf(m[2], prefix.length);
		const firstEnd = firstStart + m[2].length;
		const start = prefix ? m.index : firstStart;
		if (m[4]) {
			let second = Number(m[4]);
			if (m[4].length === 2) second = Math.floor(first / 100) * 100 + second;
			if (m[4].length === 2 && second <= first) second += 100;
			const isRange = second > first && second - first <= 100 && !(m[3].includes('/') && m[4].length === 4 && second - first > 1);
			if (isRange) {
				const context = prefix ? 'strong' : yearContext(text, firstStart, m.index + m[0].length);
				if (context === 'no') return null;
				const secondStart = m.index + m[0].length - m[4].length;
				const from = year(start, firstEnd, { year: first }, false, fiscal);
				const to = year(secondStart, m.index + m[0].length, { year: second }, false, fiscal);
				return {
					start,
					end: m.index + m[0].length,
					type: 'DATE',
					expression: { kind: 'range', from, to },
					source: 'yearRange'
				};
			}
			// "2001-02-03" and the like are read by the numeric-date recognizer.
			if (/^\s*[-/]\s*$/.test(m[3]) && m[4].length === 2 && /^[-/]\d{2}[-/]\d/.test(text.slice(firstEnd, firstEnd + 5))) return null;
		}
		if (prefix === 'post-' || prefix === 'pre-') {
			const c = year(start, firstEnd, { year: first }, false);
			c.mod = prefix === 'post-' ? 'AFTER' : 'BEFORE';
			return c;
		}
		// "sold 10.5 million vehicles in calendar 2021" ("a stone calendar 1500 years old" is no year).
		if (prefix === 'calendar' && !CALENDAR_LEADS.has(wordBefore(text, m.index))) return null;
		if (prefix) return year(start, firstEnd, { year: first }, false, fiscal);
		const heading = headingOfLines(text, firstStart, firstEnd);
		if (heading) return { ...year(firstStart, firstEnd, { year: first }, false), heading };
		// "1420 E. Battlefield St.": a street number ("In 1929 Wall Street crashed" is a year).
		if (capitalAfter(text, firstEnd) && !YEAR_PREPOSITIONS.has(wordBefore(text, firstStart)) && STREET_AFTER.test(text.slice(firstEnd, firstEnd + 48))) return null;
		const context = yearContext(text, firstStart, firstEnd);
		if (context === 'no') return null;
		const c = year(firstStart, firstEnd, { year: first }, context === 'weak');
		if (context === 'determined') c.determined = true;
		return c;
	}
};

const SPOKEN_TENS_FIRST = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred'.split(' ');
const SPOKEN_TENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';

const spokenYears: Recognizer = {
	name: 'spokenYear',
	triggers: ['the year', ...['eighteen', 'nineteen', 'twenty'].flatMap((w) => followed(w, SPOKEN_TENS_FIRST)), 'two thousand'],
	pattern: pattern(
		`${WORD_START}(?:(the\\s+year)\\s+)?(?:(eighteen|nineteen|twenty)[- ](${SPOKEN_TENS}|hundred)|(two\\s+thousand)(?:(?:\\s+and)?\\s+(${CARDINAL_WORDS_PATTERN}))?)${WORD_END}`,
		true
	),
	build(m) {
		let value: number | null = null;
		if (m[2]) {
			const hundreds = { eighteen: 1800, nineteen: 1900, twenty: 2000 }[m[2].toLowerCase()]!;
			const rest = m[3].toLowerCase() === 'hundred' ? 0 : parseQuantity(m[3])?.value ?? null;
			if (rest === null || rest >= 100) return null;
			value = hundreds + rest;
		} else if (m[4]) {
			// "two thousand" alone is mostly a count; it is a year after "the year" or with its units.
			if (!m[1] && !m[5]) return null;
			const rest = m[5] ? parseQuantity(m[5])?.value ?? null : 0;
			if (rest === null || rest >= 100) return null;
			value = 2000 + rest;
		}
		if (value === null) return null;
		return year(m.index, m.index + m[0].length, { year: value }, false);
	}
};

/**
 * A year with its era, "AD 793", "793 AD", "410 CE": the era's capitals make any number of
 * up to four digits a year of the common era. Years before it ("31 BC") are not read.
 */
const eraYears: Recognizer = {
	name: 'eraYear',
	// Read at the era, the rarer word: "793 AD" is matched from its "AD", looking back for the number.
	triggers: ['ad', 'ce'],
	pattern: pattern(`${WORD_START}(?:AD\\s+([1-9]\\d{0,3})|(?<=(?<![\\p{L}\\p{N}])([1-9]\\d{0,3})\\s{1,3})(?:AD|CE))${WORD_END}`),
	build(m, text) {
		if (m[1]) return year(m.index, m.index + m[0].length, { year: Number(m[1]) }, false);
		const start = text.lastIndexOf(m[2], m.index);
		return year(start, m.index + m[0].length, { year: Number(m[2]) }, false);
	}
};

/** What may follow a year of three digits: a sentence's end or a clause's first word, never a noun it counts. */
const EARLY_YEAR_FOLLOWERS = ['the', 'and', 'when', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'a', 'an'];
const EARLY_YEAR_END = new RegExp(`^(?:\\.(?!\\d)|\\s+(?:${EARLY_YEAR_FOLLOWERS.join('|')})(?![\\p{L}\\p{N}]))`, 'iu');
/** A number within the three words before "in": "one in 100", "affects one person in 250" are ratios. */
const RATIO_BEFORE = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * "In 410 the Visigoths sacked Rome", "invaded Gaul in 451 and were turned back", "fell in 476.": a number
 * of three digits after "in" at the end of its sentence or before its clause goes on is a year of the
 * first millennium; "in 476 cases", "finished in 145, two shots back", "one person in 250" count. (A
 * year of four digits needs no such care; one of two or one digit needs its era.)
 */
const earlyYears: Recognizer = {
	name: 'earlyYear',
	triggers: ['#3'],
	numberFollowers: ['.', ...EARLY_YEAR_FOLLOWERS],
	pattern: pattern(`${WORD_START}([1-9]\\d{2})(?![\\p{L}\\p{N}]|[.,:/%-]\\d)`),
	build(m, text) {
		const before = wordsBefore(text, m.index, 4).map((w) => w.toLowerCase());
		// The words of this sentence only: "… reform. In 410 the Visigoths".
		const ended = before.findLastIndex((w) => w.endsWith('.'));
		if (before.at(-1) !== 'in' || before.slice(ended + 1, -1).some((w) => RATIO_BEFORE.test(w))) return null;
		const end = m.index + m[0].length;
		if (!EARLY_YEAR_END.test(text.slice(end, end + 8))) return null;
		return year(m.index, end, { year: Number(m[1]) }, false);
	}
};

/**
 * "A.D. 375", "375 A.D.": the era with points, as older print writes it. Read at its "D", the one word start
 * of the two letters that no common word shares, looking back for the "A." and the number.
 */
const dottedEraYears: Recognizer = {
	name: 'dottedEraYear',
	triggers: ['d'],
	pattern: pattern(`(?:(?<=(?<![\\p{L}\\p{N}])A\\.)D\\.\\s*([1-9]\\d{0,3})|(?<=(?<![\\p{L}\\p{N}])([1-9]\\d{0,3})\\s{1,3}A\\.)D\\.)${WORD_END}`),
	build(m, text) {
		if (m[1]) return year(m.index - 2, m.index + m[0].length, { year: Number(m[1]) }, false);
		const start = text.lastIndexOf(m[2], m.index);
		return year(start, m.index + m[0].length, { year: Number(m[2]) }, false);
	}
};

export const yearRecognizers: Recognizer[] = [digitYears, spokenYears, eraYears, dottedEraYears, earlyYears];
