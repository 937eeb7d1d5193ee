import type { Candidate } from '../expression';

/**
 * Keeps one reading per stretch of text: where candidates overlap, the longest wins ("September 6, 2021"
 * over "September" and "2021"), and on equal length the one found first by the recognizer order. A weak
 * candidate never displaces a sure one. Sorting makes this O(n log n).
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
	// The sort is stable: equal stretches keep the order in which the recognizers found them.
	const order = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Candidate[] = [];
	for (const c of order) {
		const last = kept[kept.length - 1];
		if (!last || c.start >= last.end) {
			kept.push(c);
			continue;
		}
		const longer = c.end - c.start > last.end - last.start;
		if ((longer && !(c.weak && !last.weak)) || (last.weak && !c.weak)) {
			kept.pop();
			// The replaced candidate may have hidden an earlier one that the newcomer overlaps too.
			while (kept.length && kept[kept.length - 1].end > c.start) kept.pop();
			kept.push(c);
		}
	}
	return kept;
}
