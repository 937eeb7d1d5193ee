import { dayInWords } from '../calendarWords';
import type { Candidate } from '../expression';

/** A candidate and, for a range, its two ends: the slashed dates of a text, wherever they stand. */
function* dates(candidates: readonly Candidate[]): Generator<Candidate> {
	for (const c of candidates) {
		if (c.expression.kind === 'range') {
			yield c.expression.from;
			yield c.expression.to;
		} else yield c;
	}
}

/** Dates written out day first ("10 April", "3-5 May") and month first ("April 10", "May 3-5"). */
const DAY_FIRST_SOURCES = new Set(['dayMonthYear', 'dayMonthRange']);
const MONTH_FIRST_SOURCES = new Set(['monthDayYear', 'monthDayRange', 'monthDayPair']);

/**
 * Settles the order of day and month in slashed dates for the whole text: a text that writes a date only
 * a day-first reading allows (`25/11/2019`, alone or as the end of a range) and none that only a
 * month-first reading allows (`11/25/2019`) is read day-first. With no such date either way, the order
 * the text writes its dates in words decides ("10 April" and never "April 10": day first, saying so);
 * otherwise month-first (US order). Dates that stay ambiguous say so, and keep the other reading
 * (`swapped`) for the resolver, which takes it when the first would put an event told in the past after
 * the writing.
 */
export function settleNumericOrder(candidates: Candidate[], text: string): Candidate[] {
	let any = false;
	for (const c of dates(candidates)) if (c.swapped) any = true;
	if (!any) return candidates;
	let dayFirst = false;
	let monthFirst = false;
	let wordsDayFirst = false;
	let wordsMonthFirst = false;
	for (const c of dates(candidates)) {
		if (DAY_FIRST_SOURCES.has(c.source)) wordsDayFirst = true;
		else if (MONTH_FIRST_SOURCES.has(c.source)) wordsMonthFirst = true;
		if (c.source !== 'numericDate' || c.swapped || c.expression.kind !== 'point') continue;
		const m = /^(\d{1,2})[/-](\d{1,2})[/-]/.exec(text.slice(c.start, c.end));
		if (!m) continue;
		if (Number(m[1]) > 12) dayFirst = true;
		if (Number(m[2]) > 12) monthFirst = true;
	}
	const flip = dayFirst && !monthFirst;
	const flipByWords = !dayFirst && !monthFirst && wordsDayFirst && !wordsMonthFirst;
	const settle = (c: Candidate): Candidate => {
		if (!c.swapped || c.expression.kind !== 'point') return c;
		const other = c.swapped;
		if (flip) return { ...c, expression: { ...c.expression, fields: other }, swapped: undefined };
		const fields = c.expression.fields;
		if (flipByWords) {
			const ambiguity = `${text.slice(c.start, c.end)} could also be ${dayInWords(fields.day!, fields.month!, fields.year)}: read day first, as the text writes its dates in words`;
			return { ...c, expression: { ...c.expression, fields: other }, swapped: undefined, ambiguity };
		}
		const ambiguity = `${text.slice(c.start, c.end)} could also be ${dayInWords(other.day!, other.month!, other.year)}: read month first, as in US usage`;
		return { ...c, ambiguity };
	};
	return candidates.map((c) => (c.expression.kind === 'range' ? { ...c, expression: { ...c.expression, from: settle(c.expression.from), to: settle(c.expression.to) } } : settle(c)));
}
