/**
 * Which time a mention takes, and how honestly. In order of preference:
 * 1. the time expression governing its clause (its own clause, else a fronted adverbial of the sentence);
 *    a date after "for" says what the happening was for ("declared a truce for Christmas"), and dates
 *    only a happening told by a noun, when its clause has no other time;
 * 2. for a claim reported by a statement, the statement's time as an upper bound ("on or before");
 * 3. the time of the passage it continues (the previous sentence's dated happening), marked inferred;
 * 4. the publication date as an upper bound (basis `reported`: it happened on or before it);
 * 5. nothing: an undated article's undated happening stays undated.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, format, startOfDay } from 'date-fns';
import type { PublicationDate, TimeMention, TimeSpan } from '../../model';
import type { Clause, Word } from '../text/clauses';

/** A time expression of the sentence with the word indices it covers. */
export interface PlacedTime {
	time: TimeMention;
	first: number;
	last: number;
}

export function placeTimes(words: Word[], times: TimeMention[]): PlacedTime[] {
	const placed: PlacedTime[] = [];
	for (const time of times) {
		let first = -1;
		let last = -1;
		for (let i = 0; i < words.length; i++) {
			if (words[i].end <= time.start || words[i].start >= time.end) continue;
			if (first < 0) first = i;
			last = i;
		}
		if (first >= 0) placed.push({ time, first, last });
	}
	return placed;
}

/** Time expressions that can date a happening: dates and times, and durations tied to the calendar. */
export function canAnchor(time: TimeMention): boolean {
	if (time.type === 'SET') return false;
	if (time.type === 'DURATION') return !!time.span;
	return true;
}

/**
 * The time expression governing word `head` inside `clause`: the nearest one in the clause, where one
 * standing right after the trigger ("seized Kabul on August 15") beats one further away. `skip` removes
 * expressions that belong to another trigger (a speech verb's own "said on Monday").
 */
export function governingTime(placed: PlacedTime[], clause: Clause, head: number, skip?: (p: PlacedTime) => boolean): PlacedTime | undefined {
	let best: PlacedTime | undefined;
	let bestDistance = Infinity;
	for (const p of placed) {
		if (p.first < clause.first || p.last > clause.last) continue;
		if (!canAnchor(p.time) || skip?.(p)) continue;
		const distance = p.first > head ? p.first - head : (head - p.last) * 1.5;
		if (distance < bestDistance) {
			best = p;
			bestDistance = distance;
		}
	}
	return best;
}

/** The span a time expression gives a mention; null when it has none (unresolved or impossible). */
export function spanOf(time: TimeMention): TimeSpan | null {
	return time.span ? { ...time.span } : null;
}

/**
 * "On or before the publication date": what an article's undated happening is known to satisfy. A
 * publication instant ("2024-04-15T06:00Z") bounds by its whole UTC day: "on or before 06:00" would claim
 * a precision the article does not give.
 */
export function reportedBy(published: PublicationDate | null): TimeSpan | null {
	if (!published) return null;
	const day = startOfDay(new UTCDate(published.span.start));
	const value = format(day, 'yyyy-MM-dd');
	return {
		start: day.getTime(),
		end: addDays(day, 1).getTime(),
		granularity: 'day',
		value,
		basis: 'reported',
		anchor: { kind: 'publication', value: published.span.value, estimate: published.estimate || undefined },
		approximate: false,
		mod: 'ON_OR_BEFORE',
		known: []
	};
}

/** A claim voiced by a statement happened on or before the statement. */
export function boundedByStatement(statement: TimeSpan, text: string, offset: number): TimeSpan {
	return {
		...statement,
		basis: statement.basis === 'reported' ? 'reported' : 'inferred',
		anchor: statement.basis === 'reported' ? statement.anchor : { kind: 'mention', value: statement.value, text, offset },
		mod: 'ON_OR_BEFORE',
		known: []
	};
}

/** A sentence that carries on a dated passage takes the passage's time, marked as inferred from it. */
export function inheritedFrom(passage: TimeSpan, text: string, offset: number): TimeSpan {
	return {
		...passage,
		basis: 'inferred',
		anchor: { kind: 'mention', value: passage.value, text, offset, estimate: passage.anchor?.estimate },
		known: []
	};
}
