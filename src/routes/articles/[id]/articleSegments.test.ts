import { describe, expect, it } from 'vitest';
import type { ArticleView } from '$lib/api';
import { articleSegments } from './articleSegments';

const text = 'Home / News\nOn Friday the Taliban seized Herat. Residents fled on Saturday.';
//            0           12        22          34     41     48

function view(overrides: Partial<ArticleView> = {}): Pick<ArticleView, 'text' | 'boilerplate' | 'mentions' | 'times' | 'entities'> {
	return {
		text,
		boilerplate: [{ start: 0, end: 11 }],
		mentions: [
			{
				eventId: 'e1',
				eventTitle: 'Taliban seized Herat',
				start: 12,
				end: 46,
				sentence: { start: 12, end: 47 },
				trigger: { start: 34, end: 40, text: 'seized' },
				type: 'territorial-control',
				time: null
			}
		],
		times: [
			{ start: 12, end: 21, text: 'On Friday', type: 'DATE', value: '2021-08-13' },
			{ start: 63, end: 74, text: 'on Saturday', type: 'DATE', value: '2021-08-14' }
		],
		entities: [{ start: 26, end: 33, kind: 'actor', id: 'org:taliban', name: 'Taliban' }],
		...overrides
	};
}

describe('articleSegments', () => {
	it('keeps every character, in order', () => {
		const groups = articleSegments(view());
		expect(groups.flatMap((g) => g.runs.map((r) => r.text)).join('')).toBe(text);
	});

	it('groups a mention into one link with its trigger, time and entity marked', () => {
		const groups = articleSegments(view());
		const mention = groups.find((g) => g.mention === 0)!;
		expect(mention.runs.map((r) => r.text).join('')).toBe('On Friday the Taliban seized Herat');
		expect(mention.runs.find((r) => r.trigger)?.text).toBe('seized');
		expect(mention.runs.find((r) => r.time === 0)?.text).toBe('On Friday');
		expect(mention.runs.find((r) => r.entity === 'actor')?.text).toBe('Taliban');
		expect(mention.runs[0].anchors).toEqual([12]);
	});

	it('dims boilerplate and marks time expressions outside mentions', () => {
		const groups = articleSegments(view());
		expect(groups[0].runs[0]).toMatchObject({ text: 'Home / News', boilerplate: true });
		expect(groups.flatMap((g) => g.runs).find((r) => r.time === 1)?.text).toBe('on Saturday');
	});

	it('marks the sentence being linked to', () => {
		const runs = articleSegments(view(), { start: 12, end: 47 }).flatMap((g) => g.runs);
		expect(runs.filter((r) => r.target).map((r) => r.text).join('')).toBe('On Friday the Taliban seized Herat.');
	});

	it('clips ranges outside the text and survives overlapping mentions', () => {
		const m = view().mentions[0];
		const groups = articleSegments(
			view({
				mentions: [m, { ...m, eventId: 'e2', start: 20, end: 999, trigger: { start: 50, end: 54, text: 'fled' }, sentence: { start: 12, end: 999 } }],
				times: [{ start: -5, end: 3, text: 'x', type: 'DATE', value: '' }]
			})
		);
		expect(groups.flatMap((g) => g.runs.map((r) => r.text)).join('')).toBe(text);
		expect(groups.map((g) => g.mention)).toEqual([null, 0, 1]);
	});
});

describe('articleSegments at scale', () => {
	it('handles ten thousand time expressions in a long text', () => {
		const text = 'Friday '.repeat(10_000);
		const times = Array.from({ length: 10_000 }, (_, i) => ({ start: i * 7, end: i * 7 + 6, text: 'Friday', type: 'DATE' as const, value: 'XXXX-WXX-5' }));
		const groups = articleSegments({ text, boilerplate: [], mentions: [], times, entities: [] });
		const runs = groups.flatMap((g) => g.runs);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.filter((r) => r.time !== null)).toHaveLength(10_000);
	});
});
