import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter } from '../api';
import { columnTestStore, type ColumnTestStore } from './columnTestStore';
import { eventColumnsOf } from './columnStore';
import { queryEventPage } from './eventPage';
import { filterCondition } from './eventFilterSql';
import { queryTimelineEventPage } from './timelineEvents';

const ORDER = `ORDER BY e.start IS NULL, e.start, e.end, e.id`;

describe('the list order over the columns', () => {
	let store: ColumnTestStore;
	beforeAll(() => {
		store = columnTestStore(3000);
	});
	afterAll(() => store.close());

	const sqlIds = (filter: EventFilter, offset: number, limit: number, datedOnly = false) => {
		const c = filterCondition(filter);
		return store.db.prepare(`SELECT e.id FROM events e WHERE ${datedOnly ? 'e.start IS NOT NULL AND ' : ''}${c.where} ${ORDER} LIMIT ? OFFSET ?`).pluck().all(...c.params, limit, offset);
	};

	it.each([
		['the first page', {}, 0],
		['a deep page', {}, 2900],
		['the last, undated events', {}, 2950],
		['a filtered page', { region: ['country:syn-3'], type: ['statement', 'political'] }, 100],
		['a window', { from: Date.UTC(2021, 6, 1), to: Date.UTC(2021, 9, 1) }, 40]
	] as [string, EventFilter, number][])('pages as the SQL order does: %s', async (_, filter, offset) => {
		const page = await queryEventPage(store.db, filter, offset, 100);
		expect(page.events.map((e) => e.id)).toEqual(sqlIds(filter, offset, 100));
		const c = filterCondition(filter);
		expect(page.matched).toBe((store.db.prepare(`SELECT count(*) FROM events e WHERE ${c.where}`).pluck().get(...c.params) as number));
		expect(page.total).toBe((await eventColumnsOf(store.db)).count);
	});

	it('pages the dated events for the API, with their total', async () => {
		const filter: EventFilter = { type: ['diplomacy'] };
		const page = await queryTimelineEventPage(store.db, filter, 30, 50);
		expect(page.events.map((e) => e.id)).toEqual(sqlIds(filter, 30, 50, true));
		const c = filterCondition(filter);
		expect(page.total).toBe(store.db.prepare(`SELECT count(*) FROM events e WHERE e.start IS NOT NULL AND ${c.where}`).pluck().get(...c.params));
		expect(page.events.every((e) => e.time !== null)).toBe(true);
	});
});
