import { describe, expect, it } from 'vitest';
import type { TimelineFacets } from '../api';
import { pageFacets } from './pageFacets';

const article = (id: string, events: number) => ({ id, title: `Article ${id}`, published: null, warnings: [], events });

const facets: TimelineFacets = {
	regions: [{ id: 'country:sd', name: 'Sudan', kind: 'country', count: 3 }, { id: 'province:kh', name: 'Khartoum', kind: 'province', parent: 'country:sd', count: 2 }],
	actors: [
		{ id: 'org:rsf', name: 'RSF', kind: 'organization', count: 2 },
		{ id: 'person:h', name: 'Hemedti', kind: 'person', memberOf: ['org:rsf', 'org:gone'], count: 1 }
	],
	types: [{ id: 'statement', count: 3 }],
	articles: [article('a', 1), article('b', 5), article('c', 0), article('d', 2)]
};

describe('pageFacets', () => {
	it('keeps articles with events, busiest first, and always the selected ones', () => {
		const page = pageFacets(facets, ['c'], 2);
		expect(page.articles.map((a) => a.id)).toEqual(['c', 'b']);
		expect(page.moreArticles).toBe(2);
	});

	it('links actors to the groups that are in the store, and regions to their parents', () => {
		const page = pageFacets(facets, []);
		expect(page.actors.find((a) => a.id === 'person:h')).toMatchObject({ parent: 'org:rsf', memberOf: ['org:rsf'] });
		expect(page.regions.find((r) => r.id === 'province:kh')?.parent).toBe('country:sd');
	});
});
