/**
 * Finds the gazetteer's names in a text, in five steps:
 * 1. every name that starts at a word and fits the case rules (below) is a candidate;
 * 2. candidates with a strong name are taken longest first, so "Ahmad Shah Massoud" beats "Ahmad
 *    Massoud" and "Islamic Emirate of Afghanistan" beats "Afghanistan"; then weak aliases are taken where
 *    the text also names their record strongly;
 * 3. a name with several readings is resolved (`resolveAmbiguity`);
 * 4. countries and demonyms get their role: "British embassy" and "Afghan forces" are actors (the
 *    country), a bare demonym is a weak cue to the region, a country after "in" is a place, otherwise an
 *    acting country;
 * 5. a one-word place or person name inside a longer unknown name is dropped ("Jordan" in "Michael
 *    Jordan", "Kabul" in "Kabul University"), so that the finder of unknown names can take it whole.
 *
 * Case rules: a name must start with a capital (or a digit) in the text, except names whose first word
 * is lower case in the data (al-Qaeda); the later words may be in any case ("Panjshir valley"). A name
 * written in capitals in the data (NATO, U.S.) must be in capitals in the text, and a short one that is
 * also an English word ("US", "WHO") is not taken inside a line of capitals.
 */
import type { RegionKind } from '../../model';
import {
	INSTITUTION_CONTINUATIONS,
	INSTITUTION_NOUNS,
	LOCATIVE_PREPOSITIONS,
	ORGANIZATION_HEADS,
	PERSON_TITLES,
	PERSONAL_TITLES,
	PLACE_HEADS,
	PLACE_HEADS_BEFORE_OF,
	PLACE_MODIFIERS,
	PLACE_NOUNS,
	SPEECH_VERBS,
	COMPASS
} from './cueWords';
import type { EntityText, Span } from './entityText';
import type { Gazetteer } from './gazetteer';
import { writtenForm, type NameEntry, type TrieMatch } from './nameIndex';
import { chooseActor, chooseRegion, type Choice } from './resolveAmbiguity';

interface Candidate {
	first: number;
	last: number;
	start: number;
	end: number;
	/** Entries by names and demonyms. */
	strong?: NameEntry[];
	/** Entries by weak aliases, kept only where the text names their record strongly. */
	weak?: NameEntry[];
}

/** Short acronyms that are also English words: not taken among other words in capitals. */
const WORDLIKE_ACRONYMS = new Set('us it is who am an as at be do go he if in me my no of on or so to up we aid all arm art can may man war sea'.split(' '));

/** First words of two-word institutions ("security forces", "air force", "foreign ministry"). */
const INSTITUTION_FIRST_WORDS = new Set('security air armed special border foreign defence defense interior government military intelligence peace police naval'.split(' '));

const DIGIT = /^\p{N}/u;
/** Sentence-opening words that are verbs or adverbs, not first names ("Visiting Jordan, …"). */
const ORDINARY_ENDING = /(ing|ed|ly|ful|less)$/;

function caseFits(doc: EntityText, entry: NameEntry, first: number, last: number): boolean {
	const tokens = doc.tokens;
	if (entry.exact !== undefined) return writtenForm(tokens.slice(first, last + 1)) === entry.exact;
	if (entry.acronym) {
		let key = '';
		for (let k = first; k <= last; k++) {
			if (tokens[k].hasLower && !tokens[k].connector) return false;
			key += tokens[k].lower.replace(/\./g, '');
		}
		if (key.length <= 3 && WORDLIKE_ACRONYMS.has(key)) {
			const before = tokens[first - 1];
			const after = tokens[last + 1];
			if ((before && before.upper && tokens[first].gap !== 'break') || (after && after.upper && after.gap !== 'break')) return false;
		}
		return true;
	}
	if (entry.lowerStart) {
		for (let k = first; k <= last; k++) if (tokens[k].capitalized) return true;
		return false;
	}
	return tokens[first].capitalized || DIGIT.test(tokens[first].raw);
}

