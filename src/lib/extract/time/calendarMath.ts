import { UTCDate } from '@date-fns/utc';
import {
	addDays,
	addHours,
	addMinutes,
	addMonths,
	addWeeks,
	addYears,
	getDaysInMonth,
	getISODay,
	getISOWeek,
	getISOWeekYear,
	isLeapYear,
	setISOWeek,
	startOfISOWeek,
	startOfISOWeekYear
} from 'date-fns';
import type { Granularity } from '$lib/model';
import { formatValue, type CalendarPoint } from './calendarPoint';
import type { PartOfDay, Season } from './expression';

/**
 * Calendar arithmetic for the tagger, all of it delegated to date-fns on `UTCDate`: month lengths, leap
 * years and ISO weeks come from the library, and nothing depends on the machine's time zone.
 *
 * Conventions (the span of a point is half-open, `[start, end)`):
 * - Spans are nominal: "6 September 2021" is the UTC day 2021-09-06, "14:30 EST" the hour on that nominal
 *   clock. A chronology of news compares calendar days, so all spans share that one clock.
 * - Seasons are meteorological, northern hemisphere: spring March–May, summer June–August, autumn
 *   September–November, and the winter of a year starts in its December and runs through February.
 * - Parts of the day: morning 06–12, midday 11–13, afternoon 12–18, evening 18–24, daytime 06–18, and the
 *   night of a date runs from 20:00 to 06:00 the next morning. Their edges are fuzzy: spans are approximate.
 * - Weeks are ISO weeks (Monday to Sunday); the weekend is their Saturday and Sunday.
 * - Decade `198` is 1980–1989; century `19` is 1900–1999 (TIMEX3 names centuries by their hundreds).
 */

/** The UTC instant at the start of a calendar day; years below 100 are taken literally. */
export function utcDay(year: number, month: number, day: number): UTCDate {
	const d = new UTCDate(0);
	d.setUTCFullYear(year, month - 1, day);
	d.setUTCHours(0, 0, 0, 0);
	return d;
}

/** Whether a day exists on the calendar (29 February 2022 does not). */
export function dayExists(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	return day <= getDaysInMonth(utcDay(year, month, 1));
}

/** Why a day does not exist, in words a reader understands. */
export function whyDayDoesNotExist(year: number | undefined, month: number, day: number): string {
	const name = MONTH_NAMES_EN[month - 1] ?? `month ${month}`;
	if (month < 1 || month > 12) return `there is no month ${month}`;
	if (year !== undefined) {
		if (month === 2 && day === 29 && !isLeapYear(utcDay(year, 1, 1))) {
			return `${day} ${name} ${year} does not exist: ${year} is not a leap year`;
		}
		return `${day} ${name} ${year} does not exist: ${name} ${year} has ${getDaysInMonth(utcDay(year, month, 1))} days`;
	}
	const longest = month === 2 ? 29 : getDaysInMonth(utcDay(2001, month, 1));
	return `${day} ${name} does not exist: ${name} has ${longest} days`;
}

const MONTH_NAMES_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const SEASON_START_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
/** The hour the night of a date ends, on the next morning: its smaller hours belong to that next day. */
export const NIGHT_END_HOUR = 6;
/** The hour an evening starts: a report that goes on from it to the small hours has passed midnight. */
export const EVENING_START_HOUR = 18;
/** Written without its half of the day, an hour of the night from this one on is an evening's ("9:30 tonight"). */
const NIGHT_LATE_START = 5;

/**
 * An hour of the twelve-hour clock that does not say its half of the day, read in a part of the day: "8.30
 * that evening" is 20:30, "eleven at night" 23:00, "half past twelve at night" 00:30 and "two at night" 02:00
 * (the night's small hours), "twelve in the morning" 00:00. Without a part (or in the daytime), the hour as
 * written.
 */
export function hourInPartOfDay(hour: number, part: PartOfDay | undefined): number {
	if (!part || hour > 12) return hour;
	if (part === 'AF' || part === 'EV') return hour === 12 ? 12 : hour + 12;
	if (part === 'NI') return hour === 12 ? 0 : hour < NIGHT_LATE_START ? hour : hour + 12;
	if (part === 'MO') return hour === 12 ? 0 : hour;
	return hour;
}

const PART_OF_DAY_HOURS: Record<PartOfDay, [number, number]> = {
	MO: [6, 12],
	MI: [11, 13],
	AF: [12, 18],
	EV: [EVENING_START_HOUR, 24],
	NI: [20, 24 + NIGHT_END_HOUR],
	DT: [6, 18]
};

