/**
 * Measures the time tagger on TempEval-3's training corpora (TimeBank and AQUAINT, kept outside the
 * repository at ../shared/bench/timex/TBAQ-cleaned) and its speed next to chrono-node's.
 *
 *   npm run bench:timex [-- --report FILE]
 *
 * 1. Every file is tagged as `npm run timex -- --tml` does, into tmp/timex/, and read back.
 * 2. The output is scored against the gold annotations (bench/timex/scorer.ts): strict, relaxed, type and
 *    value F1 for each corpus and both together. `--report FILE` writes every miss for reading.
 * 3. Throughput: words per second of the tagger and of chrono-node's `parse` over the same texts, in the
 *    same run, each given the document's creation time; the two take turns and the best pass counts.
 * 4. Linear time: the tagger over 1 MB stretches without a sentence end (bench/timex/hostileInputs.ts:
 *    digits, weekday names spaced and not, comma-separated dates, day-sized numbers, years, "the same
 *    day", unbalanced brackets and quotes, hyphened numbers, number ranges), over 2 MB of weekday names to
 *    show the growth, and over 1 MB of short sentences, every one of which is read; the best of three
 *    runs in CPU time, with the number of mentions found.
 * The last line printed is one JSON object with the figures.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { tagTimes } from '../src/lib/extract/time/index';
import { tagTimeML } from '../src/lib/extract/time/tagTimeML';
import { readTimeML, type TimeMLDocument, type TimexAnnotation } from '../src/lib/extract/time/timeml';
import { hostileInputs, sentenceInputs } from './timex/hostileInputs';
import { addCounts, canonicalValue, countDocument, matchDocument, NO_COUNTS, scores, type Counts, type Scores } from './timex/scorer';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(root, '../shared/bench/timex/TBAQ-cleaned');
const outRoot = join(root, 'tmp', 'timex');
const CORPORA = ['TimeBank', 'AQUAINT'] as const;

const args = process.argv.slice(2);
const reportFile = args.includes('--report') ? args[args.indexOf('--report') + 1] : undefined;

interface Loaded {
	corpus: string;
	file: string;
	gold: TimeMLDocument;
	system: TimeMLDocument;
}

function load(): Loaded[] {
	const docs: Loaded[] = [];
	for (const corpus of CORPORA) {
		const inDir = join(data, corpus);
		const outDir = join(outRoot, corpus);
		mkdirSync(outDir, { recursive: true });
		for (const file of readdirSync(inDir).filter((f) => f.endsWith('.tml')).sort()) {
			const raw = readFileSync(join(inDir, file), 'utf8');
			const tagged = tagTimeML(raw);
			writeFileSync(join(outDir, file), tagged);
			docs.push({ corpus, file, gold: readTimeML(raw), system: readTimeML(tagged) });
		}
	}
	return docs;
}

function pct(x: number): string {
	return (100 * x).toFixed(2).padStart(6);
}

function row(name: string, s: Scores): string {
	return `${name.padEnd(10)} strict ${pct(s.strict.f1)}  relaxed ${pct(s.relaxed.f1)}  type ${pct(s.type.f1)}  value ${pct(s.value.f1)}   (gold ${s.counts.gold}, system ${s.counts.system}, P ${pct(s.relaxed.precision)} R ${pct(s.relaxed.recall)})`;
}

function summary(s: Scores) {
	const r = (x: number) => Math.round(x * 10000) / 100;
	return { strict: r(s.strict.f1), relaxed: r(s.relaxed.f1), type: r(s.type.f1), value: r(s.value.f1), gold: s.counts.gold, system: s.counts.system };
}

function context(text: string, t: { start: number; end: number }): string {
	const before = text.slice(Math.max(0, t.start - 50), t.start).replace(/\s+/g, ' ');
	const after = text.slice(t.end, t.end + 30).replace(/\s+/g, ' ');
	return `${before}[[${text.slice(t.start, t.end)}]]${after}`;
}

function writeReport(docs: Loaded[], file: string) {
	const lines: string[] = [];
	for (const d of docs) {
		const text = d.gold.text;
		const pairs = matchDocument(d.gold.timexes, d.system.timexes);
		const matchedG = new Set<TimexAnnotation>(pairs.map((p) => p.gold as TimexAnnotation));
		const matchedS = new Set<TimexAnnotation>(pairs.map((p) => p.system as TimexAnnotation));
		const tag = `${d.file} dct=${d.gold.dct}`;
		for (const g of d.gold.timexes) if (!matchedG.has(g)) lines.push(`MISS\t${g.type}\t${g.value}\t\t${tag}\t${context(text, g)}`);
		for (const s of d.system.timexes) if (!matchedS.has(s)) lines.push(`SPUR\t${s.type}\t${s.value}\t\t${tag}\t${context(text, s)}`);
		for (const { gold: g, system: s } of pairs) {
			const ga = g as TimexAnnotation;
			if (canonicalValue(g.value) !== canonicalValue(s.value)) lines.push(`VALUE\t${g.type}/${s.type}\t${g.value}\t${s.value}\t${tag}\t${context(text, ga)}`);
			else if (g.type !== s.type) lines.push(`TYPE\t${g.type}/${s.type}\t${g.value}\t${s.value}\t${tag}\t${context(text, ga)}`);
			if (g.start !== s.start || g.end !== s.end) lines.push(`EXTENT\t${g.type}\t"${text.slice(g.start, g.end)}"\t"${text.slice(s.start, s.end)}"\t${tag}\t${context(text, ga)}`);
		}
	}
	writeFileSync(file, lines.join('\n') + '\n');
}

function wordCount(texts: string[]): number {
	return texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
}

/**
 * Words per second of each runner over the same texts, in the steady state an ingest of thousands of
 * articles runs in: after warm-up passes (the JIT compiles both libraries' hot code), the runners take
 * turns pass by pass, each pass timed in CPU time of this process, and each one's best pass is reported,
 * the figure least disturbed by other work on the shared machine.
 */
