/**
 * An `EventFilter` as an SQL condition over `events e`. Values within one filter are alternatives (two
 * regions: either), filters combine with AND. Every value is bound as a parameter, never spliced.
 */
import type { EventFilter } from '../api';

export interface SqlCondition {
	where: string;
	params: (string | number)[];
}

/** Which filters to leave out: the facet counts of one filter are computed under all the others. */
export type FilterPart = 'region' | 'actor' | 'type' | 'source' | 'q' | 'time';

function placeholders(n: number): string {
	return new Array(n).fill('?').join(', ');
}

/**
 * Free text as an FTS5 query: each word quoted (so operators in the input mean nothing), all required,
 * the last one as a prefix so results follow the typing.
 */
export function ftsQuery(text: string): string | null {
	const terms = text
		.normalize('NFKC')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((t) => t.length > 0)
		.slice(0, 12);
	if (terms.length === 0) return null;
	return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

export function filterCondition(filter: EventFilter, omit?: FilterPart): SqlCondition {
	const clauses: string[] = [];
	const params: (string | number)[] = [];
	if (filter.region?.length && omit !== 'region') {
		clauses.push(`e.seq IN (SELECT event_seq FROM event_regions WHERE region_id IN (${placeholders(filter.region.length)}))`);
		params.push(...filter.region);
	}
	if (filter.actor?.length && omit !== 'actor') {
		clauses.push(`e.seq IN (SELECT event_seq FROM event_actors WHERE actor_id IN (${placeholders(filter.actor.length)}))`);
		params.push(...filter.actor);
	}
	if (filter.type?.length && omit !== 'type') {
		clauses.push(`e.type IN (${placeholders(filter.type.length)})`);
		params.push(...filter.type);
	}
	if (filter.source?.length && omit !== 'source') {
		clauses.push(`e.seq IN (SELECT event_seq FROM event_articles WHERE article_id IN (${placeholders(filter.source.length)}))`);
		params.push(...filter.source);
	}
	const fts = filter.q ? ftsQuery(filter.q) : null;
	if (filter.q && omit !== 'q') {
		if (fts) {
			clauses.push(`e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`);
			params.push(fts);
		} else {
			clauses.push('0');
		}
	}
	if (omit !== 'time') {
		if (filter.to !== undefined) {
			clauses.push(`(e.start IS NULL OR e.start < ?)`);
			params.push(filter.to);
		}
		if (filter.from !== undefined) {
			clauses.push(`(e.end IS NULL OR e.end > ?)`);
			params.push(filter.from);
		}
	}
	return { where: clauses.length ? clauses.join(' AND ') : '1', params };
}
