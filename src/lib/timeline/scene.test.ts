import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import type { EventType, Granularity, TimexMod } from '../model';
import { buildEventIndex, TYPE_COUNT, weightInWindow } from './eventIndex';
import { buildScene, type SceneOptions } from './scene';
import { TIME_UNITS } from './timeUnits';

const DAY = 86_400_000;
const T0 = Date.UTC(2021, 7, 1);

function ev(i: number, start: number, end: number, opts: { type?: EventType; granularity?: Granularity; approximate?: boolean; mod?: TimexMod } = {}): EventSummary {
	return {
		id: `e${i}`,
		title: `Event number ${i}`,
		type: opts.type ?? 'armed-violence',
		time: { start, end, granularity: opts.granularity ?? 'day', value: '', basis: 'stated', approximate: opts.approximate ?? false, ...(opts.mod ? { mod: opts.mod } : {}) },
		regions: [],
		actors: [],
		sources: 1
	};
}

function options(t0: number, t1: number, lanes = 1): SceneOptions {
	return {
		t0,
		t1,
		width: 1000,
		lanes: Array.from({ length: lanes }, (_, i) => ({ y0: i * 80, y1: i * 80 + 80 })),
		rowHeight: 18,
		markSize: 10,
		minBinWidth: 8,
		binReference: 1000,
		labelText: (i) => `Event number ${i}`,
		stackText: (members) => `${members.length} events`,
		measure: (text) => text.length * 6.5,
		maxLabels: 300
	};
}

function scene(events: EventSummary[], o: SceneOptions, laneOf?: number[]) {
	const index = buildEventIndex(events, Uint16Array.from(laneOf ?? events.map(() => 0)), o.lanes.length);
	return buildScene(index, o);
}

describe('buildScene', () => {
	it('draws a few day events as dots, with labels', () => {
		const events = [ev(0, T0 + 2 * DAY, T0 + 3 * DAY), ev(1, T0 + 12 * DAY, T0 + 13 * DAY)];
		const s = scene(events, options(T0, T0 + 31 * DAY));
		expect(s.laneModes).toEqual(['marks']);
		expect(scene(events, options(T0, T0 + 10 * DAY)).marks.map((m) => m.shape)).toEqual(['bar']);
		expect(s.marks.map((m) => m.shape)).toEqual(['point', 'point']);
		expect(s.marks[0].x0 + 5).toBeCloseTo((2.5 / 31) * 1000);
		expect(s.labels.map((l) => l.text)).toEqual(['Event number 0', 'Event number 1']);
	});

	it('draws a month as a pill when it is narrow and as a bar when it is wide', () => {
		const month = [ev(0, T0, T0 + 31 * DAY, { granularity: 'month' })];
		expect(scene(month, options(T0 - 3000 * DAY, T0 + 3000 * DAY)).marks[0].shape).toBe('pill');
		expect(scene(month, options(T0 - 40 * DAY, T0 + 40 * DAY)).marks[0].shape).toBe('bar');
	});

	it('puts overlapping events on separate rows', () => {
		const events = [ev(0, T0, T0 + DAY), ev(1, T0 + DAY / 2, T0 + DAY + DAY / 2), ev(2, T0 - 3 * DAY, T0 + 3 * DAY, { granularity: 'week' })];
		const s = scene(events, options(T0 - 60 * DAY, T0 + 60 * DAY));
		expect(new Set(s.marks.map((m) => m.y)).size).toBe(3);
	});

	it('stacks events with the same time into one mark with its members', () => {
		const events = [ev(0, T0, T0 + DAY), ev(1, T0, T0 + DAY), ev(2, T0, T0 + DAY), ev(3, T0, T0 + DAY, { mod: 'ON_OR_BEFORE' })];
		const s = scene(events, options(T0 - 10 * DAY, T0 + 10 * DAY));
		expect(s.marks.map((m) => m.members)).toEqual(expect.arrayContaining([[0, 1, 2], null]));
		expect(s.marks).toHaveLength(2);
		expect(s.labels.map((l) => l.text)).toContain('3 events');
	});

	it('turns a crowded lane into bins whose counts add up, and leaves a sparse lane as marks', () => {
		const events = [...Array.from({ length: 400 }, (_, i) => ev(i, T0 + (i % 20) * DAY, T0 + (i % 20) * DAY + DAY, { type: i % 3 ? 'statement' : 'diplomacy' })), ev(400, T0 + 5 * DAY, T0 + 6 * DAY)];
		const s = scene(events, options(T0 - 5 * DAY, T0 + 30 * DAY, 2), events.map((_, i) => (i < 400 ? 0 : 1)));
		expect(s.laneModes).toEqual(['bins', 'marks']);
		expect(s.bins.reduce((n, b) => n + b.total, 0)).toBe(400);
		expect(s.bins.every((b) => b.lane === 0 && b.x1 > b.x0 && b.y1 > b.y0)).toBe(true);
		expect(s.marks.map((m) => m.event)).toEqual([400]);
	});

	it('keeps long spans as bars above the bins when they fit', () => {
		const events = [...Array.from({ length: 300 }, (_, i) => ev(i, T0 + (i % 10) * DAY, T0 + (i % 10) * DAY + DAY)), ev(300, T0, T0 + 31 * DAY, { granularity: 'month' })];
		const s = scene(events, options(T0 - 5 * DAY, T0 + 40 * DAY));
		expect(s.laneModes).toEqual(['bins']);
		expect(s.marks.map((m) => [m.event, m.shape])).toEqual([[300, 'bar']]);
		expect(Math.max(...s.bins.map((b) => b.y1))).toBeLessThanOrEqual(80);
		expect(Math.min(...s.bins.map((b) => b.y0))).toBeGreaterThan(s.marks[0].y);
	});

	it('gives open-ended and hedged spans their style', () => {
		const events = [ev(0, T0, T0 + DAY, { mod: 'ON_OR_BEFORE' }), ev(1, T0 + 10 * DAY, T0 + 11 * DAY, { approximate: true })];
		const s = scene(events, options(T0 - 10 * DAY, T0 + 20 * DAY));
		expect(s.marks.map((m) => [m.open, m.approximate])).toEqual([
			['before', false],
			[null, true]
		]);
	});

	it('points out a highlighted event that its lane only shows as a bin', () => {
		const events = Array.from({ length: 500 }, (_, i) => ev(i, T0 + (i % 20) * DAY, T0 + (i % 20) * DAY + DAY));
		const s = buildScene(buildEventIndex(events, new Uint16Array(500), 1), { ...options(T0, T0 + 30 * DAY), highlight: 42 });
		expect(s.highlight?.event).toBe(42);
	});

	it('labels only where a label fits before the next mark', () => {
		const events = [ev(0, T0, T0 + DAY), ev(1, T0 + 3 * DAY, T0 + 4 * DAY)];
		// Three days apart at 10 px a day, in a lane of one row: no room for the first label.
		const s = scene(events, { ...options(T0 - 50 * DAY, T0 + 50 * DAY), lanes: [{ y0: 0, y1: 24 }] });
		expect(s.labels.map((l) => l.event)).toEqual([1]);
	});
});

