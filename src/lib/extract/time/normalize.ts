import type { DatePart, Granularity, TimeBasis, TimeSpan, TimexMod } from '$lib/model';
import { pastForm, type VerbTense } from '$lib/extract/text/tense';
import { determines, granularityRank, type AnchorPoint } from './anchor';
import { ENTRY_MARKS, SENTENCE_END_BEFORE } from './recognizer';
import { anaphoricBase, beforeADayToldEarlier, comparedPeriod, deicticBase, distalBase, holds, isCoarse, oldestInReach, planAheadInTheSentence, REFERENCE_REACH, reportBase, startOfAState, startsAfterWriting, storyTime, toldOfIndex, yearTheWeekdayFits } from './baseTimes';
import { formatValue, pointKey, type CalendarPoint } from './calendarPoint';
import { addUnits, dayExists, EVENING_START_HOUR, hourInPartOfDay, isoWeekStart, isoWeekday, NIGHT_END_HOUR, nthWeekdayOfMonth, orthodoxEaster, pointAt, spanOfPoint, startOfPoint, westernEaster, whyDayDoesNotExist } from './calendarMath';
import { feastLastDay, feastStart } from './otherCalendars';
import { addDays, addYears } from 'date-fns';
import type { Candidate, DurationExpression, FeastDay, Fields, PointExpression, RangeExpression, Relation, Unit } from './expression';
import { stretchFrom, type Stretch } from './durationStretch';
import { datesAThing, RECORD, TIME_BEFORE_OF } from './asides';
import { dayInWords, MONTH_PATTERN, WEEKDAY_PATTERN, zoneOffset, type DurationUnit } from './calendarWords';

const DAY_MS = 86_400_000;

/**
 * Turns what a recognizer understood into a TIMEX3 value and, for places on the calendar, a calendar
 * point, using the publication date, earlier mentions and the tense of the governing verb.
 *
 * Rules for what the text leaves out (after HeidelTime's news and narrative strategies):
 * - Deictic expressions ("yesterday", "last month") count from the publication date in news; in
 *   narrative mode from the last mentioned time that is fine enough.
 * - Anaphoric expressions ("the same day", "a year earlier") count from the last mentioned time fine
 *   enough for them, and keep its granularity ("a year earlier" after a quarter is that quarter a year
 *   before), unless the story has since moved to a coarser time in this sentence or the one before
 *   (`storyTime`). Without one, from the last mentioned time whatever its granularity: "three days later"
 *   after "In July 1995" lies between 4 July and 3 August 1995, labelled 1995-07, approximate, with a
 *   diagnostic (`coarseResult`). Only a news text that has mentioned no time at all counts from the
 *   publication date; a report's own period ("for the quarter") and a comparison with no period named
 *   count from the writing, as reports do.
 * - A weekday, month, season or quarter without a year lands, in news, on the most recent occurrence on
 *   or before the publication date when the governing verb is past, on the next one on or after it when
 *   it is future or conditional, and otherwise on the nearest one. A year stated earlier in the same
 *   sentence takes precedence. In narrative mode the story moves forward: the first occurrence on or
 *   after the last mentioned time, unless a perfect ("had begun in March") looks back.
 * - "last" and "next" before a named day, month or season mean the occurrence strictly before or after
 *   the reference's own; "this" means the one in the same year (for weekdays: by tense, within the week).
 * Without any anchor, relative expressions keep TIMEX3 `X` placeholders and get no calendar point.
 */

export interface Reference {
	anchor: AnchorPoint;
	sentence: number;
	/** Every part of the point was written in the text. */
	stated: boolean;
	/**
	 * A stretch a report covers ("the first nine months", "the six months ended June 30"): a comparison
	 * ("a year earlier") counts from it, but "that year" does not refer to it.
	 */
	stretch?: boolean;
	/** A year heading a timeline: of the dated lines under it until the next heading, or of its own line. */
	heading?: 'lines' | 'line';
	/**
	 * A look back in passing ("met on 5 May 1789, for the first time since 1614"): the story stays at the
	 * finer date before it, and times after count from that.
	 */
	aside?: boolean;
	/**
	 * In a narrative, a time a plan sets, told from the past ("announced that power would be handed over
	 * on 15 August"): an aside to the dates after it, as the story has not reached it, but still the day of
	 * the clock times after it (`lastStoryTime`).
	 */
	planned?: boolean;
	/**
	 * A time a past perfect counts back to from the story's ("had arrived the night before"): an aside, but
	 * still what "the same day" in its own sentence refers to (`passedOver` in `baseTimes.ts`).
	 */
	lookBack?: boolean;
	/**
	 * In a narrative, a time a past perfect names before the story's ("…in the autumn of 1936. The shipyard
	 * had closed in 1934"): the story goes back to where it was, so the dates without a year in the sentences
	 * after it are not of its year ("We set off on Monday, 5 October" is 1936's); an anaphor may still refer
	 * to it ("Another had been killed in January 1998. His clinic closed the same day").
	 */
	flashback?: boolean;
	/**
	 * The time a state has lasted since ("had drilled at the guns since March"): told after the story has a
	 * time, the story is not at it, and a time a past perfect names before the story's is still a flashback
	 * (`isFlashback`).
	 */
	stateStart?: boolean;
	/**
	 * In news, a time in a clause describing a name ("the Queen, who came to the throne in February 1952,"):
	 * times after it count from it, but months and days without a year in its sentence are not of its years.
	 */
	describing?: boolean;
	/**
	 * In news, a time in a clause that picks out a thing by what was done to it ("a villa, which he bought in
	 * the autumn of 2026"): no story the sentences after it go on with.
	 */
	describesAThing?: boolean;
	/**
	 * In news, a time in a clause describing a name whose sentence goes on in the past perfect ("The collier
	 * Wren, which sailed from Blyth on the 2nd of June, had lost her mainmast"): a look back from the story.
	 */
	describesBeforeAPastPerfect?: boolean;
	/** Its own clause looks ahead (future, conditional): "could ease again before the end of the year". */
	toldAhead?: boolean;
	/**
	 * The time a thing named before it is for ("estimated payments for the first quarter", "the budget for
	 * 2053"): no time the story has moved to.
	 */
	thingIsFor?: boolean;
	/**
	 * In news, the time a thing was said ("…opens on Oct. 12, officials said at a briefing Saturday"): "that
	 * day" after it is the day the saying was about, named before it in its sentence.
	 */
	telling?: boolean;
}

export interface NormalizeContext {
	publication: AnchorPoint | null;
	mode: 'news' | 'narrative';
	tense: VerbTense;
	/** Earlier mentions that can anchor later ones, oldest first. */
	references: Reference[];
	/** Index of the sentence holding the candidate. */
	sentence: number;
	/**
	 * The word just before the candidate, lower case ("until", "on"); for the day of a clock time before it,
	 * the word before the clock ("till" in "till 5 am on May 10").
	 */
	lead?: string;
	/** Where the candidate starts and ends in the text. */
	start?: number;
	end?: number;
	/** Where the candidate's sentence ends. */
	sentenceEnd?: number;
	/** The text between two offsets, for checks on what separates two mentions. */
	textBetween?: (from: number, to: number) => string;
	/** The last year heading a timeline (`Reference.heading`), while it is among the references in reach. */
	heading?: Reference;
	/** The tense of the clause around another stretch of the text, read afresh (the candidate's is `tense`). */
	tenseOf?: (start: number, end: number) => VerbTense;
	/** The dates placed so far in the document, by the anchor they were placed from (`placedFrom`). */
	placed: Map<AnchorPoint, Map<string, Normalized>>;
}

export interface Normalized {
	value: string;
	mod?: TimexMod;
	quant?: string;
	freq?: string;
	point?: CalendarPoint;
	/** The interval of `point`, when computed already. */
	span?: { start: number; end: number };
	/**
	 * The span made of it once, shared (frozen) by the mentions of a repeated date; null when it has none.
	 * Undefined until made.
	 */
	resolved?: TimeSpan | null;
	/** For a duration tied to the calendar: the stretch it covers. */
	interval?: Stretch;
	/** For ranges: the last point; `point` is the first. */
	until?: CalendarPoint;
	basis?: TimeBasis;
	anchor?: AnchorPoint;
	approximate: boolean;
	known: DatePart[];
	/** Why the text names no real time: `impossible-date` ("29 February 2022"), `inverted-range`. */
	problem?: { code: string; message: string };
	/** The text names a weekday the date does not fall on ("Friday, 6 September 2021"). */
	weekdayMismatch?: boolean;
	/** Why the reading chosen is one of two (a numeric date read day first against the text's order). */
	ambiguity?: string;
	/** The words name a time, not the length of time they read as ("will be redeemed in five years"). */
	type?: 'DATE';
	/**
	 * Counted from `anchor`, a coarser time than the expression needs: `point` is labelled at the anchor's
	 * granularity and its `bounds` hold the stretch the time lies in.
	 */
	coarse?: boolean;
}

/**
 * Which occurrence of a repeating date to take: on or before the anchor, on or after it, strictly before
 * or after, the nearest, the nearest with one side counted at a greater distance (`WEIGHTS`: news reports
 * mostly what has happened, a story goes forward), or the one in the anchor's own cycle.
 */
type Direction = 'onOrBefore' | 'onOrAfter' | 'before' | 'after' | 'nearest' | 'nearestPast' | 'pastLeaning' | 'futureLeaning' | 'storyForward' | 'same';

/**
 * For the weighted directions: how much farther an occurrence ahead and one behind count. A story told
 * forward goes back only to a day of the four weeks or so before it rather than on by most of a year.
 */
const WEIGHTS: Partial<Record<Direction, [number, number]>> = {
	nearest: [1, 1],
	nearestPast: [2, 1],
	pastLeaning: [3, 1],
	futureLeaning: [1, 3],
	storyForward: [1, 12]
};

/** Words before a date that make it a deadline or a start, which lies ahead as often as behind. */
const DEADLINE_LEADS = new Set(
	'until till through thru by before to from payable effective expire expires expiring record starting beginning begins begin ending ends'.split(' ')
);

/**
 * A deadline word before "on": "payable on Jan. 15", "effective on 1 March", "of record on Jan. 2",
 * "shareholders registered on Aug. 4".
 */
const DEADLINE_ON = /\b(?:payable|effective|record|(?:share|stock)?holders\s+registered)\s+on\s+$/i;

/** A night's words that name its day: "Tuesday night", "the night of the 14th". */
const NAMES_ITS_DAY = new RegExp(`${WEEKDAY_PATTERN}|\\d`, 'i');

/** Words before a weekday that set a limit ("until 9 a.m. Tuesday"). */
const LIMIT_LEADS = new Set(['until', 'till', 'by']);
/** Words before the time a thing is put off to ("postponed until Tuesday"). */
const PUT_OFF_LEADS = new Set(['until', 'till', 'to']);

/** A limit moved on by a noun ("an extension to Oct. 15", "a postponement to May"). */
const EXTENDED_TO = /\b(?:extension|postponement|deferral|deferment)\s+to\s+$/i;

/** Words before the ends of a stretch ("from March to November"). */
const STRETCH_LEADS = new Set(['from', 'to', 'through', 'thru']);

/** "with effect from": the day a change takes effect. */
const WITH_EFFECT_FROM = /\bwith\s+(?:immediate\s+)?effect\s+from\s+$/i;

/** Words before the day a stretch opens on ("three days of mourning from Sunday", "a curfew starting Monday"). */
const OPENING_LEADS = new Set(['from', 'starting', 'beginning', 'effective']);
/** A participle opening a stretch before its day, with any clock between: "starting at 00:01 on", "beginning". */
const STARTING_AT = /\b(?:starting|beginning|effective)\s+(?:(?:at|from)\s+(?:[\d:.]+\s*(?:[ap]\.?\s?m\.?|GMT|UTC)?\s+(?:on\s+)?)?|on\s+|from\s+)?$/i;

/** Verbs of a decision, whose effect may open after it is made: "declared", "imposed", "offered", "banned". */
const DECISION = /^(?:(?:declar|announc|order|impos|decree|introduc|approv|decid|suspend|lift|reinstat|offer|grant|promis|agree)\p{L}*|ban(?:s|ned|ning)?)$/iu;

/** A participle of the course of a thing set out, before its time in its clause: "beginning in Glasgow on". */
const COURSE_PARTICIPLE = /\b(?:beginning|starting|ending|opening|closing|running)\s[^,;.!?]*$/i;

/** A limit, then a comma and "in" that restates it: "until the court returns from its break, in". */
const LIMIT_RESTATED = /\b(?:until|till)\s[^.;:!?,]+,\s*in\s+$/i;

/** Verbs that put a time off or move it: what they move it to lies ahead of the writing ("remanded until …"). */
const PUT_OFF = /^(?:postpon|delay|defer|adjourn|prorogu|extend|push|put|mov|shift|reschedul|remand|bail)/i;

/**
 * Verbs that fix a date for something ("called elections for 21 December", "was scheduled for March 3"):
 * the date is the plan's, on either side of the writing, whatever the tense of the planning.
 */
const SCHEDULING_STEMS = 'call|schedul|reschedul|set|slat|plann|propos|fix|book|arrang|summon|conven|recall';
/** …and verbs that move or cancel what a plan set ("moved the vote to May", "cancelled all sailings for Thursday"). */
const SCHEDULE = new RegExp(`^(?:${SCHEDULING_STEMS}|mov|brought|bring|cancel)`, 'i');
/** Verbs that call a thing for a stretch ahead, read before "from" ("has called a strike from"); "set a record from" sets none. */
const CALLED = /^(?:call|schedul|reschedul|slat|plann)/i;

const UNIT_GRANULARITY: Record<Unit, Granularity> = {
	minute: 'minute',
	hour: 'hour',
	partofday: 'partofday',
	day: 'day',
	weekend: 'week',
	week: 'week',
	month: 'month',
	season: 'season',
	quarter: 'quarter',
	half: 'half',
	year: 'year',
	decade: 'decade',
	century: 'century'
};

/** The finest granularity the stated fields reach. */
export function fieldsGranularity(f: Fields): Granularity | null {
	if (f.minute !== undefined && f.minute !== 0) return 'minute';
	if (f.hour !== undefined) return 'hour';
	if (f.partOfDay) return 'partofday';
	if (f.day !== undefined || f.weekday !== undefined || f.nthWeekday || f.fromEaster !== undefined || f.feast) return 'day';
	if (f.week !== undefined || f.weekend) return 'week';
	if (f.month !== undefined) return 'month';
	if (f.season) return 'season';
	if (f.quarter !== undefined) return 'quarter';
	if (f.half !== undefined) return 'half';
	if (f.year !== undefined || f.yearInCentury !== undefined) return 'year';
	if (f.decade !== undefined || f.decadeInCentury !== undefined) return 'decade';
	if (f.century !== undefined) return 'century';
	return null;
}

/** The parts lists made so far, by the bit set of the parts: shared, since they are never changed. */
const PARTS_LISTS = new Map<number, DatePart[]>();
const PART_ORDER: DatePart[] = ['century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'weekday', 'day', 'partofday', 'hour', 'minute', 'zone'];

export function statedParts(f: Fields): DatePart[] {
	let bits = 0;
	if (f.century !== undefined) bits |= 1;
	if (f.decade !== undefined || f.decadeInCentury !== undefined) bits |= 2;
	if (f.year !== undefined || f.yearInCentury !== undefined) bits |= 4;
	if (f.half !== undefined) bits |= 8;
	if (f.quarter !== undefined) bits |= 16;
	if (f.season) bits |= 32;
	if (f.month !== undefined) bits |= 64;
	if (f.week !== undefined || f.weekend) bits |= 128;
	if (f.weekday !== undefined) bits |= 256;
	if (f.day !== undefined) bits |= 512;
	if (f.partOfDay) bits |= 1024;
	if (f.hour !== undefined) bits |= 2048;
	if (f.minute !== undefined) bits |= 4096;
	if (f.zone) bits |= 8192;
	let parts = PARTS_LISTS.get(bits);
	if (!parts) {
		parts = Object.freeze(PART_ORDER.filter((_, i) => bits & (1 << i))) as DatePart[];
		PARTS_LISTS.set(bits, parts);
	}
	return parts;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A TIMEX3 value with `X` for every part the text did not give. */
function placeholder(f: Fields, g: Granularity): string {
	const year = f.year !== undefined ? pad(f.year, 4) : f.yearInCentury !== undefined ? `XX${pad(f.yearInCentury, 2)}` : 'XXXX';
	switch (g) {
		case 'century':
			return f.century !== undefined ? pad(f.century, 2) : 'XX';
		case 'decade':
			return f.decade !== undefined ? pad(f.decade, 3) : 'XXX';
		case 'year':
			return year;
		case 'half':
			return `${year}-H${f.half ?? 'X'}`;
		case 'quarter':
			return `${year}-Q${f.quarter ?? 'X'}`;
		case 'season':
			return `${year}-${f.season ?? 'XX'}`;
		case 'month':
			return `${year}-${f.month !== undefined ? pad(f.month, 2) : 'XX'}`;
		case 'week':
			return `${year}-W${f.week !== undefined ? pad(f.week, 2) : 'XX'}${f.weekend ? '-WE' : ''}`;
		default: {
			let date =
				f.weekday !== undefined && f.day === undefined && f.month === undefined
					? `${year}-WXX-${f.weekday}`
					: `${year}-${f.month !== undefined ? pad(f.month, 2) : 'XX'}-${f.day !== undefined ? pad(f.day, 2) : 'XX'}`;
			if (g === 'partofday') date += `T${f.partOfDay}`;
			// "half an hour later" than a time not known: the hour is not known either, not midnight.
			if (g === 'hour' || g === 'minute') date += f.hour === undefined ? 'TXX:XX' : `T${pad(f.hour, 2)}:${pad(f.minute ?? 0, 2)}`;
			return date;
		}
	}
}

/** Puts the stated fields finer than `base` into it: "July" into the year 1997, "morning" into a day. */
function applyFields(base: CalendarPoint, f: Fields): CalendarPoint {
	let p: CalendarPoint = { ...base };
	if (f.half !== undefined) p = { granularity: 'half', year: p.year, half: f.half };
	if (f.quarter !== undefined) p = { granularity: 'quarter', year: p.year, quarter: f.quarter };
	if (f.season) p = { granularity: 'season', year: p.year, season: f.season };
	if (f.month !== undefined) p = { granularity: 'month', year: p.year, month: f.month };
	// "week 37 of 2014": the ISO week of that number in the week-numbering year.
	if (f.week !== undefined) p = { granularity: 'week', year: p.year, week: f.week };
	if (f.weekend && p.granularity === 'week') p = { ...p, weekend: true };
	if (f.day !== undefined) p = { granularity: 'day', year: p.year, month: p.month ?? 1, day: f.day };
	else if (f.fromEaster !== undefined) {
		const easter = f.church === 'orthodox' ? orthodoxEaster(p.year) : westernEaster(p.year);
		if (easter) p = pointAt(addDays(easter, f.fromEaster), 'day');
	}
	else if (f.feast) {
		const start = feastStart(p.year, f.feast);
		if (start) p = pointAt(start, 'day');
	}
	else if (f.nthWeekday && p.month !== undefined) {
		const day = nthWeekdayOfMonth(p.year, p.month, f.nthWeekday.n, f.nthWeekday.weekday, f.nthWeekday.fromDay);
		if (day) p = { granularity: 'day', year: p.year, month: p.month, day };
	}
	else if (f.weekday !== undefined && p.granularity === 'week') {
		const monday = isoWeekStart(p.year, p.week!);
		if (monday) {
			const d = addDays(monday, f.weekday - 1);
			p = pointAt(d, 'day');
		}
	}
	if (p.day !== undefined) {
		if (f.partOfDay) p = { ...p, granularity: 'partofday', partOfDay: f.partOfDay };
		if (f.hour !== undefined) {
			p = {
				granularity: f.minute !== undefined && f.minute !== 0 ? 'minute' : 'hour',
				year: p.year,
				month: p.month,
				day: p.day,
				hour: f.hour,
				minute: f.minute ?? 0
			};
		}
	}
	return p;
}

/** Moves a calendar point by `n` units and returns the point of that unit there. */
function shiftPoint(p: CalendarPoint, unit: Unit, n: number): CalendarPoint | null {
	const start = startOfPoint(p);
	if (!start) return null;
	const g = UNIT_GRANULARITY[unit];
	// Seasons step from their middle so that a winter spanning two years moves as one.
	const from = unit === 'season' ? addUnits(start, 'month', 1) : start;
	const moved = pointAt(addUnits(from, unit, n), g);
	return unit === 'weekend' ? { ...moved, weekend: true } : moved;
}

/**
 * The same period `years` later: a fiscal period keeps its label and moves its true interval ("a year
 * earlier" than the fourth quarter ended Aug. 26, 1989 is the fourth quarter ended Aug. 26, 1988).
 */
function sameLabelYearsLater(p: CalendarPoint, years: number): CalendarPoint {
	const moved: CalendarPoint = { ...p, year: p.year + years };
	if (p.century !== undefined) moved.century = Math.floor(moved.year / 100);
	if (p.decade !== undefined) moved.decade = Math.floor(moved.year / 10);
	if (p.bounds) moved.bounds = { start: addYears(new Date(p.bounds.start), years).getTime(), end: addYears(new Date(p.bounds.end), years).getTime() };
	return moved;
}

/** Truncates a point to a coarser granularity. */
function truncate(p: CalendarPoint, g: Granularity): CalendarPoint | null {
	if (p.granularity === g) return p;
	const start = startOfPoint(p);
	if (!start) return null;
	// "shortly before midnight" on 9 November (T24:00) is of the 9th: "the next morning" is the 10th's.
	return pointAt(p.hour === 24 ? new Date(start.getTime() - 1) : start, g);
}

interface Choice {
	point: CalendarPoint;
	start: number;
	end: number;
}

/** The cycle a partial date repeats in: a month name every year, a weekday every week, "the 6th" every month. */
function cycleOf(f: Fields): Granularity {
	if (f.week !== undefined || f.month !== undefined || f.season || f.quarter !== undefined || f.half !== undefined || f.fromEaster !== undefined || f.feast) return 'year';
	// "Wednesday the 27th" is a day of a month, which the weekday checks.
	if (f.day !== undefined) return 'month';
	if (f.weekday !== undefined || f.weekend) return 'week';
	return 'day';
}

const occurrenceCache = new Map<string, Choice[]>();

/** A key for the stated fields, the same whatever order a recognizer set them in. */
function fieldsKey(f: Fields): string {
	let key = '';
	if (f.century !== undefined) key += `c${f.century}`;
	if (f.decade !== undefined) key += `d${f.decade}`;
	if (f.decadeInCentury !== undefined) key += `i${f.decadeInCentury}`;
	if (f.nthWeekday) key += `n${f.nthWeekday.n}.${f.nthWeekday.weekday}.${f.nthWeekday.fromDay ?? 1}`;
	if (f.fromEaster !== undefined) key += `x${f.fromEaster}${f.church ?? ''}`;
	if (f.feast) key += `f${f.feast.calendar}.${f.feast.month}.${f.feast.day}`;
	if (f.year !== undefined) key += `y${f.year}`;
	if (f.yearInCentury !== undefined) key += `j${f.yearInCentury}`;
	if (f.half !== undefined) key += `h${f.half}`;
	if (f.quarter !== undefined) key += `q${f.quarter}`;
	if (f.season) key += `s${f.season}`;
	if (f.month !== undefined) key += `m${f.month}`;
	if (f.week !== undefined) key += `w${f.week}`;
	if (f.weekend) key += 'e';
	if (f.weekday !== undefined) key += `a${f.weekday}`;
	if (f.day !== undefined) key += `t${f.day}`;
	if (f.partOfDay) key += `p${f.partOfDay}`;
	if (f.hour !== undefined) key += `H${f.hour}`;
	if (f.minute !== undefined) key += `M${f.minute}`;
	if (f.zone) key += `z${f.zone}`;
	return key;
}

/** The occurrences of a partial date in the base's cycle and the ones either side (cached: pure). */
function occurrences(f: Fields, base: CalendarPoint, cycle: Granularity): Choice[] {
	const key = `${fieldsKey(f)}|${pointKey(base)}|${cycle}`;
	const cached = occurrenceCache.get(key);
	if (cached) return cached;
	const computed = computeOccurrences(f, base, cycle);
	if (occurrenceCache.size >= 20_000) occurrenceCache.clear();
	occurrenceCache.set(key, computed);
	return computed;
}

function computeOccurrences(f: Fields, base: CalendarPoint, cycle: Granularity): Choice[] {
	const baseStart = startOfPoint(base);
	if (!baseStart) return [];
	const choices: Choice[] = [];
	const cyclePoint = pointAt(baseStart, cycle);
	const unit = cycle as Unit;
	for (const k of [-1, 0, 1]) {
		const c = k === 0 ? cyclePoint : shiftPoint(cyclePoint, unit, k);
		if (!c) continue;
		const point = applyFields(c, f);
		// Which Thursday "Thursday night" is, is which Thursday: the day is weighed, not the hours of its night,
		// which would put the night gone by nearer than the day ahead.
		let span = spanOfPoint(point.partOfDay !== undefined || point.hour !== undefined ? { ...point, granularity: 'day', partOfDay: undefined, hour: undefined, minute: undefined } : point);
		if (!span && point.day !== undefined && point.month !== undefined) {
			// A day the month does not have still has a place in the order: just after the month's last day.
			const probe = spanOfPoint({ granularity: 'month', year: point.year, month: point.month });
			if (probe) span = { start: probe.end - 1, end: probe.end };
		}
		if (!span) continue;
		// A feast of days ("Ramadan", "Passover") is under way to its last day: the one whose days hold the
		// writing is the nearest.
		const last = f.feast ? feastLastDay(new Date(span.start), f.feast) : null;
		choices.push({ point, start: span.start, end: last ? last.getTime() + DAY_MS : span.end });
	}
	return choices;
}

function choose(choices: Choice[], base: CalendarPoint, direction: Direction): Choice | null {
	const span = spanOfPoint(base);
	if (!span || choices.length === 0) return null;
	const bs = span.start;
	const be = span.end;
	switch (direction) {
		case 'same':
			return choices[Math.min(1, choices.length - 1)];
		case 'onOrBefore':
			for (let i = choices.length - 1; i >= 0; i--) if (choices[i].start < be) return choices[i];
			return null;
		case 'onOrAfter':
			return choices.find((c) => c.end > bs) ?? null;
		case 'before':
			for (let i = choices.length - 1; i >= 0; i--) if (choices[i].end <= bs) return choices[i];
			return null;
		case 'after':
			return choices.find((c) => c.start >= be) ?? null;
		default: {
			const [ahead, behind] = WEIGHTS[direction] ?? [1, 1];
			let best: Choice | null = null;
			let bestDistance = Infinity;
			for (const c of choices) {
				const distance = c.end <= bs ? (bs - c.end) * behind : c.start >= be ? (c.start - be) * ahead : 0;
				if (distance < bestDistance) {
					best = c;
					bestDistance = distance;
				}
			}
			return best;
		}
	}
}

/**
 * A line of a timeline: it begins with a day and month, or a season ("December 24: …", "- 15 Feb -", "In March,
 * …", "Summer: …"), the year before them or not ("2038 Oct – …"), the weekday before the day or not
 * ("Thursday 30 May. — …", "Wednesday, May 12: …").
 */
const DATED_LINE = new RegExp(`^[\\s*•·>#-]*(?:\\d{4}\\s+)?(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+)?(?:${WEEKDAY_PATTERN},?\\s+)?(?:(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:${MONTH_PATTERN}|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?!\\p{L})`, 'u');
/** How far back from a date the start of its line may be looked for: a timeline's lines are short. */
const LINE_REACH = 240;
/** How far back the day leading a diary's entry may be looked for: an entry may run to a long paragraph. */
const ENTRY_REACH = 1200;

/** Where the line holding the candidate starts, looked for within `reach`; -1 when not found so near. */
function lineStartOf(ctx: NormalizeContext, reach = LINE_REACH): number {
	if (ctx.start === undefined || !ctx.textBetween) return -1;
	const from = Math.max(0, ctx.start - reach);
	const newline = ctx.textBetween(from, ctx.start).lastIndexOf('\n');
	return newline < 0 && from > 0 ? -1 : from + newline + 1;
}

/**
 * The time heading the timeline a date stands in: the year or month leading the date's own line ("1979 –
 * The Shah leaves in January", "Jul 2021 - … in the early hours of the 7th"), or the last year on a line
 * of its own when the date's line begins with a day and month. Its year (and month) is that of every date
 * on the line.
 */
function lineHeading(ctx: NormalizeContext): AnchorPoint | null {
	const heading = ctx.heading;
	if (!heading) return null;
	const lineStart = lineStartOf(ctx);
	if (lineStart < 0 || ctx.start === undefined || !ctx.textBetween) return null;
	if (heading.anchor.offset !== undefined && heading.anchor.offset >= lineStart) return heading.heading === 'line' ? heading.anchor : null;
	if (heading.heading !== 'lines') return null;
	return DATED_LINE.test(ctx.textBetween(lineStart, ctx.start + 24)) ? heading.anchor : null;
}

/**
 * "1971 – Taken over in May. The works closes at the end of the year": on a timeline's line, "the year" told
 * in its present is the year heading the line, not the narrator's, and "next year" counts from it.
 */
function headingOfTheLine(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	const heading = lineHeading(ctx);
	return heading && determines(heading.point.granularity, need) ? heading : null;
}

/**
 * "June 3rd. Rest. … we will send him down tomorrow": in a narrative of dated entries (a diary, a journal, a
 * log), an entry speaks in its own present from the day that leads its line, so "today" and "tomorrow" count
 * from that day, not from the writing of the whole.
 */
function entryDay(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	const lineStart = ctx.mode === 'narrative' ? lineStartOf(ctx, ENTRY_REACH) : -1;
	if (lineStart < 0 || !ctx.textBetween) return null;
	for (let i = ctx.references.length - 1, oldest = oldestInReach(ctx); i >= oldest; i--) {
		const a = ctx.references[i].anchor;
		if (a.offset === undefined || a.offset < lineStart) return null;
		const before = ctx.textBetween(lineStart, a.offset);
		if (ENTRY_MARKS.test(before)) return determines(a.point.granularity, need) && DATED_LINE.test(ctx.textBetween(lineStart, a.offset + 24)) ? a : null;
		if (PLACE_HEADING.test(before)) return determines(a.point.granularity, need) && headsALetter(ctx, a) ? a : null;
	}
	return null;
}

/** A place's name: "Dubh Sgeir", "Fort St. George", "Stratford upon Avon", "Camp near Kandahar", "Camp before Sebastopol". */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|on|upon|de|la|le|du|del|am|at|near|before|off)){0,4}`;
/**
 * The place a letter or a dispatch is written from, heading its line before the date, with the larger place
 * it lies in: "Dubh Sgeir, ", "Fort St. George, ", "Mission House, Zanzibar, ".
 */
const PLACE_HEADING = new RegExp(String.raw`^[\s*•·>#_-]*${PLACE_NAME},\s*(?:${PLACE_NAME},\s*)?$`, 'u');
/** What closes the heading date of a letter: a stop and a dash, a dash or a colon, or the line's end. */
const AFTER_A_LETTERS_DATE = /^\.?\s*(?:[—–]|-\s|:|\n)/;

/**
 * "Dubh Sgeir, 4th January 1862. — My dear sister, …": a letter or a dispatch headed by its place and then
 * its date speaks from that date, as a diary's entry led by its day does.
 */
function headsALetter(ctx: NormalizeContext, a: AnchorPoint): boolean {
	if (a.offset === undefined || a.text === undefined || !ctx.textBetween) return false;
	const end = a.offset + a.text.length;
	return DATED_LINE.test(ctx.textBetween(a.offset, a.offset + 24)) && AFTER_A_LETTERS_DATE.test(ctx.textBetween(end, end + 4));
}

/** A determiner just before a date that names an event ("the August 1988 cease-fire"). */
const LABEL_LEAD = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|this|that)\s+$/iu;

