import type { Candidate } from '../expression';
import { labelledNumbers } from '../recognizers/years';

/**
 * A weak year (a bare four-digit number without a word that makes it a year) is kept only when it
 * stands in a list or range with a sure year or date: "in 1994, 1995 and 1997", "from 1991 to 1997".
 * Confirmation spreads along the list in both directions; everything still weak is dropped.
 */
const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or|to|through|until|[-–—]|and\s+in|or\s+in|,\s*in)\s*$/i;

/**
 * A year only a determiner made one ("the 1325 agenda") is no year in a text that uses the same number
 * as a label ("Resolution 1325").
 */
function dropLabels(candidates: Candidate[], text: string): Candidate[] {
	if (!candidates.some((c) => c.determined)) return candidates;
	const labels = labelledNumbers(text);
	if (labels.size === 0) return candidates;
	return candidates.filter((c) => !(c.determined && c.expression.kind === 'point' && labels.has(c.expression.fields.year!)));
}

export function keepConfirmedYears(all: Candidate[], text: string): Candidate[] {
	const candidates = dropLabels(all, text);
	if (!candidates.some((c) => c.weak)) return candidates;
	const sure = candidates.map((c) => !c.weak);
	const linked = (a: Candidate, b: Candidate) => LIST_GAP.test(text.slice(a.end, b.start)) && b.start - a.end <= 12;
	for (let i = 1; i < candidates.length; i++) {
		if (!sure[i] && sure[i - 1] && linked(candidates[i - 1], candidates[i])) sure[i] = true;
	}
	for (let i = candidates.length - 2; i >= 0; i--) {
		if (!sure[i] && sure[i + 1] && linked(candidates[i], candidates[i + 1])) sure[i] = true;
	}
	return candidates.filter((_, i) => sure[i]).map((c) => (c.weak ? { ...c, weak: undefined } : c));
}
