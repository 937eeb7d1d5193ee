/**
 * An event as the store writes it: its columns, the regions and actors that filters find it under
 * (ancestors and groups included, each once, `direct` when the event names it itself), its sources, and
 * the text search indexes. Built apart from the database, so worker threads can build it.
 */
import type { NewsEvent } from '../model';
import type { MentionRecord } from '../extract/events/mentions';
import type { ReconcileLookup } from './eventReconciler';

export interface EventRow {
	title: string;
	type: string;
	start: number | null;
	end: number | null;
	granularity: string | null;
	/** JSON TimeSpan, null when undated. */
	time: string | null;
	claimedBy: string | null;
	/** JSON string[]. */
	actors: string;
	regions: string;
	/** Filter postings: ids with 1 when named by the event, 0 through a descendant or member. */
	regionLinks: [string, number][];
	actorLinks: [string, number][];
	/** Ids of the articles reporting it, each once. */
	articles: string[];
	/** The mentions' sentences, one per line, for search. */
	quotes: string;
}

function links(direct: string[], ancestors: (id: string) => string[]): [string, number][] {
	const out = new Map<string, number>();
	for (const id of direct) {
		out.set(id, 1);
		for (const up of ancestors(id)) if (!out.has(up)) out.set(up, 0);
	}
	return [...out];
}

export function eventRow(event: Omit<NewsEvent, 'id'>, lookup: ReconcileLookup): EventRow {
	const t = event.time;
	return {
		title: event.title,
		type: event.type,
		start: t?.start ?? null,
		end: t?.end ?? null,
		granularity: t?.granularity ?? null,
		time: t ? JSON.stringify(t) : null,
		claimedBy: event.claimedBy ?? null,
		actors: JSON.stringify(event.actors),
		regions: JSON.stringify(event.regions),
		regionLinks: links(event.regions, (id) => lookup.regionAncestors(id)),
		actorLinks: links(event.actors, (id) => lookup.actorAncestors(id)),
		articles: [...new Set(event.mentions.map((m) => m.articleId))],
		quotes: (event.mentions as MentionRecord[]).map((m) => m.text).join('\n')
	};
}
