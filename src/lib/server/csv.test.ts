import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['line\nbreak', '"line\nbreak"'],
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+1 555', "'+1 555"],
		['-2', "'-2"],
		['@SUM(A1)', "'@SUM(A1)"],
		[' padded ', '" padded "']
	])('%j → %j', (input, expected) => {
		expect(csvCell(input)).toBe(expected);
	});

	it('leaves numbers as numbers, negative ones included', () => {
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell(null)).toBe('');
	});

	it('joins a row', () => {
		expect(csvRow(['a', 1, undefined, 'b,c'])).toBe('a,1,,"b,c"');
	});
});
