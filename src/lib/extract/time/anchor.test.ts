import { describe, expect, it } from 'vitest';
import { determines, parseAnchor } from './anchor';

describe('publication dates as anchors', () => {
	it.each([
		['2021-09-06', '2021-09-06', 'day'],
		['2021-09-06T23:30:00-05:00', '2021-09-06', 'day'],
		['1998-02-27T08:02', '1998-02-27', 'day'],
		['19980108', '1998-01-08', 'day'],
		['2021-09', '2021-09', 'month'],
		['2021', '2021', 'year'],
		['2021-W35', '2021-W35', 'week']
	])('%s', (text, value, granularity) => {
		const a = parseAnchor(text);
		expect(a.value).toBe(value);
		expect(a.point.granularity).toBe(granularity);
	});
	it.each(['yesterday', '2021-02-29', '2021-13-01', '2021-09-06T25:00', ''])('refuses %j', (text) => {
		expect(() => parseAnchor(text)).toThrow();
	});
	it('knows which granularities fix which', () => {
		expect(determines('day', 'week')).toBe(true);
		expect(determines('month', 'week')).toBe(false);
		expect(determines('quarter', 'year')).toBe(true);
		expect(determines('year', 'month')).toBe(false);
	});
});
