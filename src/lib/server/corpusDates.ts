/**
 * The publication dates a stored corpus gives undated articles: their mentions are matched against the
 * mentions of the articles dated by their metadata or dateline (`DatingIndex`). A mention is only ever
 * matched within its frame family, so the work splits by family: each family's share only reads the
 * store, and worker threads with connections of their own can each take one.
 */
import { betterMatch, DatingIndex, dateFromConstraints, wantedKeys, type DateConstraint, type DatingMatch } from '../extract/events/corpusDating';
import type { MentionRecord } from '../extract/events/mentions';
import { profile, type MentionProfile, type SimilarityLookup } from '../extract/events/similarity';
import type { PublicationDate } from '../model';
import type { Db } from './db';
import { statement } from './statement';

/** Only mentions placed within a day can date an article (`isDayPrecise`): the rest need not be read. */
const DAY_MS = 86_400_000;

/**
 * Dated mentions indexed at once. The index of a large corpus's largest family would take gigabytes, so
 * the dated mentions are indexed this many at a time, and each undated mention keeps its best match over
 * all of them.
 */
export const DATING_CHUNK = 50_000;

/** The undated mentions of one family, with where each sits: `[article, mention]` in the undated lists. */
export interface FamilyShare<T> {
	family: string;
	positions: [number, number][];
	mentions: T[];
}

export function sharesByFamily<T>(undated: T[][], familyOf: (mention: T) => string): FamilyShare<T>[] {
	const shares = new Map<string, FamilyShare<T>>();
	undated.forEach((mentions, article) =>
		mentions.forEach((mention, index) => {
			const family = familyOf(mention);
			let share = shares.get(family);
			if (!share) shares.set(family, (share = { family, positions: [], mentions: [] }));
			share.positions.push([article, index]);
			share.mentions.push(mention);
		})
	);
	return [...shares.values()];
}

/** Each article's date from what its mentions say of it, given each share's constraints in its order. */
export function datesFromShares(undated: unknown[][], shares: FamilyShare<unknown>[], found: (DateConstraint | null)[][]): (PublicationDate | null)[] {
	const constraints: (DateConstraint | null)[][] = undated.map((mentions) => mentions.map(() => null));
	shares.forEach((share, s) => share.positions.forEach(([article, index], i) => (constraints[article][index] = found[s][i])));
	// In each article's mention order, as one index over every family would give them.
	return constraints.map((list) => dateFromConstraints(list.filter((c) => c !== null)));
}

/**
 * What each undated mention of one family says of its article's date: the constraint of its best match
 * among the store's dated mentions of the family, or null.
 */
export function familyConstraints(db: Db, lookup: SimilarityLookup, family: string, undated: MentionRecord[], chunk = DATING_CHUNK): (DateConstraint | null)[] {
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
	const profiles: MentionProfile[] = undated.map((m) => profile(m, lookup));
	const best: (DatingMatch | undefined)[] = undated.map(() => undefined);
	const wanted = wantedKeys(profiles);
	const fresh = () => {
		const index = new DatingIndex(lookup, title);
		index.restrictTo(wanted);
		return index;
	};
	const search = (index: DatingIndex) =>
		profiles.forEach((p, i) => {
			const found = index.bestMatch(p);
			if (found && betterMatch(found, best[i])) best[i] = found;
		});
	let index = fresh();
	for (const row of datedOf.iterate(family) as Iterable<{ data: string }>) {
		index.add([JSON.parse(row.data) as MentionRecord]);
		if (index.size < chunk) continue;
		search(index);
		index = fresh();
	}
	search(index);
	return undated.map((m, i) => (best[i] ? index.constraintFor(m, best[i].match) : null));
}

/** For each article, given what it reports without a date, the date the corpus gives it, or null. */
export function corpusDates(db: Db, lookup: SimilarityLookup, undated: MentionRecord[][], chunk = DATING_CHUNK): (PublicationDate | null)[] {
	const shares = sharesByFamily(undated, (m) => m.family);
	return datesFromShares(
		undated,
		shares,
		shares.map((share) => familyConstraints(db, lookup, share.family, share.mentions, chunk))
	);
}
