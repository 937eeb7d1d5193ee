/**
 * The publication dates a stored corpus gives undated articles: their mentions are matched against the
 * mentions of the articles dated by their metadata or dateline (`DatingIndex`). It only reads the store,
 * so worker threads with connections of their own can each date a share of the articles.
 */
import { DatingIndex } from '../extract/events/corpusDating';
import type { MentionRecord } from '../extract/events/mentions';
import type { SimilarityLookup } from '../extract/events/similarity';
import type { PublicationDate } from '../model';
import type { Db } from './db';
import { statement } from './statement';

/** Only mentions placed within a day can date an article (`isDayPrecise`): the rest need not be read. */
const DAY_MS = 86_400_000;

/** For each article, given what it reports without a date, the date the corpus gives it, or null. */
export function corpusDates(db: Db, lookup: SimilarityLookup, undated: MentionRecord[][]): (PublicationDate | null)[] {
	const titleOf = statement(db, `SELECT title FROM articles WHERE id = ?`);
	const titles = new Map<string, string>();
	const title = (id: string) => {
		if (!titles.has(id)) titles.set(id, (titleOf.get(id) as { title: string } | undefined)?.title ?? id);
		return titles.get(id)!;
	};
	const index = new DatingIndex(lookup, title);
	const datedOf = statement(
		db,
		`SELECT m.data AS data FROM mentions m JOIN articles a ON a.id = m.article_id
		 WHERE m.family = ? AND m.end - m.start <= ${DAY_MS} AND json_extract(a.published, '$.basis') IN ('metadata', 'dateline')`
	);
	index.restrictTo(undated.flat());
	for (const family of new Set(undated.flat().map((m) => m.family))) {
		for (const r of datedOf.iterate(family) as Iterable<{ data: string }>) index.add([JSON.parse(r.data) as MentionRecord]);
	}
	return undated.map((mentions) => index.date(mentions));
}
