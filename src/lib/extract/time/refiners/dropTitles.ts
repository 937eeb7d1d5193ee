import type { Candidate } from '../expression';
import { monthNumber, NAME_HEAD_AFTER, weekdayNumber } from '../calendarWords';
import { lineStartWithin } from '../recognizer';

/**
 * Drops time words that are part of a title or a name: "This Week" (a programme), "60 Minutes", "VOA
 * Today", "High Noon", "the 26th of July Movement", "Tuesdays With Mum". A word that English writes in lower case but the text capitalizes inside a
 * mention ("Week" in "This Week"), or a capitalized one-word mention right after another capitalized word
 * mid-sentence ("VOA Today") or a name's possessive ("Radio 4's Today"), is a name; so is a time followed
 * by a small word capitalized mid-sentence ("Tuesdays With Mum"). Month and weekday names are always capitalized and say nothing;
 * decades are often capitalized ("the Nineties").
 */
const DECADE_NAMES = /^(?:Twenties|Thirties|Forties|Fifties|Sixties|Seventies|Eighties|Nineties|Noughties|Naughties|Aughts|Oughts)$/;
/** Feasts English always capitalizes, counted ("two Christmases ago"). */
const FEAST_NAMES = /^(?:Christmas(?:es)?|Easters?)$/;
const ALWAYS_CAPITALIZED = (word: string) =>
	DECADE_NAMES.test(word) || FEAST_NAMES.test(word) || monthNumber(word) !== null || weekdayNumber(word) !== null || /^\d/.test(word) || /^[A-Z]{2,}\.?$/.test(word);

/** Whether the text from `start` to `end` has a capital letter after its first character. */
function capitalAfterFirst(text: string, start: number, end: number): boolean {
	for (let i = start + 1; i < end; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(text[i]))) return true;
	}
	return false;
}

/** Whether the text from `start` to `end` holds more than one word (a space or a hyphen). */
function hasSpace(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 45 || c === 9 || c === 10 || c === 13 || c === 160 || (c > 0x1fff && /\s/.test(text[i]))) return true;
	}
	return false;
}

/** A date whose capitals make it a holiday's name, not a title's: the US national day. */
const DATE_AS_HOLIDAY = /^(?:[Tt]he\s+)?Fourth\s+of\s+July$/;

function isTitle(c: Candidate, text: string): boolean {
	const e = c.expression;
	if (DATE_AS_HOLIDAY.test(text.slice(c.start, c.end))) return false;
	// "9pm Eastern time": a zone's name is capitalized; so is a time heading a timeline's line ("1958 Summer – …").
	if (e.kind === 'point' && e.fields.zone !== undefined) return false;
	if (c.heading === 'line') return false;
	// A month or weekday name alone is capitalized whatever it names.
	if (e.kind === 'point' && (e.fields.weekday !== undefined || e.fields.month !== undefined) && !hasSpace(text, c.start, c.end)) return false;
	const first = text.charCodeAt(c.start);
	// Most mentions are in lower case or capitalized at most at their start ("last week", "Monday"):
	// those can only be a one-word name, which needs a capital and a word before it.
	if (!capitalAfterFirst(text, c.start, c.end)) {
		if (!((first >= 65 && first <= 90) || first > 127)) return false;
		if (hasSpace(text, c.start, c.end)) return false;
	}
	// A comma may close a word inside a date ("14 February, 2019"), and a dash join two ("October–December").
	const words = text.slice(c.start, c.end).split(/[\s,\-–—]+/).filter(Boolean);
	if (words.length >= 2) {
		return words.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ALWAYS_CAPITALIZED(w) && !/^(?:A|An|The|Of)$/.test(w) && !/^[A-Z]\./.test(w));
	}
	const [word] = words;
	if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
	// "the thriller Tuesdays With Mum": a small word English writes in lower case, capitalized after the
	// time and before another capital, makes a title of them.
	if (TITLE_GOES_ON.test(text.slice(c.end, c.end + 8)) && /\p{Ll}\s+$/u.test(text.slice(Math.max(0, c.start - 4), c.start))) return true;
	if (ALWAYS_CAPITALIZED(word)) return false;
	const window = text.slice(Math.max(0, c.start - 24), c.start);
	// "Radio 4's Today programme": capitalized after a name's possessive, a word English writes in lower
	// case names something.
	if (NAME_POSSESSIVE.test(window) && !CONTRACTED_IS.test(window)) return true;
	return afterACapitalizedWord(c, text);
}

