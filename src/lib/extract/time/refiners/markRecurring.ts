import { hourInPartOfDay } from '../calendarMath';
import type { Candidate, PartOfDay } from '../expression';
import { setCandidate } from '../recognizers/sets';

/** "every" or "each" just before a date: "Every Christmas Eve", "each 4 July". */
const EVERY_BEFORE = /(?:^|[^\p{L}])(every|each)\s+$/iu;

/**
 * "Every Christmas Eve the family drove to Des Moines", "each 4 July": a day of the year named after
 * "every" is a set of that day in every year (`XXXX-12-24`), not the nearest one. Only days fixed in
 * the calendar: a feast that moves ("every Easter") has no such value. (A length after "every", in one
 * unit or several, is read by the set recognizer: "every 2 hours 37 minutes".) A set of days and the
 * clock it is kept at are one set (`atItsClock`).
 */
export function markRecurring(candidates: Candidate[], text: string): Candidate[] {
	const out: Candidate[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const c = candidates[i];
		const timed = atItsClock(c, candidates[i + 1], text);
		if (timed) {
			out.push(timed);
			i++;
			continue;
		}
		const value = dayOfEveryYear(c);
		const every = value ? EVERY_BEFORE.exec(text.slice(Math.max(0, c.start - 7), c.start)) : null;
		if (!value || !every) {
			out.push(c);
			continue;
		}
		const start = c.start - every[0].length + every[0].indexOf(every[1]);
		out.push(setCandidate(start, c.end, value, every[1].toUpperCase()));
	}
	return out;
}

/** What may stand between a repeated day and its clock: "every Monday at 1pm", "daily, at 6.30am". */
export const AT_BETWEEN = /^,?\s+at\s+$/i;

/**
 * "every Monday at 1pm", "every day at 9am", "daily at 6.30am": a set of days and the clock it is kept at
 * are one set of that clock time (`XXXX-WXX-1T13:00`, `XXXX-XX-XXT09:00`), for a clock with no day of its
 * own. The part of the day the set is of gives the half of a clock that does not say it ("every evening at
 * 7 o'clock" is `T19:00`, "every night at nine o'clock" `T21:00`); without one, the clock is read as it is
 * alone ("daily at nine o'clock" `T09:00`).
 */
function atItsClock(c: Candidate, next: Candidate | undefined, text: string): Candidate | null {
	if (c.expression.kind !== 'set' || !next || next.type !== 'TIME' || next.expression.kind !== 'point' || next.expression.relation) return null;
	const f = next.expression.fields;
	if (f.hour === undefined || f.day !== undefined || f.month !== undefined || f.weekday !== undefined || f.year !== undefined) return null;
	const days = DAYS_OF_A_SET.exec(c.expression.value);
	if (!days || !AT_BETWEEN.test(text.slice(c.end, next.start))) return null;
	// ("every morning at 12 o'clock" says neither noon nor midnight plainly: it stays apart.)
	const part = days[2] as PartOfDay | undefined;
	if (f.halfUnsaid && part === 'MO' && f.hour === 12) return null;
	const hour = f.halfUnsaid ? hourInPartOfDay(f.hour, part) : f.hour;
	const clock = `T${String(hour).padStart(2, '0')}:${String(f.minute ?? 0).padStart(2, '0')}`;
	return setCandidate(c.start, next.end, `${days[1] ?? 'XXXX-XX-XX'}${clock}`, c.expression.quant, c.expression.freq);
}

/** Set values whose days a clock may be kept on: a weekday of every week (its days kept), every day, every part of a day. */
const DAYS_OF_A_SET = /^(?:(XXXX-WXX-[1-7])|P1D|XXXX-XX-XXT(MO|AF|EV|NI))$/;

/** The set's value when `c` is a day fixed in the calendar, without its year: `XXXX-12-24`. */
function dayOfEveryYear(c: Candidate): string | null {
	if (c.type !== 'DATE' || c.expression.kind !== 'point' || c.expression.relation) return null;
	const f = c.expression.fields;
	if (f.month === undefined || f.day === undefined || f.year !== undefined || f.weekday !== undefined || f.feast || f.nthWeekday || f.fromEaster !== undefined) return null;
	return `XXXX-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
}
