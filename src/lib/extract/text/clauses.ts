/**
 * Clauses inside one sentence, found from punctuation and clause-opening words rather than a parse: good
 * enough to tell which time expression governs which verb ("ruled from 1996 to 2001, has regained control
 * after it seized Kabul on August 15" holds three clauses with three times), which words a title may be
 * drawn from, and where a reported claim begins.
 */
import type { TextRange } from '../../model';

export interface Word extends TextRange {
	text: string;
	lower: string;
	kind: 'word' | 'number' | 'punct' | 'quote';
}

// Numbers with inner separators stay whole ("700,000", "3.5"), and so do words with inner apostrophes,
// hyphens and dots ("Taliban's", "Dara-i-Suf", "U.S"); everything else that is not a space is one
// punctuation character. Each alternative consumes at least one character and none can
// overlap with a later one, so the scan is linear.
const WORD = /\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
const QUOTES = new Set(['"', '“', '”', '‘', '’', '«', '»', "'"]);

/** The words and punctuation of `text` within `range`, with offsets into `text`. */
export function scanWords(text: string, range: TextRange = { start: 0, end: text.length }): Word[] {
	const words: Word[] = [];
	const slice = text.slice(range.start, range.end);
	WORD.lastIndex = 0;
	for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
		const value = m[0];
		const start = range.start + m.index;
		const first = value.codePointAt(0) ?? 0;
		const kind: Word['kind'] = QUOTES.has(value)
			? 'quote'
			: /^[\p{N}]/u.test(value)
				? 'number'
				: /^[\p{L}\p{M}]/u.test(value) || first > 0x2fff
					? 'word'
					: 'punct';
		words.push({ start, end: start + value.length, text: value, lower: value.toLowerCase(), kind });
	}
	return words;
}

/** Where the sentence's time expressions lie, by word index. */
export interface TimeWords {
	/** Word `i` belongs to a time expression. */
	timed(index: number): boolean;
	/** Word `i` belongs to the same time expression as the word before it ("later that month"): it opens no clause. */
	within(index: number): boolean;
}

export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'complement' | 'adverbial';

export interface Clause {
	/** Indices into the word list, `last` inclusive. */
	first: number;
	last: number;
	kind: ClauseKind;
	/** The word that opens the clause ("after", "which", "that"), lower case, when one does. */
	opener?: string;
	/** For the rest of a clause after an insertion ("The Taliban, which …, has regained"): its first part. */
	resumes?: number;
}

