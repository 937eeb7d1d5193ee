/** The overview strip's shape: how many events fall in each calendar bin of the whole domain, all lanes together. */
import { area, curveStepAfter } from 'd3';
import { countBins, TYPE_COUNT, type EventIndex } from './eventIndex';
import { TIME_UNITS, unitBoundaries, unitForPixels, unitIndex } from './timeUnits';
import type { Window } from './zoomWindow';

export interface OverviewDensity {
	/** SVG path of the density as steps, square-root scaled so sparse stretches still show. */
	path: string;
	max: number;
}

/** The overview's bin unit: bins at least 3 pixels wide, never finer than a day. */
export function overviewUnit(domain: Window, width: number): number {
	return Math.max(unitIndex('day'), unitForPixels((domain[1] - domain[0]) / Math.max(1, width), 3));
}

export function overviewDensity(index: EventIndex, laneCount: number, domain: Window, width: number, height: number): OverviewDensity {
	if (width <= 0 || index.events.length === 0) return { path: '', max: 0 };
	const bounds = unitBoundaries(TIME_UNITS[overviewUnit(domain, width)], domain[0], domain[1]);
	const counts = new Int32Array((bounds.length - 1) * TYPE_COUNT);
	for (let lane = 0; lane < laneCount; lane++) countBins(index, lane, bounds, TIME_UNITS.length - 1, counts);
	const totals = Array.from({ length: bounds.length - 1 }, (_, j) => {
		let n = 0;
		for (let t = 0; t < TYPE_COUNT; t++) n += counts[j * TYPE_COUNT + t];
		return n;
	});
	return densityPath(bounds, totals, domain, width, height);
}

/** The strip's shape from counts per bin (`bounds` has one more entry than `totals`). */
export function densityPath(bounds: number[], totals: number[], domain: Window, width: number, height: number): OverviewDensity {
	if (width <= 0 || totals.length === 0) return { path: '', max: 0 };
	let max = 1;
	for (const n of totals) if (n > max) max = n;
	const x = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * width;
	const points: [number, number][] = totals.map((n, j) => [x(bounds[j]), n]);
	points.push([x(bounds[bounds.length - 1]), 0]);
	const shape = area<[number, number]>()
		.x((p) => p[0])
		.y0(height)
		.y1((p) => (p[1] === 0 ? height : height - Math.max(1.5, Math.sqrt(p[1] / max) * (height - 2))))
		.curve(curveStepAfter);
	return { path: shape(points) ?? '', max };
}
