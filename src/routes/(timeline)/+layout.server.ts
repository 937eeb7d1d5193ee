import { pageStore } from '$lib/server/pageStore';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { queryTimelineOverview } from '$lib/server/timelineOverview';
import { pageFacets } from '$lib/timeline/pageFacets';
import { encodeTimeline } from '$lib/timeline/timelineWire';
import { filterKey, filterOf } from '$lib/timeline/viewState';
import type { LayoutServerLoad } from './$types';

/** Dated events come with the page up to this many; beyond, the timeline fetches windows of them (`/api/events`). */
const INLINE_EVENTS = 1500;

// Reads only the filters: zooming and selecting must not reload the counts and facets.
export const load: LayoutServerLoad = async ({ url }) => {
	const view = requestView(url.searchParams, FILTER_KEYS);
	const overview = await queryTimelineOverview(pageStore(), filterOf(view), { inlineLimit: INLINE_EVENTS, selectedSources: view.source });
	return {
		filterKey: filterKey(view),
		counts: { total: overview.total, matched: overview.matched, dated: overview.dated },
		extent: overview.extent,
		matchedExtent: overview.matchedExtent,
		opening: overview.opening,
		undated: overview.undated,
		facets: pageFacets(overview.facets, view.source, 300, overview.facets.articlesWithEvents),
		wire: overview.events ? encodeTimeline(overview.events) : null
	};
};
