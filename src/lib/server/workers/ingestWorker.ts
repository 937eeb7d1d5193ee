/**
 * A worker thread of the ingestion pool: it builds the gazetteer once (bundled data plus the user's files,
 * passed in `workerData`), then answers each job: an article with its extraction as store rows, a
 * neighbourhood of mentions with its events, the undated mentions of one frame family with what the
 * stored corpus says of their articles' dates. Names found outside the gazetteer by other threads arrive
 * before the jobs that may need them.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createGazetteer, type GazetteerSource } from '../../extract/entities/index';
import { corpusLookup } from '../../extract/entityLookup';
import { extractArticle } from '../../extract/index';
import type { MentionRecord } from '../../extract/events/mentions';
import type { Actor, Article, Region } from '../../model';
import { articleRows } from '../articleRows';
import { clusteredEvents } from '../clusteredEvents';
import { familyConstraints } from '../corpusDates';

export type WorkerJob =
	| { id: number; kind: 'extract'; article: Article }
	| { id: number; kind: 'cluster'; data: string[] }
	/** `mentions`: undated JSON mention records of `family`; `store`: the store's file, read through a connection of its own. */
	| { id: number; kind: 'date'; store: string; family: string; mentions: string[] }
	| { id: number; kind: 'discovered'; records: (Actor | Region)[] };

export type WorkerReply = { id: number; result: unknown } | { id: number; error: string };

const gazetteer = createGazetteer({ extra: (workerData?.gazetteer ?? []) as GazetteerSource[] });
const lookup = corpusLookup(gazetteer);

parentPort?.on('message', (job: WorkerJob) => {
	if (job.kind === 'discovered') {
		lookup.addDiscovered(job.records);
		return;
	}
	try {
		const result = job.kind === 'extract' ? articleRows(extractArticle(job.article, gazetteer, lookup)) : job.kind === 'cluster' ? clusteredEvents(job.data, lookup) : constraintsFrom(job.store, job.family, job.mentions);
		parentPort!.postMessage({ id: job.id, result } satisfies WorkerReply);
	} catch (error) {
		parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) } satisfies WorkerReply);
	}
});

function constraintsFrom(store: string, family: string, mentions: string[]) {
	const db = new Database(store, { readonly: true, fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		return familyConstraints(db, lookup, family, mentions.map((m) => JSON.parse(m) as MentionRecord));
	} finally {
		db.close();
	}
}
