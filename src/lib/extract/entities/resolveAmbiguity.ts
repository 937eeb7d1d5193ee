/**
 * When one name stands for several records ("Kandahar": the province and its capital; "Tripoli": the
 * capitals of Libya and a city of Lebanon), the reading is chosen in this order, each step only when it
 * decides:
 * 1. a place word next to the name ("Kandahar province", "the city of Kandahar") picks that kind;
 * 2. the rest of the text: the reading that lies inside regions the text names unambiguously wins
 *    ("Arghandab" in a text about Zabul is Zabul's district);
 * 3. containment: the reading that contains all the others wins, because it is never wrong, only less
 *    precise (bare "Kandahar" is the province, which holds the city);
 * 4. else the first reading by kind (country, province, city, district, place) and data order.
 * The readings not chosen are kept as `alternatives`. Within one text a name keeps one sense: where a
 * cue or evidence decided one mention, the mentions decided by default follow it (see `matchGazetteer`).
 */
import type { RegionKind } from '../../model';
import type { Gazetteer } from './gazetteer';

export interface Choice {
	id: string;
	alternatives?: string[];
	/** Which step decided: a cue or the text's evidence say something about this mention; the others are defaults. */
	by?: 'cue' | 'evidence' | 'containment' | 'order';
}

const KIND_ORDER: Record<RegionKind, number> = { world: 0, country: 1, province: 2, city: 3, district: 4, place: 5 };

function choice(id: string, all: readonly string[], by: Choice['by']): Choice {
	const alternatives = all.filter((other) => other !== id);
	return alternatives.length ? { id, alternatives, by } : { id };
}

export function chooseRegion(
	ids: readonly string[],
	cue: RegionKind | undefined,
	evidence: ReadonlySet<string>,
	gazetteer: Gazetteer
): Choice {
	if (ids.length === 1) return { id: ids[0] };
	let pool = [...ids];
	if (cue && cue !== 'place') {
		const cued = pool.filter((id) => gazetteer.region(id)?.kind === cue);
		if (cued.length === 1) return choice(cued[0], ids, 'cue');
		if (cued.length) pool = cued;
	}
	if (pool.length > 1 && evidence.size) {
		const scores = pool.map((id) => gazetteer.regionPath(id).filter((r) => evidence.has(r.id)).length);
		const best = Math.max(...scores);
		if (best > 0 && scores.filter((s) => s === best).length === 1) return choice(pool[scores.indexOf(best)], ids, 'evidence');
	}
	if (pool.length > 1) {
		const container = pool.find((candidate) => pool.every((other) => other === candidate || gazetteer.regionIncludes(candidate, other)));
		if (container) return choice(container, ids, 'containment');
	}
	const ranked = [...pool].sort(
		(a, b) => KIND_ORDER[gazetteer.region(a)?.kind ?? 'place'] - KIND_ORDER[gazetteer.region(b)?.kind ?? 'place']
	);
	return choice(ranked[0], ids, 'order');
}

export function chooseActor(ids: readonly string[], evidence: ReadonlySet<string>, gazetteer: Gazetteer): Choice {
	if (ids.length === 1) return { id: ids[0] };
	const related = ids.map((id) => {
		const family = [...gazetteer.actorGroups(id), ...gazetteer.actorMembers(id)];
		return family.filter((actor) => actor.id !== id && evidence.has(actor.id)).length + (evidence.has(id) ? 1 : 0);
	});
	const best = Math.max(...related);
	if (best > 0 && related.filter((r) => r === best).length === 1) return choice(ids[related.indexOf(best)], ids, 'evidence');
	return choice(ids[0], ids, 'order');
}
