import type { Candidate } from '../expression';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Settles the order of day and month in slashed dates for the whole text: a text that writes a date only
 * a day-first reading allows (`25/11/2019`) and none that only a month-first reading allows (`11/25/2019`)
 * is read day-first; otherwise month-first (US order). Dates that stay ambiguous say so.
 */
export function settleNumericOrder(candidates: Candidate[], text: string): Candidate[] {
	if (!candidates.some((c) => c.swapped)) return candidates;
	let dayFirst = false;
	let monthFirst = false;
	for (const c of candidates) {
		if (c.source !== 'numericDate' || c.swapped || c.expression.kind !== 'point') continue;
		const m = /^(\d{1,2})[/-](\d{1,2})[/-]/.exec(text.slice(c.start, c.end));
		if (!m) continue;
		if (Number(m[1]) > 12) dayFirst = true;
		if (Number(m[2]) > 12) monthFirst = true;
	}
	const flip = dayFirst && !monthFirst;
	return candidates.map((c) => {
		if (!c.swapped || c.expression.kind !== 'point') return c;
		const read = flip ? c.swapped : c.expression.fields;
		const other = flip ? c.expression.fields : c.swapped;
		const ambiguity = flip
			? undefined
			: `${text.slice(c.start, c.end)} could also be ${other.day} ${MONTHS[other.month! - 1]} ${other.year}: read month first, as in US usage`;
		return { ...c, expression: { ...c.expression, fields: read }, swapped: undefined, ambiguity };
	});
}
