/**
 * Lanes: the rows the timeline groups events into, by region, by actor or by type. Region and actor
 * lanes open at the first level of their hierarchy where the events part ways: the provinces of the one
 * country all events share, the districts of a province one filtered by, the members of the one group
 * filtered by. The busiest lanes get their own row; the rest share an "Other" lane, and events with no
 * region (or actor) get one of their own, so no event is ever left out.
 */
import type { EventSummary } from '../api';
import type { Actor, EventType, Region } from '../model';
import { EVENT_TYPES } from '../model';
import { typeLabel } from './typePalette';
import type { LaneMode } from './viewState';

export interface Lane {
	key: string;
	label: string;
	/** Where the lane sits in its hierarchy ("Afghanistan › Panjshir"), or what it gathers. */
	detail: string;
	count: number;
	kind: 'group' | 'other' | 'none';
	type?: EventType;
}

export interface LaneAssignment {
	lanes: Lane[];
	/** Lane index of each event, in the order of the events given. */
	laneOf: Uint16Array;
}

export interface LaneLookup {
	regions: Pick<Region, 'id' | 'name' | 'parent'>[];
	actors: Pick<Actor, 'id' | 'name' | 'memberOf'>[];
}

const NONE = '';
const OTHER = '\u0000other';

/** An entry's path from the root of its hierarchy down to it. */
function lineage(id: string, parentOf: (id: string) => string | undefined): string[] {
	const path: string[] = [];
	const seen = new Set<string>();
	for (let r: string | undefined = id; r && !seen.has(r); r = parentOf(r)) {
		seen.add(r);
		path.unshift(r);
	}
	return path;
}

/** The number of leading entries every non-empty path shares. */
function sharedDepth(paths: string[][]): number {
	const filled = paths.filter((p) => p.length > 0);
	if (filled.length === 0) return 0;
	let depth = 0;
	for (;;) {
		const v = filled[0][depth];
		if (v === undefined || !filled.every((p) => p[depth] === v)) return depth;
		depth++;
	}
}

interface Grouping {
	/** The lane key of each entry. */
	keys: string[];
	label: (key: string) => string;
	detail: (key: string) => string;
	noun: string;
}

function byHierarchy(paths: string[][], name: (id: string) => string, noun: string): Grouping {
	let depth = sharedDepth(paths);
	// Everyone under one entry with nothing finer: that entry is the lane.
	if (paths.every((p) => p.length === 0 || p.length <= depth)) depth = Math.max(0, depth - 1);
	const pathOf = new Map<string, string[]>();
	const keys = paths.map((p) => {
		if (p.length === 0) return NONE;
		const key = p[Math.min(depth, p.length - 1)];
		if (!pathOf.has(key)) pathOf.set(key, p.slice(0, Math.min(depth, p.length - 1) + 1));
		return key;
	});
	return {
		keys,
		label: name,
		detail: (key) => {
			const path = pathOf.get(key) ?? [];
			return path.length > 1 ? path.map(name).join(' › ') : '';
		},
		noun
	};
}

function grouping(firsts: (string | undefined)[], mode: LaneMode, lookup: LaneLookup): Grouping {
	if (mode === 'type') return { keys: firsts.map((t) => t ?? NONE), label: (k) => typeLabel(k as EventType), detail: () => '', noun: 'type' };
	if (mode === 'region') {
		const regions = new Map(lookup.regions.map((r) => [r.id, r]));
		const paths = firsts.map((id) => (id ? lineage(id, (r) => regions.get(r)?.parent) : []));
		return byHierarchy(paths, (id) => regions.get(id)?.name ?? id, 'region');
	}
	const actors = new Map(lookup.actors.map((a) => [a.id, a]));
	// An actor's first group stands above it; groups are one level deep.
	const paths = firsts.map((id) => (id ? lineage(id, (a) => actors.get(a)?.memberOf?.find((g) => g !== a && actors.has(g))) : []));
	return byHierarchy(paths, (id) => actors.get(id)?.name ?? id, 'actor');
}