describe('buildScene over a window of a large store', () => {
	const unit = TIME_UNITS.findIndex((u) => u.name === 'day');
	// The store's bins for a stretch wider than the view: 20 days, two lanes, the second whole.
	const bounds = Array.from({ length: 21 }, (_, j) => T0 + j * DAY);
	const counts = new Int32Array(20 * TYPE_COUNT);
	for (let j = 0; j < 20; j++) counts[j * TYPE_COUNT + 2] = 100 + j;

	it('draws the given bins in view, of the given unit, and the whole lane from its rows', () => {
		const events = [ev(1, T0 + 12 * DAY, T0 + 13 * DAY), ev(2, T0 + 13 * DAY, T0 + 14 * DAY, { type: 'statement' })];
		const index = buildEventIndex(events, Uint16Array.from([1, 1]), 2);
		const s = buildScene(index, { ...options(T0 + 10 * DAY, T0 + 15 * DAY, 2), density: { unit, bounds, bins: [counts, null] } });
		expect(s.binUnit).toBe(unit);
		expect(s.laneModes).toEqual(['bins', 'marks']);
		expect(s.bins.map((b) => [b.start, b.total])).toEqual([10, 11, 12, 13, 14].map((j) => [T0 + j * DAY, 100 + j]));
		expect(s.marks.map((m) => m.event).sort()).toEqual([0, 1]);
	});

	it('draws a summarized stack with its size, and folds long ones that find no row into the bins with all their events', () => {
		// A lane shown as density: its long events come as stacks, one member each with the counts of the rest.
		const month = (i: number, type: EventType) => ev(i, T0, T0 + 31 * DAY, { granularity: 'month', type });
		const events = [month(1, 'statement'), month(2, 'diplomacy'), ev(3, T0 + 2 * DAY, T0 + 9 * DAY, { granularity: 'week' })];
		const more = new Int32Array(TYPE_COUNT);
		more[0] = 40;
		const extra = new Map([[0, more]]);
		const index = buildEventIndex(events, Uint16Array.from([0, 0, 0]), 1, extra);
		expect(weightInWindow(index, 0, T0, T0 + 31 * DAY)).toBe(43);
		const s = buildScene(index, { ...options(T0, T0 + 20 * DAY, 1), lanes: [{ y0: 0, y1: 80 }], density: { unit, bounds, bins: [counts] } });
		const stack = s.marks.find((m) => m.members);
		const drawn = s.marks.reduce((n, m) => n + m.size, 0) + s.bins.reduce((n, b) => n + b.total, 0);
		// Every event is drawn once: the stack with its 42, the week, the bins' counts, whether or not the long ones found their row.
		expect(drawn).toBe(42 + 1 + counts.reduce((a, b) => a + b, 0));
		expect(stack?.size).toBe(42);
		expect(stack?.members).toHaveLength(2);
	});
});
