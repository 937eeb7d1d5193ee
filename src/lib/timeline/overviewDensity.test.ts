import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import { buildEventIndex } from './eventIndex';
import { overviewDensity } from './overviewDensity';

const day = (y: number, m: number, d: number): EventSummary => ({
	id: `e${y}${m}${d}`,
	title: 't',
	type: 'other',
	time: { start: Date.UTC(y, m, d), end: Date.UTC(y, m, d + 1), granularity: 'day', value: '', basis: 'stated', approximate: false },
	regions: [],
	actors: [],
	sources: 1
});

describe('overviewDensity', () => {
	it('draws one step per bin, tallest where the events are', () => {
		const events = [day(2021, 7, 1), day(2021, 7, 2), day(2021, 7, 3), day(2000, 0, 1)];
		const index = buildEventIndex(events, new Uint16Array(4), 1);
		const d = overviewDensity(index, 1, [Date.UTC(1999, 0, 1), Date.UTC(2023, 0, 1)], 600, 40);
		expect(d.max).toBe(3);
		expect(d.path.startsWith('M')).toBe(true);
		// The tallest step reaches the top (y = 2 at the full count).
		expect(d.path).toMatch(/,2(\.0+)?[VHL]/);
	});

	it('is empty without events or width', () => {
		const index = buildEventIndex([], new Uint16Array(0), 1);
		expect(overviewDensity(index, 1, [0, 1], 600, 40)).toEqual({ path: '', max: 0 });
	});
});
