/**
 * How a time reads on screen: at its own granularity and no finer ("Aug 2021", "1980s", "week of 9 Aug
 * 2021"), with the words its modifier and hedging call for ("about", "on or before", "early"). A span is
 * never shown more precisely than it is known. Everything is formatted in UTC, the nominal calendar of
 * spans: a clock time reads as the text gives it ("14:30" of "2.30pm EST"), so no zone is claimed. Years
 * are written with their own digits ("793", not "0793").
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, addHours, addMinutes, addMonths, addYears, format } from 'date-fns';
import type { Granularity, TimexMod } from '../model';

export interface SpanLike {
	start: number;
	end: number;
	granularity: Granularity;
	value: string;
	approximate: boolean;
	mod?: TimexMod;
}

const GRANULARITY_NAMES: Record<Granularity, string> = {
	minute: 'minute',
	hour: 'hour',
	partofday: 'part of a day',
	day: 'day',
	week: 'week',
	month: 'month',
	season: 'season',
	quarter: 'quarter',
	half: 'half-year',
	year: 'year',
	decade: 'decade',
	century: 'century'
};

export function granularityName(g: Granularity): string {
	return GRANULARITY_NAMES[g];
}

const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };

function utc(t: number): UTCDate {
	return new UTCDate(t);
}

/**
 * The weekday a day's label starts with: none before the Gregorian calendar (15 October 1582), where the
 * text's date is most likely Julian and the proleptic Gregorian day of the span would give a wrong weekday.
 */
function weekday(d: UTCDate): string {
	return d.getTime() < GREGORIAN_REFORM ? '' : 'EEE ';
}
const GREGORIAN_REFORM = Date.UTC(1582, 9, 15);

function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The end of one unit of `granularity` starting at `start`, or null where the length is not fixed. */
function oneUnitEnd(start: number, granularity: Granularity, value: string): number | null {
	const d = utc(start);
	switch (granularity) {
		case 'minute':
			return addMinutes(d, 1).getTime();
		case 'hour':
			return addHours(d, 1).getTime();
		case 'day':
			return addDays(d, 1).getTime();
		case 'week':
			return addDays(d, value.endsWith('-WE') ? 2 : 7).getTime();
		case 'month':
			return addMonths(d, 1).getTime();
		case 'season':
		case 'quarter':
			return addMonths(d, 3).getTime();
		case 'half':
			return addMonths(d, 6).getTime();
		case 'year':
			return addYears(d, 1).getTime();
		case 'decade':
			return addYears(d, 10).getTime();
		case 'century':
			return addYears(d, 100).getTime();
		default:
			return null;
	}
}