type Span = { start: number; end: number };

/**
 * Spans already computed, by TIMEX3 value: news repeats its dates, and date-fns on `UTCDate` is the
 * costliest step of tagging. Bounded so a long-running process does not grow without end.
 */
const spanCache = new Map<string, Span | null>();
const SPAN_CACHE_SIZE = 20_000;

/** The half-open UTC interval of a calendar point, or null when the point names no existing day. */
export function spanOfPoint(p: CalendarPoint): Span | null {
	if (p.bounds) return p.bounds;
	const key = formatValue(p);
	const cached = spanCache.get(key);
	if (cached !== undefined) return cached;
	const span = computeSpan(p);
	if (spanCache.size >= SPAN_CACHE_SIZE) spanCache.clear();
	spanCache.set(key, span);
	return span;
}

function computeSpan(p: CalendarPoint): Span | null {
	switch (p.granularity) {
		case 'century': {
			const c = p.century ?? Math.floor(p.year / 100);
			const start = utcDay(c * 100, 1, 1);
			return { start: start.getTime(), end: addYears(start, 100).getTime() };
		}
		case 'decade': {
			const d = p.decade ?? Math.floor(p.year / 10);
			const start = utcDay(d * 10, 1, 1);
			return { start: start.getTime(), end: addYears(start, 10).getTime() };
		}
		case 'year': {
			const start = utcDay(p.year, 1, 1);
			return { start: start.getTime(), end: addYears(start, 1).getTime() };
		}
		case 'half': {
			const start = utcDay(p.year, p.half === 2 ? 7 : 1, 1);
			return { start: start.getTime(), end: addMonths(start, 6).getTime() };
		}
		case 'quarter': {
			const start = utcDay(p.year, (p.quarter! - 1) * 3 + 1, 1);
			return { start: start.getTime(), end: addMonths(start, 3).getTime() };
		}
		case 'season': {
			const start = utcDay(p.year, SEASON_START_MONTH[p.season!], 1);
			return { start: start.getTime(), end: addMonths(start, 3).getTime() };
		}
		case 'month': {
			if (p.month! < 1 || p.month! > 12) return null;
			const start = utcDay(p.year, p.month!, 1);
			return { start: start.getTime(), end: addMonths(start, 1).getTime() };
		}
		case 'week': {
			const start = isoWeekStart(p.year, p.week!);
			if (!start) return null;
			if (p.weekend) {
				const saturday = addDays(start, 5);
				return { start: saturday.getTime(), end: addDays(saturday, 2).getTime() };
			}
			return { start: start.getTime(), end: addWeeks(start, 1).getTime() };
		}
		case 'day':
		case 'partofday':
		case 'hour':
		case 'minute': {
			if (!dayExists(p.year, p.month!, p.day!)) return null;
			const day = utcDay(p.year, p.month!, p.day!);
			if (p.granularity === 'day') return { start: day.getTime(), end: addDays(day, 1).getTime() };
			if (p.granularity === 'partofday') {
				const [from, to] = PART_OF_DAY_HOURS[p.partOfDay!];
				return { start: addHours(day, from).getTime(), end: addHours(day, to).getTime() };
			}
			if (p.hour! > 24 || (p.minute ?? 0) > 59) return null;
			const start = addMinutes(addHours(day, p.hour!), p.minute ?? 0);
			return {
				start: start.getTime(),
				end: (p.granularity === 'hour' ? addHours(start, 1) : addMinutes(start, 1)).getTime()
			};
		}
	}
}

/** Monday of ISO week `week` of ISO week-year `year`; null for a week the year does not have. */
export function isoWeekStart(year: number, week: number): UTCDate | null {
	if (week < 1 || week > 53) return null;
	const yearStart = startOfISOWeekYear(utcDay(year, 1, 4));
	const monday = setISOWeek(yearStart, week);
	if (getISOWeekYear(monday) !== year) return null;
	return new UTCDate(startOfISOWeek(monday).getTime());
}

