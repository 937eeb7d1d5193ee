/**
 * What a stretch of matches says, as the event stage needs it: the ids of its actors and regions, and
 * the records of names found outside the gazetteer (for the store to keep).
 */
import type { Actor, Region } from '../../model';
import type { EntityMatch } from './findEntities';

export interface CollectedEntities {
	actors: string[];
	regions: string[];
	/** Records of discovered names, each once. */
	discovered: (Actor | Region)[];
}

/**
 * Unique ids in order of first mention. Weak cues (a demonym alone) are left out unless `weak` is set;
 * they then count as regions.
 */
export function collectEntities(matches: readonly EntityMatch[], options: { weak?: boolean } = {}): CollectedEntities {
	const actors = new Set<string>();
	const regions = new Set<string>();
	const discovered = new Map<string, Actor | Region>();
	for (const match of matches) {
		if (match.weak && !options.weak) continue;
		(match.kind === 'actor' ? actors : regions).add(match.id);
		if (match.discovered && match.record && !discovered.has(match.id)) discovered.set(match.id, match.record);
	}
	return { actors: [...actors], regions: [...regions], discovered: [...discovered.values()] };
}
