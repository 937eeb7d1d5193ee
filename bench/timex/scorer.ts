/**
 * TempEval-3 Task A scoring of time expressions, over character offsets of the plain text:
 * - a system mention and a gold one match when their extents overlap, each used at most once (pairs are
 *   taken greedily by largest overlap, so one long mention cannot match two gold ones);
 * - strict: matched pairs with identical extents; relaxed: all matched pairs;
 * - type and value: matched pairs whose type (value) agree. Precision divides by the system's mentions,
 *   recall by the gold ones, so type F1 and value F1 are relaxed F1 times the accuracy over matches.
 * Values are compared as written, except that week numbers are compared without zero padding
 * (`2000-W6` and `2000-W06` are the same ISO week): a notational, not a semantic, difference.
 */

export interface ScoredTimex {
	start: number;
	end: number;
	type: string;
	value: string;
}

export interface Counts {
	gold: number;
	system: number;
	strict: number;
	relaxed: number;
	type: number;
	value: number;
}

export interface Prf {
	precision: number;
	recall: number;
	f1: number;
}

export interface Scores {
	counts: Counts;
	strict: Prf;
	relaxed: Prf;
	type: Prf;
	value: Prf;
}

export interface MatchedPair {
	gold: ScoredTimex;
	system: ScoredTimex;
}

export function canonicalValue(value: string): string {
	return value.trim().toUpperCase().replace(/-W0?(\d{1,2})(?!\d)/, (_, w: string) => `-W${w.padStart(2, '0')}`);
}

/** One-to-one overlap matching of one document's mentions. */
export function matchDocument(gold: ScoredTimex[], system: ScoredTimex[]): MatchedPair[] {
	const pairs: { g: number; s: number; overlap: number }[] = [];
	const bySystem = system.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start);
	for (let g = 0; g < gold.length; g++) {
		const gt = gold[g];
		for (const { s, i } of bySystem) {
			if (s.start >= gt.end) break;
			const overlap = Math.min(s.end, gt.end) - Math.max(s.start, gt.start);
			if (overlap > 0) pairs.push({ g, s: i, overlap });
		}
	}
	pairs.sort((a, b) => b.overlap - a.overlap);
	const usedG = new Set<number>();
	const usedS = new Set<number>();
	const out: MatchedPair[] = [];
	for (const p of pairs) {
		if (usedG.has(p.g) || usedS.has(p.s)) continue;
		usedG.add(p.g);
		usedS.add(p.s);
		out.push({ gold: gold[p.g], system: system[p.s] });
	}
	return out;
}

export function countDocument(gold: ScoredTimex[], system: ScoredTimex[]): Counts {
	const pairs = matchDocument(gold, system);
	let strict = 0;
	let type = 0;
	let value = 0;
	for (const { gold: g, system: s } of pairs) {
		if (g.start === s.start && g.end === s.end) strict++;
		if (g.type === s.type) type++;
		if (canonicalValue(g.value) === canonicalValue(s.value)) value++;
	}
	return { gold: gold.length, system: system.length, strict, relaxed: pairs.length, type, value };
}

export function addCounts(a: Counts, b: Counts): Counts {
	return {
		gold: a.gold + b.gold,
		system: a.system + b.system,
		strict: a.strict + b.strict,
		relaxed: a.relaxed + b.relaxed,
		type: a.type + b.type,
		value: a.value + b.value
	};
}

export const NO_COUNTS: Counts = { gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 };

function prf(correct: number, system: number, gold: number): Prf {
	const precision = system ? correct / system : 0;
	const recall = gold ? correct / gold : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { precision, recall, f1 };
}

export function scores(c: Counts): Scores {
	return {
		counts: c,
		strict: prf(c.strict, c.system, c.gold),
		relaxed: prf(c.relaxed, c.system, c.gold),
		type: prf(c.type, c.system, c.gold),
		value: prf(c.value, c.system, c.gold)
	};
}
