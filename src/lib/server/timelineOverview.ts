/**
 * What the timeline page needs before it draws: counts, facets, extents, the window to open on and the
 * undated events (a bounded first page of them; the list view has all), taken from the event columns so
 * they stay fast at a million events. The dated events come inline only for a small view; a larger one
 * is drawn from windows (`/api/events`), so the page itself stays light whatever the store.
 */
import type { EventFilter, EventSummary } from '../api';
import { openingWindowOf, type Window } from '../timeline/zoomWindow';
import { columnFacets, type ColumnFacets } from './columnFacets';
import { eventColumnsOf } from './columnStore';
import type { Db } from './db';
import type { EventColumns } from './eventColumns';
import { filterMasks, type Mask } from './filterMasks';
import { queryTimelineEvents } from './timelineEvents';
import { SUMMARY_COLUMNS, summaryOf, type EventRow } from './timelineQueries';

export interface TimelineOverview {
	/** Events in the store. */
	total: number;
	/** Events matching the filter, dated or not. */
	matched: number;
	dated: number;
	/** The first undated matches, by id; `matched - dated` in all. */
	undated: EventSummary[];
	facets: ColumnFacets;
	/** Time range of every dated event in the store, and of the matches. */
	extent: { start: number; end: number } | null;
	matchedExtent: { start: number; end: number } | null;
	/** Where most matches lie (`openingWindow`): what the timeline opens on. */
	opening: Window | null;
	/** The dated matches when there are at most `inlineLimit` of them; otherwise null. */
	events: EventSummary[] | null;
}

export interface OverviewOptions {
	inlineLimit?: number;
	undatedLimit?: number;
	/** Sources selected in the view: listed in the facets whatever their counts. */
	selectedSources?: readonly string[];
}

function summaries(db: Db, columns: EventColumns, positions: number[]): EventSummary[] {
	const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(positions.map((p) => columns.seq[p]))) as EventRow[];
	const bySeq = new Map(rows.map((r) => [r.seq, summaryOf(r)]));
	return positions.map((p) => bySeq.get(columns.seq[p])).filter((e): e is EventSummary => e !== undefined);
}

function matchedSpan(columns: EventColumns, mask: Mask | null): { dated: number; extent: { start: number; end: number } | null; opening: Window | null } {
	if (!mask) return { dated: columns.dated, extent: columns.extent, opening: columns.extent ? openingWindowOf(columns.mid, columns.extent.start, columns.extent.end) : null };
	const mids = new Float64Array(columns.dated);
	let n = 0;
	let first = Infinity;
	let last = -Infinity;
	for (let p = 0; p < columns.dated; p++) {
		if (!mask[p]) continue;
		mids[n++] = columns.mid[p];
		if (columns.start[p] < first) first = columns.start[p];
		if (columns.end[p] > last) last = columns.end[p];
	}
	if (n === 0) return { dated: 0, extent: null, opening: null };
	return { dated: n, extent: { start: first, end: last }, opening: openingWindowOf(mids.subarray(0, n), first, last) };
}

const answers = new WeakMap<EventColumns, Map<string, TimelineOverview>>();

/** Kept per reading of the columns: the same view's page is asked for again and again, and its facets cost the most. */
export async function queryTimelineOverview(db: Db, filter: EventFilter, options: OverviewOptions = {}): Promise<TimelineOverview> {
	const columns = await eventColumnsOf(db);
	let kept = answers.get(columns);
	if (!kept) answers.set(columns, (kept = new Map()));
	const key = JSON.stringify([filter, options]);
	let answer = kept.get(key);
	if (!answer) {
		answer = overview(db, columns, filter, options);
		kept.set(key, answer);
		if (kept.size > 16) kept.delete(kept.keys().next().value!);
	}
	return answer;
}

function overview(db: Db, columns: EventColumns, filter: EventFilter, options: OverviewOptions): TimelineOverview {
	const { inlineLimit = 2000, undatedLimit = 100, selectedSources = [] } = options;
	const masks = filterMasks(db, columns, filter);
	const { dated, extent, opening } = matchedSpan(columns, masks.all);
	const undatedPositions: number[] = [];
	for (let p = columns.dated; p < columns.count && undatedPositions.length < undatedLimit; p++) if (!masks.all || masks.all[p]) undatedPositions.push(p);
	return {
		total: columns.count,
		matched: masks.countOf(masks.all),
		dated,
		undated: summaries(db, columns, undatedPositions),
		facets: columnFacets(db, columns, masks, selectedSources),
		extent: columns.extent,
		matchedExtent: extent,
		opening,
		events: dated <= inlineLimit ? queryTimelineEvents(db, filter) : null
	};
}
