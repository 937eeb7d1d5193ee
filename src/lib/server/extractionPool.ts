/**
 * Extraction on every core: a pool of worker threads, each with its own gazetteer, fed articles one at a
 * time so a long article does not hold up the others. With one worker (or a handful of articles) it
 * extracts in this thread instead, which spares the start-up of the workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createGazetteer, type Gazetteer, type GazetteerSource } from '../extract/entities/index';
import { corpusLookup, type CorpusLookup } from '../extract/entityLookup';
import { extractArticle, type ArticleExtraction } from '../extract/index';
import type { Article } from '../model';

const IN_THREAD_FIRST = 32;

interface Pending {
	resolve: (extraction: ArticleExtraction) => void;
	reject: (error: Error) => void;
}

export class ExtractionPool {
	readonly gazetteer: Gazetteer;
	readonly lookup: CorpusLookup;
	private readonly workers: Worker[] = [];
	private readonly idle: Worker[] = [];
	private readonly queue: { id: number; article: Article }[] = [];
	private readonly pending = new Map<number, Pending>();
	private next = 0;

	constructor(
		private readonly extraSources: GazetteerSource[] = [],
		private readonly size = Math.max(1, availableParallelism())
	) {
		this.gazetteer = createGazetteer({ extra: extraSources });
		this.lookup = corpusLookup(this.gazetteer);
	}

	/** Extracts in this thread: for re-extraction of a few articles and for small inputs. */
	extractHere(article: Article): ArticleExtraction {
		return extractArticle(article, this.gazetteer, this.lookup);
	}

	extract(article: Article): Promise<ArticleExtraction> {
		// Starting workers costs more than a few dozen articles take: they start once there is work for them.
		if (this.size <= 1 || this.next++ < IN_THREAD_FIRST) return Promise.resolve().then(() => this.extractHere(article));
		this.start();
		const id = this.next;
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			this.queue.push({ id, article });
			this.pump();
		});
	}

	private start(): void {
		if (this.workers.length) return;
		const bootstrap = new URL('./workers/bootstrap.mjs', import.meta.url);
		const entry = new URL('./workers/extractionWorker.ts', import.meta.url).href;
		for (let i = 0; i < this.size; i++) {
			const worker = new Worker(bootstrap, { workerData: { entry, gazetteer: this.extraSources } });
			worker.on('message', (message: { id: number; extraction?: ArticleExtraction; error?: string }) => {
				const pending = this.pending.get(message.id);
				this.pending.delete(message.id);
				if (message.extraction) {
					this.lookup.addDiscovered(message.extraction.discovered);
					pending?.resolve(message.extraction);
				} else pending?.reject(new Error(message.error));
				this.idle.push(worker);
				this.pump();
			});
			worker.on('error', (error) => {
				for (const p of this.pending.values()) p.reject(error);
				this.pending.clear();
			});
			this.workers.push(worker);
			this.idle.push(worker);
		}
	}

	private pump(): void {
		while (this.idle.length && this.queue.length) this.idle.pop()!.postMessage(this.queue.shift());
	}

	async close(): Promise<void> {
		await Promise.all(this.workers.map((w) => w.terminate()));
		this.workers.length = 0;
		this.idle.length = 0;
	}
}
