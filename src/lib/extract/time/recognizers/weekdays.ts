import { DAYS_IN_A_WEEK, latinMonthAfter, MONTH_PATTERN, monthNumber, NAME_HEAD_AFTER, namesTheTimeAfter, ordinalSuffix, PART_OF_DAY_PATTERN, partOfDayCode, TRAILING_MODIFIER, WEEKDAY_PATTERN, WEEKDAY_TRIGGERS, unitScale, weekdayNumber, YEAR_PATTERN } from '../calendarWords';
import type { Fields, Relation } from '../expression';
import { followed, pattern, wordAfter, wordBefore, wordsBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Weekdays: "Monday", "last Friday", "next Tuesday", "this Sunday", "this coming Sunday", "this past
 * Saturday", and anaphoric ones counted from the last mentioned day ("the previous Friday", "the
 * following Monday"). The name must be capitalized. The possessive "'s" stays outside the mention.
 */

const MODIFIER =
	'(last|next|this\\s+coming|this\\s+past|this|coming|past|the\\s+previous|the\\s+preceding|the\\s+following|the\\s+next)';

function relationOf(modifier: string | undefined): Relation | undefined {
	if (!modifier) return undefined;
	const m = modifier.toLowerCase().replace(/\s+/g, ' ');
	switch (m) {
		case 'last':
		case 'past':
		case 'this past':
			return { kind: 'named', direction: 'last' };
		case 'next':
		case 'coming':
		case 'this coming':
			return { kind: 'named', direction: 'next' };
		case 'this':
			return { kind: 'named', direction: 'this' };
		case 'the previous':
		case 'the preceding':
			return { kind: 'named', direction: 'last', anaphoric: true };
		default:
			return { kind: 'named', direction: 'next', anaphoric: true };
	}
}

const LISTED_BEFORE_PLURAL_PART = new RegExp(
	`(?:(?:\\s*,\\s*|\\s+(?:and|or|&)\\s+)${WEEKDAY_PATTERN}){1,2}\\s+(?:mornings|afternoons|evenings|nights)(?![\\p{L}\\p{N}])`,
	'uy'
);

/** Words before a weekday that make it a time even before a capitalized word. */
const NAME_BREAKERS = new Set('on since until till by before after from early late this last next and or his her their its our my your'.split(' '));


/** A clock time just before a weekday: "8 a.m. ", "8pm ", "20:00 ". */
const CLOCK_BEFORE = /(?:\d[ap]m|[ap]\.m\.|\d:\d\d)\s+$/i;

const startsUpper = (s: string) => {
	const c = s.charCodeAt(0);
	return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(s));
};

/** Where the next word after `i` starts (skipping spaces), or the mark there. */
function nextWordStart(text: string, i: number): number {
	let j = i;
	while (j < text.length && j - i < 40 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 160)) j++;
	return j;
}

/** The joining word of days written as one ("a Monday-to-Saturday service"). */
const HYPHENED_RANGE = /^(?:to|through|thru|till|until)$/;

/** "that" or "the" before a weekday, which make it the story's. */
const THAT_OR_THE = /^(?:that|the)$/i;
/** After a weekday, a side that counts it from another day ("the Saturday before") or the date it names. */
const NOT_OF_THE_STORY_AFTER = /^(?:\s+(?:before|after|following|previous|preceding)\b|,?\s+(?:the\s+)?\d)/i;

