import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { syntheticCorpus } from '../src/lib/synthetic/articleCorpus';
import { ingestNow, ROOT, startApp, startIngest, type App } from './startApp';

/**
 * The built app on stores of its own (besides the one the other browser tests use): a corrupt or foreign
 * store gives a page that says what is wrong, with status 503, request after request, and the app serves
 * the store as soon as it is good; and it keeps serving reads while an ingest writes the store, and shows
 * what the ingest wrote once it is done.
 */

const LEAKS = /\n\s+at [\w$.<>[\]]+ \(|node_modules|\/src\/lib\/|\.ts:\d+:\d+|SqliteError/;

let dir: string;

test.beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-store-e2e-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A good store holding the hostile article, closed and checkpointed. */
function goodStore(path: string): void {
	ingestNow([join(ROOT, 'tests/fixtures/hostile-app')], path);
}

async function expectUnavailable(request: APIRequestContext, app: App, message: RegExp): Promise<void> {
	for (const path of ['/', '/list', '/articles/mali-ceasefire', '/events/x']) {
		const response = await request.get(`${app.url}${path}`);
		expect(response.status(), path).toBe(503);
		const html = await response.text();
		expect(html, path).toContain('The store is not available');
		expect(html.replace(/&quot;/g, '"'), path).toMatch(message);
		expect(html, path).not.toMatch(LEAKS);
	}
	for (const path of ['/api/timeline', '/api/events', '/api/density', '/download/events.csv']) {
		const response = await request.get(`${app.url}${path}`);
		expect(response.status(), path).toBe(503);
		const text = await response.text();
		expect((JSON.parse(text) as { message: string }).message, path).toMatch(message);
		expect(text, path).not.toMatch(LEAKS);
	}
}

test('a corrupt or foreign store gives a 503 page that says what is wrong, and the app serves it once it is good', async ({ request }) => {
	test.setTimeout(120_000);
	const store = join(dir, 'errors', 'store.db');
	const good = join(dir, 'good.db');
	goodStore(good);
	const app = await startApp(store);
	try {
		const put = (write: () => void) => {
			mkdirSync(dirname(store), { recursive: true });
			for (const suffix of ['', '-wal', '-shm']) rmSync(store + suffix, { force: true });
			write();
		};
		const cases: [string, () => void, RegExp][] = [
			['no store', () => undefined, /No Dateline store at .*store\.db: run "npm run ingest -- PATH" first/],
			['an empty file', () => writeFileSync(store, ''), /The store .*store\.db is empty/],
			['random bytes', () => writeFileSync(store, randomBytes(16_384)), /is not a Dateline store: it is not an SQLite database/],
			[
				"another application's SQLite file",
				() => {
					const db = new Database(store);
					db.exec(`CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')`);
					db.close();
				},
				/is an SQLite database of another application/
			],
			[
				'a truncated store',
				() => {
					copyFileSync(good, store);
					truncateSync(store, Math.floor(statSync(good).size / 2));
				},
				/is damaged/
			],
			[
				'a store from a newer Dateline',
				() => {
					copyFileSync(good, store);
					const db = new Database(store);
					db.pragma(`user_version = ${(db.pragma('user_version', { simple: true }) as number) + 1}`);
					db.close();
				},
				/was written by a newer Dateline/
			]
		];
		for (const [what, write, message] of cases) {
			await test.step(what, async () => {
				put(write);
				await expectUnavailable(request, app, message);
				expect(app.exited(), 'the app is still running').toBe(false);
			});
		}
		put(() => copyFileSync(good, store));
		const response = await request.get(`${app.url}/articles/mali-ceasefire`);
		expect(response.status()).toBe(200);
	} finally {
		await app.stop();
	}
});

test('the app keeps serving reads while an ingest writes the store', async ({ request }) => {
	test.setTimeout(180_000);
	const store = join(dir, 'wal', 'store.db');
	mkdirSync(dirname(store), { recursive: true });
	goodStore(store);
	const corpus = join(dir, 'wal', 'corpus');
	for (const file of syntheticCorpus({ articles: 300, seed: 5 })) {
		mkdirSync(dirname(join(corpus, file.path)), { recursive: true });
		writeFileSync(join(corpus, file.path), file.content);
	}
	const app = await startApp(store);
	const total = async (): Promise<number> => {
		const response = await request.get(`${app.url}/list`);
		expect(response.status()).toBe(200);
		const m = /All <strong>([\d,]+)<\/strong> events/.exec(await response.text());
		expect(m, 'the list names its number of events').not.toBeNull();
		return Number(m![1].replace(/,/g, ''));
	};
	try {
		const before = await total();
		const writer = startIngest([corpus], store);
		let writing = true;
		const done = new Promise<number | null>((resolve) => writer.on('exit', (code) => ((writing = false), resolve(code))));
		const seen: number[] = [];
		let slowest = 0;
		const read = async () => {
			const started = Date.now();
			seen.push(await total());
			for (const path of ['/api/events', '/api/density', '/articles/mali-ceasefire']) expect((await request.get(`${app.url}${path}`)).status(), path).toBe(200);
			slowest = Math.max(slowest, Date.now() - started);
			await new Promise((r) => setTimeout(r, 50));
		};
		while (writing) await read();
		const during = seen.length;
		expect(await done).toBe(0);
		const db = new Database(store, { readonly: true, fileMustExist: true });
		const stored = (db.prepare(`SELECT count(*) AS n FROM events`).get() as { n: number }).n;
		db.close();
		// The app answers from columns it reads again in the background, a few seconds after a change.
		const deadline = Date.now() + 20_000;
		while (seen[seen.length - 1] !== stored && Date.now() < deadline) await read();
		console.log(`reads during the ingest: ${during}, events seen ${[...new Set(seen)].join(' → ')} (store: ${stored}), slowest round of reads ${slowest} ms`);
		expect(during).toBeGreaterThan(5);
		for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
		expect(stored).toBeGreaterThan(before);
		expect(seen[seen.length - 1]).toBe(stored);
		expect(slowest).toBeLessThan(5_000);
	} finally {
		await app.stop();
	}
});
