/**
 * A character trie over the normalized keys of every name in the gazetteer (see `nameKey`). Walking it
 * from a word of the text consumes the following words' normalized letters, so the cost per starting
 * word is bounded by the longest name and the whole scan is linear in the text.
 */
import type { Gazetteer } from './gazetteer';
import type { MatchPolicy } from './gazetteerFile';
import { nameKey, nameTokens, type NameToken } from './nameTokens';

/** How a name stands for its record. */
export type NameRole =
	/** the record's name or one of its aliases */
	| 'name'
	/** a weak alias: counts only when the same text names the record (or its group or members) strongly */
	| 'weak'
	/** a country's demonym ("Afghan", "Pakistanis"): a cue to the country, not the country itself */
	| 'demonym';

export interface NameEntry {
	id: string;
	kind: 'actor' | 'region';
	role: NameRole;
	/** Written without lower-case letters (NATO, U.S.): the text must be in capitals too. */
	acronym: boolean;
	/** The name's first word is lower case (al-Qaeda, bin Laden): the text may write it in lower case. */
	lowerStart: boolean;
	/** The record is matched only beside a place word ("Kot district"). */
	cued: boolean;
	/**
	 * For names whose capitals say what they are (JeM, LeT, teleSUR): the words as they must be written,
	 * joined. "JEM" is another body's abbreviation.
	 */
	exact?: string;
}

interface TrieNode {
	next?: Map<number, TrieNode>;
	entries?: NameEntry[];
}

export interface TrieMatch {
	/** Index of the last word of the match. */
	last: number;
	entries: NameEntry[];
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/** The words of a name as written, joined: what an exact-case name must match. */
export function writtenForm(words: readonly NameToken[]): string {
	return words.map((w) => w.raw.replace(/\./g, '')).join('');
}

function describe(name: string): { acronym: boolean; lowerStart: boolean; exact?: string } {
	const words = nameTokens(name);
	const described: { acronym: boolean; lowerStart: boolean; exact?: string } = {
		acronym: UPPER.test(name) && !LOWER.test(name),
		lowerStart: words.length > 1 && !words[0].capitalized && LOWER.test(words[0].raw[0] ?? '')
	};
	if (words.some((w) => INNER_CAPITAL.test(w.raw))) described.exact = writtenForm(words);
	return described;
}

const RANK: Record<NameRole, number> = { name: 0, demonym: 1, weak: 2 };

export class NameIndex {
	private readonly root: TrieNode = {};
	/** Number of distinct keys, for reports. */
	size = 0;
	/** Normalized first words of names that start in lower case (`al`, `bin`): only these lower-case words can open a name. */
	readonly lowerStarts = new Set<string>();

	constructor(gazetteer: Gazetteer) {
		for (const region of gazetteer.regions()) this.addRecord(region, 'region', region.match, region.demonyms);
		for (const actor of gazetteer.actors()) this.addRecord(actor, 'actor', actor.match, undefined);
	}

	private addRecord(
		record: { id: string; name: string; aliases?: string[]; weakAliases?: string[] },
		kind: 'actor' | 'region',
		match: MatchPolicy | undefined,
		demonyms: string[] | undefined
	): void {
		if (match === 'never') return;
		const cued = match === 'cued';
		for (const name of [record.name, ...(record.aliases ?? [])]) this.add(name, { id: record.id, kind, role: 'name', cued, ...describe(name) });
		for (const name of record.weakAliases ?? []) this.add(name, { id: record.id, kind, role: 'weak', cued, ...describe(name) });
		for (const name of demonyms ?? []) this.add(name, { id: record.id, kind, role: 'demonym', cued: false, ...describe(name) });
	}

	private add(name: string, entry: NameEntry): void {
		const key = nameKey(name);
		if (!key) return;
		const first = nameTokens(name)[0];
		if (first && !first.capitalized) this.lowerStarts.add(first.norm);
		let node = this.root;
		for (let i = 0; i < key.length; i++) {
			const code = key.charCodeAt(i);
			node.next ??= new Map();
			let child = node.next.get(code);
			if (!child) {
				child = {};
				node.next.set(code, child);
			}
			node = child;
		}
		if (!node.entries) {
			node.entries = [];
			this.size++;
		}
		const same = node.entries.findIndex((e) => e.id === entry.id && e.acronym === entry.acronym && e.exact === entry.exact);
		if (same < 0) node.entries.push(entry);
		else if (RANK[entry.role] < RANK[node.entries[same].role]) node.entries[same] = entry;
	}

	/** The entries stored under exactly this key. */
	lookup(key: string): NameEntry[] {
		let node: TrieNode | undefined = this.root;
		for (let i = 0; i < key.length && node; i++) node = node.next?.get(key.charCodeAt(i));
		return node?.entries ?? [];
	}

	/**
	 * Every name that starts at word `first` and ends at a word boundary, shortest first. Words are joined
	 * across spaces, hyphens and single line breaks only; a connector word (`e` in "Sar-e Pol") is tried
	 * both as part of the name and as skipped. Matches are appended to `out`.
	 */
	matchesAt(tokens: readonly NameToken[], first: number, out: TrieMatch[] = []): TrieMatch[] {
		let node: TrieNode | undefined = this.root;
		for (let j = first; j < tokens.length && node; j++) {
			const token = tokens[j];
			if (j > first && token.gap === 'break') break;
			if (j > first && token.connector) {
				const through = this.step(node, token.norm);
				if (through?.entries) out.push({ last: j, entries: through.entries });
				continue;
			}
			node = this.step(node, token.norm);
			if (node?.entries) out.push({ last: j, entries: node.entries });
		}
		return out;
	}

	private step(node: TrieNode, chars: string): TrieNode | undefined {
		let current: TrieNode | undefined = node;
		for (let i = 0; i < chars.length && current; i++) current = current.next?.get(chars.charCodeAt(i));
		return current;
	}
}
