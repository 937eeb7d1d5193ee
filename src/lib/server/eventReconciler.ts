/**
 * Regroups stored mentions into events after articles change, keeping event ids stable: an event keeps
 * its id as long as most of its mentions stay together; when two events merge, the absorbed one's id
 * becomes an alias of the survivor, so its permalink keeps working.
 *
 * Writers leave work pending (new mentions without an event, events that lost mentions); this regroups
 * what is pending, family by family (merging never crosses frame families), a few merge windows at a time
 * in time order, each step one transaction. Only the neighbourhood of pending work is loaded: mentions of
 * the family whose reference time lies within a window of it, and every mention of their events. Each
 * mention is thus loaded a bounded number of times, whatever the order articles arrived in.
 */
import type { NewsEvent } from '../model';
import { MERGE_WINDOW_MS } from '../extract/events/merge';
import { eventIdFor } from '../extract/events/mentionKey';
import type { SimilarityLookup } from '../extract/events/similarity';
import { clusteredEvents, type ClusteredEvent } from './clusteredEvents';
import type { Db } from './db';
import { eventRow, type EventRow } from './eventRows';
import { statement } from './statement';

export interface ReconcileLookup extends SimilarityLookup {
	/** The region's ancestors (not itself), most specific first. */
	regionAncestors(id: string): string[];
	/** The groups the actor belongs to (not itself), transitively. */
	actorAncestors(id: string): string[];
}

/** Merge windows regrouped in one step: a step's neighbourhood is this many windows plus one on each side. */
const WINDOWS_PER_STEP = 6;
/**
 * A commit writes every page its steps touched (index pages all over the file, most touched again by the
 * next steps), so fewer, larger commits write far less; the bound on mentions keeps a commit, and the work
 * a crash would undo, bounded in a dense corpus.
 */
const STEPS_PER_COMMIT = 32;
const MENTIONS_PER_COMMIT = 50_000;

/** One step of regrouping: a family, and the buckets of pending work in it (none for undated work). */
interface Step {
	family: string;
	buckets: number[];
	undated: boolean;
}

/** The merge window of an integer time in ms, as SQL: divided by the window, rounded down (also before 1970). */
export function bucketSql(at: string): string {
	return `(CASE WHEN ${at} >= 0 THEN ${at} / ${MERGE_WINDOW_MS} ELSE (${at} + 1) / ${MERGE_WINDOW_MS} - 1 END)`;
}

/**
 * The steps that cover everything pending, in family and time order. The store counts the windows with
 * pending work: a fresh ingestion has every mention pending, and they need not all pass through here.
 */
