import type { Candidate } from '../expression';
import { MONTH_TRIGGERS } from '../calendarWords';
import { pattern, wordAfter, wordBefore, type Recognizer } from '../recognizer';

/**
 * A year written by its last two digits after an apostrophe: "the summer of '66", "in '08", "June '44",
 * "the '92 riots". Its century comes from the time the text is about (see `normalize`).
 *
 * An apostrophe before two digits is also a quotation's opening mark ("she said '40 people died'"), so
 * the digits are a year only after a word that leads to a time or a month's name, or as "the '08 …"
 * before a word that is no count's noun. "'90s" is a decade, read by the decade recognizer.
 */

/** Words after which "'66" is a year. */
const LEADS_TO_A_YEAR = new Set([
	...'in of since by until till through from to before after during circa early late mid class vintage spring summer autumn fall winter'.split(' '),
	...MONTH_TRIGGERS
]);

/** Words after "the '40" that make it a count, not a year. */
const COUNT_FOLLOWERS = new Set('per percent pc people men women times years days to or and of'.split(' '));

const APOSTROPHES = new Set(["'", '’']);

const twoDigitYear: Recognizer = {
	name: 'twoDigitYear',
	triggers: ["'#1"],
	// After the digits: not a letter, a digit, another apostrophe ("'66's"), a decimal point or a per cent sign.
	pattern: pattern(`(?<=['’])(\\d{2})(?![\\p{L}\\p{N}'’%]|[.,]\\d)`, true),
	build(m, text): Candidate | null {
		const mark = m.index - 1;
		// The apostrophe opens the year: nothing of a word is joined to it on its left ("rock'66").
		if (!APOSTROPHES.has(text[mark]) || /[\p{L}\p{N}]/u.test(text[mark - 1] ?? '')) return null;
		const before = wordBefore(text, mark);
		if (!LEADS_TO_A_YEAR.has(before) && !(before === 'the' && isNamingWord(wordAfter(text, m.index + 2)))) return null;
		return { start: mark, end: m.index + 2, type: 'DATE', expression: { kind: 'point', fields: { yearInCentury: Number(m[1]) } }, source: 'twoDigitYear' };
	}
};

/** "the '08 crash", "the '66 World Cup": a word the year names the time of, not a count's noun. */
function isNamingWord(word: string): boolean {
	return word !== '' && !COUNT_FOLLOWERS.has(word.toLowerCase());
}

export const twoDigitYearRecognizers: Recognizer[] = [twoDigitYear];
