/**
 * Every kind of bad input the open web gives, in one batch through the real `ingest()`: each gets a clear
 * message naming its file (and line, where there is one): an error when it cannot be read, a warning on
 * the stored article when it could be read in part or decoded, and everything else in the batch is ingested.
 * The large inputs are made here, not kept in the repository.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadError } from '../extract/articles/readResult';
import { MAX_EXTRACTED_CHARS } from '../extract/index';
import { openStore, type Db } from './db';
import { ingest, type IngestSummary } from './ingest';

interface StoredArticle {
	id: string;
	file: string;
	title: string;
	url: string | null;
	published: { date: string; basis: string } | null;
	text: string;
	warnings: { message: string; range?: { start: number; end: number } }[];
	mentions: number;
	events: number;
}

const story = (headline: string, body: string) => `${headline}\n\n${body}\n`;

let dir: string;
let db: Db;
let summary: IngestSummary;
const reported: ReadError[] = [];
let stored: Map<string, StoredArticle>;

function file(name: string): string {
	return join(dir, 'batch', name);
}

/** The name of an input (and line) inside the batch folder. */
function inBatch(path: string): string {
	return path.slice(join(dir, 'batch').length + 1);
}

function article(name: string): StoredArticle {
	const found = stored.get(file(name));
	if (!found) throw new Error(`${name} was not ingested`);
	return found;
}

function warningsOf(name: string): string {
	return article(name)
		.warnings.map((w) => w.message)
		.join('\n');
}

