import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../model';
import { TIME_UNITS, unitClassOf } from '../timeline/timeUnits';
import { columnTestStore, type ColumnTestStore } from './columnTestStore';
import { loadEventColumns, timeKeyOf, type EventColumns } from './eventColumns';

describe('loadEventColumns', () => {
	let store: ColumnTestStore;
	let columns: EventColumns;
	const rows = () =>
		store.db.prepare(`SELECT seq, id, start, end, type, time, regions, actors FROM events`).all() as {
			seq: number;
			id: string;
			start: number | null;
			end: number | null;
			type: string;
			time: string | null;
			regions: string;
			actors: string;
		}[];

	beforeAll(() => {
		store = columnTestStore(3000);
		columns = loadEventColumns(store.db);
	});
	afterAll(() => store.close());

	it('holds every event once, dated ones by midpoint, undated ones after them by id', () => {
		const all = rows();
		expect(columns.count).toBe(all.length);
		expect(columns.dated).toBe(all.filter((r) => r.start !== null).length);
		expect(new Set(columns.seq).size).toBe(all.length);
		for (let p = 1; p < columns.dated; p++) expect(columns.mid[p]).toBeGreaterThanOrEqual(columns.mid[p - 1]);
		const undatedIds = all.filter((r) => r.start === null).map((r) => r.id).sort();
		const bySeq = new Map(all.map((r) => [r.seq, r]));
		expect(Array.from(columns.seq.subarray(columns.dated), (s) => bySeq.get(s)!.id)).toEqual(undatedIds);
	});

	it('keeps each event’s time, type, first region and actor, and what stacks it', () => {
		for (const r of rows()) {
			const p = columns.positionOfSeq[r.seq];
			expect(columns.seq[p]).toBe(r.seq);
			expect(EVENT_TYPES[columns.type[p]]).toBe(r.type);
			const regions = JSON.parse(r.regions) as string[];
			const actors = JSON.parse(r.actors) as string[];
			expect(columns.firstRegion[p] < 0 ? undefined : columns.regions.ids[columns.firstRegion[p]]).toBe(regions[0]);
			expect(columns.firstActor[p] < 0 ? undefined : columns.actors.ids[columns.firstActor[p]]).toBe(actors[0]);
			if (r.start === null) continue;
			const time = JSON.parse(r.time!);
			expect([columns.start[p], columns.end[p]]).toEqual([r.start, r.end]);
			expect(columns.timeKey[p]).toBe(timeKeyOf(time.mod, time.approximate));
			expect(columns.durationClass[p]).toBe(unitClassOf(r.end! - r.start));
		}
		expect(columns.extent).toEqual(store.db.prepare(`SELECT min(start) AS start, max(end) AS end FROM events`).get());
	});

	it('tells hedged and modified times apart from plain ones', () => {
		expect(timeKeyOf(undefined, false)).toBe(0);
		expect(new Set([timeKeyOf(undefined, true), timeKeyOf('ON_OR_BEFORE', false), timeKeyOf('ON_OR_BEFORE', true), timeKeyOf('APPROX', false)]).size).toBe(4);
		const hedged = columns.positionOfSeq[(store.db.prepare(`SELECT seq FROM events WHERE id = 'xsame-hedged'`).get() as { seq: number }).seq];
		const plain = columns.positionOfSeq[(store.db.prepare(`SELECT seq FROM events WHERE id = 'xsame-1'`).get() as { seq: number }).seq];
		expect(columns.start[hedged]).toBe(columns.start[plain]);
		expect(columns.timeKey[hedged]).not.toBe(columns.timeKey[plain]);
	});

	it('runs each duration class by start, with its longest duration', () => {
		let total = 0;
		columns.byClass.forEach((run, c) => {
			if (!run) return;
			total += run.positions.length;
			for (let k = 0; k < run.positions.length; k++) {
				const p = run.positions[k];
				expect(columns.durationClass[p]).toBe(c);
				expect(run.starts[k]).toBe(columns.start[p]);
				if (k > 0) expect(run.starts[k]).toBeGreaterThanOrEqual(run.starts[k - 1]);
				expect(columns.end[p] - columns.start[p]).toBeLessThanOrEqual(run.longest);
			}
		});
		expect(total).toBe(columns.dated);
		expect(columns.byClass.length).toBe(TIME_UNITS.length);
	});

	it('posts each event under every region, actor and article that finds it', () => {
		for (const [table, column, postings] of [
			['event_regions', 'region_id', columns.regions],
			['event_actors', 'actor_id', columns.actors],
			['event_articles', 'article_id', columns.articles]
		] as const) {
			const pairs = (store.db.prepare(`SELECT ${column} AS id, event_seq AS seq FROM ${table}`).all() as { id: string; seq: number }[]).map((r) => `${r.id}@${r.seq}`).sort();
			const held: string[] = [];
			postings.ids.forEach((id, k) => {
				for (let i = postings.offsets[k]; i < postings.offsets[k + 1]; i++) held.push(`${id}@${columns.seq[postings.positions[i]]}`);
			});
			expect(held.sort()).toEqual(pairs);
		}
		// A district's event is found by its province and country too.
		const k = columns.regions.indexOf.get('country:syn-1')!;
		const seqs = Array.from(columns.regions.positions.subarray(columns.regions.offsets[k], columns.regions.offsets[k + 1]), (p) => columns.seq[p]);
		const two = (store.db.prepare(`SELECT seq FROM events WHERE id = 'xtwo-countries'`).get() as { seq: number }).seq;
		expect(seqs).toContain(two);
	});
});
