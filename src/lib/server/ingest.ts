/**
 * Ingestion: files in, store updated, in three phases.
 *   reading  articles are read one by one, unchanged ones skipped by their content hash, the rest extracted
 *            on every core and written in batches, one transaction each;
 *   dating   undated articles are dated from the corpus where the dated ones allow, and extracted again;
 *   merging  the new mentions are regrouped into events (see `reconcilePending`).
 * Every transaction leaves the store consistent: a crash loses at most the batch in progress, and what was
 * written but not yet merged is merged by the next run.
 */
import type { Actor, Article, PublicationDate, Region } from '../model';
import { readArticles, type ReadError } from '../extract/articles/index';
import type { Gazetteer, GazetteerSource } from '../extract/entities/index';
import type { CorpusLookup } from '../extract/entityLookup';
import type { ArticleRows } from './articleRows';
import { saveArticle, saveEntities, storedArticleStates } from './articleWriter';
import type { Db } from './db';
import { reconcilePending } from './eventReconciler';
import { IngestPool } from './ingestPool';
import { statement } from './statement';

export interface IngestProgress {
	phase: 'reading' | 'dating' | 'merging';
	/** Articles (or merging steps) handled so far, out of `total` when it is known, and the file being read. */
	done: number;
	total?: number;
	current?: string;
}

export interface IngestOptions {
	paths: string[];
	/** Users' gazetteer files, parsed. */
	gazetteer?: GazetteerSource[];
	/** Worker threads; default one per core. */
	workers?: number;
	/** Articles per transaction. */
	batchSize?: number;
	onProgress?: (progress: IngestProgress) => void;
	/** Each unreadable input, as soon as it is met. */
	onError?: (error: ReadError) => void;
}

export interface IngestSummary {
	read: number;
	added: number;
	updated: number;
	unchanged: number;
	/** Undated articles that the corpus dated in this run. */
	datedFromCorpus: number;
	errors: ReadError[];
	/** The store after the run. */
	articles: number;
	events: number;
	undatedEvents: number;
	undatedArticles: number;
	warnings: number;
}

const DEFAULT_BATCH = 200;

/** An article on its way to the store: its rows come from a worker thread. */
interface Extracting {
	article: Article;
	rows: Promise<ArticleRows>;
}

interface Extracted {
	article: Article;
	rows: ArticleRows;
}

/**
 * Articles in extraction, oldest first, written a batch at a time. Two batches are kept in flight, so the
 * workers extract the next batch while this thread writes one, and memory stays bounded whatever the
 * size of the corpus.
 */
class ExtractionQueue {
	private readonly items: Extracting[] = [];

	constructor(
		private readonly pool: IngestPool,
		private readonly batchSize: number,
		private readonly write: (batch: Extracted[]) => void
	) {}

	async push(article: Article): Promise<void> {
		const rows = this.pool.extract(article);
		// A failure is reported when its batch is written; until then it must not count as unhandled.
		rows.catch(() => {});
		this.items.push({ article, rows });
		if (this.items.length >= 2 * this.batchSize) await this.writeOldest();
	}

	async finish(): Promise<void> {
		while (this.items.length) await this.writeOldest();
	}

	private async writeOldest(): Promise<void> {
		const batch = this.items.splice(0, this.batchSize);
		const rows = await Promise.all(batch.map((item) => item.rows));
		this.write(batch.map((item, i) => ({ article: item.article, rows: rows[i] })));
	}
}

