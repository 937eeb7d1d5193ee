/**
 * One frame of the timeline, computed: for each lane, either its events one by one (packed into rows
 * so no two marks overlap, with labels where they fit) or, when they cannot all be shown apart, their
 * density in calendar bins with counts by type. The layers only draw what this returns.
 */
import { addTypeCounts, countBins, countInWindow, eventsInWindow, sizeOf, TYPE_COUNT, type EventIndex } from './eventIndex';
import { markStyle } from './markStyle';
import { binUnitFor, TIME_UNITS, unitBoundaries } from './timeUnits';

export type MarkShape = 'point' | 'pill' | 'bar';

export interface SceneMark {
	/** The event drawn, or for a stack its first member. */
	event: number;
	/** Events with exactly the same time in one lane are one stack, drawn once with their count. */
	members: number[] | null;
	/** Events the mark stands for: a stack from a large store may have more than its members listed. */
	size: number;
	lane: number;
	/** The mark itself, without its open-ended tail. */
	x0: number;
	x1: number;
	y: number;
	shape: MarkShape;
	approximate: boolean;
	open: 'before' | 'after' | null;
}

export interface SceneBin {
	lane: number;
	start: number;
	end: number;
	x0: number;
	x1: number;
	/** The column, from its top to the lane's baseline. */
	y0: number;
	y1: number;
	total: number;
	/** Counts by type, in `EVENT_TYPES` order. */
	counts: Int32Array;
}

export interface SceneLabel {
	event: number;
	x: number;
	y: number;
	width: number;
	text: string;
}

export type LaneMode = 'marks' | 'bins' | 'empty';

export interface Scene {
	t0: number;
	t1: number;
	width: number;
	marks: SceneMark[];
	bins: SceneBin[];
	labels: SceneLabel[];
	laneModes: LaneMode[];
	/** Index into `TIME_UNITS` of the bins' width. */
	binUnit: number;
	/** The focused or selected event when it is not drawn on its own (its lane shows bins). */
	highlight: SceneMark | null;
	/** The largest bin count in view, for the caller to pick the next `binReference`. */
	maxBin: number;
}

export interface LaneBox {
	y0: number;
	y1: number;
}

/** Density counted elsewhere (by the store, for a window of a large one), in bins of one unit. */
export interface SceneDensity {
	/** Index into `TIME_UNITS` of the bins, and their boundaries over the stretch the counts cover. */
	unit: number;
	bounds: number[];
	/**
	 * Per lane, counts by type per bin (`bins × types`) of the events shorter than a bin, for lanes shown
	 * as density whatever the view; the index holds their longer events. Null for lanes the index holds whole.
	 */
	bins: (Int32Array | null)[];
}

export interface SceneOptions {
	t0: number;
	t1: number;
	width: number;
	lanes: LaneBox[];
	rowHeight: number;
	/** Diameter of a dot. */
	markSize: number;
	/** Bins start at this many pixels wide. */
	minBinWidth: number;
	/** Count that fills a lane's height; heights follow the square root of counts, so small ones stay visible. */
	binReference: number;
	labelText: (event: number) => string;
	stackText: (members: number[], size: number) => string;
	measure: (text: string) => number;
	maxLabels: number;
	highlight?: number | null;
	density?: SceneDensity;
}

export const TAIL = 18;
const DAY_AS_BAR = 48;
const GAP = 3;
const LANE_PAD = 5;
const MIN_LABEL = 72;
/** Dots shrink to this before a lane gives way to bins. */
const SMALL_MARK = 6;
const INSIDE_LABEL = 72;
const MAX_RESERVED_LABEL = 180;

interface Placed extends SceneMark {
	/** Extent with the tail, used for packing. */
	bx0: number;
	bx1: number;
	/** Right edge with room for the label, for packing when labels are to fit. */
	rx: number;
	row: number;
}

function rowsIn(box: LaneBox, rowHeight: number): number {
	return Math.max(1, Math.floor((box.y1 - box.y0 - 2 * LANE_PAD) / rowHeight));
}

function geometry(index: EventIndex, i: number, lane: number, x: (t: number) => number, markSize: number): Placed {
	const time = index.events[i].time!;
	const style = markStyle(time);
	let x0 = x(time.start);
	let x1 = x(time.end);
	let shape: MarkShape = 'bar';
	// A day stays a dot until it is wide enough that a dot would claim a precision (noon) it lacks.
	if (x1 - x0 < (style.long ? markSize : DAY_AS_BAR)) {
		const c = (x0 + x1) / 2;
		x0 = c - markSize / 2;
		x1 = c + markSize / 2;
		shape = style.long ? 'pill' : 'point';
	}
	const bx0 = style.open === 'before' ? x0 - TAIL : x0;
	const bx1 = style.open === 'after' ? x1 + TAIL : x1;
	return { event: i, members: null, size: 1, lane, x0, x1, y: 0, shape, approximate: style.approximate, open: style.open, bx0, bx1, rx: bx1, row: -1 };
}

