/**
 * Names outside the gazetteer, found by the words around them. A run of capitalized words that no
 * gazetteer name took is read, in this order, as:
 * 1. an organization, when it ends with a head noun ("Ulema Council", "Shaheen Corps") or holds one
 *    before "of" ("Army of Terror and Ignorance"), and is not generic ("National Security Council"
 *    alone names nobody; "Afghan National Security Council" does);
 * 2. a person, when a title or role stands before it ("Mayor Vitali Klitschko", "spokesman Fahim
 *    Dashti", "Moulvi Anus");
 * 3. a place, when a place word stands beside it ("Zhari district", "the town of Bucha", "north of
 *    Kherson");
 * 4. a person, after "son of", before an apposition with a role ("Fahim Dashti, the front's
 *    spokesman,"), or before a verb of speech ("Fahim Dashti said");
 * 5. a place, after "in", "near", "outside" and the like, when it is not a language, a faith, a feast
 *    or an institution ("in Kherson", but not "in Pashto").
 * Sentence-opening words ("The", "According"), months and days are trimmed from runs, title-case
 * headlines are skipped, and a person's name may not hold common words. Each find becomes a match with
 * a new `Actor` or `Region` record (`discovered: true`) whose id comes from its name, and a person
 * found after an actor ("the Taliban's shadow governor for Bamyan Moulvi Anus") belongs to that actor.
 */
import type { Actor, Region, RegionKind } from '../../model';
import {
	CALENDAR_WORDS,
	COMPASS,
	GENERIC_NAME_WORDS,
	KINSHIP,
	LEADING_WORDS,
	NAME_PARTICLES,
	NOT_PLACES,
	ORGANIZATION_HEADS,
	PERSON_TITLES,
	PERSONAL_TITLES,
	PLACE_HEADS,
	PLACE_HEADS_BEFORE_OF,
	PLACE_MODIFIERS,
	PLACE_PREPOSITIONS,
	SPEECH_VERBS
} from './cueWords';
import type { EntityText, Span } from './entityText';
import type { Gazetteer } from './gazetteer';
import { slugify } from './normalizeName';
import type { SurnameIndex } from './surnames';

/** "3rd", "215th": numbered units ("3rd Assault Brigade"). */
const ORDINAL = /^\d+(st|nd|rd|th)$/i;
const MAX_PERSON_WORDS = 4;
const MAX_PLACE_WORDS = 3;
const AFFILIATION_REACH = 7;
/** Prepositions that also take companies, institutions and abstractions ("in Tesla", "into Google"). */
const WEAK_PLACE_PREPOSITIONS = new Set(['in', 'into', 'inside', 'within']);

interface Run {
	first: number;
	last: number;
}

function isParticle(doc: EntityText, i: number): boolean {
	return NAME_PARTICLES.has(doc.lower(i)) && !doc.tokens[i].capitalized;
}

/** A word of a run: free, capitalized, not on a headline line; particles only between such words. */
function runs(doc: EntityText): Run[] {
	const out: Run[] = [];
	const tokens = doc.tokens;
	let first = -1;
	let last = -1;
	const close = () => {
		if (first >= 0) out.push({ first, last });
		first = -1;
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const joins = first >= 0 && (token.gap === 'space' || token.gap === 'hyphen');
		if (!joins) close();
		if (!doc.isFree(i) || doc.inHeadline(i)) {
			close();
			continue;
		}
		if (token.capitalized || (first < 0 && ORDINAL.test(token.raw) && tokens[i + 1]?.capitalized && tokens[i + 1].gap === 'space')) {
			if (first < 0) first = i;
			last = i;
		} else if (first >= 0 && isParticle(doc, i) && tokens[i + 1]?.capitalized && doc.isFree(i + 1)) {
			continue;
		} else {
			close();
		}
	}
	close();
	return out;
}

/** A word that can be part of a person's or place's name. */
function nameWord(doc: EntityText, i: number): boolean {
	const lower = doc.lower(i);
	if (isParticle(doc, i)) return true;
	if (!doc.tokens[i].capitalized || doc.tokens[i].upper) return false;
	return !PERSON_TITLES.has(lower) && !ORGANIZATION_HEADS.has(lower) && !doc.isCommonWord(i) && !PLACE_HEADS.has(lower);
}

function allNameWords(doc: EntityText, first: number, last: number): boolean {
	if (isParticle(doc, first) || isParticle(doc, last)) return false;
	for (let k = first; k <= last; k++) if (!nameWord(doc, k)) return false;
	return true;
}

