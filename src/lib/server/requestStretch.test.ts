import { describe, expect, it } from 'vitest';
import { resolutionName, unitIndex } from '../timeline/timeUnits';
import { requestCount, requestStretch } from './requestStretch';

const EXTENT = { start: Date.UTC(1980, 0, 1), end: Date.UTC(2030, 0, 1) };

function thrown(f: () => unknown): { status: number; body: { message: string } } | undefined {
	try {
		f();
	} catch (e) {
		return e as { status: number; body: { message: string } };
	}
	return undefined;
}

describe('requestStretch', () => {
	it.each([
		['from=2021-08-01&to=2021-08-15&resolution=day', Date.UTC(2021, 7, 1), Date.UTC(2021, 7, 15), 'day'],
		['from=2021-08-01T06:30&to=2021-08-01T18:00&resolution=day', Date.UTC(2021, 7, 1, 6, 30), Date.UTC(2021, 7, 1, 18), 'day'],
		['from=1990-01-01&to=2000-01-01&resolution=5years', Date.UTC(1990, 0, 1), Date.UTC(2000, 0, 1), '5years'],
		// Without them: the extent, at the finest unit that keeps the bins few.
		['', EXTENT.start, EXTENT.end, 'month']
	])('reads %s', (query, from, to, resolution) => {
		const s = requestStretch(new URLSearchParams(query), EXTENT);
		expect(s).toEqual({ from, to, unit: unitIndex(resolution === '5years' ? '5 years' : (resolution as 'day')) });
		expect(resolutionName(s.unit)).toBe(resolution);
	});

	it.each([
		['from=2022-02-29', '"from" must be a real date'],
		['from=2021-13-01', '"from" must be a real date'],
		['to=yesterday', '"to" must be a real date'],
		['from=2021-08-02&to=2021-08-01', '"from" must come before "to"'],
		['from=2021-08-01&to=2021-08-01', '"from" must come before "to"'],
		['resolution=hour', '"resolution" must be one of day, week, month'],
		['resolution=%3Cscript%3E', '"resolution" must be one of'],
		['from=1980-01-01&to=2030-01-01&resolution=day', 'more than 4000 bins']
	])('refuses %s with a 400 that says why', (query, message) => {
		const e = thrown(() => requestStretch(new URLSearchParams(query), EXTENT));
		expect(e?.status).toBe(400);
		expect(e?.body.message).toContain(message);
	});

	it('needs a stretch when the view has no dated events', () => {
		expect(thrown(() => requestStretch(new URLSearchParams(''), null))?.status).toBe(400);
		expect(requestStretch(new URLSearchParams('from=2021-01-01&to=2022-01-01'), null).from).toBe(Date.UTC(2021, 0, 1));
	});
});

describe('requestCount', () => {
	it('reads whole numbers within bounds, and refuses anything else with a 400', () => {
		expect(requestCount(new URLSearchParams('limit=40'), 'limit', 0, 100, 7)).toBe(40);
		expect(requestCount(new URLSearchParams(''), 'limit', 0, 100, 7)).toBe(7);
		for (const bad of ['-1', '101', '1.5', '1e3', 'ten', '99999999999']) expect(thrown(() => requestCount(new URLSearchParams({ limit: bad }), 'limit', 0, 100, 7))?.status).toBe(400);
	});
});
