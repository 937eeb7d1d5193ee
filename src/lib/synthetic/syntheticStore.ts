/**
 * A deterministic synthetic store for rendering and query benchmarks: events spread over four decades with
 * the shape of a real conflict corpus (dense around a few crises, most events dated to the day, some to a
 * month, a year or a decade, some only "on or before" a publication date, a few undated), in a
 * hierarchy of invented regions and actors, each event reported by a short generated article so the event
 * panel and the article view work on it too. It writes the store directly, bypassing extraction.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, addHours, addMonths, addYears, format } from 'date-fns';
import type { Actor, EventType, Granularity, NewsEvent, Region, TimeSpan } from '../model';
import { randomSource } from './randomSource';
import { EVENT_TYPES } from '../model';
import type { MentionRecord } from '../extract/events/mentions';
import { eventIdFor, shortHash } from '../extract/events/mentionKey';
import { referenceTime } from '../extract/events/merge';
import { frameFamily, type Frame } from '../extract/events/taxonomy';
import { saveEntities } from '../server/articleWriter';
import type { Db } from '../server/db';
import { insertEvent, type ReconcileLookup } from '../server/eventReconciler';
import { statement } from '../server/statement';

const SYLLABLES = ['ka', 'ran', 'dor', 'mel', 'sha', 'bar', 'tin', 'oz', 'vel', 'qa', 'rum', 'sel', 'ta', 'gor', 'hin', 'lek', 'mar', 'nus', 'pol', 'zor'];
const FRAMES: { frame: Frame; type: EventType; verb: string }[] = [
	{ frame: 'attack', type: 'armed-violence', verb: 'attacked' },
	{ frame: 'kill', type: 'armed-violence', verb: 'killed civilians in' },
	{ frame: 'fight', type: 'armed-violence', verb: 'clashed with rivals near' },
	{ frame: 'capture', type: 'territorial-control', verb: 'seized' },
	{ frame: 'withdraw', type: 'territorial-control', verb: 'withdrew from' },
	{ frame: 'say', type: 'statement', verb: 'issued a statement on' },
	{ frame: 'condemn', type: 'statement', verb: 'condemned the violence in' },
	{ frame: 'meet', type: 'diplomacy', verb: 'held talks about' },
	{ frame: 'agree', type: 'diplomacy', verb: 'signed a ceasefire covering' },
	{ frame: 'appoint', type: 'political', verb: 'appointed a governor for' },
	{ frame: 'protest', type: 'political', verb: 'rallied supporters in' },
	{ frame: 'flee', type: 'humanitarian', verb: 'reported families fleeing' },
	{ frame: 'aid', type: 'humanitarian', verb: 'delivered aid to' }
];

function nameFrom(random: () => number, parts: number): string {
	let name = '';
	for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
	return name[0].toUpperCase() + name.slice(1);
}

interface World {
	regions: Region[];
	leaves: Region[];
	actors: Actor[];
	lookup: ReconcileLookup;
}

function buildWorld(random: () => number): World {
	const regions: Region[] = [];
	const used = new Set<string>();
	const unique = (parts: number) => {
		for (;;) {
			const n = nameFrom(random, parts);
			if (!used.has(n)) {
				used.add(n);
				return n;
			}
		}
	};
	for (let c = 0; c < 5; c++) {
		const country: Region = { id: `country:syn-${c}`, name: `${unique(2)}ia`, kind: 'country' };
		regions.push(country);
		for (let p = 0; p < 6; p++) {
			const province: Region = { id: `province:syn-${c}-${p}`, name: unique(2), kind: 'province', parent: country.id };
			regions.push(province);
			for (let d = 0; d < 5; d++) regions.push({ id: `district:syn-${c}-${p}-${d}`, name: unique(3), kind: 'district', parent: province.id });
		}
	}
	const actors: Actor[] = [];
	for (let g = 0; g < 12; g++) {
		const group: Actor = { id: `org:syn-${g}`, name: `${unique(2)} ${['Front', 'Army', 'Movement', 'Council'][g % 4]}`, kind: 'organization' };
		actors.push(group);
		for (let p = 0; p < 3; p++) actors.push({ id: `person:syn-${g}-${p}`, name: `${unique(2)} ${unique(2)}`, kind: 'person', memberOf: [group.id] });
	}
	const byId = new Map(regions.map((r) => [r.id, r]));
	const actorById = new Map(actors.map((a) => [a.id, a]));
	const ancestors = (id: string) => {
		const out: string[] = [];
		for (let r = byId.get(id)?.parent; r; r = byId.get(r)?.parent) out.push(r);
		return out;
	};
	const lookup: ReconcileLookup = {
		regionAncestors: ancestors,
		actorAncestors: (id) => actorById.get(id)?.memberOf ?? [],
		actorGroups: (id) => [id, ...(actorById.get(id)?.memberOf ?? [])],
		regionLineage: (id) => [id, ...ancestors(id)].map((r) => ({ id: r, kind: byId.get(r)?.kind ?? 'place' }))
	};
	return { regions, leaves: regions.filter((r) => r.kind === 'district'), actors, lookup };
}

/** Crises around which events cluster, as [year, month]: a real corpus is dense around a few of them. */
const CRISES: [number, number][] = [
	[1989, 1],
	[1996, 8],
	[2001, 9],
	[2008, 5],
	[2014, 6],
	[2021, 7],
	[2021, 8],
	[2022, 2]
];

