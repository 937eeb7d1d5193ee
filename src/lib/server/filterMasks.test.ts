import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventFilter } from '../api';
import { columnTestStore, type ColumnTestStore } from './columnTestStore';
import { loadEventColumns, type EventColumns } from './eventColumns';
import { filterCondition, type FilterPart } from './eventFilterSql';
import { filterMasks, sparsePositions, type Mask } from './filterMasks';

const AUG_2021 = Date.UTC(2021, 7, 1);
const SEP_2021 = Date.UTC(2021, 8, 1);

const FILTERS: [string, EventFilter][] = [
	['nothing', {}],
	['a country (its districts included)', { region: ['country:syn-1'] }],
	['two regions', { region: ['province:syn-0-0', 'district:syn-3-2-1'] }],
	['an unknown region', { region: ['province:nowhere'] }],
	['a group (its members included)', { actor: ['org:syn-2'] }],
	['a type', { type: ['statement'] }],
	['two types', { type: ['statement', 'diplomacy'] }],
	['an article', { source: ['synthetic-0000007', 'synthetic-0000100'] }],
	['text', { q: 'ceasefire' }],
	['text by prefix', { q: 'cease' }],
	['text without words', { q: '!!!' }],
	['a window (undated events stay)', { from: AUG_2021, to: SEP_2021 }],
	['everything at once', { region: ['country:syn-0'], actor: ['org:syn-1'], type: ['armed-violence', 'other'], q: 'attacked', from: AUG_2021 }]
];

describe('filterMasks', () => {
	let store: ColumnTestStore;
	let columns: EventColumns;
	beforeAll(() => {
		store = columnTestStore(3000);
		columns = loadEventColumns(store.db);
	});
	afterAll(() => store.close());

	const sqlSeqs = (filter: EventFilter, omit?: FilterPart) => {
		const c = filterCondition(filter, omit);
		return (store.db.prepare(`SELECT e.seq FROM events e WHERE ${c.where}`).pluck().all(...c.params) as number[]).sort((a, b) => a - b);
	};
	const maskSeqs = (mask: Mask | null) => {
		const out: number[] = [];
		for (let p = 0; p < columns.count; p++) if (!mask || mask[p]) out.push(columns.seq[p]);
		return out.sort((a, b) => a - b);
	};

	it.each(FILTERS)('keeps what the SQL filter keeps: %s', (_, filter) => {
		const masks = filterMasks(store.db, columns, filter);
		const expected = sqlSeqs(filter);
		expect(maskSeqs(masks.all)).toEqual(expected);
		expect(masks.countOf(masks.all)).toBe(expected.length);
		for (const part of ['region', 'actor', 'type', 'source', 'q', 'time'] as FilterPart[]) expect(maskSeqs(masks.without(part))).toEqual(sqlSeqs(filter, part));
	});

	it('makes a mask once per filter and reuses it', () => {
		const a = filterMasks(store.db, columns, { region: ['country:syn-1'], type: ['statement'] });
		const b = filterMasks(store.db, columns, { type: ['statement'], region: ['country:syn-1'] });
		expect(b.all).toBe(a.all);
		expect(b.without('type')).toBe(a.without('type'));
	});

	it('lists the dated events of a narrow mask, and none for a broad one', () => {
		const narrow = filterMasks(store.db, columns, { region: ['district:syn-3-2-1'] }).all!;
		const list = sparsePositions(columns, narrow)!;
		expect(Array.from(list)).toEqual(Array.from({ length: columns.dated }, (_, p) => p).filter((p) => narrow[p]));
		expect(sparsePositions(columns, filterMasks(store.db, columns, { type: ['armed-violence', 'statement'] }).all!)).toBeNull();
	});
});
