/**
 * The ladder of calendar units the timeline steps through as it zooms, finest first. The axis picks its
 * tick unit from it and the density bins their width, so ticks and bins always agree. Calendar arithmetic
 * is d3-time's, in UTC.
 */
import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3';

export type UnitName = 'hour' | '3 hours' | '6 hours' | '12 hours' | 'day' | 'week' | 'month' | 'quarter' | 'year' | '5 years' | 'decade' | '50 years' | 'century';

export interface TimeUnit {
	name: UnitName;
	interval: TimeInterval;
	/** Typical length, for choosing a unit by pixels (months and years vary). */
	approxMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.2425 * DAY;

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	return step === 1 ? interval : interval.every(step)!;
}

export const TIME_UNITS: readonly TimeUnit[] = [
	{ name: 'hour', interval: utcHour, approxMs: HOUR },
	{ name: '3 hours', interval: every(utcHour, 3), approxMs: 3 * HOUR },
	{ name: '6 hours', interval: every(utcHour, 6), approxMs: 6 * HOUR },
	{ name: '12 hours', interval: every(utcHour, 12), approxMs: 12 * HOUR },
	{ name: 'day', interval: utcDay, approxMs: DAY },
	{ name: 'week', interval: utcMonday, approxMs: 7 * DAY },
	{ name: 'month', interval: utcMonth, approxMs: YEAR / 12 },
	{ name: 'quarter', interval: every(utcMonth, 3), approxMs: YEAR / 4 },
	{ name: 'year', interval: utcYear, approxMs: YEAR },
	{ name: '5 years', interval: every(utcYear, 5), approxMs: 5 * YEAR },
	{ name: 'decade', interval: every(utcYear, 10), approxMs: 10 * YEAR },
	{ name: '50 years', interval: every(utcYear, 50), approxMs: 50 * YEAR },
	{ name: 'century', interval: every(utcYear, 100), approxMs: 100 * YEAR }
];

export function unitIndex(name: UnitName): number {
	return TIME_UNITS.findIndex((u) => u.name === name);
}

/**
 * The finest unit of the ladder that is at least as long as `durationMs` (a span of one unit, with some
 * slack for months and years of unequal length); the coarsest for anything longer.
 */
export function unitClassOf(durationMs: number): number {
	for (let i = 0; i < TIME_UNITS.length; i++) if (durationMs <= TIME_UNITS[i].approxMs * 1.1) return i;
	return TIME_UNITS.length - 1;
}

/** The finest unit whose length on screen, at `msPerPixel`, is at least `minPixels`. */
export function unitForPixels(msPerPixel: number, minPixels: number, from = 0): number {
	for (let i = from; i < TIME_UNITS.length; i++) if (TIME_UNITS[i].approxMs / msPerPixel >= minPixels) return i;
	return TIME_UNITS.length - 1;
}

/** Unit boundaries covering `[t0, t1)`: the floor of `t0`, then every boundary up to and including the first at or after `t1`. */
export function unitBoundaries(unit: TimeUnit, t0: number, t1: number, limit = 5000): number[] {
	const first = unit.interval.floor(new Date(t0)).getTime();
	const out = [first];
	let t = first;
	while (t < t1 && out.length < limit) {
		const next = unit.interval.offset(new Date(t), 1).getTime();
		// d3's every(n) intervals floor to multiples of n; offset from a floored date steps exactly one unit.
		if (!(next > t)) break;
		t = next;
		out.push(t);
	}
	return out;
}

/** Bins are never finer than a day: most times are known to the day at best. */
export const FINEST_BIN = unitIndex('day');

/** The unit of the density bins a view `width` pixels wide over `[t0, t1)` draws, each at least `minPixels` wide. */
export function binUnitFor(t0: number, t1: number, width: number, minPixels: number): number {
	return Math.max(FINEST_BIN, unitForPixels((t1 - t0) / Math.max(1, width), minPixels));
}

/** A bin unit as a query parameter: its name without spaces (`day`, `quarter`, `5years`). */
export function resolutionName(unit: number): string {
	return TIME_UNITS[unit].name.replace(/ /g, '');
}

/** The bin unit a resolution names, or -1 (units finer than a day are not resolutions). */
export function resolutionUnit(name: string): number {
	const unit = TIME_UNITS.findIndex((u) => u.name.replace(/ /g, '') === name);
	return unit >= FINEST_BIN ? unit : -1;
}
