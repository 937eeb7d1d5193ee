/**
 * The facets as the timeline page receives them: regions and actors as parent-linked nodes (for the
 * menus and the lanes), types with counts, and the source articles trimmed to the busiest few hundred
 * (a store may hold tens of thousands; the selected ones always stay).
 */
import type { TimelineFacets } from '../api';
import type { EventType } from '../model';
import type { FacetNode } from './facetTree';

export interface ArticleFacet {
	id: string;
	title: string;
	source: string | null;
	/** Publication date as known (`2021-09-06`), and whether it is an estimate. */
	date: string | null;
	estimate: boolean;
	count: number;
}

export interface PageFacets {
	regions: FacetNode[];
	actors: (FacetNode & { memberOf: string[] })[];
	types: { id: EventType; count: number }[];
	articles: ArticleFacet[];
	/** Articles left out of `articles`. */
	moreArticles: number;
}

/**
 * `articlesWithEvents` is for facets whose articles the store already trimmed: how many articles have
 * events under the other filters, listed or not.
 */
export function pageFacets(facets: TimelineFacets, selectedSources: readonly string[], articleLimit = 300, articlesWithEvents?: number): PageFacets {
	const actorIds = new Set(facets.actors.map((a) => a.id));
	const ranked = facets.articles
		.filter((a) => a.events > 0 || selectedSources.includes(a.id))
		.sort((a, b) => Number(selectedSources.includes(b.id)) - Number(selectedSources.includes(a.id)) || b.events - a.events || a.title.localeCompare(b.title, 'en'));
	const articles = ranked.slice(0, Math.max(articleLimit, selectedSources.length));
	return {
		regions: facets.regions.map((r) => ({ id: r.id, name: r.name, count: r.count, ...(r.parent ? { parent: r.parent } : {}) })),
		actors: facets.actors.map((a) => {
			const memberOf = (a.memberOf ?? []).filter((g) => g !== a.id && actorIds.has(g));
			return { id: a.id, name: a.name, count: a.count, memberOf, ...(memberOf[0] ? { parent: memberOf[0] } : {}) };
		}),
		types: facets.types,
		articles: articles.map((a) => ({ id: a.id, title: a.title, source: a.source ?? null, date: a.published?.date ?? null, estimate: a.published?.estimate ?? false, count: a.events })),
		moreArticles: Math.max(0, (articlesWithEvents === undefined ? ranked.length : articlesWithEvents + ranked.filter((a) => a.events === 0).length) - articles.length)
	};
}
