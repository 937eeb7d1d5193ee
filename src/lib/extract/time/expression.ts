import type { TimexMod, TimexType } from '$lib/model';
import type { DurationUnit } from './calendarWords';

/**
 * What a recognizer understood a time expression to mean, before any anchor is applied. Recognizers
 * produce these; refiners merge and filter them; `normalize` turns them into TIMEX3 values.
 */

/** Calendar units that relative expressions count in ("last week", "three days later"). */
export type Unit =
	| 'minute'
	| 'hour'
	| 'partofday'
	| 'day'
	| 'weekend'
	| 'week'
	| 'month'
	| 'season'
	| 'quarter'
	| 'half'
	| 'year'
	| 'decade'
	| 'century';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/**
 * A feast's first day in a calendar Intl knows: its month as that calendar's formatter names it ("9" for
 * Ramadan, "Nisan"; alternatives split by "|", as "Adar|Adar II" for Purim), its day, and how long it lasts
 * (days, or to the end of its month), when it lasts more than a day.
 */
export interface FeastDay {
	calendar: 'islamic-umalqura' | 'hebrew' | 'chinese' | 'persian';
	month: string;
	day: number;
	lasts?: number | 'month';
}

/** TIMEX3 parts of the day: morning, midday, afternoon, evening, night, daytime. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

/** The parts of a place on the calendar, each absent when not known. Months and days count from 1. */
export interface CalendarParts {
	century?: number;
	decade?: number;
	year?: number;
	half?: 1 | 2;
	quarter?: 1 | 2 | 3 | 4;
	season?: Season;
	month?: number;
	week?: number;
	weekend?: boolean;
	day?: number;
	partOfDay?: PartOfDay;
	hour?: number;
	minute?: number;
}

/** The calendar parts a text states; weekdays are ISO (Monday 1 … Sunday 7). */
export interface Fields extends CalendarParts {
	/** A decade named without its century ("the '90s", "the nineties"): its digit, 1–9. */
	decadeInCentury?: number;
	/** A year named by its last two digits ("the summer of '66"): 0–99. */
	yearInCentury?: number;
	/**
	 * The n-th weekday of the month ("the fourth Thursday of November"), for holidays; n = -1 is the last;
	 * counted from day `fromDay` of the month when given (US Election Day: the first Tuesday from Nov. 2).
	 */
	nthWeekday?: { n: number; weekday: number; fromDay?: number };
	/** Days from Easter Sunday, for the feasts that move with it ("Good Friday": -2). */
	fromEaster?: number;
	/** The church whose Easter `fromEaster` counts from: the Western one unless `orthodox` (the Julian computus). */
	church?: 'orthodox';
	/** A feast of another calendar ("Ramadan", "Yom Kippur", "Nowruz"), placed in the Gregorian year. */
	feast?: FeastDay;
	weekday?: number;
	zone?: string;
	/**
	 * A midnight read as the one that opens its day ("shortly after midnight", hour 0): with a day named
	 * ("after midnight on Tuesday") that day's; after a day the story named before, the one that ends it.
	 */
	opensDay?: true;
	/** A clock time written without a.m., p.m. or a zone ("at 9:30"), whose half of the day is not said. */
	halfUnsaid?: true;
}

/**
 * How the parts the text leaves out are found.
 * - `deictic`: counted from the time of writing ("last week": unit week, offset -1; "today": day, 0).
 * - `anaphoric`: counted from the time the text last spoke of ("the following day": day, +1; "that year").
 * - `shift`: an amount of units before or after ("two weeks ago", "three days later").
 * - `named`: a named weekday, month or season with a direction ("last Friday", "next May", "this summer").
 */
