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
import type { Db } from './db';
import { lowerBound, type EventColumns } from './eventColumns';
import type { Mask } from './filterMasks';
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
export const MAX_ROWS = 2500;
/** Stacks of long events per lane drawn as density; the smallest beyond are counted in the bins. */
const MAX_STACKS = 200;
/** A stack this small comes whole; a larger one as its first member, its size and its counts by type. */
const WHOLE_STACK = 3;
const STACK_SAMPLE = 1;

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

/** Stacks of events met in no particular order (those reaching into the stretch from beyond it). */
function stackByTime(columns: EventColumns, stacks: Map<string, Stack>, p: number): void {
	const key = `${columns.start[p]}:${columns.end[p]}:${columns.timeKey[p]}`;
	let s = stacks.get(key);
	if (!s) stacks.set(key, (s = stackOf(columns, p)));
	add(s, columns, p);
}

function binOf(bounds: Float64Array, t: number): number {
	const at = lowerBound(bounds, t);
	return bounds[at] === t ? at : at - 1;
}

export function queryTimelineWindow(db: Db, columns: EventColumns, mask: Mask | null, query: WindowQuery): WindowWire {
	const bounds = Float64Array.from(unitBoundaries(TIME_UNITS[query.unit], query.from, query.to, MAX_BINS + 1));
	const from = bounds[0];
	const to = bounds[bounds.length - 1];
	const binCount = bounds.length - 1;
	const { lanes, laneOf } = columnLanes(db, columns, mask, query.lanes, query.maxLanes);
	const laneCount = lanes.length;
	const { mid, start, end, type, durationClass } = columns;

	const inRange = new Array<number>(laneCount).fill(0);
	const bins = lanes.map(() => new Int32Array(binCount * TYPES));
	/** Every mark of a lane, while they stay within the limit; null once they do not. */
	const marks: (StackRun | null)[] = lanes.map(() => new StackRun());
	const longMarks = lanes.map(() => new StackRun());
	const stop = lowerBound(mid, to);
	let j = 0;
	for (let p = lowerBound(mid, from); p < stop; p++) {
		if (mask && !mask[p]) continue;
		const lane = laneOf[p];
		inRange[lane]++;
		if (durationClass[p] <= query.unit) {
			while (mid[p] >= bounds[j + 1]) j++;
			bins[lane][j * TYPES + type[p]]++;
		} else longMarks[lane].put(columns, p);
		const run = marks[lane];
		if (run) {
			run.put(columns, p);
			if (run.stacks.length > query.limit) marks[lane] = null;
		}
	}

	// Events whose midpoint lies outside the stretch but which reach into it.
	const edge = lanes.map(() => new Map<string, Stack>());
	const edgeLong = lanes.map(() => new Map<string, Stack>());
	const reach = (p: number) => {
		if (mask && !mask[p]) return;
		const lane = laneOf[p];
		inRange[lane]++;
		stackByTime(columns, edge[lane], p);
		if (durationClass[p] > query.unit) stackByTime(columns, edgeLong[lane], p);
	};
	for (const run of columns.byClass) {
		if (!run) continue;
		// Beginning before the stretch, ending in it, with the midpoint before it.
		for (let k = lowerBound(run.starts, from - run.longest), last = lowerBound(run.starts, from); k < last; k++) {
			const p = run.positions[k];
			if (end[p] > from && mid[p] < from) reach(p);
		}
		// Beginning before its end, with the midpoint after it.
		for (let k = lowerBound(run.starts, to - run.longest / 2), last = lowerBound(run.starts, to); k < last; k++) {
			const p = run.positions[k];
			if (mid[p] >= to) reach(p);
		}
	}

	const whole = lanes.map((_, lane) => marks[lane] !== null && marks[lane]!.stacks.length + edge[lane].size <= query.limit);
	const stacksOf = (lane: number): Stack[] => (whole[lane] ? [...marks[lane]!.stacks, ...edge[lane].values()] : [...longMarks[lane].stacks, ...edgeLong[lane].values()]);
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
				for (let t = 0; t < TYPES; t++) bins[lane][bin * TYPES + t] += s.counts[t];
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
		const counts = bins[lane];
		for (let b = 0; b < binCount; b++) {
			let any = false;
			for (let t = 0; t < TYPES && !any; t++) any = counts[b * TYPES + t] > 0;
			if (!any) continue;
			flatBins.push(lane, b);
			for (let t = 0; t < TYPES; t++) flatBins.push(counts[b * TYPES + t]);
		}
	}

	return {
		format: 'dateline-window/1',
		from,
		to,
		resolution: resolutionName(query.unit),
		lanes,
		inRange,
		complete: whole.map((w) => (w ? 1 : 0)),
		events: encodeTimeline(positioned.map((r) => r.event)),
		laneOf: positioned.map((r) => rowLane.get(r.p)!),
		stackOf: positioned.map((r) => rowStack.get(r.p) ?? -1),
		stacks: stackList,
		bins: flatBins,
		matched: lanes.reduce((n, l) => n + l.count, 0)
	};
}
