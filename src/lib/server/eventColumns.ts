/**
 * The store's events as columns in memory: what the timeline asks of a large store at every zoom and
 * filter (which events a filter keeps, how many fall in each lane and calendar bin, which overlap a
 * window) is answered by scanning typed arrays instead of joining tables. SQLite stays the source of the
 * records themselves; the columns hold only what selects and counts them, about 70 bytes an event.
 *
 * Dated events take positions `0..dated-1`, in the order of their midpoints (bins count events by their
 * midpoint, so a window's events are one contiguous run); undated events follow, in id order (the order
 * the undated tray lists them in).
 *
 * Reading goes in steps of a few tens of thousands of events, so a server can yield between them and keep
 * answering while a large store is read. Values come from SQLite as comma-separated text built by
 * `group_concat`: for a million events this is several times faster than a row per event.
 */
import { EVENT_TYPES } from '../model';
import { TIME_UNITS, unitClassOf } from '../timeline/timeUnits';
import { TIMEX_MODS } from '../timeline/timelineWire';
import type { Db } from './db';

/** Events that an entity (a region, an actor, an article) finds: positions, grouped by entity. */
export interface Postings {
	ids: string[];
	/** Ids before this index are the entity table's, in id order; the rest only appear in postings. */
	listed: number;
	indexOf: Map<string, number>;
	/** Positions of entity `k` are `positions[offsets[k]..offsets[k + 1])`. */
	offsets: Int32Array;
	positions: Int32Array;
}

/** Dated positions of one duration class, in the order of their start. */
export interface ClassRun {
	positions: Int32Array;
	starts: Float64Array;
	/** The longest duration in the class: an event starting before `t - longest` has ended by `t`. */
	longest: number;
}

export interface EventColumns {
	count: number;
	dated: number;
	seq: Int32Array;
	start: Float64Array;
	end: Float64Array;
	/** Midpoints of the dated positions, ascending. */
	mid: Float64Array;
	/** Index into `EVENT_TYPES`. */
	type: Uint8Array;
	/** Duration class: the index in `TIME_UNITS` of the unit the event's length fits in. */
	durationClass: Uint8Array;
	/** What besides start and end two times must share to stack as one: modifier and hedging (`timeKeyOf`). */
	timeKey: Uint8Array;
	/** The event's first (most specific) region and actor, as indices into `regions.ids` and `actors.ids`; -1 for none. */
	firstRegion: Int32Array;
	firstActor: Int32Array;
	byClass: (ClassRun | null)[];
	/** Position of each event by its `seq`; -1 where there is none. */
	positionOfSeq: Int32Array;
	/** Region and actor postings hold every event a filter by the entity finds (ancestors and groups included). */
	regions: Postings;
	actors: Postings;
	articles: Postings;
	extent: { start: number; end: number } | null;
	/** The store's `data_version` on the connection that read the columns, and how long reading took. */
	version: number;
	buildMs: number;
}

const TYPE_INDEX = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
const CHUNK = 32_768;

/** A time key: 0 for a plain time, otherwise the hedge bit and, above it, the modifier's index + 1. */
export function timeKeyOf(mod: string | null | undefined, approximate: boolean): number {
	const m = mod ? TIMEX_MODS.indexOf(mod as (typeof TIMEX_MODS)[number]) + 1 : 0;
	return (m << 1) | (approximate ? 1 : 0);
}

function sqlString(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

const TYPE_SQL = `CASE type ${EVENT_TYPES.map((t, i) => `WHEN ${sqlString(t)} THEN ${i}`).join(' ')} ELSE ${EVENT_TYPES.length - 1} END`;
// The JSON is read only where a cheap search says the key is there: most times are neither hedged nor modified.
const KEY_SQL = `((CASE WHEN instr(time, '"approximate":true') THEN ifnull(json_extract(time, '$.approximate'), 0) ELSE 0 END)
	| ((CASE WHEN instr(time, '"mod":') THEN (CASE json_extract(time, '$.mod') ${TIMEX_MODS.map((m, i) => `WHEN ${sqlString(m)} THEN ${i + 1}`).join(' ')} ELSE 0 END) ELSE 0 END) << 1))`;
const EVENT_SQL = `SELECT group_concat(seq || ',' || ifnull(start, 'x') || ',' || ifnull(end, 'x') || ',' || ${TYPE_SQL} || ',' || ${KEY_SQL}, ',')
	FROM events WHERE seq >= ? AND seq < ?`;
const FIELDS = 5;

/**
 * Calls `take` with each number of a comma-separated list and its place in the list; `x` stands for a
 * missing value (NaN). Numbers are read digit by digit: a million events make five million of them.
 */
function readNumbers(text: string | null, take: (value: number, index: number) => void): number {
	if (!text) return 0;
	let value = 0;
	let negative = false;
	let missing = false;
	let index = 0;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 44;
		if (c === 44) {
			take(missing ? NaN : negative ? -value : value, index++);
			value = 0;
			negative = false;
			missing = false;
		} else if (c === 45) negative = true;
		else if (c === 120) missing = true;
		else value = value * 10 + (c - 48);
	}
	return index;
}