export async function ingest(db: Db, options: IngestOptions): Promise<IngestSummary> {
	const pool = new IngestPool(options.gazetteer ?? [], options.workers);
	const summary: IngestSummary = { read: 0, added: 0, updated: 0, unchanged: 0, datedFromCorpus: 0, errors: [], articles: 0, events: 0, undatedEvents: 0, undatedArticles: 0, warnings: 0 };
	try {
		const states = storedArticleStates(db);
		const batchSize = options.batchSize ?? DEFAULT_BATCH;
		const entities = new EntityWriter(db, pool);
		const queue = new ExtractionQueue(pool, batchSize, (batch) => writeBatch(db, batch, entities));
		let changed = 0;
		for await (const result of readArticles(options.paths, { checkDates: false })) {
			if ('error' in result) {
				summary.errors.push(result.error);
				options.onError?.(result.error);
				continue;
			}
			const article = result.article;
			summary.read++;
			options.onProgress?.({ phase: 'reading', done: summary.read, current: article.file });
			const state = states.get(article.id);
			if (state?.contentHash === article.contentHash) {
				summary.unchanged++;
				continue;
			}
			if (state) summary.updated++;
			else summary.added++;
			changed++;
			await queue.push(article);
		}
		await queue.finish();
		// Also finishes a dating that an interrupted run had not done.
		if (changed > 0 || datingPending(db)) {
			summary.datedFromCorpus = await dateFromCorpus(db, pool, batchSize, entities, options.onProgress);
			datingDone(db);
		}
		await pool.renew();
		// Also finishes whatever an interrupted run left pending.
		await reconcilePending(db, pool.lookup, {
			onProgress: (done, total) => options.onProgress?.({ phase: 'merging', done, total }),
			cluster: (data) => pool.cluster(data),
			// Enough steps in hand that every worker has a next one while this thread writes, within a bound
			// on memory that only a dense corpus reaches.
			concurrency: 2 * pool.size,
			mentionsInFlight: 40_000
		});
	} finally {
		await pool.close();
	}
	Object.assign(summary, storeCounts(db));
	return summary;
}

/** Writes a batch of articles in one transaction; their mentions wait for `reconcilePending`. */
function writeBatch(db: Db, batch: Extracted[], entities: EntityWriter): void {
	if (batch.length === 0) return;
	db.transaction(() => {
		for (const { article, rows } of batch) saveArticle(db, article, rows);
		entities.save(batch.map((item) => item.rows));
		// Committed with the articles: a run killed before dating from the corpus leaves it to the next.
		statement(db, `INSERT INTO store_meta (key, value) VALUES ('dating_pending', '1') ON CONFLICT (key) DO UPDATE SET value = '1'`).run();
	})();
}

function datingPending(db: Db): boolean {
	return statement(db, `SELECT 1 FROM store_meta WHERE key = 'dating_pending'`).get() !== undefined;
}

function datingDone(db: Db): void {
	statement(db, `DELETE FROM store_meta WHERE key = 'dating_pending'`).run();
}

/**
 * Every actor and region the mentions name, with the groups and ancestors that filters expand to. A
 * record already written in this run is written again only when it changed (a name found outside the
 * gazetteer may be recorded anew).
 */
class EntityWriter {
	private readonly written = new Map<string, string>();

	constructor(
		private readonly db: Db,
		private readonly pool: IngestPool
	) {}

	save(batch: ArticleRows[]): void {
		const { lookup, gazetteer } = this.pool;
		const actors = new Map<string, Actor>();
		const regions = new Map<string, Region>();
		const addActor = (id: string) => {
			if (actors.has(id)) return;
			const actor = lookup.actor(id);
			if (!actor) return;
			actors.set(id, plainActor(actor));
			for (const group of gazetteer.actorGroups(id)) if (!actors.has(group.id)) actors.set(group.id, plainActor(group));
		};
		const addRegion = (id: string) => {
			if (regions.has(id)) return;
			const region = lookup.region(id);
			if (!region) return;
			regions.set(id, plainRegion(region));
			for (const ancestor of gazetteer.regionPath(id)) if (!regions.has(ancestor.id)) regions.set(ancestor.id, plainRegion(ancestor));
		};
		for (const rows of batch) {
			rows.actorIds.forEach(addActor);
			rows.regionIds.forEach(addRegion);
		}
		saveEntities(this.db, this.changed([...actors.values()], 'actor'), this.changed([...regions.values()], 'region'));
	}

	private changed<T extends Actor | Region>(records: T[], kind: string): T[] {
		return records.filter((record) => {
			const key = `${kind}:${record.id}`;
			const json = JSON.stringify(record);
			if (this.written.get(key) === json) return false;
			this.written.set(key, json);
			return true;
		});
	}
}

