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
import type { ArticleExtraction } from '../extract/index';
import { DatingIndex } from '../extract/events/corpusDating';
import type { MentionRecord } from '../extract/events/mentions';
import { saveArticle, saveEntities, storedArticleStates } from './articleWriter';
import type { Db } from './db';
import { reconcilePending } from './eventReconciler';
import { ExtractionPool } from './extractionPool';
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

export async function ingest(db: Db, options: IngestOptions): Promise<IngestSummary> {
	const pool = new ExtractionPool(options.gazetteer ?? [], options.workers);
	const summary: IngestSummary = { read: 0, added: 0, updated: 0, unchanged: 0, datedFromCorpus: 0, errors: [], articles: 0, events: 0, undatedEvents: 0, undatedArticles: 0, warnings: 0 };
	try {
		const states = storedArticleStates(db);
		const batchSize = options.batchSize ?? DEFAULT_BATCH;
		let batch: Promise<ArticleExtraction>[] = [];
		let changed = 0;
		const flush = async () => {
			const extractions = await Promise.all(batch);
			batch = [];
			writeBatch(db, extractions, pool.lookup, pool.gazetteer);
		};
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
			batch.push(pool.extract(article));
			if (batch.length >= batchSize) await flush();
		}
		await flush();
		if (changed > 0) summary.datedFromCorpus = await dateFromCorpus(db, pool, batchSize, options.onProgress);
		// Also finishes whatever an interrupted run left pending.
		reconcilePending(db, pool.lookup, (done, total) => options.onProgress?.({ phase: 'merging', done, total }));
	} finally {
		await pool.close();
	}
	Object.assign(summary, storeCounts(db));
	return summary;
}

/** Writes a batch of extractions in one transaction; their mentions wait for `reconcilePending`. */
function writeBatch(db: Db, extractions: ArticleExtraction[], lookup: CorpusLookup, gazetteer: Gazetteer): void {
	if (extractions.length === 0) return;
	db.transaction(() => {
		for (const x of extractions) {
			lookup.addDiscovered(x.discovered);
			saveArticle(db, x);
		}
		saveReferencedEntities(db, extractions, lookup, gazetteer);
	})();
}

/** Every actor and region the mentions name, with the groups and ancestors that filters expand to. */
function saveReferencedEntities(db: Db, extractions: ArticleExtraction[], lookup: CorpusLookup, gazetteer: Gazetteer): void {
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
	for (const x of extractions) {
		for (const m of x.mentions) {
			m.actors.forEach(addActor);
			m.regions.forEach(addRegion);
			if (m.claimedBy) addActor(m.claimedBy);
		}
	}
	saveEntities(db, [...actors.values()], [...regions.values()]);
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
async function dateFromCorpus(db: Db, pool: ExtractionPool, batchSize: number, onProgress?: (p: IngestProgress) => void): Promise<number> {
	const rows = statement(
		db,
		`SELECT id, file, title, url, source, published, text, boilerplate, read_warnings, content_hash FROM articles
		 WHERE published IS NULL OR json_extract(published, '$.basis') = 'corpus' ORDER BY id`
	).all() as StoredArticleRow[];
	if (rows.length === 0) return 0;
	const titles = new Map((statement(db, `SELECT id, title FROM articles`).all() as { id: string; title: string }[]).map((r) => [r.id, r.title]));
	const index = new DatingIndex(pool.lookup, (id) => titles.get(id) ?? id);
	const datedOf = statement(
		db,
		`SELECT m.data AS data FROM mentions m JOIN articles a ON a.id = m.article_id
		 WHERE m.family = ? AND m.start IS NOT NULL AND json_extract(a.published, '$.basis') IN ('metadata', 'dateline')`
	);
	const mentionsOf = statement(db, `SELECT data FROM mentions WHERE article_id = ?`);
	// What each article reports without any date: its stored mentions, unless a corpus date placed them.
	const undatedOf = (row: StoredArticleRow) =>
		row.published ? pool.extractHere(articleFromRow(row)).mentions : (mentionsOf.all(row.id) as { data: string }[]).map((r) => JSON.parse(r.data) as MentionRecord);
	const undated = rows.map(undatedOf);
	index.restrictTo(undated.flat());
	for (const family of new Set(undated.flat().map((m) => m.family))) {
		for (const r of datedOf.iterate(family) as Iterable<{ data: string }>) index.add([JSON.parse(r.data) as MentionRecord]);
	}
	let batch: Promise<ArticleExtraction>[] = [];
	let dated = 0;
	for (const [i, row] of rows.entries()) {
		onProgress?.({ phase: 'dating', done: i + 1, total: rows.length, current: row.file });
		const current = row.published ? (JSON.parse(row.published) as PublicationDate) : null;
		const published = index.date(undated[i]);
		if (sameDate(published, current)) continue;
		if (published) dated++;
		batch.push(pool.extract({ ...articleFromRow(row), published }));
		if (batch.length >= batchSize) writeBatch(db, await Promise.all(batch.splice(0)), pool.lookup, pool.gazetteer);
	}
	writeBatch(db, await Promise.all(batch), pool.lookup, pool.gazetteer);
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
