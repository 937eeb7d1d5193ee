import { checkDownloadSize } from '$lib/server/downloadSize';
import { buildExport } from '$lib/server/exporter';
import { pageStore } from '$lib/server/pageStore';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { filterOf } from '$lib/timeline/viewState';
import type { RequestHandler } from './$types';

/** The current view (filters and window) in the JSON export format. */
export const GET: RequestHandler = async ({ url }) => {
	const view = requestView(url.searchParams, [...FILTER_KEYS, 'from', 'to']);
	const db = pageStore();
	await checkDownloadSize(db, filterOf(view, true));
	const doc = buildExport(db, filterOf(view, true));
	return new Response(JSON.stringify(doc, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': 'attachment; filename="dateline-events.json"',
			'x-content-type-options': 'nosniff'
		}
	});
};
