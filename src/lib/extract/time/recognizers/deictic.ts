import { PHRASE_DETERMINERS } from '$lib/extract/text/clauses';
import { parseQuantity } from '$lib/extract/text/numbers';
import { pastForm } from '$lib/extract/text/tense';
import { DAYS_IN_A_WEEK, MONTH_PATTERN, MONTH_TRIGGERS, PART_OF_DAY_PATTERN, partOfDayCode, SEASON_PATTERN, seasonOrMonth, unitScale } from '../calendarWords';
import type { Candidate, Fields, Relation, Unit } from '../expression';
import { unitStretch } from './durations';
import { followed, pattern, SENTENCE_END_BEFORE, wordAfter, wordBefore, wordsBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';

const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night', 'overnight', 'midday', 'noon', 'daytime'];

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
/** The days named from the writing, in today's spelling and the older one ("to-day", "to-morrow"). */
const DAY_WORD = 'yesterday|to-?day|to-?morrow';
/** The offset of a day word (`DAY_WORD`) from the day of writing. */
const dayOffset = (word: string) => DAY_WORDS[word.toLowerCase().replace('-', '')];
/** Older spellings begin with "to" and a hyphen, which the trigger index passes over. */
const OLDER_SPELLINGS = followed('to', ['day', 'morrow', 'night']);

const dayWords: Recognizer = {
	name: 'dayWords',
	triggers: ['the day', 'today', 'yesterday', 'tomorrow', 'tonight', ...OLDER_SPELLINGS, ...followed('this', PARTS_OF_DAY), ...followed('last', PARTS_OF_DAY)],
	pattern: pattern(
		`${WORD_START}(?:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)|(${DAY_WORD})(?:\\s+(${PART_OF_DAY_PATTERN}))?|(to-?night)|(this|last|to-?morrow)\\s+(${PART_OF_DAY_PATTERN}))${WORD_END}`,
		true
	),
	build(m) {
		const end = m.index + m[0].length;
		if (m[1]) return candidate(m.index, end, {}, { kind: 'deictic', unit: 'day', offset: /before/i.test(m[1]) ? -2 : 2 });
		if (m[2]) {
			const offset = dayOffset(m[2]);
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

/** A half-century and a quarter-century are lengths, as a fortnight is: "the past half-century". */
const UNIT_WORDS = '((?:half|quarter)[- ]century|week|weekend|fortnight|month|year|quarter|decade|century)';
const isLength = (unit: string) => unitScale(unit) > 1;

/** " in March", " in 2019" (case-sensitive: "in may" is a verb's). */
const IN_A_MONTH_OR_YEAR = new RegExp(`^\\s+in\\s+(?:${MONTH_PATTERN}|\\d{4})(?![\\p{L}\\p{N}])`, 'u');

const unitWords: Recognizer = {
	name: 'deicticUnit',
	triggers: [
		...['this', 'last', 'next', 'past', 'coming', 'current', 'previous'].flatMap((w) => followed(w, ['fiscal', 'financial', 'calendar', 'week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century'])),
		...followed('the', ['current', 'past', 'last', 'present', 'coming'])
	],
	pattern: pattern(
		`${WORD_START}(?:(this|last|next|past|coming|current|previous)|the\\s+(current|past|last|present|coming))\\s+(?:(fiscal|financial|calendar)\\s+)?${UNIT_WORDS}${WORD_END}`,
		true
	),
	build(m, text) {
		const end = m.index + m[0].length;
		const unit = m[4].toLowerCase();
		const after = text.slice(end, end + 4);
		// "the last quarter-final place", "the past month-long strike": the unit is part of another word.
		if (/^-\p{L}/u.test(after)) return null;
		if (m[2]) {
			const which = m[2].toLowerCase();
			if (which === 'current' || which === 'present') {
				return isLength(unit) ? null : candidate(m.index, end, {}, { kind: 'deictic', unit: unit as Unit, offset: 0 });
			}
			// "the last week of August", "the last week in March" are the final week of something else.
			if (/^\s+of\b/i.test(after) || IN_A_MONTH_OR_YEAR.test(text.slice(end, end + 16))) return null;
			// "the past weekend", "the coming weekend": a weekend of the calendar, read without "the".
			if (unit === 'weekend') return null;
			// "the past year", "the last fortnight": the stretch of that length up to the time of writing;
			// "the coming month": the one from it.
			return unitStretch(m.index, end, unit, which === 'coming' ? 'future' : 'past', 'deictic');
		}
		// A fortnight is a length, not a period of the calendar: "last fortnight" has no one place.
		if (isLength(unit)) return null;
		const which = m[1].toLowerCase();
		// "the coming weekend" on a Wednesday is the one three days on, as "the coming Saturday" would be.
		if (which === 'coming' && unit === 'weekend') return candidate(m.index, end, { weekend: true }, { kind: 'named', direction: 'next' });
		// "the last week of March", "the last week in March", "the next year of the war": a part of something else.
		if ((/^\s+of\b/i.test(after) || IN_A_MONTH_OR_YEAR.test(text.slice(end, end + 16))) && /^the$/i.test(wordBefore(text, m.index))) return null;
		const offset = which === 'this' || which === 'current' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
		// "This quarter's loss includes charges": the figures of the quarter a report has named (it ended
		// before the writing), not of the calendar quarter just begun; without one named, the current one.
		if (offset === 0 && unit === 'quarter' && /^['’]s\b/.test(after)) return candidate(m.index, end, {}, { kind: 'anaphoric', unit, offset: 0, fallback: 0 });
		const c = candidate(m.index, end, {}, { kind: 'deictic', unit: unit as Unit, offset });
		// "this financial year": a year of accounts, which need not start in January.
		if (m[3] && /^(?:fiscal|financial)$/i.test(m[3]) && c.expression.kind === 'point') c.expression.fiscal = true;
		return c;
	}
};

const namedWithDirection: Recognizer = {
	name: 'namedDeictic',
	triggers: ['last', 'next', 'this', 'past', 'coming'].flatMap((w) => followed(w, [...MONTH_TRIGGERS, 'spring', 'summer', 'autumn', 'fall', 'winter', 'past', 'coming'])),
	pattern: pattern(`${WORD_START}(last|next|this\\s+past|this\\s+coming|this|past|coming)\\s+(?:(${SEASON_PATTERN})|(${MONTH_PATTERN})(?:\\s*((?:3[01]|[12]\\d|0?[1-9]))(?:st|nd|rd|th)?)?)${WORD_END}`, true),
	build(m) {
		const which = m[1].toLowerCase().replace(/\s+/g, ' ');
		const direction = which === 'last' || which === 'past' || which === 'this past' ? 'last' : which === 'this' ? 'this' : 'next';
		const fields = seasonOrMonth(m[2], m[3]);
		if (!fields) return null;
		if (fields.month !== undefined && m[4]) fields.day = Number(m[4]);
		return candidate(m.index, m.index + m[0].length, fields, { kind: 'named', direction });
	}
};

/**
 * "by year's end", "around year end": the end of the year of writing. The compound "year-end" names the
 * year's closing day, Dec. 31, as accounts use it ("complete the deal by year-end", "the change since
 * year-end"): a date without a year, placed by the tense and the word before it like any other.
 */
const yearEnd: Recognizer = {
	name: 'yearEnd',
	triggers: [...followed('year', ['end', 's']), 'yearend'],
	pattern: pattern(`${WORD_START}(year-end|yearend|year\\s+end|year's\\s+end)${WORD_END}`, true),
	build(m) {
		const end = m.index + m[0].length;
		if (/^year-?end$/i.test(m[1])) return { start: m.index, end, type: 'DATE', expression: { kind: 'point', fields: { month: 12, day: 31 } }, source: 'deictic' };
		return { ...candidate(m.index, end, {}, { kind: 'deictic', unit: 'year', offset: 0 }), mod: 'END' };
	}
};

const PARTS_BEFORE_DAY = '(morning|afternoon|evening|night)';

/** "afternoon yesterday", "mid-morning today": the part of the day before the day it belongs to. */
const partBeforeDay: Recognizer = {
	name: 'partBeforeDay',
	triggers: ['morning', 'afternoon', 'evening', 'night'],
	pattern: pattern(`${WORD_START}${PARTS_BEFORE_DAY}\\s+(${DAY_WORD})${WORD_END}`, true),
	build(m) {
		const partOfDay = partOfDayCode(m[1]);
		if (!partOfDay) return null;
		return candidate(m.index, m.index + m[0].length, { partOfDay }, { kind: 'deictic', unit: 'day', offset: dayOffset(m[2]) }, 'TIME');
	}
};

/** "of" or a day word after a part of the day: the part belongs to that day ("late afternoon yesterday"). */
const FOLLOWED_BY_ITS_DAY = new RegExp(`^\\s+(?:of|${DAY_WORD})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * "by mid-afternoon", "in the late evening": a part of the day the text narrows ("early", "mid", "late")
 * after a preposition is a time of the day the text is about, like a clock time alone. The narrowing
 * word is attached by the modifier refiner.
 */
const narrowedPart: Recognizer = {
	name: 'narrowedPart',
	triggers: ['morning', 'afternoon', 'evening'],
	pattern: pattern(`${WORD_START}(morning|afternoon|evening)${WORD_END}`, true),
	build(m, text) {
		const [narrow, lead] = wordsBefore(text, m.index, 2).reverse().map((w) => w.toLowerCase());
		const bare = narrow?.replace(/-$/, '');
		if (!bare || !/^(?:early|mid|late)$/.test(bare) || !/^(?:by|in|at|until|till|from|since|around|before|after|the|during)$/.test(lead ?? '')) return null;
		if (FOLLOWED_BY_ITS_DAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
		// "missed the early morning bus": after "the" with no preposition before it, a noun after the part
		// makes it an adjective, as it does after "the morning".
		if (lead === 'the' && !PART_LEADS.has(wordsBefore(text, m.index, 3)[0]?.toLowerCase() ?? '')) {
			const after = wordAfter(text, m.index + m[0].length);
			if (/^\p{Ll}/u.test(after) && !AFTER_PART.has(after) && !AUXILIARY_AFTER_PART.has(after) && !pastForm(after)) return null;
		}
		const partOfDay = partOfDayCode(m[1]);
		return partOfDay ? { start: m.index, end: m.index + m[0].length, type: 'TIME', expression: { kind: 'point', fields: { partOfDay } }, source: 'deictic' } : null;
	}
};

/** Prepositions that make "the afternoon" a time: "in the afternoon", "through the evening", "since the afternoon". */
const PART_LEADS = new Set(['in', 'through', 'throughout', 'during', 'into', 'by', 'until', 'till', 'for', 'since', 'before']);
/** Words that make a part of the day without its article a time: "by evening", "until morning". */
const BARE_PART_LEADS = new Set(['by', 'until', 'till', 'towards', 'toward', 'before']);
/** Determiners and pronouns: after a time word they open the clause it heads ("Overnight a bomb fell", "in the morning they left"). */
const OPENS_A_CLAUSE = ['a', 'an', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there'];
/** Auxiliaries after a time word: the verb of a subject it ends. */
const AUXILIARIES_AFTER_A_SUBJECT = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would'];
/**
 * Words after a time word that end its phrase: a mark (''), a conjunction, a preposition or an article
 * opening what comes next. A noun after it ("the morning session", "an overnight success") makes it an
 * adjective instead.
 */
const ENDS_THE_PHRASE = [
	...['', 'and', 'but', 'or', 'as', 'while', 'so', 'the'],
	...['into', 'on', 'in', 'at', 'near', 'across', 'along', 'around', 'from', 'to', 'with', 'without', 'amid', 'despite', 'until', 'for', 'by'],
	...['under', 'beneath', 'against', 'among', 'behind', 'beside', 'inside', 'outside', 'toward', 'towards']
];

/**
 * Words after "the morning" that end its phrase: those, "then", or a determiner or a pronoun opening the
 * next clause ("in the morning the troops advanced"). A word that ties it to another time ("the morning
 * after the vote", "the evening of May 5", "the evening before") makes it something else.
 */
const AFTER_PART = new Set([...ENDS_THE_PHRASE, 'then', ...OPENS_A_CLAUSE]);

/** Auxiliaries after the phrase: the verb of a subject it ends ("Rescuers working through the night have recovered"). */
const AUXILIARY_AFTER_PART = new Set([...AUXILIARIES_AFTER_A_SUBJECT, 'could', 'can']);

/** "in the middle of the night", "by the end of the afternoon": a part of the day narrowed by the part of it named before. */
const PART_OF_IT_BEFORE = /(?:^|[^\p{L}])the\s+(?:middle|end|start|beginning|height)\s+of\s+$/iu;

/**
 * "walking into Wenchuan through the night after landslides cut the roads": a conjunction and a clause of its
 * own, a bare noun, a name or a pronoun and its past verb ("celebrated through the night after the Springboks
 * beat the All Blacks"; "the morning after the vote" ties the part to the vote).
 */
const CONJUNCTION_AND_CLAUSE = /^\s+(?:after|before|when|while|as)\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*|(?!(?:the|a|an|this|that|his|her|its|their|our)\s)\p{Ll}+)\s+(\p{Ll}+)/u;

function conjunctionAfter(text: string, end: number): boolean {
	const m = CONJUNCTION_AND_CLAUSE.exec(text.slice(end, end + 40));
	return !!m && pastForm(m[1]);
}

/** "late in", "early in" before "the afternoon": a narrowed part of the day, whatever word opens the clause after it. */
const NARROWED_IN = /(?:^|[^\p{L}])(?:early|late)\s+in\s+$/iu;

/**
 * A counted subject opening the clause after a part of the day ("by the afternoon two Union corps had been
 * driven back", "in the evening 300 people marched", "by the evening some 30,000 persons had made the
 * journey"); a count of a unit ties the part to another time instead ("the morning two days later").
 */
const COUNTED_SUBJECT = /^\s+(?:(?:some|about|around|nearly|almost|over|roughly)\s+(?=\d))?(?:two|three|four|five|six|seven|eight|nine|ten|some|several|many|both|\d[\d,]*)\s+(?!(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|mornings?|afternoons?|evenings?)(?![\p{L}\p{N}]))\p{L}/iu;

/**
 * "in the afternoon", "through the evening", "in the early hours": a part of the day after a preposition is
 * a time of the day the text is about, like a clock time alone ("Earlier in the afternoon, Djokovic won" in
 * a report of the day; "the wind rose through the evening" in a history of a storm).
 */
const partOfTheDay: Recognizer = {
	name: 'partOfTheDay',
	triggers: [...followed('the', ['morning', 'afternoon', 'evening', 'night', 'early', 'small', 'wee']), 'morning', 'afternoon', 'evening'],
	pattern: pattern(`${WORD_START}(?:(the)\\s+)?(morning|afternoon|evening|night|(?:early|small|wee)\\s+hours(?:\\s+of\\s+the\\s+morning)?)${WORD_END}`, true),
	build(m, text) {
		const lead = wordBefore(text, m.index);
		// "by evening", "until morning", "towards evening": a limit needs no article ("travelled by night"
		// is a manner, and "The Morning Star" a name).
		const partOfIt = m[1] !== undefined && lead === 'of' && PART_OF_IT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
		if (m[1] ? !PART_LEADS.has(lead) && !partOfIt : !BARE_PART_LEADS.has(lead) || m[2] === 'night' || !/^\p{Ll}/u.test(m[2])) return null;
		const end = m.index + m[0].length;
		const after = wordAfter(text, end);
		// A capital opens the clause after it ("In the morning Djokovic…"); a lower-case word must be one that
		// ends the phrase, or the verb of a subject it ends ("Rescuers digging through the night brought out …",
		// "working through the night have recovered"), unless the part is narrowed ("late in the afternoon word
		// came").
		const clauseAfter = AFTER_PART.has(after.toLowerCase()) || AUXILIARY_AFTER_PART.has(after.toLowerCase()) || pastForm(after.toLowerCase()) || conjunctionAfter(text, end);
		if (!/^\p{Lu}/u.test(after) && !clauseAfter && !COUNTED_SUBJECT.test(text.slice(end, end + 40)) && !NARROWED_IN.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
		// "in the early hours (of the morning)", "in the small hours": the first hours of a day, its morning
		// ("the early hours of Monday" is Monday's, read as that day).
		const partOfDay = /hours/i.test(m[2]) ? 'MO' : partOfDayCode(m[2]);
		return partOfDay ? { start: m.index, end, type: 'TIME', expression: { kind: 'point', fields: { partOfDay } }, source: 'deictic' } : null;
	}
};

/**
 * Words that may follow the adverb "overnight" ("fired 200 rockets overnight, and …", "overnight into
 * Tuesday"); a verb after it ends a subject's clause ("workers who were on the bridge overnight are missing");
 * a determiner or a pronoun opens the clause it heads ("Overnight a bomb fell"), as the adjective never does.
 */
const AFTER_OVERNIGHT = new Set([...ENDS_THE_PHRASE, ...OPENS_A_CLAUSE, 'when', 'before', 'after', 'according', 'officials', 'police', ...AUXILIARIES_AFTER_A_SUBJECT]);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
/** Before "overnight", the idiom of a sudden change ("changed overnight", "won't happen overnight"). */
const SUDDEN_OVERNIGHT = /^(?:almost|virtually|literally|seemingly|practically|nearly|not|never|no|cannot|won't|can't|didn't|doesn't|don't|wasn't|isn't|aren't|weren't|changes?|changed|changing|happens?|happened|happening|transform(?:s|ed)?|became|become|becomes|disappear(?:s|ed)?|vanish(?:es|ed)?|turned|shifted|fix(?:es|ed)?|solved?|built|made|overnight)$/;

/**
 * "Militants fired 200 rockets overnight": the night just gone in a report of what happened, tonight in one
 * of what will ("the road will be closed overnight"). Only the adverb: the adjective ("overnight talks")
 * and the idiom of a sudden change ("the city changed overnight") name no night.
 */
const overnight: Recognizer = {
	name: 'overnight',
	triggers: ['overnight'],
	pattern: pattern(`${WORD_START}overnight${WORD_END}`, true),
	build(m, text) {
		const end = m.index + m[0].length;
		const next = wordAfter(text, end).toLowerCase();
		const listed = AFTER_OVERNIGHT.has(next);
		if (!listed && !pastForm(next)) return null;
		// At a sentence's start no word before it bears on it ("… an overnight success. Overnight they moved").
		const before = SENTENCE_END_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) ? [] : wordsBefore(text, m.index, 4).map((w) => w.toLowerCase());
		// "after counting overnight put his party on track": a past verb after it ends its subject's clause
		// too, after a word of that clause ("the overnight shipped goods", "Overnight shipped goods" are adjectives).
		if (!listed && (before.length === 0 || PHRASE_DETERMINERS.has(before[before.length - 1]))) return null;
		// "an overnight success" is the adjective; "was a household name overnight" the idiom after a copula;
		// "attacking a base overnight" names the night.
		const article = before.findIndex((w) => /^an?$/.test(w));
		const afterCopula = article >= 0 && (article === before.length - 1 || before.slice(0, article).some((w) => COPULAS.has(w)));
		// ("police made 86 arrests overnight": a count after the verb reports what the night brought.)
		const sudden = before.findIndex((w) => SUDDEN_OVERNIGHT.test(w));
		if (afterCopula || (sudden >= 0 && !before.slice(sudden + 1).some((w) => /^\d/.test(w)))) return null;
		return { start: m.index, end, type: 'TIME', expression: { kind: 'point', fields: { partOfDay: 'NI' }, relation: { kind: 'deictic', unit: 'day', offset: -1, aheadOffset: 0 } }, source: 'deictic' };
	}
};

/** `days` from the day `day` days off the writing: ahead, or back when the clause is told in the past. */
function weeksFrom(start: number, end: number, day: number, days: number): Candidate {
	return candidate(start, end, {}, { kind: 'deictic', unit: 'day', offset: day + days, behindOffset: day - days });
}

/**
 * British "a week today", "a fortnight tomorrow", "two weeks today": that many weeks from the day named,
 * ahead ("will be handed over a fortnight today"), or back when told in the past ("died a week today").
 */
const weeksFromDay: Recognizer = {
	name: 'weeksFromDay',
	triggers: [...followed('a', ['week', 'fortnight']), ...followed('one', ['week', 'fortnight']), ...followed('two', ['weeks', 'fortnights']), ...followed('three', ['weeks'])],
	pattern: pattern(`${WORD_START}(a|one|two|three)\\s+(weeks?|fortnights?)\\s+(${DAY_WORD})${WORD_END}`, true),
	build(m) {
		const count = parseQuantity(m[1].toLowerCase())?.value ?? 0;
		const days = count * DAYS_IN_A_WEEK * unitScale(m[2]);
		const plural = /s$/i.test(m[2]);
		if (!days || (count === 1) === plural) return null;
		return weeksFrom(m.index, m.index + m[0].length, dayOffset(m[3]), days);
	}
};

/**
 * British "this day week", "today fortnight", "tomorrow week": a week (or two) from the day named, ahead, or
 * back when told in the past ("was buried this day week"), as "a week today" is.
 */
const dayWeek: Recognizer = {
	name: 'dayWeek',
	triggers: ['this day', 'today', 'tomorrow', 'yesterday', ...OLDER_SPELLINGS],
	pattern: pattern(`${WORD_START}(this\\s+day|${DAY_WORD})\\s+(week|fortnight)${WORD_END}`, true),
	build(m) {
		const day = /^this/i.test(m[1]) ? 0 : dayOffset(m[1]);
		return weeksFrom(m.index, m.index + m[0].length, day, DAYS_IN_A_WEEK * unitScale(m[2]));
	}
};

/** The counts read before "Christmases ago", "summers ago". */
const COUNTS_AGO = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Feasts and seasons counted back ("two Christmases ago"); Easter, which moves, is not among them. */
const FEASTS_COUNTED = ['christmases', 'springs', 'summers', 'autumns', 'falls', 'winters'];

/**
 * "two Christmases ago", "three summers ago": the last such feast or season, and as many years again less
 * one ("two summers ago", in November, is the summer of the year before).
 */
const feastsAgo: Recognizer = {
	name: 'feastsAgo',
	triggers: COUNTS_AGO.flatMap((w) => followed(w, FEASTS_COUNTED)),
	pattern: pattern(`${WORD_START}(${COUNTS_AGO.join('|')})\\s+(${FEASTS_COUNTED.join('|')})\\s+ago${WORD_END}`, true),
	build(m) {
		const n = parseQuantity(m[1].toLowerCase())?.value;
		const word = m[2].toLowerCase();
		const fields: Fields | null = word === 'christmases' ? { month: 12, day: 25 } : seasonOrMonth(word.slice(0, -1), undefined);
		if (!n || !fields) return null;
		return { start: m.index, end: m.index + m[0].length, type: 'DATE', expression: { kind: 'point', fields, relation: { kind: 'named', direction: 'last' }, yearShift: 1 - n }, source: 'deictic' };
	}
};

/** "On this day in 1945", "on this date in 1969": the day and month of the writing, in the year named. */
const thisDayIn: Recognizer = {
	name: 'thisDayIn',
	triggers: ['this day', 'this date'],
	pattern: pattern(`${WORD_START}this\\s+(?:day|date)\\s+in\\s+(1\\d{3}|20\\d{2})${WORD_END}`, true),
	build(m) {
		return candidate(m.index, m.index + m[0].length, { year: Number(m[1]) }, { kind: 'deictic', unit: 'day', offset: 0 });
	}
};

/** "this time next week", "this time last year": the same day a unit away from the writing's, as "a year ago today". */
const thisTime: Recognizer = {
	name: 'thisTime',
	triggers: ['this time'],
	pattern: pattern(`${WORD_START}this\\s+time\\s+(next|last)\\s+(week|month|year)${WORD_END}`, true),
	build(m) {
		const unit = m[2].toLowerCase() as Unit;
		const sign = m[1].toLowerCase() === 'next' ? 1 : -1;
		return { start: m.index, end: m.index + m[0].length, type: 'DATE', expression: { kind: 'point', fields: {}, relation: { kind: 'shift', unit, amount: 1, sign, from: 'utterance', toThe: 'day' } }, source: 'deictic' };
	}
};

/**
 * "the week after next", "the year before last": two of the unit from the writing's; "the summer before
 * last", "the winter after next": the season a year beyond the last or the next one. Not "the week before
 * last year's vote", where "last" is the year's.
 */
const twoAway: Recognizer = {
	name: 'twoAway',
	triggers: followed('the', ['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter']),
	pattern: pattern(
		`${WORD_START}the\\s+(?:(week|weekend|month|year)|(${SEASON_PATTERN}))\\s+(after\\s+next|before\\s+last)${WORD_END}(?!\\s+(?:week|weekend|month|year|night|time|season|spring|summer|autumn|fall|winter)\\b)`,
		true
	),
	build(m, text) {
		// "the week before last Tuesday's vote": "last" is the name's (a capital, which the pattern's
		// case-insensitive flag cannot tell).
		if (/^\p{Lu}/u.test(wordAfter(text, m.index + m[0].length))) return null;
		const ahead = /^after/i.test(m[3]);
		const end = m.index + m[0].length;
		if (m[1]) return candidate(m.index, end, {}, { kind: 'deictic', unit: m[1].toLowerCase() as Unit, offset: ahead ? 2 : -2 });
		const fields = seasonOrMonth(m[2], undefined);
		if (!fields) return null;
		return { start: m.index, end, type: 'DATE', expression: { kind: 'point', fields, relation: { kind: 'named', direction: ahead ? 'next' : 'last' }, yearShift: ahead ? 1 : -1 }, source: 'deictic' };
	}
};

export const deicticRecognizers: Recognizer[] = [weeksFromDay, dayWeek, feastsAgo, thisDayIn, thisTime, twoAway, dayWords, unitWords, namedWithDirection, yearEnd, partBeforeDay, narrowedPart, partOfTheDay, overnight];
