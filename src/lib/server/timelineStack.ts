/**
 * The members of a stack the timeline drew from a window: every event of the view in the same lane with
 * exactly the time of a given one (start, end, modifier, hedging), a page at a time in id order. A window
 * sends a large stack as one member with its size; this lists the rest when the reader opens it.
 */
import type { EventSummary } from '../api';
import { lowerBound, type EventColumns } from './eventColumns';
import type { Db } from './db';
import type { Mask } from './filterMasks';
import { SUMMARY_COLUMNS, summaryOf, type EventRow } from './timelineQueries';

export interface StackPage {
	total: number;
	offset: number;
	events: EventSummary[];
}

/** Null when the event is unknown, undated or not in the view. */
export function queryStackMembers(db: Db, columns: EventColumns, mask: Mask | null, laneOf: Uint16Array, eventId: string, offset: number, limit: number): StackPage | null {
	const seq = db.prepare(`SELECT seq FROM events WHERE id = ?`).pluck().get(eventId) as number | undefined;
	const at = seq !== undefined && seq < columns.positionOfSeq.length ? columns.positionOfSeq[seq] : -1;
	if (at < 0 || at >= columns.dated || (mask && !mask[at])) return null;
	const { mid, start, end, timeKey } = columns;
	const members: number[] = [];
	// Events of one time share a midpoint: the stack is within the run of that midpoint.
	for (let p = lowerBound(mid, mid[at]); p < columns.dated && mid[p] === mid[at]; p++) {
		if ((mask && !mask[p]) || laneOf[p] !== laneOf[at]) continue;
		if (start[p] === start[at] && end[p] === end[at] && timeKey[p] === timeKey[at]) members.push(columns.seq[p]);
	}
	const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.seq IN (SELECT value FROM json_each(?)) ORDER BY e.id LIMIT ? OFFSET ?`).all(JSON.stringify(members), limit, offset) as EventRow[];
	return { total: members.length, offset, events: rows.map(summaryOf) };
}
