/**
 * Merging: mentions of one happening, in one or several articles, become one event. Pairs are scored by
 * `similarity`, then joined greedily from the strongest pair down; a join is refused when the times of the
 * two groups have no instant in common, so merging never joins events whose times are incompatible (two
 * different days), however alike their words. The result depends only on the set of mentions, never on
 * the order they arrive in.
 */
import type { TimeSpan } from '../../model';
import type { MentionRecord } from './mentions';
import { profile, similarity, type MentionProfile, type SimilarityLookup } from './similarity';

/** The instants a mention's time allows: `[lo, hi)`, unbounded where the text bounds only one side. */
export interface Interval {
	lo: number;
	hi: number;
}

const UNBOUNDED: Interval = { lo: -Infinity, hi: Infinity };

export function intervalOf(span: TimeSpan | null): Interval {
	if (!span) return UNBOUNDED;
	switch (span.mod) {
		case 'ON_OR_BEFORE':
		case 'EQUAL_OR_LESS':
			return { lo: -Infinity, hi: span.end };
		case 'BEFORE':
		case 'LESS_THAN':
			return { lo: -Infinity, hi: span.start };
		case 'AFTER':
		case 'MORE_THAN':
			return { lo: span.end, hi: Infinity };
		case 'ON_OR_AFTER':
		case 'EQUAL_OR_MORE':
			return { lo: span.start, hi: Infinity };
		default:
			return { lo: span.start, hi: span.end };
	}
}

function intersect(a: Interval, b: Interval): Interval {
	return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

/** Minimum score for a merge; within one article more is needed, since an article rarely repeats itself. */
const MERGE_SCORE = 3.5;
const SAME_ARTICLE_SCORE = 4.5;
/**
 * Mentions are compared only with those whose reference time lies within this window of theirs: reports
 * of one happening come out within weeks of each other, and the bound keeps merging near-linear.
 */
export const MERGE_WINDOW_MS = 45 * 86_400_000;

/** Where a mention sits for finding neighbours: its start, or for an open-ended time its known bound. */
function referenceTime(m: MentionRecord): number {
	const t = m.time;
	if (!t) return NaN;
	return t.mod === 'ON_OR_BEFORE' || t.mod === 'BEFORE' ? t.end : t.start;
}

interface Pair {
	a: number;
	b: number;
	score: number;
}

/**
 * Groups mentions into events. Returns clusters of indices into `mentions`, each sorted, the clusters sorted
 * by their first index.
 */
export function clusterMentions(mentions: MentionRecord[], lookup: SimilarityLookup): number[][] {
	const profiles = mentions.map((m) => profile(m, lookup));
	const pairs = candidatePairs(mentions, profiles);
	pairs.sort((x, y) => y.score - x.score || compareKeys(mentions, x, y));

	const parent = mentions.map((_, i) => i);
	const window = mentions.map((m) => intervalOf(m.time));
	const find = (i: number): number => {
		while (parent[i] !== i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	};
	for (const pair of pairs) {
		const ra = find(pair.a);
		const rb = find(pair.b);
		if (ra === rb) continue;
		const joint = intersect(window[ra], window[rb]);
		if (!(joint.lo < joint.hi)) continue;
		const root = Math.min(ra, rb);
		parent[Math.max(ra, rb)] = root;
		window[root] = joint;
	}
	const clusters = new Map<number, number[]>();
	mentions.forEach((_, i) => {
		const root = find(i);
		const list = clusters.get(root) ?? [];
		list.push(i);
		clusters.set(root, list);
	});
	return [...clusters.values()].sort((x, y) => x[0] - y[0]);
}

function compareKeys(mentions: MentionRecord[], x: Pair, y: Pair): number {
	const kx = mentions[x.a].key + mentions[x.b].key;
	const ky = mentions[y.a].key + mentions[y.b].key;
	return kx < ky ? -1 : kx > ky ? 1 : 0;
}

/**
 * Pairs worth scoring: same frame family, sharing an actor or a region, and near in time. Bucketing by
 * (family, actor-or-region) keeps this far from quadratic on large corpora; inside a bucket, mentions
 * sorted by time are compared only with neighbours within the time window.
 */
function candidatePairs(mentions: MentionRecord[], profiles: MentionProfile[]): Pair[] {
	const buckets = new Map<string, number[]>();
	profiles.forEach((p, i) => {
		const keys = new Set<string>();
		for (const actor of p.agent) keys.add(`${p.record.family}|a|${actor}`);
		for (const [region, weight] of p.regions) if (weight >= 1) keys.add(`${p.record.family}|r|${region}`);
		for (const key of keys) {
			const list = buckets.get(key) ?? [];
			list.push(i);
			buckets.set(key, list);
		}
	});

	const seen = new Set<number>();
	const pairs: Pair[] = [];
	const n = mentions.length;
	const consider = (i: number, j: number) => {
		const a = Math.min(i, j);
		const b = Math.max(i, j);
		const id = a * n + b;
		if (seen.has(id)) return;
		seen.add(id);
		const { score, anchored } = similarity(profiles[a], profiles[b]);
		const needed = mentions[a].articleId === mentions[b].articleId ? SAME_ARTICLE_SCORE : MERGE_SCORE;
		if (anchored && score >= needed) pairs.push({ a, b, score });
	};
	for (const members of buckets.values()) {
		const dated = members.filter((i) => !Number.isNaN(referenceTime(mentions[i])));
		const undated = members.filter((i) => Number.isNaN(referenceTime(mentions[i])));
		dated.sort((x, y) => referenceTime(mentions[x]) - referenceTime(mentions[y]) || x - y);
		for (let x = 0; x < dated.length; x++) {
			const tx = referenceTime(mentions[dated[x]]);
			for (let y = x + 1; y < dated.length; y++) {
				if (referenceTime(mentions[dated[y]]) - tx > MERGE_WINDOW_MS) break;
				consider(dated[x], dated[y]);
			}
		}
		// Undated mentions (from articles no date could be found for) may match anything in their bucket.
		for (const u of undated) for (const other of members) if (other !== u) consider(u, other);
	}
	return pairs;
}
