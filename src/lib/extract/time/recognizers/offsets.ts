import { parseQuantity, QUANTITY_PATTERN } from '$lib/extract/text/numbers';
import { calendarUnit, COUNTED_FOLLOWERS, QUANTITY_TRIGGERS, unitOf, unitScale, UNIT_PATTERN } from '../calendarWords';
import { AND_A_PART_OF_A_UNIT, inFinestUnit, inWholeFinerUnit, partOfAUnit } from './durations';
import type { Candidate, Unit } from '../expression';
import { pattern, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Points counted from another time: "two weeks ago", "a week or so ago", "more than two and a half
 * decades ago" (counted from the time of writing); "three days later", "a year earlier", "two months
 * before" at the end of a clause (counted from the time the text last spoke of); "two years from now".
 * "Two days after that" counts from the time last spoken of too; "two days after the attack" counts from
 * an event, not a time, and is left to the duration reader.
 *
 * A point keeps the unit's granularity ("five months ago" is a month), unless the text says to the day
 * ("thirty years ago today") or week ("ten years ago this week"). Decades and centuries are counted
 * in years, because "two and a half decades ago" names a year, not a decade; such points are approximate.
 * A vague amount ("a few years ago", "years ago") is only PAST_REF or FUTURE_REF.
 */

/**
 * A figure set against another before "a year ago": an amount, a rate, or a word of comparison ("up from
 * $5 million a year ago", "3.1% a year ago"); "the 52 people killed … a year ago" counts people, not a figure.
 */
const FIGURE_COMPARED = /[$€£¥]\s?\d|\d(?:[.,]\d+)?\s?(?:%|percent|per\s+cent|points?|cents?|(?:m|bn|million|billion|trillion|thousand)\b)|\b(?:from|than|compared|versus|vs|against)\b/i;

const DIRECTION = '(ago|earlier|later|before\\s+that|after\\s+that|before|after|hence|from\\s+now|from\\s+to-?day|back|previously|afterwards?|on)';

const offset: Recognizer = {
	name: 'offset',
	triggers: QUANTITY_TRIGGERS,
	numberFollowers: COUNTED_FOLLOWERS,
	pattern: pattern(
		`${WORD_START}(${QUANTITY_PATTERN})[\\s-]+(?:(?:more|full|long)\\s+)?(${UNIT_PATTERN})(?:(${AND_A_PART_OF_A_UNIT})|\\s+and\\s+(${QUANTITY_PATTERN})\\s+(${UNIT_PATTERN}))?(\\s+or\\s+so)?\\s+${DIRECTION}(\\s+(?:to-?day|to\\s+the\\s+day|this\\s+(week|month)))?${WORD_END}`,
		true
	),
	build(m, text) {
		const [, quantityText, unitWord, andAPart, finerQuantityText, finerUnitWord, orSo, directionWord, toThePeriod, thisPeriod] = m;
		const direction = directionWord.toLowerCase().replace(/\s+/g, ' ').replace('to-day', 'today');
		const end = m.index + m[0].length;
		// "later"/"earlier"/"before"/"after"/"on" take a time of reference only when nothing follows them:
		// "two days before the vote" counts from the vote.
		if (/^(before|after|on|back)$/.test(direction) && !/^\s*(?:[.,;:!?)"”'’]|$|\s(?:and|but|when|as|while)\s)/.test(text.slice(end, end + 8))) return null;
		// "watches of four hours on and four off": a shift's length, not a time counted on.
		if (direction === 'on' && /^\s+and\s+[\p{L}\p{N}]+(?:\s+hours?)?\s+off\b/iu.test(text.slice(end, end + 24))) return null;
		// "For three weeks afterwards the water stood": how long, from the time before; the stretch is a duration.
		if (/^(later|after|afterwards?|on)$/.test(direction) && /(?:^|[^\p{L}])for\s+(?:(?:another|some|about|nearly|almost)\s+)?$/iu.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
		// "a year later than planned": a delay, measured against a plan, not a time counted from another.
		if (/^(later|earlier)$/.test(direction) && /^\s+than\b/i.test(text.slice(end, end + 6))) return null;
		const durationUnit = unitOf(unitWord);
		const quantity = parseQuantity(quantityText);
		if (!durationUnit || !quantity) return null;
		if (/^(?:a|an)$/i.test(quantityText) && /s$/i.test(unitWord)) return null;
		const sign = /^(ago|earlier|before|before that|back|previously)$/.test(direction) ? -1 : 1;
		let from: 'utterance' | 'reference' = /^(ago|hence|from now|from today|back)$/.test(direction) ? 'utterance' : 'reference';
		// "up from $5 million a year ago", "A year earlier, it earned $2.4 million": a figure compared with
		// the same period a year before.
		const clause = text.slice(Math.max(0, m.index - 80), m.index).split(/[.;!?]\s/).pop() ?? '';
		const rest = /^\W*(?:[^.;!?]|\.\d)*/.exec(text.slice(end, end + 80))?.[0] ?? '';
		const comparison =
			sign < 0 &&
			quantity.value === 1 &&
			(durationUnit === 'year' || durationUnit === 'quarter') &&
			(FIGURE_COMPARED.test(clause) || (clause.trim() === '' && /[$€£¥]\s?\d|\d\s?%|\bcents?\b/.test(rest)));
		if (comparison) from = 'reference';
		if (quantity.value === null) {
			if (from === 'reference') return null;
			return {
				start: m.index,
				end,
				type: 'DATE',
				expression: { kind: 'ref', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' },
				source: 'offset'
			};
		}
		// "a fortnight ago" is two weeks back, "a half-century ago" fifty years.
		const scale = unitScale(unitWord);
		let amount = (quantity.value + (andAPart ? partOfAUnit(andAPart) : 0)) * scale;
		let unit: Unit | null = calendarUnit(durationUnit);
		let approximate = !!orSo;
		// "four years and three months earlier": counted in the finer unit, 51 months. A pair the calendar
		// does not convert ("four months and eight days later") is counted on the calendar, the coarser unit
		// first and then the finer one.
		let counted = false;
		let then: { unit: Unit; amount: number } | undefined;
		if (finerUnitWord) {
			const finerUnit = unitOf(finerUnitWord);
			const finerAmount = parseQuantity(finerQuantityText)?.value;
			const whole = finerUnit && finerAmount != null ? inFinestUnit([{ amount, unit: durationUnit }, { amount: finerAmount, unit: finerUnit }]) : null;
			const wholeUnit = whole && calendarUnit(whole.unit);
			const finerCalendarUnit = finerUnit && calendarUnit(finerUnit);
			if (whole && wholeUnit) [unit, amount, counted] = [wholeUnit, whole.amount, true];
			else if (finerCalendarUnit && finerAmount != null && finerAmount > 0 && Number.isInteger(finerAmount) && Number.isInteger(amount)) [then, counted] = [{ unit: finerCalendarUnit, amount: finerAmount }, true];
			else approximate = true;
		}
		// Decades and centuries, halves and quarters of them, are round figures: "a quarter-century ago" is about 25 years.
		if (!counted && durationUnit === 'year' && scale > 1) approximate = true;
		if (!counted && (durationUnit === 'decade' || durationUnit === 'century' || durationUnit === 'millennium')) {
			amount *= durationUnit === 'decade' ? 10 : durationUnit === 'century' ? 100 : 1000;
			unit = 'year';
			approximate = true;
		}
		// "half an hour later", "a year and a half ago": a part of a unit is counted in the next finer one where
		// that is exact (30 minutes, 18 months); "two and a half weeks ago" stays about that.
		const whole = !counted && !Number.isInteger(amount) ? inWholeFinerUnit(amount, durationUnit) : null;
		const wholeUnit = whole && calendarUnit(whole.unit);
		if (whole && wholeUnit) [unit, amount] = [wholeUnit, whole.amount];
		if (!unit || amount <= 0) return null;
		if (!Number.isInteger(amount)) approximate = true;
		const c: Candidate = {
			start: m.index,
			end,
			type: unit === 'hour' || unit === 'minute' ? 'TIME' : 'DATE',
			expression: { kind: 'point', fields: {}, relation: { kind: 'shift', unit, amount, then, sign, from, comparison: comparison || undefined, toThe: toThePeriod ? ((thisPeriod?.toLowerCase() as 'week' | 'month' | undefined) ?? 'day') : undefined } },
			source: 'offset'
		};
		if (approximate) c.approximate = true;
		if (orSo) c.mod = 'APPROX';
		return c;
	}
};

export const offsetRecognizers: Recognizer[] = [offset];
