/**
 * Words as the name matcher sees them. Hyphens split words (Dara-i-Suf is three words) because spellings
 * of one name differ in where they put hyphens and spaces; what lies between two words is recorded, so
 * a name never runs across punctuation. A possessive ending ("Taliban's", "Afghanistan’s", "insurgents'")
 * stays outside the word, and a dotted abbreviation ("U.S.", "U.N.") is one word.
 */
import { isConnector, normalizeWord } from './normalizeName';

/** What separates a word from the one before it. */
export type WordGap =
	/** spaces or tabs only */
	| 'space'
	/** a hyphen, with or without spaces around it */
	| 'hyphen'
	/** a single line break (a name wrapped onto the next line) */
	| 'line'
	/** anything else: punctuation, a blank line, a possessive ending, the start of the text */
	| 'break';

export interface NameToken {
	/** Offsets of the word itself in the text, possessive ending excluded; `end` exclusive. */
	start: number;
	end: number;
	/** The word as written (`text.slice(start, end)`). */
	raw: string;
	/** `normalizeWord(raw)`: the key the gazetteer compares. */
	norm: string;
	/** `raw` in lower case. */
	lower: string;
	/** Starts with an upper-case letter. */
	capitalized: boolean;
	/** Has at least two letters and all of them upper case (NATO, U.S.). */
	upper: boolean;
	/** Has a lower-case letter. */
	hasLower: boolean;
	/** Followed by a possessive ending ('s, ’s, or a lone apostrophe after s). */
	possessive: boolean;
	/** A connector word of compound names (`e`, `i`, `ye`). */
	connector: boolean;
	gap: WordGap;
}

/**
 * A dotted abbreviation of two or more capitals (U.S., U.N., D.C.), else a word: a letter or digit,
 * then letters, marks and digits, with single apostrophes inside (Sana'a, O'Brien). Each repeated group
 * starts with a character the group before cannot take, so matching stays linear.
 */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

function countLetters(word: string): number {
	let n = 0;
	for (const c of word) if (LETTER.test(c)) n++;
	return n;
}

/** Gap classification needs only these characters; everything else is a break. */
function classifyGap(text: string, from: number, to: number): WordGap {
	if (from >= to) return 'break';
	let hyphens = 0;
	let newlines = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 9 || c === 0xa0) continue;
		if (c === 45 || c === 0x2010 || c === 0x2011) hyphens++;
		else if (c === 10) newlines++;
		else if (c === 13) continue;
		else return 'break';
	}
	if (hyphens > 1 || newlines > 1 || (hyphens && newlines)) return 'break';
	if (hyphens) return 'hyphen';
	if (newlines) return 'line';
	return 'space';
}

/** What a word's spelling says, computed once per distinct word. */
interface WordShape {
	norm: string;
	lower: string;
	capitalized: boolean;
	upper: boolean;
	hasLower: boolean;
	connector: boolean;
}

const shapes = new Map<string, WordShape>();
const SHAPE_CACHE_LIMIT = 200_000;

function shapeOf(raw: string): WordShape {
	let shape = shapes.get(raw);
	if (shape) return shape;
	const word = raw.includes('.') ? raw.replace(/\./g, '') : raw;
	const hasLower = LOWER.test(word);
	shape = {
		norm: normalizeWord(word),
		lower: raw.toLowerCase(),
		capitalized: UPPER.test(word[0] ?? ''),
		upper: !hasLower && countLetters(word) >= 2,
		hasLower,
		connector: isConnector(word)
	};
	if (shapes.size >= SHAPE_CACHE_LIMIT) shapes.clear();
	shapes.set(raw, shape);
	return shape;
}

function isApostrophe(code: number): boolean {
	return code === 39 || code === 0x2019 || code === 0x2bc;
}

/** Cuts `text` into name words. Linear in the length of the text. */
export function nameTokens(text: string): NameToken[] {
	const tokens: NameToken[] = [];
	const re = new RegExp(WORD.source, WORD.flags);
	let previousEnd = 0;
	let previousPossessive = false;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		let raw = m[0];
		const start = m.index;
		let end = start + raw.length;
		let possessive = false;
		const lastCode = raw.charCodeAt(raw.length - 1);
		if (raw.length > 2 && (lastCode === 115 || lastCode === 83) && isApostrophe(raw.charCodeAt(raw.length - 2))) {
			raw = raw.slice(0, -2);
			end -= 2;
			possessive = true;
		} else if (lastCode === 115 && isApostrophe(text.charCodeAt(end))) {
			possessive = true;
		}
		// A single capital with a full stop is an initial ("George W. Bush"): the stop does not end the name.
		if (raw.length === 1 && text[end] === '.' && UPPER.test(raw) && /\s/.test(text[end + 1] ?? '')) {
			end += 1;
			raw = text.slice(start, end);
			re.lastIndex = end;
		}
		const gap = previousPossessive ? 'break' : classifyGap(text, previousEnd, start);
		const shape = shapeOf(raw);
		tokens.push({
			start,
			end,
			raw,
			norm: shape.norm,
			lower: shape.lower,
			capitalized: shape.capitalized,
			upper: shape.upper,
			hasLower: shape.hasLower,
			possessive,
			connector: shape.connector,
			gap
		});
		previousEnd = possessive ? m.index + m[0].length : end;
		previousPossessive = possessive;
	}
	return tokens;
}

/**
 * The key under which a name is stored and looked up: its words normalized, connectors between words
 * dropped, joined. Text and gazetteer meet through this function only.
 */
export function nameKey(name: string): string {
	const words = nameTokens(name);
	let key = '';
	for (let i = 0; i < words.length; i++) {
		if (i > 0 && i < words.length - 1 && words[i].connector) continue;
		key += words[i].norm;
	}
	return key;
}
