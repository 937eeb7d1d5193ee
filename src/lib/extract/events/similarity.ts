/**
 * How strongly two mentions look like reports of one happening, apart from time: the same frame family,
 * shared actors (a spokesman counts for his group), shared places (a district counts more than a country,
 * which nearly every event of a corpus shares) and shared content words. Used by merging and by corpus
 * dating, which then add their own rules about time.
 */
import type { RegionKind } from '../../model';
import type { MentionRecord } from './mentions';

export interface SimilarityLookup {
	/** The actor and every group it belongs to, transitively. */
	actorGroups(id: string): string[];
	/** The region and its ancestors, most specific first, with their kinds. */
	regionLineage(id: string): { id: string; kind: RegionKind }[];
}

/** What a mention is compared by, computed once per mention. */
export interface MentionProfile {
	record: MentionRecord;
	actors: Set<string>;
	/** Region id → weight: the most specific place a mention names weighs most. */
	regions: Map<string, number>;
	words: Set<string>;
}

const REGION_WEIGHT: Record<RegionKind, number> = { place: 1.5, city: 1.5, district: 1.5, province: 1.5, country: 0.5, world: 0 };

export function profile(record: MentionRecord, lookup: SimilarityLookup): MentionProfile {
	const actors = new Set<string>();
	for (const id of record.actors) for (const group of lookup.actorGroups(id)) actors.add(group);
	const regions = new Map<string, number>();
	for (const id of record.regions) {
		for (const { id: ancestor, kind } of lookup.regionLineage(id)) {
			const weight = REGION_WEIGHT[kind] ?? 0;
			if (weight > (regions.get(ancestor) ?? -1)) regions.set(ancestor, weight);
		}
	}
	return { record, actors, regions, words: new Set(record.words) };
}

export interface Similarity {
	score: number;
	/** Shares an actor or a place more specific than a country: merging requires one or the other. */
	anchored: boolean;
}

export function similarity(a: MentionProfile, b: MentionProfile): Similarity {
	if (a.record.family !== b.record.family) return { score: 0, anchored: false };
	let score = 0;
	let anchored = false;
	for (const actor of a.actors) {
		if (b.actors.has(actor)) {
			score += 1.5;
			anchored = true;
		}
	}
	for (const [region, weight] of a.regions) {
		if (!b.regions.has(region)) continue;
		const shared = Math.min(weight, b.regions.get(region) ?? 0);
		score += shared;
		if (shared >= 1) anchored = true;
	}
	let common = 0;
	for (const word of a.words) if (b.words.has(word)) common++;
	const union = a.words.size + b.words.size - common;
	if (union > 0) score += (4 * common) / union;
	if (a.record.trigger.lemma === b.record.trigger.lemma) score += 0.5;
	if (a.record.claimedBy !== b.record.claimedBy && a.record.claimedBy && b.record.claimedBy) score -= 1;
	return { score, anchored };
}
