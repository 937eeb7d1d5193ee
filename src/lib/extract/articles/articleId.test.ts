import { describe, expect, it } from 'vitest';
import { ArticleIds, articleIdFrom } from './articleId';

describe('articleIdFrom', () => {
	it.each([
		['000_25ee0b6bfa3e76e1', '000_25ee0b6bfa3e76e1'],
		['sahel/2022-mali-1', 'sahel-2022-mali-1'],
		['Kaboul été 2021', 'Kaboul-ete-2021'],
		['../../etc/passwd', 'etc-passwd'],
		['a  b\t\tc', 'a-b-c'],
		['.hidden.', 'hidden'],
		['42', '42']
	])('%s → %s', (name, id) => {
		expect(articleIdFrom(name)).toBe(id);
	});

	it('gives a stable hashed id to names with nothing readable', () => {
		const id = articleIdFrom('کابل');
		expect(id).toMatch(/^article-[0-9a-f]{8}$/);
		expect(articleIdFrom('کابل')).toBe(id);
		expect(articleIdFrom('هرات')).not.toBe(id);
		expect(articleIdFrom('..')).toMatch(/^article-/);
	});

	it('cuts long names but keeps them apart', () => {
		const a = articleIdFrom('x'.repeat(200) + 'a');
		const b = articleIdFrom('x'.repeat(200) + 'b');
		expect(a.length).toBeLessThanOrEqual(80);
		expect(a).not.toBe(b);
	});

	it('only ever yields URL-safe ids', () => {
		for (const name of ['a/b?c#d', '<script>', '名前', 'x y', '%2F..%2F', '']) expect(articleIdFrom(name)).toMatch(/^[A-Za-z0-9._-]+$/);
	});
});

describe('ArticleIds', () => {
	it('keeps the first id and gives later ones a suffix from their origin', () => {
		const ids = new ArticleIds();
		expect(ids.claim('x', 'a/x.txt')).toBe('x');
		const second = ids.claim('x', 'b/x.txt');
		expect(second).toMatch(/^x-[0-9a-f]{8}$/);
		expect(ids.claim('y', 'y.txt')).toBe('y');
		const again = new ArticleIds();
		again.claim('x', 'c/x.txt');
		expect(again.claim('x', 'b/x.txt')).toBe(second);
	});

	it('never hands out the same id twice', () => {
		const ids = new ArticleIds();
		const claimed = new Set<string>();
		for (let i = 0; i < 50; i++) claimed.add(ids.claim('same', i % 2 ? 'one' : 'two'));
		expect(claimed.size).toBe(50);
	});
});
