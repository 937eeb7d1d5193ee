import { describe, expect, it } from 'vitest';
import { canonicalValue, countDocument, scores, type ScoredTimex } from './scorer';

const t = (start: number, end: number, value: string, type = 'DATE'): ScoredTimex => ({ start, end, type, value });

describe('timex scorer', () => {
	it.each([
		['identical extents and values', [t(0, 5, '2021')], [t(0, 5, '2021')], { strict: 1, relaxed: 1, type: 1, value: 1 }],
		['overlap only', [t(0, 10, '2021')], [t(4, 10, '2021')], { strict: 0, relaxed: 1, type: 1, value: 1 }],
		['wrong value', [t(0, 5, '2021')], [t(0, 5, '2020')], { strict: 1, relaxed: 1, type: 1, value: 0 }],
		['wrong type', [t(0, 5, 'P1W', 'DURATION')], [t(0, 5, 'P1W', 'SET')], { strict: 1, relaxed: 1, type: 0, value: 1 }],
		['no overlap', [t(0, 5, '2021')], [t(5, 9, '2021')], { strict: 0, relaxed: 0, type: 0, value: 0 }],
		['one system mention cannot match two gold', [t(0, 4, '2021'), t(8, 12, '2022')], [t(0, 12, '2021')], { strict: 0, relaxed: 1, type: 1, value: 1 }]
	])('%s', (_, gold, system, expected) => {
		expect(countDocument(gold, system)).toMatchObject(expected);
	});

	it('computes precision over system and recall over gold', () => {
		const s = scores({ gold: 4, system: 2, strict: 1, relaxed: 2, type: 2, value: 1 });
		expect(s.relaxed).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
		expect(s.value.f1).toBeCloseTo((2 * 0.5 * 0.25) / 0.75);
	});

	it('compares week numbers without padding only', () => {
		expect(canonicalValue('2000-W6')).toBe(canonicalValue('2000-W06'));
		expect(canonicalValue('199X')).not.toBe(canonicalValue('199'));
	});
});
