/**
 * What the timeline page needs before it draws: counts, facets, extents and the undated events (a
 * bounded first page of them; the list view has all). The dated events come inline only for a small
 * store; a larger one sends them separately so the page itself stays light.
 */
import type { EventFilter, EventSummary, TimelineFacets } from '../api';
import type { Db } from './db';
import { filterCondition } from './eventFilterSql';
import { queryTimelineEvents } from './timelineEvents';
import { queryFacets, SUMMARY_COLUMNS, summaryOf, type EventRow } from './timelineQueries';

export interface TimelineOverview {
	/** Events in the store. */
	total: number;
	/** Events matching the filter, dated or not. */
	matched: number;
	dated: number;
	/** The first undated matches, by id; `matched - dated` in all. */
	undated: EventSummary[];
	facets: TimelineFacets;
	/** Time range of every dated event in the store, and of the matches. */
	extent: { start: number; end: number } | null;
	matchedExtent: { start: number; end: number } | null;
	/** The dated matches when there are at most `inlineLimit` of them; otherwise null. */
	events: EventSummary[] | null;
}

export interface OverviewOptions {
	inlineLimit?: number;
	undatedLimit?: number;
}

export function queryTimelineOverview(db: Db, filter: EventFilter, options: OverviewOptions = {}): TimelineOverview {
	const { inlineLimit = 2000, undatedLimit = 100 } = options;
	const condition = filterCondition(filter);
	const counts = db
		.prepare(`SELECT count(*) AS matched, count(e.start) AS dated, min(e.start) AS start, max(e.end) AS end FROM events e WHERE ${condition.where}`)
		.get(...condition.params) as { matched: number; dated: number; start: number | null; end: number | null };
	const store = db.prepare(`SELECT count(*) AS total, min(start) AS start, max(end) AS end FROM events`).get() as { total: number; start: number | null; end: number | null };
	const undated = (
		db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.start IS NULL AND ${condition.where} ORDER BY e.id LIMIT ?`).all(...condition.params, undatedLimit) as EventRow[]
	).map(summaryOf);
	return {
		total: store.total,
		matched: counts.matched,
		dated: counts.dated,
		undated,
		facets: queryFacets(db, filter),
		extent: store.start !== null && store.end !== null ? { start: store.start, end: store.end } : null,
		matchedExtent: counts.start !== null && counts.end !== null ? { start: counts.start, end: counts.end } : null,
		events: counts.dated <= inlineLimit ? queryTimelineEvents(db, filter) : null
	};
}
