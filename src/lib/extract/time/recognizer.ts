import type { Candidate } from './expression';

/**
 * A recognizer finds one family of time expressions with one regular expression and builds a
 * candidate from each match (or rejects it: returning null). A match can only start where a word starts,
 * and only at the words the recognizer names as its `triggers` (lower case; `#` for any number): the
 * tagger scans the text once for word starts and tries each recognizer's sticky pattern at its own
 * trigger words only, so the cost grows with the text, not with the number of recognizers times the text.
 * A trigger of two words ("the same", "the #") fires at its first word when the second follows it: the
 * commonest words ("the") then wake only the recognizers their next word concerns.
 */
export interface Recognizer {
	name: string;
	/** Lower-case words a match can begin with; `#` stands for a run of digits; "w1 w2" for two words. */
	triggers: readonly string[];
	/** A sticky pattern (see `pattern`), tried at trigger positions. */
	pattern: RegExp;
	build(match: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}

/** Start of a word: no letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Two-word triggers: `head` followed by each of `words` ("the", ["same", "#"] → "the same", "the #"). */
export function followed(head: string, words: readonly string[]): string[] {
	return words.map((w) => `${head} ${w}`);
}

/** Compiles a recognizer pattern (sticky, unicode) from source fragments. */
export function pattern(source: string, caseInsensitive = false): RegExp {
	return new RegExp(source, caseInsensitive ? 'yiu' : 'yu');
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}/u;
/** Whether the character at `i` (code `c`) is a letter; only non-ASCII characters need the regex. */
const isLetterAt = (text: string, i: number, c: number) => isAsciiLetter(c) || (c > 127 && LETTER.test(text[i]));

/**
 * Runs the recognizers over `text`: one pass finds every run of letters or digits, and each recognizer
 * whose triggers name that run is tried there.
 */
/** The key of the letter or digit run starting at or after `from` (skipping spaces and apostrophes). */
function nextKey(text: string, from: number): string {
	let i = from;
	const n = Math.min(text.length, from + 8);
	while (i < n && /[\s'’-]/.test(text[i])) i++;
	if (i >= text.length) return '';
	const c = text.charCodeAt(i);
	if (isDigit(c)) return '#';
	let j = i;
	while (j < text.length && j - i <= MAX_TRIGGER && isLetterAt(text, j, text.charCodeAt(j))) j++;
	return j > i && j - i <= MAX_TRIGGER ? text.slice(i, j).toLowerCase() : '';
}

export function runRecognizers(recognizers: readonly Recognizer[], text: string): Candidate[] {
	const { byTrigger, shapes, heads, order } = triggerIndex(recognizers);
	const out: Candidate[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		// Spaces and marks, most of the text between words, are passed over first.
		if (c < 48 || (c > 57 && c < 65) || (c > 90 && c < 97) || (c > 122 && c < 128)) {
			i++;
			continue;
		}
		let j = i + 1;
		let key: string;
		if (isDigit(c)) {
			while (j < n && isDigit(text.charCodeAt(j))) j++;
			key = '#';
		} else if (isLetterAt(text, i, c)) {
			for (; j < n; j++) {
				const d = text.charCodeAt(j);
				if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) continue;
				if (d > 127 && LETTER.test(text[j])) continue;
				break;
			}
			// Most words are no trigger: a table of (length, first letter) skips them without a slice.
			const first = c < 128 ? c | 0x20 : 0;
			key = j - i <= MAX_TRIGGER && (first === 0 || shapes[(j - i) * 128 + first]) ? text.slice(i, j).toLowerCase() : '';
		} else {
			i = j;
			continue;
		}
		let list = byTrigger.get(key);
		if (heads.has(key)) {
			const second = byTrigger.get(`${key} ${nextKey(text, j)}`);
			if (second) list = list ? [...list, ...second].sort((a, b) => order.get(a)! - order.get(b)!) : second;
		}
		if (list) {
			for (const r of list) {
				r.pattern.lastIndex = i;
				const m = r.pattern.exec(text);
				if (!m || m[0].length === 0) continue;
				const built = r.build(m, text);
				if (Array.isArray(built)) for (const b of built) out.push(b);
				else if (built) out.push(built);
			}
		}
		i = j;
	}
	return out;
}

const MAX_TRIGGER = 14;

interface TriggerIndex {
	byTrigger: Map<string, Recognizer[]>;
	/** First words of two-word triggers. */
	heads: Set<string>;
	/** Each recognizer's place in the list, which breaks ties between equal readings. */
	order: Map<Recognizer, number>;
	/** Set at `length * 128 + first letter` for every trigger word of that shape. */
	shapes: Uint8Array;
}

const indexes = new WeakMap<readonly Recognizer[], TriggerIndex>();

function triggerIndex(recognizers: readonly Recognizer[]): TriggerIndex {
	const known = indexes.get(recognizers);
	if (known) return known;
	const byTrigger = new Map<string, Recognizer[]>();
	const shapes = new Uint8Array((MAX_TRIGGER + 1) * 128);
	const heads = new Set<string>();
	const order = new Map(recognizers.map((r, i) => [r, i]));
	for (const r of recognizers) {
		for (const trigger of r.triggers) {
			const space = trigger.indexOf(' ');
			if (space > 0) heads.add(trigger.slice(0, space));
			const t = space > 0 ? trigger.slice(0, space) : trigger;
			const key = trigger;
			const list = byTrigger.get(key) ?? [];
			if (!list.includes(r)) list.push(r);
			byTrigger.set(key, list);
			const first = t.charCodeAt(0);
			if (t !== '#' && t.length <= MAX_TRIGGER && first < 128) shapes[t.length * 128 + first] = 1;
		}
	}
	const index = { byTrigger, shapes, heads, order };
	indexes.set(recognizers, index);
	return index;
}

/** Longest word the context readers look at: keeps every look-around bounded. */
const MAX_WORD = 40;

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c > 0x1fff && /\s/.test(String.fromCharCode(c)));

/** A character of a word as the context readers see it: letters, digits, apostrophes, hyphens, periods. */
function isWordChar(text: string, i: number, withPeriod: boolean): boolean {
	const c = text.charCodeAt(i);
	if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
	if (c === 39 || c === 0x2019 || c === 45) return true;
	if (c === 46) return withPeriod;
	return c > 127 && /[\p{L}\p{N}]/u.test(text[i]);
}

/**
 * The `count` words just before `index`, nearest last, skipping whitespace but stopping at punctuation
 * (a word keeps inner or final periods: "Sept.", "U.S."). Fewer when the text or the clause begins.
 */
export function wordsBefore(text: string, index: number, count = 1): string[] {
	const words: string[] = [];
	let i = index;
	while (words.length < count) {
		while (i > 0 && index - i < MAX_WORD && isSpaceCode(text.charCodeAt(i - 1))) i--;
		let j = i;
		while (j > 0 && i - j < MAX_WORD && isWordChar(text, j - 1, true)) j--;
		if (j === i) break;
		words.unshift(text.slice(j, i));
		i = j;
	}
	return words;
}

/** The word just before `index`, lower-cased, without a final period; '' when there is none. */
export function wordBefore(text: string, index: number): string {
	const [w] = wordsBefore(text, index, 1);
	return w ? w.toLowerCase().replace(/\.$/, '') : '';
}

/** The word just after `index` (skipping spaces), or '' at a punctuation mark or the end. */
export function wordAfter(text: string, index: number): string {
	let i = index;
	while (i < text.length && i - index < MAX_WORD && isSpaceCode(text.charCodeAt(i))) i++;
	let j = i;
	while (j < text.length && j - i < MAX_WORD && isWordChar(text, j, false)) j++;
	return text.slice(i, j);
}

/** The character just before `index`, skipping spaces; '' at the start. */
export function charBefore(text: string, index: number): string {
	let i = index;
	while (i > 0 && index - i < MAX_WORD && /[ \t\u00a0]/.test(text[i - 1])) i--;
	return i > 0 ? text[i - 1] : '';
}

/** The character just after `index`, skipping spaces; '' at the end. */
export function charAfter(text: string, index: number): string {
	let i = index;
	while (i < text.length && i - index < MAX_WORD && /[ \t\u00a0]/.test(text[i])) i++;
	return i < text.length ? text[i] : '';
}
