import type { Granularity } from '$lib/model';
import type { CalendarParts, PartOfDay, Season } from './expression';

/**
 * A place on the calendar at a granularity: the decade 198, the quarter 1989-Q3, the week 2021-W35, the
 * day 2021-09-06, the morning of that day. The fields finer than the granularity are absent. For a
 * week (and a weekend), `year` is the ISO week-numbering year.
 */
export interface CalendarPoint extends CalendarParts {
	granularity: Granularity;
	year: number;
	/**
	 * The true interval of a period the text labels by a company's fiscal calendar ("its fourth quarter
	 * ended Aug. 26" is labelled 1989-Q4 as TimeML writes it, but covers late May to Aug. 26): it overrides
	 * the calendar interval of the label. Absent for calendar periods.
	 */
	bounds?: { start: number; end: number };
	/** The label counts by a fiscal calendar ("the fiscal first quarter"), whether or not its bounds are known. */
	fiscal?: boolean;
}

/** A key that tells points apart, bounds included (the value alone does not for fiscal periods). */
export function pointKey(p: CalendarPoint): string {
	const value = formatValue(p);
	return p.bounds ? `${value}@${p.bounds.start}/${p.bounds.end}` : value;
}

/** Two-digit fields ("06"), made once: values are formatted for every mention. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

const pad = (n: number, width: number) => {
	const a = Math.abs(n);
	if (width === 2 && a < 100) return TWO_DIGITS[a];
	if (width === 4 && a >= 1000 && a <= 9999) return String(a);
	return String(a).padStart(width, '0');
};

/** The TIMEX3 value of a calendar point: `198`, `1989-Q3`, `2021-W35`, `2021-09-06TMO`, `2021-09-06T14:30`. */
export function formatValue(p: CalendarPoint): string {
	const y = pad(p.year, 4);
	switch (p.granularity) {
		case 'century':
			return pad(p.century ?? Math.floor(p.year / 100), 2);
		case 'decade':
			return pad(p.decade ?? Math.floor(p.year / 10), 3);
		case 'year':
			return y;
		case 'half':
			return `${y}-H${p.half}`;
		case 'quarter':
			return `${y}-Q${p.quarter}`;
		case 'season':
			return `${y}-${p.season}`;
		case 'month':
			return `${y}-${pad(p.month!, 2)}`;
		case 'week':
			return `${y}-W${pad(p.week!, 2)}${p.weekend ? '-WE' : ''}`;
		case 'day':
			return `${y}-${pad(p.month!, 2)}-${pad(p.day!, 2)}`;
		case 'partofday':
			return `${y}-${pad(p.month!, 2)}-${pad(p.day!, 2)}T${p.partOfDay}`;
		case 'hour':
		case 'minute':
			return `${y}-${pad(p.month!, 2)}-${pad(p.day!, 2)}T${pad(p.hour!, 2)}:${pad(p.minute ?? 0, 2)}`;
	}
}

const VALUE =
	/^(?:(?<century>\d{2})|(?<decade>\d{3})|(?<year>\d{4})(?:-(?:H(?<half>[12])|Q(?<quarter>[1-4])|(?<season>SP|SU|FA|WI)|W(?<week>\d{1,2})(?<weekend>-WE)?|(?<month>\d{2})(?:-(?<day>\d{2})(?:T(?:(?<pod>MO|MI|AF|EV|NI|DT)|(?<hour>\d{2})(?::(?<minute>\d{2}))?))?)?))?)$/;

/**
 * Reads a TIMEX3 date or time value back into a calendar point. Values with `X` placeholders, durations,
 * and `*_REF` values are not places on the calendar: null.
 */
export function parseValue(value: string): CalendarPoint | null {
	const m = VALUE.exec(value);
	if (!m?.groups) return null;
	const g = m.groups;
	if (g.century) return { granularity: 'century', century: Number(g.century), year: Number(g.century) * 100 };
	if (g.decade) return { granularity: 'decade', decade: Number(g.decade), year: Number(g.decade) * 10 };
	const year = Number(g.year);
	if (g.half) return { granularity: 'half', year, half: Number(g.half) as 1 | 2 };
	if (g.quarter) return { granularity: 'quarter', year, quarter: Number(g.quarter) as 1 | 2 | 3 | 4 };
	if (g.season) return { granularity: 'season', year, season: g.season as Season };
	if (g.week) return { granularity: 'week', year, week: Number(g.week), weekend: g.weekend ? true : undefined };
	if (!g.month) return { granularity: 'year', year };
	const month = Number(g.month);
	if (!g.day) return { granularity: 'month', year, month };
	const day = Number(g.day);
	if (g.pod) return { granularity: 'partofday', year, month, day, partOfDay: g.pod as PartOfDay };
	if (g.hour) {
		const hour = Number(g.hour);
		const minute = g.minute === undefined ? undefined : Number(g.minute);
		return { granularity: minute === undefined || minute === 0 ? 'hour' : 'minute', year, month, day, hour, minute };
	}
	return { granularity: 'day', year, month, day };
}
