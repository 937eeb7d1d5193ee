/**
 * The timeline's events on the wire: one row per event as an array, with enumerations as indices and
 * region and actor ids listed once, about half the size of the same summaries as JSON objects. The
 * server encodes, the page decodes back to `EventSummary`, so both ends speak the shared contract.
 */
import type { EventSummary } from '../api';
import { EVENT_TYPES, GRANULARITIES, type TimeBasis, type TimexMod } from '../model';

const BASES: TimeBasis[] = ['stated', 'relative', 'publication', 'reported', 'inferred'];
/** Modifiers in wire order: the wire carries their index. */
export const TIMEX_MODS: readonly TimexMod[] = ['BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE', 'START', 'MID', 'END', 'APPROX'];

export type WireRow = [
	id: string,
	title: string,
	type: number,
	start: number,
	end: number,
	granularity: number,
	value: string,
	basis: number,
	approximate: 0 | 1,
	mod: number,
	regions: number[],
	actors: number[],
	sources: number,
	claimedBy: string | null
];

export interface TimelineWire {
	format: 'dateline-timeline/1';
	regionIds: string[];
	actorIds: string[];
	rows: WireRow[];
}

export class WireError extends Error {
	override name = 'WireError';
}

function indexer(): { ids: string[]; of: (id: string) => number } {
	const ids: string[] = [];
	const seen = new Map<string, number>();
	return {
		ids,
		of(id) {
			let i = seen.get(id);
			if (i === undefined) {
				i = ids.length;
				ids.push(id);
				seen.set(id, i);
			}
			return i;
		}
	};
}

/** Encodes dated events; an undated one has no place on the axis and is refused. */
export function encodeTimeline(events: EventSummary[]): TimelineWire {
	const regions = indexer();
	const actors = indexer();
	const rows = events.map((e): WireRow => {
		if (!e.time) throw new WireError(`Event ${e.id} is undated: the timeline wire carries dated events only.`);
		return [
			e.id,
			e.title,
			EVENT_TYPES.indexOf(e.type),
			e.time.start,
			e.time.end,
			GRANULARITIES.indexOf(e.time.granularity),
			e.time.value,
			BASES.indexOf(e.time.basis),
			e.time.approximate ? 1 : 0,
			e.time.mod ? TIMEX_MODS.indexOf(e.time.mod) : -1,
			e.regions.map(regions.of),
			e.actors.map(actors.of),
			e.sources,
			e.claimedBy ?? null
		];
	});
	return { format: 'dateline-timeline/1', regionIds: regions.ids, actorIds: actors.ids, rows };
}

function pick<T>(list: readonly T[], index: number, what: string, id: string): T {
	const v = list[index];
	if (v === undefined) throw new WireError(`Event ${id} has an unknown ${what} (${index}).`);
	return v;
}

export function decodeTimeline(wire: TimelineWire): EventSummary[] {
	if (wire?.format !== 'dateline-timeline/1' || !Array.isArray(wire.rows)) throw new WireError('Not a Dateline timeline: the server answered in an unknown format.');
	return wire.rows.map(([id, title, type, start, end, granularity, value, basis, approximate, mod, regions, actors, sources, claimedBy]) => {
		const summary: EventSummary = {
			id,
			title,
			type: pick(EVENT_TYPES, type, 'type', id),
			time: {
				start,
				end,
				granularity: pick(GRANULARITIES, granularity, 'granularity', id),
				value,
				basis: pick(BASES, basis, 'basis', id),
				approximate: approximate === 1,
				...(mod >= 0 ? { mod: pick(TIMEX_MODS, mod, 'modifier', id) } : {})
			},
			regions: regions.map((r) => pick(wire.regionIds, r, 'region', id)),
			actors: actors.map((a) => pick(wire.actorIds, a, 'actor', id)),
			sources
		};
		if (claimedBy !== null) summary.claimedBy = claimedBy;
		return summary;
	});
}
