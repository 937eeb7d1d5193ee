import { CARDINAL_WORDS_PATTERN } from '$lib/extract/text/numbers';
import type { TimexMod } from '$lib/model';
import type { Candidate } from '../expression';

/**
 * Extends a mention over the words that qualify it and records their TIMEX3 modifier:
 * - the part of a period: "early", "late", "mid-", "the end of", "the beginning of", "the middle of",
 *   "earlier"/"later" before a relative period ("earlier this month", "later that day");
 * - hedges and bounds on amounts: "about", "around", "near", "nearly", "more than", "at least", "up to";
 * - after a date, "or later", "and beyond", "or earlier"; after a duration, "or more".
 * For a point counted back ("more than two decades ago"), "more than" puts it BEFORE the computed date;
 * counted forward ("more than a year later"), AFTER. Hedged mentions are approximate.
 */

interface Modifier {
	pattern: RegExp;
	/** The words the modifier may end with, lower case ('-' for a hyphen: "mid-"): only these wake it. */
	last: readonly string[];
	point?: TimexMod;
	duration?: TimexMod;
	/** Only before relative periods ("earlier this month") and weekdays. */
	relativeOnly?: boolean;
	/** "earlier", "later": the part of the period before or after the time it is counted from. */
	side?: 'before' | 'after';
	approximate?: boolean;
	bound?: 'more' | 'less' | 'atLeast' | 'atMost';
}

/** Hedges that a time is not quite reached: "nearly", "almost midnight". */
const NEARLY = 'nearly|almost|close\\s+to|not\\s+quite';
/** Hedges that a time is only about right: "about", "around 11 p.m.". */
const ABOUT = 'about|around|near|approximately|roughly|some|circa|ca\\.|c\\.|an\\s+estimated';
/** A hedge that makes a time approximate, just before it: "until almost midnight", "and about 11 p.m.". */
export const APPROXIMATING_HEDGE = new RegExp(`(?<=\\s)(?:${NEARLY}|${ABOUT})\\s+$`, 'i');

/** The part a period opens or closes with: "week", "few days", "three weeks", "fortnight", "half". */
const PART_OF_A_PERIOD = `(?:(?:(?:few|couple\\s+of|\\d{1,2}|${CARDINAL_WORDS_PATTERN})\\s+)?(?:days|weeks?|months)|fortnight|half)`;

