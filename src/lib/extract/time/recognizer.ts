import type { Sentence } from '$lib/extract/text/sentences';
import type { Candidate } from './expression';

/**
 * A recognizer finds one family of time expressions with one regular expression and builds a
 * candidate from each match (or rejects it: returning null). A match can only start where a word starts,
 * and only at the words the recognizer names as its `triggers` (lower case; `#` for any number): the
 * tagger scans the text once for word starts and tries each recognizer's sticky pattern at its own
 * trigger words only, so the cost grows with the text, not with the number of recognizers times the text.
 * A trigger of two words ("the same", "the #") fires at its first word when the second follows it: the
 * commonest words ("the") then wake only the recognizers their next word concerns.
 */
export interface Recognizer {
	name: string;
	/**
	 * Lower-case words a match can begin with; "w1 w2" for two words. `#` stands for any run of digits,
	 * `#1` for one or two digits, `#3` for three, `#4` for four, and a mark after one of these (`#1/`,
	 * `#4-`, `#1.`, `#1:`) for such a run followed by that mark, `'#1` for one or two digits just after an
	 * apostrophe ("'66"): numbers are common, and most recognizers want only some of them.
	 */
	triggers: readonly string[];
	/**
	 * For number triggers: the lower-case words one of which must follow the number (after spaces or a
	 * hyphen, or joined to it: "6th", "1980s", "6am"), `#` for another number, `.` for a mark that ends it
	 * ("in 476.", "in 476, the"). The recognizer is not tried at a number followed by another word or
	 * such a mark. A number that goes on past a point or a comma ("5.2 million", "1,500 troops") is
	 * followed by the word after its last digits; before a colon or a slash into digits ("10:35", "6/9")
	 * the recognizer is always tried.
	 */
	numberFollowers?: readonly string[];
	/** A sticky pattern (see `pattern`), tried at trigger positions. */
	pattern: RegExp;
	build(match: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}

/** Start of a word: no letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Two-word triggers: `head` followed by each of `words` ("the", ["same", "#"] → "the same", "the #"). */
export function followed(head: string, words: readonly string[]): string[] {
	return words.map((w) => `${head} ${w}`);
}

/** Compiles a recognizer pattern (sticky, unicode) from source fragments. */
export function pattern(source: string, caseInsensitive = false): RegExp {
	return new RegExp(source, caseInsensitive ? 'yiu' : 'yu');
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const LETTER = /\p{L}/u;

/** Where the reading of a sentence stopped. */
export interface Cut {
	/** The index of the sentence. */
	sentence: number;
	/** Where reading stopped: the stretch from here to `end` was passed over. */
	start: number;
	/** The end of the stretch left unread: the sentence's, or that of the last piece of a stretch cut for its length. */
	end: number;
}

/** How many more places giving weak candidates only (bare numbers that may be years) a sentence may hold. */
const WEAK_READINGS_FACTOR = 4;

/**
 * A bound on the reading of each sentence: once `readings` places in one sentence have given candidates
 * (places inside an earlier candidate not counted), or four times as many have given weak ones only
 * (bare numbers that may be years, kept only in a list with a sure year: "1994, 1995 and 1997"), the rest
 * of that sentence is passed over, and so are the pieces that continue it (a stretch cut for its length
 * whose first pieces are that dense is no prose); each such stop is added to `cut`. Sentences are
 * themselves bounded in length, so the places tried in one stay bounded too.
 */
export interface SentenceBudget {
	sentences: readonly Sentence[];
	readings: number;
	cut: Cut[];
}

/** The index of the last piece of the stretch sentence `k` begins or continues. */
function stretchEnd(sentences: readonly Sentence[], k: number): number {
	let j = k;
	while (j + 1 < sentences.length && sentences[j + 1].continues) j++;
	return j;
}

/**
 * Runs the recognizers over `text`: one pass finds every run of letters or digits, and each recognizer
 * whose triggers name that run is tried there. With a `budget`, each sentence is read only so far.
 */
export function runRecognizers(recognizers: readonly Recognizer[], text: string, budget?: SentenceBudget): Candidate[] {
	const index = triggerIndex(recognizers);
	const { next, lists, heads } = index;
	// The scan below shares no variable with a closure: V8 keeps what a closure captures in a heap
	// context, out of registers, and the character loop reads `text` and its index at every step. What
	// the tries and the scan both need lives on `reading`.
	const reading = new Reading(text, budget);
	const n = text.length;
	const sentences = reading.sentences;
	let sentenceEnd = sentences.length ? sentences[0].end : n;
	let i = 0;
	while (i < n) {
		// Spaces and marks, most of the text between words, are passed over first.
		const gap = i;
		let c = text.charCodeAt(i);
		while (c < 48 || (c > 57 && c < 65) || (c > 90 && c < 97) || (c > 122 && c < 128)) {
			if (++i >= n) return reading.out;
			c = text.charCodeAt(i);
		}
		if (budget) {
			if (sentenceEnd <= i) {
				sentenceEnd = reading.enterSentenceAt(i);
			}
			if (reading.spent(budget) && reading.sentence < sentences.length) {
				const last = stretchEnd(sentences, reading.sentence);
				budget.cut.push({ sentence: reading.sentence, start: gap, end: sentences[last].end });
				i = sentences[last].end;
				continue;
			}
		}
		let j = i + 1;
		if (c <= 57) {
			while (j < n && isDigit(text.charCodeAt(j))) j++;
			// Digits after "6." or "10:" or "2/" continue a number that began before ("06.09.2021", "10:35"), and
			// so do digits between hyphens ("2021-09-06", "1996-1997-1998"): they start no time expression of
			// their own. After one hyphen they may ("3-4 p.m." holds "4 p.m.").
			const p = i > 1 ? text.charCodeAt(i - 1) : 0;
			const continues =
				((p === 46 || p === 44 || p === 58 || p === 47) && isDigit(text.charCodeAt(i - 2))) ||
				betweenHyphens(text, i, j);
			const before = i > 0 ? text.charCodeAt(i - 1) : 0;
			const list = continues ? null : numberList(index, j - i, text[j], numberFollower(index, text, pastFraction(text, j)), before === 39 || before === 0x2019);
			if (list) reading.tryAll(list, i);
			i = j;
			continue;
		}
		// Walk the word through the trie of trigger words as it is read: no slice, no lower-casing. A word
		// that has left the trie is only passed over.
		let node = c < 128 ? next[ROOT * ALPHABET + ((c | 0x20) - 97)] : c > 127 && !LETTER.test(text[i]) ? -1 : 0;
		if (node < 0) {
			i = j;
			continue;
		}
		for (; j < n; j++) {
			const d = text.charCodeAt(j);
			if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90)) {
				if (node) node = next[node * ALPHABET + ((d | 0x20) - 97)];
				continue;
			}
			if (d > 127 && LETTER.test(text[j])) {
				node = 0;
				continue;
			}
			break;
		}
		if (node) {
			let list = lists[node];
			if (heads[node]) list = pairList(index, node, secondWord(index, text, j)) ?? undefined;
			if (list) reading.tryAll(list, i);
		}
		i = j;
	}
	return reading.out;
}

