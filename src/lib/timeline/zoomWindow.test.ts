import { describe, expect, it } from 'vitest';
import { baseDomain, constrainWindow, fitWindow, MIN_WINDOW, openingWindow, scaleExtent, transformFor, windowAround, windowFor, type Window } from './zoomWindow';

const DAY = 86_400_000;
const domain: Window = [Date.UTC(1980, 0, 1), Date.UTC(2023, 0, 1)];

describe('zoomWindow', () => {
	it.each<Window>([
		[Date.UTC(2021, 7, 1), Date.UTC(2021, 8, 1)],
		[Date.UTC(2021, 7, 13, 6), Date.UTC(2021, 7, 13, 9)],
		[Date.UTC(1970, 0, 1), Date.UTC(2040, 0, 1)],
		domain
	])('round-trips a window through the transform', (w0, w1) => {
		const t = transformFor(domain, [w0, w1], 1200);
		const [a, b] = windowFor(domain, t, 1200);
		expect(a).toBeCloseTo(w0, -1);
		expect(b).toBeCloseTo(w1, -1);
	});

	it('gives the identity transform for the whole domain', () => {
		expect(transformFor(domain, domain, 800)).toEqual({ k: 1, x: -0 });
	});

	it('pads the extent and gives a lone day some room', () => {
		const [a, b] = baseDomain({ start: Date.UTC(2021, 7, 13), end: Date.UTC(2021, 7, 14) });
		expect(b - a).toBeGreaterThanOrEqual(4 * DAY);
		expect(a).toBeLessThan(Date.UTC(2021, 7, 13));
		const [c, d] = fitWindow(Date.UTC(1980, 0, 1), Date.UTC(2022, 0, 1));
		expect(c).toBeLessThan(Date.UTC(1980, 0, 1));
		expect(d).toBeGreaterThan(Date.UTC(2022, 0, 1));
	});

	it('shows a day in a month of context and a decade in decades', () => {
		const [a, b] = windowAround(Date.UTC(2021, 7, 13), Date.UTC(2021, 7, 14));
		expect(b - a).toBe(30 * DAY);
		expect((a + b) / 2).toBe(Date.UTC(2021, 7, 13, 12));
		const [c, d] = windowAround(Date.UTC(1980, 0, 1), Date.UTC(1990, 0, 1));
		expect(d - c).toBe(6 * (Date.UTC(1990, 0, 1) - Date.UTC(1980, 0, 1)));
	});

	it('lets the zoom reach hours and three times the domain', () => {
		const [lo, hi] = scaleExtent(domain);
		expect(lo).toBeCloseTo(1 / 3);
		expect((domain[1] - domain[0]) / hi).toBeCloseTo(MIN_WINDOW);
	});

	it('keeps the window within reach of the domain', () => {
		expect(constrainWindow(domain, [domain[1] + 10 * DAY, domain[1] + 20 * DAY])).toEqual([domain[1] - 5 * DAY, domain[1] + 5 * DAY]);
		expect(constrainWindow(domain, [domain[0] - 20 * DAY, domain[0] - 10 * DAY])).toEqual([domain[0] - 5 * DAY, domain[0] + 5 * DAY]);
		const inside: Window = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
		expect(constrainWindow(domain, inside)).toBe(inside);
	});
});

describe('openingWindow', () => {
	const day = (d: number) => ({ start: Date.UTC(2021, 7, d), end: Date.UTC(2021, 7, d + 1) });

	it('opens on where most events are, leaving far outliers to "fit all"', () => {
		const spans = [...Array.from({ length: 40 }, (_, i) => day(1 + (i % 28))), { start: Date.UTC(1980, 0, 1), end: Date.UTC(1990, 0, 1) }];
		const [a, b] = openingWindow(spans)!;
		expect(a).toBeGreaterThan(Date.UTC(2021, 6, 20));
		expect(b).toBeLessThan(Date.UTC(2021, 8, 10));
	});

	it('fits everything when events are spread evenly or few', () => {
		const even = Array.from({ length: 40 }, (_, i) => ({ start: Date.UTC(1990 + i, 0, 1), end: Date.UTC(1990 + i, 0, 2) }));
		const [a, b] = openingWindow(even)!;
		expect(a).toBeLessThan(Date.UTC(1990, 0, 1));
		expect(b).toBeGreaterThan(Date.UTC(2029, 0, 1));
		expect(openingWindow([day(1), { start: Date.UTC(1980, 0, 1), end: Date.UTC(1981, 0, 1) }])![0]).toBeLessThan(Date.UTC(1980, 0, 1));
		expect(openingWindow([])).toBeNull();
	});
});
