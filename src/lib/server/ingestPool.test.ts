import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../extract/articles';
import type { Article } from '../model';
import { clusteredEvents } from './clusteredEvents';
import { corpusDates } from './corpusDates';
import { openStore } from './db';
import { ingest } from './ingest';
import { IngestPool } from './ingestPool';

const SEEDS = join(__dirname, '../../../seeds');
const SUDAN = join(__dirname, '../../../tests/fixtures/corpora/sudan-2023');

async function articlesOf(...paths: string[]): Promise<Article[]> {
	const articles: Article[] = [];
	for await (const result of readArticles(paths)) if (!('error' in result)) articles.push(result.article);
	return articles;
}

/** `count` distinct mention records (no two alike), each carrying a sentence of `chars` characters. */
async function mentionData(pool: IngestPool, count: number, chars: number): Promise<string[]> {
	const mention = (await articlesOf(SUDAN)).map((a) => pool.extractHere(a).mentions.find((m) => m.time)).find((m) => m !== undefined);
	if (!mention) throw new Error('the fixture reports nothing');
	const long = `${mention.text} ${'and so on '.repeat(Math.ceil(chars / 10))}`.slice(0, chars);
	return Array.from({ length: count }, (_, i) => JSON.stringify({ ...mention, key: `k${String(i).padStart(5, '0')}`, articleId: `a${i}`, text: long, words: [`word${i}`] }));
}

describe('IngestPool', () => {
	it('does a job again in this thread when its worker runs out of memory, and goes on with a fresh worker', async () => {
		const pool = new IngestPool([], 2, 48);
		try {
			// About 90 MB of sentences: more than a worker's heap of 48 MB can take in.
			const heavy = await mentionData(pool, 3000, 30_000);
			expect(await pool.cluster(heavy)).toEqual(clusteredEvents(heavy, pool.lookup));
			expect(pool.redoneHere).toBe(1);
			const light = await mentionData(pool, 2500, 100);
			expect(await pool.cluster(light)).toEqual(clusteredEvents(light, pool.lookup));
			expect(pool.redoneHere).toBe(1);
		} finally {
			await pool.close();
		}
	}, 60_000);

	it('dates undated articles in the workers, family by family, as this thread dates them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-pool-dates-'));
		const db = openStore(join(dir, 'store.db'));
		const pool = new IngestPool([], 2);
		try {
			await ingest(db, { paths: [SEEDS, SUDAN], workers: 1 });
			const articles = await articlesOf(SEEDS, SUDAN);
			// The workers start once there is work for them.
			for (let i = 0; i < 40; i++) await pool.extract(articles[i % articles.length]);
			expect(pool.parallel).toBe(true);
			// Enough undated articles to hand the dating to the workers: each article, its date taken away, many times.
			const undated = Array.from({ length: 120 }, (_, i) => pool.extractHere({ ...articles[i % articles.length], published: null }).mentions);
			const dates = await pool.date(db, undated.map((mentions) => mentions.map((m) => JSON.stringify(m))));
			expect(dates).toEqual(corpusDates(db, pool.lookup, undated));
			expect(dates.filter((d) => d?.basis === 'corpus').length).toBeGreaterThan(10);
			expect(pool.redoneHere).toBe(0);
		} finally {
			await pool.close();
			db.close();
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});