/** One reading of a text by the recognizers: the candidates found, and how much of each sentence was read. */
class Reading {
	readonly out: Candidate[] = [];
	readonly sentences: readonly Sentence[];
	/** The sentence being read. */
	sentence = 0;
	/** Places of this sentence that gave candidates, and those that gave weak ones only. */
	private readings = 0;
	private weakReadings = 0;
	/** The end of the furthest candidate found so far. */
	private readEnd = 0;

	constructor(
		private readonly text: string,
		private readonly budget: SentenceBudget | undefined
	) {
		this.sentences = budget?.sentences ?? [];
	}

	/** Moves to the sentence holding (or after) `at`, with its budget whole; returns where that sentence ends. */
	enterSentenceAt(at: number): number {
		const sentences = this.sentences;
		while (this.sentence < sentences.length && sentences[this.sentence].end <= at) this.sentence++;
		this.readings = 0;
		this.weakReadings = 0;
		return this.sentence < sentences.length ? sentences[this.sentence].end : this.text.length;
	}

	/** Whether this sentence has given all the readings `budget` allows. */
	spent(budget: SentenceBudget): boolean {
		return this.readings >= budget.readings || this.weakReadings >= WEAK_READINGS_FACTOR * budget.readings;
	}

	/** Where the sentence holding `at` ends, with the pieces that continue it: the text's end if none holds it. */
	private sentenceLimit(at: number): number {
		const sentences = this.sentences;
		if (this.sentence >= sentences.length || sentences[this.sentence].start > at) return this.text.length;
		return sentences[stretchEnd(sentences, this.sentence)].end;
	}

