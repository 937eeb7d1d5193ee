import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGazetteer } from '../extract/entities/index';
import { corpusLookup } from '../extract/entityLookup';
import { clusteredEvents, type ClusteredEvent } from './clusteredEvents';
import { openStore, type Db } from './db';
import { bucketSql, reconcilePending } from './eventReconciler';
import { MERGE_WINDOW_MS } from '../extract/events/merge';
import { ingest } from './ingest';
import { syntheticCorpus } from '../synthetic/articleCorpus';

const lookup = corpusLookup(createGazetteer({}));

let dir: string;
let corpus: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-reconcile-'));
	// Dense enough in time that a family's steps share mentions, so each must see the one before it written.
	corpus = join(dir, 'corpus');
	for (const file of syntheticCorpus({ articles: 120, seed: 5 })) {
		mkdirSync(dirname(join(corpus, file.path)), { recursive: true });
		writeFileSync(join(corpus, file.path), file.content);
	}
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store with the corpus read and dated, its mentions waiting to be merged. */
async function unmerged(name: string): Promise<Db> {
	const db = openStore(join(dir, name));
	const stop = new Error('stop before merging');
	await expect(
		ingest(db, {
			paths: [corpus],
			workers: 1,
			onProgress: (p) => {
				if (p.phase === 'merging') throw stop;
			}
		})
	).rejects.toBe(stop);
	return db;
}

function contents(db: Db) {
	const all = (sql: string) => db.prepare(sql).all();
	return {
		events: all(`SELECT id, title, type, start, end, granularity, time, claimed_by, sources, actors, regions, fingerprint FROM events ORDER BY id`),
		mentions: all(`SELECT key, event_id FROM mentions ORDER BY key`),
		regions: all(`SELECT e.id, r.region_id, r.direct FROM event_regions r JOIN events e ON e.seq = r.event_seq ORDER BY 1, 2`),
		actors: all(`SELECT e.id, a.actor_id, a.direct FROM event_actors a JOIN events e ON e.seq = a.event_seq ORDER BY 1, 2`),
		sources: all(`SELECT e.id, a.article_id FROM event_articles a JOIN events e ON e.seq = a.event_seq ORDER BY 1, 2`),
		search: all(`SELECT e.id, f.title, f.quotes FROM events_fts f JOIN events e ON e.seq = f.rowid ORDER BY 1`),
		aliases: all(`SELECT old_id, event_id FROM event_aliases ORDER BY 1`),
		pending: all(`SELECT event_id FROM pending_events`)
	};
}

describe('bucketSql', () => {
	it('gives the merge window of a time in the store as Math.floor does, before 1970 as after', () => {
		const db = openStore(':memory:');
		const W = MERGE_WINDOW_MS;
		for (const at of [0, 1, W - 1, W, W + 1, 1_629_000_000_000, -1, -W + 1, -W, -W - 1, -3 * W, -62_000_000_000_000]) {
			// Bound as an integer, as the column's INTEGER affinity stores times.
			const b = db.prepare(`SELECT ${bucketSql('t')} AS b FROM (SELECT CAST(? AS INTEGER) AS t)`).get(at) as { b: number };
			expect(b.b).toBe(Math.floor(at / W));
		}
		db.close();
	});
});

describe('reconcilePending', () => {
	it('leaves the store stopped before merging with mentions waiting', async () => {
		const db = await unmerged('waiting.db');
		expect((db.prepare(`SELECT count(*) AS n FROM mentions WHERE event_id = ''`).get() as { n: number }).n).toBeGreaterThan(0);
		expect((db.prepare(`SELECT count(*) AS n FROM events`).get() as { n: number }).n).toBe(0);
		db.close();
	});

	it('writes the same store whatever order the clustered steps come back in', async () => {
		const inOrder = await unmerged('in-order.db');
		await reconcilePending(inOrder, lookup);
		const expected = contents(inOrder);
		inOrder.close();
		expect(expected.events.length).toBeGreaterThan(10);

		// Several steps in hand, each answered only after every later one: the last handed out finishes first.
		const reversed = await unmerged('reversed.db');
		let steps = 0;
		const waiting: (() => void)[] = [];
		const result = await reconcilePending(reversed, lookup, {
			concurrency: 4,
			cluster: (data) =>
				new Promise<ClusteredEvent[]>((resolve) => {
					steps++;
					waiting.push(() => resolve(clusteredEvents(data, lookup)));
					setTimeout(() => {
						while (waiting.length) waiting.pop()!();
					}, 1);
				})
		});
		expect(steps).toBeGreaterThan(10);
		expect(result.written).toBeGreaterThan(10);
		expect(contents(reversed)).toEqual(expected);
		reversed.close();
	});
});
