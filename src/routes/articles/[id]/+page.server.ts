import { error } from '@sveltejs/kit';
import { queryArticle } from '$lib/server/eventQueries';
import { pageStore } from '$lib/server/pageStore';
import { RECORD_ID } from '$lib/timeline/viewState';
import type { PageServerLoad } from './$types';

const SENTENCE = /^(\d{1,10})-(\d{1,10})$/;

export const load: PageServerLoad = ({ params, url }) => {
	if (!RECORD_ID.test(params.id)) error(404, 'There is no article with this address.');
	const article = queryArticle(pageStore(), params.id);
	if (!article) error(404, 'There is no article with this address. It may have been removed from the store.');
	const s = url.searchParams.get('s');
	let target: { start: number; end: number } | null = null;
	if (s) {
		const m = SENTENCE.exec(s);
		if (!m || Number(m[1]) >= Number(m[2])) error(400, `"s" must be a range of characters written START-END, not "${s.slice(0, 40)}".`);
		target = { start: Number(m[1]), end: Number(m[2]) };
	}
	return { article, target };
};
