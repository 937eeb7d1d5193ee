import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../model';
import { readArticles, type ReadOptions } from './readArticles';
import type { ReadError } from './readResult';

const seeds = fileURLToPath(new URL('../../../../seeds', import.meta.url));
const story = (headline: string) => `${headline}\n\nOfficials said on Monday that the talks between the two sides would resume next week in the capital.\n`;

async function collect(paths: string[], options: ReadOptions = { checkDates: false }) {
	const articles: Article[] = [];
	const errors: ReadError[] = [];
	const order: string[] = [];
	for await (const r of readArticles(paths, options)) {
		if ('article' in r) {
			articles.push(r.article);
			order.push(r.article.file);
		} else {
			errors.push(r.error);
			order.push(`error:${r.error.file}`);
		}
	}
	return { articles, errors, order };
}

describe('readArticles on the seeds', () => {
	it('reads the five seeds in order, with the sidecar dates of 000 and 004 as estimates', async () => {
		const { articles, errors } = await collect([seeds]);
		expect(errors).toEqual([]);
		expect(articles.map((a) => a.id)).toEqual([
			'000_25ee0b6bfa3e76e1',
			'001_4184e4db5a1650fa',
			'002_4054172739a3b017',
			'003_f13ce513ec09778f',
			'004_dbc812d47cc6aa93'
		]);
		expect(articles.map((a) => a.published && [a.published.date, a.published.basis, a.published.estimate])).toEqual([
			['2021-08-04', 'metadata', true],
			['2022-11-27', 'dateline', false],
			null,
			['2021-09-06', 'dateline', false],
			['2021-08-14', 'metadata', true]
		]);
	});

	it('keeps each seed text byte for byte', async () => {
		const { readFile } = await import('node:fs/promises');
		const { articles } = await collect([seeds]);
		for (const a of articles) expect(a.text).toBe(await readFile(a.file, 'utf8'));
	});
});

describe('readArticles on folders', () => {
	let root: string;

	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'dateline-read-'));
		await mkdir(join(root, 'corpus/a'), { recursive: true });
		await mkdir(join(root, 'corpus/B'), { recursive: true });
		await mkdir(join(root, 'corpus/.cache'), { recursive: true });
		await writeFile(join(root, 'corpus/a/x.txt'), story('First story in folder a'));
		await writeFile(join(root, 'corpus/B/x.txt'), story('Second story in folder B'));
		await writeFile(join(root, 'corpus/b.md'), `---\ntitle: From front matter\n---\n${story('Markdown story')}`);
		await writeFile(join(root, 'corpus/c.jsonl'), `${JSON.stringify({ id: 'x', text: story('A record') })}\n{broken\n`);
		await writeFile(join(root, 'corpus/d.txt'), story('Story with a sidecar'));
		await writeFile(join(root, 'corpus/d.meta.json'), '{"published": "2020-01-02", "estimate": true}');
		await writeFile(join(root, 'corpus/e.meta.json'), '{"published": "2020-01-03"}');
		await writeFile(join(root, 'corpus/notes.pdf'), '%PDF-1.4');
		await writeFile(join(root, 'corpus/empty.txt'), '');
		await writeFile(join(root, 'corpus/.DS_Store'), 'junk');
		await writeFile(join(root, 'corpus/.cache/hidden.txt'), story('Hidden'));
		await symlink(join(root, 'corpus'), join(root, 'corpus/a/loop'));
		await writeFile(join(root, 'big.txt'), story('A big story').repeat(100));
	});

	afterAll(async () => {
		await rm(root, { recursive: true, force: true });
	});

	it('walks folders in a fixed order, reporting what it cannot read and skipping hidden entries', async () => {
		const { order } = await collect([join(root, 'corpus')]);
		const rel = (p: string) => p.replace(`${root}/`, '');
		expect(order.map(rel)).toEqual([
			'corpus/B/x.txt',
			'corpus/a/x.txt',
			'corpus/b.md',
			'corpus/c.jsonl:1',
			'error:corpus/c.jsonl',
			'corpus/d.txt',
			'error:corpus/e.meta.json',
			'error:corpus/empty.txt',
			'error:corpus/notes.pdf'
		]);
	});

	it('gives the same order and ids on every run', async () => {
		const first = await collect([join(root, 'corpus')]);
		const second = await collect([join(root, 'corpus')]);
		expect(second.order).toEqual(first.order);
		expect(second.articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
	});

	it('keeps ids unique, URL-safe and readable', async () => {
		const { articles } = await collect([join(root, 'corpus')]);
		const ids = articles.map((a) => a.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids[0]).toBe('x');
		expect(ids[1]).toMatch(/^x-[0-9a-f]{8}$/);
		expect(ids).toContain('b');
		expect(ids.filter((id) => id.startsWith('x-'))).toHaveLength(2);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9._-]+$/);
	});

	it('pairs a sidecar with its article and reports one without an article', async () => {
		const { articles, errors } = await collect([join(root, 'corpus')]);
		expect(articles.find((a) => a.file.endsWith('d.txt'))?.published).toMatchObject({ date: '2020-01-02', estimate: true });
		expect(errors.find((e) => e.file.endsWith('e.meta.json'))?.message).toMatch(/no article file beside it/);
		expect(errors.find((e) => e.file.endsWith('c.jsonl'))).toMatchObject({ line: 2 });
	});

	it('reads a file named twice, or inside a folder also named, once', async () => {
		const { articles } = await collect([join(root, 'corpus/d.txt'), join(root, 'corpus'), join(root, 'corpus/d.txt')]);
		expect(articles.filter((a) => a.file.endsWith('d.txt'))).toHaveLength(1);
	});

	it('finds the sidecar of a file given alone, and the article of a sidecar given alone', async () => {
		expect((await collect([join(root, 'corpus/d.txt')])).articles[0].published?.date).toBe('2020-01-02');
		const { articles } = await collect([join(root, 'corpus/d.meta.json')]);
		expect(articles.map((a) => a.file)).toEqual([join(root, 'corpus/d.txt')]);
	});

	it('reports a missing path and goes on', async () => {
		const { order } = await collect([join(root, 'missing.txt'), join(root, 'corpus/d.txt')]);
		expect(order).toEqual([`error:${join(root, 'missing.txt')}`, join(root, 'corpus/d.txt')]);
	});

	it('refuses a path that is neither a file nor a folder', async () => {
		const { errors } = await collect(['/dev/null']);
		expect(errors).toEqual([{ file: '/dev/null', message: expect.stringMatching(/neither a file nor a folder/) }]);
	});

	it('refuses a file larger than the limit, by its size, without reading it', async () => {
		const { errors } = await collect([join(root, 'big.txt')], { maxBytes: 1000, checkDates: false });
		expect(errors).toEqual([{ file: join(root, 'big.txt'), message: expect.stringMatching(/too large to read .* the limit is/) }]);
	});
});