	tryAll(list: Recognizer[], at: number) {
		const { out, text } = this;
		const before = out.length;
		for (const r of list) {
			r.pattern.lastIndex = at;
			let m = r.pattern.exec(text);
			if (!m || m[0].length === 0) continue;
			let read = text;
			// A time expression ends with its sentence: "at 8.30pm" ends a timeline's entry, and "4 Jun"
			// heads the next line. The pattern is tried again on the text cut at the sentence's end: a slice
			// from the text's start, so offsets stay those of `text` (and V8 shares, not copies, its characters).
			const limit = this.budget ? this.sentenceLimit(at) : text.length;
			if (m.index + m[0].length > limit) {
				read = text.slice(0, limit);
				r.pattern.lastIndex = at;
				m = r.pattern.exec(read);
				if (!m || m[0].length === 0) continue;
			}
			const built = r.build(m, read);
			if (Array.isArray(built)) for (const b of built) out.push(b);
			else if (built) out.push(built);
		}
		if (out.length === before) return;
		// The parts of one expression ("6 September 2021" is also "September" and "2021") are one reading.
		if (at >= this.readEnd) {
			let sure = false;
			for (let k = before; k < out.length; k++) if (!out[k].weak) sure = true;
			if (sure) this.readings++;
			else this.weakReadings++;
		}
		for (let k = before; k < out.length; k++) if (out[k].end > this.readEnd) this.readEnd = out[k].end;
	}
}

/** A hyphen before `at` after digits (spaces around it allowed), or after `at` before digits: "12 - ". */
function hyphenBeside(text: string, at: number, step: -1 | 1): boolean {
	let k = step < 0 ? at - 1 : at;
	if (text.charCodeAt(k) === 32) k += step;
	if (text.charCodeAt(k) !== 45) return false;
	k += step;
	if (text.charCodeAt(k) === 32) k += step;
	return isDigit(text.charCodeAt(k));
}

/** The number from `start` to `end` stands between hyphens ("2021-09-06", "12 - 12 - 12"). */
function betweenHyphens(text: string, start: number, end: number): boolean {
	return hyphenBeside(text, start, -1) && hyphenBeside(text, end, 1);
}

/** Two recognizer lists as one, in the order of the recognizer list (which breaks ties). */
function mergeLists(order: Map<Recognizer, number>, a: Recognizer[] | undefined, b: Recognizer[] | undefined): Recognizer[] | undefined {
	if (!a) return b;
	if (!b) return a;
	return [...a, ...b].sort((x, y) => order.get(x)! - order.get(y)!);
}

const ALPHABET = 26;
const ROOT = 1;
/** The second-word key of a number ("the 6th"). */
const DIGITS = 0xffff;
/** The second-word key of a word that is no trigger word. */
const OTHER_WORD = 0xfffe;
/** The second-word key of a mark that ends a number: no word follows. */
const MARK = 0xfffd;
/**
 * The second-word key of a number after spaces alone, not a fraction ("7 8", not "5 1/2"): no time
 * expression goes on from one number to another so, and the recognizers that name their followers are not
 * tried there ("1 2 3 …" costs a look per number, not a try of every pattern).
 */
const SPACED_DIGITS = 0xfffc;
/** ASCII marks other than hyphen and apostrophe (which `secondWord` passes over). */
const ENDING_MARKS = new Uint8Array(128);
for (const c of '!"#$%&()*+,./:;<=>?@[\\]^_`{|}~') ENDING_MARKS[c.charCodeAt(0)] = 1;

interface TriggerIndex {
	/** Each recognizer's place in the list, which breaks ties between equal readings. */
	order: Map<Recognizer, number>;
	/** Trie of the lower-case trigger words: the child of node `n` by letter `k` is `next[n * 26 + k]`, 0 for none. */
	next: Int32Array;
	/** The recognizers a word ending at a node triggers alone. */
	lists: (Recognizer[] | undefined)[];
	/** Nodes whose word begins two-word triggers ("the" in "the same"). */
	heads: Uint8Array;
	/** The recognizers of two-word triggers, by first node × 65536 + second node (or DIGITS). */
	pairOnly: Map<number, Recognizer[]>;
	/** By second-word key: 1 when that key is the second word of some two-word trigger. */
	pairSeconds: Uint8Array;
	/** Lists merged once and kept: two-word keys, and number shapes. */
	pairs: Map<number, Recognizer[] | null>;
	numbers: Map<number, Recognizer[] | null>;
	/** The number triggers ('#', '#1', '#4/', …). */
	byNumber: Map<string, Recognizer[]>;
	/** Each recognizer's number followers, as trie nodes (DIGITS for a number). */
	followers: Map<Recognizer, Set<number>>;
}

