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
	kind: TokenKind;
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
		tokens.push({
			start: m.index,
			end,
			text: text.slice(m.index, end),
			kind: m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct'
		});
	}
	return tokens;
}
