import { describe, expect, it } from 'vitest';
import { axisTicks } from './axisTicks';

const at = (iso: string) => Date.parse(iso);

describe('axisTicks', () => {
	it.each([
		// [window start, window end, width, unit, first labels, context labels]
		['1980-01-01T00:00Z', '2023-01-01T00:00Z', 1200, '5 years', ['1980', '1985', '1990'], []],
		['1980-01-01T00:00Z', '2023-01-01T00:00Z', 360, 'decade', ['1980s', '1990s', '2000s'], []],
		['2019-01-01T00:00Z', '2021-01-01T00:00Z', 1200, 'month', ['Jan', 'Feb', 'Mar'], ['2019', '2020']],
		['2019-01-01T00:00Z', '2023-01-01T00:00Z', 1200, 'quarter', ['Jan', 'Apr', 'Jul'], ['2019', '2020', '2021', '2022']],
		['2021-08-01T00:00Z', '2021-09-01T00:00Z', 1200, 'day', ['1', '2', '3'], ['August 2021']],
		['2021-08-01T00:00Z', '2021-08-15T00:00Z', 1200, 'day', ['Sun 1', 'Mon 2', 'Tue 3'], ['August 2021']],
		['2021-08-25T00:00Z', '2021-09-10T00:00Z', 1000, 'day', ['25', '26', '27'], ['August 2021', 'September 2021']],
		['2021-08-13T00:00Z', '2021-08-13T12:00Z', 1200, 'hour', ['00:00', '01:00', '02:00'], ['Fri 13 August 2021']],
		['2021-08-12T18:00Z', '2021-08-14T06:00Z', 1200, '3 hours', ['18:00', '21:00', '00:00'], ['Thu 12 August 2021', 'Fri 13 August 2021', 'Sat 14 August 2021']],
		['2020-12-28T00:00Z', '2021-03-15T00:00Z', 900, 'week', ['28 Dec', '4 Jan', '11 Jan'], ['2020', '2021']]
	])('%s – %s at %ipx: %s ticks', (from, to, width, unit, labels, context) => {
		const axis = axisTicks(at(from), at(to), width);
		expect(axis.unit).toBe(unit);
		expect(axis.ticks.slice(0, labels.length).map((t) => t.label)).toEqual(labels);
		expect(axis.context.map((c) => c.label)).toEqual(context);
	});

	it('places ticks linearly and keeps them inside the window', () => {
		const t0 = at('2021-08-01T00:00Z');
		const t1 = at('2021-09-01T00:00Z');
		const axis = axisTicks(t0, t1, 1240);
		expect(axis.ticks[0]).toMatchObject({ time: t0, x: 0 });
		expect(axis.ticks[1].x).toBeCloseTo(40);
		for (const tick of axis.ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
		for (const tick of axis.ticks) expect(tick.x).toBeLessThanOrEqual(1240);
	});

	it('keeps a context label in view when its month began before the window', () => {
		const axis = axisTicks(at('2021-08-20T00:00Z'), at('2021-09-05T00:00Z'), 800);
		expect(axis.context[0]).toMatchObject({ label: 'August 2021', x0: 0 });
		expect(axis.context[1].x0).toBeCloseTo(600);
	});

	it('never leaves ticks closer than their labels need', () => {
		for (let days = 0.2; days < 40_000; days *= 1.7) {
			const t0 = at('1990-06-01T00:00Z');
			const axis = axisTicks(t0, t0 + days * 86_400_000, 1000);
			for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i].x - axis.ticks[i - 1].x).toBeGreaterThan(25);
		}
	});
});