function throughputs(texts: { text: string; dct: string | null }[], runners: ((text: string, dct: string | null) => void)[], warmup = 15, passes = 30): number[] {
	const words = wordCount(texts.map((t) => t.text));
	for (let p = 0; p < warmup; p++) for (const run of runners) for (const t of texts) run(t.text, t.dct);
	const best = runners.map(() => 0);
	for (let p = 0; p < passes; p++) {
		runners.forEach((run, i) => {
			// CPU time of this process, not wall time: other work on the machine does not count against it.
			const start = process.cpuUsage();
			for (const t of texts) run(t.text, t.dct);
			const used = process.cpuUsage(start);
			best[i] = Math.max(best[i], words / ((used.user + used.system) / 1e6));
		});
	}
	return best;
}

function chronoReference(dct: string | null): Date {
	const m = dct ? /^(\d{4})-(\d{2})-(\d{2})/.exec(dct) : null;
	return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : new Date(Date.UTC(2000, 0, 1, 12));
}

/** The CPU time of this process spent in `fn`, in ms: other work on a shared machine does not count against it. */
function cpuMs(fn: () => void): number {
	const start = process.cpuUsage();
	fn();
	const used = process.cpuUsage(start);
	return Math.round((used.user + used.system) / 100) / 10;
}

const docs = load();
const byCorpus: Record<string, Counts> = {};
let all = NO_COUNTS;
for (const d of docs) {
	const c = countDocument(d.gold.timexes, d.system.timexes);
	byCorpus[d.corpus] = addCounts(byCorpus[d.corpus] ?? NO_COUNTS, c);
	all = addCounts(all, c);
}
const results = Object.fromEntries(CORPORA.map((c) => [c, scores(byCorpus[c])]));
const combined = scores(all);
console.log(`TempEval-3 Task A on ${docs.length} files (tagged into ${outRoot})`);
for (const c of CORPORA) console.log(row(c, results[c]));
console.log(row('combined', combined));
if (reportFile) {
	writeReport(docs, reportFile);
	console.log(`misses written to ${reportFile}`);
}

const texts = docs.map((d) => ({ text: d.gold.text, dct: d.gold.dct }));
const [taggerWps, chronoWps] = throughputs(texts, [
	(text, dct) => tagTimes(text, { anchor: dct ?? undefined }),
	(text, dct) => chrono.parse(text, chronoReference(dct))
]);
console.log(`throughput: tagger ${Math.round(taggerWps)} words/s, chrono-node ${Math.round(chronoWps)} words/s (x${(taggerWps / chronoWps).toFixed(2)})`);

const MB = 1 << 20;
/** The best of three runs of the tagger over a hostile text, and how many mentions it found there. */
function hostile(text: string): { ms: number; mentions: number } {
	let ms = Infinity;
	let mentions = 0;
	for (let i = 0; i < 3; i++) {
		let found: ReturnType<typeof tagTimes> = [];
		ms = Math.min(ms, cpuMs(() => (found = tagTimes(text, { anchor: '2021-09-06' }))));
		mentions = found.length;
	}
	return { ms, mentions };
}
const hostileRuns: Record<string, { ms: number; mentions: number }> = {};
for (const [name, text] of Object.entries(hostileInputs(MB))) hostileRuns[`${name}1MB`] = hostile(text);
hostileRuns.weekdays2MB = hostile(hostileInputs(2 * MB).weekdays);
const sentenceRuns: Record<string, { ms: number; mentions: number }> = {};
for (const [name, text] of Object.entries(sentenceInputs(MB))) sentenceRuns[`${name}1MB`] = hostile(text);
const linear = Object.fromEntries(Object.entries(hostileRuns).map(([k, v]) => [k, v.ms]));
const linearMentions = Object.fromEntries(Object.entries(hostileRuns).map(([k, v]) => [k, v.mentions]));
const listRuns = (runs: Record<string, { ms: number; mentions: number }>) => Object.entries(runs).map(([k, v]) => `${k} ${v.ms} (${v.mentions})`).join(', ');
console.log(`linear time, one stretch without a sentence end (CPU ms, best of 3; mentions found): ${listRuns(hostileRuns)}`);
console.log(`linear time, 1 MB of short sentences, every one read (CPU ms, best of 3; mentions found): ${listRuns(sentenceRuns)}`);

console.log(
	JSON.stringify({
		timebank: summary(results.TimeBank),
		aquaint: summary(results.AQUAINT),
		combined: summary(combined),
		throughput: { taggerWordsPerSecond: Math.round(taggerWps), chronoWordsPerSecond: Math.round(chronoWps), ratio: Math.round((taggerWps / chronoWps) * 100) / 100 },
		linearMs: linear,
		linearMentions,
		sentencesMs: Object.fromEntries(Object.entries(sentenceRuns).map(([k, v]) => [k, v.ms])),
		sentencesMentions: Object.fromEntries(Object.entries(sentenceRuns).map(([k, v]) => [k, v.mentions]))
	})
);
