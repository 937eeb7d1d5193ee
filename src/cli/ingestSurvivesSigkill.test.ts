/**
 * Durability: `npm run ingest` killed with SIGKILL part way leaves a store that is whole as of its last
 * committed transaction, and running the same ingest again finishes the work, giving the store an
 * uninterrupted ingest gives. Kills land in each phase: between reading batches, while undated articles are
 * dated from the corpus, and while mentions are merged into events.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../lib/synthetic/articleCorpus';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const CLI = join(ROOT, 'src/cli/ingest.ts');
/** More than one reading batch (200 articles), and some undated articles for the dating phase. */
const ARTICLES = 230;

interface Counts {
	articles: number;
	events: number;
	datedFromCorpus: number;
}

function startIngest(corpus: string, store: string): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; output: string }> } {
	// Its own process group: tsx runs the script in a child process, and a SIGKILL must reach both.
	const child = spawn(process.execPath, [TSX, CLI, corpus, '--db', store], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const done = new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
	return { child, done };
}

/** What a reader sees right now; null while the store is not there or not yet set up. */
function counts(store: string): Counts | null {
	if (!existsSync(store)) return null;
	let db: Database.Database | undefined;
	try {
		db = new Database(store, { readonly: true, fileMustExist: true });
		const n = (sql: string) => (db!.prepare(sql).get() as { n: number }).n;
		return {
			articles: n(`SELECT count(*) AS n FROM articles`),
			events: n(`SELECT count(*) AS n FROM events`),
			datedFromCorpus: n(`SELECT count(*) AS n FROM articles WHERE json_extract(published, '$.basis') = 'corpus'`)
		};
	} catch {
		return null;
	} finally {
		db?.close();
	}
}

/**
 * Runs the ingest, and as soon as a reader sees `when` hold, stops it (SIGSTOP), reads what is committed
 * then, and kills it with SIGKILL: the store after the kill must be exactly what was committed at the stop.
 * Resolves with that, or with null when the run went past the moment between the poll and the stop.
 */
async function ingestKilledWhen(corpus: string, store: string, when: (c: Counts) => boolean): Promise<Counts | null> {
	const { child, done } = startIngest(corpus, store);
	let exited = false;
	void done.then(() => (exited = true));
	while (!exited) {
		const polled = counts(store);
		if (polled && when(polled)) {
			process.kill(-child.pid!, 'SIGSTOP');
			const seen = counts(store);
			process.kill(-child.pid!, 'SIGKILL');
			const { signal } = await done;
			expect(signal, 'the ingest ended before it could be killed').toBe('SIGKILL');
			await groupGone(child.pid!);
			return seen && when(seen) ? seen : null;
		}
		await new Promise((r) => setTimeout(r, 2));
	}
	throw new Error(`the ingest ended before the moment to kill it came: ${(await done).output}`);
}

/** Waits until no process of the group is left. */
async function groupGone(group: number): Promise<void> {
	for (;;) {
		try {
			process.kill(-group, 0);
		} catch {
			return;
		}
		await new Promise((r) => setTimeout(r, 5));
	}
}

async function ingestToEnd(corpus: string, store: string): Promise<string> {
	const { done } = startIngest(corpus, store);
	const { code, output } = await done;
	expect(code, output).toBe(0);
	return output;
}

/** The invariants every committed state keeps. */
function checkConsistent(store: string): void {
	const db = new Database(store, { readonly: true, fileMustExist: true });
	try {
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(db.pragma('foreign_key_check')).toEqual([]);
		const rows = (sql: string) => db.prepare(sql).all();
		// An event without mentions may only wait in pending_events for its removal.
		expect(rows(`SELECT id FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id) AND id NOT IN (SELECT event_id FROM pending_events)`)).toEqual([]);
		// A mention points at a stored event, or at none yet ('' is pending work).
		expect(rows(`SELECT key FROM mentions WHERE event_id != '' AND event_id NOT IN (SELECT id FROM events)`)).toEqual([]);
		expect(rows(`SELECT e.id FROM events e JOIN event_articles ea ON ea.event_seq = e.seq WHERE ea.article_id NOT IN (SELECT id FROM articles)`)).toEqual([]);
		expect(rows(`SELECT rowid FROM events_fts WHERE rowid NOT IN (SELECT seq FROM events)`)).toEqual([]);
	} finally {
		db.close();
	}
}

type Row = Record<string, unknown>;

/**
 * Everything a reader of the store can see, to compare two stores. Events are named by the mentions they
 * group rather than by their ids: an event that a killed run committed keeps its id when the work is
 * finished (a reader may have linked to it), where an uninterrupted run named it after its founding mention.
 */
function snapshot(store: string) {
	const db = new Database(store, { readonly: true, fileMustExist: true });
	try {
		const all = (sql: string) => db.prepare(sql).all() as Row[];
		const keys = new Map<string, string[]>();
		for (const m of all(`SELECT key, event_id FROM mentions ORDER BY key`)) keys.set(m.event_id as string, [...(keys.get(m.event_id as string) ?? []), m.key as string]);
		const named = (rows: Row[], column = 'id') => rows.map((r) => ({ ...r, [column]: r[column] === '' ? '' : (keys.get(r[column] as string)?.join(' ') ?? `missing ${String(r[column])}`) }));
		return {
			articles: all(`SELECT id, file, title, url, source, published, text, boilerplate, warnings, times, entities, content_hash FROM articles ORDER BY id`),
			mentions: named(all(`SELECT key, article_id, event_id, family, at, start, end, data FROM mentions ORDER BY key`), 'event_id'),
			events: named(all(`SELECT id, title, type, start, end, granularity, time, claimed_by, sources, actors, regions, fingerprint FROM events`)),
			eventRegions: named(all(`SELECT e.id, r.region_id, r.direct FROM event_regions r JOIN events e ON e.seq = r.event_seq`)),
			eventActors: named(all(`SELECT e.id, a.actor_id, a.direct FROM event_actors a JOIN events e ON e.seq = a.event_seq`)),
			eventArticles: named(all(`SELECT e.id, a.article_id FROM event_articles a JOIN events e ON e.seq = a.event_seq`)),
			search: named(all(`SELECT e.id, f.title, f.quotes FROM events_fts f JOIN events e ON e.seq = f.rowid`)),
			actors: all(`SELECT id, name, kind, data FROM actors ORDER BY id`),
			regions: all(`SELECT id, name, kind, parent, data FROM regions ORDER BY id`),
			pending: all(`SELECT event_id FROM pending_events`),
			unassigned: all(`SELECT key FROM mentions WHERE event_id = ''`)
		};
	} finally {
		db.close();
	}
}
type Snapshot = ReturnType<typeof snapshot>;

/** The rows each store has and the other lacks, table by table (a few of each, cut short): empty when equal. */
function differences(got: Snapshot, expected: Snapshot): Record<string, { extra: string[]; missing: string[] }> {
	const out: Record<string, { extra: string[]; missing: string[] }> = {};
	for (const table of Object.keys(expected) as (keyof Snapshot)[]) {
		const a = got[table].map((r) => JSON.stringify(r));
		const b = expected[table].map((r) => JSON.stringify(r));
		const inA = new Set(a);
		const inB = new Set(b);
		const extra = a.filter((r) => !inB.has(r));
		const missing = b.filter((r) => !inA.has(r));
		if (extra.length || missing.length || a.length !== b.length) out[table] = { extra: extra.slice(0, 3).map((r) => r.slice(0, 300)), missing: missing.slice(0, 3).map((r) => r.slice(0, 300)) };
	}
	return out;
}

/** Each article the killed run committed is whole: the same content and the same mentions as in the finished store. */
function checkWholeArticles(killed: string, reference: Snapshot): void {
	const db = new Database(killed, { readonly: true, fileMustExist: true });
	try {
		const keysByArticle = (rows: Row[]) => {
			const byArticle = new Map<string, string[]>();
			for (const r of rows) byArticle.set(r.article_id as string, [...(byArticle.get(r.article_id as string) ?? []), r.key as string]);
			return byArticle;
		};
		const expected = keysByArticle(reference.mentions);
		const got = keysByArticle(db.prepare(`SELECT article_id, key FROM mentions ORDER BY key`).all() as Row[]);
		const referenceHash = new Map(reference.articles.map((a) => [a.id, a.content_hash]));
		for (const a of db.prepare(`SELECT id, content_hash FROM articles`).all() as Row[]) {
			expect(referenceHash.get(a.id)).toBe(a.content_hash);
			expect(got.get(a.id as string) ?? [], String(a.id)).toEqual(expected.get(a.id as string) ?? []);
		}
	} finally {
		db.close();
	}
}

function eventIds(store: string): string[] {
	const db = new Database(store, { readonly: true, fileMustExist: true });
	try {
		return (db.prepare(`SELECT id FROM events`).all() as { id: string }[]).map((r) => r.id);
	} finally {
		db.close();
	}
}

/** Ids that name no event, directly or through an alias. */
function unresolved(store: string, ids: string[]): string[] {
	const db = new Database(store, { readonly: true, fileMustExist: true });
	try {
		const resolves = db.prepare(`SELECT 1 FROM events WHERE id = ? OR id = (SELECT event_id FROM event_aliases WHERE old_id = ?)`);
		return ids.filter((id) => !resolves.get(id, id));
	} finally {
		db.close();
	}
}

describe('an ingest killed with SIGKILL', () => {
	let dir: string;
	let corpus: string;
	let reference: Snapshot;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'dateline-sigkill-'));
		corpus = join(dir, 'corpus');
		for (const file of syntheticCorpus({ articles: ARTICLES, seed: 11 })) {
			mkdirSync(dirname(join(corpus, file.path)), { recursive: true });
			writeFileSync(join(corpus, file.path), file.content);
		}
		const store = join(dir, 'uninterrupted.db');
		await ingestToEnd(corpus, store);
		checkConsistent(store);
		reference = snapshot(store);
		expect(reference.pending).toEqual([]);
		expect(reference.unassigned).toEqual([]);
		expect(reference.articles.some((a) => String(a.published).includes('"basis":"corpus"'))).toBe(true);
	}, 120_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	async function killAndResume(when: (c: Counts) => boolean): Promise<void> {
		const store = join(dir, `killed-${Math.random().toString(36).slice(2)}.db`);
		let seen: Counts | null = null;
		for (let attempt = 0; attempt < 3 && !seen; attempt++) {
			for (const suffix of ['', '-wal', '-shm']) rmSync(store + suffix, { force: true });
			seen = await ingestKilledWhen(corpus, store, when);
		}
		expect(seen, 'the moment to kill the run never came').not.toBeNull();
		checkConsistent(store);
		expect(counts(store)).toEqual(seen);
		checkWholeArticles(store, reference);
		const committed = eventIds(store);

		await ingestToEnd(corpus, store);
		checkConsistent(store);
		expect(differences(snapshot(store), reference)).toEqual({});
		expect(unresolved(store, committed)).toEqual([]);
	}

	it('between reading batches leaves the store as last committed, and the next run finishes the work', async () => {
		await killAndResume((c) => c.articles > 0 && c.articles < ARTICLES);
	}, 120_000);

	it('while mentions are merged into events leaves the store as last committed, and the next run finishes the work', async () => {
		await killAndResume((c) => c.events > 0);
	}, 120_000);

	it('while undated articles are dated from the corpus leaves the store as last committed, and the next run finishes the work', async () => {
		await killAndResume((c) => c.articles === ARTICLES && c.datedFromCorpus === 0 && c.events === 0);
	}, 120_000);
});