/** The run without opening words, months, days and dangling particles. */
function trim(doc: EntityText, run: Run): Run | undefined {
	let { first, last } = run;
	while (first <= last && (LEADING_WORDS.has(doc.lower(first)) || CALENDAR_WORDS.has(doc.lower(first)) || isParticle(doc, first))) first++;
	while (last >= first && (CALENDAR_WORDS.has(doc.lower(last)) || isParticle(doc, last) || LEADING_WORDS.has(doc.lower(last)))) last--;
	return first <= last ? { first, last } : undefined;
}

function textOf(doc: EntityText, first: number, last: number): string {
	return doc.text.slice(doc.tokens[first].start, doc.tokens[last].end);
}

/** The nearest actor named before word `from` in the same clause (through possessives): its id. */
function affiliationBefore(doc: EntityText, from: number): string | undefined {
	for (let k = from - 1; k >= 0 && from - k <= AFFILIATION_REACH; k--) {
		if (doc.punctuationBetween(k, k + 1)) return undefined;
		const span = doc.spanAt(k);
		if (span && (span.kind === 'actor' || span.via === 'demonym')) return span.id;
	}
	return undefined;
}

/** The first actor named in the apposition that starts at word `from` ("a Taliban spokesman", "an official of the Defence Ministry"). */
function affiliationAfter(doc: EntityText, from: number): string | undefined {
	for (let k = from; k < doc.tokens.length && k < from + AFFILIATION_REACH + 3; k++) {
		if (k > from && doc.punctuationBetween(k - 1, k)) return undefined;
		const span = doc.spanAt(k);
		if (span && (span.kind === 'actor' || span.via === 'demonym')) return span.id;
	}
	return undefined;
}

/** After a comma, a role within the clause: "…, a Taliban spokesman," → the word index of the role. */
function appositiveRole(doc: EntityText, last: number): number | undefined {
	const next = doc.tokens[last + 1];
	if (!next || !/^\s*,\s*$/.test(doc.text.slice(doc.tokens[last].end, next.start))) return undefined;
	for (let k = last + 1; k < doc.tokens.length && k <= last + 6; k++) {
		if (k > last + 1 && doc.punctuationBetween(k - 1, k)) return undefined;
		if (PERSON_TITLES.has(doc.lower(k))) return k;
	}
	return undefined;
}

interface Found {
	first: number;
	last: number;
	kind: 'person' | 'organization' | RegionKind;
	memberOf?: string;
	/** Only a bare "in" says it is a place ("invested in Tesla" looks the same): a cue, not a claim. */
	weak?: boolean;
}

function organization(doc: EntityText, run: Run, gazetteer: Gazetteer): Found | undefined {
	const { first, last } = run;
	let head = ORGANIZATION_HEADS.has(doc.lower(last)) ? last : -1;
	const next = doc.tokens[last + 1];
	if (head < 0 && next && next.gap === 'space' && TRAILING_ORGANIZATION_HEADS.has(doc.lower(last + 1)) && last > first) head = last + 1;
	for (let k = first; k < last && head < 0; k++) {
		if (ORGANIZATION_HEADS.has(doc.lower(k)) && (doc.lower(k + 1) === 'of' || doc.lower(k + 1) === 'for')) head = k;
	}
	if (head < 0) return undefined;
	let start = first;
	let memberOf: string | undefined;
	const before = doc.spanAt(first - 1);
	if (before && before.last === first - 1 && (before.kind === 'actor' || before.via === 'demonym' || gazetteer.region(before.id)?.kind === 'country')) {
		if (doc.tokens[first].gap === 'space') {
			memberOf = before.id;
			start = before.first;
		} else if (doc.tokens[first - 1].possessive) {
			// "Afghanistan's Ulema Council": the body belongs to the country without the country in its name.
			memberOf = before.id;
		}
	}
	let specific = memberOf !== undefined;
	for (let k = first; k <= last && !specific; k++) {
		const lower = doc.lower(k);
		if (k !== head && !ORGANIZATION_HEADS.has(lower) && !NAME_PARTICLES.has(lower) && !GENERIC_NAME_WORDS.has(lower) && !PERSON_TITLES.has(lower)) {
			specific = true;
		}
	}
	let end = last;
	const after = doc.spanAt(last + 2);
	if (!memberOf && doc.lower(last + 1) === 'of' && after && after.first === last + 2 && gazetteer.region(after.id)?.kind === 'country' && !doc.punctuationBetween(last, after.last)) {
		// "Ministry of Foreign Affairs of Pakistan": the country is part of the name and owns the body.
		memberOf = after.id;
		end = after.last;
		specific = true;
	}
	if (!specific || end - start < 1) return undefined;
	return { first: start, last: end, kind: 'organization', memberOf };
}

