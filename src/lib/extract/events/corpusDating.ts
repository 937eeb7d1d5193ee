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
import { anchorKeys, profile, similarity, type MentionProfile, type SimilarityLookup } from './similarity';
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

/** The keys undated mentions look under for their matches. */
export function wantedKeys(undated: Iterable<MentionProfile>): Set<string> {
	const keys = new Set<string>();
	for (const p of undated) for (const key of anchorKeys(p)) keys.add(key);
	return keys;
}

/** A dated mention that matches an undated one, with the strength of the match. */
export interface DatingMatch {
	score: number;
	match: MentionRecord;
}

/** Whether `a` is the better match: the higher score, or of equal scores the lower key (any order of search gives the same). */
export function betterMatch(a: DatingMatch, b: DatingMatch | undefined): boolean {
	return !b || a.score > b.score || (a.score === b.score && a.match.key < b.match.key);
}

/**
 * The dated mentions of a corpus, indexed the way `similarity` anchors matches, so each undated mention
 * is compared only with the few that share its doer or a place.
 */
export class DatingIndex {
	private readonly buckets = new Map<string, WordPostings<{ profile: MentionProfile }>>();
	/** Dated mentions held. */
	size = 0;

	constructor(
		private readonly lookup: SimilarityLookup,
		private readonly articleTitle: (id: string) => string
	) {}

	/** Keys the undated mentions will look under; when set, dated mentions under no such key are not kept. */
	private wanted?: ReadonlySet<string>;

	/**
	 * Keeps only dated mentions found under these keys (`wantedKeys` of the undated mentions): memory
	 * follows the undated, not the corpus.
	 */
	restrictTo(wanted: ReadonlySet<string>): void {
		this.wanted = wanted;
	}

	add(mentions: Iterable<MentionRecord>): void {
		for (const m of mentions) {
			if (!isDayPrecise(m)) continue;
			// The index holds most of a corpus's mentions: their sentences are not needed to compare them
			// (the profile keeps the words), so they are not kept.
			const item = { profile: { ...profile(m, this.lookup), record: { ...m, text: '', words: [] } } };
			let kept = false;
			for (const key of anchorKeys(item.profile)) {
				if (this.wanted && !this.wanted.has(key)) continue;
				let postings = this.buckets.get(key);
				if (!postings) this.buckets.set(key, (postings = new WordPostings()));
				postings.add(item);
				kept = true;
			}
			if (kept) this.size++;
		}
	}

	/** The publication date the corpus gives an article with these mentions, or null. */
	date(undated: MentionRecord[]): PublicationDate | null {
		return dateFromConstraints(undated.map((u) => this.constraint(u)).filter((c) => c !== null));
	}

	/** What one undated mention says of its article's date, from its best match; null without one. */
	constraint(u: MentionRecord): DateConstraint | null {
		const best = this.bestMatch(profile(u, this.lookup));
		return best ? this.constraintFor(u, best.match) : null;
	}

	/**
	 * The undated mention's best match among the dated ones held, if any match clearly. It looks only
	 * under keys of the mention's own family.
	 */
	bestMatch(pu: MentionProfile): DatingMatch | undefined {
		let best: DatingMatch | undefined;
		for (const key of anchorKeys(pu)) {
			for (const { profile: pd } of this.buckets.get(key)?.candidates(pu) ?? []) {
				if (pd.record.articleId === pu.record.articleId) continue;
				const { score, anchored } = similarity(pu, pd);
				if (!anchored || score < DATING_SCORE) continue;
				const found = { score, match: pd.record };
				if (betterMatch(found, best)) best = found;
			}
		}
		return best;
	}

	/** What a match says of the undated mention's article date; null when they cannot be the same day. */
	constraintFor(undated: MentionRecord, dated: MentionRecord): DateConstraint | null {
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
