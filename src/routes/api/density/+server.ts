import { json } from '@sveltejs/kit';
import { eventColumnsOf } from '$lib/server/columnStore';
import { filterMasks } from '$lib/server/filterMasks';
import { pageStore } from '$lib/server/pageStore';
import { requestStretch } from '$lib/server/requestStretch';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { queryTimelineDensity } from '$lib/server/timelineDensity';
import { filterOf } from '$lib/timeline/viewState';
import type { RequestHandler } from './$types';

/** Events of a filtered view per calendar bin (`DensityWire`), for the overview strip: `from`, `to`, `resolution` and the filters. */
export const GET: RequestHandler = async ({ url }) => {
	const view = requestView(url.searchParams, FILTER_KEYS);
	const db = pageStore();
	const columns = await eventColumnsOf(db);
	const stretch = requestStretch(url.searchParams, columns.extent);
	const masks = filterMasks(db, columns, filterOf(view));
	return json(queryTimelineDensity(columns, masks.all, stretch.from, stretch.to, stretch.unit), { headers: { 'cache-control': 'no-cache' } });
};
