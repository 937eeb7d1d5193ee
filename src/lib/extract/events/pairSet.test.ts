import { describe, expect, it } from 'vitest';
import { PairSet } from './pairSet';

describe('PairSet', () => {
	it.each([
		['one pair twice', 10, [[1, 2], [1, 2]], [true, false]],
		['pairs that share a member', 10, [[1, 2], [1, 3], [2, 3], [1, 3]], [true, true, true, false]],
		['every pair of a small n', 3, [[0, 1], [0, 2], [1, 2], [0, 2], [0, 1]], [true, true, true, false, false]],
		['indices past 2^16, whose key passes 2^32', 200_000, [[150_000, 199_999], [150_001, 199_999], [150_000, 199_999]], [true, true, false]]
	])('%s', (_, n, pairs, added) => {
		const set = new PairSet(n, 1);
		expect(pairs.map(([a, b]) => set.add(a, b))).toEqual(added);
	});

	it('keeps every pair while it grows, as a Set of the same pairs does', () => {
		const n = 3000;
		const set = new PairSet(n, 4);
		const reference = new Set<number>();
		let state = 7;
		for (let k = 0; k < 50_000; k++) {
			state = (Math.imul(state, 1103515245) + 12345) >>> 0;
			const a = state % n;
			const b = (state >>> 12) % n;
			const [lo, hi] = a < b ? [a, b] : [b, a];
			expect(set.add(lo, hi)).toBe(!reference.has(lo * n + hi));
			reference.add(lo * n + hi);
		}
	});
});
