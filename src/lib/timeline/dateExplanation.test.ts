import { describe, expect, it } from 'vitest';
import type { EventSource } from '../api';
import type { TimeSpan } from '../model';
import { anchorLabel, dateSentence, explainDate } from './dateExplanation';

const day = (iso: string): Pick<TimeSpan, 'start' | 'end' | 'granularity' | 'value'> => {
	const start = Date.parse(`${iso}T00:00Z`);
	return { start, end: start + 86_400_000, granularity: 'day', value: iso };
};

function source(time: TimeSpan, timexText: string): EventSource {
	return {
		articleId: 'a',
		articleTitle: 'A',
		published: null,
		sentence: { start: 0, end: 10, text: 'x' },
		clause: { start: 0, end: 10 },
		trigger: { start: 0, end: 1, text: 'x' },
		timex: { start: 0, end: timexText.length, text: timexText, value: time.value },
		time
	};
}

describe('explainDate', () => {
	it('says what the text said, what it became and against which anchor', () => {
		const time: TimeSpan = { ...day('2021-08-13'), basis: 'relative', approximate: false, known: ['weekday'], anchor: { kind: 'publication', value: '2021-08-14', estimate: true } };
		const e = explainDate(time, [source(time, 'on Friday')]);
		expect(dateSentence(e)).toBe('“on Friday” → Fri 13 Aug 2021, relative to the publication date, 14 Aug 2021, an estimate');
		expect(e.granularity).toBe('day');
		expect(e.implied).toBeNull();
	});

	it.each<[string, TimeSpan, string, string | null]>([
		['stated', { ...day('2021-09-06'), basis: 'stated', approximate: false, known: ['year', 'month', 'day'] }, 'Mon 6 Sep 2021, stated in the article', null],
		[
			'year taken from the anchor',
			{ ...day('2021-09-06'), basis: 'relative', approximate: false, known: ['month', 'day'], anchor: { kind: 'publication', value: '2021-09-07' } },
			'Mon 6 Sep 2021, relative to the publication date, 7 Sep 2021',
			'the text states the month and day; the year is implied'
		],
		[
			'an earlier mention',
			{ ...day('2021-08-16'), basis: 'relative', approximate: false, known: [], anchor: { kind: 'mention', value: '2021-08-13', text: 'August 13' } },
			'Mon 16 Aug 2021, relative to “August 13” earlier in the article (13 Aug 2021)',
			null
		],
		[
			'reported',
			{ ...day('2021-08-14'), basis: 'reported', approximate: false, known: [], mod: 'ON_OR_BEFORE', anchor: { kind: 'publication', value: '2021-08-14', estimate: true } },
			'on or before Sat 14 Aug 2021, no date in the text: it happened on or before the publication date, 14 Aug 2021, an estimate',
			null
		],
		[
			'publication',
			{ ...day('2021-09-06'), basis: 'publication', approximate: false, known: [], anchor: { kind: 'publication', value: '2021-09-06' } },
			"Mon 6 Sep 2021, the article's publication date, 6 Sep 2021",
			null
		],
		[
			'a coarse, hedged span',
			{ start: Date.UTC(1980, 0, 1), end: Date.UTC(1990, 0, 1), granularity: 'decade', value: '198', basis: 'stated', approximate: true, known: ['decade'] },
			'about 1980s, stated in the article',
			null
		]
	])('%s', (_, time, sentence, implied) => {
		const e = explainDate(time);
		expect(dateSentence(e)).toBe(sentence);
		expect(e.implied).toBe(implied);
	});

	it('says so when an event is undated', () => {
		expect(explainDate(null)).toMatchObject({ label: 'Undated', granularity: null });
	});
});

describe('anchorLabel', () => {
	it.each([
		['2021-08-14', '14 Aug 2021'],
		['2021-08-14T10:30', '14 Aug 2021, 10:30'],
		['2021-08', 'Aug 2021'],
		['2021', '2021'],
		['2022-02-29', '2022-02-29'],
		['PRESENT_REF', 'PRESENT_REF']
	])('%s → %s', (value, label) => {
		expect(anchorLabel(value)).toBe(label);
	});
});
