import { json } from '@sveltejs/kit';
import { pageStore } from '$lib/server/pageStore';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { queryTimelineEvents } from '$lib/server/timelineEvents';
import { encodeTimeline } from '$lib/timeline/timelineWire';
import { filterOf } from '$lib/timeline/viewState';
import type { RequestHandler } from './$types';

/** The dated events of a filtered view, in the timeline's wire format. */
export const GET: RequestHandler = ({ url }) => {
	const view = requestView(url.searchParams, FILTER_KEYS);
	return json(encodeTimeline(queryTimelineEvents(pageStore(), filterOf(view))), { headers: { 'cache-control': 'no-cache' } });
};
