import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import { EVENT_TYPES, type EventType, type Granularity } from '../model';
import { buildEventIndex, countBins, countInWindow, eventsInWindow, sizeOf, TYPE_COUNT, weightInWindow } from './eventIndex';

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

describe('eventIndex with rows standing for more events', () => {
	// A window of a large store sends a stack as one member with the counts of the rest.
	const events = [ev('stack', 10 * DAY, 11 * DAY), ev('alone', 20 * DAY, 21 * DAY, 'statement')];
	const more = new Int32Array(TYPE_COUNT);
	more[EVENT_TYPES.indexOf('diplomacy')] = 4;
	more[EVENT_TYPES.indexOf('armed-violence')] = 2;
	const index = buildEventIndex(events, Uint16Array.from([0, 0]), 1, new Map([[0, more]]));

	it('counts the events rows stand for in bins and in view, and rows as rows', () => {
		expect(sizeOf(index, 0)).toBe(7);
		expect(sizeOf(index, 1)).toBe(1);
		expect(weightInWindow(index, 0, 0, 30 * DAY)).toBe(8);
		expect(weightInWindow(index, 0, 15 * DAY, 30 * DAY)).toBe(1);
		expect(countInWindow(index, 0, 0, 30 * DAY)).toBe(2);
		const out = new Int32Array(2 * TYPE_COUNT);
		countBins(index, 0, [0, 15 * DAY, 30 * DAY], 6, out);
		expect(Array.from(out.subarray(0, TYPE_COUNT))).toEqual([3, 0, 0, 4, 0, 0, 0]);
		expect(Array.from(out.subarray(TYPE_COUNT))).toEqual([0, 0, 1, 0, 0, 0, 0]);
	});
});
