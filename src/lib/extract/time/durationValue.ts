import type { DurationUnit } from './calendarWords';

/**
 * TIMEX3 duration values from an amount and a unit: `P3W`, `P2Y6M` for two and a half years,
 * `PT1H30M`, `PXD` for "a few days". A duration is written in the unit the text counts ("18 months" is
 * `P18M`, not `P1Y6M`), quarters too (`P2Q`, as TimeBank writes them); decades and centuries in years,
 * as ISO 8601 and TimeBank mostly do. A fraction goes into the next finer unit when it
 * comes out whole there, and stays a decimal otherwise (`P1.5W` is ten and a half days).
 */

interface UnitSpec {
	letter: string;
	time: boolean;
	/** The next finer unit and how many of it make one of this. */
	finer?: [DurationUnit, number];
	/** Written as a multiple of another unit. */
	as?: [DurationUnit, number];
}

const UNITS: Record<DurationUnit, UnitSpec> = {
	second: { letter: 'S', time: true },
	minute: { letter: 'M', time: true, finer: ['second', 60] },
	hour: { letter: 'H', time: true, finer: ['minute', 60] },
	day: { letter: 'D', time: false, finer: ['hour', 24] },
	week: { letter: 'W', time: false, finer: ['day', 7] },
	month: { letter: 'M', time: false },
	quarter: { letter: 'Q', time: false, finer: ['month', 3] },
	year: { letter: 'Y', time: false, finer: ['month', 12] },
	decade: { letter: 'Y', time: false, as: ['year', 10] },
	century: { letter: 'Y', time: false, as: ['year', 100] },
	millennium: { letter: 'Y', time: false, as: ['year', 1000] }
};

const part = (amount: number, unit: DurationUnit) => `${amount}${UNITS[unit].letter}`;

function body(amount: number, unit: DurationUnit): { date: string; time: string } {
	const spec = UNITS[unit];
	if (spec.as) return body(amount * spec.as[1], spec.as[0]);
	const whole = Math.trunc(amount);
	const fraction = Math.round((amount - whole) * 1e6) / 1e6;
	if (fraction === 0) return put(whole, unit, '', '');
	if (spec.finer && Number.isInteger(Math.round(fraction * spec.finer[1] * 1e6) / 1e6)) {
		const head = whole ? put(whole, unit, '', '') : { date: '', time: '' };
		return put(Math.round(fraction * spec.finer[1]), spec.finer[0], head.date, head.time);
	}
	return put(Math.round(amount * 1000) / 1000, unit, '', '');
}

/** Adds `a` of unit `u` to the date or time part of a value. */
function put(a: number, u: DurationUnit, date: string, time: string): { date: string; time: string } {
	return UNITS[u].time ? { date, time: time + part(a, u) } : { date: date + part(a, u), time };
}

/** The TIMEX3 value of a duration: `amount` null means an unspecified number (`PXD`). */
export function durationValue(amount: number | null, unit: DurationUnit): string {
	const spec = UNITS[unit];
	if (amount === null) {
		const target = spec.as ? spec.as[0] : unit;
		return UNITS[target].time ? `PTX${UNITS[target].letter}` : `PX${UNITS[target].letter}`;
	}
	const { date, time } = body(amount, unit);
	return `P${date}${time ? `T${time}` : ''}`;
}

/** Each unit as a whole number of one of the units a compound value is written in. */
const COMPOUND_BASE: Record<DurationUnit, [string, number]> = {
	millennium: ['Y', 1000],
	century: ['Y', 100],
	decade: ['Y', 10],
	year: ['Y', 1],
	quarter: ['M', 3],
	month: ['M', 1],
	week: ['D', 7],
	day: ['D', 1],
	hour: ['H', 1],
	minute: ['TM', 1],
	second: ['S', 1]
};

/**
 * The value of a duration told in several units ("three years and a month": `P3Y1M`; "two weeks and
 * three days": `P17D`, since ISO 8601 writes weeks alone), or null unless every amount is whole but the
 * seconds that end it.
 */
export function compoundDurationValue(parts: readonly { amount: number; unit: DurationUnit }[]): string | null {
	const sums: Record<string, number> = {};
	for (const [i, { amount, unit }] of parts.entries()) {
		// ISO 8601 lets only the last, smallest part carry a fraction: "3 minutes 48.95 seconds" is PT3M48.95S.
		const fractionAllowed = unit === 'second' && i === parts.length - 1;
		if ((!Number.isInteger(amount) && !fractionAllowed) || amount <= 0) return null;
		const [letter, times] = COMPOUND_BASE[unit];
		sums[letter] = (sums[letter] ?? 0) + amount * times;
	}
	const date = ['Y', 'M', 'D'].map((l) => (sums[l] ? `${sums[l]}${l}` : '')).join('');
	const time = ['H', 'TM', 'S'].map((l) => (sums[l] ? `${sums[l]}${l === 'TM' ? 'M' : l}` : '')).join('');
	return `P${date}${time ? `T${time}` : ''}`;
}
