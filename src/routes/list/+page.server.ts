import { error } from '@sveltejs/kit';
import { entityNames } from '$lib/server/entityNames';
import { queryEventPage } from '$lib/server/eventPage';
import { pageStore } from '$lib/server/pageStore';
import { FILTER_KEYS, requestView } from '$lib/server/requestView';
import { filterOf } from '$lib/timeline/viewState';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 100;

export const load: PageServerLoad = async ({ url }) => {
	const view = requestView(url.searchParams, [...FILTER_KEYS, 'from', 'to']);
	const raw = url.searchParams.get('page') ?? '1';
	const page = /^\d{1,7}$/.test(raw) ? Number(raw) : NaN;
	if (!(page >= 1)) error(400, `"page" must be a page number (1, 2, …), not "${raw.slice(0, 20)}".`);
	const db = pageStore();
	const result = await queryEventPage(db, filterOf(view, true), (page - 1) * PAGE_SIZE, PAGE_SIZE);
	if (page > 1 && result.events.length === 0) error(404, `There is no page ${page}: this view has ${result.matched.toLocaleString('en')} events.`);
	return {
		view,
		page,
		pageSize: PAGE_SIZE,
		...result,
		names: entityNames(db, result.events.flatMap((e) => e.regions), result.events.flatMap((e) => e.actors))
	};
};
