/**
 * `npm run synth -- --events N --db FILE`: fills a store with N synthetic events (for rendering and query
 * benchmarks). `npm run synth -- --articles N --out DIR`: writes N synthetic articles to read and ingest.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore, resolveStorePath, StoreError } from '../lib/server/db';
import { syntheticCorpus } from '../lib/synthetic/articleCorpus';
import { fillSyntheticStore } from '../lib/synthetic/syntheticStore';
import { ProgressBar } from './progressBar';

function fail(message: string): never {
	console.error(`synth: ${message}`);
	process.exit(2);
}

const { values } = parseArgs({
	options: {
		events: { type: 'string' },
		articles: { type: 'string' },
		db: { type: 'string' },
		out: { type: 'string' },
		seed: { type: 'string', default: '1' },
		force: { type: 'boolean', default: false }
	},
	strict: true
});

const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed must be an integer, not "${values.seed}"`);

if (values.events !== undefined) {
	const events = Number(values.events);
	if (!Number.isInteger(events) || events < 1) fail(`--events must be a positive integer, not "${values.events}"`);
	const path = resolveStorePath(values.db);
	if (existsSync(path)) {
		if (!values.force) fail(`${path} exists; pass --force to replace it`);
		for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
	}
	try {
		const db = openStore(path);
		const bar = new ProgressBar('Synthesizing', events);
		const started = performance.now();
		const result = fillSyntheticStore(db, { events, seed, onProgress: (done) => bar.update(done) });
		bar.finish();
		db.pragma('optimize');
		db.close();
		console.log(`Wrote ${result.events} events from ${result.articles} articles to ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	} catch (error) {
		if (error instanceof StoreError) fail(error.message);
		throw error;
	}
} else if (values.articles !== undefined) {
	const articles = Number(values.articles);
	if (!Number.isInteger(articles) || articles < 1) fail(`--articles must be a positive integer, not "${values.articles}"`);
	if (!values.out) fail('--articles needs --out DIR');
	let files = 0;
	for (const file of syntheticCorpus({ articles, seed })) {
		const path = join(values.out, file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.content);
		files++;
	}
	console.log(`Wrote ${articles} articles in ${files} files to ${values.out}.`);
} else {
	fail('give --events N --db FILE (a store for benchmarks) or --articles N --out DIR (articles to ingest)');
}
