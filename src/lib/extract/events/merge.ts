/**
 * Merging: mentions of one happening, in one or several articles, become one event. Pairs are scored by
 * `similarity`, then joined greedily from the strongest pair down; a join is refused when the times of the
 * two groups have no instant in common, so merging never joins events whose times are incompatible (two
 * different days), however alike their words. The result depends only on the set of mentions, never on
 * the order they arrive in.
 */
import type { TimeSpan } from '../../model';
import type { MentionRecord } from './mentions';
import { PairSet } from './pairSet';
import { profile, similarity, type MentionProfile, type SimilarityLookup } from './similarity';
import { WordPostings } from './wordPostings';

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
export function referenceTime(m: Pick<MentionRecord, 'time'>): number {
	const t = m.time;
	if (!t) return NaN;
	return t.mod === 'ON_OR_BEFORE' || t.mod === 'BEFORE' ? t.end : t.start;
}

/** `pick` of the two times, ignoring an unknown (NaN) one. */
function known(pick: (a: number, b: number) => number, a: number, b: number): number {
	return Number.isNaN(a) ? b : Number.isNaN(b) ? a : pick(a, b);
}

interface Item {
	profile: MentionProfile;
	index: number;
}

interface Pair {
	a: number;
	b: number;
	score: number;
	/** Ties between equal scores break by the pair's ranks in key order: the lower rank first, then the higher. */
	order: number;
}

/**
 * Groups mentions into events. Returns clusters of indices into `mentions`, each sorted, the clusters sorted
 * by their first index.
 */
export function clusterMentions(mentions: MentionRecord[], lookup: SimilarityLookup): number[][] {
	const profiles = mentions.map((m) => profile(m, lookup));
	// Ties break by the mentions' keys, so the result does not depend on the order mentions came in.
	const byKey = mentions.map((_, i) => i).sort((a, b) => (mentions[a].key < mentions[b].key ? -1 : mentions[a].key > mentions[b].key ? 1 : 0));
	const rank = new Int32Array(mentions.length);
	byKey.forEach((i, r) => (rank[i] = r));
	const pairs = candidatePairs(mentions, profiles, rank);
	pairs.sort((x, y) => y.score - x.score || x.order - y.order);

	const parent = mentions.map((_, i) => i);
	const window = mentions.map((m) => intervalOf(m.time));
	// The reference times a group spans: reports of one happening come out within one merge window, so a
	// chain of pairwise-compatible mentions may not stretch a group beyond it.
	const earliest = mentions.map((m) => referenceTime(m));
	const latest = [...earliest];
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
		const from = known(Math.min, earliest[ra], earliest[rb]);
		const to = known(Math.max, latest[ra], latest[rb]);
		if (to - from > MERGE_WINDOW_MS) continue;
		const root = Math.min(ra, rb);
		parent[Math.max(ra, rb)] = root;
		window[root] = joint;
		earliest[root] = from;
		latest[root] = to;
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

/**
 * Pairs worth scoring: same frame family, sharing a doer or a specific place, near in time, and sharing a
 * content word. Bucketing by (family, doer-or-place), a sliding time window and word postings keep this
 * near-linear even where one doer is in every sentence.
 */
function candidatePairs(mentions: MentionRecord[], profiles: MentionProfile[], rank: Int32Array): Pair[] {
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

	const n = mentions.length;
	const seen = new PairSet(n, n * 8);
	const pairs: Pair[] = [];
	const items: Item[] = profiles.map((profile, index) => ({ profile, index }));
	const consider = (i: number, j: number) => {
		const a = Math.min(i, j);
		const b = Math.max(i, j);
		if (!seen.add(a, b)) return;
		const { score, anchored } = similarity(profiles[a], profiles[b]);
		const needed = mentions[a].articleId === mentions[b].articleId ? SAME_ARTICLE_SCORE : MERGE_SCORE;
		if (anchored && score >= needed) pairs.push({ a, b, score, order: Math.min(rank[a], rank[b]) * n + Math.max(rank[a], rank[b]) });
	};
	for (const members of buckets.values()) {
		const dated = members.filter((i) => !Number.isNaN(referenceTime(mentions[i])));
		const undated = members.filter((i) => Number.isNaN(referenceTime(mentions[i])));
		dated.sort((x, y) => referenceTime(mentions[x]) - referenceTime(mentions[y]) || x - y);
		// A window sliding through time: each mention meets those of the last merge window that share a word.
		const window = new WordPostings<Item>();
		let oldest = 0;
		for (const i of dated) {
			const t = referenceTime(mentions[i]);
			while (oldest < dated.length && referenceTime(mentions[dated[oldest]]) < t - MERGE_WINDOW_MS) window.removeOldest(items[dated[oldest++]]);
			for (const other of window.candidates(profiles[i])) consider(other.index, i);
			window.add(items[i]);
		}
		// Undated mentions (from articles no date could be found for) may match anything in their bucket.
		if (undated.length) {
			const all = new WordPostings<Item>();
			for (const i of members) all.add(items[i]);
			for (const u of undated) for (const other of all.candidates(profiles[u])) if (other.index !== u) consider(u, other.index);
		}
	}
	return pairs;
}
