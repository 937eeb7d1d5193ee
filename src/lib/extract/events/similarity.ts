/**
 * How strongly two mentions look like reports of one happening, apart from time: the same frame family,
 * the same doer (a spokesman counts for his group), shared places (a district counts more than a country,
 * which nearly every event of a corpus shares), other shared actors, and shared content words. Used by
 * merging and by corpus dating, which add their own rules about time.
 *
 * Two statements are one only when the same speaker makes them; two happenings with different doers are
 * unlikely to be one, but outlets do name the doer differently ("the insurgents", "the Taliban"), so
 * that only lowers the score.
 */
import type { RegionKind } from '../../model';
import type { MentionRecord } from './mentions';
import { SPEECH_FRAMES } from './taxonomy';

export interface SimilarityLookup {
	/** The actor and every group it belongs to, transitively. */
	actorGroups(id: string): string[];
	/** The region and its ancestors, most specific first, with their kinds. */
	regionLineage(id: string): { id: string; kind: RegionKind }[];
}

/** What a mention is compared by, computed once per mention. */
export interface MentionProfile {
	record: MentionRecord;
	/** The doer and its groups. */
	agent: Set<string>;
	/** Every actor named, with their groups, the doer's excluded. */
	others: Set<string>;
	/** Region id → weight: the most specific place a mention names weighs most. */
	regions: Map<string, number>;
	words: Set<string>;
}

const REGION_WEIGHT: Record<RegionKind, number> = { place: 1.5, city: 1.5, district: 1.5, province: 1.5, country: 0.3, world: 0 };

export function profile(record: MentionRecord, lookup: SimilarityLookup): MentionProfile {
	const agent = new Set(record.agent ? lookup.actorGroups(record.agent) : []);
	const others = new Set<string>();
	for (const id of record.actors) {
		if (id === record.agent) continue;
		for (const group of lookup.actorGroups(id)) if (!agent.has(group)) others.add(group);
	}
	const regions = new Map<string, number>();
	for (const id of record.regions) {
		for (const { id: ancestor, kind } of lookup.regionLineage(id)) {
			const weight = REGION_WEIGHT[kind] ?? 0;
			if (weight > (regions.get(ancestor) ?? -1)) regions.set(ancestor, weight);
		}
	}
	return { record, agent, others, regions, words: new Set(record.words) };
}

/**
 * The keys a mention is found under when looking for its matches, one per anchor `similarity` accepts: its
 * family with each of its doer's groups, and with each place more specific than a country.
 */
export function anchorKeys(p: MentionProfile): string[] {
	const keys: string[] = [];
	for (const actor of p.agent) keys.push(`${p.record.family}|a|${actor}`);
	for (const [region, weight] of p.regions) if (weight >= 1) keys.push(`${p.record.family}|r|${region}`);
	return keys;
}

export interface Similarity {
	score: number;
	/** Shares the doer or a place more specific than a country: merging requires one or the other. */
	anchored: boolean;
}

const NONE: Similarity = { score: 0, anchored: false };
/** Below this share of common content words, two mentions are about different things. */
const MIN_WORD_OVERLAP = 0.15;
const SAME_WORDS = 0.6;

function overlaps(a: Set<string>, b: Set<string>): boolean {
	for (const x of a) if (b.has(x)) return true;
	return false;
}

export function similarity(a: MentionProfile, b: MentionProfile): Similarity {
	if (a.record.family !== b.record.family) return NONE;
	// Overlap against the shorter mention: a headline and a long sentence about one happening share most
	// of the headline's words but few of the sentence's.
	let common = 0;
	for (const word of a.words) if (b.words.has(word)) common++;
	const shorter = Math.max(2, Math.min(a.words.size, b.words.size));
	const overlap = common / shorter;
	if (overlap < MIN_WORD_OVERLAP) return NONE;

	const bothAgents = a.agent.size > 0 && b.agent.size > 0;
	const sameAgent = bothAgents && overlaps(a.agent, b.agent);
	// A statement is one statement only from one speaker; from unnamed speakers only when nearly word for word.
	if (SPEECH_FRAMES.has(a.record.frame) && !sameAgent && (bothAgents || overlap < SAME_WORDS)) return NONE;

	let score = 4 * overlap;
	if (sameAgent) score += 2;
	else if (bothAgents) score -= 1.5;
	let shared = 0;
	for (const actor of a.others) if (b.others.has(actor) || b.agent.has(actor)) shared++;
	for (const actor of a.agent) if (!sameAgent && b.others.has(actor)) shared++;
	score += Math.min(2, 0.75 * shared);
	let specificPlace = false;
	let places = 0;
	for (const [region, weight] of a.regions) {
		const other = b.regions.get(region);
		if (other === undefined) continue;
		const w = Math.min(weight, other);
		places += w;
		if (w >= 1) specificPlace = true;
	}
	score += Math.min(3, places);
	if (a.record.trigger.lemma === b.record.trigger.lemma) score += 0.5;
	if (a.record.claimedBy && b.record.claimedBy && a.record.claimedBy !== b.record.claimedBy) score -= 1;
	return { score, anchored: sameAgent || specificPlace };
}
