/**
 * Dating an undated article from the corpus. When an article without a publication date reports
 * happenings that dated articles also report (same frame, shared doer or places, alike words), each
 * match bounds its publication date: it cannot precede the happening, and a relative expression the
 * article uses for it ("claimed Monday") must resolve to the day the dated article gives ("Monday" means
 * the publication date falls in the six days after that Monday). The earliest day that satisfies the most
 * matches becomes the date, marked as an estimate with its evidence; with no consistent match the article
 * stays undated.
 *
 * Only mentions placed on a known day by articles dated by their metadata or dateline can date another
 * article: an estimate is never made from another estimate.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, format, getISODay, startOfDay } from 'date-fns';
import type { PublicationDate } from '../../model';
import type { MentionRecord } from './mentions';
import { profile, similarity, type MentionProfile, type SimilarityLookup } from './similarity';
import { WordPostings } from './wordPostings';

const DAY = 86_400_000;
/** Stronger than merging asks: a date is inferred from these matches, so only clear ones count. */
const DATING_SCORE = 4;

/** What one match says of an undated article's publication date: on a day in `[lo, hi)`. */
export interface DateConstraint {
	lo: number;
	hi: number;
	evidence: string;
}

function dayLabel(ms: number): string {
	return format(new UTCDate(ms), 'EEE d MMM yyyy');
}

/** Matches whose time is a known day (or finer): only these can date another article. */
export function isDayPrecise(m: MentionRecord): boolean {
	const t = m.time;
	return !!t && !t.mod && t.basis !== 'reported' && t.end - t.start <= DAY;
}

/** The keys under which a mention can be found: its family with its doer's groups, or with a specific place. */
function keysOf(p: MentionProfile): string[] {
	const keys: string[] = [];
	for (const actor of p.agent) keys.push(`${p.record.family}|a|${actor}`);
	for (const [region, weight] of p.regions) if (weight >= 1) keys.push(`${p.record.family}|r|${region}`);
	return keys;
}

/**
 * The dated mentions of a corpus, indexed the way `similarity` anchors matches, so each undated mention
 * is compared only with the few that share its doer or a place.
 */
export class DatingIndex {
	private readonly buckets = new Map<string, WordPostings<{ profile: MentionProfile }>>();

	constructor(
		private readonly lookup: SimilarityLookup,
		private readonly articleTitle: (id: string) => string
	) {}

	/** Keys the undated mentions will look under; when set, dated mentions under no such key are not kept. */
	private wanted?: Set<string>;

	/** Keeps only dated mentions that could match these undated ones: memory follows the undated, not the corpus. */
	restrictTo(undated: Iterable<MentionRecord>): void {
		this.wanted = new Set();
		for (const m of undated) for (const key of keysOf(profile(m, this.lookup))) this.wanted.add(key);
	}

	add(mentions: Iterable<MentionRecord>): void {
		for (const m of mentions) {
			if (!isDayPrecise(m)) continue;
			// The index holds most of a corpus's mentions: their sentences are not needed to compare them
			// (the profile keeps the words), so they are not kept.
			const item = { profile: { ...profile(m, this.lookup), record: { ...m, text: '', words: [] } } };
			for (const key of keysOf(item.profile)) {
				if (this.wanted && !this.wanted.has(key)) continue;
				let postings = this.buckets.get(key);
				if (!postings) this.buckets.set(key, (postings = new WordPostings()));
				postings.add(item);
			}
		}
	}

	/** The publication date the corpus gives an article with these mentions, or null. */
	date(undated: MentionRecord[]): PublicationDate | null {
		return dateFromConstraints(undated.map((u) => this.constraint(u)).filter((c) => c !== null));
	}

	/**
	 * What one undated mention says of its article's date, from its best match among the dated mentions;
	 * null without one. It looks only under keys of the mention's own family.
	 */
	constraint(u: MentionRecord): DateConstraint | null {
		const pu = profile(u, this.lookup);
		let best: { score: number; match: MentionRecord } | undefined;
		for (const key of keysOf(pu)) {
			for (const { profile: pd } of this.buckets.get(key)?.candidates(pu) ?? []) {
				if (pd.record.articleId === u.articleId) continue;
				const { score, anchored } = similarity(pu, pd);
				if (anchored && score >= DATING_SCORE && (!best || score > best.score || (score === best.score && pd.record.key < best.match.key))) best = { score, match: pd.record };
			}
		}
		return best ? this.constraintFor(u, best.match) : null;
	}

	private constraintFor(undated: MentionRecord, dated: MentionRecord): DateConstraint | null {
		const day = startOfDay(new UTCDate(dated.time!.start)).getTime();
		const source = `“${dated.title}” in ${this.articleTitle(dated.articleId)} (${dayLabel(day)})`;
		const weekday = /^XXXX-WXX-([1-7])$/.exec(undated.timex?.value ?? '');
		if (weekday) {
			// Past tense "Monday" names the most recent Monday on or before the publication date.
			if (getISODay(new UTCDate(day)) !== Number(weekday[1])) return null;
			return { lo: day, hi: addDays(new UTCDate(day), 7).getTime(), evidence: `“${undated.timex!.text}” = ${dayLabel(day)}: ${source}` };
		}
		return { lo: day, hi: Infinity, evidence: `reports ${source}` };
	}
}

/**
 * The earliest day satisfying the most constraints (candidate days are their lower bounds), with the
 * evidence of those it satisfies, in the order given.
 */
export function dateFromConstraints(constraints: DateConstraint[]): PublicationDate | null {
	if (constraints.length === 0) return null;
	let chosen: { day: number; satisfied: DateConstraint[] } | undefined;
	for (const day of [...new Set(constraints.map((c) => c.lo))].sort((a, b) => a - b)) {
		const satisfied = constraints.filter((c) => c.lo <= day && day < c.hi);
		if (!chosen || satisfied.length > chosen.satisfied.length) chosen = { day, satisfied };
	}
	if (!chosen) return null;
	const date = format(new UTCDate(chosen.day), 'yyyy-MM-dd');
	return {
		date,
		span: { start: chosen.day, end: addDays(new UTCDate(chosen.day), 1).getTime(), granularity: 'day', value: date, basis: 'inferred', approximate: true, known: [] },
		basis: 'corpus',
		estimate: true,
		evidence: chosen.satisfied.map((c) => c.evidence)
	};
}
