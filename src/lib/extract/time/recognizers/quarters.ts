import { MONTH_PATTERN, MONTH_TRIGGERS, monthNumber, ORDINAL_SUFFIXES } from '../calendarWords';
import type { Candidate, Fields, Relation } from '../expression';
import { followed, pattern, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Quarters and halves of a year, as business news writes them: "the third quarter", "third-quarter
 * earnings", "the fiscal first quarter", "Q3", "Q3 2021", "the second half", "next year's first quarter";
 * and the periods reports compare ("the latest quarter", "the year-ago quarter", "the year-earlier
 * period", "a year-earlier level", "the same quarter a year ago"), which point back to the period the
 * text last spoke of. "the fiscal year" and "the full year" are the year under discussion.
 *
 * A year written after the quarter ("the third quarter of 1984") is joined by the merge refiner. "the last
 * quarter" alone is the previous one (deictic); "the last quarter of 1989" is the fourth.
 */

const QUARTER_ORDINALS = ['first', 'second', 'third', 'fourth', 'final', 'last'];

const ORDINALS: Record<string, 1 | 2 | 3 | 4> = {
	first: 1,
	'1st': 1,
	second: 2,
	'2nd': 2,
	third: 3,
	'3rd': 3,
	fourth: 4,
	'4th': 4,
	final: 4,
	last: 4
};

function point(start: number, end: number, fields: Fields, relation?: Relation): Candidate {
	return { start, end, type: 'DATE', expression: { kind: 'point', fields, relation }, source: 'quarter' };
}

function partFields(ordinal: string, unit: string): Fields | null {
	const n = ORDINALS[ordinal.toLowerCase()];
	if (!n) return null;
	if (/^half$/i.test(unit)) return n <= 2 ? { half: n as 1 | 2 } : ordinal.toLowerCase() === 'last' || ordinal.toLowerCase() === 'final' ? { half: 2 } : null;
	return { quarter: n };
}

/** Figures a company or an economy reports. */
const REPORT_FIGURES =
	'(?:profits?|earnings|income|sales|revenues?|loss(?:es)?|output|growth|GDP|exports|imports|dividends?|results|turnover|margins?|inflation|demand|prices|spending|investment|production|deliveries|shipments|orders|volumes?|bookings|figures)';

/** What a company does in a period it reports on: "expects to deliver three more ships in the second half". */
const REPORT_VERBS = '(?:deliver|export|import|earn|invest)(?:s|ed|ing)?|ship(?:s|ped|ping)?|sell(?:s|ing)?|sold|produc(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|build(?:s|ing)?|built';

/**
 * A figure or a company's deed, then "for" or "in", up to four words after it: what follows is a period of
 * the report ("profit for the first half", "expects margins to narrow in the second half").
 */
const REPORTED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${REPORT_FIGURES}|${REPORT_VERBS})(?:\\s+[\\p{Ll}\\p{N}][\\p{L}\\p{N},.]*){0,4}\\s+(?:for|in|during|over)\\s+$`, 'iu');

/**
 * A half followed by a report's words: "first-half results", "the first half, net income rose". ("Messi
 * scored in the first half." is a match's.)
 */
const REPORTED_AFTER = new RegExp(`^\\s*(?:of\\s+(?:this|last|next|the)\\s+year|,?\\s*(?:[\\p{L}'’-]+\\s+){0,3}?${REPORT_FIGURES})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Words only a company's report uses ("net profit", "earnings per share"): in a text that has used them, "the
 * second half" is a half of the year even without a figure beside it ("expects rates to soften in the second
 * half"). A match report may speak of revenue or a dividend, but not of these.
 */
const REPORT_TEXT = /\b(?:net\s+(?:profit|income|loss)|earnings\s+per\s+share|operating\s+(?:profit|income)|EBITDA|fiscal\s+year)\b/i;
/** How far back a report's words are looked for. */
const REPORT_TEXT_REACH = 1500;

/** A match's play told in the sentence before a quarter: "at half-time", "scored seven in a row". */
const MATCH_PLAY_BEFORE = /\b(?:half-?time|quarter-?time|scored|touchdowns?|goals?|baskets?|tries)\b[^.!?]*$/i;

const ordinalQuarter: Recognizer = {
	name: 'ordinalQuarter',
	triggers: [
		'#1',
		...followed('fiscal', [...QUARTER_ORDINALS, '#']),
		...QUARTER_ORDINALS.flatMap((w) => followed(w, ['quarter', 'half', 'period', 'fiscal'])),
		...followed('its', ['fiscal', ...QUARTER_ORDINALS, '#']),
		...followed('the', ['fiscal', ...QUARTER_ORDINALS, '#'])
	],
	numberFollowers: ORDINAL_SUFFIXES,
	pattern: pattern(
		`${WORD_START}(?:(the|its)\\s+)?(?:fiscal[\\s-]+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?(quarter|half|period)${WORD_END}`,
		true
	),
	build(m, text) {
		const [, determiner, ordinal, unit] = m;
		const end = m.index + m[0].length;
		// "of its fiscal year": the company's year, which the quarter is read in as if alone.
		const ofYear = /^\s+of\s+(?:(?:fiscal\s+)?(?:1\d|20)\d\d|this\s+year|last\s+year|next\s+year|the\s+(?:fiscal\s+|current\s+)?year|(?:its|their)\s+(?:fiscal\s+|financial\s+)?year)\b/i.test(text.slice(end, end + 30));
		// "the last half of the '80s", "the first half of the match": a part of something else; "the third
		// quarter of $226.3 million" is a quarter with its figure.
		if (!ofYear && /^\s+of\s+(?!(?:[$€£¥#]|US\$|C\$|\d))/i.test(text.slice(end, end + 10))) return null;
		// "the last quarter" alone is the previous one (read as deictic); "the final quarter" is the fourth.
		if (/^last$/i.test(ordinal) && !ofYear) return null;
		if (/^final$/i.test(ordinal) && !ofYear && !/^quarter$/i.test(unit)) return null;
		if (/^period$/i.test(unit)) return null;
		// "the first half of the match": only a year or a report makes it a half of a year ("first-half
		// profit", "profit for the first half rose", or a half named in a report's text).
		if (/^half$/i.test(unit) && !ofYear && !REPORTED_AFTER.test(text.slice(end, end + 48)) && !REPORTED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !REPORT_TEXT.test(text.slice(Math.max(0, m.index - REPORT_TEXT_REACH), m.index))) return null;
		// "led at half-time, but the Harriers scored seven in a row early in the third quarter": a quarter of a
		// match, in a sentence that tells its play, and no report's.
		if (/^quarter$/i.test(unit) && !ofYear && MATCH_PLAY_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index)) && !REPORTED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !REPORTED_AFTER.test(text.slice(end, end + 48))) return null;
		const fields = partFields(ordinal, unit);
		if (!fields) return null;
		// "its fourth quarter" keeps "its" out: a possessive is not part of the time; so does "the
		// third-quarter results", where "the" belongs to the noun the adjective qualifies.
		const adjective = /-\s*quarter$|-\s*half$/i.test(m[0]) || /^fiscal/i.test(m[0].slice(determiner ? determiner.length + 1 : 0).trimStart());
		const dropDeterminer = determiner && (determiner.toLowerCase() === 'its' || (adjective && /-/.test(m[0])));
		const start = dropDeterminer ? m.index + m[0].slice(determiner.length).search(/\S/) + determiner.length : m.index;
		// "the second half of the year": of the year the text speaks of (the writing's, in news, when it has
		// named none); "of the current year", of the writing's. Other years are read as mentions of their own.
		const ofThisYear = /^\s+of\s+the\s+(current\s+)?year(?![\p{L}\p{N}])/iu.exec(text.slice(end, end + 30));
		const relation: Relation | undefined = !ofThisYear ? undefined : ofThisYear[1] ? { kind: 'deictic', unit: 'year', offset: 0 } : { kind: 'anaphoric', unit: 'year', offset: 0 };
		const c = point(start, ofThisYear ? end + ofThisYear[0].length : end, fields, relation);
		if (/fiscal/i.test(m[0]) && c.expression.kind === 'point') c.expression.fiscal = true;
		return c;
	}
};

const qNotation: Recognizer = {
	name: 'qNotation',
	triggers: ['q', 'h', '#1', '#4'],
	numberFollowers: ['q', 'h'],
	pattern: pattern(`${WORD_START}(?:([QH])([1-4])(?:\\s*(?:FY)?['’]?((?:19|20)\\d{2}|\\d{2}))?|((?:19|20)\\d{2})\\s*([QH])([1-4])|([1-4])Q(?:\\s*((?:19|20)\\d{2}))?)${WORD_END}`),
	build(m) {
		const letter = m[1] ?? m[5] ?? 'Q';
		const n = Number(m[2] ?? m[6] ?? m[7]);
		const yearText = m[3] ?? m[4] ?? m[8];
		if (letter === 'H' && n > 2) return null;
		const fields: Fields = letter === 'H' ? { half: n as 1 | 2 } : { quarter: n as 1 | 2 | 3 | 4 };
		if (yearText) fields.year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
		return point(m.index, m.index + m[0].length, fields);
	}
};

const relativeYearQuarter: Recognizer = {
	name: 'relativeYearQuarter',
	triggers: ['this year', 'last year', 'next year'],
	pattern: pattern(`${WORD_START}(this|last|next)\\s+year['’]s\\s+(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(quarter|half)${WORD_END}`, true),
	build(m) {
		const fields = partFields(m[2], m[3]);
		if (!fields) return null;
		const offset = /^this$/i.test(m[1]) ? 0 : /^last$/i.test(m[1]) ? -1 : 1;
		return point(m.index, m.index + m[0].length, fields, { kind: 'deictic', unit: 'year', offset });
	}
};

const reportPeriods: Recognizer = {
	name: 'reportPeriod',
	triggers: [
		...followed('year', ['ago', 'earlier']),
		'last year',
		...followed('the', ['latest', 'most', 'same', 'comparable', 'corresponding', 'year', 'prior', 'last', 'first', 'second', 'third', 'fourth', '#', 'quarter', 'period', 'half', 'nine', 'six'])
	],
	pattern: pattern(
		`${WORD_START}(?:(the)\\s+)?(?:(latest|most\\s+recent|same|comparable|corresponding|year-ago|year-earlier|year\\s+ago|year\\s+earlier|prior-year|comparable\\s+year-ago|comparable\\s+year-earlier|last\\s+year['’]s)\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+)?(quarter|period|half|nine\\s+months|six\\s+months)(?:\\s+(a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year))?${WORD_END}`,
		true
	),
	build(m) {
		const [, the, qualifier, ordinal, unit, trailer] = m;
		if (!qualifier && !trailer) return null;
		const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
		const fields: Fields = ordinal ? (partFields(ordinal, /^half$/i.test(unit) ? 'half' : 'quarter') ?? {}) : {};
		const yearBack = /year|prior|last year/.test(q) || !!trailer;
		if (!the && !/^last year/.test(q)) return null;
		const end = m.index + m[0].length;
		const u = unit.toLowerCase();
		if (/months/.test(u)) {
			// "the year-earlier nine months" is a stretch of time, as its current counterpart is.
			if (!yearBack) return null;
			const months = /nine/.test(u) ? 'P9M' : 'P6M';
			return { start: m.index, end, type: 'DURATION', expression: { kind: 'duration', value: months }, source: 'reportPeriod' };
		}
		// "the first half of last year": a named part of the year before the writing's, whatever year the
		// text spoke of last; "the same quarter last year" names the period compared, a year back.
		if (ordinal && trailer && /^(?:of\s+)?last\s+year$/i.test(trailer)) return point(m.index, end, fields, { kind: 'deictic', unit: 'year', offset: -1 });
		if (yearBack) {
			const period = u === 'quarter' ? 'quarter' : u === 'half' ? 'half' : undefined;
			return point(m.index, end, fields, { kind: 'shift', unit: 'year', amount: 1, sign: -1, from: 'reference', comparison: true, period });
		}
		if (q === 'latest' || q === 'most recent') {
			// "the latest quarter" is the last one reported before the writing.
			const relation: Relation = u === 'period' ? { kind: 'anaphoric', unit: 'period', offset: 0 } : { kind: 'deictic', unit: u === 'half' ? 'half' : 'quarter', offset: -1 };
			return point(m.index, end, fields, relation);
		}
		return point(m.index, end, fields, { kind: 'anaphoric', unit: u === 'period' ? 'period' : u === 'half' ? 'half' : 'quarter', offset: 0 });
	}
};

const yearAgoAdjective: Recognizer = {
	name: 'yearAgoAdjective',
	triggers: followed('year', ['ago', 'earlier']),
	pattern: pattern(`${WORD_START}year[-\\s](?:ago|earlier)${WORD_END}(?=\\s+\\p{Ll})`, true),
	build(m, text) {
		// "year-earlier results", "a year-ago loss": the period a year before the one spoken of. Unhyphenated
		// after "a" it is an offset ("a year ago").
		if (!m[0].includes('-') && /\b(?:a|one)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
		return point(m.index, m.index + m[0].length, {}, { kind: 'shift', unit: 'year', amount: 1, sign: -1, from: 'reference', comparison: true });
	}
};

const theQuarter: Recognizer = {
	name: 'theQuarter',
	triggers: followed('the', ['quarter', 'fiscal', 'full', 'half', 'year', 'month', 'week', 'day', 'decade', 'century']),
	pattern: pattern(`${WORD_START}the\\s+(quarter|fiscal\\s+year|full\\s+year|full\\s+fiscal\\s+year|half[-\\s]year|year|month|week|day|decade|century)${WORD_END}`, true),
	build(m, text) {
		const end = m.index + m[0].length;
		const after = text.slice(end, end + 12);
		const before = text.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
		const wider = text.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
		const u = m[1].toLowerCase();
		// "later in the day": the day the text is about.
		if (u === 'day') return /\b(?:earlier|later)\s+in\s+$/.test(wider) ? point(m.index, end, {}, { kind: 'anaphoric', unit: 'day', offset: 0 }) : null;
		if (u === 'year' || u === 'month' || u === 'week' || u === 'decade' || u === 'century') {
			const unit = u as 'year' | 'month' | 'week' | 'decade' | 'century';
			// "the end of the year", "the rest of the month", "by the end of the decade", "the last day of the
			// year", "the first week of the month", "late in the month": the period of the writing, in news,
			// unless the news is retelling an old story.
			if (/\b(?:end|beginning|start|middle|rest|remainder|close|balance|(?:first|opening|last|final|closing)\s+(?:few\s+)?(?:days?|weeks?|fortnight)|(?:second|third|fourth)\s+week)\s+of\s+$/.test(wider) || /\b(?:early|late)\s+in\s+$/.test(wider)) return point(m.index, end, {}, { kind: 'deictic', unit, offset: 0, definite: true });
			if (unit === 'decade' || unit === 'century') return null;
			// "for the year ended Sept. 30", "the first nine months of the year", "For the week, the index":
			// the period a report covers, the one the text speaks of.
			const report =
				/^\s+(?:ended|ending|to\s+date)\b/.test(after) ||
				// "the year to June 30", "the year to 30 March": a year closed by its last day, in British and Australian use.
				(unit === 'year' && /^\s+to\s+(?:\d|\p{Lu})/u.test(after)) ||
				/\bmonths\s+of\s+$/.test(wider) ||
				(/\b(?:for|during|through|throughout)\s+$/.test(before) && /^\s*[,.;]/.test(after)) ||
				(/\b(?:earlier|later)\s+in\s+$/.test(wider));
			if (!report) return null;
			return point(m.index, end, {}, { kind: 'anaphoric', unit, offset: 0 });
		}
		// "the half-year ended the 31st of December", "the half year to September": only as a report's period, closed
		// by its last day ("the half-year's figures" and "a half year" are not).
		if (u.startsWith('half')) return /^,?\s+(?:(?:which|that)\s+)?(?:ended|ending|to)\s/.test(text.slice(end, end + 24)) ? point(m.index, end, {}, { kind: 'anaphoric', unit: 'half', offset: 0 }) : null;
		if (u === 'quarter') {
			// "the quarter" is a period of a report after "for", "in", "during" or before "ended", or a subject
			// ("The quarter, which ended…"); elsewhere it may be a district ("the Christian quarter", "held the
			// quarter.") or a fraction.
			const reportLike = /\b(?:for|in|during|of|over|through)\s+$/.test(before) || /^\s*(?:ended|ending|to\b)/.test(after) || (/^\s*[,.]/.test(after) && !/\p{L}\s+$/u.test(before));
			// "the quarter-final", "the quarter-mile": a compound of something else.
			if (!reportLike || /^\s+of\s/.test(after) || /^-\p{L}/u.test(after)) return null;
			return point(m.index, end, {}, { kind: 'anaphoric', unit: 'quarter', offset: 0, fallback: -1 });
		}
		// "forecast an increase for the full year": the year a company is in, as it reports.
		const c = u.includes('full') ? point(m.index, end, {}, { kind: 'deictic', unit: 'year', offset: 0 }) : point(m.index, end, {}, { kind: 'anaphoric', unit: 'year', offset: 0 });
		if (u.includes('fiscal')) c.expression = { ...c.expression, fiscal: true } as Candidate['expression'];
		return c;
	}
};

const yearPeriod: Recognizer = {
	name: 'yearPeriod',
	triggers: ['the #'],
	pattern: pattern(`${WORD_START}the\\s+((?:19|20)\\d{2})\\s+(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+)?(quarter|period|half|fiscal\\s+year)${WORD_END}`, true),
	build(m) {
		const year = Number(m[1]);
		const unit = m[3].toLowerCase();
		const end = m.index + m[0].length;
		if (m[2]) {
			const fields = partFields(m[2], unit === 'half' ? 'half' : 'quarter');
			return fields ? point(m.index, end, { ...fields, year }) : null;
		}
		if (unit.includes('year')) return point(m.index, end, { year });
		// "the 1988 quarter", "the 1989 period": the period the text speaks of, in that year.
		return point(m.index, end, { year }, { kind: 'anaphoric', unit: 'period', offset: 0 });
	}
};

/** "the latest fiscal year", "the most recent year": the last whole year a company has reported. */
const latestYear: Recognizer = {
	name: 'latestYear',
	triggers: followed('the', ['latest', 'most']),
	pattern: pattern(`${WORD_START}the\\s+(?:latest|most\\s+recent)\\s+(fiscal\\s+|full\\s+)?year${WORD_END}`, true),
	build(m) {
		const c = point(m.index, m.index + m[0].length, {}, { kind: 'deictic', unit: 'year', offset: -1 });
		if (m[1] && /fiscal/i.test(m[1]) && c.expression.kind === 'point') c.expression.fiscal = true;
		return c;
	}
};

/** "the first two quarters of 1990", "the last two quarters": a half of the year. */
const twoQuarters: Recognizer = {
	name: 'twoQuarters',
	triggers: followed('the', ['first', 'last', 'final', 'second']),
	pattern: pattern(`${WORD_START}the\\s+(first|last|final|second)\\s+two\\s+quarters${WORD_END}`, true),
	build(m) {
		return point(m.index, m.index + m[0].length, { half: /^first$/i.test(m[1]) ? 1 : 2 });
	}
};

/** The months that close the calendar's quarters. */
const CLOSING_MONTHS: Record<string, 1 | 2 | 3 | 4> = { march: 1, june: 2, september: 3, december: 4 };

/** The months that open the calendar's quarters, by the quarter. */
const OPENING_MONTHS = { 1: 1, 2: 4, 3: 7, 4: 10 } as const;

/**
 * "the March quarter", "its September-quarter results": the quarter that closes with that month; "the
 * April-June quarter" names it by its months. A range of other months ("the August-October quarter", a
 * fiscal one) is left to be read as that range.
 */
const monthQuarter: Recognizer = {
	name: 'monthQuarter',
	triggers: [
		...Object.keys(CLOSING_MONTHS).flatMap((m) => followed(m, ['quarter'])),
		...MONTH_TRIGGERS.flatMap((m) => followed(m, Object.keys(CLOSING_MONTHS))),
		...followed('the', MONTH_TRIGGERS)
	],
	pattern: pattern(`${WORD_START}(?:(the)\\s+)?(?:(${MONTH_PATTERN})\\s*[-–—]\\s*)?(${Object.keys(CLOSING_MONTHS).join('|')})(?:\\s+|-)quarter${WORD_END}`, true),
	build(m, text) {
		const end = m.index + m[0].length;
		// "the March quarter of Paris" would be a district.
		if (!/^\p{Lu}/u.test(m[3]) || /^\s+of\s+\p{Lu}/u.test(text.slice(end, end + 8))) return null;
		const quarter = CLOSING_MONTHS[m[3].toLowerCase()];
		if (m[2] && monthNumber(m[2]) !== OPENING_MONTHS[quarter]) return null;
		return point(m.index, end, { quarter });
	}
};

export const quarterRecognizers: Recognizer[] = [
	latestYear,
	twoQuarters,
	yearPeriod,
	ordinalQuarter,
	qNotation,
	relativeYearQuarter,
	reportPeriods,
	yearAgoAdjective,
	theQuarter,
	monthQuarter
];
