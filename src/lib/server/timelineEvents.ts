/**
 * The dated events of a filtered view in chronological order, summarized: what the timeline draws. The
 * visible window is not part of the filter here; the page loads every match and zooms over them.
 */
import type { EventFilter, EventSummary } from '../api';
import type { Db } from './db';
import { filterCondition } from './eventFilterSql';
import { SUMMARY_COLUMNS, summaryOf, type EventRow } from './timelineQueries';

export function queryTimelineEvents(db: Db, filter: EventFilter): EventSummary[] {
	const condition = filterCondition(filter);
	const rows = db
		.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.start IS NOT NULL AND ${condition.where} ORDER BY e.start, e.end, e.id`)
		.all(...condition.params) as EventRow[];
	return rows.map(summaryOf);
}