export type Relation =
	| {
			kind: 'deictic';
			unit: Unit;
			offset: number;
			/**
			 * "the end of the year" rather than "this year": the writing's period in news, but the period of an
			 * old story the news is retelling.
			 */
			definite?: boolean;
			/**
			 * The offset when the clause looks ahead or a narrative tells it ("overnight": last night in a
			 * report of what happened, tonight in one of what will, the story day's night in a narrative).
			 */
			aheadOffset?: number;
			/** The offset when the clause is told in the past ("a week today": a week ago in "died a week today"). */
			behindOffset?: number;
	  }
	| {
			kind: 'anaphoric';
			unit: Unit | 'period';
			offset: number;
			/**
			 * Counted from the publication date when no earlier mention fits, by this offset instead: "the
			 * latest quarter" with nothing before it is the last quarter before the writing (-1).
			 */
			fallback?: number;
			/** The time is that of an event named after it ("the same day that…"): left unresolved. */
			unresolved?: boolean;
			/**
			 * Counted from the time the story is at even in a clause that looks ahead ("the following morning",
			 * "the day before"), where "the next week" counts from the writing.
			 */
			fromStory?: boolean;
	  }
	| {
			kind: 'shift';
			unit: Unit;
			/** Null for a vague amount ("a few weeks ago"). */
			amount: number | null;
			/** A finer amount counted after it, in a unit the first does not convert to ("four months and eight days later"). */
			then?: { unit: Unit; amount: number };
			sign: -1 | 1;
			/** `utterance`: "ago", "from now"; `reference`: "later", "earlier", "before", "after". */
			from: 'utterance' | 'reference';
			/**
			 * A comparison with the same period a year before ("up from $5 million a year earlier", "the
			 * year-ago quarter"): it counts from the period the text compares, and is no new reference.
			 */
			comparison?: boolean;
			/** "Thirty years ago today", "ten years ago this week": to the day or week, not the year. */
			toThe?: 'day' | 'week' | 'month';
			/** The kind of period compared, when the text names it ("the year-ago quarter"). */
			period?: 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
	  }
	| {
			kind: 'named';
			/** `first`: the first one on or after the time counted from ("that first summer"). */
			direction: 'last' | 'next' | 'this' | 'first';
			/** Counted from the last mentioned time ("the previous Friday") rather than from the writing. */
			anaphoric?: boolean;
	  };

export interface PointExpression {
	kind: 'point';
	fields: Fields;
	relation?: Relation;
	/** The text gives a fiscal year ("fiscal 1989"): same calendar value, marked approximate. */
	fiscal?: boolean;
	/**
	 * The time qualifies a noun ("Wednesday's ruling", "a June agreement", "November transactions"): it
	 * belongs to that noun's event, not to the governing verb.
	 */
	attributive?: boolean;
	/**
	 * A holiday a thing is for ("a truce for Christmas", "home for Eid"): the one nearest the writing, as
	 * the verb tells of the thing and not of the holiday; told in the past, leaning to the one gone by.
	 */
	purpose?: boolean;
	/**
	 * The date a report period runs to: one said to have ended ("the year ended June 30") lies behind the
	 * writing; one not yet ("the year to June 30", "the year ending in March") is the nearest, as the
	 * period may be under way.
	 */
	closesPeriod?: 'ended' | 'open';
	/** "the week of March 6", "the weekend of March 2": the week or weekend holding the date, not the date. */
	containing?: 'week' | 'weekend';
	/** "the day before last Tuesday's hearing": the day so many days from the date named. */
	dayShift?: number;
	/** "the summer before last": the same season or month so many years from the one named. */
	yearShift?: number;
	/**
	 * "the turn of the century": the century (or millennium) boundary nearest the time the text is about;
	 * "the new year": the year that begins nearest it.
	 */
	turnOf?: 'year' | 'century' | 'millennium';
	/** "the last day of 1999", "the first day of the month": the first or last day of the period named. */
	edgeDay?: 'first' | 'last';
	/** The end of a range of clock times written without its day, which took the other end's ("midday Thursday until 9pm"). */
	dayOfOtherEnd?: boolean;
}

/** The calendar fields a clock time may take its day from. */
export const DATE_FIELDS = ['year', 'month', 'day', 'weekday'] as const;

/** A clock time written without a day, alone ("10am", "6:30 GMT"): it takes its day from a neighbour or the story. */
export function isClockTimeAlone(e: PointExpression): boolean {
	return e.fields.hour !== undefined && !DATE_FIELDS.some((k) => e.fields[k] !== undefined) && !e.relation;
}

