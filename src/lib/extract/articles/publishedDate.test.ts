import { describe, expect, it } from 'vitest';
import { parseIsoPublished, publicationDate } from './publishedDate';

describe('parseIsoPublished', () => {
	it.each([
		['2021-09-06', { year: 2021, month: 9, day: 6 }],
		['2024-02-29', { year: 2024, month: 2, day: 29 }],
		[' 2021-09-06 ', { year: 2021, month: 9, day: 6 }],
		['2021-09-06T10:30', { year: 2021, month: 9, day: 6, hour: 10, minute: 30 }],
		['2021-09-06T10:30:15Z', { year: 2021, month: 9, day: 6, hour: 10, minute: 30, second: 15, zone: 'Z' }],
		['2021-09-06 23:05:00+04:30', { year: 2021, month: 9, day: 6, hour: 23, minute: 5, second: 0, zone: '+04:30' }],
		['2021-09-06T10:30:00.123-0700', { year: 2021, month: 9, day: 6, hour: 10, minute: 30, second: 0, zone: '-0700' }]
	])('reads %s', (value, fields) => {
		expect(parseIsoPublished(value)).toEqual({ ok: true, fields });
	});

	it.each([
		['2022-02-29', /2022-02 has no day 29/],
		['2022-02-30', /no day 30/],
		['2021-04-31', /no day 31/],
		['2021-13-01', /month 13/],
		['2021-00-10', /month 0/],
		['0000-01-01', /year 0/],
		['99999-01-01', /year 99999/],
		['0999-01-01', /year 0999/],
		['2021-09-06T24:00', /time of day/],
		['2021-09-06T10:61', /time of day/],
		['2021-09-06T10:30+15:00', /offset/]
	])('refuses %s', (value, reason) => {
		const parsed = parseIsoPublished(value);
		expect(parsed?.ok).toBe(false);
		expect(parsed && !parsed.ok && parsed.message).toMatch(reason);
	});

	it.each([['2021'], ['2021-08']])('calls %s partial', (value) => {
		expect(parseIsoPublished(value)).toMatchObject({ ok: false, partial: true });
	});

	it.each([['6 September 2021'], ['yesterday'], ['']])('leaves %s to other readers', (value) => {
		expect(parseIsoPublished(value)).toBeNull();
	});
});

describe('publicationDate', () => {
	it('spans the whole UTC day of a date, whatever the local zone', () => {
		const p = publicationDate({ year: 2021, month: 9, day: 6 }, 'metadata', true);
		expect(p).toMatchObject({ date: '2021-09-06', basis: 'metadata', estimate: true });
		expect(p.span).toMatchObject({ start: Date.UTC(2021, 8, 6), end: Date.UTC(2021, 8, 7), granularity: 'day', value: '2021-09-06', approximate: true });
	});

	it('ends a day at the next day across a year end and a leap day', () => {
		expect(publicationDate({ year: 2021, month: 12, day: 31 }, 'dateline', false).span.end).toBe(Date.UTC(2022, 0, 1));
		expect(publicationDate({ year: 2024, month: 2, day: 29 }, 'dateline', false).span.end).toBe(Date.UTC(2024, 2, 1));
	});

	it('keeps a date-time as the wall-clock minute, and its offset in the date', () => {
		const p = publicationDate({ year: 2019, month: 4, day: 11, hour: 23, minute: 30, zone: '+0300' }, 'metadata', false);
		expect(p.date).toBe('2019-04-11T23:30:00+03:00');
		expect(p.span).toMatchObject({ start: Date.UTC(2019, 3, 11, 23, 30), end: Date.UTC(2019, 3, 11, 23, 31), granularity: 'minute', value: '2019-04-11T23:30' });
		expect(p.span.known).toContain('zone');
	});
});
