import { CARDINAL_WORDS, COUNT_WORDS, parseOrdinal, parseQuantity, QUANTITY_PATTERN } from '$lib/extract/text/numbers';
import {
	MONTH_PATTERN,
	monthNumber,
	namesASpeed,
	PART_OF_DAY_PATTERN,
	partOfDayCode,
	SEASON_PATTERN,
	seasonCode,
	unitOf,
	unitScale,
	UNIT_PATTERN,
	WEEKDAY_PATTERN,
	WEEKDAYS_PLURAL_PATTERN,
	WEEKDAY_TRIGGERS,
	weekdayNumber
} from '../calendarWords';
import { durationValue } from '../durationValue';
import type { Candidate, DurationExpression } from '../expression';
import { withFinerPart } from './durations';
import { followed, pattern, wordAfter, wordBefore, wordsBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Sets (recurring times): "every Monday", "every Thursday evening", "each year", "every two weeks", "every
 * other month", "each July", "every morning", "every night", "every weekend"; "daily", "weekly", "annually",
 * "hourly"; "twice a week", "three times a year", "once a month"; "Mondays" and "on Mondays", "Tuesday
 * nights"; and "a year" or "per day" after an amount ("50,000 CDs a year", "$5 a day", "hundreds of
 * interviews a day"); "per annum".
 */

/** A SET candidate: its TIMEX3 value, and "EVERY"/"EACH" (`quant`) or a count of times (`freq`). */
export function setCandidate(start: number, end: number, value: string, quant?: string, freq?: string): Candidate {
	return { start, end, type: 'SET', expression: { kind: 'set', value, quant, freq }, source: 'set' };
}

/** "and a half" after a unit: "every hour and a half". */
const HALF_AFTER = /^\s+and\s+a\s+half(?![\p{L}-])/iu;

/** " of an hour" after "every quarter". */
const OF_AN_HOUR = /^\s+of\s+an\s+hour(?![\p{L}\p{N}])/iu;

/**
 * The ordinals that count a step: "every second day", "every third week" are every two days, three weeks.
 * "First" names a place in a period ("every first Monday of the month"), not a step.
 */
const STEP_ORDINALS = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';

/** A day's number after a month: " 4", " 4th". */
const DAY_AFTER_MONTH = /^\s+\d{1,2}(?:st|nd|rd|th)?(?![\p{L}\p{N}])/u;

const every: Recognizer = {
	name: 'every',
	triggers: ['every', 'each'],
	pattern: pattern(
		`${WORD_START}(every|each)\\s+(?:(other|${STEP_ORDINALS})\\s+|(${QUANTITY_PATTERN})\\s+|(half)[\\s-]+(?=hour${WORD_END}))?(?:(${UNIT_PATTERN})|(${WEEKDAY_PATTERN})(?:\\s+(${PART_OF_DAY_PATTERN}))?|(${MONTH_PATTERN})|(${SEASON_PATTERN})|(${PART_OF_DAY_PATTERN}))${WORD_END}`,
		true
	),
	build(m, text) {
		const [, word, step, quantityText, half, unitWord, weekdayWord, weekdayPart, monthWord, seasonWord, partWord] = m;
		const quant = word.toUpperCase();
		const end = m.index + m[0].length;
		// "every half hour", "every half-hour": thirty minutes.
		if (half) return setCandidate(m.index, end, 'PT30M', quant);
		if (unitWord) {
			const unit = unitOf(unitWord);
			if (!unit) return null;
			// "every quarter of an hour": that share of the hour, not a quarter of a year.
			const ofAnHour = !quantityText && !step && /^quarter$/i.test(unitWord) ? OF_AN_HOUR.exec(text.slice(end, end + 16)) : null;
			if (ofAnHour) return setCandidate(m.index, end + ofAnHour[0].length, 'PT15M', quant);
			// "every few hours": an unnamed number of them (`PTXH`).
			const quantity = quantityText ? parseQuantity(quantityText) : null;
			if (quantityText && !quantity) return null;
			// "every night", "every weekend": that part of each day, of each week, as "every morning" and
			// "every Sunday" are ("every two nights" is a length).
			if (!step && !quantityText) {
				if (/^night$/i.test(unitWord)) return setCandidate(m.index, end, 'XXXX-XX-XXTNI', quant);
				if (/^weekend$/i.test(unitWord)) return setCandidate(m.index, end, 'XXXX-WXX-WE', quant);
			}
			// "every other day" and "every second day" are every two days.
			const count = step ? (parseOrdinal(step.toLowerCase()) ?? 2) : quantity ? quantity.value : 1;
			const amount = count === null ? null : count * unitScale(unitWord);
			if (amount === null || step) return setCandidate(m.index, end, durationValue(amount, unit), quant);
			// "every hour and a half", "every hour and 36 minutes": the length told in more than one unit.
			const half = HALF_AFTER.exec(text.slice(end, end + 16));
			if (half) return setCandidate(m.index, end + half[0].length, durationValue(amount * 1.5, unit), quant);
			const length: Candidate = { start: m.index, end, type: 'DURATION', expression: { kind: 'duration', value: durationValue(amount, unit), amount, unit }, source: 'every' };
			const longer = Number.isInteger(amount) ? withFinerPart(length, text, amount, unit) : length;
			return setCandidate(m.index, longer.end, (longer.expression as DurationExpression).value, quant);
		}
		if (quantityText) return null;
		// "every Thursday evening": that part of each such day.
		if (weekdayWord) {
			const part = weekdayPart ? partOfDayCode(weekdayPart) : '';
			return /^\p{Lu}/u.test(weekdayWord) && part !== null ? setCandidate(m.index, end, `XXXX-WXX-${weekdayNumber(weekdayWord)}${part ? `T${part}` : ''}`, quant) : null;
		}
		if (monthWord) {
			// "each July 4" is a day of every year, read with its day (`markRecurring`).
			if (DAY_AFTER_MONTH.test(text.slice(end, end + 6))) return null;
			const month = /^\p{Lu}/u.test(monthWord) ? monthNumber(monthWord) : null;
			return month ? setCandidate(m.index, end, `XXXX-${String(month).padStart(2, '0')}`, quant) : null;
		}
		if (seasonWord) return setCandidate(m.index, end, `XXXX-${seasonCode(seasonWord)}`, quant);
		const part = partOfDayCode(partWord);
		return part ? setCandidate(m.index, end, `XXXX-XX-XXT${part}`, quant) : null;
	}
};

const ADVERBS: Record<string, string> = {
	hourly: 'PT1H',
	daily: 'P1D',
	nightly: 'XXXX-XX-XXTNI',
	weekly: 'P1W',
	biweekly: 'P2W',
	fortnightly: 'P2W',
	monthly: 'P1M',
	bimonthly: 'P2M',
	quarterly: 'P3M',
	annually: 'P1Y',
	yearly: 'P1Y',
	biannually: 'P6M',
	semiannually: 'P6M'
};

/** The adverbs "half-" halves, and the frequency it makes. */
const HALF_ADVERBS: Record<string, string> = { hourly: 'PT30M', yearly: 'P6M' };

const adverbs: Recognizer = {
	name: 'frequencyAdverb',
	triggers: Object.keys(ADVERBS),
	pattern: pattern(`${WORD_START}(${Object.keys(ADVERBS).join('|')})${WORD_END}`, true),
	build(m, text) {
		// "a quarterly dividend", "monthly figures": a property of a thing, not a time.
		if (/^(quarterly|monthly|biannually|semiannually)$/i.test(m[1]) && /^\p{Ll}/u.test(wordAfter(text, m.index + m[0].length))) return null;
		// A capitalized "Daily" inside a sentence is a name ("the Daily Telegraph"); after a sentence's end it
		// is the adverb ("years ago. Daily briefings").
		if (/^\p{Lu}\p{Ll}/u.test(m[1]) && /[\p{L}\p{N},]\s*$/u.test(m.input.slice(Math.max(0, m.index - 3), m.index))) return null;
		if (/^(?:daily|weekly)$/i.test(m[1]) && newspaperNoun(text, m.index, m.index + m[0].length)) return null;
		// "half-hourly bulletins": every thirty minutes; "the half-yearly meeting": every six months.
		const half = HALF_ADVERBS[m[1].toLowerCase()];
		if (half && /half-$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) return setCandidate(m.index - 5, m.index + m[0].length, half);
		return setCandidate(m.index, m.index + m[0].length, ADVERBS[m[1].toLowerCase()]);
	}
};

/** Verbs that a newspaper is the subject of ("the daily reported"). */
const REPORTING = /^(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites|claimed|added|published|publishes|ran|carried|revealed|noted|warned|called|described|headlined|printed)$/i;

/** Words that describe a paper by its stance or readers: "the satirical weekly Charlie Hebdo". */
const PAPER_ADJECTIVES = /^(?:satirical|conservative|liberal|leftist|left-wing|right-wing|independent|influential|investigative|business|financial|tabloid|popular|mass-circulation|respected|pro-government|pro-kremlin|nationalist|catholic|religious)$/i;

/**
 * "daily" or "weekly" as a noun is a newspaper: "the Communist Party daily Granma", "the Israeli daily
 * Haaretz", "the satirical weekly Charlie Hebdo", "the state-run daily", "the daily reported", "told the
 * daily". The adverb and the adjective are neither named ("the daily tally") nor the subject of a report.
 */
function newspaperNoun(text: string, start: number, end: number): boolean {
	const before = wordsBefore(text, start, 2);
	const before1 = before[before.length - 1] ?? '';
	const before2 = before.length > 1 ? before[0] : '';
	const after = wordAfter(text, end);
	const describedPaper = /^\p{Lu}\p{Ll}+$/u.test(before1) || /-(?:run|owned|language|based|backed|government|opposition)$/i.test(before1) || PAPER_ADJECTIVES.test(before1);
	const determined = /^(?:the|a|an|this|that|another|its|their)$/i.test(before1) || (describedPaper && /^(?:the|a|an)$/i.test(before2));
	if (REPORTING.test(after)) return determined || describedPaper;
	// A name follows it: "daily Granma" (a capital after a paper named by its kind, not "the daily Kremlin briefing").
	if (/^\p{Lu}/u.test(after) && describedPaper) return true;
	// It ends the phrase: "told the daily.", "in the daily, which", "the daily that".
	return determined && (after === '' || (/^(?:the|a|an)$/i.test(before1) && /^(?:which|that)$/i.test(after)));
}

const timesPer: Recognizer = {
	name: 'timesPer',
	triggers: [
		'#',
		...['once', 'twice', 'thrice'].flatMap((w) => followed(w, ['a', 'an', 'per', 'each', 'every'])),
		...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'many'].flatMap((w) => followed(w, ['times', 'and'])),
		'a few',
		'a dozen',
		'a number'
	],
	numberFollowers: ['times', 'and', '#'],
	pattern: pattern(`${WORD_START}(once|twice|thrice|(${QUANTITY_PATTERN})\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT_PATTERN})${WORD_END}`, true),
	build(m) {
		const unit = unitOf(m[3]);
		if (!unit || /s$/i.test(m[3])) return null;
		const w = m[1].toLowerCase();
		const n = w === 'once' ? 1 : w === 'twice' ? 2 : w === 'thrice' ? 3 : parseQuantity(m[2])?.value ?? null;
		return setCandidate(m.index, m.index + m[0].length, durationValue(1, unit), undefined, n === null ? undefined : `${n}X`);
	}
};

