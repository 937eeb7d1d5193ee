import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('sentence splitting', () => {
	it.each([
		['Kabul fell. The president fled.', ['Kabul fell.', 'The president fled.']],
		['On Sept. 6 the Taliban said so. Mr. Mujahid spoke.', ['On Sept. 6 the Taliban said so.', 'Mr. Mujahid spoke.']],
		['The U.S. Embassy tweeted. Gen. Miller left.', ['The U.S. Embassy tweeted.', 'Gen. Miller left.']],
		['It rose 2.5 percent. Shares fell.', ['It rose 2.5 percent.', 'Shares fell.']],
		['"We will fight," he said. "Never."', ['"We will fight," he said.', '"Never."']],
		['Who won? Nobody! It ended.', ['Who won?', 'Nobody!', 'It ended.']],
		['He met J. Smith at 5 p.m. on Friday.', ['He met J. Smith at 5 p.m. on Friday.']],
		['Apple Inc. The company said.', ['Apple Inc.', 'The company said.']],
		['Headline without stop\nThe body starts here.', ['Headline without stop', 'The body starts here.']],
		['A sentence broken\nacross lines ends here.', ['A sentence broken\nacross lines ends here.']],
		['First paragraph\n\nsecond paragraph.', ['First paragraph', 'second paragraph.']],
		['  ', []]
	])('%j', (text, expected) => {
		expect(split(text)).toEqual(expected);
	});

	it('returns ranges into the original text and finds the sentence of a position', () => {
		const text = 'One. Two three. Four.';
		const ranges = splitSentences(text);
		expect(sentenceAt(ranges, text.indexOf('three'))).toEqual({ start: 5, end: 15 });
		expect(sentenceAt(ranges, 4)).toBeNull();
	});
});
