import type { Candidate } from './expression';

/**
 * A recognizer finds one family of time expressions with one regular expression and builds a
 * candidate from each match (or rejects it: returning null). Patterns are global and unicode, anchored
 * on word boundaries with look-behinds so that a match can only start where a word starts: the scan
 * stays linear even over a megabyte of digits.
 */
export interface Recognizer {
	name: string;
	pattern: RegExp;
	build(match: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}

/** Start of a word: no letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Compiles a recognizer pattern from source fragments; `i` makes it case-insensitive. */
export function pattern(source: string, caseInsensitive = false): RegExp {
	return new RegExp(source, caseInsensitive ? 'giu' : 'gu');
}

export function runRecognizer(recognizer: Recognizer, text: string): Candidate[] {
	const out: Candidate[] = [];
	const re = new RegExp(recognizer.pattern.source, recognizer.pattern.flags);
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		const built = recognizer.build(m, text);
		if (Array.isArray(built)) out.push(...built);
		else if (built) out.push(built);
	}
	return out;
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