/** How many of the last references a clock time looks through for the day the story is at. */
const STORY_TIME_REACH = 4;

/**
 * "stolen on 12 February 1994. Two men climbed a ladder at about 6.30 a.m.": in news with no date of
 * writing, a clock time told in the past takes the day the last sentences spoke of, as it does with one.
 */
function storyDayWithoutWriting(ctx: NormalizeContext, cycle: Granularity): AnchorPoint | null {
	if (cycle !== 'day' || ctx.tense.tense !== 'past') return null;
	const last = lastStoryTime(ctx);
	return last && last.sentence >= ctx.sentence - 2 && determines(last.anchor.point.granularity, 'day') ? last.anchor : null;
}

/**
 * The last time the text spoke of, passing over dates that only name an event ("on Thursday 7th July, a
 * day after the city was awarded the 2012 Olympic Games. … at about 8.50am" is a time of that Thursday).
 */
function lastStoryTime(ctx: NormalizeContext): Reference | undefined {
	// "Two ferries left this morning, and the last goes at noon tomorrow. … Drivers queued from 4.50 a.m.": a
	// time told in the simple past is no time still to come, which a sentence before it named; past it, the
	// story goes back to the news of the last day or two ("The mine collapsed on Aug. 5. Officials warned they
	// might stay underground until Christmas. The first emerged at 12:11 a.m." names no day for the clock).
	const pastAhead = storyTimeFrom(ctx, true);
	return pastAhead.passedAhead && !recentNews(pastAhead.ref, ctx) ? storyTimeFrom(ctx, false).ref : pastAhead.ref;
}

/** Whether `ref` ends no earlier than the day before the writing's. */
function recentNews(ref: Reference | undefined, ctx: NormalizeContext): boolean {
	const span = ref && spanOfPoint(ref.anchor.point);
	const written = ctx.publication && spanOfPoint(ctx.publication.point);
	return !!span && !!written && span.end >= written.start - DAY_MS;
}

/** `lastStoryTime`, passing over times still to come that earlier sentences named (`passAhead`) or not. */
function storyTimeFrom(ctx: NormalizeContext, passAhead: boolean): { ref: Reference | undefined; passedAhead: boolean } {
	const refs = ctx.references;
	let oldest = Math.max(0, refs.length - STORY_TIME_REACH);
	let passedAhead = false;
	for (let i = refs.length - 1; i >= oldest; i--) {
		// "the first eclipse since June 8, 1918. Totality began at 1:20 p.m.": a look back is passed over.
		// A plan's time is passed over by the dates after it, not by clock times ("on Thursday the first
		// trains would leave at 07:15").
		// ("the heaviest snowfall since Monday, when drifts closed the pass at four o'clock": a clause opened by ",
		// when" tells of the time a state has lasted since, or a look back went to.)
		const toldOfInItsClause = i === refs.length - 1 && inItsWhenClause(ctx);
		if (!toldOfInItsClause && ((refs[i].aside && !refs[i].planned) || startOfAState(refs[i].anchor, ctx) || flashback(refs, i, oldest) || describesFromLongBefore(refs[i], ctx) || refs[i].describesBeforeAPastPerfect)) continue;
		// (A time still to come is passed over without counting to the reach.)
		// (So is one a clause describing a name looks ahead to in its own sentence: "The Duke, who is to open
		// the new bridge on 14 June, handed over the trophy at 4.45 p.m.")
		if (passAhead && ctx.tense.tense === 'past' && !ctx.tense.perfect && (refs[i].sentence < ctx.sentence || refs[i].describing) && startsAfterWriting(refs[i].anchor.point, ctx)) {
			oldest = Math.max(0, oldest - 1);
			passedAhead = true;
			continue;
		}
		const day = determines(refs[i].anchor.point.granularity, 'day');
		// "cut its rate on Friday, and signalled that it could ease again before the end of the year. The
		// decision, announced at 10 a.m.": a coarser time its own clause looks ahead to is not where a time told
		// in the past is; the day its sentence told before it is.
		if (!day && i > oldest && refs[i - 1].sentence === refs[i].sentence && refs[i].toldAhead && ctx.tense.tense === 'past') continue;
		if (day || !namesAnEvent(refs[i].anchor, ctx)) {
			// "The asteroid will pass Earth on Friday, NASA said today. Closest approach is at 11:26 p.m.": not
			// the day of the saying, but the day it was about.
			const about = ctx.mode === 'news' ? toldOfIndex(ctx, i) : -1;
			return { ref: about >= 0 ? (clockOfTheDay(refs, about) ?? refs[about]) : (clockOfTheDay(refs, i) ?? refs[i]), passedAhead };
		}
	}
	for (let i = refs.length - 1, oldest = oldestInReach(ctx); i >= oldest; i--) if (!refs[i].aside) return { ref: refs[i], passedAhead };
	return { ref: undefined, passedAhead };
}

/** How long before the writing a time in a clause describing a name is no time of the story. */
const DESCRIBED_LONG_BEFORE_MS = 366 * DAY_MS;

/**
 * "The German Democratic Republic, founded on Oct. 7, 1949, ceased to exist at the stroke of midnight", in
 * 1990: a clause describing a name with a time long before the writing tells of the name's past, and the
 * clock of its own clause is not of that day ("The train, which had left at 6.50 p.m. on Wednesday, was
 * stopped at 3.03 a.m." is one story).
 */
function describesFromLongBefore(ref: Reference, ctx: NormalizeContext): boolean {
	if (!ref.describing || !ctx.publication) return false;
	const span = spanOfPoint(ref.anchor.point);
	const written = spanOfPoint(ctx.publication.point);
	return !!span && !!written && written.start - span.end >= DESCRIBED_LONG_BEFORE_MS;
}

/**
 * "At 11.40 p.m. on Sunday, 14 April, the ship struck", "on Sunday afternoon, the 9th inst.": the clock time
 * or part of the day a day was told with (it goes in just before the day), where the story is on that day.
 */
function clockOfTheDay(refs: readonly Reference[], i: number): Reference | undefined {
	const day = refs[i].anchor.point;
	const clock = refs[i - 1];
	if (day.granularity !== 'day' || !clock || clock.aside || clock.sentence !== refs[i].sentence) return undefined;
	const p = clock.anchor.point;
	return (p.hour !== undefined || p.partOfDay !== undefined) && sameDay(p, day) ? clock : undefined;
}

