import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, sentenceAt, sentenceEndsBetween, splitSentences } from './sentences';

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
		// After "a.m." or "p.m.", a word that only opens a sentence starts one; a zone or a day goes on.
		['The quake hit at 4.35 a.m. I was asleep.', ['The quake hit at 4.35 a.m.', 'I was asleep.']],
		['It hit at 4.35 a.m. The roof fell. It ended at 9 a.m. EDT Friday.', ['It hit at 4.35 a.m.', 'The roof fell.', 'It ended at 9 a.m. EDT Friday.']],
		// So does a capitalized word with a lower-case one after it, unless it names a day, a month, a zone or
		// the place whose time it is.
		['Power came back after 11 p.m. Most of Queens was dark.', ['Power came back after 11 p.m.', 'Most of Queens was dark.']],
		['Talks ended at 2 a.m. Negotiators slept.', ['Talks ended at 2 a.m.', 'Negotiators slept.']],
		['Polls close at 8 p.m. Sunday night.', ['Polls close at 8 p.m. Sunday night.']],
		['The shuttle lifts off at 8 a.m. Pacific on Tuesday.', ['The shuttle lifts off at 8 a.m. Pacific on Tuesday.']],
		['It starts at 3 p.m. Moscow time and at 10 a.m. Atlantic daylight time.', ['It starts at 3 p.m. Moscow time and at 10 a.m. Atlantic daylight time.']],
		['Apple Inc. The company said.', ['Apple Inc.', 'The company said.']],
		// A digit after a word's period starts a sentence ("… by Friday. 4:10 a.m. ET — Gore tells …"); after a
		// number, an abbreviation or an acronym it goes on.
		['It ends by Friday. 4:10 a.m. ET — Gore speaks.', ['It ends by Friday.', '4:10 a.m. ET — Gore speaks.']],
		['See No. 5 and clause 3. 2 of the text. It left at 4 p.m. 20 stayed.', ['See No. 5 and clause 3. 2 of the text.', 'It left at 4 p.m. 20 stayed.']],
		// An ordinal's ending is no "Rd." or "St.": "Main St. Station" stays one sentence.
		['Today would have been her 23rd. Appointed in 1978, she rose.', ['Today would have been her 23rd.', 'Appointed in 1978, she rose.']],
		['It was his 21st. He left.', ['It was his 21st.', 'He left.']],
		['They met on Main St. Station staff saw them.', ['They met on Main St. Station staff saw them.']],
		['Headline without stop\nThe body starts here.', ['Headline without stop', 'The body starts here.']],
		['A sentence broken\nacross lines ends here.', ['A sentence broken\nacross lines ends here.']],
		['First paragraph\n\nsecond paragraph.', ['First paragraph', 'second paragraph.']],
		['  ', []]
	])('%j', (text, expected) => {
		expect(split(text)).toEqual(expected);
	});

	it('tells whether a sentence ends at a line break between two words', () => {
		const text = 'announced at 8.30pm\n4 Jun – cases rise in May\nand June';
		expect(sentenceEndsBetween(text, text.indexOf('8.30pm') + 6, text.indexOf('4 Jun'))).toBe(true);
		expect(sentenceEndsBetween(text, text.indexOf('May') + 3, text.indexOf('and June'))).toBe(false);
		expect(sentenceEndsBetween(text, 0, text.indexOf('8.30pm'))).toBe(false);
	});

	it('cuts a stretch without a sentence end into bounded pieces, at a comma or a space', () => {
		const words = Array.from({ length: 2000 }, (_, i) => (i % 30 === 29 ? 'word,' : 'word')).join(' ');
		const pieces = splitSentences(words);
		expect(pieces.length).toBeGreaterThan(3);
		for (const [i, p] of pieces.entries()) {
			expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
			expect(p.continues).toBe(i > 0 ? true : undefined);
			expect(words.slice(p.start, p.end)).toMatch(/^word[\s\S]*(word|,)$/);
		}
		expect(words.slice(pieces[0].start, pieces[0].end)).toMatch(/,$/);
		expect(pieces.at(-1)!.end).toBe(words.length);
	});

	it('cuts a stretch without any space at the limit', () => {
		const digits = '7'.repeat(MAX_SENTENCE_CHARS * 2 + 5);
		expect(splitSentences(digits).map((p) => p.end - p.start)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]);
	});

	it('returns ranges into the original text and finds the sentence of a position', () => {
		const text = 'One. Two three. Four.';
		const ranges = splitSentences(text);
		expect(sentenceAt(ranges, text.indexOf('three'))).toEqual({ start: 5, end: 15 });
		expect(sentenceAt(ranges, 4)).toBeNull();
	});
});