function spanFor(random: () => number, publication: number): { span: TimeSpan | null; publication: number } {
	const roll = random();
	let granularity: Granularity = 'day';
	if (roll < 0.03) return { span: null, publication };
	if (roll < 0.08) {
		const day = new UTCDate(publication);
		return {
			span: { start: day.getTime(), end: addDays(day, 1).getTime(), granularity: 'day', value: format(day, 'yyyy-MM-dd'), basis: 'reported', mod: 'ON_OR_BEFORE', approximate: false, known: [] },
			publication
		};
	}
	if (roll < 0.13) granularity = 'month';
	else if (roll < 0.16) granularity = 'year';
	else if (roll < 0.17) granularity = 'decade';
	else if (roll < 0.2) granularity = 'week';
	else if (roll < 0.23) granularity = 'hour';
	const moment = addDays(new UTCDate(publication), -Math.floor(random() * 20));
	let start: UTCDate;
	let end: UTCDate;
	let value: string;
	switch (granularity) {
		case 'month':
			start = new UTCDate(moment.getUTCFullYear(), moment.getUTCMonth(), 1);
			end = addMonths(start, 1);
			value = format(start, 'yyyy-MM');
			break;
		case 'year':
			start = new UTCDate(moment.getUTCFullYear(), 0, 1);
			end = addYears(start, 1);
			value = format(start, 'yyyy');
			break;
		case 'decade': {
			const decade = Math.floor(moment.getUTCFullYear() / 10) * 10;
			start = new UTCDate(decade, 0, 1);
			end = addYears(start, 10);
			value = String(decade / 10);
			break;
		}
		case 'week':
			start = new UTCDate(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
			end = addDays(start, 7);
			value = format(start, "RRRR-'W'II");
			break;
		case 'hour':
			start = new UTCDate(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate(), Math.floor(random() * 24));
			end = addHours(start, 1);
			value = format(start, "yyyy-MM-dd'T'HH");
			break;
		default:
			start = new UTCDate(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
			end = addDays(start, 1);
			value = format(start, 'yyyy-MM-dd');
	}
	return {
		span: { start: start.getTime(), end: end.getTime(), granularity, value, basis: random() < 0.5 ? 'stated' : 'relative', approximate: granularity === 'decade' && random() < 0.5, known: [] },
		publication
	};
}

function publicationDay(random: () => number): number {
	if (random() < 0.7) {
		const [year, month] = CRISES[Math.floor(random() * CRISES.length)];
		const centre = Date.UTC(year, month - 1, 15);
		return addDays(new UTCDate(centre), Math.round((random() + random() + random() - 1.5) * 60)).getTime();
	}
	return Date.UTC(1982 + Math.floor(random() * 42), Math.floor(random() * 12), 1 + Math.floor(random() * 28));
}

export interface SyntheticOptions {
	events: number;
	seed?: number;
	/** Events per generated article. */
	eventsPerArticle?: number;
	onProgress?: (done: number) => void;
}

/** Fills an empty store with `events` synthetic events. */
export function fillSyntheticStore(db: Db, options: SyntheticOptions): { events: number; articles: number } {
	const random = randomSource(options.seed ?? 1);
	const world = buildWorld(random);
	const perArticle = options.eventsPerArticle ?? 8;
	saveEntities(db, world.actors, world.regions);
	const insertArticle = statement(
		db,
		`INSERT INTO articles (id, file, title, url, source, published, published_at, text, boilerplate, warnings, read_warnings, times, entities, content_hash, ingested_at)
		 VALUES (?, ?, ?, NULL, ?, ?, ?, ?, '[]', '[]', '[]', '[]', '[]', ?, ?)`
	);
	const insertMention = statement(db, `INSERT INTO mentions (key, article_id, event_id, family, at, start, end, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
	let articles = 0;
	const batch = 5000;
	for (let done = 0; done < options.events; ) {
		db.transaction(() => {
			const stop = Math.min(options.events, done + batch);
			while (done < stop) {
				const articleId = `synthetic-${String(articles).padStart(7, '0')}`;
				const published = publicationDay(random);
				const publishedDate = format(new UTCDate(published), 'yyyy-MM-dd');
				const count = Math.min(perArticle, stop - done);
				const sentences: string[] = [];
				const events: NewsEvent[] = [];
				let offset = 0;
				for (let k = 0; k < count; k++) {
					const { frame, type, verb } = FRAMES[Math.floor(random() * FRAMES.length)];
					const actor = world.actors[Math.floor(random() * world.actors.length)];
					const region = world.leaves[Math.floor(random() * world.leaves.length)];
					const { span } = spanFor(random, published);
					const sentence = `${actor.name} ${verb} ${region.name}.`;
					const start = offset;
					const end = start + sentence.length;
					sentences.push(sentence);
					offset = end + 1;
					const key = `${articleId}:${shortHash(`${sentence}|${k}`)}`;
					const mention: MentionRecord = {
						articleId,
						start,
						end,
						sentence: { start, end },
						trigger: { start: start + actor.name.length + 1, end: start + actor.name.length + 1 + verb.split(' ')[0].length, text: verb.split(' ')[0], lemma: frame },
						time: span,
						type,
						title: sentence.slice(0, -1),
						actors: [actor.id],
						regions: [region.id],
						key,
						frame,
						family: frameFamily(frame),
						tense: 'past',
						words: [],
						text: sentence
					};
					const event: NewsEvent = { id: eventIdFor(key), title: mention.title, type, time: span, actors: [actor.id], regions: [region.id], mentions: [mention] };
					events.push(event);
					done++;
				}
				const text = sentences.join('\n');
				const publication = {
					date: publishedDate,
					span: { start: published, end: addDays(new UTCDate(published), 1).getTime(), granularity: 'day', value: publishedDate, basis: 'stated', approximate: false, known: [] },
					basis: 'metadata',
					estimate: false
				};
				insertArticle.run(articleId, `${articleId}.txt`, `Report ${articles + 1}: ${events[0].title}`, 'Synthetic Wire', JSON.stringify(publication), published, text, shortHash(text), Date.now());
				for (const event of events) {
					const [m] = event.mentions as MentionRecord[];
					insertMention.run(m.key, articleId, event.id, m.family, m.time ? referenceTime(m) : null, m.time?.start ?? null, m.time?.end ?? null, JSON.stringify(m));
					insertEvent(db, event, shortHash(event.id), world.lookup);
				}
				articles++;
			}
		})();
		options.onProgress?.(done);
	}
	return { events: options.events, articles };
}
