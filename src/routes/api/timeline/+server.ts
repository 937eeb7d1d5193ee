import { json } from '@sveltejs/kit';
import { pageStore } from '$lib/server/pageStore';
import { requestCount } from '$lib/server/requestStretch';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { queryTimelineEventPage } from '$lib/server/timelineEvents';
import { encodeTimeline } from '$lib/timeline/timelineWire';
import { filterOf } from '$lib/timeline/viewState';
import type { RequestHandler } from './$types';

/** Events in one answer at most. */
const PAGE = 10_000;

/**
 * The dated events of a filtered view in chronological order, in the timeline's wire format, a page at a
 * time: `offset` (0 by default) and `limit` (at most 10,000); `total` says how many there are in all.
 */
export const GET: RequestHandler = async ({ url }) => {
	const view = requestView(url.searchParams, FILTER_KEYS);
	const offset = requestCount(url.searchParams, 'offset', 0, 100_000_000, 0);
	const limit = requestCount(url.searchParams, 'limit', 1, PAGE, PAGE);
	const page = await queryTimelineEventPage(pageStore(), filterOf(view), offset, limit);
	return json({ ...encodeTimeline(page.events), total: page.total, offset: page.offset }, { headers: { 'cache-control': 'no-cache' } });
};
