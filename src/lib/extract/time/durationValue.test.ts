import { describe, expect, it } from 'vitest';
import { durationValue } from './durationValue';

describe('TIMEX3 duration values', () => {
	it.each([
		[3, 'week', 'P3W'],
		[20, 'year', 'P20Y'],
		[2.5, 'year', 'P2Y6M'],
		[5.5, 'hour', 'PT5H30M'],
		[0.5, 'hour', 'PT30M'],
		[1.5, 'minute', 'PT1M30S'],
		[2, 'quarter', 'P2Q'],
		[null, 'quarter', 'PXQ'],
		[18, 'month', 'P18M'],
		[2.5, 'decade', 'P25Y'],
		[1, 'century', 'P100Y'],
		[1.5, 'week', 'P1.5W'],
		[0.5, 'day', 'PT12H'],
		[1.25, 'week', 'P1.25W'],
		[null, 'day', 'PXD'],
		[null, 'hour', 'PTXH'],
		[null, 'decade', 'PXY']
	] as const)('%s %s → %s', (amount, unit, value) => {
		expect(durationValue(amount, unit)).toBe(value);
	});
});
