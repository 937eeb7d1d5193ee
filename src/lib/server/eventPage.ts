/**
 * One page of a filtered view's events in chronological order, dated first, then the undated ones: the
 * list view reads the chronology a page at a time, whatever the size of the store.
 */
import type { EventFilter, EventSummary } from '../api';
import type { Db } from './db';
import { filterCondition } from './eventFilterSql';
import { SUMMARY_COLUMNS, summaryOf, type EventRow } from './timelineQueries';

export interface EventPage {
	/** Events in the store, and those matching the filter. */
	total: number;
	matched: number;
	offset: number;
	events: EventSummary[];
}

export function queryEventPage(db: Db, filter: EventFilter, offset: number, limit: number): EventPage {
	const condition = filterCondition(filter);
	const { total } = db.prepare(`SELECT count(*) AS total FROM events`).get() as { total: number };
	const { matched } = db.prepare(`SELECT count(*) AS matched FROM events e WHERE ${condition.where}`).get(...condition.params) as { matched: number };
	const rows = db
		.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE ${condition.where} ORDER BY e.start IS NULL, e.start, e.end, e.id LIMIT ? OFFSET ?`)
		.all(...condition.params, limit, offset) as EventRow[];
	return { total, matched, offset, events: rows.map(summaryOf) };
}
