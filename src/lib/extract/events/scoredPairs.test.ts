import { describe, expect, it } from 'vitest';
import { ScoredPairs } from './scoredPairs';

describe('ScoredPairs', () => {
	it('gives the orders highest score first, equal scores by ascending order', () => {
		const pairs = new ScoredPairs();
		for (const [score, order] of [[4, 7], [5.5, 9], [4, 3], [3.5, 1], [5.5, 2]]) pairs.push(score, order);
		expect([...pairs.strongestFirst()]).toEqual([2, 9, 3, 7, 1]);
	});

	it('keeps every pair while it grows, sorted as an array of the same pairs is', () => {
		const pairs = new ScoredPairs();
		const reference: { score: number; order: number }[] = [];
		let state = 11;
		for (let order = 0; order < 5000; order++) {
			state = (Math.imul(state, 1103515245) + 12345) >>> 0;
			// Few distinct scores, so ties are common.
			const score = 3.5 + (state % 7) / 4;
			pairs.push(score, order);
			reference.push({ score, order });
		}
		reference.sort((x, y) => y.score - x.score || x.order - y.order);
		expect(pairs.size).toBe(5000);
		expect([...pairs.strongestFirst()]).toEqual(reference.map((p) => p.order));
	});

	it('is empty until a pair is pushed', () => {
		expect([...new ScoredPairs().strongestFirst()]).toEqual([]);
	});
});