/**
 * A capitalized word just before a mention, with no mark between, not one that starts a sentence or leads to a
 * time; nor one that ends the line before ("On this day: 13 May\n\nToday is the 134th day").
 */
function afterACapitalizedWord(c: Candidate, text: string): boolean {
	const window = text.slice(Math.max(0, c.start - 24), c.start);
	const before = /(\p{Lu}[\p{L}.]*)[^\S\n]+$/u.exec(window);
	return !!before && !/[.!?:"“]\s*$/.test(text.slice(Math.max(0, c.start - 24), c.start - before[0].length + before[1].length + 1)) && !/^(?:On|In|By|Until|Since|And|But|From|Late|Early|Last|Next|This)$/.test(before[1]);
}

/**
 * "The cup-tie with Sheffield Wednesday on Feb. 15", "against Sheffield Wednesday on Saturday": a weekday
 * alone after a capitalized word, with another day after "on", names a thing held on that other day.
 */
function weekdayNamingBeforeADay(c: Candidate, next: Candidate | undefined, text: string): boolean {
	const e = c.expression;
	if (e.kind !== 'point' || e.relation || e.fields.weekday === undefined || e.fields.day !== undefined || !next) return false;
	const n = next.expression;
	if (n.kind !== 'point' || (n.fields.day === undefined && n.fields.weekday === undefined)) return false;
	return /^\s+on\s+$/.test(text.slice(c.end, next.start)) && !hasSpace(text, c.start, c.end) && afterACapitalizedWord(c, text);
}

/** A name's possessive just before: "Radio 4's", "the BBC's". */
const NAME_POSSESSIVE = /(?:^|[^\p{L}\p{N}])(?:\p{Lu}[\p{L}.]*|\d+)['’]s\s+$/u;
/** "It's", "That's": a verb, not a possessive. */
const CONTRACTED_IS = /(?:^|[^\p{L}])(?:It|That|What|Here|There|He|She|Who|Where|Let)['’]s\s+$/u;

const SMALL_WORDS = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|by|as|with|from|vs?\.?)$/;

/** A small word capitalized after a time, then a capital: the title goes on ("Tuesdays With Mum"). */
const TITLE_GOES_ON = /^\s(?:With|Of|And|In|On|For|At|To|From|The)\s+\p{Lu}/u;

/** A headline in title case ("Taliban Take Kabul Last Week") capitalizes every word: no name there. */
function inTitleCaseLine(c: Candidate, text: string): boolean {
	// Only a short line can be a headline: its ends are looked for no further than that.
	const lineStart = lineStartWithin(text, c.start, 200);
	if (lineStart < 0) return false;
	const ahead = text.slice(c.end, c.end + 200);
	const newline = ahead.indexOf('\n');
	const lineEnd = newline >= 0 ? c.end + newline : c.end + ahead.length;
	if (newline < 0 && lineEnd < text.length) return false;
	if (lineEnd - lineStart > 200) return false;
	const words = text.slice(lineStart, lineEnd).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	return words.length >= 4 && words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.test(w));
}

/** A calendar date (a day or a month, without a time counted from another) that begins a name. */
function beginsAName(c: Candidate, text: string): boolean {
	const e = c.expression;
	return e.kind === 'point' && !e.relation && (e.fields.day !== undefined || e.fields.month !== undefined) && NAME_HEAD_AFTER.test(text.slice(c.end, c.end + 16));
}

/** Names that are times: holidays ("Thanksgiving Day") and "the New Year". */
const TIME_NAMES = new Set(['holiday', 'newYear']);

export function dropTitles(candidates: Candidate[], text: string): Candidate[] {
	return candidates.filter(
		(c, i) => !beginsAName(c, text) && !weekdayNamingBeforeADay(c, candidates[i + 1], text) && (TIME_NAMES.has(c.source ?? '') || !isTitle(c, text) || inTitleCaseLine(c, text))
	);
}
