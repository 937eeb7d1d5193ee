/**
 * Dating an undated article from the corpus. When an article without a publication date reports
 * happenings that dated articles also report (same frame, shared actors or places, alike words), each
 * match bounds its publication date: it cannot precede the happening, and a relative expression the
 * article uses for it ("claimed Monday") must resolve to the day the dated article gives ("Monday" means
 * the publication date falls in the six days after that Monday). The earliest day that satisfies the most
 * matches becomes the date, marked as an estimate with its evidence; with no consistent match the article
 * stays undated.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, format, getISODay, startOfDay } from 'date-fns';
import type { PublicationDate } from '../../model';
import type { MentionRecord } from './mentions';
import { profile, similarity, type SimilarityLookup } from './similarity';

const DAY = 86_400_000;
/** Stronger than merging asks: a date is inferred from these matches, so only clear ones count. */
const DATING_SCORE = 4;

interface Constraint {
	lo: number;
	hi: number;
	evidence: string;
}

function dayLabel(ms: number): string {
	return format(new UTCDate(ms), 'EEE d MMM yyyy');
}

/** Matches whose time is a known day (or finer): only these can date another article. */
function isDayPrecise(m: MentionRecord): boolean {
	const t = m.time;
	return !!t && !t.mod && t.basis !== 'reported' && t.end - t.start <= DAY;
}

function constraintFor(undated: MentionRecord, dated: MentionRecord, articleTitle: (id: string) => string): Constraint | null {
	const t = dated.time!;
	const day = startOfDay(new UTCDate(t.start)).getTime();
	const source = `“${dated.title}” in ${articleTitle(dated.articleId)} (${dayLabel(day)})`;
	const weekday = /^XXXX-WXX-([1-7])$/.exec(undated.timex?.value ?? '');
	if (weekday) {
		// Past tense "Monday" names the most recent Monday on or before the publication date.
		if (getISODay(new UTCDate(day)) !== Number(weekday[1])) return null;
		return { lo: day, hi: addDays(new UTCDate(day), 7).getTime(), evidence: `“${undated.timex!.text}” = ${dayLabel(day)}: ${source}` };
	}
	return { lo: day, hi: Infinity, evidence: `reports ${source}` };
}

export function inferPublicationDate(
	undated: MentionRecord[],
	dated: MentionRecord[],
	lookup: SimilarityLookup,
	articleTitle: (id: string) => string
): PublicationDate | null {
	const candidates = dated.filter(isDayPrecise);
	if (undated.length === 0 || candidates.length === 0) return null;
	const datedProfiles = candidates.map((m) => profile(m, lookup));
	const constraints: Constraint[] = [];
	for (const u of undated) {
		const pu = profile(u, lookup);
		let best: { score: number; index: number } | undefined;
		datedProfiles.forEach((pd, index) => {
			const { score, anchored } = similarity(pu, pd);
			if (anchored && score >= DATING_SCORE && (!best || score > best.score)) best = { score, index };
		});
		if (!best) continue;
		const constraint = constraintFor(u, candidates[best.index], articleTitle);
		if (constraint) constraints.push(constraint);
	}
	if (constraints.length === 0) return null;

	// The earliest day satisfying the most constraints: candidate days are the constraints' lower bounds.
	let chosen: { day: number; satisfied: Constraint[] } | undefined;
	for (const day of [...new Set(constraints.map((c) => c.lo))].sort((a, b) => a - b)) {
		const satisfied = constraints.filter((c) => c.lo <= day && day < c.hi);
		if (!chosen || satisfied.length > chosen.satisfied.length) chosen = { day, satisfied };
	}
	if (!chosen) return null;
	const date = format(new UTCDate(chosen.day), 'yyyy-MM-dd');
	return {
		date,
		span: {
			start: chosen.day,
			end: addDays(new UTCDate(chosen.day), 1).getTime(),
			granularity: 'day',
			value: date,
			basis: 'inferred',
			approximate: true,
			known: []
		},
		basis: 'corpus',
		estimate: true,
		evidence: chosen.satisfied.map((c) => c.evidence)
	};
}
