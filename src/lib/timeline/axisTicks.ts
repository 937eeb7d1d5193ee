/**
 * The multi-scale axis: a row of ticks in the finest unit that leaves room for its labels, and above it a
 * row of context spans (the month at day level, the day at hour level) so the labels always say where
 * one is. Positions are linear in `[t0, t1) → [0, width)`, the same mapping as the timeline's scale.
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { TIME_UNITS, unitBoundaries, type TimeUnit, type UnitName } from './timeUnits';

export interface AxisTick {
	time: number;
	x: number;
	label: string;
}

export interface AxisContext {
	start: number;
	end: number;
	/** Where the context begins on screen, clamped to the axis so its label stays in view. */
	x0: number;
	x1: number;
	label: string;
}

export interface AxisTicks {
	unit: UnitName;
	ticks: AxisTick[];
	context: AxisContext[];
}

/** Room each unit's labels need, in pixels between ticks. */
const MIN_SPACING: Record<UnitName, number> = {
	hour: 52,
	'3 hours': 52,
	'6 hours': 52,
	'12 hours': 52,
	day: 30,
	week: 56,
	month: 40,
	quarter: 40,
	year: 46,
	'5 years': 46,
	decade: 52,
	'50 years': 52,
	century: 60
};

function utc(t: number): UTCDate {
	return new UTCDate(t);
}

function tickLabel(unit: UnitName, t: number, spacing: number): string {
	const d = utc(t);
	switch (unit) {
		case 'hour':
		case '3 hours':
		case '6 hours':
		case '12 hours':
			return format(d, 'HH:mm');
		case 'day':
			return spacing >= 64 ? format(d, 'EEE d') : format(d, 'd');
		case 'week':
			return format(d, 'd MMM');
		case 'month':
		case 'quarter':
			return spacing >= 84 ? format(d, 'MMMM') : format(d, 'MMM');
		case 'year':
		case '5 years':
			return format(d, 'y');
		case 'decade':
		case '50 years':
			return `${format(d, 'y')}s`;
		case 'century':
			return `${format(d, 'y')}s`;
	}
}

/** The unit that frames a tick unit's labels, and how its label reads; none above the year. */
function contextOf(unit: UnitName): { unit: TimeUnit; label: (t: number) => string } | null {
	const find = (name: UnitName) => TIME_UNITS.find((u) => u.name === name)!;
	switch (unit) {
		case 'hour':
		case '3 hours':
		case '6 hours':
		case '12 hours':
			return { unit: find('day'), label: (t) => format(utc(t), 'EEE d MMMM y') };
		case 'day':
			return { unit: find('month'), label: (t) => format(utc(t), 'MMMM y') };
		case 'week':
		case 'month':
		case 'quarter':
			return { unit: find('year'), label: (t) => format(utc(t), 'y') };
		default:
			return null;
	}
}

export function chooseTickUnit(t0: number, t1: number, width: number): number {
	const msPerPixel = (t1 - t0) / Math.max(width, 1);
	for (let i = 0; i < TIME_UNITS.length; i++) {
		const unit = TIME_UNITS[i];
		if (unit.approxMs / msPerPixel >= MIN_SPACING[unit.name]) return i;
	}
	return TIME_UNITS.length - 1;
}

export function axisTicks(t0: number, t1: number, width: number): AxisTicks {
	const unit = TIME_UNITS[chooseTickUnit(t0, t1, width)];
	const k = width / (t1 - t0);
	const x = (t: number) => (t - t0) * k;
	const spacing = unit.approxMs * k;
	const ticks = unitBoundaries(unit, t0, t1)
		.filter((t) => t >= t0 && t <= t1)
		.map((t) => ({ time: t, x: x(t), label: tickLabel(unit.name, t, spacing) }));
	const frame = contextOf(unit.name);
	const context: AxisContext[] = [];
	if (frame) {
		const bounds = unitBoundaries(frame.unit, t0, t1);
		for (let i = 0; i + 1 < bounds.length; i++) {
			const start = bounds[i];
			const end = bounds[i + 1];
			context.push({ start, end, x0: Math.max(0, x(start)), x1: Math.min(width, x(end)), label: frame.label(start) });
		}
	}
	return { unit: unit.name, ticks, context };
}
