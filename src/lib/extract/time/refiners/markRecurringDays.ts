import type { Candidate } from '../expression';
import { setCandidate } from '../recognizers/sets';

/** "every" or "each" just before a date: "Every Christmas Eve", "each 4 July". */
const EVERY_BEFORE = /(?:^|[^\p{L}])(every|each)\s+$/iu;

/**
 * "Every Christmas Eve the family drove to Des Moines", "each 4 July": a day of the year named after
 * "every" is a set of that day in every year (`XXXX-12-24`), not the nearest one. Only days fixed in
 * the calendar: a feast that moves ("every Easter") has no such value.
 */
export function markRecurringDays(candidates: Candidate[], text: string): Candidate[] {
	return candidates.map((c) => {
		if (c.type !== 'DATE' || c.expression.kind !== 'point' || c.expression.relation) return c;
		const f = c.expression.fields;
		if (f.month === undefined || f.day === undefined || f.year !== undefined || f.weekday !== undefined || f.feast || f.nthWeekday || f.fromEaster !== undefined) return c;
		const every = EVERY_BEFORE.exec(text.slice(Math.max(0, c.start - 7), c.start));
		if (!every) return c;
		const start = c.start - every[0].length + every[0].indexOf(every[1]);
		const value = `XXXX-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
		return setCandidate(start, c.end, value, every[1].toUpperCase());
	});
}
