/**
 * Surname coreference within one text: once a person is named in full ("Ahmad Masoud"), a later bare
 * surname ("Masoud said") refers to them. When two persons share the surname ("Ahmad Shah Masud", the
 * father), the one named in full more often so far wins, then the one named first: news writing names
 * its main subject first and most.
 */
import { NAME_PARTICLES, PERSON_TITLES, SPEECH_VERBS } from './cueWords';
import type { Actor } from '../../model';
import type { EntityText } from './entityText';

interface Holder {
	id: string;
	/** For a person found outside the gazetteer: their record, carried by every later mention. */
	record?: Actor;
	/** Offset of the first full mention: a surname before it refers to nobody. */
	since: number;
	mentions: number;
}

export class SurnameIndex {
	private readonly holders = new Map<string, Holder[]>();

	/** Records the person named by words `first`..`last` (two words or more, titles included). */
	add(doc: EntityText, id: string, first: number, last: number, record?: Actor): void {
		let words = 0;
		for (let k = first; k <= last; k++) if (!doc.tokens[k].connector) words++;
		if (words < 2) return;
		const since = doc.tokens[first].start;
		const keys = [doc.tokens[last].norm];
		if (last - 1 > first && NAME_PARTICLES.has(doc.lower(last - 1))) keys.push(doc.tokens[last - 1].norm + doc.tokens[last].norm);
		for (const key of keys) {
			const list = this.holders.get(key) ?? [];
			const holder = list.find((h) => h.id === id);
			if (holder) holder.mentions++;
			else list.push({ id, record, since, mentions: 1 });
			this.holders.set(key, list);
		}
	}

	/** The person a bare surname at offset `at` refers to, if any. */
	resolve(key: string, at: number): { id: string; record?: Actor } | undefined {
		let best: Holder | undefined;
		for (const holder of this.holders.get(key) ?? []) {
			if (holder.since >= at) continue;
			if (!best || holder.mentions > best.mentions || (holder.mentions === best.mentions && holder.since < best.since)) best = holder;
		}
		if (!best) return undefined;
		best.mentions++;
		return { id: best.id, record: best.record };
	}

	get size(): number {
		return this.holders.size;
	}
}

/**
 * Claims the bare surnames of persons named earlier in the text: a capitalized free word (or particle
 * and word, "al-Assad") that is no common word and does not run on into another capitalized word.
 */
export function matchSurnames(doc: EntityText, surnames: SurnameIndex): void {
	if (surnames.size === 0) return;
	const tokens = doc.tokens;
	for (let i = 0; i < tokens.length; i++) {
		if (!doc.isFree(i)) continue;
		let first = i;
		let last = i;
		let key = tokens[i].norm;
		if (NAME_PARTICLES.has(doc.lower(i)) && doc.isFree(i + 1) && tokens[i + 1]?.capitalized && tokens[i + 1].gap !== 'break') {
			last = i + 1;
			key += tokens[i + 1].norm;
		} else if (!tokens[i].capitalized || tokens[i].upper || doc.isCommonWord(i)) {
			continue;
		}
		const next = tokens[last + 1];
		if (next && next.gap === 'space' && next.capitalized && doc.isFree(last + 1) && !SPEECH_VERBS.has(doc.lower(last + 1))) continue;
		const before = tokens[first - 1];
		if (before && tokens[first].gap === 'space' && before.capitalized && doc.isFree(first - 1)) {
			const word = doc.lower(first - 1);
			if (!PERSON_TITLES.has(word) && !doc.isCommonWord(first - 1) && !doc.startsSentence(first - 1)) continue;
		}
		const person = surnames.resolve(key, tokens[first].start);
		if (!person) continue;
		doc.claim({ first, last, start: tokens[first].start, end: tokens[last].end, kind: 'actor', id: person.id, via: 'surname', record: person.record });
		i = last;
	}
}