const SUBORDINATORS = new Set(['after', 'before', 'when', 'whenever', 'wherever', 'while', 'as', 'since', 'because', 'although', 'though', 'if', 'unless', 'until', 'whereas', 'once', 'whether']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet']);
const BREAKS = new Set([';', ':', '—', '–', '(', ')']);

/** Words that open a noun phrase ("the armed group", "its 2021 budget"): where a phrase starts, and what it holds. */
export const PHRASE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** Word forms that begin a verb group: a clause joined by "and" must start with one of these or a verb. */
export const AUXILIARIES = new Set([
	'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
	'has', 'have', 'had', 'having',
	'do', 'does', 'did',
	'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
	'not', "n't", 'never', 'also', 'then', 'later', 'further', 'reportedly', 'allegedly'
]);

/**
 * Splits one sentence's words into clauses. `isVerb(i)` says whether word `i` can head a verb group; it
 * decides whether "and" joins two clauses ("attacked the compound and killed a guard") or two nouns
 * ("NATO, UN and Britain"). A clause opened right after a comma (", which ruled from 1996 to 2001,") or at
 * the start of the sentence ("If …,") ends at the next comma, and the clause it interrupted resumes.
 * A relative clause without a comma ("The ceasefire that was signed last week collapsed") ends where the
 * verb of the clause it interrupted comes after an adjunct (a time, a prepositional phrase).
 */
export function splitClauses(words: Word[], isVerb: (index: number) => boolean, times?: TimeWords): Clause[] {
	const within = times?.within;
	const clauses: Clause[] = [];
	const lead = words[0]?.lower ?? '';
	let first = 0;
	let kind: ClauseKind = SUBORDINATORS.has(lead) && !isComparativeAs(words, 0) ? 'subordinate' : 'main';
	let opener: string | undefined = kind === 'subordinate' ? lead : undefined;
	let resumes: number | undefined;
	// Set while the current clause is an insertion that the next comma closes.
	let enclosing: { kind: ClauseKind; index: number | undefined } | undefined = kind === 'subordinate' ? { kind: 'main', index: undefined } : undefined;
	// Set while the current clause is a relative clause opened without a comma, which a verb may close.
	let restrictive: { kind: ClauseKind; index: number } | undefined;

	const close = (last: number) => {
		if (last >= first) clauses.push({ first, last, kind, opener, resumes });
	};
	const open = (at: number, nextKind: ClauseKind, nextOpener: string | undefined, nextResumes?: number) => {
		first = at;
		kind = nextKind;
		opener = nextOpener;
		resumes = nextResumes;
	};
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (w.kind === 'punct' && BREAKS.has(w.text)) {
			close(i);
			open(i + 1, 'main', undefined);
			enclosing = undefined;
			continue;
		}
		if (w.text === ',' && enclosing && i > first) {
			close(i);
			const resumed = enclosing;
			enclosing = undefined;
			open(i + 1, resumed.kind, undefined, resumed.index);
			continue;
		}
		if (w.kind !== 'word' || i === first || within?.(i)) continue;
		const previous = words[i - 1];
		if (restrictive && isVerb(i) && hasVerb(words, first + 1, i - 1, isVerb) && afterAdjunct(words, first + 1, i, isVerb, times)) {
			close(i - 1);
			open(i, restrictive.kind, undefined, restrictive.index);
			restrictive = undefined;
			continue;
		}
		let next: ClauseKind | undefined;
		if (SUBORDINATORS.has(w.lower) && !(w.lower === 'as' && isComparativeAs(words, i)) && !(PREPOSITIONAL.has(w.lower) && !verbSoonAfter(words, i, isVerb))) next = 'subordinate';
		else if (RELATIVES.has(w.lower)) next = 'relative';
		else if (w.lower === 'that' && (previous.lower === ',' || verbShortlyBefore(words, i, isVerb) || isVerb(i + 1) || AUXILIARIES.has(words[i + 1]?.lower ?? ''))) {
			next = isVerb(i + 1) || AUXILIARIES.has(words[i + 1]?.lower ?? '') ? 'relative' : 'complement';
		} else if (COORDINATORS.has(w.lower) && startsVerbGroup(words, i + 1, isVerb) && hasVerb(words, first, i - 1, isVerb)) next = kind;
		if (!next) continue;
		close(i - 1);
		const interrupted = next !== 'main' && previous.text === ',' ? { kind, index: clauses.length - 1 } : undefined;
		restrictive = next === 'relative' && !interrupted && clauses.length > 0 ? { kind, index: clauses.length - 1 } : undefined;
		open(i, next, w.lower);
		enclosing = interrupted ?? (COORDINATORS.has(w.lower) ? enclosing : undefined);
	}
	close(words.length - 1);
	markFrontedAdverbials(words, clauses, isVerb);
	return clauses;
}

const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'near', 'from', 'across', 'outside', 'inside', 'around', 'along', 'during', 'within', 'into', 'through', 'over', 'under']);

/**
 * Whether the words right before word `i` close an adjunct: a time expression, or a prepositional phrase
 * ("near the border"). A noun phrase right after a verb ("residents who said the army withdrew") is not one:
 * it may be the subject of a clause of its own.
 */
function afterAdjunct(words: Word[], from: number, i: number, isVerb: (index: number) => boolean, times: TimeWords | undefined): boolean {
	if (times?.timed(i - 1)) return true;
	for (let j = i - 1; j >= from && i - j <= 5; j--) {
		const w = words[j];
		if (w.kind !== 'word' && w.kind !== 'number') return false;
		if (ADJUNCT_PREPOSITIONS.has(w.lower)) return j < i - 1;
		if (isVerb(j) || AUXILIARIES.has(w.lower)) return false;
	}
	return false;
}