/** A place word beside words `first`..`last` and the kind of region it names. */
export function placeCue(doc: EntityText, first: number, last: number): RegionKind | undefined {
	const next = doc.tokens[last + 1];
	if (next && next.gap !== 'break') {
		const kind = PLACE_HEADS.get(doc.lower(last + 1));
		if (kind) return kind;
	}
	if (first >= 2 && doc.lower(first - 1) === 'of' && doc.tokens[first].gap !== 'break' && doc.tokens[first - 1].gap !== 'break') {
		const head = doc.lower(first - 2);
		if (PLACE_HEADS_BEFORE_OF.has(head)) return PLACE_HEADS.get(head);
	}
	if (first >= 1 && doc.lower(first - 1) === 'capital' && doc.tokens[first].gap !== 'break') return 'city';
	return undefined;
}

/** Preceded by a locative preposition, through modifiers: "in southern Kandahar", "across the country". */
export function isLocative(doc: EntityText, first: number): boolean {
	for (let k = first - 1, steps = 0; k >= 0 && steps < 4; k--, steps++) {
		const gap = doc.tokens[k + 1].gap;
		if (gap !== 'space' && gap !== 'hyphen') return false;
		const word = doc.lower(k);
		// "sit-in", "built-in": a preposition fused to the word before it is none.
		if (LOCATIVE_PREPOSITIONS.has(word)) return doc.tokens[k].gap !== 'hyphen';
		if (!PLACE_MODIFIERS.has(word)) return false;
	}
	return false;
}

/** A cued record fits only beside a place word of its kind. */
function fitsCue(entry: NameEntry, cue: RegionKind | undefined, gazetteer: Gazetteer): boolean {
	return cue !== undefined && gazetteer.region(entry.id)?.kind === cue;
}

function collectCandidates(doc: EntityText, gazetteer: Gazetteer, demonyms: boolean): Candidate[] {
	const index = gazetteer.names;
	const tokens = doc.tokens;
	const out: Candidate[] = [];
	const found: TrieMatch[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (token.connector) continue;
		if (!token.capitalized && !DIGIT.test(token.raw) && !index.lowerStarts.has(token.norm)) continue;
		found.length = 0;
		for (const match of index.matchesAt(tokens, i, found)) {
			let strong: NameEntry[] | undefined;
			let weak: NameEntry[] | undefined;
			let cue: RegionKind | undefined | null = null;
			for (const entry of match.entries) {
				if (!demonyms && entry.role === 'demonym') continue;
				if (!caseFits(doc, entry, i, match.last)) continue;
				if (entry.cued) {
					if (cue === null) cue = placeCue(doc, i, match.last);
					if (!fitsCue(entry, cue, gazetteer)) continue;
				}
				if (entry.role === 'weak') (weak ??= []).push(entry);
				else (strong ??= []).push(entry);
			}
			if (strong || weak) out.push({ first: i, last: match.last, start: token.start, end: tokens[match.last].end, strong, weak });
		}
	}
	return out;
}

function byLength(a: Candidate, b: Candidate): number {
	return b.end - b.start - (a.end - a.start) || a.start - b.start;
}

const relatedCache = new WeakMap<Gazetteer, Map<string, readonly string[]>>();

/** The record and what counts as naming it: a region's ancestors, an actor's groups and members. */
function related(id: string, kind: 'actor' | 'region', gazetteer: Gazetteer): readonly string[] {
	let cache = relatedCache.get(gazetteer);
	if (!cache) relatedCache.set(gazetteer, (cache = new Map()));
	let ids = cache.get(id);
	if (!ids) {
		ids =
			kind === 'region'
				? [id, ...gazetteer.regionPath(id).map((r) => r.id)]
				: [...gazetteer.actorGroups(id), ...gazetteer.actorMembers(id)].map((a) => a.id);
		cache.set(id, ids);
	}
	return ids;
}

interface Chosen {
	c: Candidate;
	entries: NameEntry[];
}

