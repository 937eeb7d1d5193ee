import { describe, expect, it } from 'vitest';
import type { FeastDay } from './expression';
import { feastLastDay, feastStart } from './otherCalendars';

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

const RAMADAN: FeastDay = { calendar: 'islamic-umalqura', month: '9', day: 1, lasts: 'month' };
const EID_AL_FITR: FeastDay = { calendar: 'islamic-umalqura', month: '10', day: 1 };
const YOM_KIPPUR: FeastDay = { calendar: 'hebrew', month: 'Tishri', day: 10 };
const PURIM: FeastDay = { calendar: 'hebrew', month: 'Adar|Adar II', day: 14 };
const HANUKKAH: FeastDay = { calendar: 'hebrew', month: 'Kislev', day: 25, lasts: 8 };
const LUNAR_NEW_YEAR: FeastDay = { calendar: 'chinese', month: '1', day: 1 };
const NOWRUZ: FeastDay = { calendar: 'persian', month: '1', day: 1 };

describe('feasts of other calendars on the Gregorian one', () => {
	it.each<[string, FeastDay, number, string]>([
		['Ramadan', RAMADAN, 2021, '2021-04-13'],
		['Eid al-Fitr', EID_AL_FITR, 2021, '2021-05-13'],
		// The Islamic year is shorter: 2000 held two Eids al-Fitr, and the first is the year's.
		['Eid al-Fitr', EID_AL_FITR, 2000, '2000-01-08'],
		['Yom Kippur', YOM_KIPPUR, 1973, '1973-10-06'],
		['Yom Kippur', YOM_KIPPUR, 2023, '2023-09-25'],
		// 5784 was a leap year of the Hebrew calendar: Purim fell in the second Adar.
		['Purim', PURIM, 2024, '2024-03-24'],
		['Purim', PURIM, 2023, '2023-03-07'],
		['Lunar New Year', LUNAR_NEW_YEAR, 2023, '2023-01-22'],
		['Lunar New Year', LUNAR_NEW_YEAR, 1968, '1968-01-30'],
		['Nowruz', NOWRUZ, 2021, '2021-03-21'],
		['Nowruz', NOWRUZ, 2024, '2024-03-20']
	])('%s %i begins on %s', (_, feast, year, expected) => {
		expect(day(feastStart(year, feast))).toBe(expected);
	});

	it('gives a feast that lasts its last day, across the turn of a year', () => {
		expect(day(feastLastDay(feastStart(2021, RAMADAN)!, RAMADAN))).toBe('2021-05-12');
		// Ramadan 1420 began on 9 December 1999 and ended on 7 January 2000.
		expect(day(feastStart(1999, RAMADAN))).toBe('1999-12-09');
		expect(day(feastLastDay(feastStart(1999, RAMADAN)!, RAMADAN))).toBe('2000-01-07');
		expect(day(feastLastDay(feastStart(2020, HANUKKAH)!, HANUKKAH))).toBe('2020-12-18');
		expect(feastLastDay(feastStart(2021, EID_AL_FITR)!, EID_AL_FITR)).toBeNull();
	});

	it('finds no day for a month the calendar does not have', () => {
		expect(feastStart(2021, { calendar: 'hebrew', month: 'Adar II', day: 14 })).toBeNull();
	});
});