/**
 * The trie node of the word starting at or after `from` (skipping spaces, apostrophes, hyphens): DIGITS
 * for a number, OTHER_WORD for a word of letters that is no trigger word, MARK for a mark that ends a
 * number at `from`, 0 when what follows is not known (another mark, the end).
 */
function secondWord(index: TriggerIndex, text: string, from: number): number {
	const mark = text.charCodeAt(from);
	// An ASCII mark that ends a number ("6.", "1996)", "5%") leaves no word to follow it; one that goes on
	// into digits ("6.5", "10:35", "2,000") or a dash ("13–15") may be part of the expression.
	if (mark < 128 && ENDING_MARKS[mark] && !((mark === 44 || mark === 46 || mark === 47 || mark === 58) && isDigit(text.charCodeAt(from + 1)))) return MARK;
	let i = from;
	const n = Math.min(text.length, from + 8);
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c !== 32 && c !== 39 && c !== 45 && c !== 0x2019 && c !== 10 && c !== 9 && c !== 13 && c !== 160) break;
	}
	if (i >= text.length) return 0;
	if (isDigit(text.charCodeAt(i))) return DIGITS;
	let node = ROOT;
	const start = i;
	for (; i < text.length; i++) {
		const d = text.charCodeAt(i);
		if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90))) break;
		if (node) node = index.next[node * ALPHABET + ((d | 0x20) - 97)];
	}
	if (i === start) return 0;
	// A word that goes on in letters the trie does not read ("café") is no word the triggers know either.
	if (i < text.length && text.charCodeAt(i) > 127 && LETTER.test(text[i])) return OTHER_WORD;
	return node ? node : OTHER_WORD;
}

/**
 * Where a number that goes on past a point or a comma into digits ends: "5.2 million", "1,500 troops"
 * are followed by "million" and "troops", which the recognizers that name their followers are read by.
 * (A colon or a slash goes on into a clock time or a date, whose recognizers read what follows it.)
 */
function pastFraction(text: string, from: number): number {
	let i = from;
	while ((text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) && isDigit(text.charCodeAt(i + 1))) {
		i += 2;
		while (isDigit(text.charCodeAt(i))) i++;
	}
	return i;
}

/** The key of what follows a number ending at `from`: `secondWord`'s, or SPACED_DIGITS. */
function numberFollower(index: TriggerIndex, text: string, from: number): number {
	const key = secondWord(index, text, from);
	if (key !== DIGITS) return key;
	let i = from;
	while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
	if (i === from || !isDigit(text.charCodeAt(i))) return key;
	while (i < text.length && isDigit(text.charCodeAt(i))) i++;
	return text.charCodeAt(i) === 47 ? key : SPACED_DIGITS;
}

function pairList(index: TriggerIndex, first: number, second: number): Recognizer[] | null {
	// Most words after a head ("the", "last") begin no pair with it: the head's own list, without a look-up.
	if (!index.pairSeconds[second]) return index.lists[first] ?? null;
	const key = first * 65536 + second;
	let list = index.pairs.get(key);
	if (list === undefined) {
		list = mergeLists(index.order, index.lists[first], second ? index.pairOnly.get(key) : undefined) ?? null;
		index.pairs.set(key, list);
	}
	return list;
}

function numberList(index: TriggerIndex, length: number, mark: string | undefined, follower: number, afterApostrophe: boolean): Recognizer[] | null {
	const shape = length <= 2 ? 1 : length === 3 ? 3 : length === 4 ? 4 : 0;
	const markCode = shape && (mark === '/' || mark === '-' || mark === '.' || mark === ':') ? mark.charCodeAt(0) : 0;
	const apostrophe = afterApostrophe && shape === 1 ? 1 : 0;
	// The list for this shape and the word after the number: recognizers that name their followers drop
	// out where another word follows.
	const fullKey = ((shape * 128 + markCode) * 2 + apostrophe) * 65536 + follower;
	let list = index.numbers.get(fullKey);
	if (list === undefined) {
		const known = follower !== 0;
		const key = (shape ? `#${shape}` : '#') + (markCode ? mark : '');
		const { order, byNumber } = index;
		const shapeKey = shape ? `#${shape}` : '#';
		list = !shape ? (byNumber.get('#') ?? null) : (mergeLists(order, mergeLists(order, byNumber.get('#'), byNumber.get(shapeKey)), key === shapeKey ? undefined : byNumber.get(key)) ?? null);
		if (apostrophe) list = mergeLists(order, list ?? undefined, byNumber.get(`'${shapeKey}`)) ?? null;
		if (list && known) {
			const kept = list.filter((r) => !index.followers.has(r) || index.followers.get(r)!.has(follower));
			list = kept.length ? kept : null;
		}
		index.numbers.set(fullKey, list);
	}
	return list;
}

