/**
 * One page of a filtered view's events in chronological order, dated first, then the undated ones: the
 * list view reads the chronology a page at a time, whatever the size of the store. Counts and order come
 * from the event columns (`listOrder`), so a deep page costs what the first one does.
 */
import type { EventFilter, EventSummary } from '../api';
import { eventColumnsOf } from './columnStore';
import type { Db } from './db';
import { filterMasks } from './filterMasks';
import { listOrder, listPage } from './listOrder';
import { SUMMARY_COLUMNS, summaryOf, type EventRow } from './timelineQueries';

export interface EventPage {
	/** Events in the store, and those matching the filter. */
	total: number;
	matched: number;
	offset: number;
	events: EventSummary[];
}

export async function queryEventPage(db: Db, filter: EventFilter, offset: number, limit: number): Promise<EventPage> {
	const columns = await eventColumnsOf(db);
	const masks = filterMasks(db, columns, filter);
	const positions = listPage(listOrder(db, columns), masks.all, offset, limit);
	const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(positions.map((p) => columns.seq[p]))) as EventRow[];
	const bySeq = new Map(rows.map((r) => [r.seq, r]));
	const events: EventSummary[] = [];
	for (const p of positions) {
		const row = bySeq.get(columns.seq[p]);
		if (row) events.push(summaryOf(row));
	}
	return { total: columns.count, matched: masks.countOf(masks.all), offset, events };
}
