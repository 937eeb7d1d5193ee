import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter } from '../api';
import { EVENT_TYPES } from '../model';
import { assignLanes } from '../timeline/lanes';
import { TIME_UNITS, unitBoundaries, unitIndex } from '../timeline/timeUnits';
import { decodeTimeline } from '../timeline/timelineWire';
import { columnLanes } from './columnLanes';
import { columnTestStore, type ColumnTestStore } from './columnTestStore';
import { entityCatalog } from './entityCatalog';
import { loadEventColumns, type EventColumns } from './eventColumns';
import { filterMasks } from './filterMasks';
import { queryTimelineEvents } from './timelineEvents';
import { queryStackMembers } from './timelineStack';
import { maxRows, queryTimelineWindow, type WindowQuery } from './timelineWindow';

const TYPES = EVENT_TYPES.length;
const DAY = 86_400_000;
const T = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('queryTimelineWindow', () => {
	let store: ColumnTestStore;
	let columns: EventColumns;
	beforeAll(() => {
		store = columnTestStore(4000, 11);
		columns = loadEventColumns(store.db);
	});
	afterAll(() => store.close());

	it.each(['region', 'actor', 'type'] as const)('ranks lanes as the browser would over the same events, by %s', (mode) => {
		for (const filter of [{}, { region: ['country:syn-1'] }, { actor: ['org:syn-3'] }] as EventFilter[]) {
			const events = queryTimelineEvents(store.db, filter);
			const browser = assignLanes(events, mode, entityCatalog(store.db, columns).lookup, 6);
			const mask = filterMasks(store.db, columns, filter).all;
			const server = columnLanes(store.db, columns, mask, mode, 6);
			expect(server.lanes).toEqual(browser.lanes);
			const seqOf = new Map((store.db.prepare(`SELECT id, seq FROM events`).all() as { id: string; seq: number }[]).map((r) => [r.id, r.seq]));
			events.forEach((e, i) => expect(server.laneOf[columns.positionOfSeq[seqOf.get(e.id)!]]).toBe(browser.laneOf[i]));
		}
	});

	/** Everything the answer claims, checked against the columns event by event. */
	function check(filter: EventFilter, query: WindowQuery) {
		const mask = filterMasks(store.db, columns, filter).all;
		const answer = queryTimelineWindow(store.db, columns, mask, query);
		const { laneOf } = columnLanes(store.db, columns, mask, query.lanes, query.maxLanes);
		const bounds = unitBoundaries(TIME_UNITS[query.unit], query.from, query.to, 5000);
		expect([answer.from, answer.to]).toEqual([bounds[0], bounds[bounds.length - 1]]);
		const { from, to } = answer;
		const rows = decodeTimeline(answer.events);
		const seqOf = new Map((store.db.prepare(`SELECT id, seq FROM events`).all() as { id: string; seq: number }[]).map((r) => [r.id, r.seq]));
		const positionOf = (id: string) => columns.positionOfSeq[seqOf.get(id)!];
		const timeOf = (p: number) => `${columns.start[p]}|${columns.end[p]}|${columns.timeKey[p]}`;
		const binOf = (t: number) => bounds.findIndex((b, j) => j + 1 < bounds.length && b <= t && t < bounds[j + 1]);

		const overlapping: number[][] = answer.lanes.map(() => []);
		for (let p = 0; p < columns.dated; p++) if ((!mask || mask[p]) && columns.start[p] < to && columns.end[p] > from) overlapping[laneOf[p]].push(p);
		expect(answer.inRange).toEqual(overlapping.map((l) => l.length));
		expect(rows.length).toBeLessThanOrEqual(maxRows(answer.lanes.length));

		// What the rows stand for, per lane and time: a row alone, or its stack's size.
		const sent: Map<string, number>[] = answer.lanes.map(() => new Map());
		rows.forEach((e, i) => {
			const p = positionOf(e.id);
			expect(answer.laneOf[i]).toBe(laneOf[p]);
			if (e.id === query.event) return;
			const s = answer.stackOf[i];
			const key = timeOf(p);
			const lane = sent[answer.laneOf[i]];
			lane.set(key, s >= 0 ? answer.stacks[s][0] : (lane.get(key) ?? 0) + 1);
		});
		for (const [s, [size, ...counts]] of answer.stacks.entries()) expect(counts.reduce((a, b) => a + b, 0), `stack ${s}`).toBe(size);

		answer.lanes.forEach((_, lane) => {
			const byTime = new Map<string, number[]>();
			for (const p of overlapping[lane]) byTime.set(timeOf(p), [...(byTime.get(timeOf(p)) ?? []), p]);
			if (answer.complete[lane]) {
				// Whole: every mark, every event in it counted.
				expect(new Map([...byTime].map(([k, ps]) => [k, ps.length]))).toEqual(sent[lane]);
				expect(answer.bins.filter((_, i) => i % (2 + TYPES) === 0 && answer.bins[i] === lane)).toEqual([]);
				return;
			}
			// Density: stacks sent are whole stacks of long events; the bins count the rest by midpoint.
			const expected = new Int32Array((bounds.length - 1) * TYPES);
			for (const [key, ps] of byTime) {
				const long = columns.durationClass[ps[0]] > query.unit;
				if (long && sent[lane].has(key)) {
					expect(sent[lane].get(key), key).toBe(ps.length);
					continue;
				}
				expect(sent[lane].has(key)).toBe(false);
				for (const p of ps) {
					const j = binOf(columns.mid[p]);
					if (j >= 0) expected[j * TYPES + columns.type[p]]++;
				}
			}
			const got = new Int32Array((bounds.length - 1) * TYPES);
			for (let i = 0; i < answer.bins.length; i += 2 + TYPES) if (answer.bins[i] === lane) for (let t = 0; t < TYPES; t++) got[answer.bins[i + 1] * TYPES + t] = answer.bins[i + 2 + t];
			expect(Array.from(got)).toEqual(Array.from(expected));
		});
		return answer;
	}

	const year = unitIndex('year');
	const month = unitIndex('month');
	const day = unitIndex('day');
	it.each([
		['forty years in years, every lane busy (from the month counts)', {}, T(1982), T(2024), year, 5],
		['forty years in years, lanes whole when they may be', {}, T(1982), T(2024), year, 5000],
		['ten years in months by type', { type: ['statement'] }, T(2005), T(2015), month, 40],
		['two years in months, filtered, by actor', { region: ['country:syn-0'] }, T(2020), T(2022), month, 10],
		['a crisis month in days', {}, T(2021, 7, 15), T(2021, 9, 1), day, 30],
		['a crisis month in days, lanes whole', {}, T(2021, 7, 15), T(2021, 9, 1), day, 5000],
		['three days, narrow view', { region: ['district:syn-0-0-0'] }, T(2021, 8, 12), T(2021, 8, 16), day, 250],
		['an empty stretch', {}, T(1990, 3, 3), T(1990, 3, 4), day, 250]
	] as [string, EventFilter, number, number, number, number][])('answers exactly: %s', (_, filter, from, to, unit, limit) => {
		check(filter, { from, to, unit, lanes: filter.region ? 'actor' : 'region', maxLanes: 6, limit });
	});

	it('keeps its answer bounded: the busiest whole lanes turn to density', () => {
		const answer = check({}, { from: T(1982), to: T(2024), unit: year, lanes: 'type', maxLanes: 8, limit: 100_000 });
		expect(answer.complete).toContain(0);
		expect(answer.complete).toContain(1);
	});

	it('includes the event asked for, wherever its lane', () => {
		const answer = check({}, { from: T(1982), to: T(2024), unit: year, lanes: 'region', maxLanes: 6, limit: 5, event: 'xsame-2' });
		expect(decodeTimeline(answer.events).some((e) => e.id === 'xsame-2')).toBe(true);
	});

	it('stacks events of one time, and keeps a hedged one apart', () => {
		const answer = check({ region: ['district:syn-0-0-0'] }, { from: T(2021, 8, 14), to: T(2021, 8, 15), unit: day, lanes: 'region', maxLanes: 6, limit: 250 });
		const rows = decodeTimeline(answer.events);
		expect(rows.find((e) => e.id === 'xsame-hedged')?.time?.approximate).toBe(true);
		const mask = filterMasks(store.db, columns, { region: ['district:syn-0-0-0'] }).all;
		const { laneOf } = columnLanes(store.db, columns, mask, 'region', 6);
		const page = queryStackMembers(store.db, columns, mask, laneOf, 'xsame-1', 0, 100)!;
		const ids = page.events.map((e) => e.id);
		expect(ids).toContain('xsame-2');
		expect(ids).not.toContain('xsame-hedged');
		expect(page.events.every((e) => e.time!.start === T(2021, 8, 14) && e.time!.end === T(2021, 8, 14) + DAY && !e.time!.approximate)).toBe(true);
		expect(queryStackMembers(store.db, columns, mask, laneOf, 'xsame-1', 1, 100)!.events.map((e) => e.id)).toEqual(ids.slice(1));
		expect(queryStackMembers(store.db, columns, mask, laneOf, 'xundated', 0, 100)).toBeNull();
	});
});