/** A dash or colon after a clock time that heads an entry of live updates ("7:42 a.m. EDT — A tanker …", "09:15 BST: Leaders …"). */
const ENTRY_DASH = /^\s*[—–:-]\s/;
/** What comes before such a stamp: the start of the text or of a line, or the end of the sentence before. */
const BEFORE_AN_ENTRY = /(?:^|\n\s*|[.!?]["”’)]?\s+)$/;

/** Whether the clock time heads an entry of live updates: it opens its sentence or line and a dash or colon follows. */
function headsLiveEntry(ctx: NormalizeContext): boolean {
	if (ctx.start === undefined || ctx.end === undefined || !ctx.textBetween) return false;
	return ENTRY_DASH.test(ctx.textBetween(ctx.end, ctx.end + 3)) && BEFORE_AN_ENTRY.test(ctx.textBetween(Math.max(0, ctx.start - 4), ctx.start));
}

/**
 * The last day that headed an entry before this mention; null when none did, or when a year heading a
 * timeline's line came after it (the years of a chronology are its headings': "1956 – 2 December: …").
 */
function entryHeadingBefore(ctx: NormalizeContext): AnchorPoint | null {
	for (let i = ctx.references.length - 1; i >= 0; i--) {
		const r = ctx.references[i];
		if (r.heading) return null;
		if (determines(r.anchor.point.granularity, 'day') && headsEntryAt(ctx, r.anchor.offset)) return r.anchor;
	}
	return null;
}

/** A time heading an entry, up to the colon or dash after it ("Jan 13, 9:45pm: …", "14 March — …"). */
const ENTRY_HEAD = /^[^\n–—]{1,24}?(?::\s|\s[-–—]\s|[–—]\s)/;

/** Whether the time starting at `offset` heads an entry: it opens its sentence or line and a colon or dash ends it. */
function headsEntryAt(ctx: NormalizeContext, offset: number | undefined): boolean {
	if (offset === undefined || !ctx.textBetween) return false;
	return BEFORE_AN_ENTRY.test(ctx.textBetween(Math.max(0, offset - 4), offset)) && ENTRY_HEAD.test(ctx.textBetween(offset, offset + 32));
}

/**
 * "its biggest drop since Sept. 17, 2001": a date right after "since", which a count is measured from. (A
 * clause after "since" may still tell the story: "killed since the start of the genocide in April".)
 */
function measuredFrom(a: AnchorPoint, ctx: NormalizeContext): boolean {
	return a.offset !== undefined && !!ctx.textBetween && /\bsince\s+$/i.test(ctx.textBetween(Math.max(0, a.offset - 6), a.offset));
}

/**
 * "erupted at 8:32 a.m. Sunday … ordered residents out in late April. Ash fell … by nightfall": a month or a
 * season ("met last evening … who first proposed it in the spring. The meeting began at seven"), wholly
 * before a day told earlier, looks back from that day, where the story stays. (Years are another thread:
 * "The rifle was found April 8. He crossed the border in 1994 and 1997. He was shot at 10 p.m.")
 */
function flashback(refs: readonly Reference[], i: number, oldest: number): boolean {
	const g = refs[i].anchor.point.granularity;
	return (g === 'month' || g === 'season') && beforeADayToldEarlier(refs, i, oldest);
}

/**
 * "came through the quake of the previous September, which hit at 4.35 in the morning": a clock told after a
 * month looked back to in its own sentence (`flashback`) is of that month, on a day the text does not give.
 */
function clockOfAFlashback(ctx: NormalizeContext): boolean {
	const refs = ctx.references;
	const i = refs.length - 1;
	// ("had been booked since last summer, and traffic is expected to last into the night": what lies ahead is
	// no look back.)
	if (ctx.tense.tense === 'future' || ctx.tense.tense === 'conditional') return false;
	// (A look back in passing that is no past perfect's, "the first since June 1918", leaves the clock the story's.)
	return i >= 0 && refs[i].sentence === ctx.sentence && (!refs[i].aside || !!refs[i].lookBack) && flashback(refs, i, Math.max(0, refs.length - STORY_TIME_REACH));
}

/** A date with a determiner just before it: the label of an event ("the August 1988 cease-fire"). */
function namesAnEvent(a: AnchorPoint, ctx: NormalizeContext): boolean {
	return a.offset !== undefined && !!ctx.textBetween && LABEL_LEAD.test(ctx.textBetween(Math.max(0, a.offset - 8), a.offset));
}

/** A date that dates a thing after "of" ("the Danish 'No' vote of June 1992"), not a time of its own. */
function datesAThingAt(a: AnchorPoint, ctx: NormalizeContext): boolean {
	return a.offset !== undefined && !!ctx.textBetween && datesAThing(ctx.textBetween(Math.max(0, a.offset - 24), a.offset));
}

/**
 * How many months before the writing's month a story must lie for its undated months to be its own: a
 * year, from which on the next such month after the story and the last one before the writing differ.
 */
const BACKGROUND_MONTHS = 12;
/**
 * How many sentences on from its last date such a story still goes on: a sentence with no date may lie
 * between; for a day named by its number alone, which news writes only where its month is plain, a few.
 */
const BACKGROUND_REACH = { years: 2, month: 4 };

/**
 * The last time the text named, for `backgroundStory`. Without a date of writing the story is the text's
 * only time, and one named in passing does not end it: "gave way on Friday, 3 June 1927. The dam, built
 * between 1908 and 1911, had been leaking since the winter" is the winter of 1926–27. (With one, news goes
 * back to the writing's time after an aside.)
 */
function lastOutsideAsides(ctx: NormalizeContext): Reference | undefined {
	const refs = ctx.references;
	let i = refs.length - 1;
	if (!ctx.publication) while (i > 0 && refs[i].aside) i--;
	return refs[i] && i > 0 ? (dayPastALabel(refs, i, ctx) ?? refs[i]) : refs[i];
}

/**
 * "A day later the great blizzard of March 1911 closed the port, and on the 7th …": a month or year
 * that names an event holding the day told just before it leaves the story on that day.
 */
function dayPastALabel(refs: readonly Reference[], i: number, ctx: NormalizeContext): Reference | undefined {
	const label = refs[i];
	const day = refs[i - 1];
	if (determines(label.anchor.point.granularity, 'day') || day.aside || day.sentence < label.sentence - 1 || !determines(day.anchor.point.granularity, 'day')) return undefined;
	return holds(label.anchor, day.anchor) && (namesAnEvent(label.anchor, ctx) || datesAThingAt(label.anchor, ctx)) ? day : undefined;
}

/** A comma, then a verb of saying: the main clause of a report resuming after a clause set off in it. */
const SAYING_RESUMES = /,\s+(?:said|told|announced|stated|declared|added|warned|insisted|argued|wrote)(?![\p{L}\p{N}])/u;

/**
 * "The minister, who became head of the ports board in June 2061, told reporters …. During the winter": a clause
 * describing a name set off in a sentence that goes on to report what the name said, in news with a date of
 * writing, opens no story the next sentences go on with; the report is of now ("…a massacre, which began on
 * 11 July 1995. In August, …" and "The inquest, which opened on 14 June, lasted eleven days" tell one).
 */
function describedInAReport(ref: Reference, ctx: NormalizeContext): boolean {
	const { offset, text } = ref.anchor;
	if (!ctx.publication || offset === undefined || text === undefined || ctx.start === undefined || !ctx.textBetween) return false;
	const end = offset + text.length;
	const rest = ctx.textBetween(end, Math.min(ctx.start, end + 160));
	const stop = rest.search(/[.!?;](?:\s|$)/);
	return SAYING_RESUMES.test(stop >= 0 ? rest.slice(0, stop) : rest);
}

/**
 * "…was shot down on 6 April 1994. It ended in July": news that tells a story of years before, in the
 * past, dates its months by that story, as a narrative does. A month or day without a year, told in the
 * past in the sentence of such a month or day or the next, is the one nearest it. A day named by its
 * number alone ("came ashore on 26 November 2008 … ended on the 29th", "began on 3 March. It ended on the
 * 14th") needs a story only of a month before the writing's (`back` 'month').
 */
function backgroundStory(ctx: NormalizeContext, back: 'years' | 'month' = 'years'): Reference | null {
	// Told in the past, or in a phrase with no verb of its own ("and the massacre in Račak on 15 January").
	const { tense } = ctx.tense;
	if (tense !== 'past' && tense !== 'unknown') return null;
	// "have been evacuated since Dec. 15": the present perfect runs up to the writing.
	if (ctx.tense.perfect && !pastPerfect(ctx)) return null;
	const last = lastOutsideAsides(ctx);
	// A clause describing a name opens no story of years before in its sentence, though its month is the one
	// a day named by its number alone is of ("Havelock, who left Allahabad on the 7th of July, retook the
	// station on the 17th"); one that picks out a thing by what was done to it opens none after it either.
	if (!last || last.sentence < ctx.sentence - BACKGROUND_REACH[back] || last.heading || last.aside || (last.describing && back === 'years' && (last.sentence === ctx.sentence || last.describesAThing || describedInAReport(last, ctx)))) return null;
	// A year in passing ("dating to 1994", "ruled from 1996 to 2001") opens no story: news goes back to its
	// own year after it. A story is told in months and days ("on 6 April 1994", "in February 1999"), not in
	// a stretch of years written by its days ("submitted false claims between 3/15/2026 and 11/30/2029").
	const told = last.anchor.point;
	if (last.anchor.from !== undefined && (spanOfPoint(told)?.end ?? last.anchor.from) - last.anchor.from > YEAR_MS) return null;
	// Without a date of writing, any story the text tells is one such: "at 3.16 p.m. on Wednesday, 1 July 1903
	// … reached Ville-d'Avray on 19 July" is 1903's, as in a narrative.
	const written = ctx.publication?.point;
	if (back === 'years') {
		if (!determines(told.granularity, 'month') && told.granularity !== 'season') return null;
		if (written && !yearBeforeWriting(told, written)) return null;
	} else if (!determines(told.granularity, 'month') || (written && (written.month === undefined || told.year * 12 + told.month! >= written.year * 12 + written.month))) return null;
	// "the August 1988 cease-fire", "the Dec. 21, 1988, bombing", "the Danish vote of June 1992": a date that
	// names an event, which the news recalls; the story stays in its own time.
	const offset = last.anchor.offset;
	if (offset === undefined || ctx.start === undefined || !ctx.textBetween || namesAnEvent(last.anchor, ctx) || datesAThingAt(last.anchor, ctx)) return null;
	// A time on a timeline's line headed by its date ("Oct 2012 - … at 8.30pm") is of that line only.
	const heading = ctx.heading;
	if (heading?.heading === 'line' && heading.anchor.offset !== undefined && heading.anchor.offset <= offset && !ctx.textBetween(heading.anchor.offset, offset).includes('\n')) return null;
	// "its biggest one-day drop since Sept. 17, 2001": a date measured from opens no story either, nor does
	// one a state has lasted since ("had reigned for 70 years, since the death of her father on 6 February
	// 1952"), though it may go on with a story already told ("ran aground on 24 January 2038. The alarm had
	// been off since she left Rotterdam five days earlier").
	if (measuredFrom(last.anchor, ctx) || (startOfAState(last.anchor, ctx) && (!written || !storyBefore(ctx, written)))) return null;
	// "The men deny conspiracy between 1 and 5 April 2015": a date in a clause told in the present is what
	// a charge or a claim is about, no story the news goes on telling.
	const opening = ctx.tenseOf?.(offset, offset + (last.anchor.text?.length ?? 0));
	if (opening?.tense === 'present' && !opening.perfect) return null;
	// The story runs to the end of its paragraph.
	return /\n\s*\n/.test(ctx.textBetween(offset, ctx.start)) ? null : last;
}

/**
 * Whether `told` lies `BACKGROUND_MONTHS` or more before the writing's month. A season is counted at its
 * year's end; a writing known to its year only, from that year's start.
 */
function yearBeforeWriting(told: CalendarPoint, written: CalendarPoint): boolean {
	return told.year * 12 + (told.month ?? 12) <= written.year * 12 + (written.month ?? 1) - BACKGROUND_MONTHS;
}

/** A year and a day, in ms: a stretch longer than this is one of years. */
const YEAR_MS = 367 * DAY_MS;

/** Whether a time before the last one, within reach, lies a year or more before the writing (a story already told). */
function storyBefore(ctx: NormalizeContext, written: CalendarPoint): boolean {
	const refs = ctx.references;
	for (let i = refs.length - 2, oldest = oldestInReach(ctx); i >= oldest; i--) {
		const told = refs[i].anchor.point;
		if (refs[i].aside || !determines(told.granularity, 'month')) continue;
		if (yearBeforeWriting(told, written)) return true;
	}
	return false;
}

/**
 * "six weeks later, on 11 March": a date set after a day the text has just counted to restates that day,
 * so it is the occurrence nearest it (12 March counted, 11 March written), not the next after it.
 */
function restatedDay(ctx: NormalizeContext): AnchorPoint | null {
	const before = justBefore(ctx);
	if (!before || before.last.stated || !determines(before.last.anchor.point.granularity, 'day')) return null;
	return /^\s*,\s*(?:on\s+)?$/i.test(before.gap) ? before.last.anchor : null;
}

/** How many days after a day a weekday listed after it may follow it (`weekdayBesideTheDayBefore`). */
const LISTED_DAYS_AHEAD = 3;

/** A lead right after a day, before a weekday: "on Tuesday ahead of Sunday's", "on Monday after Friday's". */
const LEAD_AFTER_A_DAY = /^[\s,]*(?:(ahead\s+of|in\s+advance\s+of|before)|after|following)\s+(?:the\s+)?$/i;

/**
 * A weekday right after a day the sentence has just named, which is its base; how the words between place it:
 * - "on Aug. 28 (Monday)": in brackets, it names that day's weekday (its week);
 * - "cancelled its flights on Monday and Tuesday", written on a Monday: listed after it, one of the next few
 *   days, rather than a day a week before ("Saturday and Sunday", "Friday or Monday"), when close enough;
 * - "rose on Tuesday ahead of Sunday's meeting", "fell on Monday after Friday's budget": a weekday the event
 *   of that day came before lies after it, and one it followed lies before it, whatever the writing's day.
 */
function weekdayBesideTheDayBefore(ctx: NormalizeContext, f: Fields): { base: AnchorPoint; direction: Direction } | null {
	if (f.weekday === undefined || f.day !== undefined || f.hour !== undefined) return null;
	const before = justBefore(ctx);
	// ("Wednesday night and Thursday": a part of a day is of its day.)
	const granularity = before?.last.anchor.point.granularity;
	if (!before || (granularity !== 'day' && granularity !== 'partofday')) return null;
	const base = before.last.anchor;
	if (/^\s*\(\s*$/.test(before.gap)) return { base, direction: 'same' };
	if (LIST_JOINER.test(before.gap)) {
		const span = spanOfPoint(base.point);
		const ahead = span ? (f.weekday - isoWeekday(new Date(span.start)) + 7) % 7 : 0;
		return ahead > 0 && ahead <= LISTED_DAYS_AHEAD ? { base, direction: 'onOrAfter' } : null;
	}
	const lead = LEAD_AFTER_A_DAY.exec(before.gap);
	return lead ? { base, direction: lead[1] ? 'after' : 'before' } : null;
}

/** What joins two items of a list of days: "and", "or", a comma, "and on". */
const LIST_JOINER = /^\s*(?:,\s*(?:and|or)?|and|or|&)\s*(?:on\s+)?$/i;

/** The last mention, when it is in the candidate's sentence, and the text between it and the candidate. */
function justBefore(ctx: NormalizeContext): { last: Reference; gap: string } | null {
	const last = ctx.references[ctx.references.length - 1];
	const a = last?.anchor;
	if (!last || last.sentence !== ctx.sentence || a.offset === undefined || a.text === undefined || ctx.start === undefined || !ctx.textBetween) return null;
	return { last, gap: ctx.textBetween(a.offset + a.text.length, ctx.start) };
}

/**
 * "Gaddafi was killed on 20 October. The Nato mission ended at the end of the month": in news retelling
 * an old story (`backgroundStory`), "the month" is the story's.
 */
function retoldStoryTime(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	if (ctx.mode !== 'news') return null;
	const story = backgroundStory(ctx);
	return story && determines(story.anchor.point.granularity, need) ? story.anchor : null;
}

/**
 * The last time named in the sentence, when it is of `granularity`, for a day alone: a day of a month ("20
 * March", "Christmas"), or a month of its own or a plan's ("leave in August").
 */
function lastOfTheSentence(ctx: NormalizeContext, granularity: 'day' | 'month'): AnchorPoint | undefined {
	const last = ctx.references[ctx.references.length - 1];
	if (!last || last.sentence !== ctx.sentence || (last.aside && !last.planned) || last.describing || last.stretch) return undefined;
	return last.anchor.point.granularity === granularity ? last.anchor : undefined;
}

/** Whether the candidate stands in a clause opened by ", when" right after the last time named: "since Monday, when …". */
function inItsWhenClause(ctx: NormalizeContext): boolean {
	const before = justBefore(ctx);
	return !!before && WHEN_CLAUSE.test(before.gap);
}

/** ", when the drifts, which had built all day, closed the pass at": a clause opened by ", when", up to a time it names. */
const WHEN_CLAUSE = /^\s*,\s*when\s+[^.;:!?()]{0,120}$/i;

/**
 * "Next week the choirs sing at the cathedral on Monday and at the town hall on Thursday", "next week, on
 * Thursday": a week that opens its sentence, or stands right before a weekday, holds it, past the days of that
 * week named between them. (A week told elsewhere in the sentence may be another clause's: "said this week
 * that tickets go on sale on Monday", "dug the drains last week and will lay the pipes on Monday".)
 */
function weekOfTheSentence(ctx: NormalizeContext): AnchorPoint | undefined {
	const refs = ctx.references;
	if (!ctx.textBetween || ctx.start === undefined) return undefined;
	for (let i = refs.length - 1; i >= 0 && refs[i].sentence === ctx.sentence; i--) {
		const r = refs[i];
		if (r.aside || r.stretch || r.describing) return undefined;
		const { point: p, offset, text } = r.anchor;
		if (p.granularity === 'week' && !p.weekend && offset !== undefined && text !== undefined) {
			const fronted = SENTENCE_OPENS.test(ctx.textBetween(Math.max(0, offset - 3), offset)) || offset === 0;
			const right = i === refs.length - 1 && WEEK_THEN_DAY.test(ctx.textBetween(offset + text.length, ctx.start));
			return (fronted || right) && holdsTheDaysAfter(refs, i) ? r.anchor : undefined;
		}
		if (p.granularity !== 'day') return undefined;
	}
	return undefined;
}

/** What may stand between a week and the weekday it holds: "next week, on Thursday", "next week on Monday". */
const WEEK_THEN_DAY = /^\s*,?\s*(?:on\s+)?$/i;

/** Whether the days told after reference `i` in its sentence lie in its period. */
function holdsTheDaysAfter(refs: readonly Reference[], i: number): boolean {
	const period = spanOfPoint(refs[i].anchor.point);
	if (!period) return false;
	for (let k = i + 1; k < refs.length; k++) {
		const day = spanOfPoint(refs[k].anchor.point);
		if (!day || day.start < period.start || day.end > period.end) return false;
	}
	return true;
}

/** How many of the last times told "the Saturday" may go back to for a Saturday the story named. */
const WEEKDAY_TOLD_REACH = 4;

/** The last of the last few times told that is a day of `weekday` ("on the night of Friday the 4th"). */
function dayOfTheWeekdayTold(ctx: NormalizeContext, weekday: number): AnchorPoint | undefined {
	const refs = ctx.references;
	for (let i = refs.length - 1; i >= 0 && i >= refs.length - WEEKDAY_TOLD_REACH; i--) {
		const p = refs[i].anchor.point;
		if (p.day === undefined || !determines(p.granularity, 'day') || refs[i].aside) continue;
		const span = spanOfPoint(truncate(p, 'day') ?? p);
		if (span && isoWeekday(new Date(span.start)) === weekday) return refs[i].anchor;
	}
	return undefined;
}

/** ", when Easter fell on": a clause describing the year just named, up to the date it names. */
const WHEN_CLAUSE_OF_A_YEAR = /^\s*,\s*when\s+[^,.;:()]{0,40}$/i;

/** What stands before a sentence's first word: the text's start, a sentence's end or a line break. */
const SENTENCE_OPENING = String.raw`(?:^|[.!?]["”’)]?\s+|\n\s*)`;
const SENTENCE_OPENS = new RegExp(`${SENTENCE_OPENING}$`);
/** What stands before a year that heads its sentence: the sentence's start, and "in", "during" or "throughout". */
const HEADS_THE_SENTENCE = new RegExp(`${SENTENCE_OPENING}(?:(?:in|during|throughout)\\s+)?$`, 'i');

/**
 * "Last year, 30,000 people filed on New Year's Day", "In 2019, the storm hit on 3 March": a year heading
 * the sentence sets the time of the sentence, and its months and days without a year are of that year.
 */
function yearHeadingSentence(ctx: NormalizeContext): AnchorPoint | undefined {
	if (!ctx.textBetween) return undefined;
	const refs = ctx.references;
	let first: Reference | undefined;
	for (let i = refs.length - 1; i >= 0 && refs[i].sentence === ctx.sentence; i--) first = refs[i];
	const offset = first?.anchor.offset;
	if (!first || offset === undefined || first.anchor.point.granularity !== 'year' || first.describing) return undefined;
	// "Last year Schumacher won here; he has not won since the race on June 19": a semicolon opens a clause
	// the year does not head.
	if (ctx.start !== undefined && ctx.textBetween(offset, ctx.start).includes(';')) return undefined;
	return HEADS_THE_SENTENCE.test(ctx.textBetween(Math.max(0, offset - 16), offset)) ? first.anchor : undefined;
}

/**
 * What a date without its year (`back` 'years') or month (`back` 'month') is placed by in news: the time
 * heading its timeline's line, if that gives what is missing, else a story told in the past
 * (`backgroundStory`); and which way from it to look.
 */
function lineOrStory(ctx: NormalizeContext, back: 'years' | 'month'): { base: AnchorPoint; direction: Direction } | null {
	const heading = lineHeading(ctx);
	if (heading && (back === 'years' || determines(heading.point.granularity, 'month'))) return { base: heading, direction: 'same' };
	const story = backgroundStory(ctx, back);
	if (!story) return null;
	// In the sentence of the story's date, a month may lie either side of it ("in February 1999, and … on
	// 15 January"); in the next, the story has moved on. "…By mid-July, 800,000 had been killed. The council
	// had not acted until 17 May": a past perfect looks back from where the story is.
	if (story.sentence === ctx.sentence) return { base: story.anchor, direction: 'nearest' };
	if (pastPerfect(ctx) && ctx.lead !== 'by') return { base: story.anchor, direction: 'onOrBefore' };
	// "killed on the 25th ult. The column left the Rosebud on the 22d": a day told in the past may come before
	// the story's day as well as after it.
	const toldAsDone = back === 'month' && ctx.tense.tense === 'past' && !ctx.tense.prospective;
	return { base: story.anchor, direction: toldAsDone ? 'nearest' : 'onOrAfter' };
}

/** Zones a bracketed clock is given in for the world to read: Greenwich's. */
const UNIVERSAL = new Set(['GMT', 'UTC', 'Z']);

/**
 * The day of a local clock time read with another zone's time and its day: "10:32 p.m. PDT (1:32 a.m.
 * EDT Monday)" is Sunday, "1 a.m. Moscow time (2200 GMT Monday)" Tuesday, "7 p.m. EST (0000 GMT
 * Tuesday)" Monday. Where both zones name one offset the day is worked out from them. A local clock of
 * a place, read with a universal time, runs from 12 hours behind Greenwich's to 14 ahead; a gap of 11 or
 * 12 behind is read as 13 or 12 ahead (New Zealand, Fiji, Tonga), which news reports far more often
 * than the few islands 11 hours behind.
 */
function dayAcrossZones(day: CalendarPoint, local: Fields, hour: number | undefined, zone: string | undefined): CalendarPoint {
	const dayOnly = calendarDay(day);
	if (hour === undefined || day.hour === undefined || !zone) return dayOnly;
	const localOffset = zoneOffset(local.zone);
	const givenOffset = zoneOffset(zone);
	let shift = 0;
	if (localOffset !== undefined && givenOffset !== undefined) {
		// The same instant on both clocks: what is left between them, in whole days, is the local day's shift.
		const localMinutes = hour * 60 + (local.minute ?? 0) - localOffset * 60;
		const givenMinutes = day.hour * 60 + (day.minute ?? 0) - givenOffset * 60;
		shift = -Math.round((localMinutes - givenMinutes) / MINUTES_PER_DAY);
	} else if (UNIVERSAL.has(zone)) {
		const ahead = hour - day.hour;
		shift = ahead <= -11 ? 1 : ahead > 12 ? -1 : 0;
	} else if (givenOffset !== undefined) {
		// "6 a.m. Moscow time (10 p.m. EDT Sunday)": a zone not read for its offset is one of the world's, from
		// 12 hours behind universal time to 14 ahead; the day that keeps it so is the local day.
		const ahead = (hour * 60 + (local.minute ?? 0) - day.hour * 60 - (day.minute ?? 0)) / 60;
		const fits = (s: number) => ahead + 24 * s >= -12 - givenOffset && ahead + 24 * s <= 14 - givenOffset;
		shift = fits(0) ? 0 : fits(1) ? 1 : fits(-1) ? -1 : 0;
	}
	return shift ? (shiftPoint(dayOnly, 'day', shift) ?? dayOnly) : dayOnly;
}

const MINUTES_PER_DAY = 24 * 60;

/** The calendar day of a point, its hour or part of the day left out ("24:00" stays on its own day, as `truncate` would not). */
function calendarDay(p: CalendarPoint): CalendarPoint {
	return { granularity: 'day', year: p.year, month: p.month, day: p.day };
}

/**
 * "at 9:30 tonight", "at 5:30 tonight", "at 12:30 tonight": a clock time that does not say its half of the
 * day, read with a part of the day after noon, is in that half (the night's 12:30 and small hours are
 * after midnight). A time with a.m., p.m. or a zone stays as written.
 */
function hourOfPart(f: Fields, part: CalendarPoint['partOfDay']): number | undefined {
	return f.hour === undefined || !f.halfUnsaid ? f.hour : hourInPartOfDay(f.hour, part);
}

/**
 * An hour that does not say its half of the day, on a day whose afternoon or evening the last few times told
 * (`day`'s), is its later reading when that falls in the part told ("ended this afternoon … returned its
 * verdict at 2:35 o'clock today" is 14:35; "this afternoon … opened at 7 o'clock today" stays 07:00).
 */
function inThePartTold(f: Fields, day: CalendarPoint, ctx: NormalizeContext): Fields {
	if (!f.halfUnsaid || f.hour === undefined || f.hour >= NOON) return f;
	const part = recentPartOfDay(ctx, day);
	const later = f.hour + NOON;
	const within = part === 'AF' ? later < EVENING_START_HOUR : part === 'EV' && later >= EVENING_START_HOUR;
	return within ? { ...f, hour: later } : f;
}

/** The part of `day` the last of the last few times told names, if one does ("this afternoon"). */
function recentPartOfDay(ctx: NormalizeContext, day: CalendarPoint): CalendarPoint['partOfDay'] {
	return recentTimesOfDay(ctx, day).find((p) => p.partOfDay !== undefined && p.hour === undefined)?.partOfDay;
}

/**
 * "arrived at 2 p.m. … left at four o'clock": a clock time that does not say its half of the day, told
 * after an afternoon or evening hour of the day it is on, is its later reading when that does not go back
 * before that hour ("struck at 11.40 p.m. … at about four o'clock" is the small hours); so is one told
 * in the afternoon or evening named ("on the afternoon of Tuesday the 30th, shortly after two o'clock"),
 * and one told after a morning hour whose morning reading would go back before it ("began at ten o'clock
 * in the morning and took three hours … at about four o'clock" is 16:00), unless a past perfect looks back.
 */
function afterAnAfternoonHour(f: Fields, base: AnchorPoint, ctx: NormalizeContext): Fields {
	if (!f.halfUnsaid || f.hour === undefined || f.hour >= NOON || base.kind !== 'mention') return f;
	const part = base.point.partOfDay;
	// "taken between 8 and 10 o'clock on Tuesday night … found the crib empty at about 10 o'clock": a night
	// after an evening hour of its day goes on from that hour; "at about ten this morning … At four o'clock",
	// a morning from the hour told in it.
	const toldHour = base.point.hour === undefined && (part === 'NI' || part === 'MO') ? lastHourOfDay(ctx, base.point) : undefined;
	const eveningOfTheNight = part === 'NI' && toldHour !== undefined && toldHour >= EVENING_START_HOUR ? toldHour : undefined;
	const before = base.point.hour ?? (part === 'AF' ? NOON : part === 'EV' ? EARLY_EVENING_HOUR : part === 'NI' ? eveningOfTheNight : toldHour);
	if (before === undefined) return f;
	if (before >= 24) return inTheEveningBeforeMidnight(f, base, ctx);
	// ("began about midnight and did not abate until near seven this morning; we lay in the cellar from two
	// o'clock": an hour between two the day has told is of the stretch they bound.)
	if (before < NOON ? f.hour >= before || pastPerfect(ctx) || recentHoursOfDay(ctx, base.point).some((h) => h <= f.hour!) : f.hour + NOON < before) return f;
	return { ...f, hour: f.hour + NOON };
}

/**
 * "The ball last night went on until half-past twelve": a clock time that does not say its half of the
 * day, told in the sentence of a night it belongs to, is read in that night (23:00 for "eleven o'clock", 00:30
 * for "half-past twelve"). A night told as a stretch ("overnight", "all night", "through the night") is not:
 * the hour after it may be the morning it ran to.
 */
function inTheNightOfItsSentence(f: Fields, base: AnchorPoint, ctx: NormalizeContext): Fields {
	if (!f.halfUnsaid || f.hour === undefined || f.hour > NOON || base.kind !== 'mention') return f;
	if (base.point.partOfDay !== 'NI' || base.point.hour !== undefined || NIGHT_AS_A_STRETCH.test(base.text ?? '')) return f;
	const last = lastTold(ctx);
	if (last?.anchor !== base || last.sentence !== ctx.sentence) return f;
	return { ...f, hour: hourInPartOfDay(f.hour, 'NI') };
}

/** Words that tell a night as a stretch something ran through. */
const NIGHT_AS_A_STRETCH = /\b(?:overnight|all\s+night|through(?:out)?\s+the\s+night)\b/i;

/**
 * "swept the harbour last night from nightfall until after midnight. At nine o'clock …": after the midnight
 * that closes a day whose evening or night the last few times told, an hour that does not say its half is of
 * that evening when its later reading is an evening's.
 */
function inTheEveningBeforeMidnight(f: Fields, base: AnchorPoint, ctx: NormalizeContext): Fields {
	const later = f.hour! + NOON;
	if (later < EARLY_EVENING_HOUR) return f;
	const evening = recentTimesOfDay(ctx, base.point).some((p) => (p.hour === undefined ? p.partOfDay === 'EV' || p.partOfDay === 'NI' : p.hour >= EVENING_START_HOUR && p.hour < 24));
	return evening ? { ...f, hour: later } : f;
}

/**
 * The first hour an evening named may be told at by its clock: "on Monday evening … at about half-past
 * five o'clock" is 17:30, an hour before the evening's span (`EVENING_START_HOUR`) begins.
 */
const EARLY_EVENING_HOUR = EVENING_START_HOUR - 1;
/** The hour from which an afternoon runs on into the evening and the night after it. */
const LATE_AFTERNOON_HOUR = 15;

/**
 * "from eleven o'clock this morning until half-past six": a limit that does not say its half of the day,
 * after an hour of that day it would come before, is its later reading.
 */
function untilTheLaterHalf(f: Fields, base: AnchorPoint, ctx: NormalizeContext): Fields {
	if (!f.halfUnsaid || f.hour === undefined || f.hour >= NOON || base.kind !== 'mention') return f;
	const before = base.point.hour ?? lastHourOfDay(ctx, base.point);
	if (before === undefined || before >= NOON) return f;
	if (f.hour > before || f.hour + NOON <= before || !UNTIL_THE_NIGHT.test(textBefore(ctx, 24))) return f;
	return { ...f, hour: f.hour + NOON };
}

/** The day after a calendar day. */
function nextDay(day: CalendarPoint): CalendarPoint {
	return shiftPoint(day, 'day', 1) ?? day;
}

/** Whether one of the last few times told is a clock time of `day` no later than `hour` ("began at 1 a.m. on Sunday … until 4 a.m."). */
function earlierHourOfDay(ctx: NormalizeContext, day: CalendarPoint, hour: number): boolean {
	return recentHoursOfDay(ctx, day).some((h) => h <= hour);
}

/** The hour of the last of the last few times told that is a clock time of `day` ("eleven o'clock this morning"). */
function lastHourOfDay(ctx: NormalizeContext, day: CalendarPoint): number | undefined {
	return recentHoursOfDay(ctx, day)[0];
}

/** The hours of the clock times of `day` among the last three times told, the latest first. */
function recentHoursOfDay(ctx: NormalizeContext, day: CalendarPoint): number[] {
	return recentTimesOfDay(ctx, day).flatMap((p) => (p.hour === undefined ? [] : [p.hour]));
}

/** The times of `day` among the last three times told, the latest first. */
function recentTimesOfDay(ctx: NormalizeContext, day: CalendarPoint): CalendarPoint[] {
	const refs = ctx.references;
	const times: CalendarPoint[] = [];
	for (let i = refs.length - 1; i >= 0 && i >= refs.length - 3; i--) {
		const p = refs[i].anchor.point;
		if (sameDay(p, day)) times.push(p);
	}
	return times;
}

/** Whether two points fall on the same calendar day. */
function sameDay(a: CalendarPoint, b: CalendarPoint): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The last time told that is no stretch ("for six hours"). */
function lastTold(ctx: NormalizeContext): Reference | undefined {
	const refs = ctx.references;
	for (let i = refs.length - 1, oldest = oldestInReach(ctx); i >= oldest; i--) if (!refs[i].stretch) return refs[i];
	return undefined;
}

/** "until", "until after", "till about" before a clock time: a limit. */
const UNTIL_THE_NIGHT = /\b(?:until|till)\s+(?:(?:after|about|around)\s+)?$/i;

/** An hour from which a story told forward reaches the small hours only by going on to the next day. */
const LATE_HOUR = 11;

/** Noon, the end of the morning a night ends in. */
const NOON = 12;

/** Words before a thing that came before the clause's event: "after Friday's budget", "triggered by". */
const BEFORE_THE_EVENT = new Set(['after', 'following', 'since']);
const CAUSED_BY = /\b(?:triggered|caused|sparked|prompted|fuelled|fueled|driven|spurred|provoked|unleashed)\s+by\s+$/i;

/** A verb right after a time that makes it the subject of a clause: "since Jan. 20 falls on a Sunday". */
const VERB_AFTER_SUBJECT = /^\s+(?:falls|fell|is|was|comes|came|marks|marked)\b/i;

/** "will take the oath on Jan. 21, since Jan. 20 falls on a Sunday": "since" gives a reason, not a start. */
function sinceAsReason(ctx: NormalizeContext): boolean {
	return ctx.end !== undefined && !!ctx.textBetween && VERB_AFTER_SUBJECT.test(ctx.textBetween(ctx.end, ctx.end + 8));
}

const BEFORE_THE = /\bbefore\s+the\s+$/i;

/** A copula in the present right before a day: "is on Saturday", "are Friday". */
const FALLS_ON = /\b(?:is|are)\s+(?:on\s+)?$/i;

/** "faces a disciplinary hearing by video link on": an event a name faces, up to the day it is on. */
const facesAnEvent = (before: string) => FACE_WORD.test(before) && FACES_AN_EVENT.test(before);
/** The word `FACES_AN_EVENT` needs, looked for first: most weekdays have none before them. */
const FACE_WORD = /face/i;
const FACES_AN_EVENT = /\bfaces?\s+(?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:hearing|trial|vote|ballot|test|election|final|match|tribunal|inquiry|fitness\s+test|run-off|runoff)\b[^.;:!?,]*\bon\s+$/iu;

/** A day set apart: "a day of mourning", "a national holiday", "a day of prayer". */
const DAY_SET_APART = String.raw`(?:(?:national|public|official|state|bank)\s+)*(?:day\s+of\s+(?:(?:national|public)\s+)?(?:mourning|prayer|remembrance|reflection|rest|thanksgiving)|holiday)`;
/** A proclamation just before the day it sets apart, and what it makes of it: "proclaimed Sunday a day of mourning". */
const SET_APART_BEFORE = /\b(?:declar|proclaim|designat|decree|nam|mak|made|call)\p{L}*\s+(?:\p{L}+\s+){0,2}$/iu;
const SET_APART_AFTER = new RegExp(String.raw`^,?\s+(?:as\s+)?(?:an?\s+)?${DAY_SET_APART}\b`, 'i');
/** What a proclamation sets apart "for" a day: "a day of mourning has been declared for Monday". */
const SET_APART_FOR = new RegExp(String.raw`${DAY_SET_APART}\s+(?:(?:has|had|have|was|were|is|will)\s+)?(?:(?:been|be)\s+)?(?:declared|proclaimed|called|set|decreed)\s+for\s+$`, 'i');

/** A day a proclamation's passive has set apart, after the day: "Wednesday has been declared a national day of mourning". */
const SET_APART_SUBJECT = new RegExp(
	String.raw`^\s+(?:has|had|have|was|were|is|will)\s+(?:(?:been|be)\s+)?(?:declared|proclaimed|designated|decreed|named|made)\s+(?:as\s+)?(?:an?\s+)?${DAY_SET_APART}\b`,
	'i'
);

/** Whether a proclamation sets the day apart ("proclaimed Sunday a national day of mourning"). */
function setApart(ctx: NormalizeContext): boolean {
	if (ctx.end === undefined || !ctx.textBetween) return false;
	const before = textBefore(ctx, 80);
	if (ctx.lead === 'for') return SET_APART_FOR.test(before);
	const after = ctx.textBetween(ctx.end, ctx.end + 80);
	return (SET_APART_BEFORE.test(before.slice(-40)) && SET_APART_AFTER.test(after)) || SET_APART_SUBJECT.test(after);
}

/** Words that set a day after "is" or "are" alone: "is on Saturday", "is at 3pm Friday", "is open from Monday". */
const COPULA_LEADS = new Set(['on', 'at', 'from']);

/**
 * Whether the clause's verb, before the time, is "is" or "are" alone, which says where or when a thing is
 * ("The toll from the blast on Saturday is 30" dates the blast, not the toll).
 */
function copulaGoverns(ctx: NormalizeContext): boolean {
	const cue = ctx.tense.cue;
	return !!cue && ctx.start !== undefined && cue.end <= ctx.start && !!ctx.textBetween && /^(?:is|are)$/i.test(ctx.textBetween(cue.start, cue.end));
}

function cameBefore(ctx: NormalizeContext): boolean {
	if (BEFORE_THE_EVENT.has(ctx.lead ?? '')) return true;
	return ctx.lead === 'by' && CAUSED_BY.test(textBefore(ctx, 20));
}

/** "by" and the part of a day it reaches ("by the early hours of"), before the time. */
const BY_PART_OF = /\bby\s+(?:the\s+)?(?:(?:early|small|wee|late)\s+)?(?:hours|morning|afternoon|evening|night|middle|end|close)\s+of\s+$/iu;

/** Whether the time is one the story reaches by ("by Friday", "by the early hours of the 26th"). */
function reachedBy(ctx: NormalizeContext): boolean {
	if (ctx.lead === 'by') return true;
	return ctx.lead === 'of' && BY_PART_OF.test(textBefore(ctx, 40));
}

/** "stood at 810,000 tonnes by Sunday": a limit a simple past says was reached, not one it set. */
function reachedInThePast(ctx: NormalizeContext): boolean {
	return ctx.lead === 'by' && ctx.tense.tense === 'past' && !ctx.tense.infinitive && !ctx.tense.prospective && !governedBy(ctx, DECISION) && !governedBy(ctx, PUT_OFF);
}

/** "a meeting that ran until almost 11pm on Thursday": a limit a thing told in the simple past lasted to, not one it set. */
function lastedUntil(ctx: NormalizeContext): boolean {
	return (ctx.lead === 'until' || ctx.lead === 'till') && ctx.tense.tense === 'past' && !ctx.tense.perfect && !ctx.tense.infinitive && !ctx.tense.prospective && governedBy(ctx, LASTING);
}

/** Verbs of a thing going on, in the past: what they ran until was reached. */
const LASTING = /^(?:ran|lasted|continued|went|stayed|remained|sat|raged|waited|worked|talked|debated|queued|burned|burnt|lingered|persisted|stood|dragged)$/i;

/** The text of up to `chars` characters just before the time ('' where the context has no text). */
function textBefore(ctx: NormalizeContext, chars: number): string {
	return ctx.start === undefined || !ctx.textBetween ? '' : ctx.textBetween(Math.max(0, ctx.start - chars), ctx.start);
}

/** Whether the verb that governs the time begins as `verbs` says. */
function governedBy(ctx: NormalizeContext, verbs: RegExp): boolean {
	const cue = ctx.tense.cue;
	return !!cue && !!ctx.textBetween && verbs.test(ctx.textBetween(cue.start, cue.end));
}

/** A clause of what can or cannot be done, up to the "before" of its limit: "cannot be rebuilt before". */
const POSSIBLE_BEFORE = /\b(?:can|cannot|can't|(?:im)?possible)\b[^.;:!?,]*\bbefore\s+$/i;

/** Modals whose time lies ahead, never behind: "may", "might", "should", "must". */
const MODALS_OF_WHAT_IS_TO_COME = /^(?:may|might|should|must)$/i;

/** "Could", which may tell of what could be done in the past as well as ahead. */
const PAST_ABILITY = /^could$/i;

/** A verb of saying earlier in the clause of a "would": "said the company would open", "told reporters it would". */
const SAID_BEFORE = /\b(?:said|says|told|announced|confirmed|added|stated)\b[^.;:!?]*$/i;

/** Whether the clause's "would" reports a saying's future ("said it would open in the autumn"). */
function reportedAhead(ctx: NormalizeContext): boolean {
	const cue = ctx.tense.cue;
	if (!cue || !ctx.textBetween || !/^(?:would|'d|’d)$/i.test(ctx.textBetween(cue.start, cue.end))) return false;
	return SAID_BEFORE.test(ctx.textBetween(Math.max(0, cue.start - 80), cue.start));
}

/** "had left": a perfect told in the past ("has given … until Tuesday" is not one). */
function pastPerfect(ctx: NormalizeContext): boolean {
	const { tense, perfect, cue } = ctx.tense;
	// The cue is "had" or the participle after it ("had left", "had already left").
	return tense === 'past' && perfect && !!cue && !!ctx.textBetween && /\bhad\b/i.test(ctx.textBetween(Math.max(0, cue.start - 16), cue.end));
}

/** Words that set a time as the time of what happened ("on Tuesday", "in February", "at noon"). */
const DEFINITE_LEADS = new Set(['on', 'in', 'at']);

/** "has", "have" before the participle a perfect's cue is, with "been" and adverbs between. */
const PRESENT_PERFECT = /\b(?:has|have|['’]ve)\s+(?:(?:not|never|already|also|now|just|recently|since|been)\s+)*[\p{L}-]+$/iu;
/** A perfect after a modal or "to" ("could have been killed", "is believed to have died"), which a day gone by may date. */
const MODAL_PERFECT = /\b(?:could|would|should|might|may|must|will|shall|to)\s+have\b/i;

/**
 * "The organisers have added a reserve day on Tuesday", "the miners have been invited to Britain in
 * February": English does not date a present perfect by a time gone by, so a day or a month named after it
 * with "on", "in" or "at" is that of what the perfect brought about (a plan, a fixture), on either side of the
 * writing.
 */
function presentPerfectAt(ctx: NormalizeContext): boolean {
	return DEFINITE_LEADS.has(ctx.lead ?? '') && presentPerfect(ctx);
}

/** Whether the governing verb is a present perfect ("have been scouring", "has fallen"), not a modal's. */
function presentPerfect(ctx: NormalizeContext): boolean {
	const { tense, perfect, cue } = ctx.tense;
	if (tense !== 'past' || !perfect || !cue || !ctx.textBetween) return false;
	const group = ctx.textBetween(Math.max(0, cue.start - 32), cue.end);
	return PRESENT_PERFECT.test(group) && !MODAL_PERFECT.test(group);
}

/** How far back from "for" a verb that fixes a date is looked for ("calling regional elections for"). */
const SCHEDULE_REACH = 48;

/** "called elections for 21 December": the date a plan is set for, by the governing verb or one in its clause. */
function scheduledFor(ctx: NormalizeContext): boolean {
	if (ctx.lead !== 'for') return false;
	// "called elections for 21 December", "declared a day of mourning for Tuesday".
	if (governedBy(ctx, SCHEDULE) || governedBy(ctx, DECISION)) return true;
	// A participle or clause of its own ("…, calling regional elections for 21 December").
	return SCHEDULED_CLAUSE.test(textBefore(ctx, SCHEDULE_REACH));
}

/**
 * A warning and the time it covers: "a yellow alert for", "a flood warning for the coast for", "a warning
 * for ice covering the whole of", "an amber warning in force from", "a heat warning for London and the South
 * East covering", "a yellow warning for snow covers the whole of", "a red warning for Cork from". ("On"
 * alone may date the warning's issue: "issued a warning to investors on Tuesday".)
 */
const WARNING_FOR =
	/\b(?:warnings?|alerts?|advisor(?:y|ies)|watch(?:es)?)\s+(?:[\p{L}-]+,?\s+){0,10}(?:for|from|until|cover(?:s|ing)?|(?:in\s+force|valid)\s+(?:for|from|until|on))\s+(?:(?:the\s+)?(?:whole|rest)\s+of\s+|all\s+(?:of\s+)?)?$/iu;

/**
 * How far back from its time a warning is looked for: a few words of what it warns of, and where ("an amber
 * warning for wind covering the Western Isles, Skye and Lochaber from").
 */
const WARNING_REACH = 96;

/** "a yellow warning for snow covers the whole of": a warning the present says is in force. */
const COVERS_NOW = /\bcovers?\s+(?:(?:the\s+)?(?:whole|rest)\s+of\s+|all\s+(?:of\s+)?)?$/i;

/** A time in the object of "follows" ("follows the wettest February", "came after a dry June"), not "followed by". */
const FOLLOWS_IT = /\b(?:follows|followed|comes\s+after|came\s+after)\s+(?:(?!(?:by|on|in|at|for|until|to|from)\b)[\p{L}-]+\s+){0,3}$/iu;

/** A record's word before a time ("the warmest", "the most violent") and a record's words after it. */
const SUPERLATIVE_BEFORE = new RegExp(String.raw`\bthe\s+${RECORD}(?:\s+\p{Ll}+)?\s+$`, 'iu');
const ON_RECORD_AFTER = /^\s+(?:on\s+record|since\s+records\s+began|ever\s+recorded)\b/i;

/** "the warmest November on record": a time named as a record. */
function namedAsARecord(ctx: NormalizeContext): boolean {
	if (ctx.end === undefined || !ctx.textBetween || !SUPERLATIVE_BEFORE.test(textBefore(ctx, 24))) return false;
	return ON_RECORD_AFTER.test(ctx.textBetween(ctx.end, ctx.end + 24));
}

function followsIt(ctx: NormalizeContext): boolean {
	const before = textBefore(ctx, 100);
	return /follow|after/i.test(before) && (FOLLOWS_IT.test(before) || COMES_AFTER_EVENT.test(before));
}

/** "The disaster comes little more than a month after the assassination of the president on": the event's day. */
const COMES_AFTER_EVENT = /\b(?:comes|came)\s+(?:[^.,;:!?]{0,40}\s)?after\s+(?:the|a|an|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){1,6}(?:on|in)\s+$/iu;

/**
 * "issued a yellow alert for Saturday": a time a warning covers. 'now' when the warning's own verb says it
 * is in force ("a yellow warning for snow covers Thursday").
 */
function coveredByWarning(ctx: NormalizeContext): 'now' | 'told' | undefined {
	if (!WARNING_LEADS.has(ctx.lead ?? '')) return undefined;
	// "a warning for snow from 6pm on Friday": the day of the clock the warning's words lead to.
	const before = textBefore(ctx, WARNING_REACH).replace(CLOCK_ON, ' ');
	// One plain search spares most times the pattern.
	if (!WARNING_WORD.test(before) || !WARNING_FOR.test(before)) return undefined;
	return COVERS_NOW.test(before) ? 'now' : 'told';
}

/** A clock and "on" before a day: "6pm on", "9.30 a.m. on", "midday on". */
const CLOCK_ON = /\s(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|noon|midday|midnight)\s+on\s+$/i;

/** The words a warning's time may follow ("for", "the whole of", "covering", "covers", "in force from"). */
const WARNING_LEADS = new Set(['for', 'of', 'covering', 'covers', 'cover', 'from', 'until', 'on', 'all']);
const WARNING_WORD = /warning|alert|advisor|watch/i;

/** A clause that fixes a date ("…, calling regional elections for"); moving verbs take "to", not "for". */
const SCHEDULED_CLAUSE = new RegExp(`(?:^|[^\\p{L}])(?:${SCHEDULING_STEMS})\\p{L}*\\s+(?:[^,.;:!?]*\\s)?for\\s+$`, 'iu');

/** What ends the date that leads a timeline entry ("11 Mar: …", "15 April - …"). */
const ENTRY_DATE = /^[^\n:–—]{1,24}?(?::|\s[-–—]|[–—])\s/;
const ENTRY_MARK = /[:–—-]/;

/** Words by which a timeline entry says it has not happened yet ("1 June - Talks will resume"). */
const ENTRY_AHEAD = /\b(?:will|shall|due|expected|scheduled|set\s+to|to\s+be\s+held|planned)\b|['’]ll\b/i;

/**
 * "11 Mar: The WHO declares a pandemic", "1 May - Both sides agree to extend the truce": a date leading an
 * entry of a timeline, told in the historical present. What such a list records has happened, unless
 * the entry says it will.
 */
function pastTimelineEntry(ctx: NormalizeContext): boolean {
	if (ctx.start === undefined || !ctx.textBetween) return false;
	// Most dates have no colon or dash just after them: one look at the next few characters spares the rest.
	const head = ctx.textBetween(ctx.start, ctx.start + 28);
	if (!ENTRY_MARK.test(head)) return false;
	const before = ctx.textBetween(Math.max(0, ctx.start - 8), ctx.start);
	const newline = before.lastIndexOf('\n');
	// An entry starts a line, or a sentence of a timeline run together ("…cases. 11 January: China …").
	const lineStart = (newline >= 0 || ctx.start <= 8) && ENTRY_MARKS.test(before.slice(newline + 1));
	if (!lineStart && !SENTENCE_END_BEFORE.test(before)) return false;
	if (!ENTRY_DATE.test(head)) return false;
	return !ENTRY_AHEAD.test(ctx.textBetween(ctx.start, ctx.start + 160).split('\n', 1)[0]);
}

/** "quoting log 1187 of 4 March": a day after "of" and a noun names when that thing was made or held. */
function datedBy(ctx: NormalizeContext, e: PointExpression): boolean {
	return ctx.lead === 'of' && e.fields.day !== undefined && !TIME_BEFORE_OF.test(textBefore(ctx, 16));
}

/** Words before an attributive date that set a clause's event in the event it names: "in Sunday's final". */
const AT_AN_EVENT = new Set(['in', 'at', 'during', 'for', 'before']);

const AHEAD_OF = /\b(?:ahead|in\s+advance)\s+of\s+$/i;

/**
 * A lead before an event the time is the day of: "ahead of" in "campaigned ahead of the state's primary on
 * Saturday", "until" in "was remanded until a plea hearing on the 28th", "since" in "the first talks since the
 * truce of 3 March". The time is the event's, and the lead says where it lies as it would before the time
 * itself. A verb among the words makes the lead a conjunction whose clause has its own tense ("since the
 * museum is closed on Good Friday" gives a reason).
 */
const LEAD_OF_AN_EVENT = /\b(until|till|since|ahead\s+of|in\s+advance\s+of)\s+(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|shall|can|could|may|might|must|do|does|did)\s)[\p{L}\p{N}'’-]+\s+){1,5}(?:on|in|at|of)\s+$/iu;

/** The words `LEAD_OF_AN_EVENT` may find, looked for first: most times have none before them. */
const EVENT_LEAD_WORDS = /until|till|since|ahead|advance/i;

function eventLead(ctx: NormalizeContext): string | undefined {
	if (ctx.lead !== 'on' && ctx.lead !== 'in' && ctx.lead !== 'at' && ctx.lead !== 'of') return undefined;
	const before = textBefore(ctx, 60);
	const m = EVENT_LEAD_WORDS.test(before) ? LEAD_OF_AN_EVENT.exec(before) : null;
	return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : undefined;
}

/**
 * "needed reinforcements before the FA Cup third round on 9 January": "before" and a noun of an event the
 * time is the day of. What a past clause came before may not have come yet, as with "before" and the time
 * itself. A past verb among the words makes "before" a conjunction ("before the police arrived on Monday").
 */
const BEFORE_AN_EVENT = /\bbefore\s+(?:the|a|an|its|their|his|her)\s+((?:[\p{L}'’-]+\s+){1,5})(?:on|in|at)\s+$/iu;

function beforeAnEvent(ctx: NormalizeContext): boolean {
	if (!DEFINITE_LEADS.has(ctx.lead ?? '')) return false;
	const before = textBefore(ctx, 60);
	const m = before.includes('before') ? BEFORE_AN_EVENT.exec(before) : null;
	return !!m && !m[1].split(/\s+/).some((w) => pastForm(w.toLowerCase()));
}

/**
 * "left Plymouth on 6 September, after two false starts with the leaking Speedwell in August": "after" and
 * a noun of an event the time is the time of, which came before the clause's. A verb among the words makes
 * "after" a conjunction ("after the fleet sailed in August").
 */
const AFTER_AN_EVENT = /\b(?:after|following)\s+(?:the|a|an|its|their|his|her|two|three|several|many|some|weeks|months|days)\s+((?:[\p{L}'’-]+\s+){0,6})(?:on|in|at)\s+$/iu;
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'do', 'does']);

function afterAnEvent(ctx: NormalizeContext): boolean {
	if (!DEFINITE_LEADS.has(ctx.lead ?? '')) return false;
	const before = textBefore(ctx, 80);
	const m = /after|following/i.test(before) ? AFTER_AN_EVENT.exec(before) : null;
	if (!m || m[1].split(/\s+/).some((w) => pastForm(w.toLowerCase()) || AUXILIARIES.has(w.toLowerCase()))) return false;
	// "After an artillery duel on New Year's Day failed …, Pakenham attacked on 8 January": opening its
	// sentence, the phrase comes before the clause it leads to, whose time is not yet told.
	const opensTheSentence = m.index === 0 ? (ctx.start ?? 0) <= before.length : SENTENCE_OPENS.test(before.slice(0, m.index));
	return !opensTheSentence;
}


/** "from today through Nov. 17": the end of a stretch whose start is the time just before, which places it. */
function endsStretchFrom(ctx: NormalizeContext): boolean {
	const before = justBefore(ctx);
	if (!before || !/^\s*(?:to|through|thru|until|till|[-–])\s*$/i.test(before.gap)) return false;
	const start = before.last.anchor.offset!;
	return /\bfrom\s+$/i.test(ctx.textBetween!(Math.max(0, start - 6), start));
}

/** "ahead of Election Day", "ahead of the state's primary on Saturday" (`event`: the time's `eventLead`). */
function aheadOf(ctx: NormalizeContext, event: string | undefined): boolean {
	if (ctx.lead === 'of' && AHEAD_OF.test(textBefore(ctx, 20))) return true;
	// "ahead of its normal onset date of June 1": the event named between leads to its day.
	return event === 'ahead of' || event === 'in advance of';
}

function tenseDirection(ctx: NormalizeContext, cycle: Granularity, e: PointExpression, asNews = false): Direction {
	// "By early August the defenders had been pushed back": "by" names the time the perfect looks back
	// from, which the story reaches; without it, "had begun in March" looks back.
	if (ctx.mode === 'narrative' && !asNews) {
		// "April 9. — The commissioner, who was to have met us at the Omo in March, never came": a plan undone
		// is told from after its time as often as before it, so the time nearest the story's is meant.
		if (ctx.tense.undone) return 'nearest';
		// "crossed the Tweed on 22 August 1513 … Surrey, who had mustered the levies on 1 September": a day a
		// past perfect names looks back from where the story has got to, which may lie days past its last date,
		// rather than most of a year behind it.
		if (ctx.tense.perfect && !reachedBy(ctx)) return cycle === 'year' && e.fields.day !== undefined ? 'pastLeaning' : 'onOrBefore';
		// The time a perfect is told from, the story reaches, though it may lie a little behind the last date
		// told ("4 July: Pubs reopen. … By the end of June ten million cases had been confirmed").
		if (ctx.tense.perfect && cycle === 'year') return 'storyForward';
		// "the last aircraft gone since February", in a log of May: what a state has lasted since lies behind.
		if (ctx.lead === 'since' && !sinceAsReason(ctx)) return 'onOrBefore';
		// What a clause told in the past came after ("left on 6 September, after two false starts in August")
		// lies behind the story.
		if (ctx.tense.tense === 'past' && afterAnEvent(ctx)) return 'onOrBefore';
		// "on the afternoon of 4 December … Her last log entry, for 25 November": a story moves on, but a
		// day of the weeks just before it is a look back, not a day of the next year it has not named.
		// A day named by its number alone in what the story tells happened is the nearest such day to the
		// story's, in its month or the one either side, a day behind counting at three times its distance, as
		// the story goes forward ("on Monday 5 June … at 4.15 on the morning of the 4th" is 4 June; "on 28 May
		// … On the 3rd" 3 June; "on 6 November … began on the 26th" 26 November); one still to come ("I mean
		// to turn back on the 25th") is ahead.
		if (cycle === 'month' && ctx.tense.tense === 'past') return 'futureLeaning';
		return cycle === 'year' && e.fields.day !== undefined ? 'storyForward' : 'onOrAfter';
	}
	const { tense, prospective } = ctx.tense;
	if (tense !== 'past' && pastTimelineEntry(ctx)) return 'onOrBefore';
	// "the change since year-end", "had warned of it since Saturday", "the first talks since the truce of 3
	// March": what a text counts from lies behind it, whatever the clause foretells.
	const event = eventLead(ctx);
	if ((ctx.lead === 'since' && !sinceAsReason(ctx)) || event === 'since') return 'onOrBefore';
	// "the year ended June 30" lies behind; "the year to June 30" may be under way.
	if (e.closesPeriod) return e.closesPeriod === 'open' ? 'nearest' : 'onOrBefore';
	// "raised the price with effect from June 16": the day a change takes effect lies on either side of its telling.
	if (ctx.lead === 'from' && WITH_EFFECT_FROM.test(textBefore(ctx, 20))) return 'nearest';
	const ahead = tense === 'future' || tense === 'conditional';
	// "Wednesday's ruling", "a June agreement" take their time from the noun, not from the clause; a clause
	// that looks ahead and sets its event in one ("will face Argentina in Sunday's final") leans ahead.
	// So does a day a noun is dated by ("quoting log 1187 of 4 March", "his letter of 12 May").
	if (e.attributive || datedBy(ctx, e)) {
		// "fell after Friday's budget", "a sell-off triggered by Friday's budget": what came before a past event.
		if (tense === 'past' && cameBefore(ctx)) return 'onOrBefore';
		// "rose £215 from Friday's close", told on a Wednesday: a weekday a past clause's noun is dated by is
		// the one gone by, unless the clause came ahead of it ("fell ahead of Friday's jobs report") or looks
		// ahead ("called for a boycott of Friday's vote"); a present perfect speaks from the writing ("have been
		// postponed, including Sunday's derby").
		if (tense === 'past' && cycle === 'week' && !prospective && !ctx.tense.foretold && !presentPerfect(ctx)) return aheadOf(ctx, event) ? 'nearest' : 'onOrBefore';
		return tense === 'past' ? 'pastLeaning' : !ahead ? 'nearestPast' : AT_AN_EVENT.has(ctx.lead ?? '') ? 'futureLeaning' : 'nearest';
	}
	// "agreed to meet Friday": a plan made before the writing, for a time on either side of it; "have
	// already voted ahead of Election Day": a time the clause's event came before, on either side too.
	// "Analysts forecast growth in the fourth quarter": a month or a quarter foretold lies mostly ahead of the
	// writing (a weekday, in "warned of famine on Friday", is as often the day of the warning).
	if (ctx.tense.foretold && cycle !== 'week') return 'futureLeaning';
	// "It follows the mildest February on record": what a thing follows came before it.
	if (followsIt(ctx)) return 'pastLeaning';
	// "after the warmest November on record": a record is of a time measured, gone by or under way.
	if (namedAsARecord(ctx)) return 'onOrBefore';
	// "said this afternoon that he hoped to reopen at Christmas": a plan the writing's own day reports is one
	// made then, for a time still to come.
	if (prospective && reportedOnTheDayOfWriting(ctx)) return 'onOrAfter';
	if (prospective || aheadOf(ctx, event)) return 'nearest';
	// "declared a truce for Christmas" a week before it: the holiday a thing was for follows the thing, by
	// days or weeks, and may not have come yet; "gathered for Lunar New Year" months after it has. A thing
	// still to come is before its holiday: "will break up for Christmas", in March, is this December's.
	if (e.purpose) return tense === 'past' ? 'pastLeaning' : ahead ? 'onOrAfter' : 'nearest';
	// A quarter is spoken of after it ends too: "will report results for the third quarter" in October; what
	// "will" happen in one ("will reach Europe in the fourth quarter") is still ahead.
	if (ahead && (e.fields.quarter !== undefined || e.fields.half !== undefined) && !(tense === 'future' && ctx.lead === 'in')) return 'nearest';
	// "postponed until Tuesday morning", "extended the offer until Nov. 9": put off, the time lies ahead. A
	// month a delay told in the past put things off to may have come since ("bad weather delayed the first
	// dives until the end of August", in September, is this August).
	// ("deferred until the court returns from its break, in early September": the limit restated in commas, read
	// only after the verb is found to put things off.)
	const putOffLead = PUT_OFF_LEADS.has(ctx.lead ?? '') || PUT_OFF_LEADS.has(event ?? '');
	if ((putOffLead || ctx.lead === 'in') && governedBy(ctx, PUT_OFF) && (putOffLead || LIMIT_RESTATED.test(textBefore(ctx, 90)))) return tense === 'past' && cycle === 'year' && !presentPerfect(ctx) ? 'futureLeaning' : 'onOrAfter';
	// ("A public meeting is called for Monday", "has been called for Monday", on a Tuesday: a plan told in the
	// present or the present perfect is in force, for a time still to come.)
	if (scheduledFor(ctx)) return ahead || tense === 'present' || presentPerfect(ctx) ? 'onOrAfter' : 'nearest';
	// A warning still in force ("has issued a yellow warning for Friday") covers a time to come; one issued
	// in the past may have covered a time gone by as well.
	const warning = coveredByWarning(ctx);
	if (warning) return ahead || tense === 'present' || warning === 'now' || (ctx.tense.perfect && !pastPerfect(ctx)) ? 'onOrAfter' : 'nearest';
	if (cycle === 'week') {
		// "extended the deadline until 9 a.m. Tuesday": a limit set is mostly one still ahead, and is so
		// when told in the future ("will last until 9pm on Friday"); "had left by Wednesday", a limit
		// already reached, lies behind.
		// "stood at 810,000 tonnes by Sunday", a level reached told in the past, lies behind too, unless a
		// decision sets it ("ordered them out by Friday") or an infinitive's event may follow the telling.
		// "The commemorations continue until Sunday": a limit a state told in the present runs to lies ahead.
		if (LIMIT_LEADS.has(ctx.lead ?? '')) return ahead || (tense === 'present' && ctx.lead !== 'by') ? 'onOrAfter' : pastPerfect(ctx) || reachedInThePast(ctx) || lastedUntil(ctx) ? 'onOrBefore' : 'nearest';
		// "announced a 48-hour walkout starting at 00:01 on Thursday": what an announcement has start, in a
		// participle still under way, is mostly still to come.
		if (tense === 'past' && governedBy(ctx, DECISION) && !pastPerfect(ctx) && STARTING_AT.test(textBefore(ctx, 32))) return 'futureLeaning';
		// "declared three days of mourning from Sunday" on a Saturday: what a decision opens may begin after
		// the decision as well as before the writing ("were closed from Monday" began before it).
		if (tense === 'past' && OPENING_LEADS.has(ctx.lead ?? '') && governedBy(ctx, DECISION) && !pastPerfect(ctx)) return 'nearest';
		// "ordered a naval quarantine to begin on Wednesday": the infinitive's event may follow the order.
		if (tense === 'past' && ctx.tense.infinitive) return 'nearest';
		if (presentPerfectAt(ctx)) return 'nearest';
		// "proclaimed Sunday a national day of mourning", "a day of mourning has been declared for Monday": a
		// day a proclamation sets apart is one still to come (or the day itself).
		if (setApart(ctx)) return 'onOrAfter';
		// AP style names the days of the week around the writing: the tense says which side.
		if (tense === 'past') return 'onOrBefore';
		if (ahead) return 'onOrAfter';
		// "The vote is on Saturday", "the deadline is Friday", "Mexico's next match is against South Korea in
		// Guadalajara on Thursday", "the shop is open from 9am Saturday": a day the present says a thing falls
		// on, or is at or from, is the coming one (or today: "Today is Monday").
		if (tense === 'present' && (FALLS_ON.test(textBefore(ctx, 12)) || (COPULA_LEADS.has(ctx.lead ?? '') && copulaGoverns(ctx)))) return 'onOrAfter';
		// "faces a disciplinary hearing by video link on Wednesday": a hearing, a trial or a vote a name faces is
		// still to come ("faces charges over a raid on Friday" is not one).
		if (tense === 'present' && facesAnEvent(textBefore(ctx, 80))) return 'onOrAfter';
		return 'nearestPast';
	}
	// "announced a tour beginning in Glasgow on February 3 and ending … from March 12 to 14": the course of
	// what an announcement sets out, told in a participle, lies on either side of the writing.
	if ((tense === 'unknown' || (tense === 'past' && governedBy(ctx, DECISION) && !pastPerfect(ctx))) && COURSE_PARTICIPLE.test(textBefore(ctx, 60))) return 'nearest';
	// "Prices rose from March to November", "ruled from June to August": a stretch told in the past lies
	// behind; one a decision, a plan or a move opens ("imposed a curfew from March", "has called a stoppage
	// from October 26 to 28", "moved the vote to May") may not.
	if (tense === 'past' && STRETCH_LEADS.has(ctx.lead ?? '') && !endsStretchFrom(ctx) && !ctx.tense.infinitive && !governedBy(ctx, DECISION) && !governedBy(ctx, PUT_OFF)) {
		return governedBy(ctx, CALLED) && !pastPerfect(ctx) ? 'nearest' : 'onOrBefore';
	}
	// "extended the offer until Nov. 9", "payable (on) Dec. 7": deadlines lie ahead as often as behind; "by the
	// summer the front had moved", a limit reached in a past perfect, lies behind.
	// "is expected to stay in orbit until February", written in March: a limit the future sets lies ahead.
	if (ctx.lead && (DEADLINE_LEADS.has(ctx.lead) || (ctx.lead === 'on' && DEADLINE_ON.test(textBefore(ctx, 32))))) {
		// "will cut rates before Christmas", "expect two cuts before December": what the future sets before a
		// time has not come yet, and neither has the time.
		if (tense === 'future' && (LIMIT_LEADS.has(ctx.lead) || ctx.lead === 'before')) return 'onOrAfter';
		// "cannot be rebuilt before the spring", "can be repaired before March", in July: what can or cannot be
		// done before a time, told in the present, is still to do, and the time still to come.
		if (tense === 'present' && ctx.lead === 'before' && POSSIBLE_BEFORE.test(textBefore(ctx, 48))) return 'onOrAfter';
		// "can file a belated return until December 31", "have until October 31", "can get an extension to Oct.
		// 15": a limit told in the present is one still in force; so is a stretch it runs through ("can be
		// supplied by air through the winter", in June).
		if (tense === 'present' && (LIMIT_LEADS.has(ctx.lead) || ctx.lead === 'through' || ctx.lead === 'thru' || (ctx.lead === 'to' && EXTENDED_TO.test(textBefore(ctx, 24))))) return 'futureLeaning';
		return ahead ? 'futureLeaning' : LIMIT_LEADS.has(ctx.lead) && pastPerfect(ctx) ? 'onOrBefore' : 'nearestPast';
	}
	// "subpoenaed him to testify on Feb. 10": the infinitive's event may follow the verb's.
	if (ctx.tense.infinitive) return 'nearestPast';
	// "suspended trains on Thursday, two days before the Lunar New Year": what a past event came before may
	// not have come yet.
	if (tense === 'past' && (ctx.lead === 'before' || (ctx.lead === 'the' && BEFORE_THE.test(textBefore(ctx, 12))) || beforeAnEvent(ctx))) return 'pastLeaning';
	if (presentPerfectAt(ctx)) return 'nearest';
	if (tense === 'past') return 'onOrBefore';
	// "will start in December" and a schedule in the present ("a transition that ends on 31 December")
	// are ahead; "would" and "could" lean that way.
	if (tense === 'future') return 'onOrAfter';
	// "said the company would open its plant in the autumn", in January: a season a report says is still to
	// come is the next one, however near the last one ended (a month, told so, may be one the plan has passed).
	if (tense === 'conditional' && e.fields.season && reportedAhead(ctx)) return 'onOrAfter';
	// "should be visible from Britain in the last week of December", in March: what "may", "might", "should"
	// or "must" be has not come ("could" may be a past ability, "would" a future in a past report).
	if (tense === 'conditional' && !ctx.tense.perfect && governedBy(ctx, MODALS_OF_WHAT_IS_TO_COME)) return 'onOrAfter';
	if (ahead) return 'futureLeaning';
	// "She takes office on Oct. 1": a date in the simple present is mostly a plan.
	if (tense === 'present') return 'futureLeaning';
	// Untensed, a month is far more often one gone by than one months ahead.
	return 'pastLeaning';
}

function result(
	point: CalendarPoint,
	known: DatePart[],
	basis: TimeBasis,
	anchor: AnchorPoint | undefined,
	approximate: boolean
): Normalized {
	const span = spanOfPoint(point);
	if (!span && point.day !== undefined && point.month !== undefined) {
		return {
			value: '',
			approximate,
			known,
			problem: {
				code: 'impossible-date',
				message: dayExists(point.year, point.month, 1)
					? whyDayDoesNotExist(point.year, point.month, point.day)
					: `there is no month ${point.month}`
			}
		};
	}
	if (!span) return { value: '', approximate, known, problem: { code: 'impossible-date', message: `${formatValue(point)} does not exist` } };
	return { value: formatValue(point), point, span, basis, anchor, approximate: approximate || !!anchor?.approximate, known };
}

/** The period of the anchor's granularity holding an instant (a part of the day keeps the anchor's part). */
function periodLike(base: CalendarPoint, instant: number): CalendarPoint {
	const g = base.granularity;
	if (g === 'partofday') return { ...pointAt(new Date(instant), 'day'), granularity: 'partofday', partOfDay: base.partOfDay };
	const p = pointAt(new Date(instant), g);
	return base.weekend && g === 'week' ? { ...p, weekend: true } : p;
}

/**
 * A time counted from a coarser one lies somewhere in a stretch: "three days later" than July 1995 is
 * between 4 July and 3 August 1995. It keeps the stretch as its span, is approximate (never a day the text
 * does not give), and is labelled at the anchor's granularity: by the period it starts in when that period
 * holds most of it (`1995-07`), else by the periods it runs across (`2002-12/2003-01` for "the previous
 * Friday" after January 2003).
 */
function coarseResult(base: AnchorPoint, start: number, end: number, known: DatePart[], own: Granularity): Normalized {
	// The stretch may be one period of the expression's own kind after all: "In August" after "that summer".
	if (own !== 'partofday' && own !== base.point.granularity) {
		const exact = pointAt(new Date(start), own);
		const span = spanOfPoint(exact);
		if (span && span.start === start && span.end === end) return result(exact, known, 'relative', base, !!base.approximate);
	}
	const first = periodLike(base.point, start);
	const firstSpan = spanOfPoint(first);
	if (!firstSpan) return { value: '', approximate: true, known };
	const exact = firstSpan.start === start && firstSpan.end === end;
	const point: CalendarPoint = exact ? first : { ...first, bounds: { start, end } };
	let value = formatValue(first);
	if (firstSpan.end <= start + Math.floor((end - start) / 2)) value += `/${formatValue(periodLike(base.point, end - 1))}`;
	return { value, point, span: { start, end }, basis: 'relative', anchor: base, approximate: true, known, coarse: true };
}

/** The period a coarse time is labelled by, without the stretch inside it that it was placed in. */
function periodOnly(p: CalendarPoint): CalendarPoint {
	if (!p.bounds) return p;
	const { bounds, ...period } = p;
	return period;
}

/** The stretch of a coarse anchor moved by `amount` units: what "three days later" than it covers. */
function coarseShift(base: AnchorPoint, unit: Unit, amount: number, known: DatePart[], own: Granularity): Normalized | null {
	const span = spanOfPoint(base.point);
	if (!span) return null;
	if (amount === 0) return coarseResult(base, span.start, span.end, known, own);
	return coarseResult(base, addUnits(new Date(span.start), unit, amount).getTime(), addUnits(new Date(span.end), unit, amount).getTime(), known, own);
}

/**
 * A partial date ("Monday", "10 p.m.", "the following Friday") placed from a coarse anchor: anywhere from
 * its occurrence for the anchor's first day to its occurrence for the anchor's last.
 */
function coarseOccurrence(f: Fields, base: AnchorPoint, cycle: Granularity, direction: Direction, known: DatePart[], own: Granularity): Normalized | null {
	const span = spanOfPoint(base.point);
	if (!span) return null;
	// "31 April" exists in no year: the usual refusal, not a stretch.
	if (f.month !== undefined && f.day !== undefined && !dayExists(2000, f.month, f.day)) return result({ granularity: 'day', year: base.point.year, month: f.month, day: f.day }, known, 'relative', base, true);
	const first = pointAt(new Date(span.start), 'day');
	const last = pointAt(new Date(span.end - 1), 'day');
	const a = choose(occurrences(f, first, cycle), first, direction);
	const b = choose(occurrences(f, last, cycle), last, direction);
	if (!a || !b || b.end <= a.start) return null;
	return coarseResult(base, a.start, b.end, known, own);
}

/** A quarter or half the text counts by a fiscal calendar ("the fiscal first quarter") keeps that mark. */
function markFiscal(n: Normalized, e: PointExpression): Normalized {
	if (e.fiscal && n.point && (n.point.granularity === 'quarter' || n.point.granularity === 'half')) return { ...n, point: { ...n.point, fiscal: true } };
	return n;
}

function shiftGranularity(unit: Unit, base: CalendarPoint, from: 'utterance' | 'reference'): Granularity {
	const g = UNIT_GRANULARITY[unit];
	if (from === 'utterance') return g;
	// "a year earlier" than a quarter is that quarter a year before; "three days later" than a time is a day.
	let out = base.granularity;
	if (granularityRank(out) < granularityRank('day') && granularityRank(g) >= granularityRank('day')) out = 'day';
	if (granularityRank(out) > granularityRank(g)) out = g;
	if (out === 'week' && g !== 'week') out = 'day';
	return out;
}

/**
 * "In May 1961, Kennedy promised to land a man on the Moon before the end of the decade": told in the
 * past, the decade or century of a sentence that states its time is that time's, not the writing's.
 */
function decadeOfTheSentence(unit: Unit, ctx: NormalizeContext): AnchorPoint | null {
	if ((unit !== 'decade' && unit !== 'century') || ctx.mode !== 'news') return null;
	if (ctx.tense.tense !== 'past' && ctx.tense.tense !== 'conditional') return null;
	const last = ctx.references[ctx.references.length - 1];
	return last && last.sentence === ctx.sentence && last.stated ? last.anchor : null;
}

/** A comma, and a hedge the offset's words leave out: ", barely ten weeks later", ", just a day later". */
const APPOSED_GAP = /^\s*,\s*(?:(?:barely|just|only|scarcely|some|nearly|almost|exactly|precisely)\s+)?$/i;

/**
 * "Phnom Penh fell on 7 January 1979, less than two weeks later": an offset set beside a date describes
 * that date, and counts from the time before it. The context without that date, or null.
 */
function apposed(ctx: NormalizeContext): NormalizeContext | null {
	const before = justBefore(ctx);
	if (!before || before.gap.length > 12 || !APPOSED_GAP.test(before.gap)) return null;
	const refs = ctx.references;
	return { ...ctx, references: refs.slice(Math.max(0, refs.length - 1 - REFERENCE_REACH), -1) };
}

/**
 * A relation's offset as the clause reads it: some deictic words ("overnight") turn with the tense. A
 * narrative's "overnight" is the night of the day it is at, but an entry of a diary (`fromEntry`) speaks as
 * news does from its day ("Jan. 7. – Cleared overnight" is the night before).
 */
function statedOffset(rel: Extract<Relation, { kind: 'deictic' | 'anaphoric' }>, ctx: NormalizeContext, fromEntry = false): number {
	if (rel.kind === 'deictic' && rel.behindOffset !== undefined && ctx.tense.tense === 'past') return rel.behindOffset;
	if (rel.kind !== 'deictic' || rel.aheadOffset === undefined) return rel.offset;
	const ahead = ctx.tense.tense === 'future' || ctx.tense.tense === 'conditional';
	return ahead || (ctx.mode === 'narrative' && !fromEntry) ? rel.aheadOffset : rel.offset;
}

function normalizeRelative(e: PointExpression, rel: Relation, ctx: NormalizeContext, hedged: boolean): Normalized {
	let approximate = hedged || !!e.fiscal;
	const f = e.fields;
	const known = statedParts(f);
	const fineness = fieldsGranularity(f);

	if (rel.kind === 'named') {
		const cycle = cycleOf(f);
		const need: Granularity = cycle === 'week' ? 'day' : 'month';
		// "Paris, 14th March 1765. — … presented at Versailles on Sunday next": an entry speaks from its day.
		const entry = !rel.anaphoric && ctx.mode === 'narrative' ? entryDay(ctx, need) : null;
		const base = rel.anaphoric ? anaphoricBase(ctx, need) : (entry ?? deicticBase(ctx, need));
		const g = fineness ?? 'day';
		if (!base) return { value: placeholder(f, g), approximate, known };
		let direction: Direction = rel.direction === 'last' ? 'before' : rel.direction === 'next' || rel.direction === 'first' ? 'after' : 'same';
		// ("the Saturday", "that Saturday": a day of that weekday the story told last, else the first such day
		// from the story's, as a story goes on.)
		if (rel.direction === 'this' && rel.anaphoric && f.weekday !== undefined) {
			const told = dayOfTheWeekdayTold(ctx, f.weekday);
			if (told) return result(applyFields(truncate(told.point, 'day') ?? told.point, f), known, 'relative', told, approximate);
		}
		if (rel.direction === 'this' && cycle === 'week') {
			direction = rel.anaphoric ? 'onOrAfter' : ctx.tense.tense === 'past' ? 'onOrBefore' : 'onOrAfter';
		}
		// "This winter's flu season has been the worst", in March: the winter just over, which began the year
		// before. Another season is the one of the writing's year, told in the past or not ("published the
		// schedule for this summer's Games", in March, is the summer ahead).
		if (rel.direction === 'this' && !rel.anaphoric && ctx.mode === 'news' && f.season === 'WI' && ctx.tense.tense === 'past') direction = 'onOrBefore';
		// "in 1965 … the following spring": the one after the whole year, not somewhere near a time in it.
		const afterTheYear = base.point.granularity === 'year' && cycle === 'year' && (direction === 'after' || direction === 'before');
		if (isCoarse(base, need) && !afterTheYear) return coarseOccurrence(f, base, cycle, direction, known, g) ?? { value: placeholder(f, g), approximate, known };
		const choices = occurrences(f, base.point, cycle);
		// "that winter" after February 1995 is the winter holding it, 1994–95, not the one its year begins; "that
		// first summer" after June 1952 is the summer it is in, after March the one to come.
		const baseStart = (rel.direction === 'this' || rel.direction === 'first') && f.season ? spanOfPoint(base.point)?.start : undefined;
		const holding = baseStart === undefined ? undefined : choices.find((c) => c.start <= baseStart && baseStart < c.end);
		const choice = holding ?? choose(choices, base.point, direction);
		if (!choice) return { value: placeholder(f, g), approximate, known };
		return result(choice.point, known, 'relative', base, approximate);
	}

	if (rel.kind === 'anaphoric' && rel.unit === 'period') {
		// "the latest period", "the same period": whatever stretch the text last spoke of.
		let ref = comparedPeriod(ctx);
		// Nothing named a period: a report speaks of the last quarter that ended before it was written.
		if ((!ref || granularityRank(ref.point.granularity) < granularityRank('month')) && ctx.publication) {
			const quarter = shiftPoint(pointAt(new Date(spanOfPoint(ctx.publication.point)!.start), 'quarter'), 'quarter', -1);
			if (quarter) ref = { ...ctx.publication, point: quarter, value: formatValue(quarter) };
		}
		if (!ref) return { value: placeholder(f, fineness ?? 'year'), approximate, known };
		// "the 1988 period": the period spoken of, in another year.
		const point = f.year !== undefined && ref.point.granularity !== 'week' ? sameLabelYearsLater(ref.point, f.year - ref.point.year) : applyFields(ref.point, f);
		return result(point, known, 'relative', ref, approximate);
	}

	// "the same day that Vicksburg fell" names its day by its clause, unless set beside a date ("on 4 July,
	// the same day that …"), which it restates.
	if (rel.kind === 'anaphoric' && rel.unresolved) {
		const g: Granularity = f.partOfDay ? 'partofday' : (UNIT_GRANULARITY[rel.unit as Unit] ?? 'day');
		const beside = rel.offset === 0 && !f.partOfDay && apposed(ctx) ? justBefore(ctx)?.last : undefined;
		const point = beside && determines(beside.anchor.point.granularity, g) ? truncate(beside.anchor.point, g) : null;
		return point ? result(point, known, 'relative', beside!.anchor, approximate) : { value: placeholder(f, g), approximate, known };
	}

	if (rel.kind === 'deictic' || rel.kind === 'anaphoric') {
		const unit = rel.unit as Unit;
		const g = UNIT_GRANULARITY[unit];
		// In news, "the next week" said of what is to come counts from the writing, not from the story; "that
		// day", "the following morning" and "the day before" name days beside one the text has told, whatever
		// the tense.
		const lookingAhead = rel.kind === 'anaphoric' && rel.offset !== 0 && !rel.fromStory && ctx.mode === 'news' && (ctx.tense.tense === 'future' || ctx.tense.tense === 'conditional');
		// "the quarter" of a report names the last one before the writing when the text has named none.
		const reported = rel.kind === 'anaphoric' && rel.fallback !== undefined;
		const entry = rel.kind === 'deictic' ? entryDay(ctx, g) : null;
		let base = rel.kind === 'deictic' ? (decadeOfTheSentence(unit, ctx) ?? (rel.definite ? retoldStoryTime(ctx, g) : null) ?? headingOfTheLine(ctx, g) ?? entry ?? deicticBase(ctx, g)) : lookingAhead ? deicticBase(ctx, g) : reported ? reportBase(ctx, g) : rel.offset === 0 ? distalBase(ctx, g) : (planAheadInTheSentence(ctx, g) ?? anaphoricBase(ctx, g));
		// "will pause in March … Clubs spent a record in the first half of the year": in news, a part of a year
		// told as done cannot be of a year the writing has not reached; it is of the writing's. (A unit alone,
		// "called a stoppage for … the last Friday of that month", may be one a plan looks ahead to.)
		if (rel.kind === 'anaphoric' && rel.offset === 0 && known.length > 0 && base && base.kind !== 'publication' && unitAheadOfWriting(base, g, ctx)) base = deicticBase(ctx, g);
		const target = fineness && granularityRank(fineness) < granularityRank(g) ? fineness : g;
		if (!base) return { value: placeholder(f, target), approximate, known };
		// "left harbour on the evening of 18 August … had been called off once already, in early July. At about
		// 3.45 the next morning": a day counted from a month looked back to counts from the day the story is at
		// ("had been killed in January 1998. His clinic closed the same day" restates the month).
		if (rel.kind === 'anaphoric' && rel.offset !== 0 && isCoarse(base, g)) {
			const story = lastStoryTime(ctx)?.anchor;
			if (story && !isCoarse(story, g)) base = story;
		}
		if (isCoarse(base, g)) return coarseShift(base, unit, rel.offset, known, target) ?? { value: placeholder(f, target), approximate, known };
		const offset = sundayWeekShift(rel, unit, base, ctx) ?? (reported && base.point.granularity !== g ? rel.fallback! : statedOffset(rel, ctx, !!entry && base === entry));
		// "ended this afternoon … returned its verdict at 2:35 o'clock today": an hour of the day of writing
		// that does not say its half is in the afternoon or evening the text has just told of that day.
		const fields = rel.kind === 'deictic' && unit === 'day' && offset === 0 ? inThePartTold(f, base.point, ctx) : f;
		const fieldKey = fieldsKey(fields);
		// A part of the year counted from the writing turns with the tense (below).
		const turnsWithTense = rel.kind === 'anaphoric' && base.kind === 'publication' && fieldKey !== '';
		const past = turnsWithTense && ctx.tense.tense === 'past';
		const placedFromBase = placedFrom(ctx, base);
		const nightBefore = rel.kind === 'anaphoric' && unit === 'day' && offset === 0 && f.partOfDay === 'NI' && nightBeforeTheMorning(ctx, base);
		// "on the evening of 15 October … the worst came between 2 a.m. and 5 a.m. … at half past six the next
		// morning": told from small hours that name no day of their own, "the next morning" ends their night.
		const morningAfter = rel.kind === 'anaphoric' && unit === 'day' && offset === 1 && f.partOfDay === 'MO' && smallHoursOfANight(base);
		const shift = morningAfter ? 0 : offset;
		const key = `${rel.kind}|${unit}|${shift}|${fieldKey}|${approximate}|${past}|${nightBefore}`;
		const placed = placedFromBase.get(key);
		if (placed) return placed;
		const unitPoint = nightBefore ? shiftPoint(truncate(base.point, g) ?? base.point, unit, -1) : shift === 0 ? truncate(base.point, g) : shiftPoint(truncate(base.point, g) ?? base.point, unit, shift);
		if (!unitPoint) return { value: placeholder(f, target), approximate, known };
		const withWeekend = unit === 'weekend' ? { ...unitPoint, weekend: true } : unitPoint;
		let point = applyFields(withWeekend, fields);
		// "On this day in 1945": the day of writing in the year named (none in a year without a 29 February).
		if (f.year !== undefined && rel.kind === 'deictic' && point.granularity === 'day') {
			if (!dayExists(f.year, point.month!, point.day!)) return { value: placeholder(f, 'day'), approximate, known };
			point = { ...point, year: f.year };
		}
		// "Sales fell in the second half of the year", in March with no year named: what has happened lies
		// behind the writing, in the year before.
		if (past && startsAfter(point, base)) {
			const earlier = shiftPoint(withWeekend, unit, -1);
			if (earlier) point = applyFields(earlier, fields);
		}
		const isPublication =
			rel.kind === 'deictic' && unit === 'day' && offset === 0 && base.kind === 'publication' && point.granularity === 'day' && f.year === undefined;
		const out = result(point, known, isPublication ? 'publication' : 'relative', base, approximate);
		if (placedFromBase.size >= 20_000) placedFromBase.clear();
		placedFromBase.set(key, out);
		return out;
	}

	// A shift: "two weeks ago", "three days later", "four months and eight days later" (its finest unit
	// sets the granularity).
	const finest = rel.then?.unit ?? rel.unit;
	const g = UNIT_GRANULARITY[finest];
	const need = g === 'week' ? 'day' : g;
	const base = rel.from === 'utterance' ? deicticBase(ctx, need) : rel.comparison ? comparedPeriod(ctx, rel.period) : anaphoricBase(apposed(ctx) ?? ctx, need);
	const fallbackG = fineness ?? g;
	if (!base || rel.amount === null) return { value: placeholder(f, fallbackG), approximate, known };
	// "Twenty years on, Sarajevo remembers": counted on from something the text has not dated.
	if (rel.from === 'reference' && rel.sign > 0 && base.kind === 'publication' && !rel.comparison) return { value: placeholder(f, fallbackG), approximate, known };
	// "before midnight … two days later": the midnight that ends a day belongs to it.
	const endOfDay = base.point.hour === 24 && rel.unit !== 'hour' && rel.unit !== 'minute';
	const start = startOfPoint(endOfDay ? calendarDay(base.point) : base.point);
	if (!start) return { value: placeholder(f, fallbackG), approximate, known };
	// "In the spring of 1992 … Three months later": counted from a coarser time, the result is as coarse.
	if (isCoarse(base, need)) return coarseShift(base, rel.unit, rel.sign * rel.amount, known, fallbackG) ?? { value: placeholder(f, fallbackG), approximate, known };
	let out = rel.toThe && determines(base.point.granularity, rel.toThe) ? rel.toThe : shiftGranularity(finest, base.point, rel.from);
	// "four years later" than a day names a year at best: a day years on would be false precision.
	if (rel.unit === 'year' && Math.abs(rel.amount) >= 2 && granularityRank(out) < granularityRank('year') && !rel.toThe) out = 'year';
	// "the same week last year" after a day names that day's week, a year back.
	if (rel.comparison && rel.period && granularityRank(out) < granularityRank(rel.period)) out = rel.period;
	if (base.point.bounds && rel.unit === 'year' && out === base.point.granularity && Number.isInteger(rel.amount)) {
		return result(sameLabelYearsLater(base.point, rel.sign * rel.amount), known, 'relative', base, approximate);
	}
	const counted = addUnits(start, rel.unit, rel.sign * rel.amount);
	const moved = rel.then ? addUnits(counted, rel.then.unit, rel.sign * rel.then.amount) : counted;
	const point = applyFields(pointAt(moved, out), f);
	const fractional = !Number.isInteger(rel.amount);
	return result(point, known, 'relative', base, approximate || fractional || granularityRank(out) > granularityRank(g));
}

/**
 * The year "'66" names: the one with those last digits nearest the year the story is at ("In 1865 … by
 * '66" is 1866), never after the year of writing unless the clause looks ahead ("the summer of '66",
 * written in 2025, is 1966; "will host the Games in '32", 2032). Null when the text gives no time.
 */
function centuryOfYear(digits: number, ctx: NormalizeContext): { year: number; base: AnchorPoint } | null {
	const base = storyTime(ctx, 'year') ?? ctx.publication;
	if (!base) return null;
	let year = Math.round((base.point.year - digits) / 100) * 100 + digits;
	const writing = ctx.publication?.point.year;
	if (writing !== undefined && ctx.tense.tense !== 'future') while (year > writing) year -= 100;
	return { year, base };
}

function normalizeAbsolute(e: PointExpression, ctx: NormalizeContext, approximate: boolean): Normalized {
	let f = e.fields;
	if (f.yearInCentury !== undefined) {
		const { yearInCentury, ...rest } = f;
		const placed = centuryOfYear(yearInCentury, ctx);
		const out = normalizeAbsolute({ ...e, fields: { ...rest, year: placed?.year ?? 1900 + yearInCentury } }, ctx, approximate);
		return out.point ? { ...out, basis: placed ? 'relative' : 'inferred', anchor: placed?.base ?? out.anchor } : out;
	}
	const known = statedParts(f);
	if (f.decadeInCentury !== undefined) {
		// The latest decade with that digit not after the time of writing; the 1900s without one.
		const pub = ctx.publication;
		if (!pub) return result({ granularity: 'decade', year: 1900 + f.decadeInCentury * 10, decade: 190 + f.decadeInCentury }, known, 'inferred', undefined, approximate);
		const now = Math.floor(pub.point.year / 10);
		let d = Math.floor(now / 10) * 10 + f.decadeInCentury;
		if (d > now) d -= 10;
		return result({ granularity: 'decade', year: d * 10, decade: d }, known, 'relative', pub, approximate);
	}
	const g = fieldsGranularity(f) ?? 'day';
	if (f.century !== undefined && f.decade === undefined && f.year === undefined) {
		return result({ granularity: 'century', year: f.century * 100, century: f.century }, known, 'stated', undefined, approximate);
	}
	if (f.decade !== undefined && f.year === undefined) {
		return result({ granularity: 'decade', year: f.decade * 10, decade: f.decade }, known, 'stated', undefined, approximate);
	}
	if (f.year !== undefined) {
		const point = applyFields({ granularity: 'year', year: f.year }, f);
		const complete = f.day !== undefined || f.weekday === undefined;
		return result(point, known, complete ? 'stated' : 'relative', undefined, approximate || !!e.fiscal);
	}

	// No year: find it from the sentence, the story or the publication date.
	const cycle = cycleOf(f);
	let base: AnchorPoint | null = null;
	let direction: Direction = tenseDirection(ctx, cycle, e);
	const restated = cycle === 'year' ? restatedDay(ctx) : null;
	const week = cycle === 'week' && f.weekday !== undefined && f.day === undefined ? weekOfTheSentence(ctx) : undefined;
	const beside = cycle === 'week' && !week ? weekdayBesideTheDayBefore(ctx, f) : null;
	if (week) {
		base = week;
		direction = 'same';
	} else if (beside) {
		({ base, direction } = beside);
	} else if (restated) {
		base = restated;
		direction = 'nearest';
	} else if (ctx.mode === 'news' && cycle === 'month') {
		// "opens on 20 March and closes on the 25th", "uncovered on the 4th of this month … until he could
		// arrive on the 23rd": a day later in the month its sentence has named is of that month; an earlier
		// one is the nearest ("on 28 May … on the 3rd" is 3 June, "said on Monday 14 May that it happened on
		// the 2nd" 2 May). "The 7th" on a line headed "Jul 2021 -" is of that month; else of the month a story
		// told in the past is in, when that is before the writing's; else of the writing's.
		const month = lastOfTheSentence(ctx, 'day');
		const later = !!month && f.day !== undefined && month.point.day !== undefined && f.day > month.point.day;
		const placed = month ? { base: month, direction: (later ? 'same' : 'nearest') as Direction } : lineOrStory(ctx, 'month');
		if (placed) ({ base, direction } = placed);
	} else if (ctx.mode === 'news' && cycle === 'year') {
		// "In 1996, on September 27": a year stated just before, in the same stretch of the sentence.
		const before = justBefore(ctx);
		// ("touched its highest level since 2036 in the summer": a record's start is no year the date is in.)
		// ("would review the calendar for 2053 by the end of June": a year a thing is for is not the clause's.)
		const yearFor = !!before && before.last.anchor.offset !== undefined && /\bfor\s+$/i.test(ctx.textBetween!(Math.max(0, before.last.anchor.offset - 5), before.last.anchor.offset));
		// "in 2013, when Easter fell on 31 March": the year a clause opened by ", when" describes.
		const near = !!before && !before.last.aside && !yearFor && ((before.gap.length <= 16 && /^[\s,;:()–—-]*(?:on|in|of|and|at|by|from|to|until|through)?[\s,]*$/i.test(before.gap)) || WHEN_CLAUSE_OF_A_YEAR.test(before.gap));
		const a = before?.last.anchor;
		// "A year ago, on Christmas Eve": a counted year, then the day in it set beside it.
		const besideYear = near && a?.point.granularity === 'year' && before.gap.includes(',');
		const nearYear = near && !!a && (before.last.stated || besideYear) && a.point.granularity !== 'decade' && a.point.granularity !== 'century';
		// ("In the fiscal year ended Jan. 31": the date that closes a period places it, not the other way; "In 2018
		// both January and March had two full moons": a month listed after one the year heading placed is of it.)
		const framing = nearYear || e.closesPeriod ? undefined : yearHeadingSentence(ctx);
		if (nearYear) {
			base = a!;
			direction = 'same';
		} else if (framing) {
			base = framing;
			direction = 'same';
		} else {
			const placed = lineOrStory(ctx, 'years');
			if (placed) ({ base, direction } = placed);
		}
	}
	// "Sept. 6. — … Our hut is the same one as last year. … Sept. 19. — …": a date heading a diary's entry
	// follows the entry before, whatever times that entry named (a year looked back to, a month ahead).
	if (!base && ctx.mode === 'narrative' && cycle === 'year' && headsEntryAt(ctx, ctx.start)) {
		const previous = entryHeadingBefore(ctx);
		if (previous) {
			base = previous;
			direction = 'onOrAfter';
		}
	}
	const need: Granularity = cycle === 'day' ? 'day' : cycle === 'week' ? 'day' : cycle === 'month' ? 'month' : 'year';
	// "May 30. — Reached Fort Kearny. … buried two of the Ohio party on Sunday": an entry speaks from its day
	// as news does from its writing, and a weekday it tells of as done is the one gone by; so is a month or a
	// day of a month ("May 26. — The Spaniards are back, not two months after they left us in March").
	const entry = !base && ctx.mode === 'narrative' && (cycle === 'week' || cycle === 'year' || cycle === 'month') ? entryDay(ctx, 'day') : null;
	// "John is to have leave in August, and we mean to come to you on the 12th": a day alone after a month its
	// sentence has named in an entry is of that month.
	const monthNamed = entry && cycle === 'month' ? lastOfTheSentence(ctx, 'month') : undefined;
	if (monthNamed) {
		base = monthNamed;
		direction = 'same';
	} else if (entry) {
		base = entry;
		// A month or a day of a month told as done is placed from the entry's day as news places it from its
		// writing ("gone until August" lies ahead, "the first aircraft since February" behind), though a month
		// "in" which a thing told in the past was to be may be a plan the entry reports ("offered a referendum
		// in June", on 24 May): the nearest, one ahead counting at twice its distance. What is to come goes
		// forward as the story does. A weekday a plan told in the past set is the nearest, as in news ("May 16. —
		// The car was due to leave on Monday, but the garage now says Saturday" is the 14th).
		if (ctx.tense.tense === 'past' && !ctx.tense.prospective) {
			const asNews = cycle === 'week' ? 'onOrBefore' : tenseDirection(ctx, cycle, e, true);
			direction = asNews === 'onOrBefore' && cycle !== 'week' && ctx.lead === 'in' && !ctx.tense.perfect ? 'nearestPast' : asNews;
		} else if (ctx.tense.tense === 'past' && cycle === 'week') direction = 'nearest';
	}
	if (!base && ctx.mode === 'narrative') {
		base = storyTime(ctx, need, true);
		// A history that has named no time yet tells of what came before its writing: "Lee began his
		// retreat on 4 July" in a history written that month is that July.
		if (!base && ctx.publication && determines(ctx.publication.point.granularity, need)) {
			base = ctx.publication;
			if (direction === 'onOrAfter' || direction === 'storyForward') direction = 'onOrBefore';
		}
	}
	if (!base && ctx.mode !== 'narrative') base = deicticBase(ctx, need) ?? storyDayWithoutWriting(ctx, cycle);
	if (!base) {
		// Without a date of writing, a weekday may still say which of the text's years a day is in.
		const named = namedYearOfWeekday(f, ctx);
		return named ? result(named.point, known, 'relative', named.anchor, approximate) : { value: placeholder(f, g), approximate, known };
	}
	if (cycle === 'day') {
		// A clock time alone takes the day the sentence speaks of; told in the past, the day the last
		// sentences spoke of ("He was shot on Oct. 23. … He was hit at 10 p.m."); else the day of writing.
		if (clockOfAFlashback(ctx)) return { value: placeholder(f, g), approximate, known };
		// The day of the diary's entry the clock stands in, which several readings below speak from.
		const entrysDay = ctx.mode === 'narrative' ? entryDay(ctx, 'day') : null;
		// "Jan. 5. — A swell since last night … Sighted the Shetlands at 21:40": a time a state has lasted since
		// is no day the entry's story is at; the entry's day is.
		if (entrysDay && base.kind === 'mention' && startOfAState(base, ctx)) base = entrysDay;
		// "May 14. — Lander deployed last night at 22:40. Swell since midnight": the midnight a state the entry
		// tells has lasted since is the one the entry's day began with, not the one that closed last night's.
		if (entrysDay && ctx.lead === 'since' && (f.opensDay || f.hour === 24)) base = entrysDay;
		const latest = lastStoryTime(ctx);
		// "scheduled the matches for Monday after rain washed out Saturday's programme. Play is due to start at
		// 11am": told as still to come, a clock passes over a day gone by to the day ahead named before it.
		// "grounded flights yesterday … on the busiest days of the Christmas getaway. Visibility fell shortly after
		// 6am": told in the past, it passes over a day still to come to the day gone by named before it.
		// (A present perfect speaks from the writing: "have been dispensing euros since 00:30".)
		const last = latest && againstTheTense(latest.anchor, ctx) ? (dayWithTheTense(ctx) ?? latest) : latest;
		// "plays on Saturday 5 June. Doors open 7.30pm": told as still to come, a clock takes a day ahead of
		// the writing that the sentence before named (a day, not another clock's moment).
		const reach = ctx.tense.tense === 'past' ? 2 : last && last.anchor.point.hour === undefined && dayAhead(last.anchor, ctx) ? 1 : 0;
		const heading = base.kind === 'publication' ? lineHeading(ctx) : null;
		if (base.kind === 'publication' && headsLiveEntry(ctx)) {
			// "9:10 a.m. EDT — … the Monday morning rush. 11:30 a.m. EDT — Police say …": the stamp of an entry
			// of live updates is of the day of writing, not of a day ahead the entry before spoke of; in a
			// timeline of days gone by ("Jan 13, 9.45pm: … 10.58pm: …") it stays on the day of the entry before.
			const lastDayGoneBy = !!last && determines(last.anchor.point.granularity, 'day') && endsBeforeWriting(last.anchor.point, ctx);
			if (lastDayGoneBy && last!.sentence >= ctx.sentence - 1 && headsEntryAt(ctx, last!.anchor.offset)) base = last!.anchor;
		} else if (last && last.sentence >= ctx.sentence - reach && determines(last.anchor.point.granularity, 'day') && !againstTheTense(last.anchor, ctx)) {
			base = last.anchor;
		}
		// "Oct 2022 - The prime minister asks for troops at 8.30pm": a time on a timeline's line is of the
		// time heading it, here some day of that October, not of the day of writing.
		else if (heading) base = heading;
		// Told in the past far from any day the story named, after it has named one that is not the day of
		// writing ("… shot last Oct. 23 … The rifle was found April 8 … He was shot at 10 p.m."): the day is
		// not known, and the day of writing would be a guess.
		// A state lasting up to the writing is not told far from it: "Cavalry have been scouring the county since
		// midnight" is since the midnight the day of writing began with; nor is a clock whose sentence goes on to
		// the day of writing ("The Queen, who arrived by the royal train at 10.30 a.m., left this evening").
		else if (ctx.tense.tense === 'past' && base.kind === 'publication' && namedAnotherDay(ctx, base) && !(ctx.lead === 'since' && presentPerfect(ctx)) && !sentenceGoesOnToday(ctx))
			return { value: placeholder(f, g), approximate, known };
		if (isCoarse(base, 'day')) return coarseOccurrence(f, base, cycle, 'same', known, g) ?? { value: placeholder(f, g), approximate, known };
		let day = truncate(base.point, 'day');
		if (!day) return { value: placeholder(f, g), approximate, known };
		// From here on, a clock that does not say its half of the day has the half its story gives it.
		f = untilTheLaterHalf(afterAnAfternoonHour(inTheNightOfItsSentence(f, base, ctx), base, ctx), base, ctx);
		// "struck the base overnight … at about 1 a.m.": the small hours of a night are the next day's; so are
		// those a narrative goes on to after a late hour ("awake at half past eleven … by four in the morning").
		const smallHours = f.hour !== undefined && f.hour < NIGHT_END_HOUR;
		// In news, a report that goes on from an evening hour in a sentence of its own to small hours told in the
		// past or the future ("Polls closed at 10 p.m. on Friday. Counting ended at 2 a.m.") has passed
		// midnight; so has one that goes on from an evening hour in a clause describing a name ("The train,
		// which had left at 6.50 p.m. on Wednesday, was stopped at 3.03 a.m."); in one sentence ("said at 11
		// p.m. that the blast at 3 a.m. …") or a past perfect it may look back.
		const newsAfterEvening =
			ctx.mode === 'news' && !!last && base === last.anchor && (last.sentence < ctx.sentence || !!last.describing) && base.point.hour !== undefined && base.point.hour >= EVENING_START_HOUR && base.point.hour <= 24 &&
			(ctx.tense.tense === 'past' || ctx.tense.tense === 'future') && !ctx.tense.perfect;
		const afterLateHour =
			(ctx.mode === 'narrative' && direction === 'onOrAfter' && base.point.hour !== undefined && base.point.hour >= LATE_HOUR && base.point.hour <= 24) || newsAfterEvening;
		// "celebrated on Sunday … until after 2 a.m.", "bars stay open until 2 a.m.": a limit in the small
		// hours is the night's end, on the next day.
		// ("began at 1 a.m. on Sunday and continued until 4 a.m." stays on Sunday).
		// ("Fans celebrated until 2 a.m.", told in the past of a day the writing has not seen end, is that day's.)
		const untilTheNight =
			smallHours && !earlierHourOfDay(ctx, day, f.hour!) && UNTIL_THE_NIGHT.test(textBefore(ctx, 24)) && !(ctx.tense.tense === 'past' && !endsBeforeWriting(day, ctx));
		// "sealed it overnight and had it read at 10 a.m.": a morning hour told after a night is the morning it
		// ends in, unless told in the past of a night whose morning the writing has not seen ("suspended it
		// tonight after a day in which rates rose at 11am").
		// So is a morning alone after a night ("Last night was the coldest, with frost at Kew shortly before dawn").
		// So is an afternoon hour told right after the night ("July 2nd. — The generator failed overnight and we ran
		// on the backup for six hours. Repairs finished at 14:30"), not one after a day the night is of, nor one
		// after a night that names its day ("won on Tuesday night … The round began at 3pm" is Tuesday's), nor
		// one from five, which may be the night's own evening ("last night, when the mayor threw the switch
		// shortly after half-past five in the evening").
		const morningHour = (f.hour !== undefined && f.hour >= NIGHT_END_HOUR && f.hour < NOON) || (f.hour === undefined && f.partOfDay === 'MO');
		const afterNight = base.kind === 'mention' && base.point.partOfDay === 'NI';
		// (Nor one of the late afternoon in the night's own sentence, which tells when what ran into the night
		// began: "carried 9,000 fans across the firth last night, the first sailing at 3.40 p.m."; "fell ill in
		// the night and saw the doctor at noon" is the next day's.)
		const told = afterNight ? lastTold(ctx) : undefined;
		const leadsIntoTheNight = told?.sentence === ctx.sentence && f.hour !== undefined && f.hour >= LATE_AFTERNOON_HOUR;
		const afternoonHour =
			afterNight && f.hour !== undefined && f.hour >= NOON && f.hour < EARLY_EVENING_HOUR && told?.anchor === base && !leadsIntoTheNight && !NAMES_ITS_DAY.test(base.text ?? '');
		// (A diary's entry speaks from its day as news does from its writing: "June 21. — Basra tonight. The heat
		// at noon was 118" is the entry's noon.)
		const nightNotEnded = ctx.tense.tense === 'past' && (entrysDay ? sameDay(entrysDay.point, day) : !endsBeforeWriting(day, ctx));
		// (A part of the day a state told in the past perfect had lasted since is no such morning: "struck on
		// Monday night; the barometer had been falling since the morning" is Monday's; "overnight … have laid
		// roses since dawn" is the dawn after the night.)
		const since = f.hour === undefined && f.partOfDay !== undefined && ctx.lead === 'since';
		const morningAfterNight = afterNight && (morningHour || afternoonHour) && !nightNotEnded && !(since && pastPerfect(ctx));
		// "On the evening of 2 November … woke at about 4 a.m.": the small hours after an evening are the next day's.
		const afterEvening = smallHours && base.kind === 'mention' && base.point.partOfDay === 'EV' && !pastPerfect(ctx);
		// "Snow began falling shortly after 5 p.m. yesterday, and 18 inches had fallen by dawn": a morning told
		// after an evening hour of its day is the next day's, unless a state has lasted since it ("opened the
		// envelope at 7:46 p.m., and the crowd, who had waited since early morning, erupted").
		// So is a morning hour a report told in the past goes on to after an evening hour in a sentence of its own
		// ("Voting ended at 9pm on Sunday. The count began at 8am" is Monday's), when that day has come; not
		// after the midnight that closes a day ("by midnight the count was complete. The booths opened at 8
		// a.m."), nor an hour that does not say its half ("At ten o'clock").
		const morningAfterAnEveningHour =
			(f.hour === undefined && f.partOfDay === 'MO' && ctx.lead !== 'since' && base.kind === 'mention' && base.point.hour !== undefined && base.point.hour >= EARLY_EVENING_HOUR && base.point.hour < 24) ||
			(newsAfterEvening && ctx.tense.tense === 'past' && base.point.hour! < 24 && !f.halfUnsaid && f.hour !== undefined && f.hour >= NIGHT_END_HOUR && f.hour < NOON && endsBeforeWriting(day, ctx));
		// "would review the situation at 2 a.m.", said in the day: small hours still ahead are the next day's
		// (a midnight ahead is read below); "could" may tell what could be done then ("shortly after 1 a.m.,
		// the flames could be seen from Weymouth").
		const smallHoursAhead =
			smallHours && base.kind === 'publication' && base.point.hour === undefined && (f.hour! > 0 || (f.minute ?? 0) > 0) &&
			(ctx.tense.tense === 'future' || (ctx.tense.tense === 'conditional' && !governedBy(ctx, PAST_ABILITY)));
		// "…after winning Sunday's election, the institute said shortly after midnight": after a day the story
		// named, the midnight that ends it, when that is not past the day of writing; after an evening hour of
		// that day too ("by eight o'clock in the evening the city was under water. The water began to recede
		// after midnight"), which has not passed into the next day. (After a night, the midnight in it opens
		// the next day: "attended him through Saturday night … bulletins issued since midnight" is Sunday 00:00.)
		// A diary's entry is written on its day, as news is: a midnight it tells of as done ("Nov. 27. — The
		// storm began about midnight") is the one that day began with. (A chronology's entry in the historical
		// present, "31 December: Batista flees shortly after midnight", is not written on its day.)
		// So is one a state has lasted since ("Feb. 3. — Heavy sea from the west since midnight").
		const entryWrittenThatDay =
			(f.opensDay || f.hour === 24) && ctx.mode === 'narrative' && (ctx.tense.tense === 'past' || ctx.lead === 'since') && base === entrysDay;
		const closesTheDay = f.opensDay && base.kind === 'mention' && !entryWrittenThatDay && base.point.partOfDay !== 'NI' && endsBeforeWriting(day, ctx);
		// ("Kennedy was shot early today … critical condition tonight. The shooting happened at about 12:15 a.m.":
		// small hours told in the past after tonight, whose end the writing has not seen, are the day's own.)
		const nightsSmallHours = base.point.partOfDay === 'NI' && !(ctx.tense.tense === 'past' && !endsBeforeWriting(day, ctx));
		if (!closesTheDay && ((smallHours && (nightsSmallHours || afterLateHour || untilTheNight || afterEvening || smallHoursAhead)) || morningAfterNight || morningAfterAnEveningHour)) day = nextDay(day);
		// "burned until near four the next morning. Tar had been left on the fire since the afternoon": an afternoon
		// or an evening a state has lasted since is the last one begun before the hour the story is at, the day
		// before's when it begins later (a morning may be the small hours': "05:40 – Fans on full since early
		// morning").
		else if (since && (f.partOfDay === 'AF' || f.partOfDay === 'EV') && base.kind === 'mention' && (base.point.hour !== undefined || base.point.partOfDay !== undefined) && (spanOfPoint(applyFields(day, { partOfDay: f.partOfDay }))?.start ?? 0) > (spanOfPoint(base.point)?.start ?? Infinity)) day = shiftPoint(day, 'day', -1) ?? day;
		// "Rescuers dug through the night", in the paper of the next day, or "As of 06:00 on 7 February … Aftershocks
		// continued through the night", on the 7th: a night told in the past whose day is the day of writing has
		// not ended; it is the night just gone, as "last night" is. So is one a diary's entry tells of as done ("July
		// 29. — The fireships broke their line in the night"): the entry speaks from its day.
		const nightGoneBy = f.partOfDay === 'NI' && f.hour === undefined && ctx.tense.tense === 'past';
		// So is one a perfect looks back to from the morning its sentence told ("arrived at 7 a.m., the driver
		// having waited out the flood through the night").
		const fromTheMorning = nightGoneBy && ctx.tense.perfect && base.kind === 'mention' && (base.point.partOfDay === 'MO' || (base.point.hour !== undefined && base.point.hour < NOON)) && lastTold(ctx)?.sentence === ctx.sentence;
		if (nightGoneBy && ((ctx.publication && !endsBeforeWriting(day, ctx)) || (entrysDay !== null && base === entrysDay) || fromTheMorning)) day = shiftPoint(day, 'day', -1) ?? day;
		// "Croatia adopted the euro at midnight", in the paper of that day: the midnight gone by opens it; so
		// does a midnight at which something happened, of a day the writing has not seen end ("walked out at
		// 12:01 a.m. Friday after contracts expired at midnight", on that Friday; "hours before the midnight
		// deadline" lies ahead).
		// After small hours the story is at ("began at 3 a.m., after talks broke down before the midnight
		// deadline"), a midnight told in the past is the one those hours followed.
		const afterSmallHours = base.kind === 'mention' && base.point.hour !== undefined && base.point.hour < NIGHT_END_HOUR;
		const opening =
			f.hour === 24 && (ctx.tense.tense === 'past' || entryWrittenThatDay) && (base.kind === 'publication' || entryWrittenThatDay || ((ctx.lead === 'at' || afterSmallHours) && !endsBeforeWriting(day, ctx)));
		// "Jan. 1. — We had sung round the fire last night, and at midnight …": in a diary's entry, the midnight
		// of the night before the entry's day opens that day, as one the entry tells of alone does.
		const entry = f.hour === 24 && !opening && base.kind === 'mention' && base.point.partOfDay === 'NI' ? entrysDay : null;
		const entrySpan = entry && spanOfPoint(entry.point);
		const nightSpan = spanOfPoint(day);
		if (entrySpan && nightSpan && nightSpan.end === entrySpan.start) return result(applyFields(nextDay(day), { ...f, hour: 0 }), known, 'relative', base, approximate);
		return result(applyFields(day, opening ? { ...f, hour: 0 } : closesTheDay ? { ...f, hour: 24 } : f), known, 'relative', base, approximate);
	}
	// "In the 1990s … On Monday" (a narrative): some Monday of the 1990s; "In the summer of 1995 … In
	// August": the August of that summer.
	if (isCoarse(base, need) || (cycle === 'year' && !determines(base.point.granularity, 'month') && base.point.granularity !== 'year')) {
		const inside = occurrenceWithin(f, base, cycle);
		if (inside) return result(inside.point, known, 'relative', base, approximate);
		// "In the autumn of 1936 … The shipyard had closed in 1934 … We set off on Friday, 5 October": the
		// weekday fits a year the text named, not the stretch; fitting none, the day is placed as it would be alone.
		const named = namedYearOfWeekday(f, ctx);
		if (named) return result(named.point, known, 'relative', named.anchor, approximate);
		const dayAlone = f.weekday !== undefined && f.day !== undefined ? occurrenceWithin({ ...f, weekday: undefined }, base, cycle) : null;
		if (dayAlone) return result(dayAlone.point, known, 'relative', base, approximate);
		return coarseOccurrence(f, base, cycle, direction, known, g) ?? { value: placeholder(f, g), approximate, known };
	}
	// A story that has opened a stretch ("between August and November 1991") goes on inside it: "on 25
	// August" is the one of that stretch, not the first after its end.
	if (base.from !== undefined && (direction === 'onOrAfter' || direction === 'storyForward')) {
		const inside = occurrenceWithin(f, base, cycle);
		if (inside) return result(inside.point, known, 'relative', base, approximate);
	}
	if (cycle === 'year' && base.point.granularity === 'year') direction = 'same';
	// "The siege began in May 1944. On the 30th …": a day named by its number, told forward from a month, is
	// of that month, when the month has it.
	const inTheMonth = cycle === 'month' && base.point.granularity === 'month' && f.day !== undefined && base.point.month !== undefined && dayExists(base.point.year, base.point.month, f.day);
	if (inTheMonth && direction !== 'onOrBefore' && direction !== 'before') direction = 'same';
	// News repeats its dates ("on Friday" in one paragraph after another): the same date, from the same
	// anchor, in the same direction, is placed once.
	const placedFromBase = placedFrom(ctx, base);
	const key = `${fieldsKey(f)}|${cycle}|${direction}|${approximate || !!e.fiscal}`;
	const placed = placedFromBase.get(key);
	if (placed) return placed;
	const choices = occurrences(f, base.point, cycle);
	const byWeekday = cycle === 'year' ? datedWeekdayChoice(f, choices, base, direction, ctx) : null;
	const choice = byWeekday ?? choose(choices, base.point, direction);
	if (!choice) return { value: placeholder(f, g), approximate, known };
	const out = result(choice.point, known, 'relative', byWeekday?.anchor ?? base, approximate || !!e.fiscal);
	// A year the text named, not `base`, placed it: another mention with the same base may find another.
	if (byWeekday && byWeekday.anchor !== base) return out;
	if (placedFromBase.size >= 20_000) placedFromBase.clear();
	placedFromBase.set(key, out);
	return out;
}

/**
 * The occurrence of a day of a month given with its weekday ("Saturday, April 25") that the weekday picks,
 * and what it is counted from:
 * - of the occurrences around `base`, the one that falls on the weekday and lies the way the tense looks
 *   (with a year the date is set in, `same`, only that year's);
 * - else the day in one of the latest years the text named, if it falls on the weekday there: "In 2016 the
 *   rebels came. On Tuesday, August 2, they took the town", written in 2021, is 2016's (`yearTheWeekdayFits`);
 * - else the one around `base` that falls on the weekday, whichever way it lies: the weekday is surer than
 *   the tense ("began on Tuesday, 5 October", written a month before it, is the coming one);
 * - else none: the day is placed as it would be alone, and the weekday flagged (`weekday-mismatch`). A
 *   stated year is never moved ("In 1996, on Saturday, September 27" stays in 1996).
 */
function datedWeekdayChoice(f: Fields, choices: Choice[], base: AnchorPoint, direction: Direction, ctx: NormalizeContext): PlacedDay | null {
	if (f.weekday === undefined || f.day === undefined || f.month === undefined) return null;
	const fits = (c: Choice) => isoWeekday(new Date(c.start)) === f.weekday;
	const fitting = choices.filter(fits);
	const own = direction === 'same' ? choices.find((c) => c.point.year === base.point.year && fits(c)) : choose(fitting, base.point, direction);
	if (own) return { point: own.point, anchor: base };
	const named = namedYearOfWeekday(f, ctx);
	if (named) return named;
	const nearest = direction === 'same' ? null : choose(fitting, base.point, 'nearest');
	return nearest && { point: nearest.point, anchor: base };
}

/** A day and the mention or publication date it was placed from. */
interface PlacedDay {
	point: CalendarPoint;
	anchor: AnchorPoint;
}

/** The day of `f` in a year the text named in which it falls on `f`'s weekday (`yearTheWeekdayFits`), with that mention. */
function namedYearOfWeekday(f: Fields, ctx: NormalizeContext): PlacedDay | null {
	if (f.weekday === undefined || f.day === undefined || f.month === undefined) return null;
	const named = yearTheWeekdayFits(ctx, f.month, f.day, f.weekday);
	return named && { point: applyFields({ granularity: 'year', year: named.point.year }, f), anchor: named };
}

/** Whether the unit holding `base` lies wholly after the writing, in news, in a clause told as done. */
function unitAheadOfWriting(base: AnchorPoint, g: Granularity, ctx: NormalizeContext): boolean {
	if (ctx.mode !== 'news' || !ctx.publication || ctx.tense.tense !== 'past' || ctx.tense.prospective) return false;
	const unit = truncate(base.point, g);
	return !!unit && startsAfterWriting(unit, ctx);
}

/** Whether `point` begins after the end of `anchor`'s time. */
function startsAfter(point: CalendarPoint, anchor: AnchorPoint): boolean {
	const a = spanOfPoint(anchor.point);
	const p = spanOfPoint(point);
	return !!a && !!p && p.start >= a.end;
}

/** Whether the sentence, before the time, tells when the saying was, on the day of writing ("said this afternoon that"). */
function reportedOnTheDayOfWriting(ctx: NormalizeContext): boolean {
	const writing = writingDay(ctx);
	if (!writing) return false;
	for (let i = ctx.references.length - 1; i >= 0 && ctx.references[i].sentence === ctx.sentence; i--) {
		const r = ctx.references[i];
		if (!r.telling) continue;
		const said = spanOfPoint(r.anchor.point);
		return !!said && said.start >= writing.start && said.end <= writing.end;
	}
	return false;
}

/** The span of the day of writing, when the text gives it. */
function writingDay(ctx: NormalizeContext): ReturnType<typeof spanOfPoint> {
	return ctx.publication && determines(ctx.publication.point.granularity, 'day') ? spanOfPoint(ctx.publication.point) : null;
}

/** Whether `day` ends no later than the day of writing begins (true when that day is not known). */
function endsBeforeWriting(day: CalendarPoint, ctx: NormalizeContext): boolean {
	const written = writingDay(ctx);
	const span = spanOfPoint(day);
	return !written || (!!span && span.end <= written.start);
}

/** How far past the ends of a season or other short stretch a date is still taken as the stretch's own. */
const STRETCH_MARGIN_MS = 31 * DAY_MS;
/** Stretches longer than this (decades) leave a date without a year undetermined. */
const LONGEST_STRETCH_MS = 550 * DAY_MS;

/**
 * The occurrence of a partial date that lies in the stretch the story is at (a season, a range, a time
 * counted loosely), or just beside it: "In the spring of 1988 … On 3 March" is 3 March 1988, and "On 29
 * February", a day before that spring, is 29 February 1988 too. The earliest such, as a story moves forward;
 * with a weekday named, only a day that falls on it. Null when the stretch holds none or is too long to say.
 */
function occurrenceWithin(f: Fields, base: AnchorPoint, cycle: Granularity): Choice | null {
	const span = spanOfPoint(base.point);
	// "That week … On the Friday": a weekday inside the week the story is in.
	const inWeek = cycle === 'week' && base.point.granularity === 'week' && f.weekday !== undefined;
	if (!span || (cycle !== 'year' && !inWeek)) return null;
	const start = Math.min(span.start, base.from ?? span.start);
	if (span.end - start > LONGEST_STRETCH_MS) return null;
	const seen = new Set<number>();
	let inside: Choice | null = null;
	let beside: Choice | null = null;
	for (const edge of [start, span.end - 1]) {
		for (const c of occurrences(f, pointAt(new Date(edge), 'day'), cycle)) {
			// A day the year lacks (29 February 1989) has a place in the order but is no occurrence.
			if (seen.has(c.start) || !spanOfPoint(c.point)) continue;
			seen.add(c.start);
			if (f.weekday !== undefined && isoWeekday(new Date(c.start)) !== f.weekday) continue;
			if (c.start >= start && c.end <= span.end) {
				if (!inside || c.start < inside.start) inside = c;
			} else if (c.end > start - STRETCH_MARGIN_MS && c.start < span.end + STRETCH_MARGIN_MS) {
				if (!beside || c.start < beside.start) beside = c;
			}
		}
	}
	return inside ?? beside;
}

const weekdayOnly = (c: Candidate): number | undefined => {
	const e = c.expression;
	if (e.kind !== 'point' || e.relation) return undefined;
	const f = e.fields;
	return f.day === undefined && f.month === undefined && f.year === undefined && f.hour === undefined ? f.weekday : undefined;
};

/**
 * "From Monday to Wednesday last week", "ran from Friday to Monday": the ends of a range of weekdays are
 * one stretch, so one end is placed by the tense and the other follows it. Told in the past, the range
 * ends on the latest such day and starts on the last weekday of its kind before it; otherwise it starts
 * on the next and ends on the first of its kind after.
 */
function weekdaysInOrder(from: Candidate, to: Candidate, a: Normalized, b: Normalized, ctx: NormalizeContext): [Normalized, Normalized] {
	const first = weekdayOnly(from);
	const last = weekdayOnly(to);
	if (first === undefined || last === undefined || !a.point || !b.point) return [a, b];
	const sa = spanOfPoint(a.point);
	const sb = spanOfPoint(b.point);
	if (!sa || !sb) return [a, b];
	if (ctx.tense.tense === 'past') {
		const back = (isoWeekday(new Date(sb.start)) - first + 7) % 7;
		const start = periodLike(a.point, addDays(new Date(sb.start), -back).getTime());
		return [result(start, a.known, 'relative', a.anchor ?? b.anchor, a.approximate), b];
	}
	const ahead = (last - isoWeekday(new Date(sa.start)) + 7) % 7;
	const end = periodLike(b.point, addDays(new Date(sa.start), ahead).getTime());
	return [a, result(end, b.known, 'relative', b.anchor ?? a.anchor, b.approximate)];
}

/**
 * "from 6pm tomorrow until midday on Saturday": an end named by a weekday (with its clock), after a start
 * placed on a day some other way, is the first such weekday from the start's day, unless the tense already
 * puts it after the start ("bought from Sept. 14 to Thursday", written weeks later, ends on the Thursday
 * just gone).
 */
function weekdayEndFromStart(from: Candidate, to: Candidate, a: Normalized, b: Normalized): Normalized {
	const e = to.expression;
	if (e.kind !== 'point' || e.relation || e.fields.weekday === undefined || e.fields.day !== undefined || e.fields.month !== undefined) return b;
	// Two weekdays ("from 5 p.m. Saturday to 8 a.m. Monday") are placed together by the tense.
	if (from.expression.kind !== 'point' || from.expression.fields.weekday !== undefined || !a.point || !determines(a.point.granularity, 'day')) return b;
	const sa = spanOfPoint(a.point);
	if (!sa) return b;
	const sb = b.point && spanOfPoint(b.point);
	if (sb && sb.start >= sa.start) return b;
	const ahead = (e.fields.weekday - isoWeekday(new Date(sa.start)) + 7) % 7;
	const day = pointAt(addDays(new Date(sa.start), ahead), 'day');
	return result(applyFields(day, { ...e.fields, weekday: undefined }), b.known, 'relative', a.anchor ?? b.anchor, b.approximate);
}

/**
 * "from today through Nov. 17": a day of a month without its year, at the end of a stretch from a day
 * counted from the writing, is the first such day from the start.
 */
function dateEndFromStart(from: Candidate, to: Candidate, a: Normalized, b: Normalized): Normalized {
	const e = to.expression;
	const start = from.expression;
	if (e.kind !== 'point' || e.relation || e.fields.month === undefined || e.fields.day === undefined || e.fields.year !== undefined) return b;
	if (start.kind !== 'point' || start.relation?.kind !== 'deictic' || !a.point || !b.point || !determines(a.point.granularity, 'day')) return b;
	const before = e.fields.month < a.point.month! || (e.fields.month === a.point.month && e.fields.day < a.point.day!);
	const year = before ? a.point.year + 1 : a.point.year;
	return year === b.point.year ? b : result({ ...b.point, year }, b.known, 'relative', a.anchor ?? b.anchor, b.approximate);
}

/** A month alone: "June" in "June-July", without a year or a day. */
const monthOnly = (c: Candidate): boolean => {
	const e = c.expression;
	return e.kind === 'point' && !e.relation && e.fields.month !== undefined && e.fields.year === undefined && e.fields.day === undefined;
};

/**
 * "the June-July slot", "from November to February": the end of a range of months without a year is the
 * first such month after the start, which the tense placed.
 */
function monthAfter(from: Candidate, to: Candidate, a: Normalized, b: Normalized): Normalized {
	if (!monthOnly(from) || !monthOnly(to) || !a.point || !b.point || a.point.granularity !== 'month' || b.point.granularity !== 'month') return b;
	const year = b.point.month! > a.point.month! ? a.point.year : a.point.year + 1;
	if (year === b.point.year) return b;
	return result({ ...b.point, year }, b.known, 'relative', b.anchor ?? a.anchor, b.approximate);
}

/** The ends of a range of clock times name days of their own ("5 p.m. Saturday to 8 a.m. Monday"), not one ("10 p.m. Friday to 6 a.m."). */
function daysDiffer(from: Candidate, to: Candidate): boolean {
	const a = from.expression;
	const b = to.expression;
	if (a.kind !== 'point' || b.kind !== 'point') return false;
	const day = (f: Fields) => (f.weekday !== undefined ? `w${f.weekday}` : f.day !== undefined ? `d${f.day}` : undefined);
	return day(a.fields) !== undefined && day(b.fields) !== undefined && day(a.fields) !== day(b.fields);
}

/**
 * "The tournament runs Aug. 12-18", on the 14th; "a curfew from 5 p.m. Saturday to 8 a.m. Monday", on
 * the Sunday: a range the tense would start after its end is the one under way, which started a cycle
 * (a week, a year) earlier.
 */
function startBeforeEnd(from: Candidate, a: Normalized, b: Normalized): Normalized {
	const e = from.expression;
	if (e.kind !== 'point' || e.relation || e.fields.year !== undefined || !a.point || !b.point) return a;
	const sa = spanOfPoint(a.point);
	const sb = spanOfPoint(b.point);
	if (!sa || !sb || sa.start < sb.end) return a;
	const cycle = cycleOf(e.fields);
	let point: CalendarPoint;
	if (cycle === 'week') {
		const d = pointAt(addDays(new Date(sa.start), -7), 'day');
		point = { ...a.point, year: d.year, month: d.month, day: d.day };
	} else if (cycle === 'year') point = { ...a.point, year: a.point.year - 1 };
	else return a;
	const moved = result(point, a.known, a.basis ?? 'relative', a.anchor, a.approximate);
	const sm = moved.point && spanOfPoint(moved.point);
	return sm && sm.start < sb.end ? moved : a;
}

/**
 * "between 10pm and 6am": the end of a clock range that is not after its start is on the next day; one
 * that does not say its half of the day is first its later half ("from eleven o'clock until half-past
 * six" ends at 18:30).
 */
function throughMidnight(a: Normalized, b: Normalized, to: Candidate): Normalized {
	const sa = a.point && spanOfPoint(a.point);
	const sb = b.point && spanOfPoint(b.point);
	if (!sa || !sb || !b.point || sb.start > sa.start) return b;
	const hour = b.point.hour;
	if (to.expression.kind === 'point' && to.expression.fields.halfUnsaid && hour !== undefined && hour < NOON) {
		const later = { ...b.point, hour: hour + NOON };
		const sl = spanOfPoint(later);
		if (sl && sl.start > sa.start) return result(later, b.known, b.basis ?? 'relative', b.anchor, b.approximate);
	}
	const next = pointAt(addDays(new Date(sb.start), 1), 'day');
	return result({ ...b.point, year: next.year, month: next.month, day: next.day }, b.known, b.basis ?? 'relative', b.anchor, b.approximate);
}

/** Whether the text, within reach, has named a day before the day of `publication`. */
function namedAnotherDay(ctx: NormalizeContext, publication: AnchorPoint): boolean {
	const day = truncate(publication.point, 'day');
	const writing = day && spanOfPoint(day);
	if (!writing) return false;
	for (let i = ctx.references.length - 1, oldest = oldestInReach(ctx); i >= oldest; i--) {
		const r = ctx.references[i];
		const p = r.anchor.point;
		// A look back ("the first since June 8, 1918") is no day the story is at.
		if (r.aside || !determines(p.granularity, 'day')) continue;
		// A day still to come ("until Christmas") is no day a story told in the past may be at.
		const other = spanOfPoint(p);
		if (other && other.start < writing.start) return true;
	}
	return false;
}

/** The day of writing named by itself or by its part: "today", "tonight", "this evening". */
const TODAY_LATER = /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/i;

/** Whether the rest of the sentence after the time names the day of writing ("…at 10.30 a.m., left this evening"). */
function sentenceGoesOnToday(ctx: NormalizeContext): boolean {
	if (ctx.end === undefined || ctx.sentenceEnd === undefined || !ctx.textBetween) return false;
	return TODAY_LATER.test(ctx.textBetween(ctx.end, ctx.sentenceEnd));
}

/** A day a clock time's own words name: "2 a.m. on Sunday", "3 a.m. today", "1 a.m. on 5 May". */
const DAY_IN_A_CLOCK = new RegExp(`${WEEKDAY_PATTERN}|${MONTH_PATTERN}|\\b(?:today|yesterday|tomorrow|tonight)\\b|\\d(?:st|nd|rd|th)\\b`, 'i');

/** Whether a time the text told is a clock time in the small hours, before the morning, that names no day of its own. */
function smallHoursOfANight(base: AnchorPoint): boolean {
	return base.kind === 'mention' && base.point.hour !== undefined && base.point.hour < NIGHT_END_HOUR && !DAY_IN_A_CLOCK.test(base.text ?? '');
}

/** How many of the latest times "that night" told from a morning looks through for the night before it. */
const NIGHT_BEFORE_REACH = 4;

/**
 * "The water topped the wall shortly before midnight. By two in the morning it was in our kitchen … until first
 * light. Eleven people died that night": told from the morning after a night the story has just told of (its
 * evening, its night or its midnight), "that night" is that night, the day before's.
 */
function nightBeforeTheMorning(ctx: NormalizeContext, base: AnchorPoint): boolean {
	const p = base.point;
	if (base.kind !== 'mention' || !(p.partOfDay === 'MO' || (p.hour !== undefined && p.hour < NIGHT_END_HOUR))) return false;
	const morning = truncate(p, 'day');
	const dayBefore = morning && shiftPoint(morning, 'day', -1);
	if (!dayBefore) return false;
	const refs = ctx.references;
	for (let i = refs.length - 1; i >= 0 && i >= refs.length - NIGHT_BEFORE_REACH; i--) {
		const q = refs[i].anchor.point;
		const late = q.partOfDay === 'NI' || (q.hour !== undefined && q.hour >= EVENING_START_HOUR);
		const day = late ? truncate(q, 'day') : null;
		if (day && pointKey(day) === pointKey(dayBefore)) return true;
	}
	return false;
}

/**
 * Weeks said on a Sunday. News counts its weeks up to Saturday, so on a Sunday the week just gone is
 * over: "last week" is the week that ends that day ("On Friday, he said … his comments last week"), not
 * the ISO week before it, which ended eight days earlier; and "this week" of what is to come ("the talks
 * will resume this week") is the week that starts the next day. The offset to use instead, or undefined.
 */
function sundayWeekShift(rel: { kind: string; offset: number }, unit: string, base: AnchorPoint, ctx: NormalizeContext): number | undefined {
	if (rel.kind !== 'deictic' || unit !== 'week' || base.kind !== 'publication') return undefined;
	if (granularityRank(base.point.granularity) > granularityRank('day')) return undefined;
	const start = startOfPoint(base.point);
	if (start === null || isoWeekday(start) !== 7) return undefined;
	if (rel.offset === -1) return 0;
	// "Britain faces its coldest spell this week", "This week's pick is …": on a Sunday the present, unless
	// perfect ("this week has been"), speaks of the week to come, as a plan does.
	const t = ctx.tense;
	// So does a week a decision or a plan sets ("announced … an overtime ban from Monday to Saturday this
	// week", "has been recalled for a special session this week").
	const set = governedBy(ctx, DECISION) || governedBy(ctx, SCHEDULE);
	const ahead = t.tense === 'future' || t.tense === 'conditional' || (t.tense === 'present' && !t.perfect) || !!t.scheduled || !!t.prospective || set;
	return rel.offset === 0 && ahead ? 1 : undefined;
}

/**
 * The dates placed from `anchor` so far by `normalizeAbsolute` and `normalizeRelative`, by their key,
 * shared by the mentions that repeat them: a `Normalized` is never changed once made. They are kept for
 * the document, by the anchor object they were placed from (its publication date, mostly): a key need not
 * name the anchor's point, and is looked up among the few dates placed from that anchor.
 */
function placedFrom(ctx: NormalizeContext, anchor: AnchorPoint): Map<string, Normalized> {
	let placed = ctx.placed.get(anchor);
	if (!placed) ctx.placed.set(anchor, (placed = new Map()));
	return placed;
}

const MONTHS_IN: Partial<Record<Granularity, number>> = { quarter: 3, half: 6, year: 12 };

/**
 * The number of the fiscal quarter or half a text has been reporting, when it says "the quarter" again:
 * after "the fiscal first quarter", "the quarter ended Sept. 29" is that fiscal first quarter.
 */
function fiscalNumberInUse(ctx: NormalizeContext, unit: 'quarter' | 'half'): number | undefined {
	for (let i = ctx.references.length - 1, oldest = oldestInReach(ctx); i >= oldest; i--) {
		const p = ctx.references[i].anchor.point;
		if (p.granularity !== unit) continue;
		return p.fiscal ? p[unit] : undefined;
	}
	return undefined;
}

/**
 * "the quarter ended Sept. 30", "its fourth quarter ended Aug. 26": the reported period is the three (six)
 * months up to the closing day. Its label is the calendar quarter (half) holding most of it, unless the
 * text numbers the period otherwise: a fiscal fourth quarter ended Aug. 26, 1989 is labelled 1989-Q4 as
 * TimeML writes fiscal periods (the year the text gives, else the year it ended), while its span keeps the
 * months it covers. The span is approximate unless the period is a calendar one.
 */
function normalizePeriodEnd(c: Candidate, e: PointExpression, ctx: NormalizeContext): Normalized | null {
	const end = normalize(c.endsWith!, ctx);
	if (!end.point || end.point.day === undefined) return null;
	let endPoint = end.point;
	// "will cut jobs after profit in its quarter, which ended Dec. 31, fell": the clause of the period may
	// look ahead, but a period that ended did so before the writing.
	const writing = ctx.publication ? spanOfPoint(ctx.publication.point) : null;
	const told = ctx.textBetween?.(c.end, c.endsWith!.start) ?? '';
	const closing = c.endsWith!.expression;
	const yearless = closing.kind === 'point' && closing.fields.year === undefined;
	if (yearless && writing && /\b(?:ended|closed)\b/i.test(told) && (spanOfPoint(end.point)?.start ?? 0) >= writing.end) {
		const earlier = { ...end.point, year: end.point.year - 1 };
		if (spanOfPoint(earlier)) endPoint = earlier;
	}
	const endSpan = spanOfPoint(endPoint);
	if (!endSpan) return null;
	const rel = e.relation;
	const unit: Granularity =
		e.fields.quarter !== undefined ? 'quarter' : e.fields.half !== undefined ? 'half' : rel && 'unit' in rel && rel.unit !== 'period' ? UNIT_GRANULARITY[rel.unit as Unit] : 'quarter';
	const months = MONTHS_IN[unit];
	if (!months) return null;
	const bounds = { start: addUnits(new Date(endSpan.end), 'month', -months).getTime(), end: endSpan.end };
	// The calendar period holding most of the reported one: the one around its middle.
	const calendar = pointAt(new Date((bounds.start + bounds.end) / 2), unit);
	const calendarSpan = spanOfPoint(calendar);
	const closes = calendarSpan?.start === bounds.start && calendarSpan.end === bounds.end;
	const known = statedParts(e.fields);
	const anchor: AnchorPoint = { kind: 'mention', point: endPoint, value: formatValue(endPoint), text: undefined, offset: c.endsWith!.start };
	let point: CalendarPoint = closes ? calendar : { ...calendar, bounds };
	if (unit === 'quarter' || unit === 'half') {
		const number = (unit === 'quarter' ? e.fields.quarter : e.fields.half) ?? fiscalNumberInUse(ctx, unit);
		// "its fourth quarter, which ended Feb. 2": numbered by the text, in the year it ended, even where the
		// calendar quarter holding most of it has that number in the year before.
		if (number !== undefined && (number !== calendar[unit] || calendar.year !== endPoint.year)) {
			point = unit === 'quarter' ? { granularity: unit, year: endPoint.year, quarter: number as 1 | 2 | 3 | 4, bounds, fiscal: true } : { granularity: unit, year: endPoint.year, half: number as 1 | 2, bounds, fiscal: true };
		}
	}
	return result(point, known, 'relative', anchor, !!c.approximate || !closes || !!e.fiscal);
}

/**
 * "the turn of the century": about the year of the century boundary nearest the time the text is about
 * (its story, else the writing): 2000 in a story of the 1990s or a report of 2016, 1900 in one of 1900.
 * "the new year": the year whose 1 January comes next after that time, in a clause that looks ahead; the
 * one that came last, in one told in the past; else the nearest (2022 said on 27 December 2021).
 */
function turnOf(turn: 'year' | 'century' | 'millennium', ctx: NormalizeContext): Normalized {
	const base = turn === 'year' ? newYearBase(ctx) : anaphoricBase(ctx, 'year');
	const span = base && spanOfPoint(base.point);
	if (!base || !span) return { value: 'XXXX', approximate: true, known: [] };
	const middle = (span.start + span.end) / 2;
	const year = new Date(middle).getUTCFullYear();
	if (turn === 'year') {
		// Said of what is to come ("will rise in the new year", "ordered an inquiry, to begin in the new
		// year"), the next to begin; of what was, the last; else the nearest. What is to come from a time that
		// opens a year ("debt falls due in January, and talks resume in the new year") is that year.
		const { tense, infinitive } = ctx.tense;
		const next = spanOfPoint({ granularity: 'year', year: year + 1 })!.start;
		const last = spanOfPoint({ granularity: 'year', year })!.start;
		const nearest = next - middle < middle - last;
		const ahead = tense === 'future' || tense === 'conditional' || infinitive ? true : tense === 'past' ? pastNewYearAhead(base, ctx, nearest) : nearest;
		// The next to begin begins after the time's start: "tonight", on 31 December, runs into it.
		const startYear = new Date(span.start).getUTCFullYear();
		const opensTheYear = span.start === Date.UTC(startYear, 0, 1) && granularityRank(base.point.granularity) < granularityRank('year');
		return result({ granularity: 'year', year: !ahead ? year : opensTheYear ? startYear : startYear + 1 }, [], 'relative', base, false);
	}
	return result({ granularity: 'year', year: turnOfTheCentury(year, turn === 'millennium' ? 1000 : 100, base, ctx) }, [], 'relative', base, true);
}

/** Words of a limit the story reaches: "Food ran short by the new year", "into the new year". */
const REACHED_LIMIT_LEADS = new Set(['by', 'into', 'until', 'till', 'before', 'toward', 'towards']);

/**
 * Whether "the new year" told in the past is the one to come after `base`. A limit the story reaches lies
 * ahead of the story's time ("In November the Boers closed in. Food ran short by the new year" is the next
 * one); in a narrative, whose every clause is past, it is the nearest ("through December and into the new
 * year", "had eaten the last horse in the new year"), unless a state has lasted since it. In news the one
 * that came last ("sales have slowed since the new year", "the strike that began after the new year").
 */
function pastNewYearAhead(base: AnchorPoint, ctx: NormalizeContext, nearest: boolean): boolean {
	if (base.kind === 'mention' && ctx.lead !== undefined && REACHED_LIMIT_LEADS.has(ctx.lead)) return true;
	return ctx.mode === 'narrative' && ctx.lead !== 'since' && nearest;
}

/**
 * What "the new year" is counted from: in news, the writing, for a clause that speaks from it ("hopes to
 * settle before the new year", on 29 December, is the coming one, though the text has named the week after
 * next; so does the present perfect, "has ordered an inquiry, to begin in the new year"); else the story's
 * time, which a clause told in the past or reported ("said it would hire in the new year") is at. A time the
 * text has named ahead of the writing is no story's: "will go on show from Easter. The minister said talks
 * would begin early in the new year" was said by the writing.
 */
function newYearBase(ctx: NormalizeContext): AnchorPoint | null {
	const { tense } = ctx.tense;
	const fromTheWriting = ctx.mode === 'news' && (tense === 'future' || tense === 'present' || presentPerfect(ctx));
	if (fromTheWriting) return deicticBase(ctx, 'day');
	const story = anaphoricBase(ctx, 'day');
	// A decade or a century told of ("fed millions through the 2020s. … had been ill since the new year") says
	// no year a new one begins near: in news the writing does.
	const tooCoarse = !!story && granularityRank(story.point.granularity) > granularityRank('year');
	return story && ctx.mode === 'news' && (tooCoarse || startsAfterWriting(story.point, ctx)) ? deicticBase(ctx, 'day') : story;
}

/**
 * Which century (or millennium) boundary "the turn" is, seen from `year`: one counted from ("since the turn of
 * the century" in 2051) lies behind it; in news, one a clause in the future looks ahead to lies after the
 * writing ("will have doubled by the turn of the century" in 2030), and one the writing tells in the past with no story time named
 * lies behind it ("was worth $5 billion at the turn of the century" in 2060); else the nearest.
 */
function turnOfTheCentury(year: number, size: number, base: AnchorPoint, ctx: NormalizeContext): number {
	const behind = (from: number) => Math.floor(from / size) * size;
	if (ctx.lead === 'since' && !sinceAsReason(ctx)) return behind(year);
	const writing = ctx.mode === 'news' && ctx.publication ? spanOfPoint(ctx.publication.point) : null;
	if (writing) {
		const { tense } = ctx.tense;
		// (A conditional may report what was said in the story: "said in 1995 sales would double by …".)
		if (tense === 'future') return behind(new Date(writing.start).getUTCFullYear()) + size;
		if (tense === 'past' && base === ctx.publication) return behind(year);
	}
	return Math.round(year / size) * size;
}

/** Whether, in news, a clause not told in the past speaks of the day, which lies after the day of writing. */
function dayAhead(day: AnchorPoint, ctx: NormalizeContext): boolean {
	if (ctx.mode !== 'news' || !ctx.publication || ctx.tense.tense === 'past') return false;
	return startsAfterWriting(day.point, ctx);
}

/**
 * The last time named in the sentence or the one before (`lastStoryTime`'s reach), no aside, that `fits`.
 * (A plan's time, `Reference.planned`, is only a narrative's, and news alone has days ahead of the writing.)
 */
function dayJustBefore(ctx: NormalizeContext, fits: (r: Reference) => boolean): Reference | undefined {
	const refs = ctx.references;
	for (let i = refs.length - 1; i >= 0 && refs[i].sentence >= ctx.sentence - 1; i--) if (!refs[i].aside && fits(refs[i])) return refs[i];
	return undefined;
}

/**
 * The day a clock takes when the last day told lies against its tense: for one still to come, a day ahead
 * named just before; for one told in the past, a day gone by named just before, unless a present perfect
 * speaks from the writing.
 */
function dayWithTheTense(ctx: NormalizeContext): Reference | undefined {
	// A day ahead of the writing, with no hour; or one not still to come.
	if (ctx.tense.tense !== 'past') return dayJustBefore(ctx, (r) => r.anchor.point.granularity === 'day' && dayAhead(r.anchor, ctx));
	return presentPerfect(ctx) ? undefined : dayJustBefore(ctx, (r) => determines(r.anchor.point.granularity, 'day') && !againstTheTense(r.anchor, ctx));
}

/**
 * A day on the other side of the writing from the clock time told: gone by, for a time still to come ("in
 * lockdown since Monday, and the president will address the nation at 9pm" is 9pm of the day of writing,
 * not of Monday); still to come, for a time told in the past ("might remain underground until Christmas.
 * The first emerged at 12:11 a.m." is no time of Christmas).
 */
function againstTheTense(day: AnchorPoint, ctx: NormalizeContext): boolean {
	if (ctx.mode !== 'news' || !ctx.publication) return false;
	const { tense, prospective } = ctx.tense;
	const ahead = tense === 'future' || tense === 'conditional';
	// "temperatures forecast to reach 38C by mid-afternoon": a past that looks ahead may reach a day to come.
	if (!ahead && (tense !== 'past' || prospective)) return false;
	const span = spanOfPoint(day.point);
	const writing = spanOfPoint(ctx.publication.point);
	if (!span || !writing) return false;
	return ahead ? span.end <= writing.start : span.start >= writing.end;
}

/**
 * "He was detained on 04/03/2019" in a story of 5 March 2019: a numeric date whose order the text leaves
 * open, read month first, would put an event told in the past after the writing; the day-first reading,
 * on or before it, is taken, and the mention says why.
 */
function otherOrderIfPast(read: Normalized, c: Candidate, e: PointExpression, ctx: NormalizeContext, approximate: boolean): Normalized {
	if (!read.point || !ctx.publication || ctx.tense.tense !== 'past' || !c.swapped || !ctx.textBetween) return read;
	const span = spanOfPoint(read.point);
	const writing = spanOfPoint(ctx.publication.point);
	if (!span || !writing || span.start < writing.end) return read;
	const other = normalizeAbsolute({ ...e, fields: c.swapped }, ctx, approximate);
	const otherSpan = other.point && spanOfPoint(other.point);
	if (!otherSpan || otherSpan.end > writing.end) return read;
	const f = e.fields;
	const words = ctx.textBetween(c.start, c.end);
	return { ...other, ambiguity: `${words} could also be ${dayInWords(f.day!, f.month!, f.year)}: read day first, as that date is after the writing and the text tells of the past` };
}

/** Normalizes a point expression (a date or a time). */
export function normalizePoint(c: Candidate, e: PointExpression, ctx: NormalizeContext): Normalized {
	if (e.turnOf) return turnOf(e.turnOf, ctx);
	if (c.endsWith) {
		const closed = normalizePeriodEnd(c, e, ctx);
		if (closed) return closed;
	}
	if (c.dayOf) {
		const day = normalize(c.dayOf, ctx);
		if (day.point && day.point.day !== undefined) {
			const dayOfFields = c.dayOf.expression.kind === 'point' ? c.dayOf.expression.fields : undefined;
			const hour = hourOfPart(e.fields, day.point.partOfDay);
			let onDay = dayAcrossZones(day.point, e.fields, hour, dayOfFields?.zone);
			// "at 12.30 that night", "at 12:30 tonight": the night's small hours are the next day's.
			if (day.point.partOfDay === 'NI' && hour !== undefined && hour < NIGHT_END_HOUR) onDay = nextDay(onDay);
			const point = applyFields(onDay, { ...e.fields, hour });
			return result(point, statedParts(e.fields), day.basis === 'stated' ? 'stated' : 'relative', day.anchor, !!c.approximate || !!e.fields.partOfDay);
		}
	}
	const approximate = !!c.approximate || !!e.fields.season || !!e.fields.partOfDay;
	if (c.dayOfEvent) return { value: placeholder(e.fields, fieldsGranularity(e.fields) ?? 'hour'), approximate, known: statedParts(e.fields) };
	const read = markFiscal(e.relation ? normalizeRelative(e, e.relation, ctx, approximate) : normalizeAbsolute(e, ctx, approximate), e);
	const out = c.swapped ? otherOrderIfPast(read, c, e, ctx, approximate) : read;
	if (e.containing && out.point && out.point.day !== undefined) {
		// "the week of March 6", "the weekend of March 2": the ISO week holding that day, or its weekend.
		const span = spanOfPoint(out.point);
		const week = span && pointAt(new Date(span.start), 'week');
		if (week) return { ...out, ...result(e.containing === 'weekend' ? { ...week, weekend: true } : week, out.known, out.basis ?? 'stated', out.anchor, approximate) };
	}
	if (e.edgeDay && out.point) {
		const span = spanOfPoint(out.point);
		if (span) {
			const day = pointAt(new Date(e.edgeDay === 'first' ? span.start : span.end - DAY_MS), 'day');
			return { ...out, ...result(day, out.known, out.basis === 'stated' ? 'stated' : 'relative', out.anchor, approximate) };
		}
	}
	if (e.dayShift && (out.point?.granularity === 'day' || out.point?.granularity === 'partofday')) {
		// "the day before Tuesday", "overnight into Thursday" (the night before it).
		const span = spanOfPoint({ ...out.point, granularity: 'day', partOfDay: undefined });
		const partOfDay = out.point.partOfDay;
		const day = span && pointAt(addDays(new Date(span.start), e.dayShift), 'day');
		if (day) return { ...out, ...result(partOfDay ? { ...day, granularity: 'partofday', partOfDay } : day, out.known, 'relative', out.anchor, approximate) };
	}
	if (e.yearShift && out.point) {
		const moved = sameLabelYearsLater(out.point, e.yearShift);
		return { ...out, ...result(moved, out.known, 'relative', out.anchor, approximate) };
	}
	if (e.fields.weekday !== undefined && e.fields.day !== undefined && out.point?.granularity === 'day') {
		const span = spanOfPoint(out.point);
		if (span && isoWeekday(new Date(span.start)) !== e.fields.weekday) return { ...out, weekdayMismatch: true };
	}
	return e.fields.feast ? feastDays(out, e.fields.feast) : out;
}

/**
 * A feast of another calendar runs from its first day to its last ("Ramadan", "Passover"). The Islamic
 * calendar's days are approximate: where the month begins with the sighted moon, it may begin a day later.
 */
function feastDays(out: Normalized, feast: FeastDay): Normalized {
	const approximate = out.approximate || feast.calendar === 'islamic-umalqura';
	const span = out.point?.granularity === 'day' ? spanOfPoint(out.point) : null;
	const last = span && feastLastDay(new Date(span.start), feast);
	if (!last) return approximate === out.approximate ? out : { ...out, approximate };
	const until = pointAt(last, 'day');
	return { ...out, value: `${out.value}/${formatValue(until)}`, until, approximate };
}

/**
 * A duration keeps its TIMEX3 value; tied to the calendar it gets the stretch it covers: up to the time of
 * writing ("the past three months"), from it ("the coming weeks"), up to or from the time last spoken of
 * ("the preceding two weeks"), or up to the date that closes it ("the six months ended Aug. 12").
 */
/** Words after an amount of time that make it one of several ("a year or two") or a period named by what follows ("a quarter that …"). */
const RELATIVE_AFTER = /^\s+(?:or|to|that|which|when|where|whose|who|of|in|like)\b/i;

/** A superlative a few words before "in": the record an amount of time measures ("the biggest walkout in"). */
const RECORD_BEFORE = new RegExp(String.raw`\b${RECORD}\b(?:\s+[\p{L}'’-]+){0,3}\s+in\s+$`, 'iu');

/** Units a time can be counted ahead in ("in five years"). */
const AHEAD_UNITS = new Set<string>(['minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade']);

/**
 * "The stock will be redeemed in five years", "the talks would resume in two weeks": after "in", a
 * whole amount counted by a verb that looks ahead names the time that far from the writing (TIMEX3 writes
 * it as a date), not a length of time. Told in the past ("was built in five years") it stays a duration.
 */
function aheadOfWriting(c: Candidate, e: DurationExpression, ctx: NormalizeContext): Normalized | null {
	if (ctx.mode !== 'news' || ctx.lead !== 'in' || e.anchored || c.endsWith || c.mod) return null;
	if (e.amount == null || !Number.isInteger(e.amount) || /X/.test(e.value) || !e.unit || !AHEAD_UNITS.has(e.unit)) return null;
	const { tense, perfect } = ctx.tense;
	if ((tense !== 'future' && tense !== 'conditional') || perfect || !ctx.textBetween) return null;
	// "in two to three weeks", "in a year or two": no one time; "in a quarter that produced a loss": a
	// quarter named by what follows; "in the five days since the disaster": a stretch.
	if (/\b(?:or|to)\b|[-–]|^the\s/i.test(ctx.textBetween(c.start, c.end))) return null;
	if (RELATIVE_AFTER.test(ctx.textBetween(c.end, c.end + 8))) return null;
	// "the biggest walkout in 30 years", "expected to be the worst in 17 years": a record over a stretch.
	if (RECORD_BEFORE.test(textBefore(ctx, 48))) return null;
	const relation: Relation = { kind: 'shift', unit: e.unit as Unit, amount: e.amount, sign: 1, from: 'utterance' };
	const out = normalizeRelative({ kind: 'point', fields: {}, relation }, relation, ctx, !!c.approximate);
	return out.point ? { ...out, type: 'DATE' } : null;
}

/**
 * "The army took Berlin over the next two years": a stretch ahead told in the simple past lies ahead of
 * the story's time, not of the writing. A plan ("agreed to build 100 schools over the next five years")
 * still looks ahead from when it was made, near enough the writing.
 */
function lookingAheadInThePast(e: DurationExpression, ctx: NormalizeContext): boolean {
	const { tense, perfect, prospective, infinitive } = ctx.tense;
	return e.anchored === 'future' && ctx.mode === 'news' && tense === 'past' && !perfect && !prospective && !infinitive;
}

/** Whether a time known to `have` places a stretch of `unit`s near enough: a month for years, a day for anything. */
function placesAStretchOf(have: Granularity, unit: DurationUnit): boolean {
	const needed: Partial<Record<DurationUnit, Granularity>> = { year: 'month', decade: 'month', century: 'year', millennium: 'year' };
	const need = needed[unit];
	return !!need && determines(have, need);
}

function normalizeDuration(c: Candidate, e: DurationExpression, ctx: NormalizeContext): Normalized {
	const ahead = aheadOfWriting(c, e, ctx);
	if (ahead) return ahead;
	const out: Normalized = { value: e.value, approximate: !!c.approximate, known: [] };
	if (!e.unit || e.amount == null || (!e.anchored && !c.endsWith)) return out;
	let day: CalendarPoint | null = null;
	let anchor: AnchorPoint | null = null;
	let coarse = false;
	if (c.endsWith) {
		const end = normalize(c.endsWith, ctx);
		day = end.point ? closingDay(end.point) : null;
		if (!day || !end.point) return out;
		anchor = { kind: 'mention', point: end.point, value: end.value, text: undefined, offset: c.endsWith.start };
	} else if (e.anchored === 'yearStart') {
		// The months of the year reported so far: this year's, unless they have not all gone by yet.
		anchor = deicticBase(ctx, 'day');
		const now = anchor && spanOfPoint(anchor.point);
		if (!anchor || !now) return out;
		let year = anchor.point.year;
		if (addUnits(new Date(Date.UTC(year, 0, 1)), e.unit === 'quarter' ? 'quarter' : 'month', e.amount).getTime() > now.end) year--;
		day = { granularity: 'day', year, month: 1, day: 1 };
	} else {
		const fromWriting = (e.anchored === 'past' || e.anchored === 'future') && !lookingAheadInThePast(e, ctx);
		anchor = fromWriting ? deicticBase(ctx, 'day') : anaphoricBase(ctx, 'day');
		// "the following days" after "In July 1995": no day to count from, so no stretch rather than a
		// guessed one. "The following two years" after March 1944 starts about then: a month places a
		// stretch of years near enough, as "about".
		coarse = !!anchor && isCoarse(anchor, 'day');
		if (coarse && !placesAStretchOf(anchor!.point.granularity, e.unit)) anchor = null;
		// From a coarse time the stretch starts with the period its value names ("1969-02/P6Y"), not inside it.
		day = anchor && (coarse ? periodOnly(anchor.point) : truncate(anchor.point, 'day'));
	}
	if (!day || !anchor) return out;
	out.approximate ||= coarse;
	const stretch = stretchFrom(day, c.endsWith || e.anchored === 'past' || e.anchored === 'before' ? 'back' : 'ahead', e.amount, e.unit);
	if (!stretch) return out;
	out.interval = stretch;
	out.basis = 'relative';
	out.anchor = anchor;
	// A stretch a report covers is what its comparisons count from: the stretch of a quarter, a half or a
	// year closed by a date, and the first months of a year (labelled by that year).
	if (c.endsWith && stretch.period) out.point = stretch.period;
	if (e.anchored === 'yearStart') out.point = { granularity: 'year', year: day.year, bounds: { start: stretch.start, end: stretch.end } };
	out.approximate ||= !Number.isInteger(e.amount) || /X/.test(e.value) || !!anchor.estimate;
	return out;
}

/** The day a report period closed by `p` ends on: that day, or a month's last ("the year ending in March"). */
function closingDay(p: CalendarPoint): CalendarPoint | null {
	if (p.day !== undefined) return truncate(p, 'day');
	const span = p.granularity === 'month' ? spanOfPoint(p) : null;
	return span ? pointAt(new Date(span.end - DAY_MS), 'day') : null;
}

/** The years a TIMEX3 value can write with four digits: what counts far beyond them names no date. */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

const inCalendar = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;
const yearOf = (instant: number) => new Date(instant).getUTCFullYear();

/** The two ends of a range, each placed in the light of the other (a range is read forward). */
export function normalizeRangeEnds(e: RangeExpression, ctx: NormalizeContext): [Normalized, Normalized] {
	let a = normalize(e.from, ctx);
	let b = normalize(e.to, ctx);
	[a, b] = weekdaysInOrder(e.from, e.to, a, b, ctx);
	b = weekdayEndFromStart(e.from, e.to, a, b);
	b = dateEndFromStart(e.from, e.to, a, b);
	b = monthAfter(e.from, e.to, a, b);
	if (!e.clock || daysDiffer(e.from, e.to)) a = startBeforeEnd(e.from, a, b);
	if (e.clock) b = throughMidnight(a, b, e.to);
	return [a, b];
}

/** Normalizes any candidate: dates and times get a calendar point, the rest a TIMEX3 value alone. */
export function normalize(c: Candidate, ctx: NormalizeContext): Normalized {
	const out = normalizeExpression(c, ctx);
	// "2021 decades on" from 1970: a count that leaves the calendar dates nothing.
	// "the 1st century" (TIMEX3 "00") and "the 0s" begin at year 0 but hold years of the calendar.
	const firstYear = out.point && (out.point.granularity === 'century' || out.point.granularity === 'decade') ? Math.max(out.point.year, FIRST_YEAR) : out.point?.year;
	const years = [firstYear, out.until?.year, out.interval && yearOf(out.interval.start), out.interval && yearOf(out.interval.end - 1)];
	if (years.every((y) => y === undefined || inCalendar(y))) return out;
	return { value: '', approximate: out.approximate, known: out.known, problem: { code: 'out-of-range', message: `it lies outside the years ${FIRST_YEAR} to ${LAST_YEAR}` } };
}

function normalizeExpression(c: Candidate, ctx: NormalizeContext): Normalized {
	const e = c.expression;
	switch (e.kind) {
		case 'point': {
			const out = normalizePoint(c, e, ctx);
			// A clock time counted from a day or a coarser time is known only to that day or stretch: a date.
			const known = out.coarse && out.point ? out.point.granularity : undefined;
			return c.type === 'TIME' && known && granularityRank(known) >= granularityRank('day') ? { ...out, type: 'DATE' } : out;
		}
		case 'duration':
			return normalizeDuration(c, e, ctx);
		case 'set':
			return { value: e.value, quant: e.quant, freq: e.freq, approximate: false, known: [] };
		case 'ref':
			return { value: e.value, approximate: true, known: [] };
		case 'range': {
			const [a, b] = normalizeRangeEnds(e, ctx);
			const known = [...new Set([...a.known, ...b.known])];
			const approximate = a.approximate || b.approximate;
			if (a.problem || b.problem) return { value: '', approximate, known, problem: a.problem ?? b.problem };
			if (!a.point || !b.point) return { value: `${a.value}/${b.value}`, approximate, known };
			const sa = spanOfPoint(a.point);
			const sb = spanOfPoint(b.point);
			if (!sa || !sb || sb.end <= sa.start) {
				return {
					value: `${a.value}/${b.value}`,
					approximate,
					known,
					problem: { code: 'inverted-range', message: 'the range ends before it starts' }
				};
			}
			// "In the 1990s … from Aug. 26 until 31": ends counted from a coarser time make the range as coarse,
			// somewhere between the first end's earliest day and the last end's latest, labelled as its ends are.
			const coarseBase = a.coarse ? a.anchor : b.coarse ? b.anchor : undefined;
			if (coarseBase) return { ...coarseResult(coarseBase, sa.start, sb.end, known, coarseBase.point.granularity), known };
			const basis: TimeBasis = a.basis === 'stated' && b.basis === 'stated' ? 'stated' : 'relative';
			return {
				value: `${a.value}/${b.value}`,
				point: a.point,
				until: b.point,
				basis,
				anchor: a.anchor ?? b.anchor,
				approximate,
				known
			};
		}
	}
}