function errorsOf(name: string): ReadError[] {
	return summary.errors.filter((e) => e.file === file(name));
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-bad-inputs-'));
	mkdirSync(join(dir, 'batch'));
	const write = (name: string, content: string | Uint8Array) => writeFileSync(file(name), content);

	// Readable articles, about other conflicts and outlets than the seeds, in every format.
	write('good-bogota.md', `---\ntitle: Colombia signs revised peace accord\npublished: 2016-11-24\nsource: Andes Wire\n---\n${story('Colombia signs revised peace accord', 'BOGOTÁ — The government and the FARC signed a revised peace accord in Bogotá on Thursday, officials said. Congress will vote on the deal next week.')}`);
	write(
		'good-mosul.html',
		`<!doctype html><html><head><meta charset="utf-8"><title>Iraqi forces retake Mosul</title><meta property="article:published_time" content="2017-07-10T08:00:00Z"></head><body><article><h1>Iraqi forces retake Mosul</h1><p>MOSUL — Iraqi forces recaptured the old city of Mosul on Sunday after nine months of fighting, the prime minister said.</p><p>The Islamic State had seized the city in June 2014.</p></article></body></html>`
	);
	write('good-harare.txt', story('Army takes control in Zimbabwe', 'HARARE, Nov. 15, 2017 (Reuters) - The army seized the state broadcaster in Harare on Wednesday, witnesses said, and the president was held at his home.'));

	// Nothing to read.
	write('empty.txt', '');
	write('blank.md', ' \n\t\n\n');
	const png = new Uint8Array(4096);
	png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	for (let i = 8; i < png.length; i++) png[i] = (i * 7919) % 251;
	write('photo.txt', png);

	// Other encodings and line ends, decoded.
	write('windows-1252.txt', iconv.encode(story('Talks in Bogotá', 'The rebels said on 3 June 2019 that the talks were “a new dawn” – and officials in Bogotá agreed.'), 'win1252'));
	write('latin1.txt', Buffer.from(story('Flood in Zürich', 'The river burst its banks in Zürich on 3 June 2019, the canton said. Façades along the quay were damaged.'), 'latin1'));
	write('utf8-bom.txt', `\ufeff${story('Ceasefire in Yemen', 'The warring parties agreed a truce in Hodeidah on 13 December 2018, the United Nations said.')}`);
	write('crlf.txt', story('Strike in Kyiv', 'Missiles struck Kyiv on 10 October 2022, officials said.\nThe city lost power.').replace(/\n/g, '\r\n'));
	write('cr.txt', story('Truce in Gaza', 'A truce took effect in Gaza on 21 May 2021, both sides said.\nAid lorries crossed at Kerem Shalom.').replace(/\n/g, '\r'));

	// Size: a 50 MB page dump, and a file of 100,000 lines.
	const filler = 'The reservoir level was read at the northern gauge and entered in the ledger by the duty engineer.\n';
	write('dump-50mb.txt', story('Dam inspection log released', 'Inspectors said on 2 March 2016 that the Mosul dam was safe.') + filler.repeat(Math.ceil((50 * 1024 * 1024) / filler.length)));
	const lines: string[] = [];
	for (let i = 0; i < 100_000; i++) lines.push(`Ward ${i % 40}: ${i}`);
	write('100k-lines.txt', story('Election returns published', 'The commission published the returns of every ward on 9 August 2022, it said.') + lines.join('\n'));

	// JSON lines, some broken.
	write(
		'feed.jsonl',
		[
			JSON.stringify({ id: 'sahel-1', title: 'Soldiers detain Niger president', published: '2023-07-26', text: 'NIAMEY — Soldiers detained the president of Niger on Wednesday, state television said.' }),
			'{"id": "broken", "text": "unterminated',
			'[1, 2, 3]',
			JSON.stringify({ id: 'no-text', title: 'A record without text' }),
			'',
			JSON.stringify({ id: 'sahel-2', published: '2023-08-10', text: 'ABUJA — West African leaders met in Abuja on Thursday and ordered a standby force.' }),
			'\u0000\u0001binary junk'
		].join('\n')
	);

	// Broken metadata: YAML that does not parse, dates that do not exist.
	write('broken-yaml.md', `---\ntitle: "Unclosed quote\npublished: 2019-04-11\ntags: [a, b\n---\n${story('Protesters stay in the streets of Khartoum', 'Thousands of protesters stayed outside the army headquarters in Khartoum on 11 April 2019, witnesses said.')}`);
	write('feb-30.md', `---\npublished: 2021-02-30\n---\n${story('Talks resume in Doha', 'Negotiators met in Doha on Tuesday, officials said.')}`);
	write('apr-31.txt', story('Strike on Mariupol theatre', 'The theatre in Mariupol was struck on 16 March 2022, the city council said.'));
	write('apr-31.meta.json', JSON.stringify({ published: '2022-04-31', url: 'javascript:alert(1)' }));
	write('year-0.md', `---\npublished: "0000-05-01"\n---\n${story('Border talks resume', 'Talks on the border resumed, both sides said, after a pause of several months.')}`);
	write('year-99999.md', `---\npublished: "99999-01-01"\n---\n${story('Port reopens', 'The port of Hodeidah reopened to ships, the authorities said.')}`);
	write('impossible-in-text.txt', story('Rebels claim a town', 'KINSHASA, March 3, 2021 (AP) - The rebels said they took the town on 30 February 2021 and held it until 31 April 2021.'));

	// Text written to make a tagger backtrack: a megabyte of digits, ten thousand weekdays, unbalanced quotes.
	write('digits.txt', story('Census figures', '1'.repeat(1024 * 1024)));
	write('weekdays.txt', story('Schedule', 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday '.repeat(10_000 / 7 + 1)));
	write('unbalanced.txt', story('Quotes', `He said "on Monday (the 3rd [of "May 'in 2021 {(( ${'"(['.repeat(50_000)}`));

	db = openStore(join(dir, 'store.db'));
	summary = await ingest(db, { paths: [join(dir, 'batch')], workers: 1, onError: (e) => reported.push(e) });
	const rows = db
		.prepare(
			`SELECT a.id, a.file, a.title, a.url, a.published, a.text, a.warnings,
			        (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS mentions,
			        (SELECT count(*) FROM event_articles ea WHERE ea.article_id = a.id) AS events
			 FROM articles a`
		)
		.all() as (Omit<StoredArticle, 'published' | 'warnings'> & { published: string | null; warnings: string })[];
	stored = new Map(rows.map((r) => [r.file, { ...r, published: r.published ? JSON.parse(r.published) : null, warnings: JSON.parse(r.warnings) }]));
}, 120_000);

afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('one batch of bad input through ingest()', () => {
	it('reports each input that cannot be read, by file and line, as it meets it, and nothing else', () => {
		expect(reported).toEqual(summary.errors);
		const summaryOf = (e: ReadError) => `${inBatch(e.file)}${e.line ? `:${e.line}` : ''}`;
		expect(summary.errors.map(summaryOf).sort()).toEqual(['blank.md', 'empty.txt', 'feed.jsonl:2', 'feed.jsonl:3', 'feed.jsonl:4', 'feed.jsonl:7', 'photo.txt'].sort());
		expect(errorsOf('empty.txt')[0].message).toBe('the file is empty');
		expect(errorsOf('blank.md')[0].message).toMatch(/only white space/);
		expect(errorsOf('photo.txt')[0].message).toMatch(/binary/);
		for (const e of errorsOf('feed.jsonl')) expect(e.message).toMatch(new RegExp(`^line ${e.line}\\b`));
	});

	it('ingests everything else', () => {
		expect(summary.read).toBe(stored.size);
		expect([...stored.keys()].map(inBatch).sort()).toEqual(
			[
				'good-bogota.md', 'good-mosul.html', 'good-harare.txt', 'windows-1252.txt', 'latin1.txt', 'utf8-bom.txt', 'crlf.txt', 'cr.txt', 'dump-50mb.txt', '100k-lines.txt',
				'feed.jsonl:1', 'feed.jsonl:6', 'broken-yaml.md', 'feb-30.md', 'apr-31.txt', 'year-0.md', 'year-99999.md', 'impossible-in-text.txt', 'digits.txt', 'weekdays.txt', 'unbalanced.txt'
			].sort()
		);
		expect(summary.articles).toBe(stored.size);
		for (const name of ['good-bogota.md', 'good-mosul.html', 'good-harare.txt', 'feed.jsonl:1', 'feed.jsonl:6']) {
			expect(article(name).events, name).toBeGreaterThan(0);
			expect(article(name).warnings, name).toEqual([]);
		}
		expect(article('good-harare.txt').published).toMatchObject({ date: '2017-11-15', basis: 'dateline' });
		// Every event has its mentions, every mention its event: the batch was merged whole.
		expect(db.prepare(`SELECT count(*) AS n FROM mentions WHERE event_id = '' OR event_id NOT IN (SELECT id FROM events)`).get()).toEqual({ n: 0 });
		expect(db.prepare(`SELECT count(*) AS n FROM pending_events`).get()).toEqual({ n: 0 });
	});

	it('decodes Windows-1252 and Latin-1 with a warning that names the encoding', () => {
		expect(article('windows-1252.txt').text).toContain('“a new dawn” – and officials in Bogotá');
		expect(warningsOf('windows-1252.txt')).toMatch(/Windows-1252/);
		expect(article('latin1.txt').text).toContain('Zürich on 3 June 2019, the canton said. Façades');
		expect(warningsOf('latin1.txt')).toMatch(/Windows-1252/);
		for (const name of ['windows-1252.txt', 'latin1.txt']) expect(article(name).events, name).toBeGreaterThan(0);
	});

	it('drops a BOM and keeps CRLF and CR line ends as they are, reading the headline off the first line', () => {
		expect(article('utf8-bom.txt').text.startsWith('Ceasefire in Yemen')).toBe(true);
		expect(article('utf8-bom.txt').title).toBe('Ceasefire in Yemen');
		expect(article('crlf.txt').text).toContain('officials said.\r\nThe city lost power.');
		expect(article('crlf.txt').title).toBe('Strike in Kyiv');
		expect(article('cr.txt').text).toContain('both sides said.\rAid lorries');
		expect(article('cr.txt').title).toBe('Truce in Gaza');
		for (const name of ['utf8-bom.txt', 'crlf.txt', 'cr.txt']) {
			expect(article(name).warnings, name).toEqual([]);
			expect(article(name).events, name).toBeGreaterThan(0);
		}
	});

	it('stores a 50 MB file whole, reads events from its beginning, and says where reading stopped', () => {
		const dump = article('dump-50mb.txt');
		expect(dump.text.length).toBeGreaterThan(50 * 1024 * 1024);
		expect(dump.events).toBeGreaterThan(0);
		const [warning] = dump.warnings;
		expect(warning.message).toMatch(/events were read from its first [\d,]+ characters/);
		expect(warning.range!.start).toBeLessThanOrEqual(MAX_EXTRACTED_CHARS);
		expect(warning.range!.end).toBe(dump.text.length);
	});

	it('reads a file of 100,000 lines whole', () => {
		const register = article('100k-lines.txt');
		expect(register.text.split('\n').length).toBeGreaterThan(100_000);
		expect(register.text.endsWith('Ward 39: 99999')).toBe(true);
		expect(register.warnings).toEqual([]);
		expect(register.events).toBeGreaterThan(0);
	});

	it('keeps the article when its front matter is broken, with a warning naming the line', () => {
		expect(article('broken-yaml.md').title).toBe('Protesters stay in the streets of Khartoum');
		expect(warningsOf('broken-yaml.md')).toMatch(/the front matter is not valid YAML at line \d+ .*its fields were ignored/);
		expect(article('broken-yaml.md').events).toBeGreaterThan(0);
	});

	it.each([
		['feb-30.md', /2021-02-30/],
		['apr-31.txt', /2022-04-31/],
		['year-0.md', /0000-05-01/],
		['year-99999.md', /99999-01-01/]
	])('refuses the impossible publication date of %s with a warning, and keeps the article undated', (name, date) => {
		expect(article(name).published).toBeNull();
		expect(warningsOf(name)).toMatch(date);
	});

	it('refuses a javascript: url from a sidecar', () => {
		expect(article('apr-31.txt').url).toBeNull();
		expect(warningsOf('apr-31.txt')).toMatch(/"url" "javascript:alert\(1\)" is not an http\(s\) address; it was ignored/);
	});

	it('warns about impossible dates in the text, and places no event on them', () => {
		const text = warningsOf('impossible-in-text.txt');
		expect(text).toMatch(/30 February 2021 does not exist/);
		expect(text).toMatch(/31 April 2021 does not exist/);
		const spans = (db.prepare(`SELECT start FROM mentions WHERE article_id = ? AND start IS NOT NULL`).all(article('impossible-in-text.txt').id) as { start: number }[]).map((m) => new Date(m.start).toISOString().slice(5, 10));
		for (const day of spans) expect(['03-02', '03-01', '05-01']).not.toContain(day);
	});

	it('ingests adversarial text for the tagger without a warning to show for it', () => {
		for (const name of ['digits.txt', 'weekdays.txt', 'unbalanced.txt']) {
			expect(article(name).text.length, name).toBeGreaterThan(70_000);
		}
		expect(article('digits.txt').title).toBe('Census figures');
	});
});
