import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter } from '../api';
import { columnFacets } from './columnFacets';
import { columnTestStore, type ColumnTestStore } from './columnTestStore';
import { loadEventColumns, type EventColumns } from './eventColumns';
import { filterMasks } from './filterMasks';
import { queryFacets } from './timelineQueries';

describe('columnFacets', () => {
	let store: ColumnTestStore;
	let columns: EventColumns;
	beforeAll(() => {
		store = columnTestStore(3000);
		columns = loadEventColumns(store.db);
	});
	afterAll(() => store.close());

	it.each([
		['no filter', {}],
		['a region', { region: ['country:syn-2'] }],
		['an actor and a type', { actor: ['org:syn-4'], type: ['political'] }],
		['text', { q: 'aid' }],
		['a source', { source: ['synthetic-0000003'] }]
	] as [string, EventFilter][])('counts what the SQL facets count: %s', (_, filter) => {
		const sql = queryFacets(store.db, filter);
		const facets = columnFacets(store.db, columns, filterMasks(store.db, columns, filter), filter.source ?? [], 50);
		expect(facets.regions.map((r) => [r.id, r.count])).toEqual(sql.regions.map((r) => [r.id, r.count]));
		expect(facets.actors.map((a) => [a.id, a.count])).toEqual(sql.actors.map((a) => [a.id, a.count]));
		expect(facets.types).toEqual(sql.types);
		const busy = sql.articles.filter((a) => a.events > 0);
		expect(facets.articlesWithEvents).toBe(busy.length);
		// The busiest articles, and the selected ones whatever their counts.
		const top = Math.min(...facets.articles.filter((a) => !(filter.source ?? []).includes(a.id)).map((a) => a.events));
		for (const a of facets.articles) expect(a.events).toBe(sql.articles.find((s) => s.id === a.id)!.events);
		expect(busy.filter((a) => a.events > top).every((a) => facets.articles.some((f) => f.id === a.id))).toBe(true);
		for (const id of filter.source ?? []) expect(facets.articles.some((a) => a.id === id)).toBe(true);
		expect(facets.articles.length).toBeLessThanOrEqual(50 + (filter.source?.length ?? 0));
	});
});
