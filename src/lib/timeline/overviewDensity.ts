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

export function overviewDensity(index: EventIndex, laneCount: number, domain: Window, width: number, height: number): OverviewDensity {
	if (width <= 0 || index.events.length === 0) return { path: '', max: 0 };
	const unit = Math.max(unitIndex('day'), unitForPixels((domain[1] - domain[0]) / width, 3));
	const bounds = unitBoundaries(TIME_UNITS[unit], domain[0], domain[1]);
	const counts = new Int32Array((bounds.length - 1) * TYPE_COUNT);
	for (let lane = 0; lane < laneCount; lane++) countBins(index, lane, bounds, TIME_UNITS.length - 1, counts);
	const totals = Array.from({ length: bounds.length - 1 }, (_, j) => {
		let n = 0;
		for (let t = 0; t < TYPE_COUNT; t++) n += counts[j * TYPE_COUNT + t];
		return n;
	});
	const max = Math.max(1, ...totals);
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
