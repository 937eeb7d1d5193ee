/** How many events of a filtered view have their midpoint in each calendar bin of a stretch: the overview's shape. */
import { resolutionName, TIME_UNITS, unitBoundaries } from '../timeline/timeUnits';
import { MAX_BINS, type DensityWire } from '../timeline/windowWire';
import { lowerBound, type EventColumns } from './eventColumns';
import type { Mask } from './filterMasks';

const answers = new WeakMap<object, Map<string, DensityWire>>();

/** The overview asks the same of a view again and again (each page load, each resize): answers are kept per mask. */
export function queryTimelineDensity(columns: EventColumns, mask: Mask | null, from: number, to: number, unit: number): DensityWire {
	const owner = mask ?? columns;
	let kept = answers.get(owner);
	if (!kept) answers.set(owner, (kept = new Map()));
	const key = `${from}:${to}:${unit}`;
	let answer = kept.get(key);
	if (!answer) {
		answer = count(columns, mask, from, to, unit);
		kept.set(key, answer);
		if (kept.size > 8) kept.delete(kept.keys().next().value!);
	}
	return answer;
}

function count(columns: EventColumns, mask: Mask | null, from: number, to: number, unit: number): DensityWire {
	const bounds = unitBoundaries(TIME_UNITS[unit], from, to, MAX_BINS + 1);
	const counts = new Array<number>(bounds.length - 1).fill(0);
	const stop = lowerBound(columns.mid, bounds[bounds.length - 1]);
	let j = 0;
	for (let p = lowerBound(columns.mid, bounds[0]); p < stop; p++) {
		if (mask && !mask[p]) continue;
		while (columns.mid[p] >= bounds[j + 1]) j++;
		counts[j]++;
	}
	return { format: 'dateline-density/1', from: bounds[0], to: bounds[bounds.length - 1], resolution: resolutionName(unit), counts };
}
