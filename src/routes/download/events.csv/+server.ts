import { checkDownloadSize } from '$lib/server/downloadSize';
import { buildExport, exportCsv, regionPlaces } from '$lib/server/exporter';
import { pageStore } from '$lib/server/pageStore';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { filterOf } from '$lib/timeline/viewState';
import type { RequestHandler } from './$types';

/** The current view (filters and window) as CSV, one row per event. */
export const GET: RequestHandler = async ({ url }) => {
	const view = requestView(url.searchParams, [...FILTER_KEYS, 'from', 'to']);
	const db = pageStore();
	await checkDownloadSize(db, filterOf(view, true));
	const csv = exportCsv(buildExport(db, filterOf(view, true)), regionPlaces(db));
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="dateline-events.csv"',
			'x-content-type-options': 'nosniff'
		}
	});
};
