import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import { EVENT_TYPES } from '../model';
import type { Lane } from './lanes';
import { encodeTimeline } from './timelineWire';
import { unitBoundaries, TIME_UNITS, unitIndex } from './timeUnits';
import { decodeWindow, type WindowWire } from './windowWire';

const DAY = 86_400_000;
const T0 = Date.UTC(2021, 7, 1);
const TYPES = EVENT_TYPES.length;

const event = (id: string, start: number, end: number): EventSummary => ({
	id,
	title: id,
	type: 'statement',
	time: { start, end, granularity: 'day', value: '2021-08-01', basis: 'stated', approximate: false },
	regions: ['r'],
	actors: [],
	sources: 1
});
const lane = (key: string): Lane => ({ key, label: key, detail: '', count: 1, kind: 'group' });

function wire(over: Partial<WindowWire> = {}): WindowWire {
	const events = [event('a', T0, T0 + DAY), event('b', T0 + DAY, T0 + 31 * DAY)];
	return {
		format: 'dateline-window/1',
		from: T0,
		to: T0 + 10 * DAY,
		resolution: 'day',
		lanes: [lane('whole'), lane('busy')],
		inRange: [1, 50],
		complete: [1, 0],
		events: encodeTimeline(events),
		laneOf: [0, 1],
		stackOf: [-1, 0],
		stacks: [[7, 0, 0, 7, 0, 0, 0, 0]],
		bins: [1, 3, 0, 0, 5, 0, 0, 1, 0],
		matched: 51,
		...over
	};
}

describe('decodeWindow', () => {
	it('rebuilds the bins of the lanes shown as density over the same calendar as the server', () => {
		const data = decodeWindow(wire());
		expect(data.unit).toBe(unitIndex('day'));
		expect(data.bounds).toEqual(unitBoundaries(TIME_UNITS[unitIndex('day')], T0, T0 + 10 * DAY));
		expect(data.bins[0]).toBeNull();
		const busy = data.bins[1]!;
		expect(busy.length).toBe(10 * TYPES);
		expect(busy[3 * TYPES + 2]).toBe(5);
		expect(busy[3 * TYPES + 5]).toBe(1);
		expect(busy.reduce((a, b) => a + b, 0)).toBe(6);
		expect(data.complete).toEqual([true, false]);
		expect(Array.from(data.laneOf)).toEqual([0, 1]);
		expect(data.stacks[0].size).toBe(7);
		expect(Array.from(data.stacks[0].counts)).toEqual([0, 0, 7, 0, 0, 0, 0]);
		expect(data.events.map((e) => e.id)).toEqual(['a', 'b']);
	});

	it.each([
		['another format', { format: 'something/2' as 'dateline-window/1' }, 'unknown format'],
		['a resolution finer than a day', { resolution: 'hour' }, 'Unknown resolution'],
		['a bin outside the stretch', { bins: [1, 10, 0, 0, 1, 0, 0, 0, 0] }, 'outside its stretch'],
		['bins for a whole lane', { bins: [0, 1, 0, 0, 1, 0, 0, 0, 0] }, 'outside its stretch'],
		['a row in an unknown lane', { laneOf: [0, 2] }, 'unknown lane'],
		['rows without lanes', { laneOf: [0] }, 'without lanes']
	] as [string, Partial<WindowWire>, string][])('refuses %s', (_, over, message) => {
		expect(() => decodeWindow(wire(over))).toThrow(message);
	});
});
