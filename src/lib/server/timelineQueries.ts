/**
 * What the timeline page loads: the events matching a filter, summarized, and the facets with their
 * counts. Counts of one facet are taken under every other filter, so they answer "how many would I see
 * if I picked this too".
 */
import type { ArticleSummary, EventFilter, EventSummary, TimelineFacets } from '../api';
import type { Actor, EventType, Region, TimeSpan } from '../model';
import { EVENT_TYPES } from '../model';
import { ARTICLE_SUMMARY_COLUMNS, ARTICLES_IN_ORDER, articleSummaryOf, byName, type ArticleSummaryRow } from './articleSummaries';
import type { Db } from './db';
import { filterCondition } from './eventFilterSql';

export interface EventRow {
	seq: number;
	id: string;
	title: string;
	type: string;
	time: string | null;
	claimed_by: string | null;
	sources: number;
	actors: string;
	regions: string;
}

export const SUMMARY_COLUMNS = `e.seq, e.id, e.title, e.type, e.time, e.claimed_by, e.sources, e.actors, e.regions`;

export function summaryOf(row: EventRow): EventSummary {
	const span = row.time ? (JSON.parse(row.time) as TimeSpan) : null;
	return {
		id: row.id,
		title: row.title,
		type: row.type as EventType,
		time: span
			? {
					start: span.start,
					end: span.end,
					granularity: span.granularity,
					value: span.value,
					basis: span.basis,
					approximate: span.approximate,
					...(span.mod ? { mod: span.mod } : {})
				}
			: null,
		regions: JSON.parse(row.regions),
		actors: JSON.parse(row.actors),
		sources: row.sources,
		...(row.claimed_by ? { claimedBy: row.claimed_by } : {})
	};
}

export interface TimelineData {
	/** Events in the store. */
	total: number;
	/** Events matching the filter, dated and undated. */
	matched: number;
	/** Dated matches in chronological order. */
	events: EventSummary[];
	/** Undated matches: shown apart, never dropped. */
	undated: EventSummary[];
	facets: TimelineFacets;
	/** The time range of every dated event in the store, for "fit all" and the overview. */
	extent: { start: number; end: number } | null;
}

export function queryTimeline(db: Db, filter: EventFilter): TimelineData {
	const condition = filterCondition(filter);
	const rows = db
		.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE ${condition.where} ORDER BY e.start IS NULL, e.start, e.end, e.id`)
		.all(...condition.params) as EventRow[];
	const summaries = rows.map(summaryOf);
	const total = (db.prepare(`SELECT count(*) AS n FROM events`).get() as { n: number }).n;
	const extent = db.prepare(`SELECT min(start) AS start, max(end) AS end FROM events WHERE start IS NOT NULL`).get() as { start: number | null; end: number | null };
	return {
		total,
		matched: summaries.length,
		events: summaries.filter((s) => s.time),
		undated: summaries.filter((s) => !s.time),
		facets: queryFacets(db, filter),
		extent: extent.start !== null && extent.end !== null ? { start: extent.start, end: extent.end } : null
	};
}

export function queryFacets(db: Db, filter: EventFilter): TimelineFacets {
	const byRegion = filterCondition(filter, 'region');
	const regionCounts = db
		.prepare(
			`SELECT r.data AS data, count(e.seq) AS count FROM regions r
			 LEFT JOIN event_regions er ON er.region_id = r.id
			 LEFT JOIN events e ON e.seq = er.event_seq AND ${byRegion.where}
			 GROUP BY r.id`
		)
		.all(...byRegion.params) as { data: string; count: number }[];
	const byActor = filterCondition(filter, 'actor');
	const actorCounts = db
		.prepare(
			`SELECT a.data AS data, count(e.seq) AS count FROM actors a
			 LEFT JOIN event_actors ea ON ea.actor_id = a.id
			 LEFT JOIN events e ON e.seq = ea.event_seq AND ${byActor.where}
			 GROUP BY a.id`
		)
		.all(...byActor.params) as { data: string; count: number }[];
	const byType = filterCondition(filter, 'type');
	const typeCounts = new Map(
		(db.prepare(`SELECT e.type AS type, count(*) AS count FROM events e WHERE ${byType.where} GROUP BY e.type`).all(...byType.params) as { type: string; count: number }[]).map((r) => [r.type, r.count])
	);
	const bySource = filterCondition(filter, 'source');
	const sourceCounts = new Map(
		(
			db
				.prepare(`SELECT ea.article_id AS id, count(e.seq) AS count FROM event_articles ea JOIN events e ON e.seq = ea.event_seq WHERE ${bySource.where} GROUP BY ea.article_id`)
				.all(...bySource.params) as { id: string; count: number }[]
		).map((r) => [r.id, r.count])
	);
	return {
		regions: regionCounts.map((r) => ({ ...(JSON.parse(r.data) as Region), count: r.count })).sort(byName),
		actors: actorCounts.map((a) => ({ ...(JSON.parse(a.data) as Actor), count: a.count })).sort(byName),
		types: EVENT_TYPES.map((id) => ({ id, count: typeCounts.get(id) ?? 0 })),
		articles: listArticles(db).map((a) => ({ ...a, events: sourceCounts.get(a.id) ?? 0 }))
	};
}

export function listArticles(db: Db): ArticleSummary[] {
	const rows = db.prepare(`SELECT ${ARTICLE_SUMMARY_COLUMNS} FROM articles ${ARTICLES_IN_ORDER}`).all() as ArticleSummaryRow[];
	return rows.map((r) => articleSummaryOf(r, 0));
}
