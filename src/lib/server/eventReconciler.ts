/**
 * Regroups stored mentions into events after articles change, keeping event ids stable: an event keeps
 * its id as long as most of its mentions stay together; when two events merge, the absorbed one's id
 * becomes an alias of the survivor, so its permalink keeps working.
 *
 * Only the neighbourhood of what changed is regrouped: mentions of the same frame family (merging never
 * crosses families) whose time lies near a changed mention's, plus every mention of an event any of those
 * belongs to. An event whose content did not change is not rewritten.
 */
import type { NewsEvent } from '../model';
import { eventFromMentions } from '../extract/events/eventFromMentions';
import { clusterMentions, MERGE_WINDOW_MS } from '../extract/events/merge';
import { eventIdFor, shortHash } from '../extract/events/mentionKey';
import type { MentionRecord } from '../extract/events/mentions';
import type { SimilarityLookup } from '../extract/events/similarity';
import type { Db } from './db';
import { statement } from './statement';

export interface ReconcileLookup extends SimilarityLookup {
	/** The region's ancestors (not itself), most specific first. */
	regionAncestors(id: string): string[];
	/** The groups the actor belongs to (not itself), transitively. */
	actorAncestors(id: string): string[];
}

/** Where mentions changed: a frame family and the times of the changed mentions in it. */
export class ChangeScope {
	private readonly families = new Map<string, { from: number; to: number; undated: boolean }>();
	/** Events that lost mentions: regrouped whole, and deleted if nothing is left of them. */
	readonly events = new Set<string>();

	add(family: string, start: number | null, end: number | null): void {
		const entry = this.families.get(family) ?? { from: Infinity, to: -Infinity, undated: false };
		if (start === null || end === null) entry.undated = true;
		else {
			entry.from = Math.min(entry.from, start);
			entry.to = Math.max(entry.to, end);
		}
		this.families.set(family, entry);
	}

	addMentions(mentions: { family: string; time: { start: number; end: number } | null }[]): void {
		for (const m of mentions) this.add(m.family, m.time?.start ?? null, m.time?.end ?? null);
	}

	entries(): [string, { from: number; to: number; undated: boolean }][] {
		return [...this.families.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
	}

	get size(): number {
		return this.families.size;
	}
}

/** Mentions previously stored for these articles, as a scope: their events must be regrouped too. */
export function scopeOfStoredMentions(db: Db, articleIds: string[], scope: ChangeScope): void {
	const select = statement(db, `SELECT family, start, end, event_id FROM mentions WHERE article_id = ?`);
	for (const id of articleIds) {
		for (const row of select.all(id) as { family: string; start: number | null; end: number | null; event_id: string }[]) {
			scope.add(row.family, row.start, row.end);
			if (row.event_id) scope.events.add(row.event_id);
		}
	}
}

export interface ReconcileResult {
	/** Events written (new or changed). */
	written: number;
	/** Ids retired by merges (now aliases). */
	retired: number;
}

interface StoredMention {
	record: MentionRecord;
	eventId: string;
}

export function reconcileEvents(db: Db, scope: ChangeScope, lookup: ReconcileLookup): ReconcileResult {
	const result: ReconcileResult = { written: 0, retired: 0 };
	for (const [family, window] of scope.entries()) {
		const stored = loadNeighbourhood(db, family, window, scope.events);
		const clusters = clusterMentions(
			stored.map((s) => s.record),
			lookup
		).map((indices) => indices.map((i) => stored[i]));
		const { ids, aliases } = assignIds(clusters);
		const kept = new Set(ids);

		const fingerprintOf = statement(db, `SELECT fingerprint FROM events WHERE id = ?`);
		const assign = statement(db, `UPDATE mentions SET event_id = ? WHERE key = ?`);
		clusters.forEach((cluster, index) => {
			const event: NewsEvent = { id: ids[index], ...eventFromMentions(cluster.map((m) => m.record)) };
			const fingerprint = shortHash(JSON.stringify(event));
			const existing = fingerprintOf.get(event.id) as { fingerprint: string } | undefined;
			if (existing?.fingerprint === fingerprint) return;
			deleteEvent(db, event.id);
			insertEvent(db, event, fingerprint, lookup);
			for (const m of cluster) if (m.eventId !== event.id) assign.run(event.id, m.record.key);
			result.written++;
		});
		const before = new Set(stored.map((s) => s.eventId).filter(Boolean));
		for (const id of before) if (!kept.has(id)) deleteEvent(db, id);
		for (const [oldId, newId] of aliases) addAlias(db, oldId, newId);
		result.retired += aliases.size;
	}
	// Events whose every mention went away with their articles.
	const remaining = statement(db, `SELECT 1 FROM mentions WHERE event_id = ? LIMIT 1`);
	for (const id of scope.events) if (!remaining.get(id)) deleteEvent(db, id);
	return result;
}

function loadNeighbourhood(db: Db, family: string, window: { from: number; to: number; undated: boolean }, touched: Set<string>): StoredMention[] {
	const rows = new Map<string, { event_id: string; data: string; key: string }>();
	const add = (list: { event_id: string; data: string; key: string }[]) => {
		for (const row of list) rows.set(row.key, row);
	};
	add(statement(db, `SELECT key, event_id, data FROM mentions WHERE family = ? AND start IS NULL`).all(family) as never);
	if (window.undated) {
		// An undated mention may merge with anything of its family.
		add(statement(db, `SELECT key, event_id, data FROM mentions WHERE family = ?`).all(family) as never);
	} else if (window.from <= window.to) {
		add(statement(db, `SELECT key, event_id, data FROM mentions WHERE family = ? AND start < ? AND end > ?`).all(family, window.to + MERGE_WINDOW_MS, window.from - MERGE_WINDOW_MS) as never);
	}
	// Close over events: every mention of an event in the neighbourhood is regrouped with it.
	const events = [...new Set([...[...rows.values()].map((r) => r.event_id).filter(Boolean), ...touched])];
	const byEvent = statement(db, `SELECT key, event_id, data FROM mentions WHERE event_id = ? AND family = ?`);
	for (const id of events) add(byEvent.all(id, family) as never);
	return [...rows.values()]
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map((row) => ({ record: JSON.parse(row.data) as MentionRecord, eventId: row.event_id }));
}

/**
 * Each cluster keeps the id most of its mentions had; an id claimed by several clusters (an event split)
 * stays with the largest; a cluster with no id of its own gets one from its founding mention. Every id
 * that no longer names an event becomes an alias of the cluster that took most of its mentions.
 */
function assignIds(clusters: StoredMention[][]): { ids: string[]; aliases: Map<string, string> } {
	const claims: { cluster: number; id: string; count: number }[] = [];
	clusters.forEach((cluster, index) => {
		const counts = new Map<string, number>();
		for (const m of cluster) if (m.eventId) counts.set(m.eventId, (counts.get(m.eventId) ?? 0) + 1);
		for (const [id, count] of counts) claims.push({ cluster: index, id, count });
	});
	claims.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || a.cluster - b.cluster);
	const ids = new Array<string>(clusters.length).fill('');
	const taken = new Set<string>();
	for (const claim of claims) {
		if (ids[claim.cluster] || taken.has(claim.id)) continue;
		ids[claim.cluster] = claim.id;
		taken.add(claim.id);
	}
	clusters.forEach((cluster, index) => {
		if (ids[index]) return;
		const founding = cluster.map((m) => m.record.key).sort()[0];
		let id = eventIdFor(founding);
		for (let salt = 1; taken.has(id); salt++) id = eventIdFor(`${founding}#${salt}`);
		ids[index] = id;
		taken.add(id);
	});
	const aliases = new Map<string, string>();
	for (const claim of claims) {
		if (taken.has(claim.id) || aliases.has(claim.id)) continue;
		aliases.set(claim.id, ids[claim.cluster]);
	}
	return { ids, aliases };
}

