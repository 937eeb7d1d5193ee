import { CARDINAL_WORDS, ORDINAL_FIRST_WORDS, ORDINAL_PATTERN, ORDINAL_WORDS, parseOrdinal } from '$lib/extract/text/numbers';
import { irregularPast, pastForm } from '$lib/extract/text/tense';
import { latinMonthAfter, MONTH_PATTERN, MONTH_TRIGGERS, monthNumber, namesTheTimeAfter, ORDINAL_SUFFIXES, ordinalSuffix, TRAILING_MODIFIER, WORDS_AFTER_A_TIME, YEAR_PATTERN } from '../calendarWords';
import type { Candidate, Fields, Relation } from '../expression';
import { followed, leadsLineEntry, pattern, wordAfter, wordBefore, wordsBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';
import { yearOfNamedDay } from './holidays';

/**
 * Dates written with a month name: "6 September 2021", "Sept. 6, 2021", "September 6th", "the 6th of
 * September", "29th of February", "September 2021", "September of 2021", a bare "September", and day
 * ranges within a month ("August 13-15", "13 to 15 August 2021").
 *
 * A bare month name counts only when capitalized, and "May" and "March" (a verb, a modal, a name) only
 * after a word that introduces a time ("in May", "last March", "early May", "as early as May") or before a
 * day or year.
 * A month name followed by a capitalized word is a name ("April Ryan", "August Wilson").
 */

/** A day by its digits, with its ordinal's letters or the older "2d", "3d", "22d", "23d". */
const DAY_DIGITS = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th|(?<!1\\d)(?<=[23])d)?';
const DAY = `(?:${DAY_DIGITS}|${ORDINAL_PATTERN})`;
/**
 * A year of four digits, or of three, or one beyond 2199, where nothing but a mark or an era follows
 * ("8 June 793.", "June 793 AD", "until 22 March 2285;"), since "on 8 June, 793 people" and "by mid-July,
 * 800,000" are counts.
 */
const YEAR = `(?:${YEAR_PATTERN}|(?:[1-9]\\d{2}|2[2-9]\\d{2}|[3-9]\\d{3})(?=[.,;:!?)](?!\\d)|\\s*$|\\s+(?:AD|CE|A\\.D\\.|C\\.E\\.)(?![\\p{L}\\p{N}])))`;
/** A year by its last two digits, "Nov. 22, '63", "22 Nov '63". */
const SHORT_YEAR = "['’]\\d{2}";
/** The year a date's year text gives: its number, or its last two digits after an apostrophe. */
const yearFields = (year: string): Fields => (/^\d/.test(year) ? { year: Number(year) } : { yearInCentury: Number(year.slice(1)) });
const RANGE_DASH = '(?:\\s*[-–—]\\s*|\\s+(?:to|through|until|till)\\s+)';
/** A range's dash, or the slash of a night that runs over two days ("the night of 23/24 February"). */
const RANGE_DASH_OR_SLASH = `(${RANGE_DASH}|/)`;

const isCapitalized = (s: string) => /^\p{Lu}/u.test(s);

/** Words after which a bare "May" or "March" is a month. */
const MONTH_INTRODUCERS = new Set([
	'in',
	'of',
	'since',
	'until',
	'till',
	'by',
	'from',
	'to',
	'through',
	'during',
	'before',
	'after',
	'early',
	'late',
	'mid',
	'mid-',
	'last',
	'next',
	'this',
	'that',
	'each',
	'every',
	'between',
	'around',
	'throughout',
	'and',
	'or',
	'late-',
	'early-'
]);

/** The word before "as" that makes "as … as May" a bound in time: "as early as", "as late as", "as soon as". */
const AS_BOUND = /^(?:early|late|soon)$/i;

/**
 * Participles that fix a date for a thing: "scheduled for March" is a month, "a vote for May" and "pushed
 * for May to quit" a name. (Normalization's scheduling stems also take "called", which calls for people
 * as often: here only a plan's participle will do.)
 */
const SCHEDULED = /^(?:(?:re)?scheduled|set|slated|planned|fixed|booked|due|penciled|pencilled|earmarked)$/i;

/** Prepositions that make the month after them the time of the clause: "In April police withdrew". */
const CLAUSE_TIME_LEADS = new Set(['in', 'on', 'since', 'until', 'till', 'by', 'from', 'during', 'through', 'throughout', 'before', 'after']);

