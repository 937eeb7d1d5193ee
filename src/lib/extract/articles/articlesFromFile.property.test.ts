import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../model';
import { articlesFromFile } from './articlesFromFile';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

/** Pieces that exercise the readers' rules: page furniture, datelines, separators, odd spaces and line ends. */
const piece = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 20 }),
	fc.constantFrom(
		'• Home', 'News > World', 'Home / World / Asia', 'Share on Facebook', 'Photo: Agency', '3 comments', 'About admin', 'Check Also',
		'By Jane Doe', 'Published 6 September 2021', 'November 27, 2022', 'Updated: 2021-09-06 10:30 GMT', 'Published 30 February 2021',
		'KABUL, Aug. 14 (Reuters) - ', 'WASHINGTON — ', 'Aug. 14', '29th of February this year', 'on Monday', '# ', '![x](y)', '---',
		'title: x', '…', '...', '"', '(', ')', '|', '\u00a0', '\u200b', '\ufeff', '\r', '\n', '\r\n', '\n\n', '\t', '<p>', '</p>', '<script>', '{', '}'
	),
	fc.constant('The rebels seized the town on Sunday after two days of fighting, officials said.')
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const sidecar = fc.option(
	fc.oneof(
		fc.string({ maxLength: 80 }),
		fc.record({ published: fc.oneof(fc.string(), fc.constantFrom('2021-09-06', '2022-02-30', '0000-01-01', '99999-01-01', '2021')), estimate: fc.anything(), url: fc.string() }, { requiredKeys: [] }).map((r) => JSON.stringify(r))
	),
	{ nil: undefined }
);
const extension = fc.constantFrom('.txt', '.md', '.html', '.jsonl', '.htm', '.markdown', '.pdf', '');

function checkArticle(a: Article): void {
	expect(a.id).toMatch(/^[A-Za-z0-9._-]+$/);
	expect(typeof a.title).toBe('string');
	expect(a.title.length).toBeGreaterThan(0);
	let previousEnd = 0;
	for (const r of a.boilerplate) {
		expect(r.start).toBeGreaterThanOrEqual(previousEnd);
		expect(r.end).toBeGreaterThanOrEqual(r.start);
		expect(r.end).toBeLessThanOrEqual(a.text.length);
		previousEnd = r.end;
	}
	for (const w of a.warnings) {
		expect(w.message.length).toBeGreaterThan(0);
		if (w.range) {
			expect(w.range.start).toBeGreaterThanOrEqual(0);
			expect(w.range.end).toBeGreaterThanOrEqual(w.range.start);
			expect(w.range.end).toBeLessThanOrEqual(a.text.length);
		}
	}
	if (a.published) {
		expect(a.published.span.end).toBeGreaterThan(a.published.span.start);
		expect(Number.isFinite(a.published.span.start)).toBe(true);
		expect(a.published.date.slice(0, 10)).toBe(a.published.span.value.slice(0, 10));
	}
	if (a.url) expect(a.url).toMatch(/^https?:\/\//);
}

describe('articlesFromFile never throws and keeps every range inside the text', () => {
	it('on text-like input of any shape', () => {
		fc.assert(
			fc.property(text, extension, sidecar, (content, ext, meta) => {
				const encoder = new TextEncoder();
				const results = [
					...articlesFromFile({
						file: `dir/name${ext}`,
						bytes: encoder.encode(ext === '.jsonl' ? JSON.stringify({ id: content.slice(0, 10), text: content }) + '\n' + content : content),
						sidecar: meta === undefined ? undefined : { file: 'dir/name.meta.json', bytes: encoder.encode(meta) }
					})
				];
				expect(results.length).toBeGreaterThan(0);
				for (const r of results) {
					if ('article' in r) checkArticle(r.article);
					else expect(r.error.message.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: runs }
		);
	});

	it('on arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), extension, (bytes, ext) => {
				for (const r of articlesFromFile({ file: `x${ext}`, bytes })) {
					if ('article' in r) checkArticle(r.article);
				}
			}),
			{ numRuns: runs }
		);
	});

	it('on JSON lines with damaged lines: a record per good line, an error naming each bad one', () => {
		const record = fc.record({ id: fc.string({ maxLength: 12 }), text: fc.string({ minLength: 1, maxLength: 60 }).filter((t) => /\S/.test(t)) }).map((r) => ({ line: JSON.stringify(r), text: r.text }));
		const junk = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('\u0000'.repeat(64), '{', '[1]', 'null', '{"text": 3}')).map((line) => ({ line: line.replace(/[\r\n]/g, ' '), text: undefined }));
		fc.assert(
			fc.property(fc.array(fc.oneof(record, junk), { maxLength: 20 }), (lines) => {
				const bytes = new TextEncoder().encode(lines.map((l) => l.line).join('\n'));
				const results = [...articlesFromFile({ file: 'feed.jsonl', bytes }, { checkDates: false })];
				const fileErrors = results.filter((r) => 'error' in r && r.error.line === undefined);
				if (fileErrors.length > 0) {
					expect(results).toHaveLength(1);
					return;
				}
				for (const r of results) {
					const line = 'article' in r ? Number(/^feed\.jsonl:(\d+)$/.exec(r.article.file)?.[1]) : r.error.line!;
					expect(line).toBeGreaterThanOrEqual(1);
					expect(line).toBeLessThanOrEqual(lines.length);
					if ('article' in r) {
						checkArticle(r.article);
						expect(r.article.text).toBe(lines[line - 1].text);
					} else expect(r.error.message).toMatch(new RegExp(`^line ${line}\\b`));
				}
				for (const [i, l] of lines.entries()) {
					if (l.text !== undefined) expect(results.some((r) => 'article' in r && r.article.file === `feed.jsonl:${i + 1}`)).toBe(true);
				}
			}),
			{ numRuns: runs }
		);
	});
});
