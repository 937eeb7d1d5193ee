import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredCharset, readHtmlPage } from './htmlPage';
import { htmlToText } from './htmlText';
import { parseHTML } from 'linkedom';

const page = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/articles/html/${name}`, import.meta.url), 'utf8');

describe('readHtmlPage', () => {
	it('takes the main text and the meta tags of a news page, leaving navigation, asides and footer out', () => {
		const { text, fields, warnings } = readHtmlPage(page('news-page.html'));
		expect(warnings).toEqual([]);
		expect(fields).toEqual({
			title: 'M23 rebels enter Goma as UN peacekeepers stand by',
			published: '2012-11-20T16:05:00+01:00',
			url: 'https://example.org/africa/goma',
			source: 'Example Times'
		});
		expect(text).toMatch(/^GOMA, Nov 20 \(Example\) - Rebels of the M23 movement/);
		expect(text).toContain('\n\nThe rebels, who took up arms in April');
		for (const left of ['Home', 'Related stories', 'Aid agencies warn of cholera', 'All rights reserved', 'window.tracking']) expect(text).not.toContain(left);
	});

	it('reads JSON-LD and prefers the headline over a "Headline - Site" title', () => {
		const { text, fields } = readHtmlPage(page('jsonld-page.html'));
		expect(fields.title).toBe('Burundi army general claims coup');
		expect(fields.published).toBe('2015-05-13');
		expect(fields.source).toBe('The Example Post');
		expect(text).toMatch(/^A Burundian army general said on Wednesday/);
		expect(text).not.toContain('Front page');
	});

	it('keeps markup in hostile pages as inert text and drops scripts', () => {
		const { text, fields } = readHtmlPage(page('hostile-page.html'));
		expect(text).toContain('<script>alert("as text")</script>');
		expect(text).not.toContain('attacker.example');
		expect(text).not.toContain('window');
		expect(fields.url).toBe('javascript:alert(document.cookie)');
		expect(fields.published).toBe('2021-02-29');
	});

	it('reads a bare fragment', () => {
		expect(readHtmlPage(page('fragment.html')).text).toBe('Talks between the government and the rebels resumed in the capital on Monday, a mediator said.');
	});

	it('keeps the whole text, with a warning, when the page is too deeply nested for Readability', () => {
		const deep = `<html><body>${'<div>'.repeat(2000)}<p>Deep text survives.</p>${'</div>'.repeat(2000)}</body></html>`;
		const { text, warnings } = readHtmlPage(deep);
		expect(text).toBe('Deep text survives.');
		expect(warnings[0]).toMatch(/too large or too deeply nested/);
	});

	it('yields empty text for an empty page rather than failing', () => {
		expect(readHtmlPage('').text).toBe('');
		expect(readHtmlPage('<html><body><script>x()</script></body></html>').text).toBe('');
	});
});

describe('htmlToText', () => {
	it.each([
		['paragraphs', '<p>One  two\nthree</p><p>Four</p>', 'One two three\n\nFour'],
		['line breaks', '<p>One<br>Two</p>', 'One\nTwo'],
		['lists', '<ul><li>A</li><li>B</li></ul>', '• A\n\n• B'],
		['inline markup', '<p>A <b>bold</b> <a href="#">link</a>.</p>', 'A bold link.'],
		['hidden elements', '<p>A</p><script>b</script><style>c</style><template>d</template><p>E</p>', 'A\n\nE'],
		['entities', '<p>&lt;b&gt; &amp; &quot;q&quot; &nbsp;x</p>', '<b> & "q" \u00a0x']
	])('%s', (_, html, expected) => {
		const { document } = parseHTML(`<html><body>${html}</body></html>`);
		expect(htmlToText(document.body as never)).toBe(expected);
	});
});

describe('declaredCharset', () => {
	it.each([
		['<meta charset="windows-1252">', 'windows-1252'],
		['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', 'ISO-8859-2'],
		['<meta charset=utf-8>', 'utf-8'],
		['<p>no declaration</p>', undefined]
	])('%s', (head, charset) => {
		expect(declaredCharset(new TextEncoder().encode(head))).toBe(charset);
	});
});
