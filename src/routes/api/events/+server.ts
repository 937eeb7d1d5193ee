import { eventColumnsOf } from '$lib/server/columnStore';
import { filterMasks } from '$lib/server/filterMasks';
import { pageStore } from '$lib/server/pageStore';
import { requestCount, requestStretch } from '$lib/server/requestStretch';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { queryTimelineWindow } from '$lib/server/timelineWindow';
import { filterOf } from '$lib/timeline/viewState';
import type { RequestHandler } from './$types';

/**
 * A window of a filtered view for the timeline (`WindowWire`): `from`, `to` and `resolution` (the bin
 * unit), the filters of the page's URL, `lanes` (region, actor or type), `maxlanes`, `limit` (marks per
 * lane beyond which a lane comes as density) and `event` (an event to include wherever it is).
 */
export const GET: RequestHandler = async ({ url }) => {
	const started = performance.now();
	const view = requestView(url.searchParams, [...FILTER_KEYS, 'lanes', 'event']);
	const maxLanes = requestCount(url.searchParams, 'maxlanes', 1, 40, 8);
	const limit = requestCount(url.searchParams, 'limit', 0, 1000, 400);
	const db = pageStore();
	const columns = await eventColumnsOf(db);
	const stretch = requestStretch(url.searchParams, columns.extent);
	const masks = filterMasks(db, columns, filterOf(view));
	const window = queryTimelineWindow(db, columns, masks.all, { ...stretch, lanes: view.lanes, maxLanes, limit, event: view.event });
	const body = JSON.stringify(window);
	// How long the answer took to make, for the browser's network panel and the benchmark.
	const timing = `window;dur=${(performance.now() - started).toFixed(1)}`;
	return new Response(body, { headers: { 'content-type': 'application/json', 'cache-control': 'no-cache', 'server-timing': timing } });
};
