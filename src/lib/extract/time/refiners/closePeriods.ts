import type { Candidate } from '../expression';

/**
 * Links a report period to the date that closes it: "the quarter ended Sept. 30", "its fourth quarter
 * ended Aug. 26", "its fiscal first quarter, which ended on Dec. 25", "the fourth quarter of its fiscal
 * year, which ended on 30 June", "the six months ended Aug. 12", "the
 * fiscal year ending June 30, 1990". Both stay separate mentions; the period is then resolved from the
 * date (see normalize) rather than from the anchor. A year closed by a date is the twelve months up to it,
 * which TimeML writes as the duration `P1Y` ("net income for the year ended March 31"): it becomes one, with
 * the months it covers as its span; a half-year so closed becomes `P6M`.
 */
const CLOSING = /^(?:\s+of\s+(?:its|their)\s+(?:fiscal\s+|financial\s+)?year)?,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed|to)\s+(?:on\s+|in\s+)?$/i;
/** Closing words that do not say the period is over. */
const NOT_OVER = /\b(?:ending|ends|to)\b/i;

/**
 * "the full year ended 30 June": alone the year a company is in (deictic), closed by a date it is the
 * twelve months up to it, as "the year" is.
 */
function isFullYear(c: Candidate, text: string): boolean {
	const r = c.expression.kind === 'point' ? c.expression.relation : undefined;
	return r?.kind === 'deictic' && r.unit === 'year' && r.offset === 0 && /\bfull[\s-]+year$/i.test(text.slice(c.start, c.end));
}

function isPeriod(c: Candidate, text: string): boolean {
	const e = c.expression;
	if (isFullYear(c, text)) return true;
	if (e.kind === 'duration') return typeof e.amount === 'number' && !e.anchored && (e.unit === 'week' || e.unit === 'month' || e.unit === 'quarter' || e.unit === 'year');
	if (e.kind !== 'point' || e.fields.year !== undefined) return false;
	if (e.fields.quarter !== undefined || e.fields.half !== undefined) return e.fields.month === undefined;
	const r = e.relation;
	return !!r && r.kind === 'anaphoric' && (r.unit === 'quarter' || r.unit === 'half' || r.unit === 'year' || r.unit === 'period');
}

function isDay(c: Candidate): boolean {
	const e = c.expression;
	return e.kind === 'point' && ((e.fields.month !== undefined && e.fields.day !== undefined) || (e.relation?.kind === 'deictic' && e.relation.unit === 'day'));
}

/**
 * "the year ending in March", "the year to March 2034", "the half-year to March": a year or a half closed by
 * a month, at its last day.
 */
function isMonthOfYear(period: Candidate, c: Candidate, between: string): boolean {
	const p = period.expression;
	const e = c.expression;
	return /\b(?:in|to)\s+$/.test(between) && p.kind === 'point' && p.relation?.kind === 'anaphoric' && (p.relation.unit === 'year' || p.relation.unit === 'half') && e.kind === 'point' && e.fields.month !== undefined && e.fields.day === undefined && !e.relation;
}

/**
 * "the year", "the fiscal year", "the full year" closed by a date: the twelve months up to it; "the
 * half-year" so closed, the six months up to it, as "the six months ended" is.
 */
function asMonthsUpTo(c: Candidate, text: string): Candidate {
	const e = c.expression;
	if (e.kind !== 'point' || e.fields.quarter !== undefined || e.fields.half !== undefined) return c;
	if (e.relation?.kind === 'anaphoric' && e.relation.unit === 'half' && /^the\s+half[-\s]year$/i.test(text.slice(c.start, c.end))) {
		return { ...c, type: 'DURATION', expression: { kind: 'duration', value: 'P6M', amount: 6, unit: 'month' } };
	}
	if ((e.relation?.kind !== 'anaphoric' || e.relation.unit !== 'year') && !isFullYear(c, text)) return c;
	return { ...c, type: 'DURATION', expression: { kind: 'duration', value: 'P1Y', amount: 1, unit: 'year' } };
}

export function closePeriods(candidates: Candidate[], text: string): Candidate[] {
	const out = candidates.slice();
	for (let i = 0; i + 1 < out.length; i++) {
		const c = out[i];
		let next = out[i + 1];
		const between = text.slice(c.end, next.start);
		if (!isPeriod(c, text) || !CLOSING.test(between) || !(isDay(next) || isMonthOfYear(c, next, between))) continue;
		// "the year ended June 30" lies behind the writing; "the year to June 30", said in April, may be
		// under way and runs to the nearest such day.
		if (next.expression.kind === 'point') {
			next = { ...next, expression: { ...next.expression, closesPeriod: NOT_OVER.test(between) ? 'open' : 'ended' } };
			out[i + 1] = next;
		}
		out[i] = { ...asMonthsUpTo(c, text), endsWith: next };
	}
	return out;
}
