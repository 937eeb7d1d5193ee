/**
 * `npm run bench:ingest [-- --articles N] [--workers N]`: generates a synthetic corpus of N articles of
 * about 600 words (10,000 by default; cached under tmp/), ingests it into a fresh store on every core, and
 * prints articles per second and peak memory. The last line is one JSON object.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openStore } from '../src/lib/server/db';
import { ingest } from '../src/lib/server/ingest';
import { syntheticCorpus } from '../src/lib/synthetic/articleCorpus';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, workers: { type: 'string' }, seed: { type: 'string', default: '7' } } });
const articles = Number(values.articles);
const workers = values.workers ? Number(values.workers) : availableParallelism();

const corpus = join('tmp', `bench-corpus-${articles}-${values.seed}`);
let words = 0;
if (!existsSync(join(corpus, '.complete'))) {
	console.log(`Generating ${articles} articles in ${corpus}…`);
	rmSync(corpus, { recursive: true, force: true });
	for (const file of syntheticCorpus({ articles, seed: Number(values.seed) })) {
		const path = join(corpus, file.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.content);
	}
	writeFileSync(join(corpus, '.complete'), '');
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-ingest-'));
const db = openStore(join(dir, 'store.db'));
console.log(`Ingesting with ${workers} worker(s) on ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} cores)…`);
// The machine may be shared: CPU seconds and the load say how much of the wall time was this run's.
const loadBefore = loadavg()[0];
const cpuBefore = process.cpuUsage();
const eluBefore = performance.eventLoopUtilization();
const started = performance.now();
let last = 0;
let phase = 'reading';
const phases: Record<string, number> = {};
const phaseCpu: Record<string, number> = {};
const phasePeak: Record<string, number> = {};
let phaseStarted = started;
let phaseCpuStarted = process.cpuUsage();
const cpuSince = (from: NodeJS.CpuUsage) => {
	const used = process.cpuUsage(from);
	return Number(((used.user + used.system) / 1e6).toFixed(2));
};
const summary = await ingest(db, {
	paths: [corpus],
	workers,
	onProgress: (progress) => {
		if (progress.phase !== phase) {
			phases[phase] = Number(((performance.now() - phaseStarted) / 1000).toFixed(2));
			phaseCpu[phase] = cpuSince(phaseCpuStarted);
			phase = progress.phase;
			phaseStarted = performance.now();
			phaseCpuStarted = process.cpuUsage();
			last = 0;
		}
		phasePeak[phase] = Math.max(phasePeak[phase] ?? 0, Math.round(process.memoryUsage.rss() / 1048576));
		if (progress.done - last >= 1000 || progress.done === progress.total) {
			last = progress.done;
			console.log(`  ${phase} ${progress.done}${progress.total ? `/${progress.total}` : ''}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
		}
	}
});
phases[phase] = Number(((performance.now() - phaseStarted) / 1000).toFixed(2));
phaseCpu[phase] = cpuSince(phaseCpuStarted);
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = cpuSince(cpuBefore);
const mainThreadBusy = performance.eventLoopUtilization(eluBefore).utilization;
const loadAfter = loadavg()[0];
for (const row of db.prepare(`SELECT text FROM articles`).iterate() as Iterable<{ text: string }>) words += row.text.split(/\s+/).length;
db.close();
rmSync(dir, { recursive: true, force: true });

const result = {
	benchmark: 'ingest',
	articles: summary.read,
	words,
	wordsPerArticle: Math.round(words / Math.max(1, summary.read)),
	events: summary.events,
	undatedArticles: summary.undatedArticles,
	datedFromCorpus: summary.datedFromCorpus,
	errors: summary.errors.length,
	workers,
	seconds: Number(seconds.toFixed(2)),
	phaseSeconds: phases,
	/** CPU time of every thread, per phase and in all: with two cores free, at most twice the wall time. */
	phaseCpuSeconds: phaseCpu,
	cpuSeconds,
	/** Resident memory of the process (every thread) sampled at each progress report, highest per phase. */
	phasePeakMemoryMB: phasePeak,
	/** Share of the wall time the main thread (reading files, writing the store) was busy. */
	mainThreadBusy: Number(mainThreadBusy.toFixed(2)),
	articlesPerSecond: Number((summary.read / seconds).toFixed(1)),
	peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
	/** One-minute load average of the machine before and after the run (other work sharing the cores). */
	loadAverage: [Number(loadBefore.toFixed(2)), Number(loadAfter.toFixed(2))]
};
console.log(`${result.articles} articles (${result.wordsPerArticle} words each) in ${result.seconds} s: ${result.articlesPerSecond} articles/s, peak memory ${result.peakMemoryMB} MB, ${result.events} events.`);
console.log(JSON.stringify(result));