const indexes = new WeakMap<readonly Recognizer[], TriggerIndex>();

function triggerIndex(recognizers: readonly Recognizer[]): TriggerIndex {
	const known = indexes.get(recognizers);
	if (known) return known;
	const words = new Set<string>();
	for (const r of recognizers) for (const t of r.triggers) for (const w of t.split(' ')) if (!w.startsWith('#')) words.add(w);
	for (const r of recognizers) for (const w of r.numberFollowers ?? []) if (w !== '#' && w !== '.') words.add(w);
	let size = 2;
	for (const w of words) size += w.length;
	const next = new Int32Array((size + 1) * ALPHABET);
	let nodes = ROOT + 1;
	const insert = (word: string): number => {
		if (!/^[a-z]+$/.test(word)) throw new Error(`trigger "${word}" is not a lower-case ASCII word`);
		let node = ROOT;
		for (const ch of word) {
			const k = node * ALPHABET + (ch.charCodeAt(0) - 97);
			if (!next[k]) next[k] = nodes++;
			node = next[k];
		}
		return node;
	};
	const order = new Map(recognizers.map((r, i) => [r, i]));
	const lists: (Recognizer[] | undefined)[] = [];
	const heads = new Uint8Array(size + 2);
	const pairOnly = new Map<number, Recognizer[]>();
	const pairSeconds = new Uint8Array(65536);
	const byNumber = new Map<string, Recognizer[]>();
	const add = <K>(map: Map<K, Recognizer[]>, key: K, r: Recognizer) => {
		const list = map.get(key) ?? [];
		if (!list.includes(r)) list.push(r);
		map.set(key, list);
	};
	for (const r of recognizers) {
		for (const trigger of r.triggers) {
			const [first, second] = trigger.split(' ');
			if (first.startsWith('#') || first.startsWith("'#")) {
				add(byNumber, first, r);
				continue;
			}
			const node = insert(first);
			if (second === undefined) {
				const list = (lists[node] ??= []);
				if (!list.includes(r)) list.push(r);
				continue;
			}
			heads[node] = 1;
			const secondKey = second === '#' ? DIGITS : insert(second);
			pairSeconds[secondKey] = 1;
			add(pairOnly, node * 65536 + secondKey, r);
		}
	}
	const followers = new Map<Recognizer, Set<number>>();
	for (const r of recognizers) {
		if (r.numberFollowers) followers.set(r, new Set(r.numberFollowers.map((w) => (w === '#' ? DIGITS : w === '.' ? MARK : insert(w)))));
	}
	const index: TriggerIndex = { order, next, lists, heads, pairOnly, pairSeconds, pairs: new Map(), numbers: new Map(), byNumber, followers };
	indexes.set(recognizers, index);
	return index;
}

/** Longest word the context readers look at: keeps every look-around bounded. */
const MAX_WORD = 40;

const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c > 0x1fff && /\s/.test(String.fromCharCode(c)));

/** A character of a word as the context readers see it: letters, digits, apostrophes, hyphens, periods. */
function isWordChar(text: string, i: number, withPeriod: boolean): boolean {
	const c = text.charCodeAt(i);
	if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
	if (c === 39 || c === 0x2019 || c === 45) return true;
	if (c === 46) return withPeriod;
	return c > 127 && /[\p{L}\p{N}]/u.test(text[i]);
}

/**
 * The `count` words just before `index`, nearest last, skipping whitespace but stopping at punctuation
 * (a word keeps inner or final periods: "Sept.", "U.S."). Fewer when the text or the clause begins.
 */
