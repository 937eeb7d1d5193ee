import { redirect } from '@sveltejs/kit';
import { queryEvent } from '$lib/server/eventQueries';
import { pageStore } from '$lib/server/pageStore';
import { requestView, VIEW_KEYS } from '$lib/server/requestView';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const view = requestView(url.searchParams, VIEW_KEYS);
	if (!view.event) return { selected: null };
	const found = queryEvent(pageStore(), view.event);
	if (found && 'redirect' in found) {
		const next = new URL(url);
		next.searchParams.set('event', found.redirect);
		redirect(307, `${next.pathname}${next.search}`);
	}
	return { selected: { id: view.event, event: found?.event ?? null } };
};
