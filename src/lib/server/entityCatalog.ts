/**
 * Every region and actor of the store, read once per reading of the event columns (they change together,
 * when articles are ingested): the facets list them, the lanes name them and walk their hierarchies.
 */
import type { Actor, Region } from '../model';
import type { LaneLookup } from '../timeline/lanes';
import type { Db } from './db';
import type { EventColumns } from './eventColumns';

export interface EntityCatalog {
	/** In the order of `columns.regions.ids` and `columns.actors.ids`; ids without a record get a bare one. */
	regions: Region[];
	actors: Actor[];
	lookup: LaneLookup;
}

const catalogs = new WeakMap<EventColumns, EntityCatalog>();

export function entityCatalog(db: Db, columns: EventColumns): EntityCatalog {
	let catalog = catalogs.get(columns);
	if (catalog) return catalog;
	const regionData = new Map((db.prepare(`SELECT id, data FROM regions`).raw().all() as [string, string][]).map(([id, data]) => [id, data]));
	const actorData = new Map((db.prepare(`SELECT id, data FROM actors`).raw().all() as [string, string][]).map(([id, data]) => [id, data]));
	const regions = columns.regions.ids.map((id): Region => {
		const data = regionData.get(id);
		return data ? (JSON.parse(data) as Region) : { id, name: id, kind: 'place' };
	});
	const actors = columns.actors.ids.map((id): Actor => {
		const data = actorData.get(id);
		return data ? (JSON.parse(data) as Actor) : { id, name: id, kind: 'group' };
	});
	catalog = {
		regions,
		actors,
		lookup: {
			regions: regions.map((r) => ({ id: r.id, name: r.name, ...(r.parent ? { parent: r.parent } : {}) })),
			actors: actors.map((a) => ({ id: a.id, name: a.name, ...(a.memberOf ? { memberOf: a.memberOf } : {}) }))
		}
	};
	catalogs.set(columns, catalog);
	return catalog;
}
