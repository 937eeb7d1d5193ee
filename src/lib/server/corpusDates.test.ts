import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../extract/articles';
import { createGazetteer } from '../extract/entities';
import { corpusLookup } from '../extract/entityLookup';
import type { MentionRecord } from '../extract/events/mentions';
import { extractArticle } from '../extract/index';
import type { Article } from '../model';
import { corpusDates } from './corpusDates';
import { openStore, type Db } from './db';
import { ingest } from './ingest';

const SEEDS = join(__dirname, '../../../seeds');
const SUDAN = join(__dirname, '../../../tests/fixtures/corpora/sudan-2023');

describe('dating undated articles from a stored corpus', () => {
	let dir: string;
	let db: Db;
	const lookup = corpusLookup(createGazetteer());
	/** What each article the store dated from the corpus reports once its date is taken away. */
	const undated: MentionRecord[][] = [];
	const ids: string[] = [];

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'dateline-corpus-dates-'));
		db = openStore(join(dir, 'store.db'));
		await ingest(db, { paths: [SEEDS, SUDAN], workers: 1 });
		const estimated = new Set((db.prepare(`SELECT id FROM articles WHERE json_extract(published, '$.basis') = 'corpus'`).all() as { id: string }[]).map((r) => r.id));
		for await (const result of readArticles([SEEDS, SUDAN])) {
			if ('error' in result || !estimated.has(result.article.id)) continue;
			const article: Article = { ...result.article, published: null };
			ids.push(article.id);
			undated.push(extractArticle(article, createGazetteer(), lookup).mentions);
		}
	});
	afterAll(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('dates the articles the ingestion dated, with their evidence', () => {
		const dates = corpusDates(db, lookup, undated);
		expect(ids).toContain('madani-exodus');
		expect(dates[ids.indexOf('madani-exodus')]).toMatchObject({ date: '2023-12-18', basis: 'corpus', estimate: true });
		for (const date of dates) expect(date?.evidence?.length).toBeGreaterThan(0);
	});

	it.each([1, 2, 7])('gives the same dates when the dated corpus is indexed %i mentions at a time', (chunk) => {
		expect(corpusDates(db, lookup, undated, chunk)).toEqual(corpusDates(db, lookup, undated));
	});
});
