/**
 * One window of a filtered view for the timeline, answered from the event columns. The timeline draws a
 * lane either mark by mark, events of exactly the same time piled into one stack, or, when its marks are
 * too many, as density: counts by type in calendar bins, with the events longer than a bin still drawn
 * as bars (and stacks of them). So for each lane this answers with its marks when they are few enough
 * (small stacks whole, large ones as a sample with their size and counts by type), and otherwise with
 * its bins and its long events' stacks.
 *
 * One pass over the events whose midpoint lies in the stretch does it all (they are contiguous in the
 * columns, which are in midpoint order, and a stack's members are neighbours there), plus a short pass
 * for events reaching in from beyond either end. The answer is bounded whatever the store: rows, stacks
 * and bins have limits, and what does not fit is counted in the bins, never dropped.
 */
import type { EventSummary } from '../api';
import { EVENT_TYPES } from '../model';
import { encodeTimeline } from '../timeline/timelineWire';
import { resolutionName, TIME_UNITS, unitBoundaries } from '../timeline/timeUnits';
import type { LaneMode } from '../timeline/viewState';
import { MAX_BINS, type WindowWire } from '../timeline/windowWire';
import { columnLanes } from './columnLanes';
import { laneMonths, MONTH, type LaneMonths } from './laneMonths';
import type { Db } from './db';
import { lowerBound, type EventColumns } from './eventColumns';
import { sparsePositions, type Mask } from './filterMasks';
import { SUMMARY_COLUMNS, summaryOf, type EventRow } from './timelineQueries';

const TYPES = EVENT_TYPES.length;

export interface WindowQuery {
	from: number;
	to: number;
	/** Index into `TIME_UNITS` of the bins. */
	unit: number;
	lanes: LaneMode;
	maxLanes: number;
	/** A lane with more marks (single events and stacks) than this in the stretch comes as density. */
	limit: number;
	/** An event to include whatever its lane shows (the selected one), if the filter keeps it. */
	event?: string | null;
}

/** Rows in one answer at most; beyond, the busiest lanes come as density. */
export const MAX_ROWS = 1500;
/** Stacks of long events per lane drawn as density (a lane has one row for them); the smallest beyond are counted in the bins. */
const MAX_STACKS = 60;
/** A stack this small comes whole; a larger one as its first member, its size and its counts by type. */
const WHOLE_STACK = 3;
const STACK_SAMPLE = 1;

/** Rows an answer with `laneCount` lanes holds at most: whole lanes' rows, long stacks of the others, the selected event. */
export function maxRows(laneCount: number): number {
	return MAX_ROWS + laneCount * MAX_STACKS * WHOLE_STACK + 1;
}

interface Stack {
	start: number;
	end: number;
	key: number;
	mid: number;
	size: number;
	counts: Int32Array;
	members: number[];
}

function stackOf(columns: EventColumns, p: number): Stack {
	return { start: columns.start[p], end: columns.end[p], key: columns.timeKey[p], mid: columns.mid[p], size: 0, counts: new Int32Array(TYPES), members: [] };
}

function add(stack: Stack, columns: EventColumns, p: number): void {
	stack.size++;
	stack.counts[columns.type[p]]++;
	if (stack.members.length < WHOLE_STACK) stack.members.push(p);
}

/**
 * Stacks of one lane built from events in midpoint order: events of one time share a midpoint, so a
 * stack is found among those of the current midpoint only.
 */
class StackRun {
	stacks: Stack[] = [];
	#mid = NaN;
	#from = 0;

	put(columns: EventColumns, p: number): void {
		const mid = columns.mid[p];
		if (mid !== this.#mid) {
			this.#mid = mid;
			this.#from = this.stacks.length;
		}
		const start = columns.start[p];
		const end = columns.end[p];
		const key = columns.timeKey[p];
		for (let i = this.#from; i < this.stacks.length; i++) {
			const s = this.stacks[i];
			if (s.start === start && s.end === end && s.key === key) return add(s, columns, p);
		}
		const s = stackOf(columns, p);
		add(s, columns, p);
		this.stacks.push(s);
	}
}

/** Stacks of events met in no particular order (those reaching into the stretch from beyond it), by start. */
function stackByTime(columns: EventColumns, stacks: Map<number, Stack[]>, p: number): void {
	const start = columns.start[p];
	let list = stacks.get(start);
	if (!list) stacks.set(start, (list = []));
	let s = list.find((x) => x.end === columns.end[p] && x.key === columns.timeKey[p]);
	if (!s) list.push((s = stackOf(columns, p)));
	add(s, columns, p);
}

function allStacks(stacks: Map<number, Stack[]>): Stack[] {
	return [...stacks.values()].flat();
}

