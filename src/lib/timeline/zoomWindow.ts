/**
 * The arithmetic between the visible window of time and d3-zoom's transform. The zoom works on a fixed
 * base scale (the whole store's extent, padded, over the plot's width); a window `[w0, w1)` is the base
 * scale rescaled by the transform, as `ZoomTransform.rescaleX` does.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;

export type Window = [number, number];

export interface ZoomParams {
	k: number;
	x: number;
}

/** Narrowest window the zoom allows: a few hours, where hour ticks still have room. */
export const MIN_WINDOW = 3 * HOUR;

/** The base domain: the extent padded a little on both sides, and never shorter than a few days. */
export function baseDomain(extent: { start: number; end: number } | null): Window {
	if (!extent) return [Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)];
	return padded(extent.start, extent.end, 0.03, 4 * DAY);
}

function padded(start: number, end: number, fraction: number, minimum: number): Window {
	const span = Math.max(end - start, minimum);
	const mid = (start + end) / 2;
	const half = (span * (1 + 2 * fraction)) / 2;
	return [mid - half, mid + half];
}

/** The window that fits a set of spans with some room around them. */
export function fitWindow(start: number, end: number): Window {
	return padded(start, end, 0.04, 2 * DAY);
}

/** A window that shows a span in context: several times its length, at least a month. */
export function windowAround(start: number, end: number): Window {
	return padded(start, end, 0, Math.max((end - start) * 6, 30 * DAY));
}

export function transformFor(domain: Window, window: Window, width: number): ZoomParams {
	const k = (domain[1] - domain[0]) / (window[1] - window[0]);
	return { k, x: -((window[0] - domain[0]) / (domain[1] - domain[0])) * width * k };
}

export function windowFor(domain: Window, t: ZoomParams, width: number): Window {
	const toTime = (px: number) => domain[0] + (((px - t.x) / t.k) / width) * (domain[1] - domain[0]);
	return [toTime(0), toTime(width)];
}

/** Zoom factors from a window three times the base domain down to `MIN_WINDOW`. */
export function scaleExtent(domain: Window): [number, number] {
	return [1 / 3, Math.max(1, (domain[1] - domain[0]) / MIN_WINDOW)];
}

/**
 * Keeps the window overlapping the base domain: it may pan past either end by up to its own width, so
 * the first and last events can be brought to the middle of the screen.
 */
export function constrainWindow(domain: Window, window: Window): Window {
	const w = window[1] - window[0];
	const lo = domain[0] - w / 2;
	const hi = domain[1] + w / 2;
	if (w >= hi - lo) {
		const mid = (domain[0] + domain[1]) / 2;
		return [mid - w / 2, mid + w / 2];
	}
	if (window[0] < lo) return [lo, lo + w];
	if (window[1] > hi) return [hi - w, hi];
	return window;
}

/**
 * The window a timeline opens on: the shortest stretch holding nine events in ten. A few events far
 * from the rest (a decade mentioned in passing, a late re-publication) would otherwise squeeze everything
 * else into a sliver; they stay one "fit all" away, and in the overview.
 */
export function openingWindow(spans: { start: number; end: number }[]): Window | null {
	if (spans.length === 0) return null;
	const mids = Float64Array.from(spans, (s) => (s.start + s.end) / 2).sort();
	let first = Infinity;
	let last = -Infinity;
	for (const s of spans) {
		first = Math.min(first, s.start);
		last = Math.max(last, s.end);
	}
	return openingWindowOf(mids, first, last);
}

/** `openingWindow` from the spans' midpoints in ascending order, their earliest start and latest end. */
export function openingWindowOf(mids: Float64Array | number[], first: number, last: number): Window | null {
	if (mids.length === 0) return null;
	const all = fitWindow(first, last);
	if (mids.length < 10) return all;
	const k = Math.ceil(mids.length * 0.9) - 1;
	let best = 0;
	for (let i = 1; i + k < mids.length; i++) if (mids[i + k] - mids[i] < mids[best + k] - mids[best]) best = i;
	const core = fitWindow(mids[best], mids[best + k]);
	return core[1] - core[0] < (all[1] - all[0]) * 0.5 ? core : all;
}
