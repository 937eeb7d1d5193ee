import type { TextRange } from '$lib/model';
import { isDigit, isSpace } from './tokens';

/**
 * Sentence boundaries over the original text. A sentence ends at `.`, `!` or `?` (with any closing
 * quotes or brackets) followed by whitespace and a plausible sentence start, at a blank line, or at a
 * line break whose next line does not continue the sentence (headlines, datelines and list items carry
 * no final stop). A period does not end a sentence after a known abbreviation ("Sept.", "Mr.", "Gen."),
 * after an initial or dotted acronym ("J.", "U.S.", "a.m."; but "hit at 4.35 a.m. I was asleep" and "after
 * 11 p.m. Most of the city …" are two sentences: see `OPENS_A_SENTENCE` and `OPENS_AFTER_A_CLOCK`), before
 * a lower-case word, or before a digit unless a word ends there ("by Friday. 4:10 a.m. ET — …" is two
 * sentences).
 * A stretch without a sentence end longer than `MAX_SENTENCE_CHARS` (a table, a list run together, a
 * hostile input) is cut into pieces no longer than that, so that work per sentence stays bounded.
 */

/**
 * The longest sentence. Real news sentences stay far below it (the longest of TimeBank and AQUAINT's
 * 4,037 is 606 characters); longer stretches are cut at the last space (or comma, or any place) within it.
 */
export const MAX_SENTENCE_CHARS = 3000;

/** A sentence, or a piece of a stretch cut for its length: `continues` marks the pieces after the first. */
export interface Sentence extends TextRange {
	continues?: true;
}

/** How far back from the limit a cut looks for a comma or a space before it cuts anywhere. */
const CUT_WINDOW = 200;

/** Where to cut a stretch starting at `start` that runs past the limit: after a comma or space near it. */
function cutPoint(text: string, start: number): number {
	const limit = start + MAX_SENTENCE_CHARS;
	let space = -1;
	for (let i = limit - 1; i > limit - CUT_WINDOW; i--) {
		const c = text.charCodeAt(i);
		if (c === 44) return i + 1;
		if (space < 0 && (c === 32 || c === 9 || c === 10 || c === 160)) space = i + 1;
	}
	return space > 0 ? space : limit;
}

/** Abbreviations that take a period and are normally followed by more of the same sentence. */
const ABBREVIATIONS = new Set(
	[
		// titles and ranks
		'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm',
		'cmdr', 'sen', 'rep', 'gov', 'pres', 'rev', 'fr', 'st', 'jr', 'sr', 'hon', 'amb', 'brig', 'supt', 'insp',
		// months and weekdays as news abbreviates them
		'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
		'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
		// organisations, places, references
		'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt', 'ft', 'no', 'nos',
		'vol', 'fig', 'p', 'pp', 'ch', 'art', 'sec', 'approx', 'est', 'vs', 'v', 'etc', 'al', 'cf', 'ca', 'op',
		// US states as wire services abbreviate them
		'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
		'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va',
		'vt', 'wash', 'wis', 'wyo'
	]
);

/** Whether `word` is an abbreviation that takes a stop ("Mr", "Gen", "Sept"). */
export function takesAStop(word: string): boolean {
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Abbreviations that often end a sentence too: a following capital starts a new sentence. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'inc', 'corp', 'ltd', 'jr', 'sr']);

/**
 * The marks that may end a sentence, searched for from a set `lastIndex` (one pattern for all calls: the
 * splitter calls nothing that could search with it meanwhile).
 */
const MARKS = /[.!?\n]/g;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

// Character tests on char codes, with the regular expression only beyond ASCII: the splitter looks at
// every character around every stop of the text.
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
/** Space within a line: space, tab, no-break space. */
const isLineSpace = (c: number) => c === 32 || c === 9 || c === 160;
const isLower = (c: number) => (c >= 97 && c <= 122) || (c > 127 && LOWER.test(String.fromCharCode(c)));

function wordBefore(text: string, dot: number): string {
	let i = dot;
	for (; i > 0; i--) {
		const c = text.charCodeAt(i - 1);
		if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46 || (c > 127 && LETTER.test(text[i - 1])))) break;
	}
	return text.slice(i, dot);
}

/**
 * Words that open a sentence and never follow a clock time inside one: "struck at 4.35 a.m. I was asleep".
 * (A zone, a weekday or a month may: "at 9 a.m. EDT", "10 a.m. Friday".)
 */
const OPENS_A_SENTENCE = /^\s+(?:I|The|He|She|It|They|We|You|His|Her|Its|Their|Our|My|There|This|These|Those|Then|But|And)[\s,]/;
/**
 * After "a.m." or "p.m.", a capitalized word with a lower-case word after it opens a sentence too ("came
 * back shortly after 11 p.m. Most of Manhattan had light"), unless it names a day or a month ("10 p.m.
 * Friday night"), a zone ("8 a.m. Pacific on Tuesday") or the place whose time it is ("3 p.m. Moscow
 * time", "10 a.m. Pacific daylight time").
 */
