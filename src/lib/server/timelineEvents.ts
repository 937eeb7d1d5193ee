/**
 * The dated events of a filtered view in chronological order, summarized: all of them for a small view
 * (the timeline page carries them inline), or a page of them for the `/api/timeline` endpoint, whatever
 * the store's size (the order comes from the event columns, `listOrder`).
 */
import type { EventFilter, EventSummary } from '../api';
import { eventColumnsOf } from './columnStore';
import type { Db } from './db';
import { filterCondition } from './eventFilterSql';
import { filterMasks } from './filterMasks';
import { listOrder } from './listOrder';
import { SUMMARY_COLUMNS, summaryOf, type EventRow } from './timelineQueries';

export function queryTimelineEvents(db: Db, filter: EventFilter): EventSummary[] {
	const condition = filterCondition(filter);
	const rows = db
		.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.start IS NOT NULL AND ${condition.where} ORDER BY e.start, e.end, e.id`)
		.all(...condition.params) as EventRow[];
	return rows.map(summaryOf);
}

export interface TimelineEventPage {
	/** Dated events matching the filter, in all. */
	total: number;
	offset: number;
	events: EventSummary[];
}

export async function queryTimelineEventPage(db: Db, filter: EventFilter, offset: number, limit: number): Promise<TimelineEventPage> {
	const columns = await eventColumnsOf(db);
	const mask = filterMasks(db, columns, filter).all;
	const order = listOrder(db, columns);
	const positions: number[] = [];
	let total = 0;
	for (let k = 0; k < columns.dated; k++) {
		const p = order[k];
		if (mask && !mask[p]) continue;
		if (total >= offset && positions.length < limit) positions.push(p);
		total++;
	}
	const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(positions.map((p) => columns.seq[p]))) as EventRow[];
	const bySeq = new Map(rows.map((r) => [r.seq, r]));
	const events = positions.map((p) => bySeq.get(columns.seq[p])).filter((r): r is EventRow => r !== undefined && r.time !== null).map(summaryOf);
	return { total, offset, events };
}
