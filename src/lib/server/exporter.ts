/**
 * The export formats (documented in the README): one JSON document with articles, events and warnings,
 * and a CSV with one row per event whose columns follow ACLED's. Times are ISO 8601 instants with `end`
 * exclusive.
 */
import type { EventFilter } from '../api';
import type { Actor, PublicationDate, Region, TimeSpan } from '../model';
import type { MentionRecord } from '../extract/events/mentions';
import { csvRow } from './csv';
import type { Db } from './db';
import { filterCondition } from './eventFilterSql';

export interface ExportedArticle {
	id: string;
	file: string;
	title: string;
	url: string | null;
	source: string | null;
	published: { date: string; basis: PublicationDate['basis']; estimate: boolean } | null;
	warnings: string[];
}

export interface ExportedEvent {
	id: string;
	title: string;
	type: string;
	time: { start: string; end: string; granularity: string; value: string; basis: string; approximate: boolean; mod?: string } | null;
	actors: { id: string; name: string; kind: string }[];
	regions: { id: string; name: string; path: string[] }[];
	claimedBy: string | null;
	mentions: { articleId: string; start: number; end: number; text: string; timex: { text: string; value: string } | null }[];
}

export interface ExportDocument {
	articles: ExportedArticle[];
	events: ExportedEvent[];
	warnings: { articleId: string; message: string }[];
}

function iso(ms: number): string {
	return new Date(ms).toISOString();
}

class EntityNames {
	private readonly actors = new Map<string, Actor | null>();
	private readonly regions = new Map<string, Region | null>();
	constructor(private readonly db: Db) {}

	actor(id: string): Actor | null {
		if (!this.actors.has(id)) {
			const row = this.db.prepare(`SELECT data FROM actors WHERE id = ?`).get(id) as { data: string } | undefined;
			this.actors.set(id, row ? JSON.parse(row.data) : null);
		}
		return this.actors.get(id)!;
	}

	region(id: string): Region | null {
		if (!this.regions.has(id)) {
			const row = this.db.prepare(`SELECT data FROM regions WHERE id = ?`).get(id) as { data: string } | undefined;
			this.regions.set(id, row ? JSON.parse(row.data) : null);
		}
		return this.regions.get(id)!;
	}

	/** The region's ancestors, root first. */
	lineage(id: string): Region[] {
		const out: Region[] = [];
		const seen = new Set<string>();
		for (let r = this.region(id)?.parent; r && !seen.has(r); ) {
			seen.add(r);
			const region = this.region(r);
			if (!region) break;
			out.unshift(region);
			r = region.parent;
		}
		return out;
	}
}

export function buildExport(db: Db, filter: EventFilter = {}): ExportDocument {
	const names = new EntityNames(db);
	const condition = filterCondition(filter);
	const rows = db
		.prepare(`SELECT e.seq, e.id, e.title, e.type, e.time, e.claimed_by, e.actors, e.regions FROM events e WHERE ${condition.where} ORDER BY e.start IS NULL, e.start, e.id`)
		.all(...condition.params) as { seq: number; id: string; title: string; type: string; time: string | null; claimed_by: string | null; actors: string; regions: string }[];
	const mentionsOf = db.prepare(`SELECT data FROM mentions WHERE event_id = ? ORDER BY article_id, key`);
	const articleIds = new Set<string>();
	const events: ExportedEvent[] = rows.map((row) => {
		const span = row.time ? (JSON.parse(row.time) as TimeSpan) : null;
		const mentions = (mentionsOf.all(row.id) as { data: string }[]).map((r) => JSON.parse(r.data) as MentionRecord);
		for (const m of mentions) articleIds.add(m.articleId);
		return {
			id: row.id,
			title: row.title,
			type: row.type,
			time: span
				? { start: iso(span.start), end: iso(span.end), granularity: span.granularity, value: span.value, basis: span.basis, approximate: span.approximate, ...(span.mod ? { mod: span.mod } : {}) }
				: null,
			actors: (JSON.parse(row.actors) as string[]).map((id) => {
				const a = names.actor(id);
				return { id, name: a?.name ?? id, kind: a?.kind ?? 'group' };
			}),
			regions: (JSON.parse(row.regions) as string[]).map((id) => ({ id, name: names.region(id)?.name ?? id, path: names.lineage(id).map((r) => r.name) })),
			claimedBy: row.claimed_by ? (names.actor(row.claimed_by)?.name ?? row.claimed_by) : null,
			mentions: mentions.map((m) => ({
				articleId: m.articleId,
				start: m.start,
				end: m.end,
				text: m.text.slice(m.start - m.sentence.start, m.end - m.sentence.start),
				timex: m.timex ? { text: m.timex.text, value: m.timex.value } : null
			}))
		};
	});

	const filtered = Object.keys(filter).length > 0;
	const articleRows = db.prepare(`SELECT id, file, title, url, source, published, warnings FROM articles ORDER BY published_at IS NULL, published_at, id`).all() as {
		id: string;
		file: string;
		title: string;
		url: string | null;
		source: string | null;
		published: string | null;
		warnings: string;
	}[];
	const articles: ExportedArticle[] = articleRows
		.filter((a) => !filtered || articleIds.has(a.id))
		.map((a) => {
			const published = a.published ? (JSON.parse(a.published) as PublicationDate) : null;
			return {
				id: a.id,
				file: a.file,
				title: a.title,
				url: a.url,
				source: a.source,
				published: published ? { date: published.date, basis: published.basis, estimate: published.estimate } : null,
				warnings: (JSON.parse(a.warnings) as { message: string }[]).map((w) => w.message)
			};
		});
	return {
		articles,
		events,
		warnings: articles.flatMap((a) => a.warnings.map((message) => ({ articleId: a.id, message })))
	};
}

export const CSV_COLUMNS = ['event_id', 'start', 'end', 'granularity', 'time_basis', 'type', 'title', 'actors', 'regions', 'admin1', 'country', 'sources', 'source_urls', 'quote'];

/** One row per event, after ACLED's columns; several values in one cell are joined with "; ". */
export function exportCsv(doc: ExportDocument, regionKinds: (id: string) => { admin1?: string; country?: string }): string {
	const articles = new Map(doc.articles.map((a) => [a.id, a]));
	const lines = [csvRow(CSV_COLUMNS)];
	for (const e of doc.events) {
		const places = e.regions.length ? regionKinds(e.regions[0].id) : {};
		const sources = [...new Set(e.mentions.map((m) => m.articleId))];
		lines.push(
			csvRow([
				e.id,
				e.time?.start ?? '',
				e.time?.end ?? '',
				e.time?.granularity ?? 'undated',
				e.time?.basis ?? '',
				e.type,
				e.title,
				e.actors.map((a) => a.name).join('; '),
				e.regions.map((r) => r.name).join('; '),
				places.admin1 ?? '',
				places.country ?? '',
				sources.map((id) => articles.get(id)?.title ?? id).join('; '),
				sources.map((id) => articles.get(id)?.url ?? '').filter(Boolean).join('; '),
				e.mentions[0]?.text ?? ''
			])
		);
	}
	return lines.join('\r\n') + '\r\n';
}

/** admin1 (province) and country of a region, from its lineage. */
export function regionPlaces(db: Db): (id: string) => { admin1?: string; country?: string } {
	const names = new EntityNames(db);
	return (id) => {
		const chain = [...names.lineage(id), names.region(id)].filter((r): r is Region => r !== null);
		return {
			admin1: chain.find((r) => r.kind === 'province')?.name,
			country: chain.find((r) => r.kind === 'country')?.name
		};
	};
}
