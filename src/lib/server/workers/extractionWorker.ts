/**
 * A worker thread that extracts articles: it builds the gazetteer once (bundled data plus the user's
 * files, passed in `workerData`), then answers each article with its extraction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createGazetteer, type GazetteerSource } from '../../extract/entities/index';
import { corpusLookup } from '../../extract/entityLookup';
import { extractArticle } from '../../extract/index';
import type { Article } from '../../model';

const gazetteer = createGazetteer({ extra: (workerData.gazetteer ?? []) as GazetteerSource[] });
const lookup = corpusLookup(gazetteer);

parentPort!.on('message', (message: { id: number; article: Article }) => {
	try {
		parentPort!.postMessage({ id: message.id, extraction: extractArticle(message.article, gazetteer, lookup) });
	} catch (error) {
		parentPort!.postMessage({ id: message.id, error: (error as Error).stack ?? String(error) });
	}
});
