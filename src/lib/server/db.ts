import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './schema';

export type Db = Database.Database;

/** A store that cannot be opened, with a message that names the file and says what to do. */
export class StoreError extends Error {
	override name = 'StoreError';
}

export const DEFAULT_STORE_PATH = 'data/dateline.db';

/** `--db` wins over `DATELINE_DB`, which wins over the default `data/dateline.db`. */
export function resolveStorePath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(explicit || env.DATELINE_DB || DEFAULT_STORE_PATH);
}

const SQLITE_MAGIC = 'SQLite format 3\0';

function readHeader(path: string): string {
	const fd = openSync(path, 'r');
	try {
		const buffer = Buffer.alloc(16);
		const read = readSync(fd, buffer, 0, 16, 0);
		return buffer.subarray(0, read).toString('latin1');
	} finally {
		closeSync(fd);
	}
}

/** The file's first bytes; a path that is a folder, or cannot be read, is a `StoreError`. */
function headerOf(path: string): string {
	try {
		return readHeader(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new StoreError(`${path} is a folder, not a store file. Choose a file with --db or DATELINE_DB.`);
		throw new StoreError(`Cannot read the store ${path}: ${systemMessage(error)}.`);
	}
}

function systemMessage(error: unknown): string {
	const e = error as NodeJS.ErrnoException;
	if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
	// mkdir -p says EEXIST when a part of the path is a file.
	if (e?.code === 'ENOTDIR' || e?.code === 'EEXIST') return 'a part of the path is a file, not a folder';
	return e?.message ?? String(error);
}

export interface OpenOptions {
	/** Open for reading only (the server); a missing file is then an error. */
	readonly?: boolean;
}

/**
 * Opens (and for writers creates or migrates) a Dateline store. Refuses, with a `StoreError`, a file that
 * is not SQLite, a SQLite file of another application, a damaged one, or one from a newer schema.
 */
export function openStore(path: string, options: OpenOptions = {}): Db {
	const exists = existsSync(path);
	if (!exists && options.readonly) throw new StoreError(`No Dateline store at ${path}: run "npm run ingest -- PATH" first.`);
	if (exists) {
		const header = headerOf(path);
		if (header.length > 0 && header !== SQLITE_MAGIC) {
			throw new StoreError(`${path} is not a Dateline store: it is not an SQLite database. Move it away or choose another file with --db or DATELINE_DB.`);
		}
		// An empty file is an empty database to SQLite: a writer makes it a store, a reader has nothing to show.
		if (header.length === 0 && options.readonly) throw new StoreError(`The store ${path} is empty: run "npm run ingest -- PATH" first.`);
	} else {
		try {
			mkdirSync(dirname(path), { recursive: true });
		} catch (error) {
			throw new StoreError(`Cannot create the store ${path}: ${systemMessage(error)}.`);
		}
	}

	let db: Db;
	try {
		db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
	} catch (error) {
		throw new StoreError(`Cannot open the store ${path}: ${(error as Error).message}`);
	}
	try {
		checkIdentity(db, path);
		if (!options.readonly) {
			db.pragma('journal_mode = WAL');
			db.pragma('synchronous = NORMAL');
			// Ingestion updates indexes all over the file: a larger page cache saves most of its reads.
			db.pragma('cache_size = -65536');
			db.pragma('temp_store = MEMORY');
		}
		db.pragma('foreign_keys = ON');
		db.pragma('busy_timeout = 5000');
		if (!options.readonly) migrate(db);
		else if (db.pragma('user_version', { simple: true }) !== SCHEMA_VERSION) {
			throw new StoreError(`The store ${path} has an older schema: run "npm run ingest" once to upgrade it.`);
		}
		return db;
	} catch (error) {
		db.close();
		if (error instanceof StoreError) throw error;
		const message = (error as Error).message;
		if (/malformed|not a database|corrupt/i.test(message)) {
			throw new StoreError(`The store ${path} is damaged (${message}). Move it away and ingest again.`);
		}
		throw new StoreError(`Cannot use the store ${path}: ${message}`);
	}
}

function checkIdentity(db: Db, path: string): void {
	const appId = db.pragma('application_id', { simple: true }) as number;
	const version = db.pragma('user_version', { simple: true }) as number;
	const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number };
	if (appId === 0 && tables.n > 0) {
		throw new StoreError(`${path} is an SQLite database of another application, not a Dateline store. Choose another file with --db or DATELINE_DB.`);
	}
	if (appId !== 0 && appId !== APPLICATION_ID) {
		throw new StoreError(`${path} belongs to another application (id ${appId}), not Dateline. Choose another file with --db or DATELINE_DB.`);
	}
	if (version > SCHEMA_VERSION) {
		throw new StoreError(`${path} was written by a newer Dateline (schema ${version}; this one reads up to ${SCHEMA_VERSION}).`);
	}
	const check = db.pragma('quick_check', { simple: true });
	if (check !== 'ok') throw new StoreError(`The store ${path} is damaged (${String(check)}). Move it away and ingest again.`);
}

function migrate(db: Db): void {
	const current = db.pragma('user_version', { simple: true }) as number;
	const pending = MIGRATIONS.filter((m) => m.version > current);
	if (pending.length === 0) return;
	db.transaction(() => {
		for (const migration of pending) db.exec(migration.sql);
		db.pragma(`application_id = ${APPLICATION_ID}`);
		db.pragma(`user_version = ${SCHEMA_VERSION}`);
	})();
}
