/** Names of the regions and actors a page of events refers to, looked up for those ids only. */
import type { Db } from './db';

export interface EntityNames {
	regions: Record<string, string>;
	actors: Record<string, string>;
}

function names(db: Db, table: 'regions' | 'actors', ids: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	const unique = [...new Set(ids)];
	// SQLite limits bound parameters per statement; a page of events stays well below in chunks of 500.
	for (let i = 0; i < unique.length; i += 500) {
		const chunk = unique.slice(i, i + 500);
		const rows = db.prepare(`SELECT id, name FROM ${table} WHERE id IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as { id: string; name: string }[];
		for (const r of rows) out[r.id] = r.name;
	}
	return out;
}

export function entityNames(db: Db, regionIds: string[], actorIds: string[]): EntityNames {
	return { regions: names(db, 'regions', regionIds), actors: names(db, 'actors', actorIds) };
}
