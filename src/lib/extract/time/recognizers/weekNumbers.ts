import { YEAR_PATTERN } from '../calendarWords';
import type { Fields } from '../expression';
import { followed, pattern, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Numbered weeks of the year, as reports on epidemics, trade and production count them: "week 37 of
 * 2014", "calendar week 12", "epidemiological week 37", "ISO week 5, 2021". ISO 8601 numbers them (week 1
 * holds the year's first Thursday). A bare "week 3" is mostly a week of something else ("week 3 of the
 * trial"), so the number needs a word that names the calendar before it or a year after it.
 */

const QUALIFIERS = ['calendar', 'iso', 'epidemiological', 'epi'];

export const weekNumberRecognizer: Recognizer = {
	name: 'weekNumber',
	triggers: ['week', ...QUALIFIERS.flatMap((w) => followed(w, ['week']))],
	pattern: pattern(`${WORD_START}(?:(${QUALIFIERS.join('|')})\\s+)?week\\s+(\\d{1,2})(?:(?:\\s+of|,)\\s+(${YEAR_PATTERN}))?${WORD_END}`, true),
	build(m) {
		const week = Number(m[2]);
		if (week < 1 || week > 53 || (!m[1] && !m[3])) return null;
		const fields: Fields = { week };
		if (m[3]) fields.year = Number(m[3]);
		return { start: m.index, end: m.index + m[0].length, type: 'DATE', expression: { kind: 'point', fields }, source: 'weekNumber' };
	}
};
