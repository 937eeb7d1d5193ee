import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../model';
import { articlesFromFile } from './articlesFromFile';
import type { ReadResult } from './readResult';

const fixture = (path: string) => readFileSync(new URL(`../../../../tests/fixtures/articles/${path}`, import.meta.url));
const encode = (s: string) => new TextEncoder().encode(s);

function one(file: string, bytes: Uint8Array, sidecar?: { file: string; bytes: Uint8Array }): ReadResult {
	const results = [...articlesFromFile({ file, bytes, sidecar }, { checkDates: false })];
	expect(results).toHaveLength(1);
	return results[0];
}
const article = (r: ReadResult): Article => {
	if (!('article' in r)) throw new Error(`expected an article, got ${JSON.stringify(r)}`);
	return r.article;
};

describe('articlesFromFile: encodings and line ends', () => {
	it.each([
		['encoding/windows-1252.txt', 'Rebels take Goma', '“We control the city,”', true],
		['encoding/latin1.txt', 'São Tomé talks resume', 'Zürich and España', true],
		['encoding/utf8-bom.txt', 'Kyiv talks end without agreement', 'KYIV —', false],
		['encoding/utf16le-bom.txt', 'Kyiv talks end without agreement', 'KYIV —', false],
		['encoding/crlf.txt', 'Kyiv talks end without agreement', 'agreement\r\n\r\nKYIV', false],
		['encoding/cr.txt', 'Kyiv talks end without agreement', 'agreement\r\rKYIV', false],
		['encoding/invalid-utf8-midway.txt', 'Aid convoy reaches Mekelle', 'Café owners', true]
	])('%s', (path, title, excerpt, warned) => {
		const a = article(one(path, fixture(path)));
		expect(a.title).toBe(title);
		expect(a.text).toContain(excerpt);
		expect(a.warnings.some((w) => /not valid UTF-8/.test(w.message))).toBe(warned);
	});

	it.each([
		['encoding/empty.txt', /the file is empty/],
		['encoding/whitespace.txt', /only white space/],
		['encoding/binary.txt', /binary, not text/]
	])('refuses %s with a clear error', (path, message) => {
		expect(one(path, fixture(path))).toEqual({ error: { file: path, message: expect.stringMatching(message) } });
	});

	it('gives the same boilerplate lines and title whatever the line ends', () => {
		const lf = 'Menu\nSearch\n\nRebels take the town\n\nThe rebels took the town on Sunday after two days of fighting, officials said.\n\n3 comments\n';
		const shapes = [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')].map((text) => {
			const a = article(one('x.txt', encode(text)));
			return { title: a.title, boilerplate: a.boilerplate.map((r) => a.text.slice(r.start, r.end)) };
		});
		expect(shapes[1]).toEqual(shapes[0]);
		expect(shapes[2]).toEqual(shapes[0]);
		expect(shapes[0].boilerplate).toEqual(['Menu', 'Search', '3 comments']);
	});
});