const END_OF = (words: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])(${words})\\s*$`, 'iu');

const BEFORE: Modifier[] = [
	// "the back end of last year", "the tail end of the decade", "the front end of the season" (British).
	{ pattern: END_OF('the\\s+(?:very\\s+)?(?:(?:back|tail)\\s+)?(?:end|close)\\s+of'), last: ['of'], point: 'END' },
	{ pattern: END_OF('the\\s+(?:very\\s+)?(?:beginning|start|outset|dawn|front\\s+end)\\s+of'), last: ['of'], point: 'START' },
	{ pattern: END_OF('the\\s+middle\\s+of'), last: ['of'], point: 'MID' },
	// "the first week of May", "the first three days of March", "the first fortnight of October", "the first half
	// of August", "the last few days of the campaign": the part of the period it opens or closes.
	{ pattern: END_OF(`the\\s+(?:first|opening)\\s+${PART_OF_A_PERIOD}\\s+(?:of|in)`), last: ['of', 'in'], point: 'START' },
	{ pattern: END_OF(`the\\s+(?:last|final|closing)\\s+${PART_OF_A_PERIOD}\\s+(?:of|in)`), last: ['of', 'in'], point: 'END' },
	// "the second half of May", "the latter half of the decade".
	{ pattern: END_OF('the\\s+(?:second|latter)\\s+half\\s+(?:of|in)'), last: ['of', 'in'], point: 'END' },
	// "the second week of April", "the third week in June": days 8 to 21, the middle of the month, as "mid-April"
	// is; "the fourth week of July", days 22 to 28, its end.
	{ pattern: END_OF('the\\s+(?:second|third|2nd|3rd)\\s+week\\s+(?:of|in)'), last: ['of', 'in'], point: 'MID' },
	{ pattern: END_OF('the\\s+(?:fourth|4th)\\s+week\\s+(?:of|in)'), last: ['of', 'in'], point: 'END' },
	{ pattern: END_OF('the\\s+(?:very\\s+)?early'), last: ['early'], point: 'START' },
	{ pattern: END_OF('the\\s+(?:very\\s+)?late'), last: ['late'], point: 'END' },
	{ pattern: /(?:^|[^\p{L}\p{N}])(the\s+mid-?)\s*$/iu, last: ['mid', '-'], point: 'MID' },
	{ pattern: END_OF('(?:very\\s+)?early'), last: ['early'], point: 'START' },
	{ pattern: END_OF('(?:very\\s+)?late'), last: ['late'], point: 'END' },
	// "early in 1919", "late in March", "midway through the decade".
	{ pattern: END_OF('(?:very\\s+)?early\\s+in'), last: ['in'], point: 'START' },
	{ pattern: END_OF('(?:very\\s+)?late\\s+in'), last: ['in'], point: 'END' },
	{ pattern: END_OF('(?:mid-?way|half-?way)\\s+(?:through|into)'), last: ['through', 'into'], point: 'MID' },
	{ pattern: /(?:^|[^\p{L}\p{N}])(early-)$/iu, last: ['-'], point: 'START' },
	{ pattern: /(?:^|[^\p{L}\p{N}])(late-)$/iu, last: ['-'], point: 'END' },
	{ pattern: /(?:^|[^\p{L}\p{N}])(mid-?|middle-)$/iu, last: ['mid', '-'], point: 'MID' },
	{ pattern: END_OF('mid'), last: ['mid'], point: 'MID' },
	{ pattern: END_OF('earlier'), last: ['earlier'], point: 'START', relativeOnly: true, side: 'before' },
	{ pattern: END_OF('later'), last: ['later'], point: 'END', relativeOnly: true, side: 'after' },
	{ pattern: END_OF('(?:at\\s+least|no\\s+less\\s+than|no\\s+fewer\\s+than|a\\s+minimum\\s+of)'), last: ['least', 'than', 'of'], duration: 'EQUAL_OR_MORE', bound: 'atLeast' },
	{ pattern: END_OF('(?:at\\s+most|no\\s+more\\s+than|up\\s+to|a\\s+maximum\\s+of)'), last: ['most', 'than', 'to', 'of'], duration: 'EQUAL_OR_LESS', bound: 'atMost' },
	{
		pattern: END_OF('(?:just\\s+|well\\s+|a\\s+little\\s+)?(?:more\\s+than|over|in\\s+excess\\s+of|upwards\\s+of)'),
		last: ['than', 'over', 'of'],
		duration: 'MORE_THAN',
		bound: 'more',
		approximate: true
	},
	{ pattern: END_OF('(?:just\\s+|a\\s+little\\s+)?(?:less\\s+than|under|fewer\\s+than)'), last: ['than', 'under'], duration: 'LESS_THAN', bound: 'less', approximate: true },
	{ pattern: END_OF(`(?:${NEARLY})`), last: ['nearly', 'almost', 'to', 'quite'], duration: 'LESS_THAN', point: 'APPROX', approximate: true },
	{
		pattern: END_OF(`(?:${ABOUT})`),
		last: ['about', 'around', 'near', 'approximately', 'roughly', 'some', 'circa', 'ca.', 'c.', 'estimated'],
		duration: 'APPROX',
		point: 'APPROX',
		approximate: true
	}
];

/**
 * The modifiers by the last word they may end with, in the list's order (which breaks ties): most
 * mentions have no modifier before them, and the few that may are tried against those alone.
 */
const BY_LAST_WORD = new Map<string, Modifier[]>();
for (const m of BEFORE) for (const w of m.last) BY_LAST_WORD.set(w, [...(BY_LAST_WORD.get(w) ?? []), m]);

interface After {
	pattern: RegExp;
	point?: TimexMod;
	duration?: TimexMod;
	approximate?: boolean;
}

const AFTER: After[] = [
	{ pattern: /^(\s+or\s+(?:later|after))(?![\p{L}\p{N}])/iu, point: 'ON_OR_AFTER' },
	{ pattern: /^(\s+and\s+(?:beyond|later|after))(?![\p{L}\p{N}])/iu, point: 'ON_OR_AFTER' },
	{ pattern: /^(\s+or\s+(?:earlier|before))(?![\p{L}\p{N}])/iu, point: 'ON_OR_BEFORE' },
	{ pattern: /^(\s+or\s+(?:more|longer))(?![\p{L}\p{N}])/iu, duration: 'EQUAL_OR_MORE' },
	{ pattern: /^(\s+or\s+so)(?![\p{L}\p{N}])/iu, duration: 'APPROX', point: 'APPROX', approximate: true }
];

const LOOK = 32;

/**
 * Common last words of a modifier ("early in", "midway through") that most often end no modifier ("in
 * 1919"): the word before them decides.
 */
const MIDWAY = new Set(['midway', 'mid-way', 'halfway', 'half-way']);
const LINKING_WORDS = new Map<string, Set<string>>([
	['in', new Set(['early', 'late', 'day', 'days', 'week', 'weeks', 'month', 'months'])],
	['through', MIDWAY],
	['into', MIDWAY]
]);

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
const isAsciiLetter = (c: number) => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/**
 * The last word of the text from `floor` to `end` when some modifier ends with it ('-' for a hyphen:
 * "mid-", "early-"), read backwards without cutting the text; null when none does.
 */
function modifierLastWord(text: string, floor: number, end: number): string | null {
	let k = end - 1;
	while (k >= floor && isSpace(text.charCodeAt(k))) k--;
	if (k < floor) return null;
	if (text.charCodeAt(k) === 45) return '-';
	let j = k;
	while (j >= floor && (isAsciiLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j--;
	if (j === k || k - j > 13) return null;
	const last = text.slice(j + 1, k + 1).toLowerCase();
	if (!BY_LAST_WORD.has(last)) return null;
	const before = LINKING_WORDS.get(last);
	if (!before) return last;
	while (j >= floor && isSpace(text.charCodeAt(j))) j--;
	let i = j;
	while (i >= floor && (isAsciiLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i--;
	return before.has(text.slice(i + 1, j + 1).toLowerCase()) ? last : null;
}

/** Whether "or" or "and" follows `end` after spaces, then a space: "or later", "and beyond", "or so". */
function mayHaveModifierAfter(text: string, end: number, limit: number): boolean {
	let k = end;
	while (k < limit && isSpace(text.charCodeAt(k))) k++;
	if (k === end || k + 2 >= limit) return false;
	const a = text.charCodeAt(k) | 0x20;
	const b = text.charCodeAt(k + 1) | 0x20;
	if (a === 111 && b === 114) return isSpace(text.charCodeAt(k + 2));
	return a === 97 && b === 110 && (text.charCodeAt(k + 2) | 0x20) === 100 && k + 3 < limit && isSpace(text.charCodeAt(k + 3));
}

function isRelativePeriod(c: Candidate): boolean {
	const e = c.expression;
	if (e.kind !== 'point') return false;
	if (e.relation && e.relation.kind !== 'shift') return true;
	return e.fields.weekday !== undefined && e.fields.day === undefined;
}

function isShift(c: Candidate): { sign: -1 | 1 } | null {
	const e = c.expression;
	return e.kind === 'point' && e.relation?.kind === 'shift' ? { sign: e.relation.sign } : null;
}

function boundMod(bound: Modifier['bound'], sign: -1 | 1): TimexMod | undefined {
	// Counted back from now, "more than two years ago" lies before the computed date.
	switch (bound) {
		case 'more':
			return sign < 0 ? 'BEFORE' : 'AFTER';
		case 'less':
			return sign < 0 ? 'AFTER' : 'BEFORE';
		case 'atLeast':
			return sign < 0 ? 'ON_OR_BEFORE' : 'ON_OR_AFTER';
		case 'atMost':
			return sign < 0 ? 'ON_OR_AFTER' : 'ON_OR_BEFORE';
		default:
			return undefined;
	}
}

/**
 * `c` with `changes` made, as `{ ...c, ...changes }` would make it, but copied by `Object.assign`: V8
 * (Node 20) adds a property the copy lacks ("mod") to an object made by spreading on a slow path, at ten
 * times the cost of the whole copy.
 */
function modified(c: Candidate, changes: Partial<Candidate>): Candidate {
	return Object.assign({}, c, changes);
}

/** The words of a counted part a month opens or closes with, up to the month: "the first three days of ". */
const COUNTED_PART_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])the\\s+(?:first|opening|last|final|closing)\\s+${PART_OF_A_PERIOD}\\s+(?:of|in)\\s+$`, 'iu');

