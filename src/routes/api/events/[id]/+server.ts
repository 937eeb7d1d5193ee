import { error, json, redirect } from '@sveltejs/kit';
import { queryEvent } from '$lib/server/eventQueries';
import { pageStore } from '$lib/server/pageStore';
import { RECORD_ID } from '$lib/timeline/viewState';
import type { RequestHandler } from './$types';

/** One event with its sources, as the panel shows it; a retired id redirects to the event that absorbed it. */
export const GET: RequestHandler = ({ params }) => {
	if (!RECORD_ID.test(params.id)) error(404, 'No event with this id.');
	const found = queryEvent(pageStore(), params.id);
	if (!found) error(404, 'No event with this id.');
	if ('redirect' in found) redirect(301, `/api/events/${encodeURIComponent(found.redirect)}`);
	return json(found.event);
};
