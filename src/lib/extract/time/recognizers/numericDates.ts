import { YEAR_PATTERN } from '../calendarWords';
import type { Candidate, Fields } from '../expression';
import { pattern, type Recognizer } from '../recognizer';

/**
 * Dates written in digits. The day/month rule:
 * - `2021-09-06` and `2021/09/06` (year first) are ISO order: year, month, day. `2021-09-06T14:30` adds a
 *   time of day (then the mention is a TIME).
 * - `6/9/2021` and `6-9-2021` (slashes or dashes, year last) are US order, month/day, unless the first
 *   number is above 12, which only a day can be: `16/9/2021` is 16 September. A text that writes one unambiguous day-first date
 *   (`25/11/2019`) and no unambiguous month-first one is read day-first throughout (see the
 *   `settleNumericOrder` refiner). A date that could be read both ways carries an `ambiguous-date`
 *   warning naming the other reading.
 * - `06.09.2021` (dots, year last) is day-first, as everywhere dots are used.
 * - A two-digit year (`6/9/21`, slashes only) is 2000–2049 below 50 and 1950–1999 from 50.
 * A number that is no month (13 and above in the month place) or no day makes no date; a day the month
 * does not have (`31/04/2021`, `2022-02-29`) stays a mention and is reported as impossible.
 * Numbers with more parts (version numbers, IP addresses, phone numbers) are left alone.
 */

const NOT_BEFORE = '(?<![\\p{L}\\p{N}.,:/-])';
const NOT_AFTER = '(?![\\p{L}\\p{N}]|[.,:/-]\\d)';

function candidate(start: number, end: number, fields: Fields, type: 'DATE' | 'TIME' = 'DATE'): Candidate {
	return { start, end, type, expression: { kind: 'point', fields }, source: 'numericDate' };
}

function twoDigitYear(yy: number): number {
	return yy < 50 ? 2000 + yy : 1900 + yy;
}

const isoDate: Recognizer = {
	name: 'isoDate',
	triggers: ['#4-', '#4/'],
	pattern: pattern(
		`${NOT_BEFORE}(${YEAR_PATTERN})([-/])(0?[1-9]|1[0-2])\\2(0?[1-9]|[12]\\d|3[01])(?:T([01]\\d|2[0-3]):([0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?${NOT_AFTER}`
	),
	build(m) {
		const fields: Fields = { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) };
		if (m[5] !== undefined) {
			fields.hour = Number(m[5]);
			fields.minute = Number(m[6]);
			if (m[7]) fields.zone = m[7] === 'Z' ? 'UTC' : m[7];
			return candidate(m.index, m.index + m[0].length, fields, 'TIME');
		}
		return candidate(m.index, m.index + m[0].length, fields);
	}
};

const slashDate: Recognizer = {
	name: 'slashDate',
	triggers: ['#1/', '#1-'],
	pattern: pattern(`${NOT_BEFORE}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})${NOT_AFTER}|${NOT_BEFORE}(\\d{1,2})-(\\d{1,2})-(\\d{4})${NOT_AFTER}`),
	build(m) {
		const a = Number(m[1] ?? m[4]);
		const b = Number(m[2] ?? m[5]);
		const yearText = m[3] ?? m[6];
		const year = yearText.length === 2 ? twoDigitYear(Number(yearText)) : Number(yearText);
		const [month, day] = a > 12 ? [b, a] : [a, b];
		if (month < 1 || month > 12 || day < 1 || day > 31) return null;
		const c = candidate(m.index, m.index + m[0].length, { year, month, day });
		if (a <= 12 && b <= 12 && a !== b) c.swapped = { year, month: b, day: a };
		return c;
	}
};

const dottedDate: Recognizer = {
	name: 'dottedDate',
	triggers: ['#1.'],
	pattern: pattern(`${NOT_BEFORE}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${NOT_AFTER}`),
	build(m) {
		const day = Number(m[1]);
		const month = Number(m[2]);
		if (month < 1 || month > 12 || day < 1 || day > 31) return null;
		return candidate(m.index, m.index + m[0].length, { year: Number(m[3]), month, day });
	}
};

export const numericDateRecognizers: Recognizer[] = [isoDate, slashDate, dottedDate];
