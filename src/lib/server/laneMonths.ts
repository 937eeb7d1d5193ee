/**
 * How many events of a filtered view, no longer than a month, have their midpoint in each calendar month,
 * by lane and type: a wide window's bins (months and coarser units are whole months) are sums of these,
 * so it need not visit the million events it spans. Kept per lane assignment (one per filter, grouping
 * and lane count), read in one pass over the events in midpoint order.
 */
import { EVENT_TYPES } from '../model';
import { TIME_UNITS, unitBoundaries, unitIndex } from '../timeline/timeUnits';
import type { EventColumns } from './eventColumns';
import type { Mask } from './filterMasks';

const TYPES = EVENT_TYPES.length;
export const MONTH = unitIndex('month');

export interface LaneMonths {
	/** Month starts from the store's first month to the end of its last: one more than `months`. */
	bounds: Float64Array;
	months: number;
	/** `((lane * months) + month) * TYPES + type`. */
	counts: Int32Array;
}

const kept = new WeakMap<Uint16Array, LaneMonths>();

export function laneMonths(columns: EventColumns, mask: Mask | null, laneOf: Uint16Array, laneCount: number): LaneMonths | null {
	if (!columns.extent) return null;
	let found = kept.get(laneOf);
	if (found) return found;
	// Twelve thousand months is a millennium: a store reaching further back is counted event by event.
	const bounds = Float64Array.from(unitBoundaries(TIME_UNITS[MONTH], columns.extent.start, columns.extent.end, 12_001));
	if (bounds[bounds.length - 1] < columns.extent.end) return null;
	const months = bounds.length - 1;
	const counts = new Int32Array(laneCount * months * TYPES);
	const { mid, durationClass, type } = columns;
	let k = 0;
	for (let p = 0; p < columns.dated; p++) {
		if ((mask !== null && mask[p] === 0) || durationClass[p] > MONTH) continue;
		while (mid[p] >= bounds[k + 1]) k++;
		counts[(laneOf[p] * months + k) * TYPES + type[p]]++;
	}
	found = { bounds, months, counts };
	kept.set(laneOf, found);
	return found;
}