/** Abbreviated titles written with a full stop ("Gen. Smith", "Mr. Khan"). */
const DOTTED_TITLES = new Set('mr mrs ms dr prof gen col lt maj capt sgt adm sen rep gov st rev cpl'.split(' '));

/** Lower-case words after a name that make it a body ("the Tehreek-e-Labbaik Pakistan party"). */
const TRAILING_ORGANIZATION_HEADS = new Set(['party', 'movement', 'militia', 'front', 'brigade', 'brigades']);

function titleTouches(doc: EntityText, titleAt: number, nameFirst: number): boolean {
	const gap = doc.text.slice(doc.tokens[titleAt].end, doc.tokens[nameFirst].start);
	return /^\s+$/.test(gap) || (/^\.\s+$/.test(gap) && DOTTED_TITLES.has(doc.lower(titleAt)));
}

function titledPerson(doc: EntityText, run: Run): Found | undefined {
	let nameFirst = run.last + 1;
	while (nameFirst - 1 >= run.first && nameWord(doc, nameFirst - 1)) nameFirst--;
	while (nameFirst <= run.last && isParticle(doc, nameFirst)) nameFirst++;
	if (nameFirst > run.last) return undefined;
	const titleAt = nameFirst - 1;
	if (titleAt < 0 || !titleTouches(doc, titleAt, nameFirst)) return undefined;
	const title = doc.lower(titleAt);
	if (!PERSON_TITLES.has(title)) return undefined;
	const words = run.last - nameFirst + 1;
	if (words > MAX_PERSON_WORDS || (words === 1 && !PERSONAL_TITLES.has(title))) return undefined;
	if (!allNameWords(doc, nameFirst, run.last)) return undefined;
	const role = appositiveRole(doc, run.last);
	const memberOf = affiliationBefore(doc, titleAt) ?? (role !== undefined ? affiliationAfter(doc, run.last + 1) : undefined);
	return { first: nameFirst, last: run.last, kind: 'person', memberOf };
}

function cuedPlace(doc: EntityText, run: Run): Found | undefined {
	const { first, last } = run;
	const next = doc.tokens[last + 1];
	if (next && next.gap === 'space' && !next.capitalized) {
		const kind = PLACE_HEADS.get(doc.lower(last + 1));
		if (kind && last - first < MAX_PLACE_WORDS && allNameWords(doc, first, last)) return { first, last, kind };
	}
	const ownHead = PLACE_HEADS.get(doc.lower(last));
	if (ownHead && last > first && last - first <= MAX_PLACE_WORDS && allNameWords(doc, first, last - 1)) {
		return { first, last: last - 1, kind: ownHead };
	}
	if (first >= 2 && doc.lower(first - 1) === 'of' && !doc.punctuationBetween(first - 2, first)) {
		const head = doc.lower(first - 2);
		if ((PLACE_HEADS_BEFORE_OF.has(head) || COMPASS.has(head)) && last - first < MAX_PLACE_WORDS && allNameWords(doc, first, last)) {
			return { first, last, kind: PLACE_HEADS.get(head) ?? 'place' };
		}
	}
	return undefined;
}

function otherPerson(doc: EntityText, run: Run): Found | undefined {
	const { first, last } = run;
	const words = last - first + 1;
	if (words > MAX_PERSON_WORDS || !allNameWords(doc, first, last)) return undefined;
	if (first >= 2 && doc.lower(first - 1) === 'of' && KINSHIP.has(doc.lower(first - 2)) && !doc.punctuationBetween(first - 2, first)) {
		return words >= 2 ? { first, last, kind: 'person', memberOf: undefined } : undefined;
	}
	if (words < 2) return undefined;
	const role = appositiveRole(doc, last);
	if (role !== undefined) return { first, last, kind: 'person', memberOf: affiliationAfter(doc, last + 1) };
	const next = doc.tokens[last + 1];
	if (next && next.gap === 'space' && SPEECH_VERBS.has(doc.lower(last + 1)) && words <= 3) {
		return { first, last, kind: 'person', memberOf: affiliationBefore(doc, first) };
	}
	return undefined;
}

function prepositionPlace(doc: EntityText, run: Run): Found | undefined {
	const { first, last } = run;
	if (last - first >= MAX_PLACE_WORDS || !allNameWords(doc, first, last)) return undefined;
	for (let k = first; k <= last; k++) if (NOT_PLACES.has(doc.lower(k))) return undefined;
	for (let k = first - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
		const gap = doc.tokens[k + 1].gap;
		if ((gap !== 'space' && gap !== 'hyphen') || doc.punctuationBetween(k, k + 1)) return undefined;
		const word = doc.lower(k);
		if (PLACE_PREPOSITIONS.has(word)) {
			if (doc.tokens[k].gap === 'hyphen') return undefined;
			return { first, last, kind: 'place', weak: WEAK_PLACE_PREPOSITIONS.has(word) };
		}
		if (!PLACE_MODIFIERS.has(word)) return undefined;
	}
	return undefined;
}