/** "a June agreement", "the Jan. 14 deadline", "May's vote": the time of a thing, not of the clause. */
function markAttributive(c: Candidate, text: string) {
	// "In April police withdrew", "By early April they had left": no noun is dated after a preposition.
	const words = wordsBefore(text, c.start, 2).map((w) => w.toLowerCase());
	const lead = words[words.length - 1] ?? '';
	if (CLAUSE_TIME_LEADS.has(lead) || (/^(?:early|late|mid)$/.test(lead) && words.length === 2 && CLAUSE_TIME_LEADS.has(words[0]))) return;
	const after = wordAfter(text, c.end);
	const attributive = /^['’]s\b/.test(text.slice(c.end, c.end + 3)) || (/^\p{Ll}/u.test(after) && !WORDS_AFTER_A_TIME.has(after.toLowerCase()));
	if (attributive && c.expression.kind === 'point') c.expression.attributive = true;
}

function parseDay(text: string): number | null {
	const digits = /^(\d{1,2})/.exec(text);
	if (digits) return Number(digits[1]);
	return parseOrdinal(text);
}

function point(start: number, end: number, fields: Fields, source: string): Candidate {
	return { start, end, type: 'DATE', expression: { kind: 'point', fields }, source };
}

const monthDayYear: Recognizer = {
	name: 'monthDayYear',
	triggers: MONTH_TRIGGERS,
	pattern: pattern(`${WORD_START}(${MONTH_PATTERN})\\s*(${DAY})${WORD_END}(?:(,\\s*|\\s+)(${YEAR}|${SHORT_YEAR})${WORD_END})?`, true),
	build(m, text) {
		if (!isCapitalized(m[1])) return null;
		const month = monthNumber(m[1]);
		const day = parseDay(m[2]);
		if (!month || !day || day > 31) return null;
		// "Sept. 6 2021" needs no comma, but "May 5 2000 people" would: a year after a bare space must not
		// be followed by a noun.
		let fields: Fields = { month, day };
		let end = m.index + m[1].length + m[0].slice(m[1].length).indexOf(m[2]) + m[2].length;
		// "January and February 2.1C above the average": a number with decimals is an amount, not a day.
		if (!m[4] && /^\.\d/.test(text.slice(end, end + 2))) return null;
		if (m[4]) {
			fields = { ...fields, ...yearFields(m[4]) };
			end = m.index + m[0].length;
		} else {
			// "the September 11 attacks": a day that names an attack names its year.
			const named = yearOfNamedDay(month, day, text, end);
			if (named) fields.year = named;
		}
		const c = point(m.index, end, fields, 'monthDayYear');
		markAttributive(c, text);
		return c;
	}
};

const dayMonthYear: Recognizer = {
	name: 'dayMonthYear',
	triggers: ['#1', 'the #', ...ORDINAL_WORDS.single.flatMap((w) => followed(w, ['of'])), ...ORDINAL_WORDS.tens.flatMap((w) => followed(w, ORDINAL_WORDS.afterTens)), ...followed('the', ORDINAL_FIRST_WORDS)],
	numberFollowers: [...MONTH_TRIGGERS, ...ORDINAL_SUFFIXES, 'of'],
	// "the 7th day of June 2019", as deeds and notices date themselves.
	// "the 9th of last November": a day of the month named with its direction, as "last November" is.
	pattern: pattern(`${WORD_START}(?:(the)\\s+)?(${DAY})(\\s+day\\s+of|\\s+of(?:\\s+(last|next))?)?\\s+(${MONTH_PATTERN})(?:,?\\s*(${YEAR}|${SHORT_YEAR}))?${WORD_END}`, true),
	build(m, text) {
		const [, the, dayText, of, direction, monthName, yearText] = m;
		if (!isCapitalized(monthName)) return null;
		const month = monthNumber(monthName);
		const day = parseDay(dayText);
		if (!month || !day || day > 31) return null;
		const wordDay = !/^\d/.test(dayText);
		// "the sixth of September" needs its "of"; "second March" is an ordinal and a noun; "7 day of" no day.
		if (wordDay && !of) return null;
		if (of && /day/i.test(of) && !wordDay && !/\d(?:st|nd|rd|th)$/i.test(dayText)) return null;
		let fields: Fields = { month, day };
		if (yearText) {
			if (direction) return null;
			fields = { ...fields, ...yearFields(yearText) };
		} else if (!direction) {
			const named = yearOfNamedDay(month, day, text, m.index + m[0].length);
			if (named) fields.year = named;
		}
		const start = the ? m.index : m.index + (m[0].length - m[0].trimStart().length);
		if (direction) {
			const relation = { kind: 'named', direction: direction.toLowerCase() === 'last' ? 'last' : 'next' } as const;
			return { start, end: m.index + m[0].length, type: 'DATE', expression: { kind: 'point', fields, relation }, source: 'dayMonthYear' };
		}
		const c = point(start, m.index + m[0].length, fields, 'dayMonthYear');
		// "The Fourth of July celebrations", "the 6 June deadline": a date before the noun it dates.
		markAttributive(c, text);
		return c;
	}
};

const monthYear: Recognizer = {
	name: 'monthYear',
	triggers: MONTH_TRIGGERS,
	pattern: pattern(`${WORD_START}(${MONTH_PATTERN})(?:\\s+of)?,?\\s*(${YEAR})${WORD_END}`, true),
	build(m, text) {
		if (!isCapitalized(m[1])) return null;
		const month = monthNumber(m[1]);
		if (!month) return null;
		// "The Long March of 1934–35": the name of an event, in its years.
		if (namesTheTimeAfter(wordsBefore(text, m.index)[0] ?? '')) return null;
		const c = point(m.index, m.index + m[0].length, { month, year: Number(m[2]) }, 'monthYear');
		// "Jul 2021 - President Moïse is shot dead … of the 7th": the month heading a timeline's entry dates
		// that line, and no more.
		if (leadsLineEntry(text, c.start, c.end)) c.heading = 'line';
		return c;
	}
};

/** Capitalized nouns of places whose names go on with "of" and a month: "the Isle of May", "Avenue of May". */
const PLACE_BEFORE_OF = /^(?:Isle|Island|Port|Mount|Cape|Bay|Firth|Sound|Loch|Lake|Strait|Plaza|Avenue|Street|Square)$/;

const bareMonth: Recognizer = {
	name: 'bareMonth',
	triggers: MONTH_TRIGGERS,
	pattern: pattern(`${WORD_START}(${MONTH_PATTERN})${WORD_END}`, true),
	build(m, text) {
		const name = m[1];
		if (!isCapitalized(name)) return null;
		const month = monthNumber(name);
		if (!month) return null;
		const abbreviated = !/^(january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(name);
		const before = wordBefore(text, m.index);
		// "May: Sarajevo is encircled", "1986 May – …", "1965 Nov – …": the month heading an entry of a
		// timeline, abbreviated or not; the year before it dates that line.
		const end = m.index + name.length;
		if (leadsLineEntry(text, m.index, end)) return point(m.index, end, { month }, 'bareMonth');
		const yearStart = /^(?:1[0-9]|20)\d{2}$/.test(before) ? text.lastIndexOf(before, m.index) : -1;
		if (yearStart >= 0 && leadsLineEntry(text, yearStart, end)) return { ...point(yearStart, end, { month, year: Number(before) }, 'bareMonth'), heading: 'line' };
		if (abbreviated && !name.endsWith('.')) return null;
		const after = wordAfter(text, end);
		// "as early as May", "as late as March": a time set as a bound.
		const introduced =
			MONTH_INTRODUCERS.has(before) ||
			before.endsWith('mid-') ||
			(before === 'for' && SCHEDULED.test(wordsBefore(text, m.index, 2)[0] ?? '')) ||
			(before === 'as' && AS_BOUND.test(wordsBefore(text, m.index, 2)[0] ?? ''));
		// "the March accession", "a May deadline": a month before the noun it dates.
		const datesNoun = /^(?:the|a|an|this|that|its|their|his|her)$/.test(before) && /^\p{Ll}/u.test(after) && !WORDS_AFTER_A_TIME.has(after.toLowerCase());
		if ((month === 5 || month === 3) && !introduced && !datesNoun) return null;
		// "the Isle of May", "the Avenue of May": a place's name.
		if (before === 'of' && PLACE_BEFORE_OF.test(wordsBefore(text, m.index, 2)[0] ?? '')) return null;
		// "Bryant and May's works", "Marks and March's shop": a firm's name in the possessive, not a month
		// listed after another ("April and May's rains" is one).
		if (before === 'and' && POSSESSIVE_AFTER.test(text.slice(end, end + 3))) {
			const partner = wordsBefore(text, m.index, 2)[0] ?? '';
			if (/^\p{Lu}/u.test(partner) && monthNumber(partner) === null) return null;
		}
		// "April Ryan", "and August Wilson": a capitalized word after makes a name, unless a preposition
		// makes the month a time ("in August Kabul fell" is rare, "in August" common).
		const prepositional = introduced && !/^(and|or|this|that|last|next|each|every)$/.test(before);
		if (after && /^\p{Lu}/u.test(after) && !prepositional) return null;
		// "Black September", the name of an event or a group.
		if (namesTheTimeAfter(wordsBefore(text, m.index)[0] ?? '')) return null;
		// "the figures of August last", "in March next": the formal order of "last August", "next March".
		const trailing = TRAILING_MODIFIER.exec(text.slice(end, end + 24));
		if (trailing) {
			const direction = trailing[1] === 'last' ? 'last' : 'next';
			return { start: m.index, end: end + trailing[0].length, type: 'DATE', expression: { kind: 'point', fields: { month }, relation: { kind: 'named', direction } }, source: 'bareMonth' };
		}
		const c = point(m.index, end, { month }, 'bareMonth');
		markAttributive(c, text);
		return c;
	}
};

function rangeCandidate(
	start: number,
	end: number,
	from: Candidate,
	to: Candidate,
	source: string
): Candidate {
	return { start, end, type: 'DATE', expression: { kind: 'range', from, to }, source };
}

/** The days of a range within one month ("August 13-15", "13–15 August 2021"), or null when they are none. */
function dayRange(monthName: string, first: string, second: string, yearText: string | undefined, separator: string) {
	if (!isCapitalized(monthName)) return null;
	const month = monthNumber(monthName);
	const d1 = parseDay(first);
	const d2 = parseDay(second);
	if (!month || !d1 || !d2 || d1 >= d2 || d2 > 31) return null;
	// A slash joins only the two days a night runs over.
	if (separator === '/' && d2 !== d1 + 1) return null;
	return { month, d1, d2, year: yearText ? Number(yearText) : undefined };
}

const monthDayRange: Recognizer = {
	name: 'monthDayRange',
	triggers: MONTH_TRIGGERS,
	// "the total since July 1 to 3,012": the end must be a whole number, and no clock's hour ("Feb 3 — 06:00").
	pattern: pattern(`${WORD_START}(${MONTH_PATTERN})\\s*(${DAY_DIGITS})${RANGE_DASH_OR_SLASH}(${DAY_DIGITS})${WORD_END}(?![.,:]\\d)(?:,?\\s*(${YEAR})${WORD_END})?`, true),
	build(m) {
		const days = dayRange(m[1], m[2], m[4], m[5], m[3]);
		if (!days) return null;
		const { month, d1, d2, year } = days;
		const whole = m[0];
		const firstEnd = m.index + m[1].length + whole.slice(m[1].length).indexOf(m[2]) + m[2].length;
		const secondStart = firstEnd + m[3].length;
		const from = point(m.index, firstEnd, { month, day: d1, year }, 'monthDayRange');
		const to = point(secondStart, m.index + whole.length, { month, day: d2, year }, 'monthDayRange');
		return rangeCandidate(m.index, m.index + whole.length, from, to, 'monthDayRange');
	}
};

const dayMonthRange: Recognizer = {
	name: 'dayMonthRange',
	triggers: ['#1'],
	numberFollowers: [...ORDINAL_SUFFIXES, 'to', 'through', 'until', 'till', 'and', '#'],
	pattern: pattern(`${WORD_START}(${DAY_DIGITS})(${RANGE_DASH}|/|\\s+and\\s+)(${DAY_DIGITS})\\s+(${MONTH_PATTERN})(?:,?\\s*(${YEAR}))?${WORD_END}`, true),
	build(m, text) {
		// "between 26 and 29 November": the ends of one stretch; "on 26 and 29 November", two days.
		if (/and/i.test(m[2]) && wordBefore(text, m.index) !== 'between') return null;
		const days = dayRange(m[4], m[1], m[3], m[5], m[2]);
		if (!days) return null;
		const { month, d1, d2, year } = days;
		const whole = m[0];
		const secondStart = m.index + m[1].length + m[2].length;
		const from = point(m.index, m.index + m[1].length, { month, day: d1, year }, 'dayMonthRange');
		const to = point(secondStart, m.index + whole.length, { month, day: d2, year }, 'dayMonthRange');
		return rangeCandidate(m.index, m.index + whole.length, from, to, 'dayMonthRange');
	}
};

/** "April 24 and 25": the second day of the same month, as a date of its own. */
const monthDayPair: Recognizer = {
	name: 'monthDayPair',
	triggers: MONTH_TRIGGERS,
	pattern: pattern(`${WORD_START}(${MONTH_PATTERN})\\s*(${DAY_DIGITS})\\s+(?:and|&)\\s+(${DAY_DIGITS})${WORD_END}(?!\\s*(?:[-–]|percent|%|p\\.?m|a\\.?m|\\p{L}))`, true),
	build(m) {
		if (!isCapitalized(m[1])) return null;
		const month = monthNumber(m[1]);
		const d1 = parseDay(m[2]);
		const d2 = parseDay(m[3]);
		if (!month || !d1 || !d2 || d1 >= d2 || d2 > 31) return null;
		const firstEnd = m.index + m[1].length + m[0].slice(m[1].length).indexOf(m[2]) + m[2].length;
		const secondStart = m.index + m[0].length - m[3].length;
		return [point(m.index, firstEnd, { month, day: d1 }, 'monthDayPair'), point(secondStart, m.index + m[0].length, { month, day: d2 }, 'monthDayPair')];
	}
};

const LISTED_DAY = new RegExp(DAY_DIGITS, 'g');
/** Words a list of days follows: "on 23 and 24 May"; "scored 3 and 4 May" holds a count. */
const DAY_LIST_LEADS = new Set(['on', 'of', 'for', 'over', 'from', 'by', 'until', 'till', 'since', 'to', 'during', 'across']);

/** The days listed with commas before the last two ("on 3, 4 and 5 March"), ending where the pattern starts. */
const EARLIER_DAYS = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${DAY_DIGITS}\\s*,\\s*){1,5})$`, 'u');

/**
 * "on 23 and 24 May", "3, 4 and 5 March 2021", "23 or 24 May": the days listed before the one that names
 * their month, each a date of its own in that month (the last is read with its month by `dayMonthYear`).
 * "between 26 and 29 November" is a range (`dayMonthRange`).
 */
const dayMonthList: Recognizer = {
	name: 'dayMonthList',
	triggers: ['#1'],
	// Tried at the day before "and" or "or" only (a day before a comma is as often one of "Sept. 6, 2021").
	numberFollowers: [...ORDINAL_SUFFIXES, 'and', 'or'],
	pattern: pattern(`${WORD_START}${DAY_DIGITS}\\s+(?:and|or|&)\\s+(${DAY_DIGITS})\\s+(${MONTH_PATTERN})(?:,?\\s*(${YEAR}))?${WORD_END}`, true),
	build(m, text) {
		if (!isCapitalized(m[2])) return null;
		const month = monthNumber(m[2]);
		if (!month) return null;
		const earlier = EARLIER_DAYS.exec(text.slice(Math.max(0, m.index - 40), m.index));
		const listStart = earlier ? m.index - earlier[1].length : m.index;
		if (!DAY_LIST_LEADS.has(wordBefore(text, listStart))) return null;
		const listEnd = m.index + m[0].lastIndexOf(m[1], m[0].length - m[2].length);
		const days: Candidate[] = [];
		let last = 0;
		LISTED_DAY.lastIndex = listStart;
		for (let d = LISTED_DAY.exec(text); d && d.index < listEnd; d = LISTED_DAY.exec(text)) {
			const day = parseDay(d[0]);
			if (!day || day <= last) return null;
			last = day;
			days.push(point(d.index, d.index + d[0].length, m[3] ? { month, day, year: Number(m[3]) } : { month, day }, 'dayMonthList'));
		}
		const final = parseDay(m[1]);
		return final && final > last ? days : null;
	}
};

/**
 * A verb that goes on after a subject the day ends ("a fund opened on the 20th has already reached", "the
 * injunction granted on the 8th forced the union", "a counter-attack on the 22nd failed."): an auxiliary, or
 * a past form before its object or ending the clause ("the 3rd seeded player" has none).
 */
const VERB_AFTER_A_SUBJECT = String.raw`(?:has|have|had|was|were|is|are|will|would|could|should|can|did)\b|[a-z]{2,}ed(?:\s+(?:the|a|an|his|her|its|their|them|him|it|to)\b|\s*[.;!?])`;

/** What may follow a day named alone: the end of a phrase or of a line, a clause's first word ("on the 25th if we fail"), a verb. */
const DAY_FOLLOWER = new RegExp(String.raw`^(?:[ \t]*\r?\n|\s*(?:[,.;:!?)]|$|and\b|or\b|to\b|for\b|when\b|as\b|but\b|until\b|at\b|that\b|which\b|in\b|with\b|without\b|despite\b|amid\b|under\b|against\b|during\b|after\b|before\b|the\b|an?\b|(?:if|unless|while|because|although|though|once)\b|(?:its|his|her|their|our|my|your|they|he|she|it|we|i|you|there)\b|${VERB_AFTER_A_SUBJECT}))`, 'i');
/**
 * A subject's name and the word after it: "on the 17th Darwin landed", "On the night of the 24th Travis wrote",
 * "On the 26th General Freyberg told", "on the 15th Godfrey of Bouillon's men crossed", "on the 9th Lloyd-Evans's
 * III Corps withdrew" (a name's noun).
 */
const NAME_AND_WORD = /^\s+(?:\p{Lu}\p{Ll}+\s+(?:of\s+)?){0,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:['’]s(?:\s+\p{L}+){1,2}?)?\s+(\p{Ll}{2,})(?![\p{L}\p{N}])/u;
/** A modal or "to" before "on" and a day: "would on the 27th cross", "is to on the 3rd open". */
const MODAL_BEFORE_ON = /^(?:will|would|shall|should|can|could|may|might|must|to|did|does|do)$/i;
/** A bare verb after the day a modal's "on" names: a lower-case word. */
const BARE_VERB_AFTER = /^\s+\p{Ll}{2,}(?![\p{L}\p{N}])/u;
/** How far after a day its subject's name and verb may reach. */
const NAME_AND_VERB_REACH = 48;

/** A subject's name and its verb in the past after the day ("the 17th Lancers" has no verb). */
function nameAndPastVerb(after: string): boolean {
	const word = NAME_AND_WORD.exec(after)?.[1];
	return !!word && pastForm(word);
}
/**
 * Nouns an ordinal counts in place, in turn or in an army ("on the 5th floor", "on the 3rd day", "on the 18th
 * hole", "the 9th battalion").
 */
const ORDINAL_NOUNS = new Set(
	'floor storey story hole green tee lap leg page line step round day night morning evening minute over attempt try time occasion anniversary ballot count reading stage level mile battalion brigade division regiment company army corps fleet squadron platoon'.split(' ')
);
/** How far after a day a bare subject and its verb may reach. */
const BARE_SUBJECT_REACH = 48;
/** "On the 9th ice carried from the firth closed the harbour", "On the 6th snow fell": a bare noun, then a past verb within a few words. */
const BARE_SUBJECT = /^\s+(\p{Ll}{3,})((?:\s+[\p{L}'’]+){1,4})/u;
function bareSubjectAndPastVerb(after: string): boolean {
	const m = BARE_SUBJECT.exec(after);
	return !!m && !ORDINAL_NOUNS.has(m[1]) && m[2].trim().split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && pastForm(w));
}

/** Whether "On" before the day at `start` opens its sentence ("… at Freswick. On the 19th"). */
function opensItsSentence(text: string, start: number): boolean {
	return /(?:^|[.!?]["”’)]?\s+|\n\s*)On\s+$/u.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * A title and a name set off by a comma after "on" and the day: "On the 31st General Sato, short of food,
 * began" ("On the 4th Armoured Division, …" names no one).
 */
const TITLED_NAME_AND_COMMA =
	/^\s+(?:General|Colonel|Captain|Admiral|Major|Lieutenant|Sergeant|Commander|Marshal|President|King|Queen|Prince|Princess|Lord|Lady|Sir|Dr|Mr|Mrs|Ms|Bishop|Pope|Emperor|Chancellor|Senator|Governor)\.?\s+\p{Lu}\p{Ll}+,/u;
/**
 * After "the night of the 20th", a count may open the clause: "three men were killed", "only a few were left",
 * "all six boats were lost", "most were rescued".
 */
const COUNT_FOLLOWER = new RegExp(
	`^\\s*(?:(?:only|just|about|nearly|almost|barely|all|(?:more|fewer|less)\\s+than)\\s+)?(?:\\d|(?:a|an|some|dozens|hundreds|thousands|both|most|many|several|none|${CARDINAL_WORDS.join('|')})\\b)`,
	'i'
);

/**
 * A noun of an event before "of the 14th" ("the great storm of", "the attack of", "the sales of"), or of a thing
 * dated so ("his letter of"); not a word of quantity or of a part ("most of", "the end of"), nor a name ("the
 * men of the 5th").
 */
const EVENT_BEFORE_OF = /(?:^|[^\p{L}])(?:storm|gale|battle|attack|assault|raid|fire|flood|blast|explosion|riot|rising|uprising|massacre|meeting|election|vote|debate|speech|strike|march|landing|eclipse|earthquake|quake|crash|wreck|murder|coup|fall|sinking|charge|sortie|retreat|truce|sale|auction|trial|hearing|sitting|session|race|match|fair|letter|mail|post|budget|telegram|despatch|dispatch|proposal|offer|award|report|decision|statement|announcement|agreement|settlement|ruling|verdict|judgment|ultimatum)s?\s+of\s+$/iu;

/** Words naming a part of a day, before "of the 20th". */
const PART_OF_A_DAY = /^(?:night|morning|afternoon|evening|hours|dawn|daybreak|eve|midnight|noon)$/i;

/** A possessive "'s" right after a word. */
const POSSESSIVE_AFTER = /^['’]s(?![\p{L}\p{N}])/u;

/** "of December": a month named after a day. */
const MONTH_OF_A_DAY = new RegExp(`^\\s+of\\s+(?:${MONTH_PATTERN})(?![\\p{L}\\p{N}])`, 'iu');

/** "of last month", "of the following month": a month named relatively, which the merge refiner joins to the day. */
const OF_A_MONTH = /^\s+of\s+(?:last|this|next|that|the\s+(?:same|following|next|previous|preceding))\s+month(?![\p{L}\p{N}])/iu;
/** "of the month": the month of the writing, in news, as in "the end of the month"; a retold story's month. */
const OF_THE_MONTH = /^\s+of\s+the\s+month(?![\p{L}\p{N}'’])/iu;
/** "the 21st ult.": the day of the month a Latin word names, counted from the writing (`latinMonthAfter`). */
function dayOfLatinMonth(start: number, end: number, day: number, text: string): Candidate | null {
	const latin = latinMonthAfter(text, end);
	if (!latin) return null;
	return { start, end: end + latin.length, type: 'DATE', expression: { kind: 'point', fields: { day }, relation: { kind: 'deictic', unit: 'month', offset: latin.offset } }, source: 'bareDay' };
}

/** Whether `suffix` writes `day` as an ordinal: "6th", or the older "22d" and "3d" (a capital "3D" is no day). */
function ordinalOf(day: number, suffix: string): boolean {
	const proper = ordinalSuffix(day);
	return suffix === 'd' ? proper === 'nd' || proper === 'rd' : suffix.toLowerCase() === proper;
}

/**
 * "on the 6th", "by the 21st", "on the 22d": a day of the month named alone, after a word that introduces a date and
 * before the end of the phrase ("the 6th Army", "the 21st century" are other things); "of last month" or
 * "ult." may name its month.
 */
const bareDay: Recognizer = {
	name: 'bareDay',
	triggers: ['the #'],
	pattern: pattern(`${WORD_START}the\\s+(3[01]|[12]\\d|0?[1-9])(st|nd|rd|th|d)${WORD_END}(?:\\s+(?:and|or)\\s+((?:the\\s+)?(3[01]|[12]\\d|0?[1-9])(st|nd|rd|th|d))${WORD_END})?`, true),
	build(m, text) {
		const day = Number(m[1]);
		if (!ordinalOf(day, m[2])) return null;
		const before = wordBefore(text, m.index);
		// "the night of the 20th", "the early hours of the 26th": a part of a day named by its number.
		const partOfDay = before === 'of' && PART_OF_A_DAY.test(wordsBefore(text, m.index, 2)[0] ?? '');
		const firstEnd = m.index + m[0].indexOf(m[1] + m[2]) + m[1].length + m[2].length;
		// After "the 21st", "ult." makes it a date whatever word comes before ("your letter of", "dated").
		const latin = dayOfLatinMonth(m.index, firstEnd, day, text);
		if (latin) return latin;
		// "began on the 1st of the month": a day of the month named, whatever word comes before.
		const ofTheMonth = OF_THE_MONTH.exec(text.slice(firstEnd, firstEnd + 20));
		if (ofTheMonth) {
			const relation: Relation = { kind: 'deictic', unit: 'month', offset: 0, definite: true };
			return { start: m.index, end: firstEnd + ofTheMonth[0].length, type: 'DATE', expression: { kind: 'point', fields: { day }, relation }, source: 'bareDay' };
		}
		// "as late as the 9th of this month": a day of a month named relatively, whatever word comes before.
		if (!m[3] && OF_A_MONTH.test(text.slice(firstEnd, firstEnd + 32))) return point(m.index, firstEnd, { day }, 'bareDay');
		// "The great storm of the 14th sank the Prince": the day of an event a noun names.
		const eventOf = before === 'of' && !partOfDay && EVENT_BEFORE_OF.test(text.slice(Math.max(0, m.index - 24), m.index));
		if (!partOfDay && !eventOf && !/^(on|by|until|till|since|from|to|for|before|after|through|between|about|around)$/.test(before)) return null;
		// "said on the 6th that", "on the 6th in Kabul", "on the 14th its armies were routed", "on the 17th
		// Darwin landed": a clause or a place may follow the day.
		// "the earth would on the 27th cross the path": a day between a modal and its verb.
		const afterAModal = before === 'on' && MODAL_BEFORE_ON.test(wordsBefore(text, m.index, 2)[0] ?? '');
		const endsPhrase = (end: number) => {
			const after = text.slice(end, end + 24);
			if (eventOf) return DAY_FOLLOWER.test(after) || pastForm(wordAfter(text, end));
			return (
				DAY_FOLLOWER.test(after) ||
				// "The assault on the 13th began at four": an irregular past goes on after the subject the day ends.
				irregularPast(wordAfter(text, end)) ||
				(afterAModal && BARE_VERB_AFTER.test(after)) ||
				nameAndPastVerb(text.slice(end, end + NAME_AND_VERB_REACH)) ||
				(before === 'on' && TITLED_NAME_AND_COMMA.test(after)) ||
				(before === 'on' && opensItsSentence(text, m.index) && bareSubjectAndPastVerb(text.slice(end, end + BARE_SUBJECT_REACH))) ||
				(partOfDay && COUNT_FOLLOWER.test(after)) ||
				OF_A_MONTH.test(text.slice(end, end + 32))
			);
		};
		// "on the 12th and 13th": a second day of the same month ("the 12th and 13th brigades" are none).
		const second = m[3] ? Number(m[4]) : 0;
		const end = m.index + m[0].length;
		if (second > day && ordinalOf(second, m[5]) && endsPhrase(end)) {
			return [point(m.index, firstEnd, { day }, 'bareDay'), point(end - m[3].length, end, { day: second }, 'bareDay')];
		}
		// "between the 5th and the 9th of December": the second day has its month, and is read with it; the
		// first is of the same phrase.
		if (second > day && ordinalOf(second, m[5]) && MONTH_OF_A_DAY.test(text.slice(end, end + 16))) return point(m.index, firstEnd, { day }, 'bareDay');
		// A pair that does not end its phrase names something else: "the 12th and 13th brigades".
		if (second > day) return null;
		return endsPhrase(firstEnd) ? point(m.index, firstEnd, { day }, 'bareDay') : null;
	}
};

export const monthDateRecognizers: Recognizer[] = [
	monthDayPair,
	dayMonthList,
	bareDay,
	monthDayYear,
	dayMonthYear,
	monthYear,
	bareMonth,
	monthDayRange,
	dayMonthRange
];