/** The first `k < n` with `at(k) >= v`, for `at` ascending. */
function firstAtLeast(n: number, at: (k: number) => number, v: number): number {
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const m = (lo + hi) >>> 1;
		if (at(m) < v) lo = m + 1;
		else hi = m;
	}
	return lo;
}

function binOf(bounds: Float64Array, t: number): number {
	const at = lowerBound(bounds, t);
	return bounds[at] === t ? at : at - 1;
}

/** What a window holds before it is sent: per lane, its events overlapping the stretch, its bins, and either all its marks (whole) or its long events' stacks. */
interface Collected {
	inRange: Int32Array;
	/** Counts by lane, bin and type (events no longer than a bin, by midpoint): `(lane * binCount + bin) * TYPES + type`. */
	bins: Int32Array;
	whole: boolean[];
	/** Every mark of the lanes that may come whole; the stacks of the long events of every lane. */
	marks: (Stack[] | null)[];
	long: Stack[][];
}

interface Stretch {
	bounds: Float64Array;
	from: number;
	to: number;
	binCount: number;
	laneCount: number;
	laneOf: Uint16Array;
	mask: Mask | null;
}

/** Calls `visit` for each event of the classes given whose midpoint is outside the stretch but which reaches into it. */
function forEdges(columns: EventColumns, s: Stretch, fromClass: number, toClass: number, visit: (p: number) => void): void {
	const { mid, end } = columns;
	for (let c = fromClass; c <= toClass && c < columns.byClass.length; c++) {
		const run = columns.byClass[c];
		if (!run) continue;
		// Beginning before the stretch, ending in it, with the midpoint before it.
		for (let k = lowerBound(run.starts, s.from - run.longest), last = lowerBound(run.starts, s.from); k < last; k++) {
			const p = run.positions[k];
			if (end[p] > s.from && mid[p] < s.from && (s.mask === null || s.mask[p] === 1)) visit(p);
		}
		// Beginning before its end, with the midpoint after it.
		for (let k = lowerBound(run.starts, s.to - run.longest / 2), last = lowerBound(run.starts, s.to); k < last; k++) {
			const p = run.positions[k];
			if (mid[p] >= s.to && (s.mask === null || s.mask[p] === 1)) visit(p);
		}
	}
}

/** Every event in the stretch visited, in midpoint order: exact for any lane, and the only way to find a lane's marks. */
function collectByEvents(columns: EventColumns, s: Stretch, unit: number, limit: number): Collected {
	const { mid, type, durationClass } = columns;
	const { bounds, binCount, laneCount, laneOf, mask } = s;
	const inRange = new Int32Array(laneCount);
	const bins = new Int32Array(laneCount * binCount * TYPES);
	/** Every mark of a lane, while they stay within the limit; null once they do not. */
	const marks: (StackRun | null)[] = Array.from({ length: laneCount }, () => new StackRun());
	let candidates = laneCount;
	const longMarks = Array.from({ length: laneCount }, () => new StackRun());
	// A narrow view visits its own events; a broad one every event of the stretch, skipping the others.
	const list = mask ? sparsePositions(columns, mask) : null;
	const midAt = (k: number) => mid[list![k]];
	let k = list ? firstAtLeast(list.length, midAt, s.from) : lowerBound(mid, s.from);
	const stop = list ? firstAtLeast(list.length, midAt, s.to) : lowerBound(mid, s.to);
	let j = 0;
	let nextBound = bounds[1];
	for (; k < stop; k++) {
		const p = list ? list[k] : k;
		if (mask !== null && mask[p] === 0) continue;
		const lane = laneOf[p];
		inRange[lane]++;
		if (durationClass[p] <= unit) {
			const m = mid[p];
			if (m >= nextBound) {
				while (m >= bounds[j + 1]) j++;
				nextBound = bounds[j + 1];
			}
			bins[(lane * binCount + j) * TYPES + type[p]]++;
		} else longMarks[lane].put(columns, p);
		if (candidates === 0) continue;
		const run = marks[lane];
		if (run) {
			run.put(columns, p);
			if (run.stacks.length > limit) {
				marks[lane] = null;
				candidates--;
			}
		}
	}

	const edge = Array.from({ length: laneCount }, () => new Map<number, Stack[]>());
	const edgeLong = Array.from({ length: laneCount }, () => new Map<number, Stack[]>());
	forEdges(columns, s, 0, columns.byClass.length - 1, (p) => {
		const lane = laneOf[p];
		inRange[lane]++;
		// A lane past its limit will be density: only its long events are still wanted one by one.
		if (marks[lane]) stackByTime(columns, edge[lane], p);
		if (durationClass[p] > unit) stackByTime(columns, edgeLong[lane], p);
	});
	const edgeStacks = edge.map(allStacks);
	const whole = marks.map((m, lane) => m !== null && m.stacks.length + edgeStacks[lane].length <= limit);
	return {
		inRange,
		bins,
		whole,
		marks: whole.map((w, lane) => (w ? [...marks[lane]!.stacks, ...edgeStacks[lane]] : null)),
		long: longMarks.map((run, lane) => [...run.stacks, ...allStacks(edgeLong[lane])])
	};
}

