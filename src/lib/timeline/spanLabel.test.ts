import { describe, expect, it } from 'vitest';
import type { Granularity, TimexMod } from '../model';
import { calendarLabel, openSide, spanLabel } from './spanLabel';

const t = (iso: string) => Date.parse(iso);

describe('spanLabel', () => {
	it.each<[string, string, Granularity, string, string, boolean?, TimexMod?]>([
		['2021-08-13T00:00Z', '2021-08-14T00:00Z', 'day', '2021-08-13', 'Fri 13 Aug 2021'],
		['2021-08-13T14:00Z', '2021-08-13T15:00Z', 'hour', '2021-08-13T14:00', 'Fri 13 Aug 2021, 14:00'],
		['2021-08-13T14:30Z', '2021-08-13T14:31Z', 'minute', '2021-08-13T14:30', 'Fri 13 Aug 2021, 14:30'],
		['2021-08-13T00:00Z', '2021-08-14T00:00Z', 'partofday', '2021-08-13TMO', 'Fri 13 Aug 2021, morning'],
		['2021-08-09T00:00Z', '2021-08-16T00:00Z', 'week', '2021-W32', 'week of 9 Aug 2021'],
		['2021-08-14T00:00Z', '2021-08-16T00:00Z', 'week', '2021-W32-WE', 'weekend of 14 Aug 2021'],
		['2021-08-01T00:00Z', '2021-09-01T00:00Z', 'month', '2021-08', 'Aug 2021'],
		['2021-06-01T00:00Z', '2021-09-01T00:00Z', 'season', '2021-SU', 'Summer 2021'],
		['2021-07-01T00:00Z', '2021-10-01T00:00Z', 'quarter', '2021-Q3', 'Q3 2021'],
		['2021-01-01T00:00Z', '2021-07-01T00:00Z', 'half', '2021-H1', 'first half of 2021'],
		['2021-01-01T00:00Z', '2022-01-01T00:00Z', 'year', '2021', '2021'],
		['1980-01-01T00:00Z', '1990-01-01T00:00Z', 'decade', '198', '1980s'],
		['1900-01-01T00:00Z', '2000-01-01T00:00Z', 'century', '19', '20th century'],
		['2001-01-01T00:00Z', '2101-01-01T00:00Z', 'century', '20', '21st century'],
		// Years of the first millennium read with their own digits; a day before the Gregorian calendar has no weekday.
		['0793-06-08T00:00Z', '0793-06-09T00:00Z', 'day', '0793-06-08', '8 Jun 793'],
		['1582-10-15T00:00Z', '1582-10-16T00:00Z', 'day', '1582-10-15', 'Fri 15 Oct 1582'],
		['0014-01-01T00:00Z', '0015-01-01T00:00Z', 'year', '0014', 'AD 14'],
		['0410-08-01T00:00Z', '0410-09-01T00:00Z', 'month', '0410-08', 'Aug 410'],
		// Runs of several units (an "until" span).
		['2021-08-13T00:00Z', '2021-08-16T00:00Z', 'day', '2021-08-13', '13–15 Aug 2021'],
		['2021-08-30T00:00Z', '2021-09-02T00:00Z', 'day', '2021-08-30', '30 Aug – 1 Sep 2021'],
		['2021-08-01T00:00Z', '2021-11-01T00:00Z', 'month', '2021-08', 'Aug – Oct 2021'],
		['1996-01-01T00:00Z', '2001-01-01T00:00Z', 'year', '1996', '1996–2000'],
		['2014-07-17T10:00Z', '2014-07-17T16:00Z', 'hour', '2014-07-17T10:00/2014-07-17T15:00', 'Thu 17 Jul 2014, 10:00–15:00'],
		['2021-09-06T22:30Z', '2021-09-06T23:46Z', 'minute', '2021-09-06T22:30/2021-09-06T23:45', 'Mon 6 Sep 2021, 22:30–23:45'],
		['2014-07-17T22:00Z', '2014-07-18T07:00Z', 'hour', '2014-07-17T22:00/2014-07-18T06:00', 'Thu 17 Jul 2014, 22:00 – Fri 18 Jul 2014, 06:00'],
		// Hedges and modifiers.
		['2021-08-01T00:00Z', '2021-09-01T00:00Z', 'month', '2021-08', 'about Aug 2021', true],
		['2021-08-14T00:00Z', '2021-08-15T00:00Z', 'day', '2021-08-14', 'on or before Sat 14 Aug 2021', false, 'ON_OR_BEFORE'],
		['1996-01-01T00:00Z', '1997-01-01T00:00Z', 'year', '1996', 'before 1996 (approximate)', true, 'BEFORE'],
		['1980-01-01T00:00Z', '1990-01-01T00:00Z', 'decade', '198', 'early 1980s', false, 'START'],
		['2021-08-01T00:00Z', '2021-09-01T00:00Z', 'month', '2021-08', 'mid-Aug 2021', false, 'MID'],
		['2021-01-01T00:00Z', '2022-01-01T00:00Z', 'year', '2021', 'after 2021', false, 'AFTER'],
		// A week, a half-year or a day with a part-of-period modifier reads as a phrase.
		['2021-08-09T00:00Z', '2021-08-16T00:00Z', 'week', '2021-W32', 'late in the week of 9 Aug 2021', false, 'END'],
		['2021-08-09T00:00Z', '2021-08-16T00:00Z', 'week', '2021-W32', 'early in the week of 9 Aug 2021', false, 'START'],
		['2021-01-01T00:00Z', '2021-07-01T00:00Z', 'half', '2021-H1', 'in the middle of the first half of 2021', false, 'MID'],
		['2021-08-13T00:00Z', '2021-08-14T00:00Z', 'day', '2021-08-13', 'late on Fri 13 Aug 2021', false, 'END'],
		['2021-08-13T00:00Z', '2021-08-14T00:00Z', 'day', '2021-08-13', 'early on Fri 13 Aug 2021 (approximate)', true, 'START'],
		['2021-08-09T00:00Z', '2021-08-16T00:00Z', 'week', '2021-W32', 'in the middle of the week of 9 Aug 2021', false, 'MID'],
		['2021-08-13T00:00Z', '2021-08-14T00:00Z', 'day', '2021-08-13', 'in the middle of Fri 13 Aug 2021', false, 'MID'],
		['2021-08-13T00:00Z', '2021-08-14T00:00Z', 'partofday', '2021-08-13TEV', 'late on Fri 13 Aug 2021, evening', false, 'END'],
		// A period cut at the time of writing ("earlier this month", "later this year") reads as its days.
		['2021-09-01T00:00Z', '2021-09-07T00:00Z', 'month', '2021-09', '1–6 Sep 2021', false, 'START'],
		['2021-09-06T00:00Z', '2022-01-01T00:00Z', 'year', '2021', '6 Sep – 31 Dec 2021', false, 'END']
	])('%s %s %s → %s', (start, end, granularity, value, expected, approximate = false, mod = undefined) => {
		expect(spanLabel({ start: t(start), end: t(end), granularity, value, approximate, mod })).toBe(expected);
	});

	it('does not depend on the local time zone around midnight UTC', () => {
		// 23:30 UTC on the 13th is already the 14th east of Greenwich and still the 13th in Los Angeles.
		expect(calendarLabel({ start: t('2021-08-13T23:00Z'), end: t('2021-08-14T00:00Z'), granularity: 'hour', value: '2021-08-13T23:00' })).toBe('Fri 13 Aug 2021, 23:00');
		expect(calendarLabel({ start: t('2021-01-01T00:00Z'), end: t('2021-02-01T00:00Z'), granularity: 'month', value: '2021-01' })).toBe('Jan 2021');
	});

	it.each<[TimexMod | undefined, 'before' | 'after' | null]>([
		['ON_OR_BEFORE', 'before'],
		['BEFORE', 'before'],
		['AFTER', 'after'],
		['EQUAL_OR_MORE', 'after'],
		['APPROX', null],
		[undefined, null]
	])('openSide(%s) = %s', (mod, side) => {
		expect(openSide(mod)).toBe(side);
	});
});
