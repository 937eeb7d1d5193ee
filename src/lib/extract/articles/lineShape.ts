import { splitLines, type Line } from './lines';

/** What a line looks like, which is most of what tells page furniture from the article. */
export interface LineShape extends Line {
	/** Nothing visible on the line. */
	blank: boolean;
	/** Blank, yet not empty: a non-breaking space or an invisible character left by a copy from a web page. */
	filler: boolean;
	/** Where the visible part begins, bullet included. */
	visibleStart: number;
	/** The visible part, without a leading bullet or Markdown heading mark: `[contentStart, contentEnd)`. */
	contentStart: number;
	contentEnd: number;
	/** The visible part's text, up to its first `MAX_SHAPED_CHARS` characters. */
	content: string;
	/** Started with a list bullet ("•", "-", "*", "►"). */
	bullet: boolean;
	/** Markdown heading level (`## x` → 2), 0 otherwise. */
	heading: number;
	/** Words in `content`. */
	words: number;
	/** Ends as a sentence does: `.`, `!`, `?` or `:`, possibly inside closing quotes or brackets. */
	terminal: boolean;
	/** Ends with an ellipsis: the mark of a teaser cut short. */
	ellipsis: boolean;
	/** Starts with a capital letter, a digit or an opening quote. */
	capitalized: boolean;
}

/** Only a line's opening is read for its shape, so one huge line costs no more than a normal one. */
const MAX_SHAPED_CHARS = 2000;

const BULLET = /^(?:[•·▪▫◦‣⁃●○■□►▶▸»›*+]|[-–—](?=\s))\s*/;
const HEADING = /^(#{1,6})\s+/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const CLOSERS = /["'”’»)\]]+$/;

export function shapeLines(text: string): LineShape[] {
	return splitLines(text).map((line) => shapeLine(text, line));
}

export function shapeLine(text: string, line: Line): LineShape {
	let first = line.start;
	while (first < line.end && isInvisible(text.charCodeAt(first))) first++;
	if (first === line.end) {
		let filler = false;
		for (let i = line.start; i < line.end && !filler; i++) filler = text[i] !== ' ' && text[i] !== '\t';
		return shape(line, true, filler, line.start, line.start, line.start, '', false, 0, 0, false, false, false);
	}
	let last = line.end;
	while (last > first && isInvisible(text.charCodeAt(last - 1))) last--;
	let head = text.slice(first, Math.min(last, first + MAX_SHAPED_CHARS));
	let contentStart = first;
	const heading = HEADING.exec(head);
	const bullet = heading ? null : BULLET.exec(head);
	const mark = heading ?? bullet;
	if (mark && mark[0].length < head.length) {
		contentStart += mark[0].length;
		head = head.slice(mark[0].length);
	}
	const ending = text.slice(Math.max(contentStart, last - 16), last).replace(CLOSERS, '');
	const ellipsis = /(?:…|\.\.\.)$/.test(ending);
	return shape(
		line,
		false,
		false,
		first,
		contentStart,
		last,
		head,
		bullet !== null && mark === bullet && contentStart > first,
		heading && contentStart > first ? heading[1].length : 0,
		countWords(head),
		!ellipsis && /[.!?:]$/.test(ending),
		ellipsis,
		/^["'“‘«(]?[\p{Lu}\p{N}]/u.test(head)
	);
}

/** Built field by field: object spread costs microseconds per line, which a file of 100,000 lines feels. */
function shape(
	line: Line,
	blank: boolean,
	filler: boolean,
	visibleStart: number,
	contentStart: number,
	contentEnd: number,
	content: string,
	bullet: boolean,
	heading: number,
	words: number,
	terminal: boolean,
	ellipsis: boolean,
	capitalized: boolean
): LineShape {
	return { start: line.start, end: line.end, index: line.index, blank, filler, visibleStart, contentStart, contentEnd, content, bullet, heading, words, terminal, ellipsis, capitalized };
}

/** Whitespace and the invisible characters (zero-width spaces, soft hyphens, BOMs) that web copies leave behind. */
function isInvisible(c: number): boolean {
	return (
		c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) ||
		c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0xad
	);
}

function countWords(text: string): number {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : WORD_CHAR.test(text[i]);
		if (word && !inWord) n++;
		inWord = word;
	}
	return n;
}

/** Reads as running text: long enough, and ended like a sentence (or so long it must be text anyway). */
export function isProse(shape: LineShape): boolean {
	if (shape.blank || shape.ellipsis) return false;
	return (shape.words >= 8 && shape.terminal && !shape.content.endsWith(':')) || shape.words >= 25;
}