/**
 * "the first three days of March", "the last few weeks of June": the length read in the words before a
 * month ("three days") is the part of that month it opens or closes, which the month's modifier takes in.
 */
function countsThePartBefore(out: readonly Candidate[], c: Candidate, text: string): boolean {
	const last = out[out.length - 1];
	const e = c.expression;
	if (!last || last.expression.kind !== 'duration' || e.kind !== 'point' || e.fields.month === undefined || e.fields.day !== undefined) return false;
	return c.start - last.start <= LOOK && COUNTED_PART_BEFORE.test(text.slice(Math.max(0, last.start - 12), c.start));
}

export function attachModifiers(candidates: Candidate[], text: string): Candidate[] {
	const out: Candidate[] = [];
	for (let i = 0; i < candidates.length; i++) {
		let c = candidates[i];
		if (c.mod || c.expression.kind === 'ref' || c.expression.kind === 'set') {
			out.push(c);
			continue;
		}
		if (countsThePartBefore(out, c, text)) out.pop();
		const floor = Math.max(out.length ? out[out.length - 1].end : 0, c.start - LOOK);
		const isDuration = c.expression.kind === 'duration';
		const lastWord = modifierLastWord(text, floor, c.start);
		const before = lastWord ? text.slice(floor, c.start) : '';
		const shift = before && isShift(c);
		const startsWithThe = before !== '' && /^the\s/i.test(text.slice(c.start, c.start + 4));
		for (const m of lastWord ? BY_LAST_WORD.get(lastWord)! : []) {
			const found = m.pattern.exec(before);
			if (!found) continue;
			// "over the weekend", "around the past two weeks": a preposition before a definite period.
			if (startsWithThe && /^(?:over|under|about|around|some)$/i.test(found[1])) continue;
			let mod: TimexMod | undefined;
			if (isDuration) mod = m.duration;
			else if (shift && m.bound) mod = boundMod(m.bound, shift.sign);
			else if (shift) mod = m.point === 'APPROX' ? 'APPROX' : undefined;
			else if (m.relativeOnly) mod = isRelativePeriod(c) ? m.point : undefined;
			else if (m.bound) mod = undefined;
			else mod = m.point;
			if (!mod) continue;
			const phraseStart = floor + found.index + found[0].indexOf(found[1]);
			c = modified(c, { start: phraseStart, mod, approximate: c.approximate || m.approximate || undefined });
			if (m.side) c.sideOfAnchor = m.side;
			break;
		}
		const limit = Math.min(i + 1 < candidates.length ? candidates[i + 1].start : text.length, c.end + LOOK);
		const after = mayHaveModifierAfter(text, c.end, limit) ? text.slice(c.end, limit) : '';
		for (const m of after ? AFTER : []) {
			const found = m.pattern.exec(after);
			if (!found) continue;
			const mod = isDuration ? m.duration : m.point;
			if (!mod) continue;
			c = modified(c, { end: c.end + found[1].length, mod: c.mod && mod === 'APPROX' ? c.mod : mod, approximate: c.approximate || m.approximate || undefined });
			break;
		}
		out.push(c);
	}
	return out;
}
