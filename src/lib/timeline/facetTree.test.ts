import { describe, expect, it } from 'vitest';
import { facetTree } from './facetTree';

describe('facetTree', () => {
	const nodes = [
		{ id: 'country:sd', name: 'Sudan', count: 9 },
		{ id: 'province:kh', name: 'Khartoum', count: 6, parent: 'country:sd' },
		{ id: 'district:om', name: 'Omdurman', count: 2, parent: 'province:kh' },
		{ id: 'district:ba', name: 'Bahri', count: 4, parent: 'province:kh' },
		{ id: 'province:nd', name: 'North Darfur', count: 3, parent: 'country:sd' },
		{ id: 'province:wd', name: 'West Darfur', count: 0, parent: 'country:sd' },
		{ id: 'country:td', name: 'Chad', count: 0 }
	];

	it('nests entries under their parents, busiest first, leaving out empty ones', () => {
		expect(facetTree(nodes).map((i) => `${'  '.repeat(i.depth)}${i.name} ${i.count}`)).toEqual([
			'Sudan 9',
			'  Khartoum 6',
			'    Bahri 4',
			'    Omdurman 2',
			'  North Darfur 3'
		]);
	});

	it('keeps a selected entry even when nothing matches it now', () => {
		expect(facetTree(nodes, ['country:td']).map((i) => i.name)).toContain('Chad');
	});

	it('survives a cycle of parents', () => {
		const cyclic = [
			{ id: 'a', name: 'A', count: 1, parent: 'b' },
			{ id: 'b', name: 'B', count: 1, parent: 'a' }
		];
		expect(facetTree(cyclic).map((i) => i.name).sort()).toEqual(['A', 'B']);
	});
});
