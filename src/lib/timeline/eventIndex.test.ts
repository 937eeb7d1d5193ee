import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import { EVENT_TYPES, type EventType, type Granularity } from '../model';
import { buildEventIndex, countBins, countInWindow, eventsInWindow, TYPE_COUNT } from './eventIndex';

const DAY = 86_400_000;

function ev(id: string, start: number, end: number, type: EventType = 'armed-violence', granularity: Granularity = 'day'): EventSummary {
	return { id, title: id, type, time: { start, end, granularity, value: '', basis: 'stated', approximate: false }, regions: [], actors: [], sources: 1 };
}

describe('eventIndex', () => {
	const events = [
		ev('day1', 10 * DAY, 11 * DAY),
		ev('day2', 20 * DAY, 21 * DAY, 'statement'),
		ev('month', 0, 31 * DAY, 'diplomacy', 'month'),
		ev('decade', -3000 * DAY, 650 * DAY, 'other', 'decade'),
		ev('lane1', 10 * DAY, 11 * DAY)
	];
	const index = buildEventIndex(events, Uint16Array.from([0, 0, 0, 0, 1]), 2);

	it('finds the events of a lane overlapping a window, long ones included', () => {
		const ids = (t0: number, t1: number) => eventsInWindow(index, 0, t0, t1).map((i) => events[i].id).sort();
		expect(ids(15 * DAY, 16 * DAY)).toEqual(['decade', 'month']);
		expect(ids(10.5 * DAY, 20.5 * DAY)).toEqual(['day1', 'day2', 'decade', 'month']);
		expect(ids(11 * DAY, 20 * DAY)).toEqual(['decade', 'month']);
		expect(ids(700 * DAY, 800 * DAY)).toEqual([]);
		expect(eventsInWindow(index, 1, 0, 100 * DAY).map((i) => events[i].id)).toEqual(['lane1']);
	});

	it('counts events by type into bins by their midpoints', () => {
		const bounds = [0, 15 * DAY, 30 * DAY];
		const out = new Int32Array(2 * TYPE_COUNT);
		countBins(index, 0, bounds, 6, out);
		const at = (bin: number, type: EventType) => out[bin * TYPE_COUNT + EVENT_TYPES.indexOf(type)];
		expect(at(0, 'armed-violence')).toBe(1);
		expect(at(1, 'statement')).toBe(1);
		expect(at(1, 'diplomacy')).toBe(1);
		expect(out.reduce((a, b) => a + b)).toBe(3);
	});
});
