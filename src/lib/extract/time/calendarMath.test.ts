import { describe, expect, it } from 'vitest';
import { dayExists, hourInPartOfDay, isoWeekStart, nthWeekdayOfMonth, orthodoxEaster, spanOfPoint, westernEaster, whyDayDoesNotExist } from './calendarMath';
import { parseValue } from './calendarPoint';

const span = (value: string) => spanOfPoint(parseValue(value)!);
const utc = (...args: [number, number, number, number?]) => Date.UTC(args[0], args[1] - 1, args[2], args[3] ?? 0);

describe('spans of TIMEX3 values', () => {
	it.each([
		['2021-09-06', utc(2021, 9, 6), utc(2021, 9, 7)],
		['2021-09', utc(2021, 9, 1), utc(2021, 10, 1)],
		['2021', utc(2021, 1, 1), utc(2022, 1, 1)],
		['198', utc(1980, 1, 1), utc(1990, 1, 1)],
		['19', utc(1900, 1, 1), utc(2000, 1, 1)],
		['2021-Q3', utc(2021, 7, 1), utc(2021, 10, 1)],
		['2021-H2', utc(2021, 7, 1), utc(2022, 1, 1)],
		['2021-SU', utc(2021, 6, 1), utc(2021, 9, 1)],
		['2021-WI', utc(2021, 12, 1), utc(2022, 3, 1)],
		['2021-W35', utc(2021, 8, 30), utc(2021, 9, 6)],
		['2021-W35-WE', utc(2021, 9, 4), utc(2021, 9, 6)],
		['2021-W01', utc(2021, 1, 4), utc(2021, 1, 11)],
		['2020-W53', utc(2020, 12, 28), utc(2021, 1, 4)],
		['2021-09-06TMO', utc(2021, 9, 6, 6), utc(2021, 9, 6, 12)],
		['2021-09-06TNI', utc(2021, 9, 6, 20), utc(2021, 9, 7, 6)],
		['2021-09-06T14:30', utc(2021, 9, 6, 14) + 30 * 60_000, utc(2021, 9, 6, 14) + 31 * 60_000],
		['2021-09-06T14:00', utc(2021, 9, 6, 14), utc(2021, 9, 6, 15)],
		['1989-10-27T24:00', utc(1989, 10, 28), utc(1989, 10, 28, 1)]
	])('%s', (value, start, end) => {
		expect(span(value)).toEqual({ start, end });
	});

	it.each(['2022-02-29', '2021-04-31', '2021-13', '2021-W53', 'XXXX-WXX-1', 'P3W', 'PRESENT_REF'])('%s names no interval', (value) => {
		const p = parseValue(value);
		expect(p === null || spanOfPoint(p) === null).toBe(true);
	});
});

describe('calendar facts from date-fns', () => {
	it.each([
		[2024, 2, 29, true],
		[2022, 2, 29, false],
		[2000, 2, 29, true],
		[1900, 2, 29, false],
		[2021, 4, 31, false],
		[2021, 12, 31, true]
	])('%i-%i-%i exists: %s', (y, m, d, exists) => {
		expect(dayExists(y, m, d)).toBe(exists);
	});
	it('explains why a day does not exist', () => {
		expect(whyDayDoesNotExist(2022, 2, 29)).toBe('29 February 2022 does not exist: 2022 is not a leap year');
		expect(whyDayDoesNotExist(undefined, 4, 31)).toBe('31 April does not exist: April has 30 days');
	});
	it('finds ISO weeks and n-th weekdays', () => {
		expect(isoWeekStart(2021, 35)?.getTime()).toBe(utc(2021, 8, 30));
		expect(isoWeekStart(2021, 53)).toBeNull();
		expect(nthWeekdayOfMonth(1998, 11, 4, 4)).toBe(26);
		expect(nthWeekdayOfMonth(2021, 5, -1, 1)).toBe(31);
		// US Election Day: the first Tuesday from Nov. 2 (Nov. 1, 2016 was a Tuesday; the vote was Nov. 8).
		expect(nthWeekdayOfMonth(2016, 11, 1, 2, 2)).toBe(8);
		expect(nthWeekdayOfMonth(1998, 11, 1, 2, 2)).toBe(3);
	});
	it('finds Western Easter by the Gregorian computus', () => {
		// Published Easter Sundays, including the earliest (22 March 1818) and latest (25 April 1943) possible.
		const known: [number, number, number][] = [[1583, 4, 10], [1818, 3, 22], [1943, 4, 25], [1961, 4, 2], [2000, 4, 23], [2008, 3, 23], [2011, 4, 24], [2019, 4, 21], [2024, 3, 31], [2025, 4, 20], [2038, 4, 25]];
		for (const [y, m, d] of known) expect(westernEaster(y)?.getTime(), String(y)).toBe(utc(y, m, d));
		expect(westernEaster(1500)).toBeNull();
	});
	it('finds Orthodox Easter by the Julian computus, on the Gregorian calendar', () => {
		// Published Orthodox Easter Sundays; in 2010 and 2017 both churches kept the same day.
		const known: [number, number, number][] = [[1900, 4, 22], [2000, 4, 30], [2010, 4, 4], [2017, 4, 16], [2019, 4, 28], [2021, 5, 2], [2022, 4, 24], [2024, 5, 5], [2100, 5, 2]];
		for (const [y, m, d] of known) expect(orthodoxEaster(y)?.getTime(), String(y)).toBe(utc(y, m, d));
		expect(orthodoxEaster(1500)).toBeNull();
	});
});

describe('hourInPartOfDay', () => {
	it.each([
		[8, 'EV', 20],
		[12, 'AF', 12],
		[11, 'NI', 23],
		[2, 'NI', 2],
		[12, 'NI', 0],
		[5, 'NI', 17],
		[12, 'MO', 0],
		[9, 'MO', 9],
		[9, undefined, 9],
		[15, 'MO', 15]
	] as const)('reads %i in the part %s as %i', (hour, part, expected) => {
		expect(hourInPartOfDay(hour, part)).toBe(expected);
	});
});
