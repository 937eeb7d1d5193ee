/**
 * Word-level tokens over the original text. Offsets index the given string, so every token can be
 * mapped back to the article. Words keep inner apostrophes and hyphens ("don't", "mid-2000s"); numbers
 * keep inner separators ("2,000", "3.5", "2021-09-06" is one number token).
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
	start: number;
	end: number;
	text: string;
	/** Lower case, with typographic apostrophes made straight ("don’t" → "don't"). */
	readonly lower: string;
	kind: TokenKind;
}

/** A token whose lower-case form is made when first asked for: most tokens are never compared. */
class TextToken implements Token {
	private lowered: string | undefined;
	constructor(
		readonly start: number,
		readonly end: number,
		readonly text: string,
		readonly kind: TokenKind
	) {}
	get lower(): string {
		if (this.lowered === undefined) {
			const lower = this.text.toLowerCase();
			this.lowered = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
		}
		return this.lowered;
	}
}

const TOKEN = /(\p{L}[\p{L}\p{M}\d]*(?:['’\-]\p{L}[\p{L}\p{M}\d]*)*)|(\d+(?:[.,:\/\-]\d+)*)|([^\s\p{L}\d])/gu;

/** Splits `text` (or `text[from, to)`) into tokens. Whitespace separates tokens and is not returned. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const tokens: Token[] = [];
	const re = TOKEN;
	re.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null && m.index < to) {
		const end = Math.min(m.index + m[0].length, to);
		tokens.push(new TextToken(m.index, end, text.slice(m.index, end), m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct'));
	}
	return tokens;
}
