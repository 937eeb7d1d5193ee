/**
 * The command-line tools meet a corrupt or foreign store with one line that names the file and says what
 * is wrong, exit status 2 (1 for `npm start`), no stack trace, and the file left as it was.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../lib/server/db';
import { SCHEMA_VERSION } from '../lib/server/schema';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

let dir: string;
let article: string;

function run(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(process.execPath, [TSX, join(ROOT, 'src/cli', script), ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
			resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
		});
	});
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-cli-store-'));
	article = join(dir, 'story.txt');
	writeFileSync(article, 'Talks resume in Doha\n\nNegotiators met again in Doha on Tuesday, officials said.\n');
	const good = join(dir, 'good.db');
	const db = openStore(good);
	db.prepare(`INSERT INTO articles (id, file, title, text, boilerplate, warnings, read_warnings, times, entities, content_hash, ingested_at) VALUES ('a', 'f', 't', ?, '[]', '[]', '[]', '[]', '[]', 'h', 0)`).run('word '.repeat(20_000));
	db.pragma('wal_checkpoint(TRUNCATE)');
	db.close();

	writeFileSync(join(dir, 'random.db'), randomBytes(8192));
	copyFileSync(good, join(dir, 'truncated.db'));
	truncateSync(join(dir, 'truncated.db'), Math.floor(statSync(good).size / 2));
	const other = new Database(join(dir, 'other.sqlite'));
	other.exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('shopping list')`);
	other.close();
	copyFileSync(good, join(dir, 'newer.db'));
	const newer = new Database(join(dir, 'newer.db'));
	newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
	newer.close();
	writeFileSync(join(dir, 'empty.db'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a bad store on the command line', () => {
	it.each([
		['random.db', /is not a Dateline store: it is not an SQLite database/],
		['truncated.db', /is damaged/],
		['other.sqlite', /SQLite database of another application/],
		['newer.db', /written by a newer Dateline/]
	])('%s: ingest and export each say what is wrong in one line and exit with status 2', async (name, message) => {
		const store = join(dir, name);
		const before = digest(store);
		const [ingest, exported] = await Promise.all([run('ingest.ts', [article, '--db', store]), run('export.ts', ['--db', store])]);
		for (const [tool, result] of [['ingest', ingest], ['export', exported]] as const) {
			expect(result.code, result.stderr).toBe(2);
			expect(result.stderr.trim().split('\n')).toHaveLength(1);
			expect(result.stderr).toMatch(new RegExp(`^${tool}: `));
			expect(result.stderr).toMatch(message);
			expect(result.stderr).toContain(store);
			expect(result.stderr).not.toMatch(/\n\s+at |Error:|node_modules/);
			expect(result.stdout).toBe('');
		}
		expect(digest(store)).toBe(before);
	});

	it('npm start says what is wrong and stops, instead of serving or restarting', async () => {
		const store = join(dir, 'random.db');
		const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
			execFile(process.execPath, [TSX, join(ROOT, 'scripts/start.ts')], { cwd: ROOT, timeout: 60_000, env: { ...process.env, DATELINE_DB: store, PORT: '0' } }, (error, _stdout, stderr) =>
				resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr })
			);
		});
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toBe(`${store} is not a Dateline store: it is not an SQLite database. Move it away or choose another file with --db or DATELINE_DB.`);
	});

	it('an empty file: export says the store is empty, ingest makes it a store', async () => {
		const store = join(dir, 'empty.db');
		const exported = await run('export.ts', ['--db', store]);
		expect(exported.code).toBe(2);
		expect(exported.stderr.trim()).toBe(`export: The store ${store} is empty: run "npm run ingest -- PATH" first.`);
		const ingest = await run('ingest.ts', [article, '--db', store]);
		expect(ingest.code, ingest.stderr).toBe(0);
		expect(ingest.stdout).toMatch(/store: 1 articles/);
	});
});