function pendingSteps(db: Db): Step[] {
	const work = new Map<string, { buckets: number[]; undated: boolean }>();
	const rows = statement(
		db,
		`SELECT family, ${bucketSql('at')} AS bucket FROM mentions WHERE event_id = ''
		 UNION SELECT m.family, ${bucketSql('m.at')} FROM pending_events p JOIN mentions m ON m.event_id = p.event_id`
	).all() as { family: string; bucket: number | null }[];
	for (const { family, bucket } of rows) {
		const entry = work.get(family) ?? { buckets: [], undated: false };
		work.set(family, entry);
		if (bucket === null) entry.undated = true;
		else entry.buckets.push(bucket);
	}
	const steps: Step[] = [];
	for (const [family, { buckets, undated }] of [...work.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const sorted = buckets.sort((a, b) => a - b);
		for (let i = 0; i < sorted.length; ) {
			const first = sorted[i];
			const step: number[] = [];
			while (i < sorted.length && sorted[i] < first + WINDOWS_PER_STEP) step.push(sorted[i++]);
			steps.push({ family, buckets: step, undated: false });
		}
		if (undated) steps.push({ family, buckets: [], undated: true });
	}
	return steps;
}

export interface ReconcileResult {
	/** Events written (new or changed). */
	written: number;
	/** Ids retired by merges (now aliases). */
	retired: number;
	/** Events deleted because no mention reports them any more. */
	removed: number;
}

/** Clusters a neighbourhood's mention records (JSON, in key order): `clusteredEvents`, here or elsewhere. */
export type NeighbourhoodClusterer = (data: string[]) => Promise<ClusteredEvent[]>;

export interface ReconcileOptions {
	/** `onProgress(done, total)` counts steps. */
	onProgress?: (done: number, total: number) => void;
	/** Where clustering runs; by default in this thread. */
	cluster?: NeighbourhoodClusterer;
	/** Steps clustered at once: more than the clusterer's threads, so none waits while this thread writes. */
	concurrency?: number;
	/**
	 * Mentions in the steps being clustered at most (a step beyond it still runs, alone): in a dense corpus a
	 * neighbourhood holds tens of thousands, and each is held here, in the clusterer, and parsed there.
	 */
	mentionsInFlight?: number;
}

/**
 * Regroups everything pending into events. Families never share a mention or an event, so the steps of
 * different families are independent: while one step is clustered (by `options.cluster`, in worker
 * threads), this thread loads and writes the steps of other families. Within a family the steps run in
 * time order, each one loaded after the one before it was written. Results are written in the order the
 * steps were started, so the store does not depend on which thread finishes first.
 */
export async function reconcilePending(db: Db, lookup: ReconcileLookup, options: ReconcileOptions = {}): Promise<ReconcileResult> {
	const result: ReconcileResult = { written: 0, retired: 0, removed: 0 };
	const cluster = options.cluster ?? (async (data: string[]) => clusteredEvents(data, lookup));
	const concurrency = Math.max(1, options.concurrency ?? 1);
	const mentionBudget = options.mentionsInFlight ?? Infinity;
	let inFlight = 0;
	const steps = pendingSteps(db);
	const lanes = new Map<string, Step[]>();
	for (const step of steps) lanes.set(step.family, [...(lanes.get(step.family) ?? []), step]);
	const ready = [...lanes.values()];
	const pendingIds = new Set((statement(db, `SELECT event_id FROM pending_events`).all() as { event_id: string }[]).map((r) => r.event_id));
	const running: { lane: Step[]; stored: StoredMention[]; clustered: Promise<ClusteredEvent[]> }[] = [];
	let done = 0;
	let uncommittedSteps = 0;
	let uncommittedMentions = 0;
	// Steps are committed several at a time. What is not committed stays pending and is redone after a crash.
	const begin = statement(db, 'BEGIN');
	const commit = statement(db, 'COMMIT');
	begin.run();
	try {
		for (;;) {
			while (running.length < concurrency && ready.length && (running.length === 0 || inFlight < mentionBudget)) {
				const lane = ready.shift()!;
				// The records go to the clusterer; this thread keeps only what writing the result needs.
				const { stored, data } = loadNeighbourhood(db, lane.shift()!);
				inFlight += stored.length;
				running.push({ lane, stored, clustered: cluster(data) });
			}
			const next = running.shift();
			if (!next) break;
			inFlight -= next.stored.length;
			regroup(db, next.stored, await next.clustered, pendingIds, result);
			if (next.lane.length) ready.push(next.lane);
			options.onProgress?.(++done, steps.length);
			uncommittedMentions += next.stored.length;
			if (++uncommittedSteps >= STEPS_PER_COMMIT || uncommittedMentions >= MENTIONS_PER_COMMIT) {
				commit.run();
				begin.run();
				uncommittedSteps = 0;
				uncommittedMentions = 0;
			}
		}
		commit.run();
	} catch (error) {
		if (db.inTransaction) db.prepare('ROLLBACK').run();
		// Let the steps already handed out finish before the caller shuts their threads down.
		await Promise.allSettled(running.map((r) => r.clustered));
		throw error;
	}
	db.transaction(() => {
		// Events whose every mention went away with their articles.
		for (const event_id of pendingIds) {
			if (!statement(db, `SELECT 1 FROM mentions WHERE event_id = ? LIMIT 1`).get(event_id)) {
				deleteEvent(db, event_id);
				result.removed++;
			}
		}
		statement(db, `DELETE FROM pending_events`).run();
	})();
	return result;
}

interface StoredMention {
	rowid: number;
	key: string;
	eventId: string;
}

function regroup(db: Db, stored: StoredMention[], clustered: ClusteredEvent[], pendingIds: Set<string>, result: ReconcileResult): void {
	const clusters = clustered.map((c) => c.members.map((i) => stored[i]));
	const { ids, aliases } = assignIds(clusters);
	const kept = new Set(ids);
	const fingerprintOf = statement(db, `SELECT fingerprint FROM events WHERE id = ?`);
	// By rowid: the row is at hand, without a search of the key's index.
	const assign = statement(db, `UPDATE mentions SET event_id = ? WHERE rowid = ?`);
	const sizeOf = new Map<string, number>();
	for (const m of stored) if (m.eventId) sizeOf.set(m.eventId, (sizeOf.get(m.eventId) ?? 0) + 1);
	clusters.forEach((cluster, index) => {
		const id = ids[index];
		// Most of a neighbourhood is as it was: the same mentions in the same event, which lost none.
		if (cluster.length === sizeOf.get(id) && cluster.every((m) => m.eventId === id) && !pendingIds.has(id)) return;
		for (const m of cluster) if (m.eventId !== id) assign.run(id, m.rowid);
		const { fingerprint, row } = clustered[index];
		const existing = fingerprintOf.get(id) as { fingerprint: string } | undefined;
		if (existing?.fingerprint === fingerprint) return;
		if (existing) deleteEvent(db, id);
		writeEvent(db, id, row, fingerprint);
		result.written++;
	});
	const before = new Set(stored.map((s) => s.eventId).filter(Boolean));
	for (const id of before) if (!kept.has(id)) deleteEvent(db, id);
	for (const [oldId, newId] of aliases) addAlias(db, oldId, newId);
	result.retired += aliases.size;
}

/** The step's neighbourhood in key order: each mention as stored, and its JSON record. */
function loadNeighbourhood(db: Db, step: Step): { stored: StoredMention[]; data: string[] } {
	const rows = new Map<string, { rowid: number; event_id: string; data: string; key: string }>();
	const add = (list: unknown[]) => {
		for (const row of list as { rowid: number; event_id: string; data: string; key: string }[]) rows.set(row.key, row);
	};
	if (step.undated) {
		add(statement(db, `SELECT rowid, key, event_id, data FROM mentions WHERE family = ? AND at IS NULL`).all(step.family));
	} else {
		// Merging pairs mentions whose reference times lie within one window, so those times are all it needs.
		const from = (step.buckets[0] - 1) * MERGE_WINDOW_MS;
		const to = (step.buckets[step.buckets.length - 1] + 2) * MERGE_WINDOW_MS;
		add(statement(db, `SELECT rowid, key, event_id, data FROM mentions WHERE family = ? AND at >= ? AND at < ?`).all(step.family, from, to));
	}
	// Close over events: every mention of an event in the neighbourhood is regrouped with it.
	const events = [...new Set([...rows.values()].map((r) => r.event_id).filter(Boolean))];
	const byEvent = statement(db, `SELECT rowid, key, event_id, data FROM mentions WHERE event_id = ? AND +family = ?`);
	for (const id of events) add(byEvent.all(id, step.family));
	const sorted = [...rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	return { stored: sorted.map((row) => ({ rowid: row.rowid, key: row.key, eventId: row.event_id })), data: sorted.map((row) => row.data) };
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
		const founding = cluster.map((m) => m.key).sort()[0];
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
	writeEvent(db, event.id, eventRow(event, lookup), fingerprint);
}

function writeEvent(db: Db, id: string, row: EventRow, fingerprint: string): void {
	const info = statement(
		db,
		`INSERT INTO events (id, title, type, start, end, granularity, time, claimed_by, sources, actors, regions, fingerprint)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	).run(id, row.title, row.type, row.start, row.end, row.granularity, row.time, row.claimedBy, row.articles.length, row.actors, row.regions, fingerprint);
	const seq = Number(info.lastInsertRowid);
	// An id that names an event again is no longer an alias.
	statement(db, `DELETE FROM event_aliases WHERE old_id = ?`).run(id);
	const region = statement(db, `INSERT INTO event_regions (region_id, event_seq, direct) VALUES (?, ?, ?)`);
	for (const [regionId, direct] of row.regionLinks) region.run(regionId, seq, direct);
	const actor = statement(db, `INSERT INTO event_actors (actor_id, event_seq, direct) VALUES (?, ?, ?)`);
	for (const [actorId, direct] of row.actorLinks) actor.run(actorId, seq, direct);
	const article = statement(db, `INSERT INTO event_articles (article_id, event_seq) VALUES (?, ?)`);
	for (const articleId of row.articles) article.run(articleId, seq);
	statement(db, `INSERT INTO events_fts (rowid, title, quotes) VALUES (?, ?, ?)`).run(seq, row.title, row.quotes);
}

function addAlias(db: Db, oldId: string, newId: string): void {
	statement(db, `UPDATE event_aliases SET event_id = ? WHERE event_id = ?`).run(newId, oldId);
	statement(db, `INSERT INTO event_aliases (old_id, event_id) VALUES (?, ?) ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id`).run(oldId, newId);
}
