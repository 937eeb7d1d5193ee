import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../model';
import type { ReadError, ReadResult } from './readResult';
import { readJsonlArticles } from './readJsonlArticles';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/articles/jsonl/${name}`, import.meta.url));
const encode = (s: string) => new TextEncoder().encode(s);
const split = (results: ReadResult[]) => ({
	articles: results.flatMap((r) => ('article' in r ? [r.article] : [])) as Article[],
	errors: results.flatMap((r) => ('error' in r ? [r.error] : [])) as ReadError[]
});

describe('readJsonlArticles', () => {
	const { articles, errors } = split([...readJsonlArticles({ file: 'in/mixed.jsonl', bytes: fixture('mixed.jsonl') }, { checkDates: false })]);

	it('reads the good lines and names each broken one', () => {
		expect(articles.map((a) => a.file)).toEqual(['in/mixed.jsonl:1', 'in/mixed.jsonl:6', 'in/mixed.jsonl:7', 'in/mixed.jsonl:8', 'in/mixed.jsonl:9']);
		expect(errors).toEqual([
			{ file: 'in/mixed.jsonl', line: 2, message: expect.stringMatching(/^line 2 is not valid JSON/) },
			{ file: 'in/mixed.jsonl', line: 4, message: 'line 4 is not a JSON object' },
			{ file: 'in/mixed.jsonl', line: 5, message: expect.stringMatching(/^line 5 has no "text"/) }
		]);
	});

	it('takes metadata from the record and the text unchanged', () => {
		const [mali] = articles;
		expect(mali).toMatchObject({
			id: 'sahel-2022-mali-1',
			title: 'French troops leave Mali',
			url: 'https://example.org/mali',
			source: 'Example Wire',
			published: { date: '2022-08-15', basis: 'metadata', estimate: false },
			text: 'GAO — The last French soldiers left Mali on Monday after nine years, the army said.'
		});
	});

	it('turns bad fields into warnings on the article', () => {
		const bad = articles[1];
		expect(bad.published).toBeNull();
		expect(bad.url).toBeUndefined();
		expect(bad.warnings.map((w) => w.message)).toEqual([
			expect.stringMatching(/^line 6: "published" "2022-02-30" is not a date/),
			expect.stringMatching(/^line 6: "url" "javascript:alert\(1\)" is not an http\(s\) address/),
			expect.stringMatching(/^line 6: "estimate" should be true or false/),
			expect.stringMatching(/^line 6: unknown field "mood"/)
		]);
	});

	it('gives ids from the record, or from the file and line, leaving uniqueness to the reader', () => {
		expect(articles.map((a) => a.id)).toEqual(['sahel-2022-mali-1', 'bad-fields', 'sahel-2022-mali-1', 'mixed-8', '42']);
	});

	it('hashes each line on its own', () => {
		const hashes = new Set(articles.map((a) => a.contentHash));
		expect(hashes.size).toBe(articles.length);
		const again = split([...readJsonlArticles({ file: 'other.jsonl', bytes: fixture('mixed.jsonl') }, { checkDates: false })]).articles;
		expect(again.map((a) => a.contentHash)).toEqual(articles.map((a) => a.contentHash));
	});

	it.each([
		['an empty file', '', /the file is empty/],
		['only blank lines', '\n \n\r\n', /no JSON lines/],
		['binary bytes', '\u0000\u0001\n{"text": "a"}', /binary/],
		['binary bytes before any record', 'PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\n{"text": "a"}', /the file is binary, not JSON lines: it holds a NUL byte at offset 7/]
	])('refuses %s', (_, content, message) => {
		const { articles, errors } = split([...readJsonlArticles({ file: 'x.jsonl', bytes: encode(content) })]);
		expect(articles).toEqual([]);
		expect(errors).toEqual([{ file: 'x.jsonl', message: expect.stringMatching(message) }]);
	});

	it('keeps the records around a damaged stretch of NUL bytes, with an error for each line it hits', () => {
		const content = ['{"id":"a","text":"Talks resumed in Doha."}', '\u0000'.repeat(300), '{"id":"b","te\u0000xt":"cut"}', '{"id":"c","text":"Talks ended."}'].join('\n');
		const { articles, errors } = split([...readJsonlArticles({ file: 'x.jsonl', bytes: encode(content) }, { checkDates: false })]);
		expect(articles.map((a) => a.id)).toEqual(['a', 'c']);
		expect(errors).toEqual([
			{ file: 'x.jsonl', line: 2, message: 'line 2 is binary, not a JSON record: it holds a NUL byte at offset 43' },
			{ file: 'x.jsonl', line: 3, message: 'line 3 is binary, not a JSON record: it holds a NUL byte at offset 357' }
		]);
	});

	it('reads a UTF-8 BOM, CR line ends and a Windows-1252 line', () => {
		const bytes = new Uint8Array([
			...[0xef, 0xbb, 0xbf],
			...encode('{"id":"a","text":"First record text here."}\r'),
			...encode('{"id":"b","text":"Second '),
			0x93,
			...encode('quoted'),
			0x94,
			...encode(' record."}')
		]);
		const { articles, errors } = split([...readJsonlArticles({ file: 'x.jsonl', bytes }, { checkDates: false })]);
		expect(errors).toEqual([]);
		expect(articles.map((a) => a.text)).toEqual(['First record text here.', 'Second “quoted” record.']);
		expect(articles[1].warnings[0].message).toMatch(/^line 2 is not valid UTF-8.*Windows-1252/);
	});

	it('reads a UTF-16 file with a BOM', () => {
		const text = '{"id":"a","text":"Kyiv talks end."}\n{"id":"b","text":"Talks resume."}\n';
		const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
		expect(split([...readJsonlArticles({ file: 'x.jsonl', bytes }, { checkDates: false })]).articles.map((a) => a.id)).toEqual(['a', 'b']);
	});

	it('reads 100,000 lines, with broken ones among them, one result per line', () => {
		const lines: string[] = [];
		for (let i = 0; i < 100_000; i++) {
			lines.push(i % 1000 === 999 ? `{"id": "broken-${i}", "text": ` : JSON.stringify({ id: `r${i}`, published: '2021-09-06', text: `Talks number ${i} resumed on Monday, officials said.` }));
		}
		let articles = 0;
		const errorLines: number[] = [];
		for (const r of readJsonlArticles({ file: 'big.jsonl', bytes: encode(lines.join('\n')) }, { checkDates: false })) {
			if ('article' in r) articles++;
			else errorLines.push(r.error.line!);
		}
		expect(articles).toBe(99_900);
		expect(errorLines).toHaveLength(100);
		expect(errorLines[0]).toBe(1000);
	});
});
