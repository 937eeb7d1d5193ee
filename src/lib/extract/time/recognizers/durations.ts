import { PHRASE_DETERMINERS } from '$lib/extract/text/clauses';
import { CARDINAL_WORDS, CARDINAL_WORDS_PATTERN, parseQuantity, QUANTITY_FIRST_WORDS, QUANTITY_PATTERN } from '$lib/extract/text/numbers';
import { DO_PAST, DO_PRESENT, MODALS_CONDITIONAL, MODALS_FUTURE, MODALS_PRESENT } from '$lib/extract/text/verbLexicon';
import { COUNTED_FOLLOWERS, namesASpeed, QUANTITY_TRIGGERS, unitOf, unitScale, UNIT_FILLERS, UNIT_PATTERN, type DurationUnit } from '../calendarWords';
import { compoundDurationValue, durationValue } from '../durationValue';
import { VAGUE_REACH } from '../durationStretch';
import type { Candidate, DurationExpression } from '../expression';
import { charBefore, followed, pattern, wordAfter, wordBefore, wordsBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Durations: "three weeks", "20 years", "two and a half years", "5 1/2 hours", "a few days", "two more
 * weeks", "eight trading days", "an hour and a half", "two hours and a quarter", "half an hour";
 * adjectival ones ("a two-year plan", "a 16-hour day", "decades-long"; an age such as "a 6-year-old" is
 * no time); spans ending or starting now ("the past two months", "the next few years", "the first nine
 * months"); "two to three weeks" (at least two); and bare plurals after a preposition ("for weeks",
 * "within days", "after years of talks").
 *
 * "the" belongs to the mention when a temporal adjective follows it ("the past two months") or when the
 * phrase names a stretch of its own ("for the nine months"), not when it is a measure of something
 * else ("the two days of talks", "the three-day visit").
 */

const ADJECTIVE_WORDS = ['past', 'last', 'next', 'coming', 'first', 'final', 'previous', 'following', 'preceding', 'latest', 'remaining', 'ensuing', 'initial', 'same', 'recent', 'prior'];
const ADJECTIVES = `(?:${ADJECTIVE_WORDS.join('|')})`;
const FILLERS = `(?:${UNIT_FILLERS.join('|')})`;

/** Adjectives that tie a stretch to the time of writing or to the time last spoken of. */
const ANCHORED: Record<string, 'past' | 'future' | 'before' | 'after'> = {
	past: 'past',
	last: 'past',
	recent: 'past',
	next: 'future',
	coming: 'future',
	previous: 'before',
	preceding: 'before',
	prior: 'before',
	following: 'after',
	ensuing: 'after'
};

/** How far a vague quantity reaches ("a few" up to four), for the stretch it measures. */
export function vagueReach(quantity: string | undefined): number {
	const words = (quantity ?? '').toLowerCase().split(/\s+/);
	for (const w of words) if (VAGUE_REACH[w] !== undefined) return VAGUE_REACH[w];
	return VAGUE_REACH.default;
}

function amountOf(text: string): { value: number | null } | null {
	const q = parseQuantity(text);
	return q ? { value: q.value } : null;
}

/** " in six", " in every four" closing a count of units with a bare number: a ratio ("five days in six"). */
const RATIO_AFTER = new RegExp(`^\\s+in\\s+(?:every\\s+)?(?:\\d{1,3}|${CARDINAL_WORDS.join('|')})(?![\\p{L}\\p{N}]|[\\s-]+\\p{L})`, 'iu');

/** "and a half", "and a quarter", "and three quarters" after a unit: a part of one more. */
export const AND_A_PART_OF_A_UNIT = '\\s+and\\s+(?:a\\s+half|a\\s+quarter|three[\\s-]+quarters)';

/** The part of a unit after "and": "an hour and a half", "two hours and a quarter", "a year and three quarters". */
export function partOfAUnit(andAPart: string): number {
	if (/half$/i.test(andAPart)) return 0.5;
	return /three/i.test(andAPart) ? 0.75 : 0.25;
}

function duration(start: number, end: number, value: string, source: string): Candidate {
	return { start, end, type: 'DURATION', expression: { kind: 'duration', value }, source };
}

/**
 * One unit of time as a stretch tied to a time ("the past year", "the coming month", "over the next
 * week"); a fortnight is two weeks, a half-century fifty years. Null for a word that is no unit of time.
 */
export function unitStretch(start: number, end: number, unitWord: string, anchored: NonNullable<DurationExpression['anchored']>, source: string): Candidate | null {
	const word = unitWord.toLowerCase();
	const unit = unitOf(word);
	if (!unit) return null;
	const amount = unitScale(word);
	return { start, end, type: 'DURATION', expression: { kind: 'duration', value: durationValue(amount, unit), amount, unit, anchored }, source };
}

/** A figure's change by a share before it: "fell by", "has shrunk by almost", "raised interest rates by". */
export const CHANGED_BY =
	/\b(?:fell|fallen|falls|rose|risen|rises|dropped|drops|grew|grown|grows|shrank|shrunk|shrinks|(?:in|de)creased?s?|declined?s?|climbed?s?|jumped?s?|slumped?s?|plunged?s?|soared?s?|surged?s?|cut|cuts|reduced?s?|slashed|slashes|raised?s?|lifted?s?|expanded?s?|contracted?s?|down|up|higher|lower)\s+(?:[\p{L}'’-]+\s+){0,3}?by\s+(?:(?:about|almost|nearly|around|roughly|more\s+than|less\s+than|over)\s+)?$/iu;

/** Words before "last" that make it the verb ("to last eight weeks", "could last two days"). */
const VERB_LEADS = new Set([
	...MODALS_FUTURE,
	...MODALS_CONDITIONAL,
	...MODALS_PRESENT,
	...DO_PRESENT,
	...DO_PAST,
	'to',
	'not',
	'usually',
	'often',
	'typically',
	'normally',
	'generally',
	'only'
]);

/** A measure counted before "and": "three miles and", "2 lb and" (a measure in units of time is a duration's own). */
const PART_OF_A_MEASURE = new RegExp(
	`(?:^|\\s)(?:\\d[\\d,.]*|${CARDINAL_WORDS_PATTERN}|an?)\\s+(?!(?:${UNIT_PATTERN})\\b)\\p{L}+\\s+and\\s+$`,
	'iu'
);

/** A count of quarters (250 years) too large for spans of time: quarters of grain, of a city. */
const TOO_MANY_QUARTERS = 1000;

const quantityDuration: Recognizer = {
	name: 'duration',
	numberFollowers: COUNTED_FOLLOWERS,
	triggers: [
		...['past', 'last', 'next', 'coming', 'first', 'final'].flatMap((w) => followed(w, ['#', 'couple', 'hundred', 'thousand', ...QUANTITY_FIRST_WORDS])),
		...QUANTITY_TRIGGERS,
		...followed('the', ['#', ...QUANTITY_FIRST_WORDS, ...ADJECTIVE_WORDS])
	],
	// A bare "hundred" is tried only where the triggers wake it, after an adjective ("his first hundred
	// days"), so "the Hundred Days" is never read.
	pattern: pattern(
		`${WORD_START}(?:(the)\\s+)?(?:(${ADJECTIVES})\\s+)?(${QUANTITY_PATTERN}|hundred|thousand)(?:(?:\\s+(?:to|or)\\s+|\\s*[-–]\\s*)(${QUANTITY_PATTERN}))?(?:(\\s+|\\s*-\\s*)(?:${FILLERS}[\\s-]+)?)(${UNIT_PATTERN})(${AND_A_PART_OF_A_UNIT}(?!\\s+of${WORD_END}))?(?:-(long))?${WORD_END}(?!-old)`,
		true
	),
	build(m, text) {
		const [, the, adjective, quantityText, upperText, separator, unitWord, andAPart, suffix] = m;
		const unit = unitOf(unitWord);
		const quantity = amountOf(quantityText);
		if (!unit || !quantity) return null;
		// "beaten in the semi-final two weeks ago": the adjective ends a compound, and the count goes on alone.
		if (adjective && !the && text.charCodeAt(m.index - 1) === 45) return null;
		if (/^(?:a|an)$/i.test(quantityText) && /s$/i.test(unitWord) && !/^centuries$/i.test(unitWord)) return null;
		if (!the && /^(?:a|an|one)$/i.test(quantityText) && namesASpeed(wordBefore(text, m.index), unit)) return null;
		let amount = quantity.value;
		if (amount !== null && andAPart) amount += partOfAUnit(andAPart);
		if (amount !== null) amount *= unitScale(unitWord);
		if (amount !== null && amount <= 0) return null;
		const hyphenated = separator.includes('-');
		const singular = !/s$/i.test(unitWord);
		// "a second group", "the 1988 second quarter": ordinals, not seconds.
		if (unit === 'second' && singular && !/^(?:one|1)$/i.test(quantityText)) return null;
		// "the 1988 quarter" is a year before a noun.
		if (singular && !hyphenated && /^(?:1\d|20)\d\d$/.test(quantityText)) return null;
		// "the 2016-17 fiscal year": the second year of a span of years, not a count.
		if (quantityText.length === 2 && /^\d{2}$/.test(quantityText) && /(?:1\d|20)\d\d\s*[-–/]\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
		const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
		// "a year-earlier loss" is a comparison, read by the quarter recognizers.
		if (/^-(?:earlier|ago)/i.test(tail)) return null;
		// "three-quarters of its food", "a quarter of the votes": fractions. "52 years old": an age.
		// ("several quarters of losses" is a stretch: a fraction is of something named, "of its food"; one
		// quarter is a share of anything, "a quarter of annual revenue".)
		if (unit === 'quarter' && /^\s+of\b/i.test(tail) && (hyphenated || amount !== null) && (singular || !/^\s+of\s+(?!(?:the|a|an|its|their|his|her|our|all|them|those|these|this|that|it|us|each|every)\b)\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24)))) return null;
		if (/^\s+old\b/i.test(tail)) return null;
		// "late five days in six", "one week in four": a ratio of days, not a length of time.
		if (RATIO_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
		// "bent by 1.75 seconds of arc", "ten minutes of arc": angles, not lengths of time.
		if ((unit === 'second' || unit === 'minute') && /^\s+of\s+arc\b/i.test(tail)) return null;
		// "two minute hands", "the hour hand": the hands of a clock.
		if ((unit === 'second' || unit === 'minute' || unit === 'hour') && singular && /^\s+hands?\b/i.test(tail)) return null;
		// "has scored a century in each of his last three Tests": a hundred runs.
		if (unit === 'century' && SCORED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
		// "a 2-1 quarter-final win": a compound of "quarter", no span of time.
		if (unit === 'quarter' && singular && /^-(?:finals?|finalists?|mile|back|deck)\b/i.test(tail)) return null;
		// "40,000 quarters shipped": quarters counted in thousands (250 years) are a measure of grain or
		// something else, not spans of three months.
		if (unit === 'quarter' && quantity.value !== null && quantity.value >= TOO_MANY_QUARTERS) return null;
		// "profits fell by a quarter", "raised rates by a quarter point": a share of the figure, not three months.
		if (unit === 'quarter' && singular && /^(?:a|one)$/i.test(quantityText) && (CHANGED_BY.test(text.slice(Math.max(0, m.index - 40), m.index)) || /^[\s-]+(?:of\s+a\s+)?(?:percentage\s+)?points?\b/i.test(tail))) return null;
		// "three miles and three-quarters", "two pounds and a quarter": the part of a measure told before it.
		if (unit === 'quarter' && !the && /^(?:a|three)$/i.test(quantityText) && PART_OF_A_MEASURE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
		// "the Six-Day War", "the Seven Years' War": names of wars, not lengths of time.
		if (/^['’]?\s+Wars?\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
		let start = m.index;
		const end = m.index + m[0].length;
		const after = wordAfter(text, end).toLowerCase();
		if (someDay(m, text, after)) return null;
		// "the three-day visit", "the two days of talks": "the" belongs to the noun that follows.
		if (the && !adjective && (hyphenated || after === 'of' || suffix)) start += m[0].indexOf(quantityText);
		// "expected to last eight weeks", "will last two days": the verb, not the adjective.
		const lastAsVerb = !the && /^last$/i.test(adjective ?? '') && VERB_LEADS.has(wordBefore(text, m.index).toLowerCase());
		if (lastAsVerb) start += m[0].indexOf(quantityText, adjective!.length);
		const mod = upperText ? ('EQUAL_OR_MORE' as const) : undefined;
		const c = duration(start, end, durationValue(amount, unit), 'duration');
		// "his last two years", "the last two years of the war": the end of another stretch, not of now.
		const owned = !the && /^(?:his|her|its|their|our|my|your|this|that|these|those)$/.test(wordBefore(text, m.index));
		let anchored: DurationExpression['anchored'] = adjective && !owned && !lastAsVerb && after !== 'of' ? ANCHORED[adjective.toLowerCase()] : undefined;
		// "In the first nine months, net rose 4%": the months of the year a report covers so far.
		if (the && (!adjective || /^(?:first|latest)$/i.test(adjective)) && unit === 'month' && amount !== null && amount < 12 && Number.isInteger(amount)) {
			const lead = wordBefore(text, m.index);
			if ((adjective && after !== 'of') || (/^(?:in|for|during|through)$/.test(lead) && /^\s*,/.test(tail))) anchored = 'yearStart';
		}
		if (c.expression.kind === 'duration' && !upperText) {
			c.expression.unit = unit;
			c.expression.amount = amount === null ? vagueReach(quantityText) : amount;
			if (anchored) c.expression.anchored = anchored;
		}
		if (mod) c.mod = mod;
		if (amount === null) c.approximate = true;
		return upperText || amount === null || !Number.isInteger(amount) ? c : withFinerPart(c, text, amount, unit);
	}
};

const FINER_PART = pattern(`(,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+(?=\\d))(${QUANTITY_PATTERN})\\s+(${UNIT_PATTERN})${WORD_END}`, true);
const UNIT_ORDER: DurationUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'century', 'millennium'];

/**
 * "three years and a month", "three years, eight months and 20 days", "2 hours 15 minutes": one duration
 * told in units each finer than the last; a list with commas ends with "and".
 */
export function withFinerPart(c: Candidate, text: string, amount: number, unit: DurationUnit): Candidate {
	if (c.expression.kind !== 'duration') return c;
	const parts = [{ amount, unit }];
	let end = c.end;
	let closed = false;
	let lastClosed: { end: number; count: number } | undefined;
	for (;;) {
		FINER_PART.lastIndex = end;
		const m = FINER_PART.exec(text);
		if (!m) break;
		const finer = unitOf(m[3]);
		const counted = amountOf(m[2])?.value;
		// "three months and a fortnight": two weeks, as a fortnight is anywhere.
		const finerAmount = counted == null ? counted : counted * unitScale(m[3]);
		const coarser = parts[parts.length - 1].unit;
		if (!finer || finerAmount == null || UNIT_ORDER.indexOf(finer) >= UNIT_ORDER.indexOf(coarser)) break;
		if (/^(?:a|an)$/i.test(m[2]) && /s$/i.test(m[3])) break;
		// ", and three months later": a clause of its own, not a part of this length.
		if (parts.length === 1 && /^,\s*and/i.test(m[1])) break;
		parts.push({ amount: finerAmount, unit: finer });
		end += m[0].length;
		// A list with commas ends with "and"; "2 hours 15 minutes" needs none.
		closed = /and/i.test(m[1]) || !m[1].includes(',');
		if (closed) lastClosed = { end, count: parts.length };
	}
	// "after 3 hours 54 minutes, 38 seconds ahead of a group": a comma the list does not close ends it where
	// it last was whole.
	if (!closed && lastClosed) {
		({ end } = lastClosed);
		parts.length = lastClosed.count;
		closed = true;
	}
	// "two years, and three months later": an offset, as "after" or "before" closing a clause would be.
	if (!closed || /^\s+(?:(?:later|earlier|ago|afterwards)\b|(?:before|after|on)\s*(?:[.,;:!?]|$))/i.test(text.slice(end, end + 14))) return c;
	const value = compoundDurationValue(parts);
	if (!value) return c;
	// A stretch tied to the calendar ("the past two years and six months") is measured in the finer unit;
	// one with no exact conversion ("a year and a day") keeps its length but gets no stretch.
	const expression: DurationExpression = { ...c.expression, value };
	const measured = inFinestUnit(parts);
	if (measured) Object.assign(expression, measured);
	else delete expression.anchored;
	return { ...c, end, expression };
}

/** The whole length in its finest unit, where the calendar fixes every conversion. */
export function inFinestUnit(parts: { amount: number; unit: DurationUnit }[]): { amount: number; unit: DurationUnit } | null {
	const finest = parts[parts.length - 1].unit;
	let total = 0;
	for (const { amount, unit } of parts) {
		const per = unit === finest ? 1 : FINER_MEASURE[`${unit}/${finest}`];
		if (!per) return null;
		total += amount * per;
	}
	return { amount: total, unit: finest };
}

/** The next finer unit a length in a coarser one converts to exactly. */
const NEXT_FINER: Partial<Record<DurationUnit, DurationUnit>> = { year: 'month', week: 'day', day: 'hour', hour: 'minute', minute: 'second' };

/**
 * A fraction of a unit as a whole number of the next finer one, where the calendar fixes the conversion:
 * half an hour is 30 minutes, a year and a half 18 months; null where it is not whole ("a week and a half").
 */
export function inWholeFinerUnit(amount: number, unit: DurationUnit): { amount: number; unit: DurationUnit } | null {
	const finer = NEXT_FINER[unit];
	const finerAmount = finer && amount * FINER_MEASURE[`${unit}/${finer}`]!;
	return finer && finerAmount && Number.isInteger(finerAmount) ? { amount: finerAmount, unit: finer } : null;
}

/** How many of a finer unit make one of a coarser, where the calendar fixes it. */
const FINER_MEASURE: Partial<Record<string, number>> = {
	'decade/year': 10,
	'year/quarter': 4,
	'year/month': 12,
	'decade/month': 120,
	'quarter/month': 3,
	'week/day': 7,
	'day/hour': 24,
	'hour/minute': 60,
	'minute/second': 60
};

/** Words after which "one day" is some day: a subject, "to" or a modal before the verb it dates. */
const SOME_DAY_BEFORE = /^(?:to|he|she|they|we|i|you|it|who|that|might|could|would|will|may|can|should|must|and|but)$/;

/**
 * "One day, the soldiers came", "he hopes to one day return", "he one day would lead": "one day" as an
 * adverb, at the head of its clause or before its verb, names some unknown day, not a length of time
 * ("had been in the job one day").
 */
function someDay(m: RegExpExecArray, text: string, after: string): boolean {
	const [, the, adjective, quantityText, upperText, separator, unitWord] = m;
	if (the || adjective || upperText || separator.includes('-') || !/^one$/i.test(quantityText) || !/^day$/i.test(unitWord)) return false;
	const next = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
	if (/^(?:['’]s|-)/.test(next)) return false;
	if (/^(?:later|earlier|after|before|ago|of|a|an|per|each|and|or|to)$/.test(after)) return false;
	return /^(?:|[.,;:!?"“”(—–])$/.test(charBefore(text, m.index)) || SOME_DAY_BEFORE.test(wordBefore(text, m.index));
}

/** A verb of scoring before "a century" or "his century", which is then a hundred runs. */
const SCORED_BEFORE = /\b(?:scor\w*|made|makes|making|hit|hits|struck|reach\w*|notch\w*)\s+(?:(?:a|an|his|her|their)\s+)?(?:(?:maiden|fine|unbeaten|fighting|brilliant|first|second|third|fourth|fifth)\s+)?$/i;

/** Words after which a bare unit is a length: "for weeks", "took months", "will need weeks to measure". */
const BARE_INTRODUCERS = new Set(['for', 'within', 'over', 'after', 'in', 'took', 'take', 'takes', 'lasted', 'last', 'spent', 'spend', 'waited', 'need', 'needs', 'needed']);

const barePlural: Recognizer = {
	name: 'bareDuration',
	triggers: ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'],
	pattern: pattern(`${WORD_START}(seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?:-(long|old))?${WORD_END}`, true),
	build(m, text) {
		const unit = unitOf(m[1]) as DurationUnit;
		const before = wordBefore(text, m.index);
		const after = wordAfter(text, m.index + m[0].length).toLowerCase();
		// "days of talks" is a length; "the final days of 2020" a part of that year, which the modifier
		// refiner reads.
		// "the last days of December": "last" after a determiner is the adjective, not the verb ("would last days").
		const lastAsAdjective = before === 'last' && PHRASE_DETERMINERS.has(wordsBefore(text, m.index, 2)[0]?.toLowerCase() ?? '');
		const introduced = (BARE_INTRODUCERS.has(before) && !lastAsAdjective) || (after === 'of' && !/^(the|these|those|its|their|his|her|our|my|your|first|last|final|opening|closing|dying|waning|\d.*)$/.test(before)) || m[2] === 'long';
		if (!introduced) return null;
		// "sold 1.9 terawatt-hours of electricity", "man-hours": the last part of a unit of something else.
		if (/\p{L}-$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
		// "in the early hours of Thursday", "the small hours": a part of that day, not a length of time.
		if (/^(?:early|small|wee)$/.test(before)) return null;
		// "in years" after a comparative ("the worst in years") and "for years" are both durations; "in
		// days" at the end of a claim is too. A number before the unit is read by the quantity recognizer.
		if (/^(before|after|later|earlier|ago)$/.test(after)) return null;
		return duration(m.index, m.index + m[0].length, durationValue(null, unit), 'bareDuration');
	}
};

const ANCHORED_ADJECTIVES = Object.keys(ANCHORED);

/** "the past year and a half", "the next month and a half": one and a half units, told without a number. */
const unitAndAHalf: Recognizer = {
	name: 'unitAndAHalf',
	triggers: followed('the', ANCHORED_ADJECTIVES),
	pattern: pattern(`${WORD_START}the\\s+(${ANCHORED_ADJECTIVES.join('|')})\\s+(${UNIT_PATTERN})\\s+and\\s+a\\s+half${WORD_END}`, true),
	build(m) {
		const unit = unitOf(m[2]);
		if (!unit || /s$/i.test(m[2])) return null;
		const expression: DurationExpression = { kind: 'duration', value: durationValue(1.5, unit), unit, amount: 1.5, anchored: ANCHORED[m[1].toLowerCase()] };
		return { start: m.index, end: m.index + m[0].length, type: 'DURATION', expression, source: 'duration' };
	}
};

/** The units said one more of: "another week", "another fortnight" ("another day" is as often some other day). */
const ONE_MORE_UNITS = ['hour', 'week', 'fortnight', 'month', 'year', 'decade'];

/**
 * "would brighten for another fortnight", "stayed another week": one more of a unit, a length. "Another
 * day" is left alone: "another day of protests" and "fight another day" are days, not lengths.
 */
const oneMore: Recognizer = {
	name: 'oneMoreUnit',
	triggers: followed('another', ONE_MORE_UNITS),
	pattern: pattern(`${WORD_START}another\\s+(${ONE_MORE_UNITS.join('|')})${WORD_END}(?![-'’])`, true),
	build(m) {
		const unit = unitOf(m[1]);
		if (!unit) return null;
		const amount = unitScale(m[1]);
		return { start: m.index, end: m.index + m[0].length, type: 'DURATION', expression: { kind: 'duration', value: durationValue(amount, unit), unit, amount }, source: 'duration' };
	}
};

export const durationRecognizers: Recognizer[] = [quantityDuration, unitAndAHalf, barePlural, oneMore];
