/**
 * The facets of a filtered view from the event columns: every region and actor of the store with the
 * events it would find under the other filters, the counts by type, and the source articles, of which
 * only the busiest (and the selected) are listed, since a large store holds a hundred thousand.
 */
import type { ArticleSummary, TimelineFacets } from '../api';
import type { Actor, Region } from '../model';
import { EVENT_TYPES } from '../model';
import { ARTICLE_SUMMARY_COLUMNS, ARTICLES_IN_ORDER, articleSummaryOf, byName, type ArticleSummaryRow } from './articleSummaries';
import type { Db } from './db';
import { entityCatalog } from './entityCatalog';
import type { EventColumns, Postings } from './eventColumns';
import type { FilterMasks, Mask } from './filterMasks';

export interface ColumnFacets extends TimelineFacets {
	/** Articles with at least one event under the other filters (only the busiest are in `articles`). */
	articlesWithEvents: number;
}

function postingCounts(postings: Postings, mask: Mask | null): Int32Array {
	const counts = new Int32Array(postings.ids.length);
	for (let k = 0; k < postings.ids.length; k++) {
		const from = postings.offsets[k];
		const to = postings.offsets[k + 1];
		if (!mask) {
			counts[k] = to - from;
			continue;
		}
		let n = 0;
		for (let i = from; i < to; i++) n += mask[postings.positions[i]];
		counts[k] = n;
	}
	return counts;
}

const titleRanks = new WeakMap<EventColumns, Int32Array>();

/** Each article's place in title order, so ties in counts are broken without reading every title per request. */
function titleRank(db: Db, columns: EventColumns): Int32Array {
	let ranks = titleRanks.get(columns);
	if (ranks) return ranks;
	ranks = new Int32Array(columns.articles.ids.length).fill(0x7fffffff);
	let rank = 0;
	for (const id of db.prepare(`SELECT id FROM articles ORDER BY title, id`).pluck().iterate() as Iterable<string>) {
		const k = columns.articles.indexOf.get(id);
		if (k !== undefined) ranks[k] = rank;
		rank++;
	}
	titleRanks.set(columns, ranks);
	return ranks;
}

export function columnFacets(db: Db, columns: EventColumns, masks: FilterMasks, selectedSources: readonly string[], articleLimit = 300): ColumnFacets {
	const catalog = entityCatalog(db, columns);
	const regionCounts = postingCounts(columns.regions, masks.without('region'));
	const actorCounts = postingCounts(columns.actors, masks.without('actor'));
	const regions: (Region & { count: number })[] = [];
	for (let k = 0; k < columns.regions.listed; k++) regions.push({ ...catalog.regions[k], count: regionCounts[k] });
	const actors: (Actor & { count: number })[] = [];
	for (let k = 0; k < columns.actors.listed; k++) actors.push({ ...catalog.actors[k], count: actorCounts[k] });

	const typeMask = masks.without('type');
	const typeCounts = new Int32Array(EVENT_TYPES.length);
	for (let p = 0; p < columns.count; p++) if (!typeMask || typeMask[p]) typeCounts[columns.type[p]]++;

	const articleCounts = postingCounts(columns.articles, masks.without('source'));
	const busy: number[] = [];
	for (let k = 0; k < articleCounts.length; k++) if (articleCounts[k] > 0) busy.push(k);
	const ranks = titleRank(db, columns);
	busy.sort((a, b) => articleCounts[b] - articleCounts[a] || ranks[a] - ranks[b]);
	const chosen = new Set([...busy.slice(0, articleLimit).map((k) => columns.articles.ids[k]), ...selectedSources]);
	const rows = db
		.prepare(`SELECT ${ARTICLE_SUMMARY_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?)) ${ARTICLES_IN_ORDER}`)
		.all(JSON.stringify([...chosen])) as ArticleSummaryRow[];
	const articles: ArticleSummary[] = rows.map((r) => {
		const k = columns.articles.indexOf.get(r.id);
		return articleSummaryOf(r, k === undefined ? 0 : articleCounts[k]);
	});

	return {
		regions: regions.sort(byName),
		actors: actors.sort(byName),
		types: EVENT_TYPES.map((id, i) => ({ id, count: typeCounts[i] })),
		articles,
		articlesWithEvents: busy.length
	};
}
