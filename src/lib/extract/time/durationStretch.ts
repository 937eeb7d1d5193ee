import type { Granularity } from '$lib/model';
import { addUnits, pointAt, spanOfPoint } from './calendarMath';
import { formatValue, type CalendarPoint } from './calendarPoint';
import type { DurationUnit } from './calendarWords';
import { durationValue } from './durationValue';

/**
 * The stretch of the calendar a duration covers when the text ties it to a time: "the past three months"
 * ends with the day of writing, "the coming weeks" starts with it, "the six months ended Aug. 12" ends
 * with Aug. 12. The stretch takes in that whole day, and reaches back (or ahead) by the amount, counted
 * with date-fns. A vague amount ("the past few weeks", "in recent months") reaches as far as the word
 * allows (see `VAGUE_REACH`), so that the interval holds the truth; such stretches are approximate.
 *
 * Its value is ISO 8601's interval of a duration and an end (`P3M/2021-09-06`) or a start and a duration
 * (`2021-09-06/P4W`); its granularity is the unit counted.
 */

export interface Stretch {
	start: number;
	end: number;
	granularity: Granularity;
	value: string;
	/**
	 * A stretch of three, six or twelve months ("the six months ended Aug. 12"): the period it is, labelled
	 * by the calendar quarter, half or year holding most of it, for the comparisons that count from it.
	 */
	period?: CalendarPoint;
}

/** How many units a vague quantity reaches, by its word; the default for "recent", "coming", "ahead". */
export const VAGUE_REACH: Record<string, number> = {
	couple: 2,
	few: 4,
	several: 7,
	some: 6,
	number: 8,
	many: 12,
	dozens: 60,
	scores: 60,
	hundreds: 600,
	default: 6
};

const GRANULARITY: Record<DurationUnit, Granularity> = {
	second: 'day',
	minute: 'day',
	hour: 'day',
	day: 'day',
	week: 'week',
	month: 'month',
	quarter: 'quarter',
	year: 'year',
	decade: 'decade',
	century: 'century',
	millennium: 'century'
};

/** Moves an instant by an amount of a unit, with date-fns (via `addUnits`). */
function shift(instant: number, unit: DurationUnit, amount: number): number {
	const d = new Date(instant);
	switch (unit) {
		case 'second':
			return addUnits(d, 'minute', amount / 60).getTime();
		case 'millennium':
			return addUnits(d, 'century', amount * 10).getTime();
		default:
			return addUnits(d, unit, amount).getTime();
	}
}

/** A stretch of three, six or twelve months as a period: the calendar one holding most of it, bounded by the stretch. */
function periodOf(start: number, end: number, unit: DurationUnit, amount: number): CalendarPoint | undefined {
	const months = unit === 'month' ? amount : unit === 'quarter' ? amount * 3 : unit === 'year' ? amount * 12 : 0;
	const g: Granularity | null = months === 3 ? 'quarter' : months === 6 ? 'half' : months === 12 ? 'year' : null;
	if (!g) return undefined;
	const calendar = pointAt(new Date((start + end) / 2), g);
	const span = spanOfPoint(calendar);
	return span && span.start === start && span.end === end ? calendar : { ...calendar, bounds: { start, end } };
}

/**
 * The stretch of `amount` units (null: vague, reaching `reach`) ending with the day `day` (direction
 * `back`) or starting with it (`ahead`). Null when the day is not a day on the calendar.
 */
export function stretchFrom(day: CalendarPoint, direction: 'back' | 'ahead', amount: number, unit: DurationUnit): Stretch | null {
	const daySpan = spanOfPoint(day);
	if (!daySpan || amount <= 0) return null;
	const dayValue = formatValue(day);
	const duration = durationValue(amount, unit);
	if (direction === 'back') {
		const start = shift(daySpan.end, unit, -amount);
		return { start, end: daySpan.end, granularity: GRANULARITY[unit], value: `${duration}/${dayValue}`, period: periodOf(start, daySpan.end, unit, amount) };
	}
	const end = shift(daySpan.start, unit, amount);
	return { start: daySpan.start, end, granularity: GRANULARITY[unit], value: `${dayValue}/${duration}` };
}