/** Steps 1-3: the chosen names, each with its reading. */
function selectNames(doc: EntityText, gazetteer: Gazetteer, demonyms: boolean): Span[] {
	const candidates = collectCandidates(doc, gazetteer, demonyms);
	const taken = new Uint8Array(doc.tokens.length);
	const chosen: Chosen[] = [];
	const take = (c: Candidate, entries: NameEntry[]) => {
		for (let k = c.first; k <= c.last; k++) if (taken[k]) return;
		for (let k = c.first; k <= c.last; k++) taken[k] = 1;
		chosen.push({ c, entries });
	};

	for (const c of candidates.filter((x) => x.strong).sort(byLength)) take(c, c.strong!);

	const named = new Set<string>();
	for (const { entries } of chosen) for (const e of entries) if (e.role === 'name') named.add(e.id);
	const weak: Chosen[] = [];
	for (const c of candidates) {
		if (!c.weak) continue;
		const entries = c.weak.filter((e) => related(e.id, e.kind, gazetteer).some((id) => named.has(id)));
		if (entries.length) weak.push({ c, entries });
	}
	for (const { c, entries } of weak.sort((a, b) => byLength(a.c, b.c))) take(c, entries);

	// Evidence for readings: what the text names without doubt, with the regions around it.
	const regionEvidence = new Set<string>();
	const actorEvidence = new Set<string>();
	for (const { entries } of chosen) {
		const ids = [...new Set(entries.map((e) => e.id))];
		if (ids.length !== 1) continue;
		const entry = entries[0];
		if (entry.kind === 'region') for (const id of related(ids[0], 'region', gazetteer)) regionEvidence.add(id);
		else actorEvidence.add(ids[0]);
	}

	const decided = new Map<Span, Choice['by']>();
	const spans = chosen.map(({ c, entries: all }) => {
		let entries = all;
		if (entries.some((e) => e.role === 'name')) entries = entries.filter((e) => e.role !== 'demonym');
		const actors = [...new Set(entries.filter((e) => e.kind === 'actor').map((e) => e.id))];
		const regions = [...new Set(entries.filter((e) => e.kind === 'region').map((e) => e.id))];
		const kind: 'actor' | 'region' = actors.length ? 'actor' : 'region';
		const picked =
			kind === 'actor'
				? chooseActor(actors, actorEvidence, gazetteer)
				: chooseRegion(regions, placeCue(doc, c.first, c.last), regionEvidence, gazetteer);
		const role = entries.find((e) => e.id === picked.id)?.role ?? 'name';
		const span: Span = { first: c.first, last: c.last, start: c.start, end: c.end, kind, id: picked.id, via: role };
		const others = [...(picked.alternatives ?? []), ...(kind === 'actor' ? regions : [])];
		if (others.length) span.alternatives = others;
		if (picked.by) decided.set(span, picked.by);
		return span;
	});
	oneSensePerText(decided);
	return spans;
}

/** Mentions of an ambiguous name decided by default follow a mention of it that a cue or evidence decided. */
function oneSensePerText(decided: Map<Span, Choice['by']>): void {
	const informed = new Map<string, Span>();
	const readings = (span: Span) => [span.id, ...(span.alternatives ?? [])].sort().join(' ');
	for (const [span, by] of decided) if (by === 'cue' || by === 'evidence') informed.set(readings(span), span);
	if (informed.size === 0) return;
	for (const [span, by] of decided) {
		if (by === 'cue' || by === 'evidence') continue;
		const model = informed.get(readings(span));
		if (!model || model.id === span.id) continue;
		span.alternatives = [span.id, ...(span.alternatives ?? []).filter((id) => id !== model.id)];
		span.id = model.id;
	}
}

/** The word after the span continues it as an institution; returns the last word of the institution. */
function institutionEnd(doc: EntityText, last: number): number | undefined {
	const next = doc.tokens[last + 1];
	if (!next || next.gap === 'break' || !doc.isFree(last + 1)) return undefined;
	const word = doc.lower(last + 1);
	const after = doc.tokens[last + 2];
	if (INSTITUTION_FIRST_WORDS.has(word) && after && after.gap !== 'break' && INSTITUTION_CONTINUATIONS.has(doc.lower(last + 2)) && doc.isFree(last + 2)) {
		return last + 2;
	}
	return INSTITUTION_NOUNS.has(word) ? last + 1 : undefined;
}

