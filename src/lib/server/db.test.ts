import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, StoreError } from './db';
import { APPLICATION_ID, SCHEMA_VERSION } from './schema';

let dir: string;
let good: string;

function digest(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** A store with enough rows to span many pages, checkpointed into its main file. */
function makeStore(path: string): void {
	const db = openStore(path);
	const insert = db.prepare(
		`INSERT INTO articles (id, file, title, text, boilerplate, warnings, read_warnings, times, entities, content_hash, ingested_at)
		 VALUES (?, 'f.txt', 't', ?, '[]', '[]', '[]', '[]', '[]', 'h', 0)`
	);
	db.transaction(() => {
		for (let i = 0; i < 200; i++) insert.run(`a${i}`, `Fighting resumed on Monday in town ${i}. `.repeat(40));
	})();
	db.pragma('wal_checkpoint(TRUNCATE)');
	db.close();
}

/** A copy of the good store, its tail cut off (as by a full disk or an interrupted copy). */
function truncated(name: string, size: (full: number) => number): string {
	const path = join(dir, name);
	copyFileSync(good, path);
	truncateSync(path, size(statSync(good).size));
	return path;
}

function foreignSqlite(name: string, pragma?: string): string {
	const path = join(dir, name);
	const db = new Database(path);
	db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('shopping list')`);
	if (pragma) db.pragma(pragma);
	db.close();
	return path;
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-db-'));
	good = join(dir, 'good.db');
	makeStore(good);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function openError(path: string, readonly: boolean): unknown {
	try {
		openStore(path, { readonly }).close();
	} catch (error) {
		return error;
	}
	return null;
}

describe('openStore refuses a file that is not a usable store, with a message naming it', () => {
	const cases: [string, () => string, RegExp][] = [
		['random bytes', () => (writeFileSync(join(dir, 'random.db'), randomBytes(8192)), join(dir, 'random.db')), /is not a Dateline store: it is not an SQLite database/],
		['text', () => (writeFileSync(join(dir, 'notes.db'), 'Dear diary,\n'), join(dir, 'notes.db')), /not an SQLite database/],
		['a few bytes of the SQLite header', () => (writeFileSync(join(dir, 'stub.db'), 'SQLite'), join(dir, 'stub.db')), /not an SQLite database/],
		['the SQLite header alone', () => truncated('header.db', () => 16), /damaged/],
		['a store cut to its first page', () => truncated('page.db', () => 4096), /damaged/],
		['a store cut in half', () => truncated('half.db', (n) => Math.floor(n / 2)), /damaged/],
		['a store missing its last page', () => truncated('tail.db', (n) => n - 4096), /damaged/],
		["another application's SQLite file", () => foreignSqlite('other.sqlite'), /SQLite database of another application/],
		['an SQLite file marked with another application id', () => foreignSqlite('marked.sqlite', 'application_id = 1179403647'), /belongs to another application \(id 1179403647\)/],
		[
			'a store from a newer Dateline',
			() => {
				const path = join(dir, 'newer.db');
				copyFileSync(good, path);
				const db = new Database(path);
				db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
				db.close();
				return path;
			},
			new RegExp(`written by a newer Dateline \\(schema ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION}\\)`)
		],
		['a folder', () => (mkdirSync(join(dir, 'folder.db'), { recursive: true }), join(dir, 'folder.db')), /is a folder, not a store file/]
	];

	it.each(cases)('%s, for the app (read-only) and for ingestion (writing), and leaves it untouched', (_, make, message) => {
		const path = make();
		const before = statSync(path).isFile() ? digest(path) : null;
		for (const readonly of [true, false]) {
			const error = openError(path, readonly);
			expect(error, `readonly: ${readonly}`).toBeInstanceOf(StoreError);
			expect((error as StoreError).message).toMatch(message);
			expect((error as StoreError).message).toContain(path);
		}
		if (before) expect(digest(path)).toBe(before);
	});

	it('an empty file: the app says the store is empty; ingestion makes it a store', () => {
		const path = join(dir, 'empty.db');
		writeFileSync(path, '');
		const error = openError(path, true);
		expect(error).toBeInstanceOf(StoreError);
		expect((error as StoreError).message).toBe(`The store ${path} is empty: run "npm run ingest -- PATH" first.`);
		const db = openStore(path);
		expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
		expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
		db.close();
		openStore(path, { readonly: true }).close();
	});

	it('a missing store, for the app', () => {
		const path = join(dir, 'nowhere', 'store.db');
		expect(() => openStore(path, { readonly: true })).toThrow(new StoreError(`No Dateline store at ${path}: run "npm run ingest -- PATH" first.`));
	});

	it('a path through a file, for ingestion', () => {
		const path = join(good, 'store.db');
		expect(() => openStore(path)).toThrow(new StoreError(`Cannot create the store ${path}: a part of the path is a file, not a folder.`));
	});

	it('a store from an older Dateline, for the app: ingestion upgrades it', () => {
		const path = join(dir, 'older.db');
		copyFileSync(good, path);
		const db = new Database(path);
		db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
		db.close();
		expect(() => openStore(path, { readonly: true })).toThrow(/has an older schema: run "npm run ingest" once to upgrade it/);
	});

	it.runIf(process.getuid?.() !== 0)('a store that cannot be read', () => {
		const path = join(dir, 'locked.db');
		copyFileSync(good, path);
		chmodSync(path, 0o000);
		try {
			for (const readonly of [true, false]) expect(openError(path, readonly)).toBeInstanceOf(StoreError);
		} finally {
			chmodSync(path, 0o600);
		}
	});

	it('opens a good store, read-only and for writing', () => {
		for (const readonly of [true, false]) {
			const db = openStore(good, { readonly });
			expect((db.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number }).n).toBe(200);
			db.close();
		}
	});
});
