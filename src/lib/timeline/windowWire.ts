/**
 * A window of a large store on the wire: what `/api/events` answers for a stretch of time at one bin
 * resolution. Each lane either comes whole (every event overlapping the stretch, to be drawn one by one)
 * or as density: counts by type in calendar bins, plus the long events (those longer than a bin), with
 * events of exactly the same time summarized as one stack of known size. The server encodes, the page
 * decodes, and both ends compute the bins' boundaries with the same calendar (`unitBoundaries`).
 */
import type { EventSummary } from '../api';
import { EVENT_TYPES } from '../model';
import type { Lane } from './lanes';
import { decodeTimeline, WireError, type TimelineWire } from './timelineWire';
import { resolutionUnit, TIME_UNITS, unitBoundaries } from './timeUnits';

const TYPES = EVENT_TYPES.length;
/** Bins in one answer at most: a window a few screens wide at the finest bins a screen shows. */
export const MAX_BINS = 4000;

export interface WindowWire {
	format: 'dateline-window/1';
	/** The stretch covered, from the start of its first bin to the end of its last. */
	from: number;
	to: number;
	resolution: string;
	lanes: Lane[];
	/** Events overlapping the stretch, per lane, and whether every one of them is in `events`. */
	inRange: number[];
	complete: (0 | 1)[];
	events: TimelineWire;
	/** Each row's lane, and the stack it stands for (an index into `stacks`) or -1. */
	laneOf: number[];
	stackOf: number[];
	/** Stacks summarized: `[size, ...counts by type]`. */
	stacks: number[][];
	/** Nonzero bins of the lanes that are not whole, flattened: `lane, bin, ...counts by type`. */
	bins: number[];
	/** Dated events the filter matches in the whole store. */
	matched: number;
}

export interface WindowStack {
	size: number;
	/** Counts by type, in `EVENT_TYPES` order. */
	counts: Int32Array;
}

export interface WindowData {
	from: number;
	to: number;
	/** Index into `TIME_UNITS` of the bins, and their boundaries. */
	unit: number;
	bounds: number[];
	lanes: Lane[];
	inRange: number[];
	complete: boolean[];
	/** Events in chronological order: whole lanes' events, stacks' first members, the selected event. */
	events: EventSummary[];
	laneOf: Uint16Array;
	stackOf: Int32Array;
	stacks: WindowStack[];
	/** Per lane, counts by type per bin (`bins × types`), for lanes that are not whole; null for whole ones. */
	bins: (Int32Array | null)[];
	matched: number;
}

export function decodeWindow(wire: WindowWire): WindowData {
	if (wire?.format !== 'dateline-window/1') throw new WireError('Not a Dateline window: the server answered in an unknown format.');
	const unit = resolutionUnit(wire.resolution);
	if (unit < 0) throw new WireError(`Unknown resolution "${String(wire.resolution)}".`);
	const events = decodeTimeline(wire.events);
	const lanes = wire.lanes;
	if (wire.laneOf.length !== events.length || wire.stackOf.length !== events.length) throw new WireError('The window has rows without lanes.');
	const bounds = unitBoundaries(TIME_UNITS[unit], wire.from, wire.to, MAX_BINS + 1);
	const binCount = bounds.length - 1;
	const bins: (Int32Array | null)[] = lanes.map((_, lane) => (wire.complete[lane] ? null : new Int32Array(binCount * TYPES)));
	const stride = 2 + TYPES;
	for (let i = 0; i + stride <= wire.bins.length; i += stride) {
		const lane = wire.bins[i];
		const bin = wire.bins[i + 1];
		const target = bins[lane];
		if (!target || bin < 0 || bin >= binCount) throw new WireError('The window has a bin outside its stretch.');
		for (let t = 0; t < TYPES; t++) target[bin * TYPES + t] = wire.bins[i + 2 + t];
	}
	for (const lane of wire.laneOf) if (!(lane >= 0 && lane < lanes.length)) throw new WireError('The window has a row in an unknown lane.');
	return {
		from: wire.from,
		to: wire.to,
		unit,
		bounds,
		lanes,
		inRange: wire.inRange,
		complete: wire.complete.map((c) => c === 1),
		events,
		laneOf: Uint16Array.from(wire.laneOf),
		stackOf: Int32Array.from(wire.stackOf),
		stacks: wire.stacks.map(([size, ...counts]) => ({ size, counts: Int32Array.from(counts) })),
		bins,
		matched: wire.matched
	};
}

/** The whole view's density for the overview strip: events per bin, all lanes together, by midpoint. */
export interface DensityWire {
	format: 'dateline-density/1';
	from: number;
	to: number;
	resolution: string;
	counts: number[];
}
