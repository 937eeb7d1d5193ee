import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail } from '../api';
import type { MentionRecord } from '../extract/events/mentions';
import { openStore, type Db } from './db';
import { buildExport } from './exporter';
import { ingest } from './ingest';
import { queryArticle, queryEvent } from './eventQueries';
import { queryTimeline } from './timelineQueries';

const SEEDS = join(__dirname, '../../../seeds');
const SUDAN = join(__dirname, '../../../tests/fixtures/corpora/sudan-2023');

function day(ms: number | undefined): string | undefined {
	return ms === undefined ? undefined : new Date(ms).toISOString().slice(0, 10);
}

/** Stored mentions whose sentence contains every one of `words`, with their event. */
function mentionsSaying(db: Db, ...words: string[]): (MentionRecord & { eventId: string })[] {
	const rows = db.prepare(`SELECT data, event_id FROM mentions`).all() as { data: string; event_id: string }[];
	return rows.map((r) => ({ ...(JSON.parse(r.data) as MentionRecord), eventId: r.event_id })).filter((m) => words.every((w) => m.text.includes(w)));
}

/** The events reported by sentences containing every one of `words`. */
function eventsSaying(db: Db, ...words: string[]): EventDetail[] {
	const ids = [...new Set(mentionsSaying(db, ...words).map((m) => m.eventId))];
	return ids.map((id) => {
		const found = queryEvent(db, id);
		if (!found || !('event' in found)) throw new Error(`event ${id} is missing`);
		return found.event;
	});
}

function sourcesOf(event: EventDetail): Set<string> {
	return new Set(event.sources.map((s) => s.articleId));
}

