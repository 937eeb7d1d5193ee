/**
 * One event from the mentions that report it: the most trustworthy time among them, the title of the
 * mention that gives it, every actor and region, and "claimed by" only when every source reports it as
 * someone's claim (once one source reports it as fact, it is no longer only a claim).
 */
import { GRANULARITIES, type NewsEvent, type TimeBasis, type TimeSpan } from '../../model';
import type { MentionRecord } from './mentions';

const BASIS_RANK: Record<TimeBasis, number> = { stated: 0, relative: 1, publication: 2, inferred: 3, reported: 4 };

/** Lower is better: a stated day beats an inferred day beats a stated year beats "on or before". */
export function timeRank(span: TimeSpan | null): number {
	if (!span) return Infinity;
	const bounded = span.mod === 'ON_OR_BEFORE' || span.mod === 'BEFORE' || span.mod === 'AFTER' || span.mod === 'ON_OR_AFTER' ? 100 : 0;
	return bounded + GRANULARITIES.indexOf(span.granularity) * 10 + BASIS_RANK[span.basis] + (span.approximate ? 5 : 0);
}

function titleRank(m: MentionRecord): number {
	const words = m.title.split(' ').length;
	const shape = words < 4 ? 6 : words > 14 ? 3 : 0;
	return shape + (m.claimedBy ? 2 : 0) + (m.trigger.lemma.length === 0 ? 5 : 0);
}

function byFrequency(lists: string[][]): string[] {
	const counts = new Map<string, { count: number; first: number }>();
	let position = 0;
	for (const list of lists) {
		for (const id of list) {
			const entry = counts.get(id);
			if (entry) entry.count++;
			else counts.set(id, { count: 1, first: position });
			position++;
		}
	}
	return [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first).map(([id]) => id);
}

/** The event a cluster of mentions reports, without its id (the store assigns ids). */
export function eventFromMentions(mentions: MentionRecord[]): Omit<NewsEvent, 'id'> {
	const byTime = [...mentions].sort((a, b) => timeRank(a.time) - timeRank(b.time) || a.key.localeCompare(b.key));
	const best = byTime[0];
	const bestRank = timeRank(best.time);
	const titled = byTime.filter((m) => bestRank === Infinity || timeRank(m.time) - bestRank < 10).sort((a, b) => titleRank(a) - titleRank(b) || timeRank(a.time) - timeRank(b.time) || a.key.localeCompare(b.key))[0];
	const claimers = mentions.map((m) => m.claimedBy);
	const claimedBy = claimers.every((c) => c !== undefined) ? byFrequency([claimers as string[]])[0] : undefined;
	return {
		title: titled.title,
		type: best.type,
		time: best.time,
		actors: byFrequency(mentions.map((m) => m.actors)),
		regions: byFrequency(mentions.map((m) => m.regions)),
		claimedBy,
		mentions
	};
}
