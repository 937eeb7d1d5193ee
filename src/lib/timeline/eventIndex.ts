/**
 * The dated events of the current view, indexed for the two questions every frame asks: which events of
 * a lane overlap the window (to draw them one by one), and how many of them, by type, fall in each bin
 * (to draw their density). Events are split by lane and by duration class (the unit of the time ladder
 * their length fits in), so a window query scans only events that can reach the window, and bin counts
 * come from binary searches over sorted midpoints with running counts per type: the cost of a frame
 * depends on the bins drawn, not on the number of events.
 *
 * A row may stand for more events than itself: a window of a large store sends a large stack of events
 * at one time as one member with the counts of the rest (`extra`). Counts by type and `weightInWindow`
 * include them; `countInWindow` and `eventsInWindow` speak of rows, which is what the marks are made of.
 */
import type { EventSummary } from '../api';
import { EVENT_TYPES } from '../model';
import { TIME_UNITS, unitClassOf } from './timeUnits';

const TYPES = EVENT_TYPES.length;

export interface Bucket {
	/** Event indices sorted by start, and their starts. */
	byStart: Int32Array;
	starts: Float64Array;
	/** Event indices sorted by midpoint, their midpoints, and running counts per type (`(k + 1) * TYPES`) and in all. */
	byMid: Int32Array;
	mids: Float64Array;
	typeCounts: Int32Array;
	weights: Int32Array;
	longest: number;
}

export interface EventIndex {
	events: EventSummary[];
	typeOf: Uint8Array;
	laneOf: Uint16Array;
	/** Counts by type of the events a row stands for besides itself, for the rows that stand for more. */
	extra: Map<number, Int32Array>;
	/** `buckets[lane][durationClass]`, undefined where empty. */
	buckets: (Bucket | undefined)[][];
}

const typeIndex = new Map(EVENT_TYPES.map((t, i) => [t, i]));

/** `events` must all be dated. */
export function buildEventIndex(events: EventSummary[], laneOf: Uint16Array, laneCount: number, extra: Map<number, Int32Array> = new Map()): EventIndex {
	const typeOf = new Uint8Array(events.length);
	const groups: number[][][] = Array.from({ length: laneCount }, () => Array.from({ length: TIME_UNITS.length }, () => []));
	events.forEach((e, i) => {
		typeOf[i] = typeIndex.get(e.type) ?? TYPES - 1;
		const time = e.time!;
		groups[laneOf[i]][unitClassOf(time.end - time.start)].push(i);
	});
	const buckets = groups.map((lane) =>
		lane.map((members) => {
			if (members.length === 0) return undefined;
			const byStart = Int32Array.from(members).sort((a, b) => events[a].time!.start - events[b].time!.start || a - b);
			const mid = (i: number) => (events[i].time!.start + events[i].time!.end) / 2;
			const byMid = Int32Array.from(members).sort((a, b) => mid(a) - mid(b) || a - b);
			const typeCounts = new Int32Array((members.length + 1) * TYPES);
			const weights = new Int32Array(members.length + 1);
			for (let k = 0; k < byMid.length; k++) {
				for (let t = 0; t < TYPES; t++) typeCounts[(k + 1) * TYPES + t] = typeCounts[k * TYPES + t];
				typeCounts[(k + 1) * TYPES + typeOf[byMid[k]]]++;
				weights[k + 1] = weights[k] + 1;
				const more = extra.get(byMid[k]);
				if (more) {
					for (let t = 0; t < TYPES; t++) {
						typeCounts[(k + 1) * TYPES + t] += more[t];
						weights[k + 1] += more[t];
					}
				}
			}
			let longest = 0;
			for (const i of members) longest = Math.max(longest, events[i].time!.end - events[i].time!.start);
			return {
				byStart,
				starts: Float64Array.from(byStart, (i) => events[i].time!.start),
				byMid,
				mids: Float64Array.from(byMid, mid),
				typeCounts,
				weights,
				longest
			};
		})
	);
	return { events, typeOf, laneOf, extra, buckets };
}

/** First index in a sorted array whose value is at least `v`. */
export function lowerBound(sorted: Float64Array | number[], v: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const m = (lo + hi) >>> 1;
		if (sorted[m] < v) lo = m + 1;
		else hi = m;
	}
	return lo;
}

/** Events of a lane overlapping `[t0, t1)`, in the given duration classes, appended to `out`. */
export function eventsInWindow(index: EventIndex, lane: number, t0: number, t1: number, fromClass = 0, toClass = TIME_UNITS.length - 1, out: number[] = []): number[] {
	const buckets = index.buckets[lane];
	for (let c = fromClass; c <= toClass; c++) {
		const b = buckets[c];
		if (!b) continue;
		const end = lowerBound(b.starts, t1);
		for (let k = lowerBound(b.starts, t0 - b.longest); k < end; k++) {
			const i = b.byStart[k];
			if (index.events[i].time!.end > t0) out.push(i);
		}
	}
	return out;
}

/** How many rows of a lane have their midpoint in `[t0, t1)`, over the given duration classes. */
export function countInWindow(index: EventIndex, lane: number, t0: number, t1: number, fromClass = 0, toClass = TIME_UNITS.length - 1): number {
	let n = 0;
	const buckets = index.buckets[lane];
	for (let c = fromClass; c <= toClass; c++) {
		const b = buckets[c];
		if (b) n += lowerBound(b.mids, t1) - lowerBound(b.mids, t0);
	}
	return n;
}

/** How many events (rows and those they stand for) of a lane have their midpoint in `[t0, t1)`. */
export function weightInWindow(index: EventIndex, lane: number, t0: number, t1: number): number {
	let n = 0;
	for (const b of index.buckets[lane]) if (b) n += b.weights[lowerBound(b.mids, t1)] - b.weights[lowerBound(b.mids, t0)];
	return n;
}

/** The events a row stands for, itself included. */
export function sizeOf(index: EventIndex, i: number): number {
	const more = index.extra.get(i);
	if (!more) return 1;
	let n = 1;
	for (let t = 0; t < TYPES; t++) n += more[t];
	return n;
}

/** Adds the counts by type of the events rows stand for into `out` (`TYPES` entries from `at`). */
export function addTypeCounts(index: EventIndex, rows: readonly number[], out: Int32Array, at = 0): void {
	for (const i of rows) {
		out[at + index.typeOf[i]]++;
		const more = index.extra.get(i);
		if (more) for (let t = 0; t < TYPES; t++) out[at + t] += more[t];
	}
}

/**
 * Counts by type of the events of a lane whose midpoint falls in each bin `[bounds[j], bounds[j + 1])`,
 * over duration classes `0..toClass`, added into `out` (`(bounds.length - 1) * TYPES` entries).
 */
export function countBins(index: EventIndex, lane: number, bounds: number[], toClass: number, out: Int32Array): void {
	const buckets = index.buckets[lane];
	for (let c = 0; c <= toClass; c++) {
		const b = buckets[c];
		if (!b) continue;
		let lo = lowerBound(b.mids, bounds[0]);
		for (let j = 0; j + 1 < bounds.length; j++) {
			const hi = lowerBound(b.mids, bounds[j + 1]);
			if (hi > lo) for (let t = 0; t < TYPES; t++) out[j * TYPES + t] += b.typeCounts[hi * TYPES + t] - b.typeCounts[lo * TYPES + t];
			lo = hi;
		}
	}
}

export const TYPE_COUNT = TYPES;