function postingsOf(ids: string[], lists: Map<string, number[]>): Postings {
	const listed = ids.length;
	const indexOf = new Map(ids.map((id, i) => [id, i]));
	for (const id of lists.keys()) {
		if (indexOf.has(id)) continue;
		indexOf.set(id, ids.length);
		ids.push(id);
	}
	const offsets = new Int32Array(ids.length + 1);
	for (let k = 0; k < ids.length; k++) offsets[k + 1] = offsets[k] + (lists.get(ids[k])?.length ?? 0);
	const positions = new Int32Array(offsets[ids.length]);
	for (let k = 0; k < ids.length; k++) {
		const list = lists.get(ids[k]);
		if (list) positions.set(list, offsets[k]);
	}
	return { ids, listed, indexOf, offsets, positions };
}

/**
 * The reading of the columns as steps; each step reads one chunk and the last returns the columns. Run
 * them inside one read transaction so every step sees the same store.
 */
export function* eventColumnSteps(db: Db): Generator<void, EventColumns> {
	const started = performance.now();
	const version = db.pragma('data_version', { simple: true }) as number;
	const regionIds = db.prepare(`SELECT id FROM regions ORDER BY id`).pluck().all() as string[];
	const actorIds = db.prepare(`SELECT id FROM actors ORDER BY id`).pluck().all() as string[];
	const { rows, maxSeq } = db.prepare(`SELECT count(*) AS rows, coalesce(max(seq), 0) AS maxSeq FROM events`).get() as { rows: number; maxSeq: number };

	// Read in rowid order into staging columns, then laid out by midpoint.
	const rSeq = new Int32Array(rows);
	const rStart = new Float64Array(rows);
	const rEnd = new Float64Array(rows);
	const rType = new Uint8Array(rows);
	const rKey = new Uint8Array(rows);
	let count = 0;
	const select = db.prepare(EVENT_SQL).pluck();
	const take = (value: number, index: number) => {
		const field = index % FIELDS;
		const r = count + (index - field) / FIELDS;
		if (r >= rows) return;
		if (field === 0) rSeq[r] = value;
		else if (field === 1) rStart[r] = value;
		else if (field === 2) rEnd[r] = value;
		else if (field === 3) rType[r] = value;
		else rKey[r] = value;
	};
	for (let from = 0; from <= maxSeq; from += CHUNK) {
		count = Math.min(rows, count + Math.floor(readNumbers(select.get(from, from + CHUNK) as string | null, take) / FIELDS));
		yield;
	}

	const order = new Int32Array(count);
	let d = 0;
	for (let i = 0; i < count; i++) if (!Number.isNaN(rStart[i])) order[d++] = i;
	const dated = d;
	const rMid = new Float64Array(count);
	for (let i = 0; i < count; i++) rMid[i] = (rStart[i] + rEnd[i]) / 2;
	order.subarray(0, dated).sort((a, b) => rMid[a] - rMid[b] || rSeq[a] - rSeq[b]);
	yield;
	const undatedRows = new Map<number, number>();
	for (let i = 0; i < count; i++) if (Number.isNaN(rStart[i])) undatedRows.set(rSeq[i], i);
	for (const seq of db.prepare(`SELECT seq FROM events WHERE start IS NULL ORDER BY id`).pluck().all() as number[]) {
		const row = undatedRows.get(seq);
		if (row !== undefined && d < count) order[d++] = row;
	}

	const seq = new Int32Array(count);
	const start = new Float64Array(count);
	const end = new Float64Array(count);
	const mid = new Float64Array(dated);
	const type = new Uint8Array(count);
	const durationClass = new Uint8Array(count);
	const timeKey = new Uint8Array(count);
	const firstRegion = new Int32Array(count).fill(-1);
	const firstActor = new Int32Array(count).fill(-1);
	const positionOfSeq = new Int32Array(maxSeq + 1).fill(-1);
	let first = Infinity;
	let last = -Infinity;
	for (let p = 0; p < count; p++) {
		const i = order[p];
		seq[p] = rSeq[i];
		start[p] = rStart[i];
		end[p] = rEnd[i];
		type[p] = rType[i];
		timeKey[p] = rKey[i];
		positionOfSeq[rSeq[i]] = p;
		if (p < dated) {
			mid[p] = rMid[i];
			durationClass[p] = unitClassOf(end[p] - start[p]);
			if (start[p] < first) first = start[p];
			if (end[p] > last) last = end[p];
		}
	}
	yield;

	const classSizes = new Int32Array(TIME_UNITS.length);
	for (let p = 0; p < dated; p++) classSizes[durationClass[p]]++;
	const byClass: (ClassRun | null)[] = Array.from(classSizes, (size) => (size ? { positions: new Int32Array(size), starts: new Float64Array(size), longest: 0 } : null));
	const filled = new Int32Array(TIME_UNITS.length);
	for (let p = 0; p < dated; p++) byClass[durationClass[p]]!.positions[filled[durationClass[p]]++] = p;
	for (const run of byClass) {
		if (!run) continue;
		run.positions.sort((a, b) => start[a] - start[b] || a - b);
		for (let k = 0; k < run.positions.length; k++) {
			const p = run.positions[k];
			run.starts[k] = start[p];
			run.longest = Math.max(run.longest, end[p] - start[p]);
		}
	}
	yield;

	/**
	 * An entity table's postings; with `first`, also each event's first entity, which is its only direct
	 * one for most events. Those with several direct ones are marked in `several` and read apart.
	 */
	const postings = function* (table: string, column: string, perStep: number, known: string[], first?: Int32Array, several?: Uint8Array): Generator<void, Postings> {
		const lists = new Map<string, number[]>();
		const ids: string[] = [...known];
		const indexOf = new Map(ids.map((id, k) => [id, k]));
		const value = first ? `CASE WHEN direct THEN event_seq ELSE -event_seq END` : 'event_seq';
		// A few entities at a time in the order of the table's key, so SQLite groups without sorting.
		const select = db.prepare(`SELECT ${column}, group_concat(${value}) FROM ${table} WHERE ${column} > ? GROUP BY ${column} ORDER BY ${column} LIMIT ?`).raw();
		for (let after = ''; ; ) {
			const page = select.all(after, perStep) as [string, string][];
			if (page.length === 0) break;
			after = page[page.length - 1][0];
			for (const [id, text] of page) {
				let list = lists.get(id);
				if (!list) lists.set(id, (list = []));
				let k = indexOf.get(id);
				if (k === undefined) {
					k = ids.length;
					ids.push(id);
					indexOf.set(id, k);
				}
				const entity = k;
				const into = list;
				readNumbers(text, (n) => {
					const s = n < 0 ? -n : n;
					const p = s < positionOfSeq.length ? positionOfSeq[s] : -1;
					if (p < 0) return;
					into.push(p);
					if (!first || n < 0) return;
					if (first[p] < 0) first[p] = entity;
					else several![p] = 1;
				});
			}
			yield;
		}
		// The same ids, in the same order, as the first entities were numbered by.
		const postings = postingsOf(known, lists);
		if (first) for (let p = 0; p < count; p++) if (first[p] >= 0) first[p] = postings.indexOf.get(ids[first[p]])!;
		return postings;
	};
	const severalRegions = new Uint8Array(count);
	const severalActors = new Uint8Array(count);
	const regions = yield* postings('event_regions', 'region_id', 24, regionIds, firstRegion, severalRegions);
	const actors = yield* postings('event_actors', 'actor_id', 24, actorIds, firstActor, severalActors);
	const articles = yield* postings('event_articles', 'article_id', 16_384, []);
	// Which of several direct entities comes first is the event's own order: read for those events only.
	for (const [several, first, entities, json] of [
		[severalRegions, firstRegion, regions, 'regions'],
		[severalActors, firstActor, actors, 'actors']
	] as const) {
		const seqs: number[] = [];
		for (let p = 0; p < count; p++) if (several[p]) seqs.push(seq[p]);
		if (seqs.length === 0) continue;
		const read = db.prepare(`SELECT seq, json_extract(${json}, '$[0]') FROM events WHERE seq IN (SELECT value FROM json_each(?))`).raw();
		for (const [s, id] of read.all(JSON.stringify(seqs)) as [number, string | null][]) {
			const k = id === null ? undefined : entities.indexOf.get(id);
			if (k !== undefined) first[positionOfSeq[s]] = k;
		}
		yield;
	}

	return {
		count,
		dated,
		seq,
		start,
		end,
		mid,
		type,
		durationClass,
		timeKey,
		firstRegion,
		firstActor,
		byClass,
		positionOfSeq,
		regions,
		actors,
		articles,
		extent: dated > 0 ? { start: first, end: last } : null,
		version,
		buildMs: performance.now() - started
	};
}

/** Reads the columns in one go (tests, command-line tools). */
export function loadEventColumns(db: Db): EventColumns {
	return db.transaction(() => {
		const steps = eventColumnSteps(db);
		for (;;) {
			const step = steps.next();
			if (step.done) return step.value;
		}
	})();
}

/** First index of a sorted array whose value is at least `v`. */
export function lowerBound(sorted: Float64Array, v: number, lo = 0, hi = sorted.length): number {
	while (lo < hi) {
		const m = (lo + hi) >>> 1;
		if (sorted[m] < v) lo = m + 1;
		else hi = m;
	}
	return lo;
}
