/**
 * Ids resolved against the gazetteer and the records a text's matches brought along: names found
 * outside the gazetteer exist only in their matches, yet later stages ask for their kind and name too.
 */
import type { Actor, Region } from '../../model';
import type { EntityMatch } from './findEntities';
import type { Gazetteer } from './gazetteer';

export interface EntityLookup {
	actor(id: string): Actor | undefined;
	region(id: string): Region | undefined;
}

export function entityLookup(gazetteer: Gazetteer, matches: readonly EntityMatch[]): EntityLookup {
	const actors = new Map<string, Actor>();
	const regions = new Map<string, Region>();
	for (const match of matches) {
		if (!match.record || gazetteer.actor(match.id) || gazetteer.region(match.id)) continue;
		if (match.kind === 'actor') actors.set(match.id, match.record as Actor);
		else regions.set(match.id, match.record as Region);
	}
	return {
		actor: (id) => gazetteer.actor(id) ?? actors.get(id),
		region: (id) => gazetteer.region(id) ?? regions.get(id)
	};
}
