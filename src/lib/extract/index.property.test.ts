/**
 * Hostile text through the time tagger and through the whole extraction of an article: nothing throws,
 * every offset stays inside the text, every span is a well-formed interval of real instants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRANULARITIES, type TextRange, type TimeMention, type TimeSpan } from '../model';
import { articlesFromFile } from './articles/articlesFromFile';
import { createGazetteer } from './entities/index';
import { extractArticle } from './index';
import { tagTimes } from './time/index';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const gazetteer = createGazetteer();

/** The largest instant a JavaScript Date holds: a span beyond it names no real time. */
const MAX_INSTANT = 8.64e15;

/** What attackers and broken scrapers put in text, near the shapes the tagger reads. */
const HOSTILE = [
	'30 February 2021', '31 April 2022', '29 Feb 2100', '0000-01-01', '99999-12-31', '2021-13-45', '2021-02-30', '31/04/2021',
	'year 0', 'the year 99999', '25:61', '10:99 p.m.', '2021-W53', '2021-W54', 'Q5 2021', 'the 0s', "the '00s", '1e308', '-2021',
	'9'.repeat(40), '١٢ ٢٠٢١', '２０２１年', 'Monday Monday Monday', 'on Sunday, on Sunday,', 'last last last week',
	'"', '“', '«', '(', '[', '{', ')', ']', '}', "'", '\u202e', '\u200b', '\u2028', '\u00a0', '\u0000', '\ufffd', '\ud800', '\udc00',
	'e\u0301', '🇦🇫', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '=HYPERLINK("x")',
	'\r', '\n', '\r\n', '\n\n', '\t', '. ', '? ', '! ', '...', '—', ' - ',
	'on Monday', 'last week', 'in March', 'three days later', 'in the 1990s', 'on 6 September 2021', 'Sept. 6', 'since 2001',
	'the Taliban seized Kabul', 'officials said', 'Mr.', 'U.S.', 'KABUL, Aug. 14 (Reuters) - '
];

const piece = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
	{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('1', '9', '0', 'Monday ', '"(', 'May '), fc.integer({ min: 1, max: 300 })).map(([u, n]) => u.repeat(n)) }
);
const hostileText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));

/** Anchors of any millennium that leaves room on the calendar for the offsets of ordinary text. */
const anchor = fc.option(
	fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(8999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
	{ nil: undefined }
);

function checkRange(r: TextRange, length: number, what: string): void {
	expect(Number.isInteger(r.start) && Number.isInteger(r.end), what).toBe(true);
	expect(r.start, what).toBeGreaterThanOrEqual(0);
	expect(r.end, what).toBeGreaterThanOrEqual(r.start);
	expect(r.end, what).toBeLessThanOrEqual(length);
}

function checkSpan(span: TimeSpan, what: string): void {
	expect(Number.isFinite(span.start) && Number.isFinite(span.end), what).toBe(true);
	expect(span.start, what).toBeLessThan(span.end);
	expect(Math.abs(span.start), what).toBeLessThanOrEqual(MAX_INSTANT);
	expect(Math.abs(span.end), what).toBeLessThanOrEqual(MAX_INSTANT);
	expect(GRANULARITIES, what).toContain(span.granularity);
	expect(span.value.length, what).toBeGreaterThan(0);
}

/**
 * A span the tagger states as a calendar value lies where its value says: a value that begins with a year
 * (2021, 2021-09, 2021-09-06, 2021-Q3; ISO weeks aside, whose year is the week-numbering one) starts in
 * that year, and TIMEX3 years have four digits.
 */
function checkValueAgrees(span: TimeSpan, what: string): void {
	expect(span.value, what).not.toMatch(/^\d{5}/);
	const year = /^(\d{4})(?:$|-(?!W))/.exec(span.value)?.[1];
	if (year) expect(new Date(span.start).getUTCFullYear(), what).toBe(Number(year));
}

function checkTimes(times: TimeMention[], text: string): void {
	let previousEnd = 0;
	for (const t of times) {
		checkRange(t, text.length, `time "${t.text}"`);
		expect(t.start).toBeGreaterThanOrEqual(previousEnd);
		expect(t.end).toBeGreaterThan(t.start);
		expect(text.slice(t.start, t.end)).toBe(t.text);
		previousEnd = t.end;
		if (t.span) {
			checkSpan(t.span, `span of "${t.text}"`);
			checkValueAgrees(t.span, `span of "${t.text}"`);
		}
		for (const d of t.diagnostics ?? []) checkRange(d, text.length, `diagnostic of "${t.text}"`);
	}
}

describe('hostile text', () => {
	it('through the tagger: nothing throws, offsets stay inside the text, spans are well formed', () => {
		fc.assert(
			fc.property(hostileText, anchor, fc.constantFrom<'news' | 'narrative'>('news', 'narrative'), (text, a, mode) => {
				checkTimes(tagTimes(text, { anchor: a, mode }), text);
			}),
			{ numRuns: RUNS }
		);
	});

	it('through the whole extraction of an article: nothing throws, offsets stay inside the text, spans are well formed', () => {
		fc.assert(
			fc.property(hostileText, fc.option(fc.constantFrom('2021-09-06', '2022-02-28', '1999-12-31', '1000-01-01', '8999-12-31'), { nil: undefined }), (body, published) => {
				const sidecar = published ? { file: 'a.meta.json', bytes: new TextEncoder().encode(JSON.stringify({ published })) } : undefined;
				for (const result of articlesFromFile({ file: 'a.txt', bytes: new TextEncoder().encode(`Headline\n\n${body}`), sidecar }, { checkDates: false })) {
					if (!('article' in result)) continue;
					const { article } = result;
					const x = extractArticle(article, gazetteer);
					const length = article.text.length;
					checkTimes(x.times, article.text);
					for (const e of x.entities) {
						checkRange(e, length, `entity ${e.id}`);
						expect(article.text.slice(e.start, e.end)).toBe(e.text);
					}
					for (const w of x.warnings) if (w.range) checkRange(w.range, length, `warning ${w.message}`);
					for (const m of x.mentions) {
						checkRange(m, length, `mention ${m.key}`);
						checkRange(m.sentence, length, `sentence of ${m.key}`);
						checkRange(m.trigger, length, `trigger of ${m.key}`);
						expect(m.start).toBeGreaterThanOrEqual(m.sentence.start);
						expect(m.end).toBeLessThanOrEqual(m.sentence.end);
						if (m.timex) checkRange(m.timex, length, `timex of ${m.key}`);
						if (m.time) checkSpan(m.time, `time of ${m.key}`);
						expect(m.articleId).toBe(article.id);
						expect(m.title.length).toBeGreaterThan(0);
					}
				}
			}),
			{ numRuns: RUNS }
		);
	});

	// Found by `npm run fuzz` (seed 570382517, "on 1996 2,000 decade on"): an offset that leaves the years
	// 1 to 9999 names no date TIMEX3 can write; the tagger keeps the mention, without a span, and says why.
	it.each([
		['In 1996, and 10,000 years later, the town fell.', '2021-09-06'],
		['Talks ended 3,000 years ago.', '2021-09-06'],
		['The ruins will stand 8,000 years from now.', '2021-09-06'],
		['on 1996 2,000 decade on', undefined],
		['The talks resume three days later.', '9999-12-31']
	])('an offset of thousands of years stays on the calendar TIMEX3 can write: %s', (text, anchor) => {
		checkTimes(tagTimes(text, { anchor, mode: 'news' }), text);
	});
});
