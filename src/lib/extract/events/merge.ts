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
import { ScoredPairs } from './scoredPairs';
import { anchorKeys, profile, similarity, type MentionProfile, type SimilarityLookup } from './similarity';
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
	const n = mentions.length;
	// A pair's order is its ranks in key order, the lower first: it breaks ties between equal scores.
	const pairs = candidatePairs(mentions, profiles, (a, b) => Math.min(rank[a], rank[b]) * n + Math.max(rank[a], rank[b]));

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
	for (const order of pairs.strongestFirst()) {
		const ra = find(byKey[Math.floor(order / n)]);
		const rb = find(byKey[order % n]);
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

/** The mentions of one key within a merge window of the latest, as the time-ordered pass reaches them. */
interface KeyWindow {
	postings: WordPostings<Item>;
	/** Members added so far, in time order; those before `oldest` have left the window. */
	members: number[];
	oldest: number;
}

/**
 * Pairs worth scoring: same frame family, sharing a doer or a specific place, near in time, and sharing a
 * content word. Bucketing by (family, doer-or-place), a sliding time window and word postings keep this
 * near-linear even where one doer is in every sentence.
 *
 * Dated mentions are met in one pass in time order, each key with a window of its own; a mention gathers
 * its candidates from the windows of all its keys before scoring them, so a pair that shares several keys
 * is scored once, and no set of every pair met (millions in a dense neighbourhood) is kept.
 */
function candidatePairs(mentions: MentionRecord[], profiles: MentionProfile[], orderOf: (a: number, b: number) => number): ScoredPairs {
	const n = mentions.length;
	const keys = profiles.map(anchorKeys);
	const times = mentions.map(referenceTime);
	const items: Item[] = profiles.map((profile, index) => ({ profile, index }));
	const pairs = new ScoredPairs();
	const consider = (i: number, j: number) => {
		const a = Math.min(i, j);
		const b = Math.max(i, j);
		const { score, anchored } = similarity(profiles[a], profiles[b]);
		const needed = mentions[a].articleId === mentions[b].articleId ? SAME_ARTICLE_SCORE : MERGE_SCORE;
		if (anchored && score >= needed) pairs.push(score, orderOf(a, b));
	};

	const dated = items.map((_, i) => i).filter((i) => !Number.isNaN(times[i]));
	dated.sort((x, y) => times[x] - times[y] || x - y);
	const windows = new Map<string, KeyWindow>();
	const found = new Set<Item>();
	for (const i of dated) {
		const t = times[i];
		found.clear();
		for (const key of keys[i]) {
			let w = windows.get(key);
			if (!w) windows.set(key, (w = { postings: new WordPostings<Item>(), members: [], oldest: 0 }));
			while (w.oldest < w.members.length && times[w.members[w.oldest]] < t - MERGE_WINDOW_MS) w.postings.removeOldest(items[w.members[w.oldest++]]);
			if (w.oldest > 1024 && w.oldest * 2 > w.members.length) {
				w.members = w.members.slice(w.oldest);
				w.oldest = 0;
			}
			for (const other of w.postings.candidates(profiles[i])) found.add(other);
			w.postings.add(items[i]);
			w.members.push(i);
		}
		for (const other of found) consider(other.index, i);
	}

	// Undated mentions (from articles no date could be found for) may match anything under their keys.
	const undated = items.map((_, i) => i).filter((i) => Number.isNaN(times[i]));
	if (undated.length === 0) return pairs;
	const buckets = new Map<string, number[]>();
	keys.forEach((list, i) => {
		for (const key of list) {
			const members = buckets.get(key);
			if (members) members.push(i);
			else buckets.set(key, [i]);
		}
	});
	// A pair with an undated mention may turn up under several keys, and two undated ones from either side.
	const seen = new PairSet(n, undated.length * 8);
	for (const key of new Set(undated.flatMap((u) => keys[u]))) {
		const members = buckets.get(key)!;
		const all = new WordPostings<Item>();
		for (const i of members) all.add(items[i]);
		for (const u of members) {
			if (!Number.isNaN(times[u])) continue;
			for (const other of all.candidates(profiles[u])) {
				if (other.index === u || !seen.add(Math.min(u, other.index), Math.max(u, other.index))) continue;
				consider(u, other.index);
			}
		}
	}
	return pairs;
}
