import { error, redirect } from '@sveltejs/kit';
import { queryEvent } from '$lib/server/eventQueries';
import { pageStore } from '$lib/server/pageStore';
import { requestView, VIEW_KEYS } from '$lib/server/requestView';
import { RECORD_ID } from '$lib/timeline/viewState';
import type { PageServerLoad } from './$types';

function notFound(): never {
	error(404, 'There is no event with this address. It may have been merged or removed when its articles were ingested again.');
}

export const load: PageServerLoad = ({ params, url }) => {
	requestView(url.searchParams, VIEW_KEYS.filter((k) => k !== 'event'));
	if (!RECORD_ID.test(params.id)) notFound();
	const found = queryEvent(pageStore(), params.id);
	if (!found) notFound();
	// An id retired by a merge keeps working: it points at the event that absorbed it.
	if ('redirect' in found) redirect(301, `/events/${encodeURIComponent(found.redirect)}${url.search}`);
	const { event } = found;
	return { selected: { id: event.id, event }, canonical: new URL(`/events/${encodeURIComponent(event.id)}`, url.origin).href };
};
