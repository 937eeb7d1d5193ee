import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../model';
import { contrastRatio } from './contrastRatio';
import { TYPE_STYLES } from './typePalette';

describe('type palette', () => {
	it('names and colours every event type', () => {
		for (const t of EVENT_TYPES) expect(TYPE_STYLES[t].label.length).toBeGreaterThan(0);
		expect(new Set(EVENT_TYPES.map((t) => TYPE_STYLES[t].colour)).size).toBe(EVENT_TYPES.length);
	});

	it.each(EVENT_TYPES)('%s reaches 3:1 against the plot background', (t) => {
		expect(contrastRatio(TYPE_STYLES[t].colour, '#ffffff')).toBeGreaterThanOrEqual(3);
	});

	it('keeps the two blues apart in lightness', () => {
		expect(contrastRatio(TYPE_STYLES['territorial-control'].colour, TYPE_STYLES.humanitarian.colour)).toBeGreaterThan(2);
	});

	it('computes known ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
});
