/**
 * Text written to make a tagger or a parser backtrack takes milliseconds, not minutes, and its cost grows in
 * step with its length, through the time tagger alone and through the whole reading and extraction of an
 * article. Times are CPU times of this process (the machine is shared), the best of a few runs; the bounds
 * are generous: what they catch is a cost that grows with the square of the length, not a slow machine.
 * Each test prints its figures.
 */
import { describe, expect, it } from 'vitest';
import { articlesFromFile } from './articles/articlesFromFile';
import { createGazetteer } from './entities/index';
import { extractArticle } from './index';
import { tagTimes } from './time/index';

const gazetteer = createGazetteer();

function cpuMs(run: () => void): number {
	const before = process.cpuUsage();
	run();
	const spent = process.cpuUsage(before);
	return (spent.user + spent.system) / 1000;
}

function best(runs: number, run: () => void): number {
	let min = Infinity;
	for (let i = 0; i < runs; i++) min = Math.min(min, cpuMs(run));
	return min;
}

/** Exactly `length` characters of `unit` repeated. */
function repeated(unit: string, length: number): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Reads the text as a file and extracts it whole, as ingestion does for each article. */
function readAndExtract(text: string): void {
	for (const result of articlesFromFile({ file: 'adversarial.txt', bytes: new TextEncoder().encode(`Headline\n\n${text}`) }, { checkDates: false })) {
		if ('article' in result) extractArticle(result.article, gazetteer);
	}
}

function tag(text: string): void {
	tagTimes(text, { anchor: '2021-09-06' });
}

const WEEK = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ';

/** Families of adversarial text: a unit repeated to any length. */
const FAMILIES: [string, string][] = [
	['a run of digits', '1'],
	['digits in pairs', '12 '],
	['unbalanced quotes and brackets', '"(['],
	['dashed years', '2021-'],
	['slashed numbers', '1/'],
	['short lines', 'Troops entered the town\n']
];
/** Families that make one long stretch without a sentence end, which every stage reads in bounded pieces. */
const NO_SENTENCE_END: [string, string, number][] = [
	['weekday names', WEEK, 16_000],
	['"on" and a weekday', 'on Monday, ', 16_000],
	['prose without a full stop', 'and the rebels attacked the town on Monday, officials said ', 4_000],
	['month names', 'May March June ', 8_000]
];

/** Below this, a CPU time is mostly noise (a collection, a compilation): ratios count from it. */
const FLOOR_MS = 5;

/**
 * The cost at `size` and at eight times `size`, each the best of a few runs: linear growth gives eight
 * times the cost (less, with fixed costs), a cost growing with the square of the length sixty-four times.
 * The bound between them, thirty-two, leaves room for a machine busy with other work.
 */
function growth(run: (text: string) => void, unit: string, size: number): { small: number; large: number; ratio: number } {
	run(repeated(unit, size));
	const small = best(3, () => run(repeated(unit, size)));
	const large = best(2, () => run(repeated(unit, size * 8)));
	return { small, large, ratio: large / Math.max(small, FLOOR_MS) };
}

const MAX_GROWTH = 32;

function report(what: string, figures: Record<string, number>): void {
	console.log(`${what}: ${Object.entries(figures).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
}

describe('the inputs of the issue take milliseconds, not minutes', () => {
	const inputs: [string, string][] = [
		['a 1 MB run of digits', '9'.repeat(1024 * 1024)],
		['ten thousand weekday names', WEEK.repeat(10_000 / 7 + 1)],
		['a megabyte of unbalanced quotes and brackets', repeated(`"(['{‘“«`, 1024 * 1024)],
		['unbalanced quotes around time words', repeated(`He said "on Monday (the 3rd [of 'May in 2021 {`, 64 * 1024)]
	];

	it.each(inputs)('%s, through the tagger and through the whole extraction', (what, text) => {
		const tagger = best(1, () => tag(text));
		const extraction = best(1, () => readAndExtract(text));
		report(what, { 'chars': text.length, 'tagger ms': tagger, 'extraction ms': extraction });
		expect(tagger).toBeLessThan(10_000);
		expect(extraction).toBeLessThan(20_000);
	});
});

describe('the tagger\'s time grows linearly with adversarial text', () => {
	it.each(FAMILIES.concat(NO_SENTENCE_END.map(([what, unit]) => [what, unit])))('%s', (what, unit) => {
		const g = growth(tag, unit, 64_000);
		report(`tagger, ${what}`, { '64k ms': g.small, '512k ms': g.large, 'ratio': g.ratio });
		expect(g.ratio).toBeLessThan(MAX_GROWTH);
	});
});

describe('the whole extraction\'s time grows linearly with adversarial text', () => {
	it.each(FAMILIES)('%s', (what, unit) => {
		const g = growth(readAndExtract, unit, 16_000);
		report(`extraction, ${what}`, { '16k ms': g.small, '128k ms': g.large, 'ratio': g.ratio });
		expect(g.ratio).toBeLessThan(MAX_GROWTH);
	});

	// A stretch with no sentence end is read in bounded pieces (events/mentions.ts), so it stays linear too.
	it.each(NO_SENTENCE_END)('%s', (what, unit, size) => {
		const g = growth(readAndExtract, unit, size);
		report(`extraction, ${what}`, { [`${size / 1000}k ms`]: g.small, [`${(size * 8) / 1000}k ms`]: g.large, 'ratio': g.ratio });
		expect(g.ratio).toBeLessThan(MAX_GROWTH);
	});
});