/** The calendar point of granularity `g` that contains the instant `date`. */
export function pointAt(instant: Date, g: Granularity): CalendarPoint {
	// The UTC fields are read off any Date alike; only the week needs date-fns, and so a UTCDate.
	const year = instant.getUTCFullYear();
	const month = instant.getUTCMonth() + 1;
	const day = instant.getUTCDate();
	switch (g) {
		case 'century':
			return { granularity: g, year, century: Math.floor(year / 100) };
		case 'decade':
			return { granularity: g, year, decade: Math.floor(year / 10) };
		case 'year':
			return { granularity: g, year };
		case 'half':
			return { granularity: g, year, half: month <= 6 ? 1 : 2 };
		case 'quarter':
			return { granularity: g, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
		case 'season': {
			if (month === 12) return { granularity: g, year, season: 'WI' };
			if (month <= 2) return { granularity: g, year: year - 1, season: 'WI' };
			return { granularity: g, year, season: month <= 5 ? 'SP' : month <= 8 ? 'SU' : 'FA' };
		}
		case 'month':
			return { granularity: g, year, month };
		case 'week': {
			// date-fns reads a plain Date in the machine's time zone: only a UTCDate gives the UTC week.
			const date = instant instanceof UTCDate ? instant : new UTCDate(instant.getTime());
			return { granularity: g, year: getISOWeekYear(date), week: getISOWeek(date) };
		}
		case 'day':
			return { granularity: g, year, month, day };
		case 'partofday':
		case 'hour':
			return { granularity: 'hour', year, month, day, hour: instant.getUTCHours(), minute: 0 };
		case 'minute':
			return { granularity: g, year, month, day, hour: instant.getUTCHours(), minute: instant.getUTCMinutes() };
	}
}

/** The start of a calendar point as a `UTCDate` (for arithmetic); null when it does not exist. */
export function startOfPoint(p: CalendarPoint): UTCDate | null {
	const span = spanOfPoint(p);
	return span ? new UTCDate(span.start) : null;
}

/** Moves a date by `amount` calendar units (fractions of years and months go to the finer unit). */
export function addUnits(date: Date, unit: Granularity | 'weekend', amount: number): UTCDate {
	const d = new UTCDate(date.getTime());
	switch (unit) {
		case 'minute':
			return addMinutes(d, Math.round(amount));
		case 'hour':
			return addMinutes(d, Math.round(amount * 60));
		case 'partofday':
			return addHours(d, Math.round(amount * 6));
		case 'day':
			return addHours(d, Math.round(amount * 24));
		case 'week':
		case 'weekend':
			return addDays(d, Math.round(amount * 7));
		case 'month':
			return Number.isInteger(amount) ? addMonths(d, amount) : addDays(addMonths(d, Math.trunc(amount)), Math.round((amount % 1) * 30));
		case 'season':
		case 'quarter':
			return addUnits(d, 'month', amount * 3);
		case 'half':
			return addUnits(d, 'month', amount * 6);
		case 'year':
			return Number.isInteger(amount) ? addYears(d, amount) : addUnits(addYears(d, Math.trunc(amount)), 'month', (amount % 1) * 12);
		case 'decade':
			return addUnits(d, 'year', amount * 10);
		case 'century':
			return addUnits(d, 'year', amount * 100);
	}
}

/**
 * The day of the month of its n-th given ISO weekday (n = -1: the last), counting from day `from` of the
 * month; null when there is none.
 */
export function nthWeekdayOfMonth(year: number, month: number, n: number, weekday: number, from = 1): number | null {
	const first = utcDay(year, month, from);
	const days = getDaysInMonth(first);
	const firstMatch = from + ((weekday - getISODay(first) + 7) % 7);
	const day = n > 0 ? firstMatch + 7 * (n - 1) : firstMatch + 7 * Math.floor((days - firstMatch) / 7);
	return day >= from && day <= days ? day : null;
}

/**
 * Western (Gregorian) Easter Sunday of a year, by the anonymous Gregorian computus (Meeus/Jones/Butcher);
 * null before 1583, when the Gregorian calendar did not yet exist.
 */
export function westernEaster(year: number): UTCDate | null {
	if (year < 1583) return null;
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const n = h + l - 7 * m + 114;
	return utcDay(year, Math.floor(n / 31), (n % 31) + 1);
}

/**
 * Orthodox Easter Sunday of a year on the Gregorian calendar: the Julian computus (Meeus) gives a day of
 * the Julian calendar, which runs behind the Gregorian one by a day for each century year not divisible by
 * 400 since 1582 (13 days from 1900 to 2099). Null before 1583.
 */
export function orthodoxEaster(year: number): UTCDate | null {
	if (year < 1583) return null;
	const d = (19 * (year % 19) + 15) % 30;
	const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
	const n = d + e + 114;
	const behind = Math.floor(year / 100) - Math.floor(year / 400) - 2;
	const sunday: UTCDate = addDays(utcDay(year, Math.floor(n / 31), (n % 31) + 1), behind);
	return sunday;
}

/** ISO weekday (Monday 1 … Sunday 7) of a date. */
export function isoWeekday(date: Date): number {
	return getISODay(new UTCDate(date.getTime()));
}
