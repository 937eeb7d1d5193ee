/**
 * The publication dates a stored corpus gives undated articles: their mentions are matched against the
 * mentions of the articles dated by their metadata or dateline (`DatingIndex`). It only reads the store,
 * so worker threads with connections of their own can each date a share of the articles.
 */
import { DatingIndex, dateFromConstraints, type DateConstraint } from '../extract/events/corpusDating';
import type { MentionRecord } from '../extract/events/mentions';
import type { SimilarityLookup } from '../extract/events/similarity';
import type { PublicationDate } from '../model';
import type { Db } from './db';
import { statement } from './statement';

/** Only mentions placed within a day can date an article (`isDayPrecise`): the rest need not be read. */
const DAY_MS = 86_400_000;

/**
 * For each article, given what it reports without a date, the date the corpus gives it, or null. A mention
 * is only ever matched within its frame family, so the dated corpus is indexed one family at a time: memory
 * follows the largest family, not the corpus.
 */
export function corpusDates(db: Db, lookup: SimilarityLookup, undated: MentionRecord[][]): (PublicationDate | null)[] {
	const titleOf = statement(db, `SELECT title FROM articles WHERE id = ?`);
	const titles = new Map<string, string>();
	const title = (id: string) => {
		if (!titles.has(id)) titles.set(id, (titleOf.get(id) as { title: string } | undefined)?.title ?? id);
		return titles.get(id)!;
	};
	const datedOf = statement(
		db,
		`SELECT m.data AS data FROM mentions m JOIN articles a ON a.id = m.article_id
		 WHERE m.family = ? AND m.end - m.start <= ${DAY_MS} AND json_extract(a.published, '$.basis') IN ('metadata', 'dateline')`
	);
	const constraints: (DateConstraint | null)[][] = undated.map((mentions) => mentions.map(() => null));
	for (const family of new Set(undated.flat().map((m) => m.family))) {
		const index = new DatingIndex(lookup, title);
		index.restrictTo(undated.flat().filter((m) => m.family === family));
		for (const r of datedOf.iterate(family) as Iterable<{ data: string }>) index.add([JSON.parse(r.data) as MentionRecord]);
		for (const [a, mentions] of undated.entries()) {
			for (const [i, m] of mentions.entries()) if (m.family === family) constraints[a][i] = index.constraint(m);
		}
	}
	// In each article's mention order, as one index over every family would give them.
	return constraints.map((found) => dateFromConstraints(found.filter((c) => c !== null)));
}
