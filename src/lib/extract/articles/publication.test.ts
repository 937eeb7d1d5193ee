import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../model';
import { articleFromText } from './articleFromText';
import type { ArticleMetadata } from './articleMetadata';

const page = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/articles/pages/${name}`, import.meta.url), 'utf8');
const seed = (name: string) => readFileSync(new URL(`../../../../seeds/${name}`, import.meta.url), 'utf8');

function read(text: string, metadata: ArticleMetadata = {}): Article {
	return articleFromText({ file: 'x.txt', id: 'x', text, contentHash: 'h', metadata, warnings: [], fallbackTitle: 'x' }, { checkDates: false });
}

const body = 'Rebels seized the town after two days of fighting, officials said, and thousands of people fled.';

describe('publication date from a dateline', () => {
	it.each([
		['a "Published" line', `Headline of the story\n\nPublished 6 September 2021\n\n${body}`, '2021-09-06', false],
		['a date alone on the first line', `November 27, 2022\n\nHeadline of the story\n\n${body}`, '2022-11-27', false],
		['a labelled line with a byline', `Headline of the story\n\nBy Jane Doe | Published: 14 August 2021 | 3 min read\n\n${body}`, '2021-08-14', false],
		['a "Posted on … by" line', `Headline of the story\n\nPosted on March 3, 2019 by admin\n\n${body}`, '2019-03-03', false],
		['a date and time', `Headline of the story\n\nMonday, 6 September 2021 10:32\n\n${body}`, '2021-09-06', false],
		['a wire dateline with its year', `Headline of the story\n\nBEIRUT, Lebanon, March 3, 2019 (AP) — ${body}`, '2019-03-03', false],
		['an update line only, as an estimate', `Headline of the story\n\nUpdated: 2021-09-06 10:30 GMT\n\n${body}`, '2021-09-06', true],
		['a dateline at the foot of the page', `Headline of the story\n\n${body}\n\n${body}\n\nPublished on 2 May 2017`, '2017-05-02', false]
	])('%s', (_, text, date, estimate) => {
		const { published } = read(text);
		expect(published).toMatchObject({ basis: 'dateline', estimate });
		expect(published!.date.slice(0, 10)).toBe(date);
		expect(published!.span.value.slice(0, 10)).toBe(date);
	});

	it('prefers the publication line over the update line', () => {
		const { published } = read(`Headline of the story\n\nUpdated 8 September 2021\nPublished 6 September 2021\n\n${body}`);
		expect(published?.date).toBe('2021-09-06');
	});

	it('keeps the time of day a dateline states', () => {
		const { published } = read(`Headline of the story\n\nPublished: Sept 6, 2021 at 10:30\n\n${body}`);
		expect(published).toMatchObject({ date: '2021-09-06T10:30:00', span: { granularity: 'minute', value: '2021-09-06T10:30' } });
	});

	it('does not take a date in a headline for a dateline', () => {
		expect(read(`Kabul fell on 15 August 2021\n\n${body}`).published).toBeNull();
	});

	it('refuses an impossible dateline with a warning', () => {
		const article = read(`Headline of the story\n\nPublished 30 February 2021\n\n${body}`);
		expect(article.published).toBeNull();
		expect(article.warnings[0].message).toMatch(/"30 February 2021" is not a real date/);
		expect(article.text.slice(article.warnings[0].range!.start, article.warnings[0].range!.end)).toBe('30 February 2021');
	});
});

describe('a dateline without a year', () => {
	it('takes the year of a full date stated shortly before it, as an estimate with a warning', () => {
		const article = read(page('wire-yearless.txt'));
		expect(article.published).toMatchObject({ date: '2020-11-04', basis: 'dateline', estimate: true });
		expect(article.warnings[0].message).toMatch(/"Nov\. 4" gives no year; 2020 was taken from/);
	});

	it('crosses a year end: a date in late December dates a January dateline to the next year', () => {
		const article = read(`Headline of the story\n\nKYIV, Jan. 3 (Wire) - ${body} The talks had broken down on Dec. 28, 2014.`);
		expect(article.published?.date).toBe('2015-01-03');
	});

	it('takes the year of an update line', () => {
		const article = read(`Headline of the story\n\nUpdated 2 January 2016\n\nDAMASCUS, Dec. 30 (Wire) - ${body}`);
		expect(article.published).toMatchObject({ date: '2015-12-30', estimate: true });
	});

	it('takes the year of metadata that names only the year', () => {
		expect(read(`Headline of the story\n\nALEPPO, Dec. 13 (Wire) - ${body}`, { publishedText: '2016' }).published?.date).toBe('2016-12-13');
	});

	it.each([
		['no other date', page('wire-partial.txt')],
		['only old dates', `Headline of the story\n\nKABUL, Aug. 14 (Wire) - ${body} The agreement was signed on February 29, 2020.`],
		['dates that disagree', `Headline of the story\n\nKABUL, Jan. 10 (Wire) - ${body} Talks began on Dec. 30, 2019, and resumed on January 2, 2021.`],
		['a leap day the evidence year lacks', `Headline of the story\n\nKABUL, Feb. 29 (Wire) - ${body} Talks began on Feb. 20, 2021.`]
	])('stays unknown, with a warning, given %s', (_, text) => {
		const article = read(text);
		expect(article.published).toBeNull();
		expect(article.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/gives no year and nothing else in the file does/));
	});
});

describe('publication date from metadata', () => {
	it('wins over the dateline, with a warning when they disagree', () => {
		const article = read(`Headline of the story\n\nPublished 6 September 2021\n\n${body}`, { published: { year: 2021, month: 9, day: 7 }, estimate: true });
		expect(article.published).toMatchObject({ date: '2021-09-07', basis: 'metadata', estimate: true });
		expect(article.warnings[0].message).toMatch(/metadata gives the publication date 2021-09-07, but the text's dateline says "6 September 2021"/);
	});

	it('agrees silently', () => {
		const article = read(`Headline of the story\n\nPublished 6 September 2021\n\n${body}`, { published: { year: 2021, month: 9, day: 6 } });
		expect(article.warnings).toEqual([]);
	});

	it('reads a date in words with a warning', () => {
		const article = read(body, { publishedText: '6 Sept 2021' });
		expect(article.published).toMatchObject({ date: '2021-09-06', basis: 'metadata', estimate: false });
		expect(article.warnings[0].message).toMatch(/not ISO 8601; it was read as 2021-09-06/);
	});

	it('refuses words that are not a date', () => {
		const article = read(body, { publishedText: 'last spring' });
		expect(article.published).toBeNull();
		expect(article.warnings[0].message).toMatch(/"last spring" is not a date/);
	});
});

describe('the seeds', () => {
	it.each([
		['001_4184e4db5a1650fa.txt', '2022-11-27'],
		['003_f13ce513ec09778f.txt', '2021-09-06']
	])('%s carries its own dateline', (name, date) => {
		expect(read(seed(name)).published).toMatchObject({ date, basis: 'dateline', estimate: false });
	});

	it.each([['000_25ee0b6bfa3e76e1.txt'], ['002_4054172739a3b017.txt'], ['004_dbc812d47cc6aa93.txt']])('%s states no date of its own', (name) => {
		expect(read(seed(name)).published).toBeNull();
	});
});