/** What decides an event's lane: its type, or its first (most specific) region or actor. */
export function laneEntryOf(event: Pick<EventSummary, 'type' | 'regions' | 'actors'>, mode: LaneMode): string | undefined {
	return mode === 'type' ? event.type : mode === 'region' ? event.regions[0] : event.actors[0];
}

export interface RankedLanes {
	lanes: Lane[];
	/** Lane index of each entry, in the order of the entries given. */
	laneOfEntry: Uint16Array;
}

/**
 * Lanes for events grouped by what decides their lane (`laneEntryOf`), each entry with the number of
 * events it holds: a store's counts serve as well as a list of events.
 */
export function rankLanes(entries: { entry: string | undefined; count: number }[], mode: LaneMode, lookup: LaneLookup, maxLanes: number): RankedLanes {
	const held = entries.filter((e) => e.count > 0);
	const g = grouping(
		held.map((e) => e.entry),
		mode,
		lookup
	);
	const keyOf = new Map<string | undefined, string>(held.map((e, i) => [e.entry, g.keys[i]]));
	const counts = new Map<string, number>();
	held.forEach((e, i) => counts.set(g.keys[i], (counts.get(g.keys[i]) ?? 0) + e.count));
	const noneCount = counts.get(NONE) ?? 0;
	counts.delete(NONE);

	const ranked = [...counts.entries()];
	if (mode === 'type') ranked.sort((a, b) => EVENT_TYPES.indexOf(a[0] as EventType) - EVENT_TYPES.indexOf(b[0] as EventType));
	else ranked.sort((a, b) => b[1] - a[1] || g.label(a[0]).localeCompare(g.label(b[0]), 'en'));

	const room = Math.max(1, maxLanes - (noneCount > 0 ? 1 : 0));
	const own = ranked.length > room ? ranked.slice(0, Math.max(1, room - 1)) : ranked;
	const rest = ranked.slice(own.length);

	const lanes: Lane[] = own.map(([key, count]) => ({
		key,
		label: g.label(key),
		detail: g.detail(key),
		count,
		kind: 'group',
		...(mode === 'type' ? { type: key as EventType } : {})
	}));
	const index = new Map(own.map(([key], i) => [key, i]));
	if (rest.length > 0) {
		index.set(OTHER, lanes.length);
		const names = rest.slice(0, 3).map(([k]) => g.label(k));
		lanes.push({
			key: OTHER,
			label: `${rest.length} other ${g.noun}s`,
			detail: `${names.join(', ')}${rest.length > names.length ? '…' : ''}`,
			count: rest.reduce((n, [, c]) => n + c, 0),
			kind: 'other'
		});
	}
	if (noneCount > 0) {
		index.set(NONE, lanes.length);
		lanes.push({ key: NONE, label: `No ${g.noun}`, detail: `Events no ${g.noun} was found for`, count: noneCount, kind: 'none' });
	}
	const other = index.get(OTHER) ?? 0;
	const laneOfEntry = new Uint16Array(entries.length);
	entries.forEach((e, i) => {
		const key = keyOf.get(e.entry);
		laneOfEntry[i] = key === undefined ? other : (index.get(key) ?? other);
	});
	return { lanes, laneOfEntry };
}

export function assignLanes(events: EventSummary[], mode: LaneMode, lookup: LaneLookup, maxLanes: number): LaneAssignment {
	const entryIndex = new Map<string | undefined, number>();
	const entries: { entry: string | undefined; count: number }[] = [];
	const entryOf = new Int32Array(events.length);
	events.forEach((e, i) => {
		const entry = laneEntryOf(e, mode) || undefined;
		let k = entryIndex.get(entry);
		if (k === undefined) {
			k = entries.length;
			entryIndex.set(entry, k);
			entries.push({ entry, count: 0 });
		}
		entries[k].count++;
		entryOf[i] = k;
	});
	const { lanes, laneOfEntry } = rankLanes(entries, mode, lookup, maxLanes);
	const laneOf = new Uint16Array(events.length);
	for (let i = 0; i < events.length; i++) laneOf[i] = laneOfEntry[entryOf[i]];
	return { lanes, laneOf };
}
