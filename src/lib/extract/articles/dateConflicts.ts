import { UTCDate } from '@date-fns/utc';
import { addYears } from 'date-fns';
import type { Article, ArticleWarning, PublicationDate, TextRange, TimeMention } from '../../model';
import { tagTimes } from '../time/index';

/**
 * Warnings about dates in the text that do not fit together, for the reader to see: a date that cannot
 * exist ("29th of February this year" in an article dated 2022), a weekday that does not match its date,
 * a specific date more than a year after the publication date. Dates inside boilerplate (teasers of other
 * articles) are not the article's and are left alone.
 *
 * `mentions` are the time tagger's mentions of the article's text, anchored at its publication date: a
 * pipeline that tags the text anyway passes its own, so the text is not tagged twice.
 */
/**
 * Diagnostics that explain how a span was placed rather than flag a conflict: a time counted from a
 * coarser one, a reported period that is not a calendar period. They stay on the mention, not the article.
 */
const EXPLANATIONS = new Set(['coarse-anchor', 'reporting-period']);

export function dateConflicts(article: Pick<Article, 'published' | 'boilerplate'>, mentions: TimeMention[]): ArticleWarning[] {
	const { published, boilerplate } = article;
	const warnings: ArticleWarning[] = [];
	const inBoilerplate = overlapTest(boilerplate);
	const farAfter = published ? addYears(new UTCDate(published.span.start), 1).getTime() : Infinity;
	for (const m of mentions) {
		if (inBoilerplate(m)) continue;
		for (const d of m.diagnostics ?? []) {
			if (EXPLANATIONS.has(d.code)) continue;
			const fromAnchor = published && !/\b\d{4}\b/.test(m.text) ? `; its year comes from the publication date ${published.date} (${describeBasis(published)})` : '';
			warnings.push({ message: `"${m.text}": ${d.message}${fromAnchor}`, range: { start: d.start, end: d.end } });
		}
		const span = m.span;
		if (published && span && span.basis === 'stated' && (span.granularity === 'day' || span.granularity === 'month') && span.start >= farAfter) {
			warnings.push({
				message: `"${m.text}" (${span.value}) is more than a year after the publication date ${published.date}: the text looks ahead, or the publication date is wrong`,
				range: { start: m.start, end: m.end }
			});
		}
	}
	return warnings;
}

/**
 * Texts longer than this are not tagged just to be checked: tagging 50 MB takes half a minute and gigabytes.
 * A pipeline that tags them anyway can still pass its mentions to `dateConflicts`.
 */
export const MAX_CHECKED_CHARS = 5_000_000;

/** Tags the text against its publication date and checks it: for callers that have no mentions yet. */
export function checkDates(article: Pick<Article, 'published' | 'boilerplate' | 'text'>): ArticleWarning[] {
	const { published } = article;
	if (article.text.length > MAX_CHECKED_CHARS) {
		const size = (article.text.length / 1_000_000).toFixed(1);
		return [{ message: `the text is too long (${size} million characters) for its dates to be checked here` }];
	}
	let mentions: TimeMention[];
	try {
		mentions = tagTimes(article.text, published ? { anchor: published.span.value, anchorEstimate: published.estimate } : {});
	} catch (e) {
		return [{ message: `the dates in the text could not be checked (${(e as Error).message})` }];
	}
	return dateConflicts(article, mentions);
}

function describeBasis(p: PublicationDate): string {
	const source = p.basis === 'metadata' ? 'from metadata' : p.basis === 'dateline' ? 'from the dateline' : p.basis === 'corpus' ? 'inferred from the corpus' : 'unknown';
	return p.estimate ? `${source}, an estimate` : source;
}

/** Boilerplate ranges are sorted and disjoint, so a binary search answers "is this inside one". */
function overlapTest(ranges: TextRange[]): (m: TextRange) => boolean {
	return (m) => {
		let lo = 0;
		let hi = ranges.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const r = ranges[mid];
			if (r.end <= m.start) lo = mid + 1;
			else if (r.start >= m.end) hi = mid - 1;
			else return true;
		}
		return false;
	};
}