const OPENS_AFTER_A_CLOCK =
	/^\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Febr)uary\b|March\b|April\b|May\b|June\b|July\b|August\b|(?:Septem|Octo|Novem|Decem)ber\b|(?:Pacific|Eastern|Central|Mountain|Atlantic)\b)\p{Lu}\p{Ll}+\s+(?!(?:\p{Ll}+\s+)?time\b)\p{Ll}/u;
const CLOCK_HALF = /^[ap]\.m$/i;

function isAbbreviation(text: string, dot: number, next: string): boolean {
	const word = wordBefore(text, dot);
	if (word === '') return false;
	if (CLOCK_HALF.test(word) && (OPENS_A_SENTENCE.test(text.slice(dot + 1, dot + 10)) || OPENS_AFTER_A_CLOCK.test(text.slice(dot + 1, dot + 40)))) return false;
	// Dotted acronyms and initials ("U.S.", "a.m.", "J.") are mostly followed by more of the sentence.
	if (word.includes('.') || (word.length === 1 && /\p{Lu}/u.test(word))) return true;
	// "her 23rd.", "the 1st.": an ordinal's ending, not "Rd." or "St.".
	const c = text.charCodeAt(dot - word.length - 1);
	if (c >= 48 && c <= 57) return false;
	const lower = word.toLowerCase();
	if (!ABBREVIATIONS.has(lower)) return false;
	return !(SENTENCE_FINAL_ABBREVIATIONS.has(lower) && /\p{Lu}/u.test(next));
}

/**
 * Where the text goes on after the line break at `i`, negated when the break ends a sentence: at a blank
 * line, at the text's end, or before a line that does not go on in lower case (a heading, a list item,
 * a timeline's next entry).
 */
function afterLineBreak(text: string, i: number): number {
	const n = text.length;
	let j = i + 1;
	let blank = false;
	for (let d = text.charCodeAt(j); j < n && (isLineSpace(d) || d === 13 || d === 10); d = text.charCodeAt(++j)) {
		if (d === 10) blank = true;
	}
	return blank || j >= n || !isLower(text.charCodeAt(j)) ? -j : j;
}

/** Whether a sentence ends at a line break between `from` and `to` (the gap between two words). */
export function sentenceEndsBetween(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && afterLineBreak(text, i) < 0) return true;
	return false;
}

/** Splits `text` into sentences; each range is trimmed of surrounding whitespace. */
export function splitSentences(text: string): Sentence[] {
	const ranges: Sentence[] = [];
	let start = 0;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && isSpace(text.charCodeAt(s))) s++;
		while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
		let continues = false;
		while (e - s > MAX_SENTENCE_CHARS) {
			const cut = cutPoint(text, s);
			let pieceEnd = cut;
			while (pieceEnd > s && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
			if (pieceEnd > s) ranges.push(continues ? { start: s, end: pieceEnd, continues } : { start: s, end: pieceEnd });
			continues = true;
			s = cut;
			while (s < e && isSpace(text.charCodeAt(s))) s++;
		}
		if (e > s) ranges.push(continues ? { start: s, end: e, continues } : { start: s, end: e });
		start = end;
	};
	const n = text.length;
	for (let i = 0; i < n; i++) {
		// Jump to the next mark that may end a sentence; the scan between is native.
		MARKS.lastIndex = i;
		const found = MARKS.exec(text);
		if (!found) break;
		i = found.index;
		const c = text[i];
		if (c === '\n') {
			const next = afterLineBreak(text, i);
			if (next < 0) push(i);
			i = Math.abs(next) - 1;
			continue;
		}
		if (c !== '.' && c !== '!' && c !== '?') continue;
		let j = i + 1;
		while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
		while (j < n && CLOSERS.has(text[j])) j++;
		if (j < n && !isSpace(text.charCodeAt(j))) continue;
		let k = j;
		while (k < n && isLineSpace(text.charCodeAt(k))) k++;
		if (k >= n) {
			push(j);
			i = j - 1;
			continue;
		}
		const next = text[k];
		const nextCode = text.charCodeAt(k);
		if (nextCode === 10) {
			push(j);
			i = j - 1;
			continue;
		}
		const goesOn = isLower(nextCode) || nextCode === 44 || nextCode === 59 || nextCode === 58;
		if (c === '.' && (goesOn || (isDigit(nextCode) && !afterAWord(text, i)) || isAbbreviation(text, i, next))) continue;
		if (goesOn) continue;
		push(j);
		i = j - 1;
	}
	push(n);
	return ranges;
}

/**
 * Whether the period at `dot` follows a word of two letters or more ("by Friday. 4:10 a.m. ET — Gore
 * tells…"), after which a digit starts a sentence; after a number ("in 3. 5") or a short
 * abbreviation the digit goes on with it.
 */
function afterAWord(text: string, dot: number): boolean {
	const w = wordBefore(text, dot);
	return w.length >= 2 && LETTER.test(w[0]) && !/\d/.test(w) && !ABBREVIATIONS.has(w.toLowerCase());
}

/** The sentence holding `position`, from ranges made by `splitSentences`; null between sentences. */
export function sentenceAt(sentences: TextRange[], position: number): TextRange | null {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = sentences[mid];
		if (position < s.start) hi = mid - 1;
		else if (position >= s.end) lo = mid + 1;
		else return s;
	}
	return null;
}
