import { describe, expect, it } from 'vitest';
import { binLabel } from './binLabel';
import { unitIndex } from './timeUnits';

describe('binLabel', () => {
	it.each([
		[Date.UTC(2021, 7, 13), Date.UTC(2021, 7, 14), 'day', 'Fri 13 Aug 2021'],
		[Date.UTC(2021, 7, 9), Date.UTC(2021, 7, 16), 'week', 'week of 9 Aug 2021'],
		[Date.UTC(2021, 6, 1), Date.UTC(2021, 9, 1), 'quarter', 'Q3 2021'],
		[Date.UTC(1985, 0, 1), Date.UTC(1990, 0, 1), '5 years', '1985–1989'],
		[Date.UTC(1980, 0, 1), Date.UTC(1990, 0, 1), 'decade', '1980s']
	] as const)('%s – %s at %s → %s', (start, end, unit, label) => {
		expect(binLabel(start, end, unitIndex(unit))).toBe(label);
	});
});
