import { error, json } from '@sveltejs/kit';
import { columnLanes } from '$lib/server/columnLanes';
import { eventColumnsOf } from '$lib/server/columnStore';
import { filterMasks } from '$lib/server/filterMasks';
import { pageStore } from '$lib/server/pageStore';
import { requestCount } from '$lib/server/requestStretch';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { queryStackMembers } from '$lib/server/timelineStack';
import { encodeTimeline } from '$lib/timeline/timelineWire';
import { filterOf } from '$lib/timeline/viewState';
import type { RequestHandler } from './$types';

const PAGE = 100;

/**
 * The members of the stack `event` belongs to in a window (`/api/events` with the same filters, `lanes`
 * and `maxlanes`), a hundred at a time from `offset`.
 */
export const GET: RequestHandler = async ({ url }) => {
	const view = requestView(url.searchParams, [...FILTER_KEYS, 'lanes', 'event']);
	if (!view.event) error(400, '"event" must name a member of the stack.');
	const maxLanes = requestCount(url.searchParams, 'maxlanes', 1, 40, 8);
	const offset = requestCount(url.searchParams, 'offset', 0, 10_000_000, 0);
	const db = pageStore();
	const columns = await eventColumnsOf(db);
	const mask = filterMasks(db, columns, filterOf(view)).all;
	const { laneOf } = columnLanes(db, columns, mask, view.lanes, maxLanes);
	const page = queryStackMembers(db, columns, mask, laneOf, view.event, offset, PAGE);
	if (!page) error(404, 'No dated event with this id in this view.');
	return json({ format: 'dateline-stack/1', total: page.total, offset: page.offset, events: encodeTimeline(page.events) }, { headers: { 'cache-control': 'no-cache' } });
};
