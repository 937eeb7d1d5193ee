/**
 * Who and where: the actors and regions of a mention, its speaker when it is speech, and the antecedent
 * of a pronoun subject ("he said" after "Ahmad Masoud said").
 */
import type { Actor, Region, TextRange } from '../../model';
import type { Word } from '../text/clauses';

/** An entity found in the text (see `extract/entities`). */
export interface EntityMention extends TextRange {
	kind: 'actor' | 'region';
	id: string;
}

/** What this stage needs to know about entity ids. */
export interface EntityLookup {
	actor(id: string): Actor | undefined;
	region(id: string): Region | undefined;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'it', 'them']);

/** The most recent actors of each sort, for resolving pronouns in later sentences. */
export class Salience {
	person?: string;
	group?: string;

	note(actorId: string, lookup: EntityLookup): void {
		const kind = lookup.actor(actorId)?.kind;
		if (kind === 'person') this.person = actorId;
		else if (kind) this.group = actorId;
	}

	resolve(pronoun: string): string | undefined {
		if (PERSON_PRONOUNS.has(pronoun)) return this.person;
		if (GROUP_PRONOUNS.has(pronoun)) return this.group;
		return undefined;
	}
}

export function isPronoun(lower: string): boolean {
	return PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower);
}

/** Entities whose span lies inside the words `[first, last]`. */
export function entitiesIn(entities: EntityMention[], words: Word[], first: number, last: number): EntityMention[] {
	if (first > last || !words[first] || !words[last]) return [];
	const from = words[first].start;
	const to = words[last].end;
	return entities.filter((e) => e.start >= from && e.end <= to);
}

/**
 * The subject (or speaker) of a trigger: the actor nearest before it in its clause, else the actor named
 * right after a speech verb ("…, said Masoud"), else a pronoun resolved by salience.
 */
export function findSubject(
	entities: EntityMention[],
	words: Word[],
	clauseFirst: number,
	head: number,
	clauseLast: number,
	salience: Salience,
	speech: boolean
): string | undefined {
	const before = entitiesIn(entities, words, clauseFirst, head - 1).filter((e) => e.kind === 'actor');
	if (before.length > 0) return before[before.length - 1].id;
	if (speech) {
		const after = entitiesIn(entities, words, head + 1, Math.min(clauseLast, head + 6)).filter((e) => e.kind === 'actor');
		if (after.length > 0) return after[0].id;
	}
	for (let i = head - 1; i >= clauseFirst && head - i <= 4; i--) {
		const resolved = salience.resolve(words[i].lower);
		if (resolved) return resolved;
	}
	if (speech) {
		const next = words[head + 1]?.lower;
		if (next) return salience.resolve(next);
	}
	return undefined;
}

/** Regions most specific first (district before province before country), then by first appearance. */
export function orderRegions(ids: string[], lookup: EntityLookup): string[] {
	const rank: Record<string, number> = { place: 0, city: 1, district: 1, province: 2, country: 3, world: 4 };
	const unique = [...new Set(ids)];
	return unique
		.map((id, index) => ({ id, index, rank: rank[lookup.region(id)?.kind ?? 'place'] ?? 0 }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map((r) => r.id);
}
