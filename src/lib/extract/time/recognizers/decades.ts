import { ORDINAL_FIRST_WORDS, ORDINAL_PATTERN, ORDINAL_WORDS, parseOrdinal } from '$lib/extract/text/numbers';
import type { Candidate, Fields } from '../expression';
import { ORDINAL_SUFFIXES } from '../calendarWords';
import { followed, pattern, WORD_END, WORD_START, type Recognizer } from '../recognizer';
import { NAMED_AFTER_A_FEAST } from './holidays';

/**
 * Decades and centuries: "the 1980s", "1990s", "the '90s", "the nineties", "the noughties" (the 2000s), "the 20th century", "the
 * eleventh century", "21st-century". "the 1800s", "the 1900s" and "the 2100s" name centuries (as "the early
 * 1900s" does); "the 2000s" names the decade. A decade written without its century ("the '90s", "the nineties")
 * is the latest such decade not after the time of writing, or of the 1900s without one.
 * "early", "late" and "mid-" are attached by the modifier refiner.
 */

function decade(start: number, end: number, fields: Fields, source = 'decade'): Candidate {
	return { start, end, type: 'DATE', expression: { kind: 'point', fields }, source };
}

const DECADE_WORDS: Record<string, number> = {
	twenties: 2,
	thirties: 3,
	forties: 4,
	fifties: 5,
	sixties: 6,
	seventies: 7,
	eighties: 8,
	nineties: 9
};

/** "1980s-style", "'60s-style": in the manner of a decade, which dates nothing. */
const inTheStyleOf = (text: string, end: number) => /^-style(?![\p{L}\p{N}])/iu.test(text.slice(end, end + 7));

const digits: Recognizer = {
	name: 'decadeDigits',
	triggers: ['#4', 'the #'],
	numberFollowers: ['s'],
	// Decades of the years the tagger reads (1000 to 2199).
	pattern: pattern(`${WORD_START}(?:(the)\\s+)?(1\\d|2[01])(\\d)0['’]?s${WORD_END}`, true),
	build(m, text) {
		if (inTheStyleOf(text, m.index + m[0].length)) return null;
		const century = Number(m[2]);
		const tens = Number(m[3]);
		if (tens === 0 && century !== 20) return decade(m.index, m.index + m[0].length, { century }, 'century');
		return decade(m.index, m.index + m[0].length, { decade: century * 10 + tens });
	}
};

