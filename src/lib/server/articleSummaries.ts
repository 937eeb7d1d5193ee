/** Articles as the pages list them: one row shape and one reading of it for every query that lists them. */
import type { ArticleSummary } from '../api';

/** The columns a summary is read from, in the store's chronological order of articles. */
export const ARTICLE_SUMMARY_COLUMNS = 'id, title, url, source, published, warnings';
export const ARTICLES_IN_ORDER = 'ORDER BY published_at IS NULL, published_at, id';

export interface ArticleSummaryRow {
	id: string;
	title: string;
	url: string | null;
	source: string | null;
	published: string | null;
	warnings: string;
}

/** What every view of an article starts with: what a summary lists of it, without its count of events. */
export function articleHeadOf(row: ArticleSummaryRow): Omit<ArticleSummary, 'events'> {
	return {
		id: row.id,
		title: row.title,
		...(row.url ? { url: row.url } : {}),
		...(row.source ? { source: row.source } : {}),
		published: row.published ? JSON.parse(row.published) : null,
		warnings: JSON.parse(row.warnings)
	};
}

export function articleSummaryOf(row: ArticleSummaryRow, events: number): ArticleSummary {
	return { ...articleHeadOf(row), events };
}

/** Regions and actors listed by name. */
export function byName(a: { name: string }, b: { name: string }): number {
	return a.name.localeCompare(b.name, 'en');
}