function deleteEvent(db: Db, id: string): void {
	const row = statement(db, `SELECT seq FROM events WHERE id = ?`).get(id) as { seq: number } | undefined;
	if (!row) return;
	statement(db, `DELETE FROM events_fts WHERE rowid = ?`).run(row.seq);
	statement(db, `DELETE FROM events WHERE seq = ?`).run(row.seq);
}

export function insertEvent(db: Db, event: NewsEvent, fingerprint: string, lookup: ReconcileLookup): void {
	const t = event.time;
	const articles = [...new Set(event.mentions.map((m) => m.articleId))];
	const info = statement(
		db,
		`INSERT INTO events (id, title, type, start, end, granularity, time, claimed_by, sources, actors, regions, fingerprint)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		)
		.run(event.id, event.title, event.type, t?.start ?? null, t?.end ?? null, t?.granularity ?? null, t ? JSON.stringify(t) : null, event.claimedBy ?? null, articles.length, JSON.stringify(event.actors), JSON.stringify(event.regions), fingerprint);
	const seq = Number(info.lastInsertRowid);
	// An id that names an event again is no longer an alias.
	statement(db, `DELETE FROM event_aliases WHERE old_id = ?`).run(event.id);

	const region = statement(db, `INSERT INTO event_regions (region_id, event_seq, direct) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET direct = max(direct, excluded.direct)`);
	for (const id of event.regions) {
		region.run(id, seq, 1);
		for (const ancestor of lookup.regionAncestors(id)) region.run(ancestor, seq, 0);
	}
	const actor = statement(db, `INSERT INTO event_actors (actor_id, event_seq, direct) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET direct = max(direct, excluded.direct)`);
	for (const id of event.actors) {
		actor.run(id, seq, 1);
		for (const group of lookup.actorAncestors(id)) actor.run(group, seq, 0);
	}
	const article = statement(db, `INSERT OR IGNORE INTO event_articles (article_id, event_seq) VALUES (?, ?)`);
	for (const id of articles) article.run(id, seq);

	statement(db, `INSERT INTO events_fts (rowid, title, quotes) VALUES (?, ?, ?)`).run(seq, event.title, (event.mentions as MentionRecord[]).map((m) => m.text).join('\n'));
}

function addAlias(db: Db, oldId: string, newId: string): void {
	statement(db, `UPDATE event_aliases SET event_id = ? WHERE event_id = ?`).run(newId, oldId);
	statement(db, `INSERT INTO event_aliases (old_id, event_id) VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id`).run(oldId, newId);
}