export const weekdayRecognizer: Recognizer = {
	name: 'weekday',
	triggers: [...WEEKDAY_TRIGGERS, ...['last', 'next', 'this', 'coming', 'past'].flatMap((w) => followed(w, [...WEEKDAY_TRIGGERS, 'coming', 'past'])), ...followed('the', ['previous', 'preceding', 'following', 'next'])],
	pattern: pattern(`${WORD_START}(?:${MODIFIER}\\s+)?(${WEEKDAY_PATTERN})(?:\\s+(${PART_OF_DAY_PATTERN}))?${WORD_END}`, true),
	build(m, text) {
		const name = m[2];
		if (!startsUpper(name)) return null;
		const weekday = weekdayNumber(name);
		if (!weekday) return null;
		const fields: Fields = { weekday };
		let end = m.index + m[0].length;
		if (m[3]) {
			const part = partOfDayCode(m[3]);
			if (part === 'MI') {
				fields.hour = 12;
				fields.minute = 0;
			} else if (part) fields.partOfDay = part;
			else end -= m[0].length - m[0].lastIndexOf(m[3]) + 1;
		}
		const next = nextWordStart(text, end);
		// "on Monday and Tuesday nights": each night of the list repeats (a set, read in sets.ts).
		if (!m[3] && (text.charCodeAt(next) === 44 || text.charCodeAt(next) === 38 || /[ao]/i.test(text[next] ?? ''))) {
			LISTED_BEFORE_PLURAL_PART.lastIndex = end;
			if (LISTED_BEFORE_PLURAL_PART.test(text)) return null;
		}
		// "the Sunday-school picnic", "Sunday-trading laws": a weekday joined by a hyphen to a noun names a thing
		// ("a Saturday-night dance" keeps its part of the day).
		if (!m[3] && text.charCodeAt(end) === 45) {
			const joined = /^-(\p{Ll}+)/u.exec(text.slice(end, end + 24))?.[1];
			if (joined && !partOfDayCode(joined) && !HYPHENED_RANGE.test(joined)) return null;
		}
		// "Bloody Sunday", "Black Friday", "Super Tuesday": days named for what happened on them, not
		// the nearest such weekday.
		const [previous = ''] = wordsBefore(text, m.index);
		if (!m[1] && namesTheTimeAfter(previous)) return null;
		const attributive = ((text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019) && /^['’]s\b/.test(text.slice(end, end + 3))) || undefined;
		// "the Sunday Times", "Good Friday Agreement": a weekday before a capitalized word names something,
		// unless a preposition makes it a time ("On Sunday Taliban fighters entered"), a possessive the
		// time of someone's doing ("his Sunday Mass") or a clock time its day ("at 8 a.m. Sunday Saigon time").
		if (!m[1] && !m[3] && next < text.length && startsUpper(text[next])) {
			const after = wordAfter(text, end);
			if (/^\p{Lu}\p{Ll}/u.test(after) && monthNumber(after) === null && weekdayNumber(after) === null && !NAME_BREAKERS.has(wordBefore(text, m.index)) && !CLOCK_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) return null;
		}
		// "on Wednesday the 27th", "on Saturday evening, the 28th ult.": the day of the month the weekday falls
		// on, and the month a Latin word names (last month's, this month's, next month's). "On Sunday night
		// the 5th Battalion attacked" names a unit.
		const nth = !m[1] && fields.hour === undefined ? THE_NTH_AFTER.exec(text.slice(end, end + 32)) : null;
		let relation: Relation | undefined;
		if (nth && nth[2].toLowerCase() === ordinalSuffix(Number(nth[1])) && !NAME_HEAD_AFTER.test(text.slice(end + nth[0].length, end + nth[0].length + 16))) {
			fields.day = Number(nth[1]);
			end += nth[0].length;
			const latin = latinMonthAfter(text, end);
			if (latin) {
				end += latin.length;
				relation = { kind: 'deictic', unit: 'month', offset: latin.offset };
			}
		}
		const british = !m[1] && !m[3] && fields.day === undefined ? weekAway(text, m.index, end) : null;
		if (british) {
			return { start: british.start, end: british.end, type: 'DATE', expression: { kind: 'point', fields, relation: british.relation, dayShift: british.dayShift }, source: 'weekday' };
		}
		// "on Tuesday next", "on Monday last", "on Wednesday evening last": the formal order of "next Tuesday"
		// ("Tuesday next week" is read as a day of that week).
		const trailing = !m[1] && fields.day === undefined ? TRAILING_MODIFIER.exec(text.slice(end, end + 24)) : null;
		if (trailing) {
			return { start: m.index, end: end + trailing[0].length, type: fields.partOfDay ? 'TIME' : 'DATE', expression: { kind: 'point', fields, relation: relationOf(trailing[1]) }, source: 'weekday' };
		}
		const weekBefore = m[1]?.toLowerCase() === 'last' && !m[3] ? weekBeforeLast(text, m.index) : null;
		if (weekBefore) {
			return { start: weekBefore.start, end, type: 'DATE', expression: { kind: 'point', fields, relation: relationOf(m[1]), dayShift: weekBefore.dayShift }, source: 'weekday' };
		}
		// "on a Friday", "one Sunday in May": some such day, which the name alone does not place. In "a
		// Sunday night memorial service" the article is the noun's, and the weekday dates it.
		const indefinite = !m[1] && INDEFINITE.has(wordBefore(text, m.index)) && !beforeANoun(text, end);
		// "locked at six o'clock on the Friday", "That Thursday the mills were silent": the weekday of the
		// story's day or the first after it ("the Saturday before", "the Sunday market", "the Thursday, 4
		// October" are others).
		const definite = !m[1] && !relation && fields.day === undefined && THAT_OR_THE.test(wordBefore(text, m.index)) && !beforeANoun(text, end) && !NOT_OF_THE_STORY_AFTER.test(text.slice(end, end + 16));
		if (definite) relation = { kind: 'named', direction: 'this', anaphoric: true };
		relation ??= indefinite ? { kind: 'anaphoric', unit: 'day', offset: 0, unresolved: true } : relationOf(m[1]);
		return {
			start: m.index,
			end,
			type: fields.partOfDay || fields.hour !== undefined ? 'TIME' : 'DATE',
			expression: { kind: 'point', fields, relation, attributive },
			source: 'weekday'
		};
	}
};

/**
 * A day of the month after a weekday: "Wednesday the 27th", "Friday, the 5th", "Friday 13th" (not "Friday,
 * the 30th of September" or "Thursday 7th July", dates with their month).
 */
const THE_NTH_AFTER = new RegExp(`^,?\\s+(?:the\\s+)?(3[01]|[12]\\d|0?[1-9])(st|nd|rd|th)(?![\\p{L}\\p{N}])(?!,?\\s+(?:of\\b|${MONTH_PATTERN}))`, 'iu');

/** "Monday week", not "On Monday week two of the trial began" or "Monday week of action". */
const WEEK_AFTER = /^\s+week(?![\p{L}'’])(?!\s+(?:\d|one|two|three|four|five|six|of)\b)/iu;
const A_WEEK_ON = /\ba\s+(week|fortnight)\s+(?:on|from)\s+$/i;
/** "a week last Tuesday": a week before the last one. */
const A_WEEK_BEFORE = /\ba\s+(week|fortnight)\s+$/i;
/** Words before "a week" that make it a length ("jailed for a week on Friday", "more than a week last Monday"). */
const LENGTH_LEADS = /^(?:for|than|about|over|within|after|in)$/i;
const THE_BEFORE = /\bthe\s+$/i;
/** "the Friday before last", not "the Friday before last year's election" nor "before last Sunday". */
const BEFORE_LAST = /^\s+before\s+last(?![\p{L}\p{N}'’-])(?!\s+(?:week|weekend|month|year|night|time|season|spring|summer|autumn|fall|winter|\p{Lu}))/u;
/** "the Sunday after next", not "the Sunday after next week's vote". */
const AFTER_NEXT = /^\s+after\s+next(?![\p{L}\p{N}'’-])(?!\s+(?:week|weekend|month|year|time|season|spring|summer|autumn|fall|winter|\p{Lu}))/u;

/**
 * The British ways of naming a weekday a week away: "Monday week", "a week on Friday" and "the Sunday after
 * next" (a week after the coming one), "the Friday before last" (a week before the last one). Slices of a
 * few characters are read with patterns, as the mention's new start is needed; "jailed for a week on
 * Friday" is a length and a day.
 */
function weekAway(text: string, start: number, end: number): { start: number; end: number; relation: Relation; dayShift: number } | null {
	const tail = text.slice(end, end + 28);
	let m = WEEK_AFTER.exec(tail);
	if (m) return { start, end: end + m[0].length, relation: { kind: 'named', direction: 'next' }, dayShift: 7 };
	const head = text.slice(Math.max(0, start - 16), start);
	m = A_WEEK_ON.exec(head);
	if (m && !LENGTH_LEADS.test(wordBefore(text, start - m[0].length))) return { start: start - m[0].length, end, relation: { kind: 'named', direction: 'next' }, dayShift: DAYS_IN_A_WEEK * unitScale(m[1]) };
	const the = THE_BEFORE.exec(head);
	if (!the) return null;
	m = BEFORE_LAST.exec(tail);
	if (m) return { start: start - the[0].length, end: end + m[0].length, relation: { kind: 'named', direction: 'last' }, dayShift: -7 };
	m = AFTER_NEXT.exec(tail);
	if (m) return { start: start - the[0].length, end: end + m[0].length, relation: { kind: 'named', direction: 'next' }, dayShift: 7 };
	return null;
}

/** "a week last Tuesday", "a fortnight last Friday": so long before the last such weekday (`start`: where "last" begins). */
function weekBeforeLast(text: string, start: number): { start: number; dayShift: number } | null {
	const m = A_WEEK_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
	if (!m || LENGTH_LEADS.test(wordBefore(text, start - m[0].length))) return null;
	return { start: start - m[0].length, dayShift: -DAYS_IN_A_WEEK * unitScale(m[1]) };
}

/** Words that make a weekday some such day; "another Friday (of protests)" is the latest one. */
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'any']);
/** Words that may follow a weekday standing alone ("on a Friday in May", "a Sunday when …", "the first time on a Saturday since"). */
const AFTER_A_DAY = new Set(['in', 'of', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'as', 'since', 'until', 'from', 'because', 'if', 'and', 'or', 'but', 'that', 'which', 'with', 'to', 'for', 'the', 'a', 'an', 'last', 'this', 'next', 'is', 'was', 'were', 'had', 'has', 'will', 'would']);

/** Whether a lower-case word other than those follows: the weekday then qualifies a noun ("a Friday prayer"). */
function beforeANoun(text: string, end: number): boolean {
	const after = wordAfter(text, end);
	return after !== '' && /^\p{Ll}/u.test(after) && !AFTER_A_DAY.has(after);
}

/**
 * "the weekend", "over the weekend", "had run all weekend", "for the long weekend": the nearest weekend by
 * tense, as for a weekday ("all" says how much of it, as "throughout" would, and is not part of the time).
 */
export const weekendRecognizer: Recognizer = {
	name: 'weekend',
	triggers: ['the weekend', 'all weekend', 'the long', 'the holiday'],
	pattern: pattern(`${WORD_START}(?:the(?:\\s+(?:long|holiday))?|(all))\\s+weekend${WORD_END}`, true),
	build(m) {
		const end = m.index + m[0].length;
		const start = m[1] ? end - 'weekend'.length : m.index;
		return { start, end, type: 'DATE', expression: { kind: 'point', fields: { weekend: true } }, source: 'weekend' };
	}
};

/** ISO weekday of Saturday, which a weekend of a month is counted by. */
const SATURDAY = 6;
const NTH: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1, final: -1 };

/**
 * "the first Sunday in June", "the last Friday of the month", "the second Tuesday of next month", "the last
 * Friday of that month": a weekday counted within a month, the month named, or the one of the writing or
 * of the story. "The last
 * weekend of June" is the weekend of the month's last Saturday (which may end on 1 July), "the first
 * weekend in May" that of its first.
 */
export const nthWeekdayRecognizer: Recognizer = {
	name: 'nthWeekday',
	triggers: followed('the', Object.keys(NTH).filter((w) => /^[a-z]+$/.test(w))),
	pattern: pattern(
		`${WORD_START}the\\s+(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY_PATTERN}|weekend)\\s+(?:in|of)\\s+(?:(${MONTH_PATTERN})(?:,?\\s+(${YEAR_PATTERN}))?|(this|next|last)\\s+month|(that|the)\\s+month)${WORD_END}`,
		true
	),
	build(m) {
		const weekend = m[2].toLowerCase() === 'weekend';
		const weekday = weekend ? SATURDAY : weekdayNumber(m[2]);
		const n = NTH[m[1].toLowerCase()];
		if (!weekday || n === undefined || (!weekend && !/^\p{Lu}/u.test(m[2]))) return null;
		const fields: Fields = { nthWeekday: { n, weekday } };
		const containing = weekend ? ('weekend' as const) : undefined;
		const start = m.index;
		const end = m.index + m[0].length;
		if (m[3]) {
			const month = monthNumber(m[3]);
			if (!month || !/^\p{Lu}/u.test(m[3])) return null;
			fields.month = month;
			if (m[4]) fields.year = Number(m[4]);
			return { start, end, type: 'DATE', expression: { kind: 'point', fields, containing }, source: 'nthWeekday' };
		}
		// "of the month" is the month of the writing, in news, as in "the end of the month", unless the news
		// retells an old story; "of that month" is the story's.
		const which = m[5]?.toLowerCase();
		const relation: Relation = which
			? { kind: 'deictic', unit: 'month', offset: which === 'next' ? 1 : which === 'last' ? -1 : 0 }
			: m[6].toLowerCase() === 'that'
				? { kind: 'anaphoric', unit: 'month', offset: 0 }
				: { kind: 'deictic', unit: 'month', offset: 0, definite: true };
		return { start, end, type: 'DATE', expression: { kind: 'point', fields, relation, containing }, source: 'nthWeekday' };
	}
};