/** "said on Sunday that …": a verb a few words back, with no punctuation between, takes a complement. */
function verbShortlyBefore(words: Word[], i: number, isVerb: (index: number) => boolean): boolean {
	for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
		if (words[j].kind === 'punct') return false;
		if (isVerb(j)) return true;
	}
	return false;
}

/** Subordinators that are also prepositions: "after it seized Kabul" opens a clause, "after a meeting" does not. */
const PREPOSITIONAL = new Set(['after', 'before', 'since', 'until', 'once']);

function verbSoonAfter(words: Word[], i: number, isVerb: (index: number) => boolean): boolean {
	for (let j = i + 1; j < words.length && j - i <= 5; j++) {
		const w = words[j];
		if (w.kind === 'punct' || w.kind === 'quote' || w.lower === 'that') return false;
		if (isVerb(j) || (AUXILIARIES.has(w.lower) && !ADVERB_AUXILIARIES.has(w.lower))) return true;
	}
	return false;
}

const ADVERB_AUXILIARIES = new Set(['not', "n't", 'never', 'also', 'then', 'later', 'further', 'reportedly', 'allegedly']);

/** "as well as", "as many as", "such as": not a clause opener. */
function isComparativeAs(words: Word[], i: number): boolean {
	const previous = words[i - 1]?.lower;
	const next = words[i + 1]?.lower;
	return previous === 'such' || previous === 'well' || next === 'well' || next === 'many' || next === 'much' || next === 'part' || next === 'a' || next === 'an';
}

/** "NATO, UN and Britain have warned": before a clause has its verb, "and" joins names, not clauses. */
function hasVerb(words: Word[], first: number, last: number, isVerb: (index: number) => boolean): boolean {
	for (let j = first; j <= last; j++) if (isVerb(j) || (AUXILIARIES.has(words[j].lower) && words[j].lower !== 'also')) return true;
	return false;
}

function startsVerbGroup(words: Word[], i: number, isVerb: (index: number) => boolean): boolean {
	for (let j = i; j < Math.min(words.length, i + 3); j++) {
		if (isVerb(j) || AUXILIARIES.has(words[j].lower)) return true;
		if (words[j].kind !== 'word') return false;
	}
	return false;
}

/**
 * A sentence-initial phrase ending in a comma with no verb of its own ("On Friday,", "In a statement issued
 * Tuesday,", "Last month,") is an adverbial of the clause that follows: its time governs that clause.
 */
function markFrontedAdverbials(words: Word[], clauses: Clause[], isVerb: (index: number) => boolean): void {
	const head = clauses[0];
	if (!head || head.kind !== 'main') return;
	let comma = -1;
	for (let i = head.first; i <= head.last; i++) {
		if (words[i].text === ',') {
			comma = i;
			break;
		}
	}
	if (comma < 0 || comma === head.last || comma - head.first > 12) return;
	const lead = words[head.first].lower;
	let finiteVerb = false;
	for (let i = head.first; i < comma; i++) {
		if (isVerb(i) && !/(ed|en)$/.test(words[i].lower)) finiteVerb = true;
	}
	// Only a phrase that opens like an adverbial is one: "Amrullah Saleh, his deputy, wrote" opens with its subject.
	const prepositional = PREPOSITIONS.has(lead) || ADVERBIAL_HEADS.has(lead);
	if (finiteVerb || !prepositional) return;
	clauses.splice(0, 1, { first: head.first, last: comma, kind: 'adverbial', opener: lead }, { first: comma + 1, last: head.last, kind: 'main' });
}

const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'by', 'through', 'following', 'after', 'before', 'since', 'from', 'until', 'amid', 'with', 'over', 'within', 'throughout', 'according']);
const ADVERBIAL_HEADS = new Set(['last', 'next', 'this', 'earlier', 'later', 'yesterday', 'today', 'meanwhile', 'then', 'now', 'early', 'late']);