/** Words that make "a year" after them a rate rather than a span ("earns $5,000 a year", "sixpence an hour"). */
const RATE_BEFORE = /^(?:[\d.,%$€£]+|percent|cents?|dollars?|euros?|pounds?|\p{L}*pence|penny|shillings?|guineas?|crowns?|florins?|francs?|rupees?|roubles?|rubles?|yen|lire|pesos?|barrels?|tons?|tonnes?|units?|copies|cars|people|visitors|patients|interviews|calls|flights|trips|shipments|meals|hours|days|nights|weeks|months|shifts|miles|kilometers|times|million|billion|thousand|trillion)$/iu;

/**
 * A count in words, then at most four words up to a noun, just before "a day": "five feet", "two round
 * voyages", "an ounce of bread", "half a pound of biscuit", "six million tonnes of grain", "a mile".
 */
const MEASURE_BEFORE = new RegExp(
	`(?:^|[^\\p{L}\\p{N}])(?:${CARDINAL_WORDS.join('|')}|a|an|half(?:\\s+an?)?|a\\s+few|several|dozens|hundreds|thousands|millions|\\d+(?:[.,]\\d+)*(?:\\s+(?:million|billion))?)(?:\\s+and\\s+a\\s+half)?(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,4}\\s+$`,
	'u'
);
/** Words a measure's noun cannot be: verbs, pronouns and function words ("took two men a day" is how long). */
const NOT_A_MEASURE = /^(?:men|women|people|them|him|her|us|me|you|it|one|for|in|to|of|by|at|on|from|about|over|under|within|than|after|before|only|just|nearly|almost|more|less|least|most|and|or|the|day|week|month|year|time|while|was|were|is|are|be|been|had|has|have|took|take|takes|taken|spent|spend|spends|gave|give|given|lasted|last|lasts|stayed|waited|worked|served|ago)$/;
/** What follows a time given rather than a rate: "a day off", "a week's pay". */
const RATE_AFTER_EXCLUDED = /^(?:\s+off\b|['’]s\b)/;

/** Grain sold by the quarter, named before in its sentence: "English wheat … 2s. per quarter". */
const GRAIN_BEFORE = /\b(?:wheat|corn|barley|oats|malt|rye|grain|flour|bushels?)\b(?:(?![.!?]["”’)]?\s+\p{Lu})[^])*$/iu;

/** A figure in per cent just before the unit: "13% a decade". */
const PERCENT_BEFORE = /\d\s?%\s*$/;

const perUnit: Recognizer = {
	name: 'perUnit',
	triggers: [...followed('a', ['year', 'month', 'week', 'day', 'hour', 'night', 'quarter', 'minute', 'decade']), 'an hour', 'per'],
	pattern: pattern(`${WORD_START}(a|an|per)\\s+(year|month|week|day|hour|night|quarter|minute|decade|annum)${WORD_END}(?!\\s+(?:ago|earlier|later|before|after|or|of|and\\s+a\\s+half)\\b)`, true),
	build(m, text) {
		const per = m[1].toLowerCase() === 'per';
		// "5 per cent per annum": Latin for "a year", only after "per".
		if (m[2].toLowerCase() === 'annum') return per ? setCandidate(m.index, m.index + m[0].length, 'P1Y') : null;
		const prev = wordBefore(text, m.index);
		const before = wordsBefore(text, m.index, 4).map((w) => w.toLowerCase());
		const amountNear = before.some((w) => /^[\d$€£]/.test(w) || /^(?:hundreds|thousands|millions|billions|dozens|million|billion|thousand|hundred)$/.test(w));
		// "£1.2m a year", "15cm a year", "4s. 11d. a week": a figure with its unit's letters.
		const figure = /^[\d$€£][\d.,]*[a-z]{1,3}$/.test(prev) || PERCENT_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index));
		// "five feet a day", "two round voyages a month", "an ounce of bread a day", "a mile a day": a measure
		// counted in words, up to its noun.
		const measured = MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index)) && !NOT_A_MEASURE.test(prev);
		// ("four a month from November", "three a day": a count in words right before the unit.)
		const counted = COUNT_WORDS.has(prev);
		if (!per && !RATE_BEFORE.test(prev) && !figure && !measured && !counted && !(amountNear && /s$/.test(prev) && prev.length > 3)) return null;
		// "gave the two boys a day off", "a week's pay": a time given, not a rate.
		if (!per && RATE_AFTER_EXCLUDED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
		const unit = unitOf(m[2]);
		if (unit && namesASpeed(prev, unit)) return null;
		// "wheat … 2s. per quarter lower": a quarter of grain, a measure of eight bushels, not of a year.
		if (unit === 'quarter' && GRAIN_BEFORE.test(text.slice(Math.max(0, m.index - 160), m.index))) return null;
		return unit ? setCandidate(m.index, m.index + m[0].length, durationValue(1, unit)) : null;
	}
};

const pluralWeekdays: Recognizer = {
	name: 'pluralWeekdays',
	triggers: WEEKDAY_TRIGGERS.map((w) => `${w}s`),
	pattern: pattern(`${WORD_START}(${WEEKDAYS_PLURAL_PATTERN})(?:\\s+(mornings|afternoons|evenings|nights))?${WORD_END}`, true),
	build(m) {
		if (!/^\p{Lu}/u.test(m[1])) return null;
		const weekday = weekdayNumber(m[1]);
		if (!weekday) return null;
		const part = m[2] ? partOfDayCode(m[2].replace(/s$/i, '')) : null;
		return setCandidate(m.index, m.index + m[0].length, `XXXX-WXX-${weekday}${part ? `T${part}` : ''}`);
	}
};

const LIST_JOIN = '(?:\\s*,\\s*|\\s+(?:and|or|&)\\s+)';

/**
 * "Tuesday nights", "on Monday and Tuesday nights": a weekday before a plural part of the day repeats,
 * and so does every weekday listed before it.
 */
const weekdayParts: Recognizer = {
	name: 'weekdayParts',
	triggers: WEEKDAY_TRIGGERS,
	pattern: pattern(
		`${WORD_START}(${WEEKDAY_PATTERN})(?:${LIST_JOIN}(${WEEKDAY_PATTERN}))?(?:${LIST_JOIN}(${WEEKDAY_PATTERN}))?\\s+(mornings|afternoons|evenings|nights)${WORD_END}`,
		true
	),
	build(m) {
		const part = partOfDayCode(m[4].replace(/s$/i, ''));
		const names = [m[1], m[2], m[3]].filter((w): w is string => w !== undefined);
		if (!part || names.some((w) => !/^\p{Lu}/u.test(w) || weekdayNumber(w) === null)) return null;
		const out: Candidate[] = [];
		let from = 0;
		names.forEach((name, i) => {
			const at = m[0].indexOf(name, from);
			const end = i === names.length - 1 ? m[0].length : at + name.length;
			out.push(setCandidate(m.index + at, m.index + end, `XXXX-WXX-${weekdayNumber(name)}T${part}`));
			from = at + name.length;
		});
		return out;
	}
};

export const setRecognizers: Recognizer[] = [every, adverbs, timesPer, perUnit, pluralWeekdays, weekdayParts];