/**
 * A wide window (bins of a month or more) of busy lanes, from the month counts: only events longer than a
 * month are visited. Every lane must have more events no longer than a month in the stretch than the
 * limit of marks: such a lane comes as density (it could come whole only if its events stacked by the
 * hundred on a few days, and then it would still be too crowded to draw apart across years). Null when a
 * lane has fewer; then the visit of every event tells whether it comes whole.
 */
function collectByMonths(columns: EventColumns, s: Stretch, unit: number, limit: number, months: LaneMonths): Collected | null {
	const { bounds, binCount, laneCount, laneOf, mask } = s;
	const monthOf = (t: number) => Math.min(months.months, lowerBound(months.bounds, t));
	const firstMonth = monthOf(s.from);
	const lastMonth = monthOf(s.to);
	const inRange = new Int32Array(laneCount);
	for (let lane = 0; lane < laneCount; lane++) {
		for (let m = firstMonth; m < lastMonth; m++) {
			const at = (lane * months.months + m) * TYPES;
			for (let t = 0; t < TYPES; t++) inRange[lane] += months.counts[at + t];
		}
		if (inRange[lane] <= limit) return null;
	}
	const bins = new Int32Array(laneCount * binCount * TYPES);
	for (let b = 0; b < binCount; b++) {
		const m0 = monthOf(bounds[b]);
		const m1 = monthOf(bounds[b + 1]);
		for (let lane = 0; lane < laneCount; lane++) {
			const at = (lane * binCount + b) * TYPES;
			for (let m = m0; m < m1; m++) {
				const from = (lane * months.months + m) * TYPES;
				for (let t = 0; t < TYPES; t++) bins[at + t] += months.counts[from + t];
			}
		}
	}
	const { mid, type, end, durationClass } = columns;
	// Longer than a month but not than a bin: counted in the bins by midpoint.
	for (let c = MONTH + 1; c <= unit && c < columns.byClass.length; c++) {
		const run = columns.byClass[c];
		if (!run) continue;
		for (let k = lowerBound(run.starts, s.from - run.longest / 2), last = lowerBound(run.starts, s.to); k < last; k++) {
			const p = run.positions[k];
			if (mid[p] < s.from || mid[p] >= s.to || (mask !== null && mask[p] === 0)) continue;
			inRange[laneOf[p]]++;
			bins[(laneOf[p] * binCount + binOf(bounds, mid[p])) * TYPES + type[p]]++;
		}
	}
	// Longer than a bin: stacks, wherever their midpoint.
	const long = Array.from({ length: laneCount }, () => new Map<number, Stack[]>());
	for (let c = unit + 1; c < columns.byClass.length; c++) {
		const run = columns.byClass[c];
		if (!run) continue;
		for (let k = lowerBound(run.starts, s.from - run.longest), last = lowerBound(run.starts, s.to); k < last; k++) {
			const p = run.positions[k];
			if (end[p] <= s.from || (mask !== null && mask[p] === 0)) continue;
			inRange[laneOf[p]]++;
			stackByTime(columns, long[laneOf[p]], p);
		}
	}
	// Shorter ones reaching in from beyond either end are not drawn (their midpoint is outside) but are in the stretch.
	forEdges(columns, s, 0, unit, (p) => {
		if (durationClass[p] <= unit) inRange[laneOf[p]]++;
	});
	return { inRange, bins, whole: new Array<boolean>(laneCount).fill(false), marks: long.map(() => null), long: long.map(allStacks) };
}