describe('ingesting the seeds', () => {
	let dir: string;
	let db: Db;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'dateline-seeds-'));
		db = openStore(join(dir, 'store.db'));
		await ingest(db, { paths: [SEEDS], workers: 1 });
	});
	afterAll(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it.each([
		// NOTES.md: what is known about each seed's dated events
		['the attack on the UN compound in Herat, "on Friday" in 000', ['compound in Herat'], '2021-07-30'],
		['the Security Council statement "issued Tuesday" in 000', ['issued Tuesday'], '2021-08-03'],
		['the US embassy statement "on Monday" in 000', ['embassies in Kabul said on Monday'], '2021-08-02'],
		['the NATO statement "on Friday" in 004', ['Stoltenberg said in a statement'], '2021-08-13'],
		["Guterres' news conference in 004", ['Guterres told a news conference'], '2021-08-13'],
		["Johnson's news conference in 004", ['Boris Johnson told a news conference'], '2021-08-13'],
		['the security meeting at the palace in 004', ['security meeting on Friday'], '2021-08-13'],
		["Masud's call on Monday in 003", ['Masud on Monday called'], '2021-09-06'],
		["the Ulema Council's support on Sunday in 003", ['Ulema Council on Sunday'], '2021-09-05'],
		['the seizure of Kabul on August 15 in 003', ['seized Kabul on August 15'], '2021-08-15'],
		['the spokesman\'s claim "Monday" in 002, once the corpus dates it', ['Mujahid claimed Monday'], '2021-09-06']
	])('places %s on its day', (_, words, expected) => {
		const dated = eventsSaying(db, ...words).filter((e) => e.time && e.time.granularity === 'day' && e.time.basis !== 'reported');
		expect(dated.map((e) => day(e.time?.start))).toContain(expected);
	});

	it('dates 002 from the corpus, as an estimate with its evidence', () => {
		const article = queryArticle(db, '002_4054172739a3b017');
		expect(article?.published).toMatchObject({ date: '2021-09-06', basis: 'corpus', estimate: true });
		expect(article?.published?.evidence?.length).toBeGreaterThan(0);
	});

	it('keeps the sidecar dates of 000 and 004 as estimates, and the datelines of 001 and 003', () => {
		expect(queryArticle(db, '000_25ee0b6bfa3e76e1')?.published).toMatchObject({ date: '2021-08-04', basis: 'metadata', estimate: true });
		expect(queryArticle(db, '004_dbc812d47cc6aa93')?.published).toMatchObject({ date: '2021-08-14', basis: 'metadata', estimate: true });
		expect(queryArticle(db, '001_4184e4db5a1650fa')?.published).toMatchObject({ date: '2022-11-27', basis: 'dateline' });
		expect(queryArticle(db, '003_f13ce513ec09778f')?.published).toMatchObject({ date: '2021-09-06', basis: 'dateline' });
	});

	it('warns about 001\'s 29 February and lands no event on a day that does not exist', () => {
		const article = queryArticle(db, '001_4184e4db5a1650fa')!;
		expect(article.warnings.map((w) => w.message).join('\n')).toMatch(/29 February 2022 does not exist/);
		for (const m of article.mentions) {
			if (m.time) expect(m.time.value).not.toMatch(/-02-29$|-02-3\d$|-03-01$/);
		}
	});

	it('gives no events for teasers, navigation, captions and comment counters', () => {
		for (const id of ['002_4054172739a3b017', '003_f13ce513ec09778f', '004_dbc812d47cc6aa93']) {
			const article = queryArticle(db, id)!;
			for (const m of article.mentions) {
				const inBoilerplate = article.boilerplate.some((b) => b.start < m.end && b.end > m.start);
				expect(inBoilerplate, article.text.slice(m.sentence.start, m.sentence.end)).toBe(false);
			}
		}
		const all = buildExport(db).events.flatMap((e) => e.mentions.map((m) => m.text)).join('\n');
		for (const teaser of ['Zelensky', 'Palestinians', 'neurosurgical', 'water crisis', 'Immigration and Customs', 'peacekeeping', 'gender apartheid', 'google plus', 'no comments']) {
			expect(all).not.toContain(teaser);
		}
	});

	it("makes Masoud's call for an uprising, reported by 002 and 003, one event with two sources", () => {
		const calls = mentionsSaying(db, 'uprising').filter((m) => m.trigger.lemma.startsWith('call') && (m.articleId.startsWith('002') || m.text.includes('on Monday called')));
		const events = new Set(calls.map((m) => m.eventId));
		expect(events.size).toBe(1);
		const [event] = eventsSaying(db, 'Masud on Monday called');
		expect([...sourcesOf(event)].sort()).toEqual(['002_4054172739a3b017', '003_f13ce513ec09778f']);
	});

	it('counts the quotation repeated in 000 once', () => {
		const tweeted = mentionsSaying(db, 'These murders could constitute war crimes');
		expect(tweeted).toHaveLength(1);
	});

	it('filters by a province including its districts, and by a group including its members', () => {
		const kandahar = queryTimeline(db, { region: ['province:af-kan'] });
		expect(kandahar.events.some((e) => e.regions.includes('district:af-kan-spin-boldak'))).toBe(true);
		const taliban = new Set(queryTimeline(db, { actor: ['org:taliban'] }).events.map((e) => e.id));
		const byMujahid = queryTimeline(db, { actor: ['person:zabihullah-mujahid'] }).events;
		expect(byMujahid.length).toBeGreaterThan(0);
		for (const e of byMujahid) expect(taliban.has(e.id)).toBe(true);
	});

	it('skips unchanged files on a second run', async () => {
		const again = await ingest(db, { paths: [SEEDS], workers: 1 });
		expect(again).toMatchObject({ read: 5, unchanged: 5, added: 0, updated: 0 });
	});
});