/** One unit of the calendar at a granularity, starting at `t`. */
function unitLabel(t: number, granularity: Granularity, value: string): string {
	const d = utc(t);
	switch (granularity) {
		case 'minute':
			return format(d, `${weekday(d)}d MMM y, HH:mm`);
		case 'hour':
			return format(d, `${weekday(d)}d MMM y, HH:00`);
		case 'partofday': {
			const part = PARTS_OF_DAY[/T([A-Z]{2})$/.exec(value)?.[1] ?? ''];
			return part ? `${format(d, `${weekday(d)}d MMM y`)}, ${part}` : format(d, `${weekday(d)}d MMM y`);
		}
		case 'day':
			return format(d, `${weekday(d)}d MMM y`);
		case 'week':
			return value.endsWith('-WE') ? `weekend of ${format(d, 'd MMM y')}` : `week of ${format(d, 'd MMM y')}`;
		case 'month':
			return format(d, 'MMM y');
		case 'season': {
			const season = SEASONS[/-(SP|SU|FA|WI)$/.exec(value)?.[1] ?? ''];
			return season ? `${season} ${format(d, 'y')}` : `${format(d, 'MMM y')} (season)`;
		}
		case 'quarter':
			return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${format(d, 'y')}`;
		case 'half':
			return `${d.getUTCMonth() < 6 ? 'first' : 'second'} half of ${format(d, 'y')}`;
		case 'year':
			// "AD 14": a bare number of two or three digits would not read as a year.
			return d.getUTCFullYear() < 1000 ? `AD ${format(d, 'y')}` : format(d, 'y');
		case 'decade':
			return `${format(d, 'y')}s`;
		case 'century':
			return `${ordinal(Math.floor(d.getUTCFullYear() / 100) + 1)} century`;
	}
}

/** A run of several units: "13–15 Aug 2021", "Aug – Oct 2021", "1980s – 1990s", "Thu 17 Jul 2014, 10:00–15:00". */
function rangeLabel(start: number, end: number, granularity: Granularity, value: string): string {
	const a = utc(start);
	const last = utc(end - 1);
	if (granularity === 'day') {
		if (format(a, 'y-MM') === format(last, 'y-MM')) return `${format(a, 'd')}–${format(last, 'd MMM y')}`;
		if (format(a, 'y') === format(last, 'y')) return `${format(a, 'd MMM')} – ${format(last, 'd MMM y')}`;
		return `${format(a, 'd MMM y')} – ${format(last, 'd MMM y')}`;
	}
	if ((granularity === 'hour' || granularity === 'minute') && format(a, 'y-MM-dd') === format(last, 'y-MM-dd')) {
		return `${format(a, `${weekday(a)}d MMM y, HH:mm`)}–${format(last, granularity === 'hour' ? 'HH:00' : 'HH:mm')}`;
	}
	if (granularity === 'month' && format(a, 'y') === format(last, 'y')) return `${format(a, 'MMM')} – ${format(last, 'MMM y')}`;
	if (granularity === 'year') return `${format(a, 'y')}–${format(last, 'y')}`;
	const lastStart = granularity === 'decade' ? Date.UTC(Math.floor(last.getUTCFullYear() / 10) * 10, 0, 1) : end - 1;
	return `${unitLabel(start, granularity, value)} – ${unitLabel(lastStart, granularity, value)}`;
}

/** The calendar part of a label, without modifiers. */
export function calendarLabel(span: Pick<SpanLike, 'start' | 'end' | 'granularity' | 'value'>): string {
	const single = oneUnitEnd(span.start, span.granularity, span.value);
	if (single !== null && span.end > single) return rangeLabel(span.start, span.end, span.granularity, span.value);
	return unitLabel(span.start, span.granularity, span.value);
}

const MOD_WORDS: Partial<Record<TimexMod, (label: string) => string>> = {
	BEFORE: (l) => `before ${l}`,
	LESS_THAN: (l) => `before ${l}`,
	AFTER: (l) => `after ${l}`,
	MORE_THAN: (l) => `after ${l}`,
	ON_OR_BEFORE: (l) => `on or before ${l}`,
	EQUAL_OR_LESS: (l) => `on or before ${l}`,
	ON_OR_AFTER: (l) => `on or after ${l}`,
	EQUAL_OR_MORE: (l) => `on or after ${l}`,
	START: (l) => `early ${l}`,
	MID: (l) => `mid-${l}`,
	END: (l) => `late ${l}`,
	APPROX: (l) => `about ${l}`
};

/**
 * Where in a period a START, MID or END modifier places it, for labels that read as a phrase ("week of 9
 * Aug 2021", "first half of 2021") or as one day, where "late week of …" or "mid-Fri 13 Aug" would not
 * read as English.
 */
function partOfPeriodWords(mod: TimexMod, granularity: Granularity): ((label: string) => string) | undefined {
	const phrase = granularity === 'week' || granularity === 'half';
	const day = granularity === 'day' || granularity === 'partofday';
	if (!phrase && !day) return undefined;
	switch (mod) {
		case 'START':
			return (l) => (phrase ? `early in the ${l}` : `early on ${l}`);
		case 'MID':
			return (l) => `in the middle of ${phrase ? 'the ' : ''}${l}`;
		case 'END':
			return (l) => (phrase ? `late in the ${l}` : `late on ${l}`);
		default:
			return undefined;
	}
}

/**
 * Whether a span is the part of its period before or after the time it was counted from ("earlier this
 * month" said on the 6th: 1–6 September): its days say more than "early" or "late" would.
 */
function isCutPeriod(span: SpanLike): boolean {
	if (span.mod !== 'START' && span.mod !== 'END') return false;
	const single = oneUnitEnd(span.start, span.granularity, span.value);
	return single !== null && span.end < single;
}

/** The full label: "about Aug 2021", "on or before Sat 14 Aug 2021", "1980s". */
export function spanLabel(span: SpanLike): string {
	if (isCutPeriod(span)) {
		const days = rangeLabel(span.start, span.end, 'day', span.value);
		return span.approximate ? `about ${days}` : days;
	}
	const label = calendarLabel(span);
	const words = span.mod ? (partOfPeriodWords(span.mod, span.granularity) ?? MOD_WORDS[span.mod]) : undefined;
	if (words) return span.approximate && span.mod !== 'APPROX' ? `${words(label)} (approximate)` : words(label);
	return span.approximate ? `about ${label}` : label;
}

/** Which side a span is open on: "before X" extends into the past, "after X" into the future. */
export function openSide(mod: TimexMod | undefined): 'before' | 'after' | null {
	switch (mod) {
		case 'BEFORE':
		case 'LESS_THAN':
		case 'ON_OR_BEFORE':
		case 'EQUAL_OR_LESS':
			return 'before';
		case 'AFTER':
		case 'MORE_THAN':
		case 'ON_OR_AFTER':
		case 'EQUAL_OR_MORE':
			return 'after';
		default:
			return null;
	}
}
