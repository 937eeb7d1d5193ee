/**
 * The timeline's lanes for a filtered view of a large store, ranked by the same rules as in the browser
 * (`rankLanes`), from the counts of the events' first regions, actors or types under the filter, with
 * the lane of every dated event. Kept per filter mask, grouping and lane count.
 */
import { EVENT_TYPES } from '../model';
import { rankLanes, type Lane } from '../timeline/lanes';
import type { LaneMode } from '../timeline/viewState';
import type { Db } from './db';
import { entityCatalog } from './entityCatalog';
import type { EventColumns } from './eventColumns';
import type { Mask } from './filterMasks';

export interface ColumnLanes {
	lanes: Lane[];
	/** Lane of each dated position (meaningful where the mask holds). */
	laneOf: Uint16Array;
}

const caches = new WeakMap<object, Map<string, ColumnLanes>>();

export function columnLanes(db: Db, columns: EventColumns, mask: Mask | null, mode: LaneMode, maxLanes: number): ColumnLanes {
	const owner = mask ?? columns;
	let cache = caches.get(owner);
	if (!cache) caches.set(owner, (cache = new Map()));
	const key = `${mode}:${maxLanes}`;
	const found = cache.get(key);
	if (found) return found;

	const entryOf = mode === 'type' ? columns.type : mode === 'region' ? columns.firstRegion : columns.firstActor;
	const ids = mode === 'type' ? EVENT_TYPES : mode === 'region' ? columns.regions.ids : columns.actors.ids;
	// Entry k + 1 is id k; entry 0 holds the events with none.
	const counts = new Int32Array(ids.length + 1);
	for (let p = 0; p < columns.dated; p++) if (!mask || mask[p]) counts[entryOf[p] + 1]++;
	const entries = Array.from(counts, (count, k) => ({ entry: k === 0 ? undefined : ids[k - 1], count }));
	const { lanes, laneOfEntry } = rankLanes(entries, mode, entityCatalog(db, columns).lookup, maxLanes);
	const laneOf = new Uint16Array(columns.dated);
	for (let p = 0; p < columns.dated; p++) laneOf[p] = laneOfEntry[entryOf[p] + 1];
	const result = { lanes, laneOf };
	cache.set(key, result);
	if (cache.size > 12) cache.delete(cache.keys().next().value!);
	return result;
}
