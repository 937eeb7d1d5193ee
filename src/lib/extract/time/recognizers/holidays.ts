import type { Fields } from '../expression';
import { pattern, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Holidays with a fixed place in the Gregorian calendar ("Christmas Day", "New Year's Eve", "Boxing Day")
 * or a fixed rule (US "Thanksgiving": the fourth Thursday of November; US "Election Day": the Tuesday
 * after the first Monday of November; "Memorial Day", "Labor Day"), and national days whose name says
 * whose they are ("Bastille Day", "Anzac Day"; not "Independence Day"); the Orthodox Christmas is the Julian calendar's 25 December. Feasts of lunar or lunisolar
 * calendars (Ramadan, Eid, Easter, Nowruz's observance) move from year to year and are not guessed.
 * Without a year, the year comes from the publication date and the tense, as for a month and day.
 */

const HOLIDAYS: [string, Fields][] = [
	// The Julian calendar's Christmas, kept by most Orthodox churches: 7 January from 1901 to 2099.
	['(?:orthodox|coptic|julian)\\s+christmas\\s+eve', { month: 1, day: 6 }],
	['(?:orthodox|coptic|julian)\\s+christmas(?:\\s+day)?', { month: 1, day: 7 }],
	["christmas\\s+eve", { month: 12, day: 24 }],
	['christmas(?:\\s+day)?', { month: 12, day: 25 }],
	['boxing\\s+day', { month: 12, day: 26 }],
	["new\\s+year['’]?s\\s+eve", { month: 12, day: 31 }],
	["new\\s+year['’]?s(?:\\s+day)?", { month: 1, day: 1 }],
	["valentine['’]?s\\s+day", { month: 2, day: 14 }],
	['halloween', { month: 10, day: 31 }],
	['thanksgiving(?:\\s+day)?', { month: 11, nthWeekday: { n: 4, weekday: 4 } }],
	['election\\s+day', { month: 11, nthWeekday: { n: 1, weekday: 2, fromDay: 2 } }],
	// National days whose name says which nation's they are ("Independence Day" does not).
	['bastille\\s+day', { month: 7, day: 14 }],
	['anzac\\s+day', { month: 4, day: 25 }],
	['australia\\s+day', { month: 1, day: 26 }],
	['canada\\s+day', { month: 7, day: 1 }],
	['juneteenth', { month: 6, day: 19 }],
	['(?:armistice|remembrance|veterans[\'’]?)\\s+day', { month: 11, day: 11 }],
	['(?:guy\\s+fawkes|bonfire)\\s+night', { month: 11, day: 5 }],
	["st\\.?\\s+patrick['’]?s\\s+day", { month: 3, day: 17 }],
	['may\\s+day', { month: 5, day: 1 }],
	// US federal holidays on a fixed weekday of their month.
	['memorial\\s+day', { month: 5, nthWeekday: { n: -1, weekday: 1 } }],
	['labor\\s+day', { month: 9, nthWeekday: { n: 1, weekday: 1 } }],
	['(?:martin\\s+luther\\s+king(?:\\s+jr\\.?)?|mlk)\\s+day', { month: 1, nthWeekday: { n: 3, weekday: 1 } }]
];

const holidays: Recognizer = {
	name: 'holiday',
	triggers: [
		'orthodox christmas', 'coptic christmas', 'julian christmas', 'christmas', 'boxing', 'new year', 'new years', 'valentine', 'valentines', 'halloween', 'thanksgiving', 'election day',
		'bastille day', 'anzac day', 'australia day', 'canada day', 'juneteenth', 'armistice day', 'remembrance day', 'veterans day', 'veterans', 'guy fawkes', 'bonfire night', 'st patrick', 'st', 'may day', 'memorial day', 'labor day', 'martin luther', 'mlk day'
	],
	pattern: pattern(`${WORD_START}(?:${HOLIDAYS.map(([p], i) => `(?<h${i}>${p})`).join('|')})${WORD_END}`, true),
	build(m) {
		if (!/^\p{Lu}/u.test(m[0])) return null;
		const i = HOLIDAYS.findIndex((_, k) => m.groups?.[`h${k}`] !== undefined);
		if (i < 0) return null;
		return { start: m.index, end: m.index + m[0].length, type: 'DATE', expression: { kind: 'point', fields: { ...HOLIDAYS[i][1] } }, source: 'holiday' };
	}
};

export const holidayRecognizers: Recognizer[] = [holidays];