/** Step 4: countries and demonyms as actors or places. */
function assignRoles(doc: EntityText, span: Span, gazetteer: Gazetteer): void {
	if (span.kind !== 'region') return;
	const isCountry = gazetteer.region(span.id)?.kind === 'country';
	if (span.via !== 'demonym' && !isCountry) {
		if (isLocative(doc, span.first)) span.locative = true;
		return;
	}
	const end = institutionEnd(doc, span.last);
	if (end !== undefined) {
		span.kind = 'actor';
		span.last = end;
		span.end = doc.tokens[end].end;
		return;
	}
	if (span.via === 'demonym') {
		span.weak = true;
		return;
	}
	const token = doc.tokens[span.last];
	if (token.possessive) {
		// "Afghanistan's provinces", "Ukraine's Donetsk region" are places; "Pakistan's proxy war" is the state's.
		const next = doc.tokens[span.last + 1];
		if (!next || !(next.capitalized || PLACE_NOUNS.has(doc.lower(span.last + 1)))) span.kind = 'actor';
		return;
	}
	if (isLocative(doc, span.first)) {
		span.locative = true;
		return;
	}
	span.kind = 'actor';
}

/** Step 5: a one-word name that is part of a longer unknown name. */
function insideLongerName(doc: EntityText, span: Span, gazetteer: Gazetteer): boolean {
	if (span.first !== span.last || span.via === 'demonym') return false;
	const token = doc.tokens[span.first];
	if (token.upper || doc.inHeadline(span.first)) return false;
	const actorKind = span.kind === 'actor' ? gazetteer.actor(span.id)?.kind : undefined;
	// People's names (a person's surname alias, a people such as "Baloch") hide inside unknown names too.
	const isPerson = actorKind === 'person' || actorKind === 'group';
	const isPlace = span.kind === 'region' || gazetteer.region(span.id) !== undefined;
	if (!isPerson && !isPlace) return false;

	const before = span.first - 1;
	if (before >= 0 && token.gap === 'space' && doc.isFree(before) && doc.tokens[before].capitalized) {
		const word = doc.lower(before);
		if (isPlace && PERSONAL_TITLES.has(word)) return true;
		const ordinary =
			PERSON_TITLES.has(word) ||
			PLACE_MODIFIERS.has(word) ||
			COMPASS.has(word) ||
			doc.isCommonWord(before) ||
			(doc.startsSentence(before) && ORDINARY_ENDING.test(word));
		if (!ordinary && !doc.tokens[before].upper) return true;
	}
	const after = span.last + 1;
	const following = doc.spanAt(after);
	// "Georgia Meloni": a place name right before a known person's surname is that person's first name.
	if (isPlace && following && following.first === after && doc.tokens[after].gap === 'space' && gazetteer.actor(following.id)?.kind === 'person') return true;
	if (isPlace && after < doc.tokens.length && doc.tokens[after].gap === 'space' && doc.isFree(after) && doc.tokens[after].capitalized) {
		const word = doc.lower(after);
		if (PLACE_HEADS.has(word) || PERSON_TITLES.has(word) || SPEECH_VERBS.has(word) || doc.tokens[after].upper) return false;
		if (ORGANIZATION_HEADS.has(word)) return true;
		return !doc.isCommonWord(after);
	}
	return false;
}

/** Finds the gazetteer's names in `doc` and claims their words. */
export function matchGazetteer(doc: EntityText, gazetteer: Gazetteer, demonyms: boolean): void {
	const spans = selectNames(doc, gazetteer, demonyms);
	for (const span of spans) doc.claim(span);
	for (const span of spans) {
		const index = doc.owner[span.first];
		if (insideLongerName(doc, span, gazetteer)) {
			doc.release(index);
			continue;
		}
		const last = span.last;
		assignRoles(doc, span, gazetteer);
		for (let k = last + 1; k <= span.last; k++) doc.owner[k] = index;
	}
}