export function wordsBefore(text: string, index: number, count = 1): string[] {
	const words: string[] = [];
	let i = index;
	while (words.length < count) {
		while (i > 0 && index - i < MAX_WORD && isSpaceCode(text.charCodeAt(i - 1))) i--;
		let j = i;
		while (j > 0 && i - j < MAX_WORD && isWordChar(text, j - 1, true)) j--;
		if (j === i) break;
		words.unshift(text.slice(j, i));
		i = j;
	}
	return words;
}

/** Marks an entry of a list may begin its line with: bullets, quote and header marks, underscores, dashes. */
export const ENTRY_MARKS = /^[\s*•·>#_-]*$/;

/** The end of a sentence (a stop, any closing quote or bracket, a space) just before a place in the text. */
export const SENTENCE_END_BEFORE = /[.!?]["”’)]?\s+$/;

/** What follows the time that leads an entry: a colon, a dash or a bar, then the entry's words. */
const ENTRY_LEAD = /^[\s*_]*(?::\s|[–—|]|\s-|-\s)\s*\S/;

/**
 * A time leading its line's entry in a timeline or a live report: "May: Sarajevo is encircled", "1979 –
 * The Shah leaves", "11:02 | The King is crowned". Such a time is one whatever the words around it, since
 * there are none.
 */
export function leadsLineEntry(text: string, start: number, end: number): boolean {
	// Only marks may stand before it on its line: a few characters back, not the whole line.
	const lineStart = lineStartWithin(text, start, 8);
	return lineStart >= 0 && ENTRY_MARKS.test(text.slice(lineStart, start)) && ENTRY_LEAD.test(text.slice(end, end + 8));
}

/**
 * A day and its month, a weekday, or both, and a comma, heading a line before a clock: "8 Oct, ", "Oct. 9,
 * ", "Monday, ", "Monday 3 Oct, ".
 */
const DAY_HEADING =
	/^[\s*•·>#_-]*(?:\p{Lu}\p{Ll}{2,5}day(?:,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?))?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,\s*$/u;
/** How far back on its line such a heading is looked for. */
const DAY_HEADING_REACH = 40;

/**
 * A clock time leading its line's entry after the day it is of: "8 Oct, 11:45 – Heating begun", "Monday,
 * 09:15: Polls open", as shift logs and timelines write them.
 */
export function leadsDatedLineEntry(text: string, start: number, end: number): boolean {
	const lineStart = lineStartWithin(text, start, DAY_HEADING_REACH);
	return lineStart >= 0 && DAY_HEADING.test(text.slice(lineStart, start)) && ENTRY_LEAD.test(text.slice(end, end + 8));
}

/**
 * Where the line holding `index` starts, when that is at most `reach` characters before it; -1 when it is
 * further (a look bounded for every mention, where a search to the line's start would not be).
 */
export function lineStartWithin(text: string, index: number, reach: number): number {
	for (let k = index; k >= 0 && index - k <= reach; k--) if (k === 0 || text.charCodeAt(k - 1) === 10) return k;
	return -1;
}

/** The word just before `index`, lower-cased, without a final period; '' when there is none. */
export function wordBefore(text: string, index: number): string {
	let i = index;
	while (i > 0 && index - i < MAX_WORD && isSpaceCode(text.charCodeAt(i - 1))) i--;
	let j = i;
	while (j > 0 && i - j < MAX_WORD && isWordChar(text, j - 1, true)) j--;
	if (j === i) return '';
	const end = text.charCodeAt(i - 1) === 46 ? i - 1 : i;
	return text.slice(j, end).toLowerCase();
}

/** The word just after `index` (skipping spaces), or '' at a punctuation mark or the end. */
export function wordAfter(text: string, index: number): string {
	let i = index;
	while (i < text.length && i - index < MAX_WORD && isSpaceCode(text.charCodeAt(i))) i++;
	let j = i;
	while (j < text.length && j - i < MAX_WORD && isWordChar(text, j, false)) j++;
	return text.slice(i, j);
}

/** The character just before `index`, skipping spaces; '' at the start. */
export function charBefore(text: string, index: number): string {
	let i = index;
	while (i > 0 && index - i < MAX_WORD && /[ \t\u00a0]/.test(text[i - 1])) i--;
	return i > 0 ? text[i - 1] : '';
}

/** The character just after `index`, skipping spaces; '' at the end. */
export function charAfter(text: string, index: number): string {
	let i = index;
	while (i < text.length && i - index < MAX_WORD && /[ \t\u00a0]/.test(text[i])) i++;
	return i < text.length ? text[i] : '';
}