const timeKeys = new WeakMap<EventIndex, string[]>();

/** What two rows must share to stack: start, end, modifier and hedging. Computed once per row and index. */
function timeKeyOf(index: EventIndex, i: number): string {
	let keys = timeKeys.get(index);
	if (!keys) timeKeys.set(index, (keys = []));
	let key = keys[i];
	if (key === undefined) {
		const t = index.events[i].time!;
		key = keys[i] = `${t.start}|${t.end}|${t.mod ?? ''}|${t.approximate}`;
	}
	return key;
}

/** Events in `ids` with identical times become one stack (ids in chronological order stay so). */
function stacked(index: EventIndex, ids: number[], lane: number, x: (t: number) => number, markSize: number): Placed[] {
	const groups = new Map<string, number[]>();
	for (const i of ids.sort((a, b) => a - b)) {
		const key = timeKeyOf(index, i);
		const g = groups.get(key);
		if (g) g.push(i);
		else groups.set(key, [i]);
	}
	return [...groups.values()].map((members) => {
		const m = geometry(index, members[0], lane, x, markSize);
		m.size = members.reduce((n, i) => n + sizeOf(index, i), 0);
		if (m.size > 1) m.members = members;
		return m;
	});
}

/** The bin of `bounds` holding `t`, or -1 outside them. */
function binAt(bounds: number[], t: number): number {
	if (bounds.length < 2 || t < bounds[0] || t >= bounds[bounds.length - 1]) return -1;
	let lo = 0;
	let hi = bounds.length - 1;
	while (hi - lo > 1) {
		const m = (lo + hi) >>> 1;
		if (bounds[m] <= t) lo = m;
		else hi = m;
	}
	return lo;
}

function textOf(m: Placed, o: SceneOptions): string {
	return m.members ? o.stackText(m.members, m.size) : o.labelText(m.event);
}

function holds(m: SceneMark, event: number | null | undefined): boolean {
	return event != null && (m.event === event || (m.members?.includes(event) ?? false));
}

/** Reserves room for each mark's label beside it (inside a bar wide enough to hold it). */
function withLabelRoom(items: Placed[], o: SceneOptions): void {
	for (const m of items) {
		const inside = m.shape === 'bar' && Math.min(m.x1, o.width) - Math.max(m.x0, 0) >= INSIDE_LABEL;
		m.rx = inside ? m.bx1 : m.bx1 + 4 + Math.min(MAX_RESERVED_LABEL, o.measure(textOf(m, o))) + 6;
	}
}

/**
 * First-fit packing into `rows` rows, in order of left edge (optimal for intervals). Returns the marks
 * that found no room; with `all`, stops at the first of them.
 */
function pack(items: Placed[], rows: number, all = true, labelled = false): Placed[] {
	items.sort((a, b) => a.bx0 - b.bx0 || a.event - b.event);
	const ends = new Array<number>(rows).fill(-Infinity);
	const left: Placed[] = [];
	for (const item of items) {
		let r = 0;
		while (r < rows && ends[r] > item.bx0 - GAP) r++;
		if (r === rows) {
			left.push(item);
			if (all) return left;
			continue;
		}
		item.row = r;
		ends[r] = labelled ? item.rx : item.bx1;
	}
	return left;
}

function placeLabels(marks: Placed[], o: SceneOptions, out: SceneLabel[]): void {
	const byRow = new Map<number, Placed[]>();
	for (const m of marks) {
		const row = byRow.get(m.row) ?? [];
		row.push(m);
		byRow.set(m.row, row);
	}
	for (const row of byRow.values()) {
		for (let k = 0; k < row.length && out.length < o.maxLabels; k++) {
			const m = row[k];
			const next = row[k + 1];
			const visible = Math.min(m.x1, o.width) - Math.max(m.x0, 0);
			let start: number;
			let limit: number;
			if (m.shape === 'bar' && visible >= INSIDE_LABEL) {
				start = Math.max(m.x0, 0) + 6;
				limit = Math.min(m.x1, o.width) - 4;
			} else {
				start = m.bx1 + 4;
				limit = (next ? next.bx0 - 6 : o.width - 2);
			}
			if (start < 0) continue;
			const available = Math.min(limit, o.width - 2) - start;
			if (available < MIN_LABEL) continue;
			const text = textOf(m, o);
			out.push({ event: m.event, x: start, y: m.y, width: Math.min(o.measure(text), available), text });
		}
	}
}

/** The part of given bins that covers `[t0, t1)`: their boundaries and a copy of their counts. */
function visibleBins(density: SceneDensity, counts: Int32Array, t0: number, t1: number): { bounds: number[]; counts: Int32Array } {
	const b = density.bounds;
	let j0 = 0;
	while (j0 + 1 < b.length && b[j0 + 1] <= t0) j0++;
	let j1 = j0;
	while (j1 + 1 < b.length && b[j1] < t1) j1++;
	if (j1 <= j0) return { bounds: [], counts: new Int32Array(0) };
	return { bounds: b.slice(j0, j1 + 1), counts: counts.slice(j0 * TYPE_COUNT, j1 * TYPE_COUNT) };
}

