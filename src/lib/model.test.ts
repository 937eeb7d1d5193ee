import { describe, expect, it } from 'vitest';
import { GRANULARITIES, EVENT_TYPES } from './model';

describe('model vocabulary', () => {
	it('orders granularities from finest to coarsest', () => {
		expect(GRANULARITIES.indexOf('day')).toBeLessThan(GRANULARITIES.indexOf('month'));
		expect(GRANULARITIES.indexOf('decade')).toBeLessThan(GRANULARITIES.indexOf('century'));
	});
	it('keeps "other" as the catch-all event type', () => {
		expect(EVENT_TYPES.at(-1)).toBe('other');
	});
});
