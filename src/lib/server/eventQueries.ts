/**
 * One event with everything the panel and its permalink page show, and the article view with every
 * mention and time expression Dateline read in it.
 */
import type { ArticleView, EventDetail, EventSource } from '../api';
import type { Actor, PublicationDate, Region, TimeMention, TimeSpan } from '../model';
import type { MentionRecord } from '../extract/events/mentions';
import type { Db } from './db';
import { articleHeadOf } from './articleSummaries';

export type EventLookup = { event: EventDetail } | { redirect: string } | null;

/** Region ids with their ancestors' names, root first. */
function regionWithPath(db: Db, id: string): (Region & { path: string[] }) | null {
	const select = db.prepare(`SELECT data FROM regions WHERE id = ?`);
	const row = select.get(id) as { data: string } | undefined;
	if (!row) return null;
	const region = JSON.parse(row.data) as Region;
	const path: string[] = [];
	const seen = new Set([region.id]);
	for (let parent = region.parent; parent && !seen.has(parent); ) {
		seen.add(parent);
		const p = select.get(parent) as { data: string } | undefined;
		if (!p) break;
		const r = JSON.parse(p.data) as Region;
		path.unshift(r.name);
		parent = r.parent;
	}
	return { ...region, path };
}

export function actorById(db: Db, id: string): Actor | null {
	const row = db.prepare(`SELECT data FROM actors WHERE id = ?`).get(id) as { data: string } | undefined;
	return row ? (JSON.parse(row.data) as Actor) : null;
}

export function queryEvent(db: Db, id: string): EventLookup {
	const row = db.prepare(`SELECT id, title, type, time, claimed_by, actors, regions FROM events WHERE id = ?`).get(id) as
		| { id: string; title: string; type: string; time: string | null; claimed_by: string | null; actors: string; regions: string }
		| undefined;
	if (!row) {
		const alias = db.prepare(`SELECT event_id FROM event_aliases WHERE old_id = ?`).get(id) as { event_id: string } | undefined;
		return alias ? { redirect: alias.event_id } : null;
	}
	const mentions = (db.prepare(`SELECT data FROM mentions WHERE event_id = ? ORDER BY article_id, key`).all(row.id) as { data: string }[]).map((r) => JSON.parse(r.data) as MentionRecord);
	const articles = new Map<string, { title: string; url: string | null; source: string | null; published: PublicationDate | null }>();
	const selectArticle = db.prepare(`SELECT title, url, source, published FROM articles WHERE id = ?`);
	for (const m of mentions) {
		if (articles.has(m.articleId)) continue;
		const a = selectArticle.get(m.articleId) as { title: string; url: string | null; source: string | null; published: string | null };
		articles.set(m.articleId, { ...a, published: a.published ? JSON.parse(a.published) : null });
	}
	const sources: EventSource[] = mentions
		.map((m) => {
			const a = articles.get(m.articleId)!;
			return {
				articleId: m.articleId,
				articleTitle: a.title,
				...(a.url ? { url: a.url } : {}),
				...(a.source ? { source: a.source } : {}),
				published: a.published,
				sentence: { start: m.sentence.start, end: m.sentence.end, text: m.text },
				clause: { start: m.start, end: m.end },
				trigger: { start: m.trigger.start, end: m.trigger.end, text: m.trigger.text },
				...(m.timex ? { timex: m.timex } : {}),
				time: m.time,
				...(m.claimedBy ? { claimedBy: m.claimedBy } : {})
			};
		})
		.sort((x, y) => (x.published?.span.start ?? Infinity) - (y.published?.span.start ?? Infinity) || x.articleId.localeCompare(y.articleId) || x.sentence.start - y.sentence.start);

	const actors = (JSON.parse(row.actors) as string[]).map((a) => actorById(db, a)).filter((a): a is Actor => a !== null);
	const regions = (JSON.parse(row.regions) as string[]).map((r) => regionWithPath(db, r)).filter((r): r is Region & { path: string[] } => r !== null);
	const claimer = row.claimed_by ? (actorById(db, row.claimed_by) ?? { id: row.claimed_by, name: row.claimed_by }) : undefined;
	return {
		event: {
			id: row.id,
			title: row.title,
			type: row.type as EventDetail['type'],
			time: row.time ? (JSON.parse(row.time) as TimeSpan) : null,
			actors,
			regions,
			...(claimer ? { claimedBy: claimer } : {}),
			sources
		}
	};
}

export function queryArticle(db: Db, id: string): ArticleView | null {
	const row = db.prepare(`SELECT * FROM articles WHERE id = ?`).get(id) as
		| { id: string; file: string; title: string; url: string | null; source: string | null; published: string | null; warnings: string; text: string; boilerplate: string; times: string; entities: string }
		| undefined;
	if (!row) return null;
	const mentionRows = db
		.prepare(`SELECT m.data AS data, m.event_id AS event_id, e.title AS event_title FROM mentions m LEFT JOIN events e ON e.id = m.event_id WHERE m.article_id = ?`)
		.all(id) as { data: string; event_id: string; event_title: string | null }[];
	const mentions = mentionRows
		.map((r) => {
			const m = JSON.parse(r.data) as MentionRecord;
			return {
				eventId: r.event_id,
				eventTitle: r.event_title ?? m.title,
				start: m.start,
				end: m.end,
				sentence: m.sentence,
				trigger: { start: m.trigger.start, end: m.trigger.end, text: m.trigger.text },
				type: m.type,
				time: m.time,
				...(m.claimedBy ? { claimedBy: m.claimedBy } : {})
			};
		})
		.sort((a, b) => a.start - b.start || a.trigger.start - b.trigger.start);
	const names = new Map<string, string>();
	const nameOf = (kind: 'actor' | 'region', entityId: string) => {
		const key = `${kind}:${entityId}`;
		if (!names.has(key)) {
			const table = kind === 'actor' ? 'actors' : 'regions';
			const found = db.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(entityId) as { name: string } | undefined;
			names.set(key, found?.name ?? entityId);
		}
		return names.get(key)!;
	};
	const entities = (JSON.parse(row.entities) as { start: number; end: number; kind: 'actor' | 'region'; id: string }[]).map((e) => ({ start: e.start, end: e.end, kind: e.kind, id: e.id, name: nameOf(e.kind, e.id) }));
	return {
		...articleHeadOf(row),
		file: row.file,
		text: row.text,
		boilerplate: JSON.parse(row.boilerplate),
		mentions,
		times: JSON.parse(row.times) as TimeMention[],
		entities
	};
}