/** The shared record only: gazetteer records carry matching data the store has no use for. */
function plainActor(a: Actor): Actor {
	return { id: a.id, name: a.name, kind: a.kind, ...(a.aliases?.length ? { aliases: a.aliases } : {}), ...(a.memberOf?.length ? { memberOf: a.memberOf } : {}), ...(a.discovered ? { discovered: true } : {}) };
}

function plainRegion(r: Region): Region {
	return {
		id: r.id,
		name: r.name,
		kind: r.kind,
		...(r.parent ? { parent: r.parent } : {}),
		...(r.iso ? { iso: r.iso } : {}),
		...(r.lat !== undefined ? { lat: r.lat, lon: r.lon } : {}),
		...(r.discovered ? { discovered: true } : {})
	};
}

interface StoredArticleRow {
	id: string;
	file: string;
	title: string;
	url: string | null;
	source: string | null;
	published: string | null;
	text: string;
	boilerplate: string;
	read_warnings: string;
	content_hash: string;
}

function articleFromRow(row: StoredArticleRow): Article {
	return {
		id: row.id,
		file: row.file,
		title: row.title,
		...(row.url ? { url: row.url } : {}),
		...(row.source ? { source: row.source } : {}),
		published: null,
		text: row.text,
		boilerplate: JSON.parse(row.boilerplate),
		warnings: JSON.parse(row.read_warnings),
		contentHash: row.content_hash
	};
}

/**
 * Dates every article that has no date of its own from the articles that have one (by metadata or
 * dateline: an estimate is never dated from another estimate), and extracts it again, on every core,
 * when its date changed. Returns how many articles got a new date.
 */
async function dateFromCorpus(db: Db, pool: IngestPool, batchSize: number, entities: EntityWriter, onProgress?: (p: IngestProgress) => void): Promise<number> {
	const rows = statement(
		db,
		`SELECT id, file, title, url, source, published, text, boilerplate, read_warnings, content_hash FROM articles
		 WHERE published IS NULL OR json_extract(published, '$.basis') = 'corpus' ORDER BY id`
	).all() as StoredArticleRow[];
	if (rows.length === 0) return 0;
	const mentionsOf = statement(db, `SELECT data FROM mentions WHERE article_id = ?`);
	// What each article reports without any date: its stored mentions, unless a corpus date placed them.
	const undatedOf = (row: StoredArticleRow) =>
		row.published ? pool.extractHere(articleFromRow(row)).mentions.map((m) => JSON.stringify(m)) : (mentionsOf.all(row.id) as { data: string }[]).map((r) => r.data);
	// Every date is found before any article is written again: all are drawn from the corpus as it was read.
	const dates = await pool.date(db, rows.map(undatedOf));
	const queue = new ExtractionQueue(pool, batchSize, (batch) => writeBatch(db, batch, entities));
	let dated = 0;
	for (const [i, row] of rows.entries()) {
		onProgress?.({ phase: 'dating', done: i + 1, total: rows.length, current: row.file });
		const current = row.published ? (JSON.parse(row.published) as PublicationDate) : null;
		const published = dates[i];
		if (sameDate(published, current)) continue;
		if (published) dated++;
		await queue.push({ ...articleFromRow(row), published });
	}
	await queue.finish();
	return dated;
}

function sameDate(a: PublicationDate | null, b: PublicationDate | null): boolean {
	return a?.date === b?.date && a?.basis === b?.basis;
}

function storeCounts(db: Db): Pick<IngestSummary, 'articles' | 'events' | 'undatedEvents' | 'undatedArticles' | 'warnings'> {
	const count = (sql: string) => (statement(db, sql).get() as { n: number }).n;
	return {
		articles: count(`SELECT count(*) AS n FROM articles`),
		events: count(`SELECT count(*) AS n FROM events`),
		undatedEvents: count(`SELECT count(*) AS n FROM events WHERE start IS NULL`),
		undatedArticles: count(`SELECT count(*) AS n FROM articles WHERE published IS NULL`),
		warnings: count(`SELECT coalesce(sum(json_array_length(warnings)), 0) AS n FROM articles`)
	};
}
