import { MONTH_FULL_NAMES } from '../../src/lib/extract/time/calendarWords';

/** `unit` repeated to exactly `size` characters. */
function repeated(unit: string, size: number): string {
	return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Pieces made by `piece(0)`, `piece(1)`, … joined until the text holds `size` characters. */
function counted(piece: (i: number) => string, size: number): string {
	const parts: string[] = [];
	let length = 0;
	for (let i = 0; length < size; i++) {
		const p = piece(i);
		parts.push(p);
		length += p.length;
	}
	return parts.join('').slice(0, size);
}

/** "1 January 2019, 2 January 2019, …": a different real date each time, so no span is shared. */
function dayName(i: number): string {
	const d = new Date(Date.UTC(2019, 0, 1 + i));
	return `${d.getUTCDate()} ${MONTH_FULL_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}, `;
}

/**
 * Texts of `size` characters with no sentence end, each built to find a quadratic step in the tagger:
 * every one is a single stretch the sentence splitter must cut, and most are full of time expressions
 * or of the marks and numbers the recognizers look at.
 */
export function hostileInputs(size: number): Record<string, string> {
	return {
		digits: repeated('7', size),
		weekdays: repeated('Monday ', size),
		weekdaysNoSpace: repeated('Monday', size),
		dates: counted(dayName, size),
		numbers: counted((i) => `${(i % 31) + 1} `, size),
		years: counted((i) => `${1900 + (i % 200)} `, size),
		sameDay: repeated('the same day ', size),
		brackets: repeated('((["‘“ on Monday ', size),
		hyphenedNumbers: repeated('1996-', size),
		numberRanges: repeated('12 - 18 ', size)
	};
}

const FEASTS = ['Ramadan', 'Yom Kippur', 'Lunar New Year', 'Nowruz', 'Passover', 'Orthodox Easter'];

/**
 * Texts of `size` characters made of short real sentences: every sentence is read, so the time grows
 * with the mentions found, not only with the characters.
 */
export function sentenceInputs(size: number): Record<string, string> {
	return {
		weekdaySentences: repeated('Monday. ', size),
		newsSentences: repeated('On Friday, 6 September 2019, he said it would end next week. ', size),
		// Each comparison looks back for the period compared: the look is bounded, not the whole text.
		reportSentences: repeated('In the third quarter, sales fell. The year-ago quarter was better. ', size),
		// Every feast in a year of its own: each calendar's months are read once for each year named.
		feastSentences: counted((i) => `${FEASTS[i % FEASTS.length]} ${1600 + (i % 600)} was quiet. `, size)
	};
}
