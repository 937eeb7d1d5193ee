/**
 * The app's handle on the store: opened read-only on first use from `DATELINE_DB` (or the default
 * `data/dateline.db`), so the server keeps serving reads while an ingest writes (WAL). A store that cannot
 * be opened raises a `StoreError` whose message pages show as is.
 */
import { openStore, resolveStorePath, type Db } from './db';

let handle: { path: string; db: Db } | undefined;

export function getStore(): Db {
	const path = resolveStorePath();
	if (handle?.path !== path) {
		handle?.db.close();
		handle = { path, db: openStore(path, { readonly: true }) };
	}
	return handle.db;
}
