/**
 * An `EventFilter` as masks over the event columns: one per filter given (1 where the event passes it),
 * combined with AND, and the combination of all but one of them (a facet's counts are taken under the
 * other filters). The semantics are those of `filterCondition` in SQL: values within a filter are
 * alternatives, a region finds the events of the places within it, a group those of its members, free
 * text is matched by the full-text index, and the window keeps undated events. Masks are kept for the
 * columns they were made for, so panning and zooming over one filtered view computes them once.
 */
import type { EventFilter } from '../api';
import { EVENT_TYPES } from '../model';
import type { Db } from './db';
import type { EventColumns, Postings } from './eventColumns';
import { ftsQuery, type FilterPart } from './eventFilterSql';

export type Mask = Uint8Array;

export interface FilterMasks {
	/** Events passing every filter; null when there is no filter. */
	all: Mask | null;
	/** Events passing every filter but `part`; null when no other filter is given. */
	without(part: FilterPart): Mask | null;
	/** How many events pass a mask (all of them for null). */
	countOf(mask: Mask | null): number;
}

const CACHE_SIZE = 24;
const caches = new WeakMap<EventColumns, Map<string, Mask>>();

function remembered(columns: EventColumns, key: string, make: () => Mask): Mask {
	let cache = caches.get(columns);
	if (!cache) caches.set(columns, (cache = new Map()));
	const found = cache.get(key);
	if (found) {
		// Most recently used last: the oldest goes first when the cache is full.
		cache.delete(key);
		cache.set(key, found);
		return found;
	}
	const mask = make();
	cache.set(key, mask);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return mask;
}

function fromPostings(columns: EventColumns, postings: Postings, ids: readonly string[]): Mask {
	const mask = new Uint8Array(columns.count);
	for (const id of ids) {
		const k = postings.indexOf.get(id);
		if (k === undefined) continue;
		for (let i = postings.offsets[k]; i < postings.offsets[k + 1]; i++) mask[postings.positions[i]] = 1;
	}
	return mask;
}

function fromTypes(columns: EventColumns, types: readonly string[]): Mask {
	const wanted = new Uint8Array(EVENT_TYPES.length);
	for (const t of types) {
		const i = EVENT_TYPES.indexOf(t as (typeof EVENT_TYPES)[number]);
		if (i >= 0) wanted[i] = 1;
	}
	const mask = new Uint8Array(columns.count);
	for (let p = 0; p < columns.count; p++) mask[p] = wanted[columns.type[p]];
	return mask;
}

function fromText(db: Db, columns: EventColumns, text: string): Mask {
	const mask = new Uint8Array(columns.count);
	const query = ftsQuery(text);
	if (!query) return mask;
	// One string of every matching rowid: a common word matches a hundred thousand events, and a row each costs more.
	const rowids = db.prepare(`SELECT group_concat(rowid) FROM events_fts WHERE events_fts MATCH ?`).pluck().get(query) as string | null;
	if (!rowids) return mask;
	let seq = 0;
	for (let i = 0; i <= rowids.length; i++) {
		const c = i < rowids.length ? rowids.charCodeAt(i) : 44;
		if (c !== 44) {
			seq = seq * 10 + (c - 48);
			continue;
		}
		const p = seq < columns.positionOfSeq.length ? columns.positionOfSeq[seq] : -1;
		if (p >= 0) mask[p] = 1;
		seq = 0;
	}
	return mask;
}

function fromWindow(columns: EventColumns, from: number | undefined, to: number | undefined): Mask {
	const mask = new Uint8Array(columns.count).fill(1);
	for (let p = 0; p < columns.dated; p++) {
		if ((to !== undefined && !(columns.start[p] < to)) || (from !== undefined && !(columns.end[p] > from))) mask[p] = 0;
	}
	return mask;
}

function and(masks: Mask[], count: number): Mask | null {
	if (masks.length === 0) return null;
	if (masks.length === 1) return masks[0];
	const out = new Uint8Array(count);
	const [first, ...rest] = masks;
	out.set(first);
	for (const m of rest) for (let p = 0; p < count; p++) out[p] &= m[p];
	return out;
}

const lists = new WeakMap<Mask, Int32Array | null>();

/**
 * The dated positions a mask keeps, in order, when it keeps few of them (under a fifth): a window of a
 * narrow view then visits its own events only, not every event of the stretch. Null for a broad mask.
 */
export function sparsePositions(columns: EventColumns, mask: Mask): Int32Array | null {
	let list = lists.get(mask);
	if (list !== undefined) return list;
	let n = 0;
	for (let p = 0; p < columns.dated; p++) n += mask[p];
	list = null;
	if (n < columns.dated / 5) {
		list = new Int32Array(n);
		let k = 0;
		for (let p = 0; p < columns.dated; p++) if (mask[p]) list[k++] = p;
	}
	lists.set(mask, list);
	return list;
}

export function filterMasks(db: Db, columns: EventColumns, filter: EventFilter): FilterMasks {
	const makers: [FilterPart, () => Mask][] = [];
	if (filter.region?.length) makers.push(['region', () => fromPostings(columns, columns.regions, filter.region!)]);
	if (filter.actor?.length) makers.push(['actor', () => fromPostings(columns, columns.actors, filter.actor!)]);
	if (filter.type?.length) makers.push(['type', () => fromTypes(columns, filter.type!)]);
	if (filter.source?.length) makers.push(['source', () => fromPostings(columns, columns.articles, filter.source!)]);
	if (filter.q) makers.push(['q', () => fromText(db, columns, filter.q!)]);
	if (filter.from !== undefined || filter.to !== undefined) makers.push(['time', () => fromWindow(columns, filter.from, filter.to)]);
	const parts = makers.map(([part, make]) => ({ part, key: `${part}:${partKey(filter, part)}`, mask: remembered(columns, `${part}:${partKey(filter, part)}`, make) }));

	const combined = (omit?: FilterPart): Mask | null => {
		const chosen = parts.filter((p) => p.part !== omit);
		if (chosen.length <= 1) return chosen[0]?.mask ?? null;
		return remembered(columns, chosen.map((p) => p.key).join('|'), () => and(chosen.map((p) => p.mask), columns.count)!);
	};
	return {
		all: combined(),
		without: (part) => combined(part),
		countOf(mask) {
			if (!mask) return columns.count;
			let n = 0;
			for (let p = 0; p < mask.length; p++) n += mask[p];
			return n;
		}
	};
}

function partKey(filter: EventFilter, part: FilterPart): string {
	switch (part) {
		case 'region':
			return [...(filter.region ?? [])].sort().join('\u0000');
		case 'actor':
			return [...(filter.actor ?? [])].sort().join('\u0000');
		case 'type':
			return [...(filter.type ?? [])].sort().join('\u0000');
		case 'source':
			return [...(filter.source ?? [])].sort().join('\u0000');
		case 'q':
			return filter.q ?? '';
		case 'time':
			return `${filter.from}:${filter.to}`;
	}
}
