/**
 * An extraction as the store writes it: the article's derived columns and its mentions already serialized,
 * with the ids of the actors and regions its mentions name. Worker threads build these, so what crosses
 * to the writing thread is a few strings per row instead of an object graph to clone and serialize again.
 */
import type { Actor, Region } from '../model';
import type { ArticleExtraction } from '../extract/index';
import { referenceTime } from '../extract/events/merge';

export interface MentionRow {
	key: string;
	family: string;
	/** Reference time, null for an undated mention. */
	at: number | null;
	start: number | null;
	end: number | null;
	/** The JSON MentionRecord. */
	data: string;
}

export interface ArticleRows {
	articleId: string;
	/** JSON ArticleWarning[]: the reader's and the extraction's. */
	warnings: string;
	/** JSON TimeMention[]. */
	times: string;
	/** JSON entity matches. */
	entities: string;
	mentions: MentionRow[];
	/** Every actor the mentions name (claimants included) and every region, each once, in order of appearance. */
	actorIds: string[];
	regionIds: string[];
	/** Actors and regions found outside the gazetteer. */
	discovered: (Actor | Region)[];
}

export function articleRows(x: ArticleExtraction): ArticleRows {
	const actors = new Set<string>();
	const regions = new Set<string>();
	const mentions: MentionRow[] = [];
	for (const m of x.mentions) {
		const at = referenceTime(m);
		mentions.push({ key: m.key, family: m.family, at: Number.isNaN(at) ? null : at, start: m.time?.start ?? null, end: m.time?.end ?? null, data: JSON.stringify(m) });
		for (const id of m.actors) actors.add(id);
		for (const id of m.regions) regions.add(id);
		if (m.claimedBy) actors.add(m.claimedBy);
	}
	return {
		articleId: x.article.id,
		warnings: JSON.stringify([...x.article.warnings, ...x.warnings]),
		times: JSON.stringify(x.times),
		entities: JSON.stringify(x.entities),
		mentions,
		actorIds: [...actors],
		regionIds: [...regions],
		discovered: x.discovered
	};
}