const shortDecade: Recognizer = {
	name: 'decadeShort',
	triggers: ['the #', '#1'],
	numberFollowers: ['s'],
	pattern: pattern(`(?:${WORD_START}(the)\\s+['’]|(?<=['’]))([1-9])0s${WORD_END}`, true),
	build(m, text) {
		const start = m[1] ? m.index : m.index - 1;
		if (!m[1] && !/['’]/.test(text[m.index - 1] ?? '')) return null;
		if (inTheStyleOf(text, m.index + m[0].length)) return null;
		return decade(start, m.index + m[0].length, { decadeInCentury: Number(m[2]) }, 'decadeShort');
	}
};

/** The first decade of this century has names of its own, and no other decade shares them. */
const FIRST_DECADE_WORDS = ['noughties', 'naughties', 'aughts', 'oughts'];
/** The first word of a spoken decade ("the nineteen-thirties") and the hundreds it names. */
const SPOKEN_CENTURIES: Record<string, number> = { sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };

const words: Recognizer = {
	name: 'decadeWords',
	triggers: [
		...followed('the', [...Object.keys(DECADE_WORDS), ...FIRST_DECADE_WORDS, ...Object.keys(SPOKEN_CENTURIES)]),
		...Object.keys(DECADE_WORDS),
		...FIRST_DECADE_WORDS,
		...Object.keys(SPOKEN_CENTURIES).flatMap((w) => followed(w, Object.keys(DECADE_WORDS)))
	],
	pattern: pattern(
		`${WORD_START}(the\\s+)?(?:(${Object.keys(SPOKEN_CENTURIES).join('|')})[\\s-])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|${FIRST_DECADE_WORDS.join('|')})${WORD_END}`,
		true
	),
	build(m, text) {
		// Without "the" just before, a decade is one only as "the late nineties", "the mid-Eighties" (the
		// modifier refiner attaches "the late").
		if (!m[1] && !/\bthe\s+(?:early|late|mid|mid-|middle)[\s-]*$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) return null;
		const word = m[3].toLowerCase();
		const century = m[2] ? SPOKEN_CENTURIES[m[2].toLowerCase()] : undefined;
		if (FIRST_DECADE_WORDS.includes(word)) return century === undefined || century === 20 ? decade(m.index, m.index + m[0].length, { decade: 200 }) : null;
		// "the nineteen-thirties": the decade of the century its first word names.
		if (century !== undefined) return decade(m.index, m.index + m[0].length, { decade: century * 10 + DECADE_WORDS[word] });
		return decade(m.index, m.index + m[0].length, { decadeInCentury: DECADE_WORDS[word] }, 'decadeShort');
	}
};

/** A person's possessive just before an ordinal: "his", "their". */
const OWNER_BEFORE = /(?:^|[^\p{L}])(?:his|her|their|my|our|your)\s+$/iu;

const centuries: Recognizer = {
	name: 'century',
	triggers: ['#1', 'the #', ...ORDINAL_WORDS.single.flatMap((w) => followed(w, ['century'])), ...ORDINAL_WORDS.tens.flatMap((w) => followed(w, ORDINAL_WORDS.afterTens)), ...followed('the', ORDINAL_FIRST_WORDS)],
	numberFollowers: ORDINAL_SUFFIXES,
	pattern: pattern(`${WORD_START}(?:(the)\\s+)?(${ORDINAL_PATTERN})[\\s-]+century${WORD_END}`, true),
	build(m, text) {
		const n = parseOrdinal(m[2]);
		if (!n || n > 30) return null;
		// "the 2nd century BC" runs backwards from year 1: no place on this calendar's centuries.
		const end = m.index + m[0].length;
		if (/^\s*(?:BCE?|B\.C\.(?:E\.)?)(?![\p{L}\p{N}])/u.test(text.slice(end, end + 8))) return null;
		// "her first century for the county", "their second century": a person's hundred runs, not the calendar's
		// hundred years ("Europe's 19th century" is one).
		if (!m[1] && OWNER_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) return null;
		return decade(m.index, m.index + m[0].length, { century: n - 1 }, 'century');
	}
};

/**
 * "the turn of the century": around the century boundary nearest the time the text is about; "the turn
 * of the 20th century" around 1900, the year that century began.
 */
const turnOfCentury: Recognizer = {
	name: 'turnOfCentury',
	triggers: ['the turn'],
	pattern: pattern(`${WORD_START}the\\s+turn\\s+of\\s+the\\s+(?:(${ORDINAL_PATTERN})[\\s-]+(century)|(century|millennium))${WORD_END}`, true),
	build(m) {
		const end = m.index + m[0].length;
		if (m[1]) {
			const n = parseOrdinal(m[1]);
			if (!n || n > 30) return null;
			return { start: m.index, end, type: 'DATE', expression: { kind: 'point', fields: { year: (n - 1) * 100 } }, mod: 'APPROX', approximate: true, source: 'turnOfCentury' };
		}
		const turn = m[3].toLowerCase() === 'millennium' ? 'millennium' : 'century';
		return { start: m.index, end, type: 'DATE', expression: { kind: 'point', fields: {}, relation: { kind: 'anaphoric', unit: 'century', offset: 0 }, turnOf: turn }, mod: 'APPROX', approximate: true, source: 'turnOfCentury' };
	}
};

/** A possessive before a capitalized word (case-sensitive, unlike the recognizers' patterns). */
const NAME_AFTER_POSSESSIVE = /^['’]s\s+\p{Lu}/u;

/**
 * "before the new year", "in the New Year": the year that begins nearest the time the text is about; "at
 * the turn of the year", about its start. ("the Lunar New Year" and "New Year's Day" are other days;
 * "the New Year's Concert" is a name.)
 */
const newYear: Recognizer = {
	name: 'newYear',
	triggers: ['the new', 'the turn'],
	pattern: pattern(`${WORD_START}the\\s+(?:new|(turn\\s+of\\s+the))\\s+year${WORD_END}(?!['’]s\\s+(?:day|eve)(?![\\p{L}\\p{N}]))`, true),
	build(m, text) {
		// "The New Year's Concert", "the New Year's Honours list", "the New Year Honours": a name of what the
		// holiday holds.
		const end = m.index + m[0].length;
		if (NAME_AFTER_POSSESSIVE.test(text.slice(end, end + 4)) || NAMED_AFTER_A_FEAST.test(text.slice(end, end + 16))) return null;
		const turn = m[1] ? { mod: 'APPROX' as const, approximate: true } : {};
		return { start: m.index, end: m.index + m[0].length, type: 'DATE', expression: { kind: 'point', fields: {}, relation: { kind: 'anaphoric', unit: 'year', offset: 0 }, turnOf: 'year' }, ...turn, source: 'newYear' };
	}
};

export const decadeRecognizers: Recognizer[] = [digits, shortDecade, words, centuries, turnOfCentury, newYear];
