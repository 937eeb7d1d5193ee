import { MONTH_PATTERN, monthNumber, PART_OF_DAY_PATTERN, partOfDayCode, SEASON_PATTERN, seasonCode } from '../calendarWords';
import type { Candidate, Fields, Relation, Unit } from '../expression';
import type { DurationUnit } from '../calendarWords';
import { durationValue } from '../durationValue';
import { followed, pattern, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Expressions counted from the time of writing: "today", "yesterday", "tomorrow", "tonight", "the day
 * before yesterday", "this morning", "last night", "yesterday afternoon"; "this week", "last month",
 * "next year", "the current quarter", "last weekend", "last decade"; named months and seasons with
 * "last", "next" or "this" ("last April", "this summer", "this past spring").
 *
 * "the past year", "the last week", "the next month" (with "the") are stretches of time ending or
 * starting now, so they are durations; "last year" without "the" is the previous calendar year.
 */

function candidate(start: number, end: number, fields: Fields, relation: Relation, type: 'DATE' | 'TIME' = 'DATE'): Candidate {
	return { start, end, type, expression: { kind: 'point', fields, relation }, source: 'deictic' };
}

const DAY_WORDS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };

const dayWords: Recognizer = {
	name: 'dayWords',
	triggers: ['the day', 'today', 'yesterday', 'tomorrow', 'tonight', 'this', 'last'],
	pattern: pattern(
		`${WORD_START}(?:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)|(today|yesterday|tomorrow)(?:\\s+(${PART_OF_DAY_PATTERN}))?|(tonight)|(this|last|tomorrow)\\s+(${PART_OF_DAY_PATTERN}))${WORD_END}`,
		true
	),
	build(m) {
		const end = m.index + m[0].length;
		if (m[1]) return candidate(m.index, end, {}, { kind: 'deictic', unit: 'day', offset: /before/i.test(m[1]) ? -2 : 2 });
		if (m[2]) {
			const offset = DAY_WORDS[m[2].toLowerCase()];
			if (m[3]) {
				const partOfDay = partOfDayCode(m[3]);
				if (partOfDay === 'MI') return candidate(m.index, end, { hour: 12, minute: 0 }, { kind: 'deictic', unit: 'day', offset }, 'TIME');
				return candidate(m.index, end, { partOfDay: partOfDay ?? undefined }, { kind: 'deictic', unit: 'day', offset }, 'TIME');
			}
			return candidate(m.index, end, {}, { kind: 'deictic', unit: 'day', offset });
		}
		if (m[4]) return candidate(m.index, end, { partOfDay: 'NI' }, { kind: 'deictic', unit: 'day', offset: 0 }, 'TIME');
		const which = m[5].toLowerCase();
		const partOfDay = partOfDayCode(m[6]);
		if (!partOfDay) return null;
		// "last night" is the night before today; "last morning" is not said.
		if (which === 'last' && partOfDay !== 'NI' && partOfDay !== 'EV') return null;
		const offset = which === 'this' ? 0 : which === 'last' ? -1 : 1;
		if (partOfDay === 'MI') return candidate(m.index, end, { hour: 12, minute: 0 }, { kind: 'deictic', unit: 'day', offset }, 'TIME');
		return candidate(m.index, end, { partOfDay }, { kind: 'deictic', unit: 'day', offset }, 'TIME');
	}
};

const UNIT_WORDS = '(week|weekend|month|year|quarter|decade|century)';

const unitWords: Recognizer = {
	name: 'deicticUnit',
	triggers: ['this', 'last', 'next', 'past', 'coming', 'current', 'previous', ...followed('the', ['current', 'past', 'last', 'present'])],
	pattern: pattern(
		`${WORD_START}(?:(this|last|next|past|coming|current|previous)|the\\s+(current|past|last|present))\\s+(?:(fiscal|calendar)\\s+)?${UNIT_WORDS}${WORD_END}`,
		true
	),
	build(m, text) {
		const end = m.index + m[0].length;
		const unit = m[4].toLowerCase() as Unit;
		const after = text.slice(end, end + 4);
		if (m[2]) {
			const which = m[2].toLowerCase();
			if (which === 'current' || which === 'present') {
				return candidate(m.index, end, {}, { kind: 'deictic', unit, offset: 0 });
			}
			// "the last week of August" is the final week of something else.
			if (/^\s+of\b/i.test(after)) return null;
			// "the past year", "the last week": the stretch of that length up to the time of writing.
			const counted = (unit === 'weekend' ? 'day' : unit) as DurationUnit;
			const amount = unit === 'weekend' ? 2 : 1;
			return {
				start: m.index,
				end,
				type: 'DURATION',
				expression: { kind: 'duration', value: durationValue(amount, counted), amount, unit: counted, anchored: 'past' },
				source: 'deictic'
			};
		}
		const which = m[1].toLowerCase();
		const offset = which === 'this' || which === 'current' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
		return candidate(m.index, end, {}, { kind: 'deictic', unit, offset });
	}
};

const namedWithDirection: Recognizer = {
	name: 'namedDeictic',
	triggers: ['last', 'next', 'this', 'past', 'coming'],
	pattern: pattern(`${WORD_START}(last|next|this\\s+past|this\\s+coming|this|past|coming)\\s+(?:(${SEASON_PATTERN})|(${MONTH_PATTERN})(?:\\s*((?:3[01]|[12]\\d|0?[1-9]))(?:st|nd|rd|th)?)?)${WORD_END}`, true),
	build(m) {
		const which = m[1].toLowerCase().replace(/\s+/g, ' ');
		const direction = which === 'last' || which === 'past' || which === 'this past' ? 'last' : which === 'this' ? 'this' : 'next';
		const fields: Fields = {};
		if (m[2]) {
			const season = seasonCode(m[2]);
			if (!season) return null;
			fields.season = season;
		} else {
			if (!/^\p{Lu}/u.test(m[3])) return null;
			const month = monthNumber(m[3]);
			if (!month) return null;
			fields.month = month;
			if (m[4]) fields.day = Number(m[4]);
		}
		return candidate(m.index, m.index + m[0].length, fields, { kind: 'named', direction });
	}
};

const yearEnd: Recognizer = {
	name: 'yearEnd',
	triggers: ['year'],
	pattern: pattern(`${WORD_START}(year[- ]end|year's\\s+end)${WORD_END}`, true),
	build(m) {
		return {
			...candidate(m.index, m.index + m[0].length, {}, { kind: 'deictic', unit: 'year', offset: 0 }),
			mod: 'END'
		};
	}
};

export const deicticRecognizers: Recognizer[] = [dayWords, unitWords, namedWithDirection, yearEnd];
