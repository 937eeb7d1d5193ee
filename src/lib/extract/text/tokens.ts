/**
 * Word-level tokens over the original text. Offsets index the given string, so every token can be
 * mapped back to the article. Words keep inner apostrophes and hyphens ("don't", "mid-2000s"); numbers
 * keep inner separators ("2,000", "3.5", "2021-09-06" is one number token).
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
	start: number;
	end: number;
	readonly text: string;
	/** Lower case, with typographic apostrophes made straight ("don’t" → "don't"). */
	readonly lower: string;
	kind: TokenKind;
}

/** A token whose text and lower-case form are made when first asked for: most tokens are never read. */
class TextToken implements Token {
	private sliced: string | undefined;
	private lowered: string | undefined;
	constructor(
		private readonly source: string,
		readonly start: number,
		readonly end: number,
		readonly kind: TokenKind
	) {}
	get text(): string {
		this.sliced ??= this.source.slice(this.start, this.end);
		return this.sliced;
	}
	get lower(): string {
		if (this.lowered === undefined) {
			const lower = this.text.toLowerCase();
			this.lowered = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
		}
		return this.lowered;
	}
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const SPACE = /\s/;

/** An ASCII digit, by char code. */
export const isDigit = (c: number) => c >= 48 && c <= 57;

function isLetter(cp: number): boolean {
	if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
	return LETTER.test(String.fromCodePoint(cp));
}

/** Whitespace as `\s` has it, by code point (or char code), with the regular expression only beyond ASCII. */
export function isSpace(cp: number): boolean {
	if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13);
	return SPACE.test(String.fromCodePoint(cp));
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** Past the letters, combining marks and digits from `i` (`[\p{L}\p{M}\d]*`). */
function wordChars(text: string, i: number): number {
	while (i < text.length) {
		// Most words are ASCII: their characters are told apart by code alone.
		const c = text.charCodeAt(i);
		if (c < 128) {
			if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
				i++;
				continue;
			}
			break;
		}
		const cp = text.codePointAt(i)!;
		if (isLetter(cp) || isDigit(cp) || (cp > 127 && MARK.test(String.fromCodePoint(cp)))) i += width(cp);
		else break;
	}
	return i;
}

/**
 * Splits `text` (or `text[from, to)`) into tokens. Whitespace separates tokens and is not returned. A
 * word is a letter, then letters, marks and digits, with inner apostrophes or hyphens before a letter; a
 * number is digits with inner `.,:/-` before digits; any other character is a mark of its own. Read
 * character by character: regular expressions over Unicode classes cost more than the text is long.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const tokens: Token[] = [];
	const n = text.length;
	let i = from;
	while (i < n && i < to) {
		const cp = text.codePointAt(i)!;
		if (isSpace(cp)) {
			i += width(cp);
			continue;
		}
		const start = i;
		let kind: TokenKind;
		if (isLetter(cp)) {
			i = wordChars(text, i + width(cp));
			while (i + 1 < n) {
				const c = text.charCodeAt(i);
				if (c !== 39 && c !== 0x2019 && c !== 45) break;
				const next = text.codePointAt(i + 1)!;
				if (!isLetter(next)) break;
				i = wordChars(text, i + 1 + width(next));
			}
			kind = 'word';
		} else if (isDigit(cp)) {
			i++;
			while (i < n && isDigit(text.charCodeAt(i))) i++;
			while (i + 1 < n) {
				const c = text.charCodeAt(i);
				if ((c !== 46 && c !== 44 && c !== 58 && c !== 47 && c !== 45) || !isDigit(text.charCodeAt(i + 1))) break;
				i += 2;
				while (i < n && isDigit(text.charCodeAt(i))) i++;
			}
			kind = 'number';
		} else {
			i += width(cp);
			kind = 'punct';
		}
		tokens.push(new TextToken(text, start, Math.min(i, to), kind));
	}
	return tokens;
}
