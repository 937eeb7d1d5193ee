import { MONTH_PATTERN, MONTH_TRIGGERS, namesTheClocksSetting, PART_OF_DAY_PATTERN, partOfDayCode, SEASON_PATTERN, seasonCode, seasonOrMonth } from '../calendarWords';
import type { Candidate, Fields, Relation, Unit } from '../expression';
import { followed, pattern, wordBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';
import { unitStretch } from './durations';

/**
 * Expressions that point back to the time the text last spoke of: "the same day", "that year", "that
 * morning", "that summer", "the following week", "the next day", "the previous night", "the day before"
 * (at the end of a clause; "the day before the vote" counts from the vote and is left alone); named months
 * and seasons counted from it: "that March", "the following spring", "the previous September". "The same
 * day that X happened" is the day of X, which the tagger does not know: it keeps a placeholder value.
 */

const UNITS = '(day|week|weekend|month|year|quarter|decade|century)';

function candidate(start: number, end: number, fields: Fields, relation: Relation): Candidate {
	const type = fields.partOfDay ? 'TIME' : 'DATE';
	return { start, end, type, expression: { kind: 'point', fields, relation }, source: 'anaphoric' };
}

/** The fields and relation of a unit or part of the day counted from the story (`fromStory`: whatever the clause's tense). */
function unitOrPart(word: string, offset: number, fromStory?: boolean): { fields: Fields; relation: Relation } | null {
	const w = word.toLowerCase();
	const story = fromStory ? { fromStory } : {};
	const partOfDay = partOfDayCode(w);
	if (partOfDay) return { fields: { partOfDay }, relation: { kind: 'anaphoric', unit: 'day', offset, ...story } };
	const season = seasonCode(w);
	if (season) return offset === 0 ? { fields: { season }, relation: { kind: 'anaphoric', unit: 'year', offset: 0 } } : null;
	return { fields: {}, relation: { kind: 'anaphoric', unit: w as Unit, offset, ...story } };
}

const same: Recognizer = {
	name: 'anaphoricSame',
	triggers: [
		...followed('the', ['same', 'very']),
		...followed('that', ['very', 'same', 'day', 'week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'midday', 'noon', 'daytime', 'spring', 'summer', 'autumn', 'fall', 'winter'])
	],
	pattern: pattern(`${WORD_START}(?:the\\s+(?:very\\s+)?same|that(?:\\s+(?:very|same))?)\\s+(?:${UNITS}|(${PART_OF_DAY_PATTERN})|(${SEASON_PATTERN}))${WORD_END}`, true),
	build(m, text) {
		const word = m[1] ?? m[2] ?? m[3];
		// "that winter" is read with the named months and seasons (`namedFromStory`); "the same winter" here.
		if (m[3] && /^that\s+\p{L}+$/iu.test(m[0])) return null;
		const r = unitOrPart(word, 0);
		if (!r) return null;
		const c = candidate(m.index, m.index + m[0].length, r.fields, r.relation);
		// "on the same day that the Taliban claimed victory": the day of an event named next, not of the
		// last date. Its date is unknown here, so it keeps its TIMEX3 placeholder.
		if (/^\s+(?:that|when|as)\b/i.test(text.slice(c.end, c.end + 6)) && /same/i.test(m[0]) && c.expression.kind === 'point') {
			c.expression = { kind: 'point', fields: r.fields, relation: { kind: 'anaphoric', unit: 'day', offset: 0, unresolved: true } };
		}
		return c;
	}
};

/** Words before "the next month" that make it the stretch of a month rather than the calendar's next one. */
const STRETCH_LEADS = new Set(['over', 'within', 'during', 'throughout', 'for', 'in']);
/** Units a stretch of one is said of ("over the next week"); "the next day" is the day after. */
const STRETCH_UNITS = new Set(['week', 'fortnight', 'month', 'quarter', 'year', 'decade']);

/**
 * "The next week", "the previous month": the calendar's week or month beside the time spoken of. After
 * "over", "within", "during", "throughout" or "for" ("over the next month", "for the following year") it
 * is the stretch of that length from it: the next one from the writing, the following or previous one
 * from the story's time. "In the following year" is the calendar year ("elected in 1990, he died in the
 * following year"), while "in the next year" looks ahead from the writing. A fortnight, "the next
 * decade" and "the next century" are only ever stretches.
 */
const neighbour: Recognizer = {
	name: 'anaphoricNeighbour',
	triggers: followed('the', ['next', 'following', 'previous', 'preceding', 'prior', 'succeeding']),
	pattern: pattern(`${WORD_START}the\\s+(next|following|previous|preceding|prior|succeeding)\\s+(?:${UNITS}|(fortnight)|(${PART_OF_DAY_PATTERN}))${WORD_END}`, true),
	build(m, text) {
		const which = m[1].toLowerCase();
		const unit = (m[2] ?? m[3])?.toLowerCase();
		const end = m.index + m[0].length;
		const next = which === 'next';
		const lead = wordBefore(text, m.index);
		// "The next decade will be decisive": ten years from the writing, not the calendar's next decade, which
		// may begin years away.
		const longStretch = next && (unit === 'decade' || unit === 'century');
		if (unit && (STRETCH_UNITS.has(unit) || longStretch) && (unit === 'fortnight' || longStretch || (STRETCH_LEADS.has(lead) && (next || lead !== 'in')))) {
			const anchored = next ? 'future' : which === 'following' || which === 'succeeding' ? 'after' : 'before';
			return unitStretch(m.index, end, unit, anchored, 'anaphoric');
		}
		const offset = /^(next|following|succeeding)$/.test(which) ? 1 : -1;
		const r = unitOrPart(m[2] ?? m[4], offset, !next);
		return r ? candidate(m.index, end, r.fields, r.relation) : null;
	}
};

/**
 * What may follow "the day before" that ends its phrase: a verb whose subject it is ("The winter before had
 * been dry"), or "and" or "but" going on with the clause ("had arrived the night before and slept"), not
 * with another time ("the day before and the day after the vote").
 */
const CLAUSE_GOES_ON = String.raw`\s+(?:had|has|was|were|is|are|and(?!\s+(?:the|after|during|on)\b)|but)\b`;

/** What ends "the day after that": a mark, the clause going on, or the subject of the next clause. */
const THAT_ENDS = new RegExp(String.raw`^(?:\s*(?:[.,;:!?)"”'’]|$)|${CLAUSE_GOES_ON}|\s+(?:he|she|it|they|we|I|you|there|the|a|an|his|her|its|their)\b|\s+\p{Lu})`, 'u');

/**
 * "the day before", "the year after", "the summer before" at the end of a clause, or "the day after that"
 * anywhere: the unit or season beside the time the story is at ("designed the summer before", in May 1851,
 * is the summer of 1850).
 */
const beforeAfter: Recognizer = {
	name: 'anaphoricBeforeAfter',
	triggers: followed('the', ['day', 'night', 'week', 'month', 'year', 'evening', 'morning', 'spring', 'summer', 'autumn', 'fall', 'winter']),
	// "the day after that", "the week before that": the time just told, before a clause ("the year before that
	// war" counts from the war).
	pattern: pattern(`${WORD_START}the\\s+(?:(day|night|week|month|year|evening|morning)|(${SEASON_PATTERN}))\\s+(?:(before|after)\\s+that${WORD_END}|(before|after|earlier|later)${WORD_END}(?=\\s*(?:[.,;:!?)"”'’]|$)|${CLAUSE_GOES_ON}))`, true),
	build(m, text) {
		const after = /^(after|later)$/i.test(m[3] ?? m[4]);
		const end = m.index + m[0].length;
		if (m[3] && !THAT_ENDS.test(text.slice(end, end + 12))) return null;
		if (m[2]) {
			const fields = seasonOrMonth(m[2], undefined);
			return fields ? candidate(m.index, end, fields, { kind: 'named', direction: after ? 'next' : 'last', anaphoric: true }) : null;
		}
		const r = unitOrPart(m[1], after ? 1 : -1, true);
		return r ? candidate(m.index, end, r.fields, r.relation) : null;
	}
};

/**
 * "That March", "that winter", "the following spring", "the previous September": a month or season
 * placed from the time the story is at, not from the writing. "That" is the one of the story's year (the
 * season holding the story's day: "that winter" after February 1995 is the winter of 1994–95); "that
 * first summer" the one holding it or the next.
 */
const namedFromStory: Recognizer = {
	name: 'anaphoricNamed',
	triggers: [
		...followed('that', [...MONTH_TRIGGERS, 'spring', 'summer', 'autumn', 'fall', 'winter', 'first']),
		...followed('the', ['next', 'following', 'previous', 'preceding', 'prior', 'succeeding'])
	],
	pattern: pattern(`${WORD_START}(that(?:\\s+first)?|the\\s+(?:next|following|previous|preceding|prior|succeeding))\\s+(?:(${SEASON_PATTERN})|(${MONTH_PATTERN}))${WORD_END}`, true),
	build(m, text) {
		// ("I understand that summer time is to last until November": the clocks' setting.)
		if (m[2] && namesTheClocksSetting(m[2], text, m.index + m[0].length)) return null;
		const which = m[1].toLowerCase().replace(/\s+/g, ' ');
		const fields = seasonOrMonth(m[2], m[3]);
		if (!fields) return null;
		const direction = which === 'that' ? 'this' : which === 'that first' ? 'first' : /(?:next|following|succeeding)$/.test(which) ? 'next' : 'last';
		return candidate(m.index, m.index + m[0].length, fields, { kind: 'named', direction, anaphoric: true });
	}
};

export const anaphoricRecognizers: Recognizer[] = [same, neighbour, beforeAfter, namedFromStory];