export function buildScene(index: EventIndex, o: SceneOptions): Scene {
	const { t0, t1, width } = o;
	const k = width / (t1 - t0);
	const x = (t: number) => (t - t0) * k;
	const msPerPixel = 1 / k;
	const margin = (o.markSize + TAIL) * msPerPixel;
	const binUnit = o.density ? o.density.unit : binUnitFor(t0, t1, width, o.minBinWidth);
	const unit = TIME_UNITS[binUnit];
	let viewBounds: number[] | null = null;
	const scene: Scene = { t0, t1, width, marks: [], bins: [], labels: [], laneModes: [], binUnit, highlight: null, maxBin: 0 };
	const perRow = (width + 2 * o.markSize) / (o.markSize + GAP);
	const reference = Math.max(1, o.binReference);
	let highlightDrawn = false;

	o.lanes.forEach((box, lane) => {
		const rows = rowsIn(box, o.rowHeight);
		const rowY = (r: number) => box.y0 + LANE_PAD + o.rowHeight * (r + 0.5);
		const given = o.density?.bins[lane] ?? null;
		if (!given && countInWindow(index, lane, t0 - margin, t1 + margin) <= rows * perRow) {
			const visible = eventsInWindow(index, lane, t0 - margin, t1 + margin);
			let items = stacked(index, visible, lane, x, o.markSize);
			// Marks with their labels beside them if they fit so, else marks alone, else smaller marks, else bins.
			let fits = false;
			if (items.length <= rows * perRow) {
				withLabelRoom(items, o);
				fits = pack(items, rows, true, true).length === 0 || pack(items, rows).length === 0;
				if (!fits) {
					items = stacked(index, visible, lane, x, SMALL_MARK);
					fits = pack(items, rows).length === 0;
				}
			}
			if (fits) {
				for (const m of items) {
					m.y = rowY(m.row);
					if (holds(m, o.highlight)) highlightDrawn = true;
				}
				scene.marks.push(...items);
				if (scene.labels.length < o.maxLabels) placeLabels(items, o, scene.labels);
				scene.laneModes.push(items.length ? 'marks' : 'empty');
				return;
			}
		}
		// Too many to show apart: long spans keep a row of their own where they fit, the rest become bins.
		scene.laneModes.push('bins');
		const spanRows = rows >= 3 ? 1 : 0;
		let bounds: number[];
		let counts: Int32Array;
		if (given) ({ bounds, counts } = visibleBins(o.density!, given, t0, t1));
		else {
			bounds = viewBounds ??= unitBoundaries(unit, t0, t1);
			counts = new Int32Array(Math.max(0, bounds.length - 1) * TYPE_COUNT);
			countBins(index, lane, bounds, binUnit, counts);
		}
		if (binUnit + 1 < TIME_UNITS.length) {
			const long = stacked(index, eventsInWindow(index, lane, t0, t1, binUnit + 1), lane, x, o.markSize);
			const left = new Set(pack(long, spanRows, false));
			const kept: Placed[] = [];
			for (const m of long) {
				if (!left.has(m)) {
					m.y = rowY(m.row);
					kept.push(m);
					if (holds(m, o.highlight)) highlightDrawn = true;
					continue;
				}
				const time = index.events[m.event].time!;
				const j = binAt(bounds, (time.start + time.end) / 2);
				if (j >= 0) addTypeCounts(index, m.members ?? [m.event], counts, j * TYPE_COUNT);
			}
			scene.marks.push(...kept);
			if (scene.labels.length < o.maxLabels) placeLabels(kept, o, scene.labels);
		}
		// Room above the tallest column for its count.
		const top = box.y0 + LANE_PAD + spanRows * o.rowHeight + 13;
		const base = box.y1 - LANE_PAD;
		for (let j = 0; j + 1 < bounds.length; j++) {
			let total = 0;
			for (let t = 0; t < TYPE_COUNT; t++) total += counts[j * TYPE_COUNT + t];
			if (total === 0) continue;
			scene.maxBin = Math.max(scene.maxBin, total);
			const h = Math.max(2, (base - top) * Math.min(1, Math.sqrt(total / reference)));
			scene.bins.push({
				lane,
				start: bounds[j],
				end: bounds[j + 1],
				x0: x(bounds[j]) + 0.5,
				x1: x(bounds[j + 1]) - 0.5,
				y0: base - h,
				y1: base,
				total,
				counts: counts.subarray(j * TYPE_COUNT, (j + 1) * TYPE_COUNT)
			});
		}
	});

	if (o.highlight != null && !highlightDrawn && index.events[o.highlight]) {
		const lane = index.laneOf[o.highlight];
		const box = o.lanes[lane];
		if (box) {
			const m = geometry(index, o.highlight, lane, x, o.markSize);
			m.y = box.y0 + LANE_PAD + o.rowHeight / 2;
			scene.highlight = m;
		}
	}
	return scene;
}