export function queryTimelineWindow(db: Db, columns: EventColumns, mask: Mask | null, query: WindowQuery): WindowWire {
	const bounds = Float64Array.from(unitBoundaries(TIME_UNITS[query.unit], query.from, query.to, MAX_BINS + 1));
	const from = bounds[0];
	const to = bounds[bounds.length - 1];
	const binCount = bounds.length - 1;
	const { lanes, laneOf } = columnLanes(db, columns, mask, query.lanes, query.maxLanes);
	const laneCount = lanes.length;
	const { start, end } = columns;
	const stretch: Stretch = { bounds, from, to, binCount, laneCount, laneOf, mask };
	const months = query.unit >= MONTH ? laneMonths(columns, mask, laneOf, laneCount) : null;
	const collected = (months && collectByMonths(columns, stretch, query.unit, query.limit, months)) || collectByEvents(columns, stretch, query.unit, query.limit);
	const { inRange, bins, whole } = collected;
	// A lane that stops being whole (too many rows in all) keeps only its long events' stacks: the rest are in its bins.
	const stacksOf = (lane: number): Stack[] => (whole[lane] ? collected.marks[lane]! : collected.long[lane]);
	const rowsOf = (stacks: Stack[]) => stacks.reduce((n, s) => n + (s.size <= WHOLE_STACK ? s.size : STACK_SAMPLE), 0);
	const laneRows = lanes.map((_, lane) => (whole[lane] ? rowsOf(stacksOf(lane)) : 0));
	let rows = laneRows.reduce((a, b) => a + b, 0);
	for (const lane of [...laneRows.keys()].filter((l) => whole[l]).sort((a, b) => laneRows[b] - laneRows[a])) {
		if (rows <= MAX_ROWS) break;
		whole[lane] = false;
		rows -= laneRows[lane];
	}

	const rowLane = new Map<number, number>();
	const rowStack = new Map<number, number>();
	const stackList: number[][] = [];
	for (let lane = 0; lane < laneCount; lane++) {
		let stacks = stacksOf(lane);
		if (!whole[lane]) {
			stacks.sort((a, b) => b.size - a.size || a.mid - b.mid);
			// The smallest stacks beyond the limit join the bins, where their midpoint is in the stretch.
			for (const s of stacks.slice(MAX_STACKS)) {
				if (s.mid < from || s.mid >= to) continue;
				const bin = binOf(bounds, s.mid);
				for (let t = 0; t < TYPES; t++) bins[(lane * binCount + bin) * TYPES + t] += s.counts[t];
			}
			stacks = stacks.slice(0, MAX_STACKS);
		}
		for (const s of stacks) {
			const summarized = s.size > WHOLE_STACK;
			const index = summarized ? stackList.push([s.size, ...s.counts]) - 1 : -1;
			for (const p of summarized ? s.members.slice(0, STACK_SAMPLE) : s.members) {
				rowLane.set(p, lane);
				rowStack.set(p, index);
			}
		}
	}
	if (query.event) {
		const found = db.prepare(`SELECT seq FROM events WHERE id = ?`).pluck().get(query.event) as number | undefined;
		const p = found !== undefined && found < columns.positionOfSeq.length ? columns.positionOfSeq[found] : -1;
		if (p >= 0 && p < columns.dated && (!mask || mask[p]) && !rowLane.has(p)) rowLane.set(p, laneOf[p]);
	}

	const records = db
		.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.seq IN (SELECT value FROM json_each(?))`)
		.all(JSON.stringify([...rowLane.keys()].map((p) => columns.seq[p]))) as EventRow[];
	const positioned: { p: number; event: EventSummary }[] = [];
	for (const row of records) {
		const p = row.seq < columns.positionOfSeq.length ? columns.positionOfSeq[row.seq] : -1;
		const event = summaryOf(row);
		// A record changed since the columns were read is left out rather than drawn where it no longer is.
		if (p >= 0 && event.time && event.time.start === start[p] && event.time.end === end[p]) positioned.push({ p, event });
	}
	positioned.sort((a, b) => a.event.time!.start - b.event.time!.start || a.event.time!.end - b.event.time!.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));

	const flatBins: number[] = [];
	for (let lane = 0; lane < laneCount; lane++) {
		if (whole[lane]) continue;
		for (let b = 0; b < binCount; b++) {
			const at = (lane * binCount + b) * TYPES;
			let any = false;
			for (let t = 0; t < TYPES && !any; t++) any = bins[at + t] > 0;
			if (!any) continue;
			flatBins.push(lane, b);
			for (let t = 0; t < TYPES; t++) flatBins.push(bins[at + t]);
		}
	}

	return {
		format: 'dateline-window/1',
		from,
		to,
		resolution: resolutionName(query.unit),
		lanes,
		inRange: Array.from(inRange),
		complete: whole.map((w) => (w ? 1 : 0)),
		events: encodeTimeline(positioned.map((r) => r.event)),
		laneOf: positioned.map((r) => rowLane.get(r.p)!),
		stackOf: positioned.map((r) => rowStack.get(r.p) ?? -1),
		stacks: stackList,
		bins: flatBins,
		matched: lanes.reduce((n, l) => n + l.count, 0)
	};
}