function classify(doc: EntityText, raw: Run, gazetteer: Gazetteer): Found | undefined {
	const run = trim(doc, raw);
	if (!run) return undefined;
	return (
		organization(doc, run, gazetteer) ??
		titledPerson(doc, run) ??
		cuedPlace(doc, run) ??
		otherPerson(doc, run) ??
		prepositionPlace(doc, run)
	);
}

function record(doc: EntityText, found: Found, gazetteer: Gazetteer): { id: string; kind: 'actor' | 'region'; record: Actor | Region } | undefined {
	const name = textOf(doc, found.first, found.last).replace(/\s+/g, ' ');
	const slug = slugify(name);
	if (!slug) return undefined;
	if (found.kind === 'person' || found.kind === 'organization') {
		const actor: Actor = { id: `${found.kind === 'person' ? 'person' : 'org'}:${slug}`, name, kind: found.kind, discovered: true };
		if (found.memberOf && found.memberOf !== actor.id && gazetteer.actor(found.memberOf)) actor.memberOf = [found.memberOf];
		return { id: actor.id, kind: 'actor', record: actor };
	}
	const region: Region = { id: `place:${slug}`, name, kind: found.kind, discovered: true };
	return { id: region.id, kind: 'region', record: region };
}

/**
 * Finds names outside the gazetteer among the free words of `doc`, claims them, and makes later bare
 * mentions of a discovered name match too. Persons found are added to `surnames`.
 */
export function discoverNames(doc: EntityText, gazetteer: Gazetteer, surnames: SurnameIndex): void {
	const found: Span[] = [];
	for (const run of runs(doc)) {
		const hit = classify(doc, run, gazetteer);
		if (!hit) continue;
		if (hit.kind === 'person' && hit.first === hit.last) {
			const person = surnames.resolve(doc.tokens[hit.first].norm, doc.tokens[hit.first].start);
			if (person) {
				const { id, record } = person;
				doc.claim({ first: hit.first, last: hit.last, start: doc.tokens[hit.first].start, end: doc.tokens[hit.last].end, kind: 'actor', id, via: 'surname', record });
				continue;
			}
		}
		const made = record(doc, hit, gazetteer);
		if (!made) continue;
		for (let k = hit.first; k <= hit.last; k++) {
			const owner = doc.owner[k];
			if (owner >= 0) doc.release(owner);
		}
		const span: Span = {
			first: hit.first,
			last: hit.last,
			start: doc.tokens[hit.first].start,
			end: doc.tokens[hit.last].end,
			kind: made.kind,
			id: made.id,
			via: 'discovered',
			record: made.record
		};
		if (hit.weak) span.weak = true;
		if (!doc.claim(span)) continue;
		found.push(span);
		if (hit.kind === 'person') surnames.add(doc, made.id, hit.first, hit.last, made.record as Actor);
	}
	repeatDiscovered(doc, found);
}

/** Later mentions of a discovered name without its cue ("Bucha" after "the town of Bucha"). */
function repeatDiscovered(doc: EntityText, found: readonly Span[]): void {
	if (found.length === 0) return;
	const byKey = new Map<string, Span>();
	let longest = 1;
	for (const span of found) {
		let key = '';
		for (let k = span.first; k <= span.last; k++) key += doc.tokens[k].norm + ' ';
		byKey.set(key, span);
		longest = Math.max(longest, span.last - span.first + 1);
	}
	const tokens = doc.tokens;
	for (let i = 0; i < tokens.length; i++) {
		if (!doc.isFree(i) || !tokens[i].capitalized || doc.isCommonWord(i)) continue;
		let key = '';
		for (let j = i; j < tokens.length && j - i < longest; j++) {
			if (!doc.isFree(j) || (j > i && tokens[j].gap === 'break')) break;
			key += tokens[j].norm + ' ';
			const span = byKey.get(key);
			if (!span) continue;
			const next = tokens[j + 1];
			if (next && next.gap === 'space' && next.capitalized && doc.isFree(j + 1)) continue;
			doc.claim({ first: i, last: j, start: tokens[i].start, end: tokens[j].end, kind: span.kind, id: span.id, via: 'discovered', record: span.record, weak: span.weak });
			i = j;
			break;
		}
	}
}