describe('re-ingesting a corpus that changes', () => {
	let dir: string;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'dateline-changes-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('derives event ids from content: the same corpus gives the same ids in a fresh store', async () => {
		const ids = async (name: string) => {
			const db = openStore(join(dir, name));
			await ingest(db, { paths: [SUDAN], workers: 1 });
			const out = buildExport(db).events.map((e) => e.id).sort();
			db.close();
			return out;
		};
		expect(await ids('a.db')).toEqual(await ids('b.db'));
	});

	it('replaces a changed file\'s mentions, keeps the ids of events still reported, and resolves a merged id', async () => {
		const corpus = join(dir, 'corpus');
		cpSync(SUDAN, corpus, { recursive: true });
		const db = openStore(join(dir, 'changing.db'));
		await ingest(db, { paths: [join(corpus, '03-wad-madani.jsonl')], workers: 1 });
		const before = new Set(mentionsSaying(db, 'entered Wad Madani').filter((m) => m.trigger.lemma === 'enter').map((m) => m.eventId));
		expect(before.size).toBeGreaterThan(0);

		// A new article about the same happening joins the existing event: its id survives, and any id
		// retired by the merge resolves to the survivor.
		await ingest(db, { paths: [corpus], workers: 1 });
		const [joined] = eventsSaying(db, 'took Wad Madani').filter((e) => e.type === 'territorial-control');
		expect(before.has(joined.id)).toBe(true);
		for (const old of before) {
			const found = queryEvent(db, old);
			expect(found && ('redirect' in found ? found.redirect : found.event.id)).toBe(joined.id);
		}

		// Editing an article replaces its mentions.
		const md = join(corpus, '02-jeddah-declaration.md');
		writeFileSync(md, readFileSync(md, 'utf8').replace('signed a declaration in Jeddah on Thursday', 'signed a declaration in Jeddah on Wednesday'));
		const run = await ingest(db, { paths: [corpus], workers: 1 });
		expect(run.updated).toBe(1);
		const signing = mentionsSaying(db, 'signed a declaration in Jeddah').filter((m) => m.trigger.lemma === 'sign');
		expect(signing.map((m) => day(m.time?.start))).toEqual(['2023-05-10']);
		db.close();
	});
});

describe('a corpus about another conflict (Sudan, 2023)', () => {
	let dir: string;
	let db: Db;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'dateline-sudan-'));
		db = openStore(join(dir, 'store.db'));
		await ingest(db, { paths: [SUDAN], workers: 1 });
	});
	afterAll(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it.each([
		['fighting erupted on Saturday morning (dateline April 16, 2023)', ['fighting erupted'], '2023-04-15', 'partofday'],
		['the battle for the capital "on Sunday"', ['fought for control of the capital'], '2023-04-16', 'day'],
		['the Jeddah talks that began "on Saturday" (published 12 May 2023)', ['talks began on Saturday'], '2023-05-06', 'day'],
		['the Jeddah declaration signed "on Thursday"', ['signed a declaration in Jeddah'], '2023-05-11', 'day'],
		['the RSF entering Wad Madani "on Monday" (published 20 Dec 2023)', ['entered Wad Madani on Monday'], '2023-12-18', 'day'],
		['the attack on El Geneina "in June" (an article of April 2024 looking back)', ['attacked El Geneina'], '2023-06-01', 'month'],
		['the army retaking parts of Omdurman "in March" (April 2024)', ['retook parts of Omdurman'], '2024-03-01', 'month'],
		['the Janjaweed fighting in Darfur "in the 2000s"', ['Janjaweed militias'], '2000-01-01', 'decade']
	])('places %s', (_, words, expected, granularity) => {
		const events = eventsSaying(db, ...words).filter((e) => e.time?.basis !== 'reported');
		expect(events.map((e) => `${day(e.time?.start)} ${e.time?.granularity}`)).toContain(`${expected} ${granularity}`);
	});

	it('merges the Wad Madani capture told by three articles, one of them undated until the corpus dates it', () => {
		const capture = eventsSaying(db, 'Wad Madani').filter((e) => e.type === 'territorial-control' && sourcesOf(e).size === 3);
		expect(capture).toHaveLength(1);
		expect(day(capture[0].time?.start)).toBe('2023-12-18');
		expect(queryArticle(db, 'madani-exodus')?.published).toMatchObject({ date: '2023-12-18', basis: 'corpus', estimate: true });
	});

	it('merges the Jeddah declaration of May 2023 told in May 2023 and in April 2024, at its most precise date', () => {
		const declaration = eventsSaying(db, 'Jeddah').filter((e) => e.type === 'diplomacy' && sourcesOf(e).size === 2);
		expect(declaration).toHaveLength(1);
		expect(day(declaration[0].time?.start)).toBe('2023-05-11');
	});

	it('places nothing for what is only threatened', () => {
		const threatened = mentionsSaying(db, 'the fighting will spread');
		expect(threatened.map((m) => m.frame)).toEqual(['warn']);
	});
});
