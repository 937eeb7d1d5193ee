/**
 * `npm run ingest -- PATH... [--db FILE] [--gazetteer FILE]... [--workers N]`: reads articles from files
 * and folders into the store, with a progress bar on a terminal and a summary at the end. A file that
 * cannot be read is named with the reason, and the rest is ingested.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { GazetteerSource } from '../lib/extract/entities/index';
import { openStore, resolveStorePath, StoreError } from '../lib/server/db';
import { ingest, type IngestProgress } from '../lib/server/ingest';
import { countArticleFiles, fileOf } from './inputFiles';
import { ProgressBar } from './progressBar';

const USAGE = 'usage: npm run ingest -- PATH... [--db FILE] [--gazetteer FILE]... [--workers N]';

function fail(message: string): never {
	console.error(`ingest: ${message}`);
	process.exit(2);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			db: { type: 'string' },
			gazetteer: { type: 'string', multiple: true },
			workers: { type: 'string' },
			help: { type: 'boolean', short: 'h' }
		}
	});
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (positionals.length === 0) fail(`give at least one file or folder to read\n${USAGE}`);
const workers = values.workers === undefined ? undefined : Number(values.workers);
if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) fail(`--workers must be a positive integer, not "${values.workers}"`);

const gazetteer: GazetteerSource[] = (values.gazetteer ?? []).map((file) => {
	try {
		return { source: file, data: readFileSync(file, 'utf8') };
	} catch (error) {
		fail(`cannot read the gazetteer file ${file}: ${(error as Error).message}`);
	}
});

const path = resolveStorePath(values.db);
let db;
try {
	db = openStore(path);
} catch (error) {
	if (error instanceof StoreError) fail(error.message);
	throw error;
}

const totalFiles = countArticleFiles(positionals);
const bars: Record<IngestProgress['phase'], ProgressBar> = {
	reading: new ProgressBar('Reading ', totalFiles),
	dating: new ProgressBar('Dating  ', 0),
	merging: new ProgressBar('Merging ', 0)
};
const filesSeen = new Set<string>();
let phase: IngestProgress['phase'] = 'reading';
const started = performance.now();
const summary = await ingest(db, {
	paths: positionals,
	gazetteer,
	workers,
	onProgress: (progress) => {
		if (progress.phase !== phase) {
			if (phase === 'reading') bars.reading.update(totalFiles);
			bars[phase].finish();
			phase = progress.phase;
		}
		const bar = bars[progress.phase];
		if (progress.phase === 'reading') {
			if (progress.current) filesSeen.add(fileOf(progress.current));
			bar.update(Math.min(filesSeen.size, totalFiles), progress.current ?? '');
		} else {
			bar.setTotal(progress.total ?? progress.done);
			bar.update(progress.done, progress.current ?? '');
		}
	},
	onError: (error) => bars[phase].log(`✗ ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`)
});
bars[phase].finish();
db.pragma('optimize');
db.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
	[
		`Ingested into ${path} in ${seconds} s.`,
		`  read ${summary.read} articles: ${summary.added} new, ${summary.updated} changed, ${summary.unchanged} unchanged${summary.datedFromCorpus ? `, ${summary.datedFromCorpus} dated from the corpus` : ''}`,
		`  store: ${summary.articles} articles (${summary.undatedArticles} undated), ${summary.events} events (${summary.undatedEvents} undated), ${summary.warnings} warnings`,
		...(summary.errors.length ? [`  ${summary.errors.length} input(s) could not be read (listed above)`] : [])
	].join('\n')
);
process.exit(summary.errors.length > 0 && summary.read === 0 ? 1 : 0);
