import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

describe('tokens', () => {
	it('keeps words, numbers and marks with their offsets', () => {
		const text = "Dara-i-Suf's 2,000 troops don't, 2021-09-06.";
		const tokens = tokenize(text);
		expect(tokens.map((t) => [t.text, t.kind])).toEqual([
			["Dara-i-Suf's", 'word'],
			['2,000', 'number'],
			['troops', 'word'],
			["don't", 'word'],
			[',', 'punct'],
			['2021-09-06', 'number'],
			['.', 'punct']
		]);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
	});
	it('reads a window of the text', () => {
		expect(tokenize('one two three', 4, 7).map((t) => t.text)).toEqual(['two']);
	});
});
