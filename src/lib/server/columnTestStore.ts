/**
 * A store for the specs of the column queries: synthetic events (`fillSyntheticStore`), plus a few the
 * generator does not make (two regions in two countries, no region, no actor, several events at one time
 * with one hedged among them, an undated one, a place and a group outside the entity tables), in a
 * temporary file removed by `close`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewsEvent, Region, TimeSpan } from '../model';
import { fillSyntheticStore } from '../synthetic/syntheticStore';
import { openStore, type Db } from './db';
import { insertEvent, type ReconcileLookup } from './eventReconciler';

export interface ColumnTestStore {
	db: Db;
	close(): void;
}

const DAY = 86_400_000;

function day(ms: number, extra: Partial<TimeSpan> = {}): TimeSpan {
	return { start: ms, end: ms + DAY, granularity: 'day', value: new Date(ms).toISOString().slice(0, 10), basis: 'stated', approximate: false, known: [], ...extra };
}

export function columnTestStore(events = 4000, seed = 3): ColumnTestStore {
	const dir = mkdtempSync(join(tmpdir(), 'dateline-columns-'));
	const db = openStore(join(dir, 'store.db'));
	fillSyntheticStore(db, { events, seed });
	const regions = new Map((db.prepare(`SELECT id, data FROM regions`).all() as { id: string; data: string }[]).map((r) => [r.id, JSON.parse(r.data) as Region]));
	const ancestors = (id: string) => {
		const out: string[] = [];
		for (let r = regions.get(id)?.parent; r; r = regions.get(r)?.parent) out.push(r);
		return out;
	};
	const lookup: ReconcileLookup = {
		regionAncestors: ancestors,
		actorAncestors: (id) => (id.startsWith('person:syn-') ? [`org:syn-${id.split('-')[1]}`] : []),
		actorGroups: (id) => [id],
		regionLineage: (id) => [{ id, kind: regions.get(id)?.kind ?? 'place' }]
	};
	const at = Date.UTC(2021, 7, 14);
	const extra: Omit<NewsEvent, 'mentions'>[] = [
		{ id: 'xtwo-countries', title: 'Talks between two provinces', type: 'diplomacy', time: day(at), actors: [], regions: ['district:syn-0-0-0', 'district:syn-1-0-0'] },
		{ id: 'xnowhere', title: 'A statement from nowhere', type: 'statement', time: day(at), actors: ['person:syn-0-0'], regions: [] },
		{ id: 'xsame-1', title: 'One of three at one time', type: 'armed-violence', time: day(at), actors: ['org:syn-1'], regions: ['district:syn-0-0-0'] },
		{ id: 'xsame-2', title: 'Two of three at one time', type: 'humanitarian', time: day(at), actors: ['org:syn-1'], regions: ['district:syn-0-0-0'] },
		{ id: 'xsame-hedged', title: 'About then, hedged', type: 'other', time: day(at, { approximate: true }), actors: ['org:syn-1'], regions: ['district:syn-0-0-0'] },
		{ id: 'xundated', title: 'Whenever it was', type: 'other', time: null, actors: [], regions: ['district:syn-2-0-0'] },
		{ id: 'xunlisted', title: 'Somewhere no gazetteer knows', type: 'political', time: day(at + DAY), actors: ['group:unlisted', 'org:syn-2'], regions: ['place:unlisted', 'district:syn-2-0-0'] }
	];
	db.transaction(() => {
		for (const e of extra) insertEvent(db, { ...e, mentions: [] }, e.id, lookup);
	})();
	return {
		db,
		close() {
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
