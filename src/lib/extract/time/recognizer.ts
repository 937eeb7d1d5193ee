import type { Candidate } from './expression';

/**
 * A recognizer finds one family of time expressions with one regular expression and builds a
 * candidate from each match (or rejects it: returning null). A match can only start where a word starts,
 * and only at the words the recognizer names as its `triggers` (lower case; `#` for any number): the
 * tagger scans the text once for word starts and tries each recognizer's sticky pattern at its own
 * trigger words only, so the cost grows with the text, not with the number of recognizers times the text.
 */
export interface Recognizer {
	name: string;
	/** Lower-case words a match can begin with; `#` stands for a run of digits. */
	triggers: readonly string[];
	/** A sticky pattern (see `pattern`), tried at trigger positions. */
	pattern: RegExp;
	build(match: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}

/** Start of a word: no letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Compiles a recognizer pattern (sticky, unicode) from source fragments. */
export function pattern(source: string, caseInsensitive = false): RegExp {
	return new RegExp(source, caseInsensitive ? 'yiu' : 'yu');
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}/u;
const isLetter = (c: number, ch: string) => isAsciiLetter(c) || (c > 127 && LETTER.test(ch));

/**
 * Runs the recognizers over `text`: one pass finds every run of letters or digits, and each recognizer
 * whose triggers name that run is tried there.
 */
export function runRecognizers(recognizers: readonly Recognizer[], text: string): Candidate[] {
	const byTrigger = triggerIndex(recognizers);
	const out: Candidate[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		let j = i + 1;
		let key: string;
		if (isDigit(c)) {
			while (j < n && isDigit(text.charCodeAt(j))) j++;
			key = '#';
		} else if (isLetter(c, text[i])) {
			while (j < n) {
				const d = text.charCodeAt(j);
				if (!isLetter(d, text[j])) break;
				j++;
			}
			key = j - i <= 14 ? text.slice(i, j).toLowerCase() : '';
		} else {
			i = j;
			continue;
		}
		const list = byTrigger.get(key);
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

const indexes = new WeakMap<readonly Recognizer[], Map<string, Recognizer[]>>();

function triggerIndex(recognizers: readonly Recognizer[]): Map<string, Recognizer[]> {
	let index = indexes.get(recognizers);
	if (index) return index;
	index = new Map();
	for (const r of recognizers) {
		for (const t of r.triggers) {
			const list = index.get(t) ?? [];
			if (!list.includes(r)) list.push(r);
			index.set(t, list);
		}
	}
	indexes.set(recognizers, index);
	return index;
}

/** Longest word the context readers look at: keeps every look-around bounded. */
const MAX_WORD = 40;

/**
 * The `count` words just before `index`, nearest last, skipping whitespace but stopping at punctuation
 * (a word keeps inner or final periods: "Sept.", "U.S."). Fewer when the text or the clause begins.
 */
export function wordsBefore(text: string, index: number, count = 1): string[] {
	const words: string[] = [];
	let i = index;
	while (words.length < count) {
		while (i > 0 && index - i < MAX_WORD && /\s/.test(text[i - 1])) i--;
		let j = i;
		while (j > 0 && i - j < MAX_WORD && /[\p{L}\p{N}'’.\-]/u.test(text[j - 1])) j--;
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
	while (i < text.length && i - index < MAX_WORD && /[ \t\u00a0\n]/.test(text[i])) i++;
	let j = i;
	while (j < text.length && j - i < MAX_WORD && /[\p{L}\p{N}'’\-]/u.test(text[j])) j++;
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
