import { describe, expect, it } from 'vitest';
import { splitLines } from './lines';

describe('splitLines', () => {
	it.each([
		['LF', 'a\nbb\n\nc', ['a', 'bb', '', 'c']],
		['CRLF', 'a\r\nbb\r\n\r\nc', ['a', 'bb', '', 'c']],
		['CR alone', 'a\rbb\r\rc', ['a', 'bb', '', 'c']],
		['mixed', 'a\r\nb\rc\nd', ['a', 'b', 'c', 'd']],
		['final break adds no line', 'a\n', ['a']],
		['empty text is one empty line', '', ['']]
	])('%s', (_, text, expected) => {
		const lines = splitLines(text);
		expect(lines.map((l) => text.slice(l.start, l.end))).toEqual(expected);
		expect(lines.map((l) => l.index)).toEqual(expected.map((_, i) => i));
	});
});
