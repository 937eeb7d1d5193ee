import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns';
import type { FeastDay } from './expression';
import { utcDay } from './calendarMath';

/**
 * Days of the Islamic, Hebrew, Chinese and Persian calendars on the Gregorian one, read from the ICU
 * calendars Intl carries: a feast's day in a Gregorian year is the first day of that year on which the
 * other calendar shows the feast's month and day. The Islamic calendar is Umm al-Qura's; where the month
 * begins with the sighted moon it may begin a day or two later, so those days are approximate.
 */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(calendar: FeastDay['calendar']): Intl.DateTimeFormat {
	let f = formatters.get(calendar);
	if (!f) {
		f = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
		formatters.set(calendar, f);
	}
	return f;
}

/** The other calendar's month ("9" in the Islamic calendar, "Nisan" in the Hebrew one) and day on a Gregorian day. */
function monthAndDay(calendar: FeastDay['calendar'], t: number): [month: string, day: number] {
	let month = '';
	let day = 0;
	for (const part of formatter(calendar).formatToParts(t)) {
		if (part.type === 'month') month = part.value;
		else if (part.type === 'day') day = Number(part.value);
	}
	return [month, day];
}

interface MonthStart {
	month: string;
	start: number;
}

/**
 * The months of a calendar that overlap a Gregorian year, each with the instant of its first day, and the
 * start of the month after the last. Found month by month (a month of these calendars has 29 to 31 days),
 * so a year costs some forty readings of the calendar, not one for each of its days.
 */
const monthsByYear = new Map<string, MonthStart[]>();
/** Enough for every year a text can name in each calendar; a bound, so a long-running process does not grow without end. */
const YEARS_KEPT = 20_000;

function monthsOf(calendar: FeastDay['calendar'], year: number): MonthStart[] {
	const key = `${calendar}:${year}`;
	let months = monthsByYear.get(key);
	if (months) return months;
	months = [];
	const first = utcDay(year, 1, 1).getTime();
	const end = utcDay(year + 1, 1, 1).getTime();
	let [month, day] = monthAndDay(calendar, first);
	let start = first - (day - 1) * DAY_MS;
	while (start < end) {
		months.push({ month, start });
		let read = start + 28 * DAY_MS;
		do {
			read += DAY_MS;
			[month, day] = monthAndDay(calendar, read);
		} while (day !== 1 && read < start + 31 * DAY_MS);
		// The first day of the month holding the last day read: the next month's, as no month is longer
		// (and never an earlier one, whatever the calendar data says).
		start = Math.max(start + 29 * DAY_MS, read - (day - 1) * DAY_MS);
	}
	months.push({ month, start });
	if (monthsByYear.size >= YEARS_KEPT) monthsByYear.clear();
	monthsByYear.set(key, months);
	return months;
}

/** The Gregorian day in `year` on which a feast of another calendar begins, or null where the year has none. */
export function feastStart(year: number, feast: FeastDay): UTCDate | null {
	const months = monthsOf(feast.calendar, year);
	const first = utcDay(year, 1, 1).getTime();
	const end = utcDay(year + 1, 1, 1).getTime();
	const names = feast.month.split('|');
	for (let i = 0; i + 1 < months.length; i++) {
		const { month, start } = months[i];
		const t = start + (feast.day - 1) * DAY_MS;
		if (names.includes(month) && t < months[i + 1].start && t >= first && t < end) return new UTCDate(t);
	}
	return null;
}

/** The last day of a feast begun on `start`: its length in days, or the end of the other calendar's month. */
export function feastLastDay(start: Date, feast: FeastDay): UTCDate | null {
	if (feast.lasts === undefined) return null;
	if (feast.lasts !== 'month') {
		const last: UTCDate = addDays(new UTCDate(start.getTime()), feast.lasts - 1);
		return last;
	}
	const t = start.getTime();
	const months = monthsOf(feast.calendar, start.getUTCFullYear());
	const i = months.findIndex((m, k) => k + 1 < months.length && m.start <= t && t < months[k + 1].start);
	return i < 0 ? null : new UTCDate(months[i + 1].start - DAY_MS);
}
