/**
 * Ingestion's work on every core: a pool of worker threads, each with its own gazetteer, that extract
 * articles into store rows, cluster neighbourhoods of mentions into events and find what the corpus says
 * of undated articles' dates, one frame family at a time. Jobs are handed out one at
 * a time, so a long article does not hold up the others. With one worker (or a handful of articles) the
 * work runs in this thread instead, which spares the start-up of the workers.
 *
 * Each worker's heap is capped: V8 otherwise lets a busy thread's garbage grow for gigabytes before it
 * collects, and ingestion's memory is bounded only if every thread's is. A job that needs more than the
 * cap (a neighbourhood far denser than any seen) is not lost: its worker is replaced and the job is done
 * again in this thread, whose heap is not capped.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createGazetteer, type Gazetteer, type GazetteerSource } from '../extract/entities/index';
import { corpusLookup, type CorpusLookup } from '../extract/entityLookup';
import { extractArticle, type ArticleExtraction } from '../extract/index';
import type { DateConstraint } from '../extract/events/corpusDating';
import type { MentionRecord } from '../extract/events/mentions';
import type { Actor, Article, PublicationDate, Region } from '../model';
import { articleRows, type ArticleRows } from './articleRows';
import { clusteredEvents, type ClusteredEvent } from './clusteredEvents';
import { corpusDates, datesFromShares, familyConstraints, sharesByFamily } from './corpusDates';
import type { Db } from './db';
import type { WorkerJob, WorkerReply } from './workers/ingestWorker';

const IN_THREAD_FIRST = 32;
/** Mentions in a neighbourhood worth starting the workers for. */
const CLUSTER_IN_WORKERS = 2000;
/** Undated articles worth handing to the workers, which read the dated corpus again. */
const DATE_IN_WORKER = 100;
/**
 * A worker's old generation, in MB. Regrouping a neighbourhood of 54,000 mentions, most of them statements
 * of one speaker (millions of pairs to join), fits in 300.
 */
const WORKER_HEAP_MB = 320;

interface Pending {
	resolve: (value: never) => void;
	reject: (error: Error) => void;
	/** The same work done in this thread, when the worker doing it ran out of memory. */
	here: () => unknown;
}

export class IngestPool {
	readonly gazetteer: Gazetteer;
	readonly lookup: CorpusLookup;
	private readonly workers: Worker[] = [];
	private readonly idle: Worker[] = [];
	private readonly queue: WorkerJob[] = [];
	private readonly pending = new Map<number, Pending>();
	/** The job each busy worker is doing. */
	private readonly busy = new Map<Worker, number>();
	/** Jobs redone in this thread because their worker ran out of memory. */
	redoneHere = 0;
	/** Names found outside the gazetteer so far; workers that cluster must know them (a region's kind weighs). */
	private readonly discovered = new Map<string, Actor | Region>();
	private sharedDiscovered = 0;
	private next = 0;
	private failure: Error | undefined;

	constructor(
		private readonly extraSources: GazetteerSource[] = [],
		readonly size = Math.max(1, availableParallelism()),
		private readonly workerHeapMb = WORKER_HEAP_MB
	) {
		this.gazetteer = createGazetteer({ extra: extraSources });
		this.lookup = corpusLookup(this.gazetteer);
	}

	/** Whether jobs run in worker threads (they start with the first article past the in-thread few). */
	get parallel(): boolean {
		return this.workers.length > 0;
	}

	/** Extracts in this thread: for re-extraction of a few articles and for small inputs. */
	extractHere(article: Article): ArticleExtraction {
		const extraction = extractArticle(article, this.gazetteer, this.lookup);
		this.remember(extraction.discovered);
		return extraction;
	}

	/** The article's extraction as store rows. */
	extract(article: Article): Promise<ArticleRows> {
		// Starting workers costs more than a few dozen articles take: they start once there is work for them.
		if (this.size <= 1 || this.next++ < IN_THREAD_FIRST) return Promise.resolve().then(() => articleRows(this.extractHere(article)));
		this.start();
		return this.submit<ArticleRows>({ id: 0, kind: 'extract', article }, () => articleRows(extractArticle(article, this.gazetteer, this.lookup))).then((rows) => {
			this.remember(rows.discovered);
			return rows;
		});
	}

	/** Clusters a neighbourhood (JSON mention records in key order), in a worker once workers run. */
	cluster(data: string[]): Promise<ClusteredEvent[]> {
		// A run that read little may still have much to merge (what an interrupted run left).
		if (this.size > 1 && data.length >= CLUSTER_IN_WORKERS) this.start();
		if (!this.parallel) return Promise.resolve().then(() => clusteredEvents(data, this.lookup));
		this.shareDiscovered();
		return this.submit<ClusteredEvent[]>({ id: 0, kind: 'cluster', data }, () => clusteredEvents(data, this.lookup));
	}