describe('articlesFromFile: formats', () => {
	it('reads Markdown front matter, keeping the body as the text', () => {
		const a = article(one('markdown/sudan.md', fixture('markdown/sudan.md')));
		expect(a).toMatchObject({
			id: 'sudan',
			title: "Sudan's military removes Bashir after months of protests",
			url: 'https://example.org/africa/sudan-bashir',
			source: 'Example Weekly',
			published: { date: '2019-04-11T14:30:00+03:00', basis: 'metadata', estimate: false, span: { value: '2019-04-11T14:30' } }
		});
		expect(a.text.startsWith("# Sudan's military")).toBe(true);
		expect(a.boilerplate.map((r) => a.text.slice(r.start, r.end))).toEqual([
			'![Protesters celebrate outside the army headquarters in Khartoum](khartoum.jpg)',
			'*Photo: Example Weekly / A. Photographer*',
			"Read more: How bread prices set off Sudan's uprising"
		]);
	});

	it.each([
		['markdown/broken-yaml.md', /not valid YAML at line \d+/, 'Protesters stay in the streets of Khartoum', /^# Protesters/],
		['markdown/unclosed.md', /never closed/, 'Forces break up the Khartoum sit-in', /^---\ntitle/]
	])('reads %s despite its front matter, with a warning', (path, warning, title, start) => {
		const a = article(one(path, fixture(path)));
		expect(a.warnings[0].message).toMatch(warning);
		expect(a.title).toBe(title);
		expect(a.text).toMatch(start);
	});

	it.each([
		['markdown/hostile.md', [/"published" "2022-02-30" is not a date/, /"url" "javascript:alert\(1\)" is not an http\(s\) address/, /unknown fields "author", "year"/]],
		['markdown/year-zero.md', [/year 0, which does not exist/]]
	])('turns the bad metadata of %s into warnings', (path, warnings) => {
		const a = article(one(path, fixture(path)));
		expect(a.warnings.map((w) => w.message)).toEqual(warnings.map((w) => expect.stringMatching(w)));
		expect(a.published).toBeNull();
		expect(a.url).toBeUndefined();
	});

	it('keeps a hostile title as the text it is', () => {
		expect(article(one('markdown/hostile.md', fixture('markdown/hostile.md'))).title).toBe('<img src=x onerror=alert(1)>');
	});

	it.each([
		['html/news-page.html', 'M23 rebels enter Goma as UN peacekeepers stand by', '2012-11-20T16:05:00+01:00', 'https://example.org/africa/goma'],
		['html/jsonld-page.html', 'Burundi army general claims coup', '2015-05-13', undefined],
		['html/windows-1252-page.html', 'Café owners return to Aleppo', undefined, undefined],
		['html/fragment.html', 'Talks between the government and the rebels resumed in the capital on Monday, a mediator said', undefined, undefined]
	])('reads the page %s', (path, title, date, url) => {
		const a = article(one(path, fixture(path)));
		expect(a.title).toBe(title);
		expect(a.published?.date).toBe(date);
		expect(a.url).toBe(url);
		expect(a.text).not.toMatch(/<(?:p|div|article)\b/);
	});

	it('reads a hostile page, refusing its javascript: url and impossible date', () => {
		const a = article(one('html/hostile-page.html', fixture('html/hostile-page.html')));
		expect(a.url).toBeUndefined();
		expect(a.published).toBeNull();
		expect(a.warnings.map((w) => w.message)).toEqual([
			expect.stringMatching(/"published" "2021-02-29" is not a date/),
			expect.stringMatching(/"url" "javascript:alert\(document\.cookie\)" is not an http\(s\) address/)
		]);
		expect(a.text).not.toContain('attacker.example');
	});

	it('refuses a page with no visible text', () => {
		expect(one('x.html', encode('<html><body><script>alert(1)</script></body></html>'))).toEqual({
			error: { file: 'x.html', message: 'the file holds no visible text' }
		});
	});

	it('refuses a type it does not read', () => {
		expect(one('notes.pdf', encode('%PDF-1.4'))).toEqual({ error: { file: 'notes.pdf', message: expect.stringMatching(/files ending in \.pdf are not read/) } });
	});
});

describe('articlesFromFile: sidecars', () => {
	const sidecar = (name: string) => ({ file: `sidecars/${name}.meta.json`, bytes: fixture(`sidecars/${name}.meta.json`) });

	it('takes title, date, url, source and the estimate flag from the sidecar', () => {
		const a = article(one('sidecars/with-sidecar.txt', fixture('sidecars/with-sidecar.txt'), sidecar('with-sidecar')));
		expect(a).toMatchObject({
			id: 'with-sidecar',
			title: 'Kurdish-led forces take Raqqa stadium',
			url: 'https://example.org/raqqa',
			source: 'Example Wire',
			published: { date: '2017-10-17', basis: 'metadata', estimate: true }
		});
	});

	it('hashes the sidecar with the file, so a corrected date re-ingests the article', () => {
		const bytes = fixture('sidecars/with-sidecar.txt');
		const plain = article(one('a.txt', bytes)).contentHash;
		const withSidecar = article(one('a.txt', bytes, sidecar('with-sidecar'))).contentHash;
		const changed = article(one('a.txt', bytes, { file: 'a.meta.json', bytes: encode('{"published": "2017-10-18"}') })).contentHash;
		expect(new Set([plain, withSidecar, changed]).size).toBe(3);
	});

	it('reads the article when its sidecar is broken, with a warning', () => {
		const a = article(one('sidecars/broken-sidecar.txt', fixture('sidecars/broken-sidecar.txt'), sidecar('broken-sidecar')));
		expect(a.title).toBe('Ceasefire holds in Idlib');
		expect(a.warnings[0].message).toMatch(/^sidecar broken-sidecar\.meta\.json is not valid JSON/);
	});

	it('turns every bad field of a hostile sidecar into a warning', () => {
		const a = article(one('sidecars/hostile-sidecar.txt', fixture('sidecars/hostile-sidecar.txt'), sidecar('hostile-sidecar')));
		expect(a.warnings).toHaveLength(4);
		expect(a.url).toBeUndefined();
		expect(a.published).toBeNull();
	});

	it('lets the sidecar override front matter', () => {
		const a = article(one('markdown/sudan.md', fixture('markdown/sudan.md'), { file: 'sudan.meta.json', bytes: encode('{"published": "2019-04-12", "estimate": true}') }));
		expect(a.published).toMatchObject({ date: '2019-04-12', estimate: true });
		expect(a.title).toBe("Sudan's military removes Bashir after months of protests");
	});
});

describe('articlesFromFile: large inputs', () => {
	it('reads a 50 MB file', () => {
		const paragraph = 'The rebels seized the town on Sunday after two days of fighting, officials said on 12 March 2019. ';
		const text = `Rebels take the town\n\n${`${paragraph.repeat(6)}\n\n`.repeat(Math.ceil(50_000_000 / (paragraph.length * 6 + 2)))}`;
		const a = article(one('big.txt', encode(text)));
		expect(a.text.length).toBeGreaterThanOrEqual(50_000_000);
		expect(a.title).toBe('Rebels take the town');
		expect(a.boilerplate).toEqual([]);
	});

	it('reads a file of 100,000 lines', () => {
		const text = Array.from({ length: 100_000 }, (_, i) => `Line ${i} of the record says the talks resumed.`).join('\n');
		const a = article(one('lines.txt', encode(text)));
		expect(a.text).toBe(text);
	});

	it('reads a 1 MB line of digits', () => {
		const a = article(one('digits.txt', encode('1'.repeat(1_000_000))));
		expect(a.text.length).toBe(1_000_000);
	});
});
