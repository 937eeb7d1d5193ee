/**
 * The gazetteer seen through the questions the event stage and the store ask, with the names found
 * outside it added: a discovered actor has no groups and a discovered region no parent, but both have a
 * name and a kind.
 */
import type { Actor, Region } from '../model';
import type { Gazetteer } from './entities/index';
import type { EntityLookup } from './events/participants';
import type { SimilarityLookup } from './events/similarity';

export interface CorpusLookup extends EntityLookup, SimilarityLookup {
	/** The region's ancestors (not itself), most specific first. */
	regionAncestors(id: string): string[];
	/** The groups the actor belongs to (not itself), transitively, nearest first. */
	actorAncestors(id: string): string[];
	/** Remembers names found outside the gazetteer, so later questions about them have answers. */
	addDiscovered(records: (Actor | Region)[]): void;
}

function isRegion(record: Actor | Region): record is Region {
	return ['world', 'country', 'province', 'district', 'city', 'place'].includes(record.kind);
}

export function corpusLookup(gazetteer: Gazetteer): CorpusLookup {
	const actors = new Map<string, Actor>();
	const regions = new Map<string, Region>();
	const actor = (id: string): Actor | undefined => gazetteer.actor(id) ?? actors.get(id);
	const region = (id: string): Region | undefined => gazetteer.region(id) ?? regions.get(id);
	const ancestors = (id: string) =>
		gazetteer
			.regionPath(id)
			.map((r) => r.id)
			.reverse();
	return {
		actor,
		region,
		actorGroups: (id) => {
			const groups = gazetteer.actorGroups(id).map((a) => a.id);
			return groups.length ? groups : [id];
		},
		regionLineage: (id) => [{ id, kind: region(id)?.kind ?? 'place' }, ...gazetteer.regionPath(id).reverse().map((r) => ({ id: r.id, kind: r.kind }))],
		regionAncestors: ancestors,
		actorAncestors: (id) =>
			gazetteer
				.actorGroups(id)
				.slice(1)
				.map((a) => a.id),
		addDiscovered(records) {
			for (const record of records) {
				if (isRegion(record)) {
					if (!gazetteer.region(record.id)) regions.set(record.id, record);
				} else if (!gazetteer.actor(record.id)) actors.set(record.id, record);
			}
		}
	};
}