/** A day and nothing finer: "Friday", "Oct. 23", "tomorrow", "the next day". */
export function isDayLevel(e: PointExpression): boolean {
	return (
		e.fields.hour === undefined &&
		e.fields.partOfDay === undefined &&
		(e.fields.day !== undefined ||
			(e.fields.weekday !== undefined && e.fields.month === undefined) ||
			(e.relation?.kind === 'deictic' && e.relation.unit === 'day') ||
			(e.relation?.kind === 'anaphoric' && e.relation.unit === 'day'))
	);
}

/** "tonight", "this morning", "Saturday night": a part of a day that names the day. */
export function isPartOfANamedDay(e: PointExpression): boolean {
	return e.fields.partOfDay !== undefined && e.fields.hour === undefined && (e.fields.weekday !== undefined || e.fields.day !== undefined || (e.relation?.kind === 'deictic' && e.relation.unit === 'day'));
}

export interface DurationExpression {
	kind: 'duration';
	/** TIMEX3 duration value, `P3W`, `PXY`, `PT5H30M`. */
	value: string;
	/** The amount counted, null for a vague one ("a few weeks"); with `unit`, what a stretch is measured in. */
	amount?: number | null;
	unit?: DurationUnit;
	/**
	 * The stretch is tied to the calendar: it ends at the time of writing ("the past three months", "in
	 * recent weeks"; `past`), starts there ("the coming weeks"; `future`), or ends or starts at the time
	 * the text last spoke of ("the preceding two weeks", "the following days"; `before`, `after`), or
	 * starts with the year a report covers ("the first nine months"; `yearStart`).
	 */
	anchored?: 'past' | 'future' | 'before' | 'after' | 'yearStart';
}

export interface SetExpression {
	kind: 'set';
	value: string;
	quant?: string;
	freq?: string;
}

export interface RefExpression {
	kind: 'ref';
	value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';
}

export interface RangeExpression {
	kind: 'range';
	from: Candidate;
	to: Candidate;
	/** "between 10pm and 6am": clock times of one day, the second of the next when it is not after the first. */
	clock?: boolean;
}

export type Expression = PointExpression | DurationExpression | SetExpression | RefExpression | RangeExpression;

/** A time expression found in the text, with what it means but not yet where it lands. */
export interface Candidate {
	start: number;
	end: number;
	type: TimexType;
	expression: Expression;
	mod?: TimexMod;
	/** The text hedges ("about", "nearly", "some time in"). */
	approximate?: boolean;
	/** Which recognizer found it: for debugging and for the overlap refiner's preferences. */
	source: string;
	/** Only a date if its neighbours confirm it (a bare four-digit number in a list of years). */
	weak?: boolean;
	/**
	 * A year only because a determiner stands before it ("the 1956 uprising"): not one when the text uses
	 * the same number as a label ("Resolution 1325 … the 1325 agenda").
	 */
	determined?: boolean;
	/**
	 * A year heading a timeline: alone on its line, it heads the dated lines under it (`lines`); at the
	 * start of a line before a dash or colon ("1979 – The Shah leaves in January"), the rest of that line.
	 */
	heading?: 'lines' | 'line';
	/**
	 * A report period closed by a date: "the quarter ended Sept. 30" holds that date's quarter, "the six
	 * months ended Aug. 12" the six months up to that day.
	 */
	endsWith?: Candidate;
	/** A clock time whose day follows it: "10:35 a.m. (0735 GMT) Friday". */
	dayOf?: Candidate;
	/** A clock time on a day counted from an event ("at 6 a.m. ten days before the shooting"): no day known. */
	dayOfEvent?: true;
	/**
	 * A numeric date whose day and month could be swapped ("10/12/2019"): the other reading, kept until
	 * the document's own convention is known, and, when it leaves the order open, for the resolver.
	 */
	swapped?: Fields;
	/** Why the reading is uncertain, for a warning to the reader. */
	ambiguity?: string;
	/**
	 * "Earlier this month", "later this year": the part of the period on that side of the time it is
	 * counted from, when the period holds that time.
	 */
	sideOfAnchor?: 'before' | 'after';
}
