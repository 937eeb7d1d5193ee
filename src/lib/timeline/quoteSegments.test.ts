import { describe, expect, it } from 'vitest';
import { quoteSegments } from './quoteSegments';

describe('quoteSegments', () => {
	const text = 'On Friday the Taliban seized Herat.';
	const at = 100;

	it('marks the trigger and the time expression', () => {
		expect(
			quoteSegments(text, at, [
				{ start: at + 22, end: at + 28, kind: 'trigger' },
				{ start: at, end: at + 9, kind: 'timex' }
			])
		).toEqual([
			{ text: 'On Friday', kind: 'timex' },
			{ text: ' the Taliban ', kind: null },
			{ text: 'seized', kind: 'trigger' },
			{ text: ' Herat.', kind: null }
		]);
	});

	it('clips marks outside the sentence and drops overlaps, keeping all the text', () => {
		const runs = quoteSegments(text, at, [
			{ start: at - 5, end: at + 2, kind: 'timex' },
			{ start: at + 1, end: at + 4, kind: 'trigger' },
			{ start: at + 30, end: at + 99, kind: 'trigger' },
			{ start: at + 10, end: at + 5, kind: 'trigger' }
		]);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.filter((r) => r.kind).map((r) => r.text)).toEqual(['On', 'erat.']);
	});
});