	/**
	 * The dates the store's corpus gives undated articles (`corpusDates`), each article given by its JSON
	 * mention records. Once workers run, they share the frame families: each finds what its family's
	 * mentions say through a connection of its own (the store must hold, committed, everything the dates
	 * are drawn from), and a worker's heap goes when the worker is renewed, where this thread's would stay.
	 */
	async date(db: Db, undated: string[][]): Promise<(PublicationDate | null)[]> {
		const parse = (mentions: string[]) => mentions.map((m) => JSON.parse(m) as MentionRecord);
		if (!this.parallel || db.memory || undated.length < DATE_IN_WORKER) return corpusDates(db, this.lookup, undated.map(parse));
		this.shareDiscovered();
		const shares = sharesByFamily(undated, (m) => (JSON.parse(m) as MentionRecord).family);
		const found = await Promise.all(
			shares.map(({ family, mentions }) =>
				this.submit<(DateConstraint | null)[]>({ id: 0, kind: 'date', store: db.name, family, mentions }, () => familyConstraints(db, this.lookup, family, parse(mentions)))
			)
		);
		return datesFromShares(undated, shares, found);
	}

	/** Posted ahead of any job that follows, so every worker knows them before it compares mentions. */
	private shareDiscovered(): void {
		if (this.sharedDiscovered === this.discovered.size) return;
		const records = [...this.discovered.values()].slice(this.sharedDiscovered);
		this.sharedDiscovered = this.discovered.size;
		for (const worker of this.workers) worker.postMessage({ id: 0, kind: 'discovered', records } satisfies WorkerJob);
	}

	private remember(records: (Actor | Region)[]): void {
		for (const record of records) if (!this.discovered.has(record.id)) this.discovered.set(record.id, record);
		this.lookup.addDiscovered(records);
	}

	private submit<T>(job: WorkerJob, here: () => T): Promise<T> {
		if (this.failure) return Promise.reject(this.failure);
		const id = ++this.next;
		return new Promise<T>((resolve, reject) => {
			this.pending.set(id, { resolve: resolve as (value: never) => void, reject, here });
			this.queue.push({ ...job, id });
			this.pump();
		});
	}

	private start(): void {
		if (this.workers.length) return;
		for (let i = 0; i < this.size; i++) this.spawn();
	}

	private spawn(): void {
		const bootstrap = new URL('./workers/bootstrap.mjs', import.meta.url);
		const entry = new URL('./workers/ingestWorker.ts', import.meta.url).href;
		const worker = new Worker(bootstrap, { workerData: { entry, gazetteer: this.extraSources }, resourceLimits: { maxOldGenerationSizeMb: this.workerHeapMb } });
		worker.on('message', (reply: WorkerReply) => {
			const pending = this.pending.get(reply.id);
			this.pending.delete(reply.id);
			this.busy.delete(worker);
			if ('error' in reply) pending?.reject(new Error(reply.error));
			else pending?.resolve(reply.result as never);
			this.idle.push(worker);
			this.pump();
		});
		worker.on('error', (error: Error & { code?: string }) => {
			const id = this.busy.get(worker);
			if (error.code === 'ERR_WORKER_OUT_OF_MEMORY' && id !== undefined) this.redo(worker, id);
			else this.fail(error);
		});
		this.workers.push(worker);
		this.idle.push(worker);
		// A worker started late must know the names the others were told of.
		if (this.sharedDiscovered > 0) worker.postMessage({ id: 0, kind: 'discovered', records: [...this.discovered.values()].slice(0, this.sharedDiscovered) } satisfies WorkerJob);
	}

	/** Replaces a worker that ran out of memory and does its job in this thread. */
	private redo(worker: Worker, id: number): void {
		this.busy.delete(worker);
		this.workers.splice(this.workers.indexOf(worker), 1);
		this.spawn();
		this.pump();
		const pending = this.pending.get(id)!;
		this.pending.delete(id);
		this.redoneHere++;
		try {
			pending.resolve(pending.here() as never);
		} catch (error) {
			pending.reject(error as Error);
		}
	}

	private fail(error: Error): void {
		this.failure = error;
		for (const p of this.pending.values()) p.reject(error);
		this.pending.clear();
	}

	private pump(): void {
		while (this.idle.length && this.queue.length) {
			const worker = this.idle.pop()!;
			const job = this.queue.shift()!;
			this.busy.set(worker, job.id);
			worker.postMessage(job);
		}
	}

	/**
	 * Replaces running workers with fresh ones between phases: a worker's heap keeps what one phase left
	 * (garbage V8 is in no hurry to return, a dating index), and the next phase need not carry it.
	 */
	async renew(): Promise<void> {
		if (!this.workers.length) return;
		await this.close();
		this.start();
	}

	async close(): Promise<void> {
		await Promise.all(this.workers.map((w) => w.terminate()));
		this.workers.length = 0;
		this.idle.length = 0;
		this.busy.clear();
	}
}
