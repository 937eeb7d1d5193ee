import { QUANTITY_PATTERN } from '$lib/extract/text/numbers';
import { sentenceEndsBetween } from '$lib/extract/text/sentences';
import { DATE_FIELDS, type Candidate, type Fields, type PointExpression, type RangeExpression } from '../expression';

/**
 * Gives a clock time, or a part of the day alone, the day named right after it: "10:35 a.m. (0735 GMT)
 * Friday", "at 5 p.m. on Monday", "at 4 in the morning (4 a.m. EDT Thursday)", "at 21:45 Khartoum time on
 * Monday", "at dawn on Sunday", "at six o'clock on the Friday", "at 7pm ET in Tuesday's election", "at three o'clock in the afternoon of 14
 * December", "at 5.17 in the morning of Friday 26 July". Only spaces, "on", commas, a zone and a
 * parenthesised time may stand between, or a place ("at 5 p.m. in Kabul on Monday", "in the capital"), or
 * "in", "during" or "at" before the day's event, or "of" after the part of the day the clock is told in, or
 * "in" before a part of a day that names its day; a range of times ("from 10am to 3pm on Friday") takes it
 * for both ends. A time before its day is read with that day; a time after a day in the same sentence
 * takes it from the earlier mention.
 */
const ZONE = String.raw`(?:[A-Z]{2,5}|local\s+time|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}[Tt]ime)`;
const PLACE = String.raw`(?:in\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}[\s,]*)`;
const BETWEEN = new RegExp(String.raw`^[\s,()]*(?:${ZONE}[\s,()]*)?(?:\d{1,2}[:.]?\d{2}\s*${ZONE}?[\s,()]*)?${PLACE}?(?:on\s+(?:the\s+)?)?$`, 'u');

function isTimeOnly(c: Candidate): boolean {
	const e = c.expression;
	return !c.dayOf && e.kind === 'point' && (e.fields.hour !== undefined || e.fields.partOfDay !== undefined) && e.fields.day === undefined && e.fields.weekday === undefined && !e.relation;
}

/** "from 10am to 3pm" before "on Friday": a range of clock times, neither end with a day. */
function isTimesOnly(c: Candidate): boolean {
	const e = c.expression;
	return e.kind === 'range' ? !!e.clock && isTimeOnly(e.from) && isTimeOnly(e.to) : isTimeOnly(c);
}

/**
 * The end of a range of clock times whose start names its day ("6pm tomorrow until midday"), as the clock
 * alone, without the day the range gave it from its start; undefined for other candidates.
 */
function dayLessEnd(c: Candidate): PointExpression | undefined {
	const e = c.expression;
	if (e.kind !== 'range' || !e.clock || e.to.expression.kind !== 'point' || e.from.expression.kind !== 'point') return undefined;
	const to = e.to.expression;
	const f = to.fields;
	if (f.hour === undefined) return undefined;
	// The end took its start's day (`mergeRanges`): its date fields, or the very same relation object.
	if (to.dayOfOtherEnd) {
		const own: Fields = { ...f };
		for (const k of DATE_FIELDS) delete own[k];
		return { ...to, fields: own, relation: undefined, dayOfOtherEnd: undefined };
	}
	if (f.day !== undefined || f.weekday !== undefined || f.month !== undefined) return undefined;
	if (to.relation && to.relation !== e.from.expression.relation) return undefined;
	return { ...to, relation: undefined };
}

/** The time, or both ends of a range of times, read on `day`. */
function onDay(c: Candidate, day: Candidate): Candidate {
	const e = c.expression;
	return e.kind === 'range' ? { ...c, expression: { ...e, from: { ...e.from, dayOf: day }, to: { ...e.to, dayOf: day } } } : { ...c, dayOf: day };
}

/** A day counted from another ("two days later", "a week ago"): whole days, which a clock time can be read on. */
function isShiftedDay(c: Candidate): boolean {
	const r = c.expression.kind === 'point' ? c.expression.relation : undefined;
	return r?.kind === 'shift' && r.amount !== null && (r.unit === 'day' || r.unit === 'week');
}

function isDay(c: Candidate): boolean {
	const e = c.expression;
	if (e.kind !== 'point' || e.fields.hour !== undefined) return false;
	if (e.fields.day !== undefined || (e.fields.weekday !== undefined && e.fields.month === undefined)) return true;
	// A holiday is a day: "at 8 p.m. on Thanksgiving", "at noon on Easter Sunday".
	if (e.fields.nthWeekday !== undefined || e.fields.fromEaster !== undefined) return true;
	return ((e.relation?.kind === 'deictic' || e.relation?.kind === 'anaphoric') && e.relation.unit === 'day') || isShiftedDay(c);
}

/**
 * Days counted from an event the text names, not from a time, right after a clock time: "at 6 a.m. ten
 * days before the shooting", "at noon the day after the vote". That time is of a day the tagger cannot
 * place. Set off by a comma, such a count only relates the time to the event ("at midnight, 11 months
 * after the Wall was opened"), and the time keeps the day it is told on.
 */
const DAYS_FROM_AN_EVENT = new RegExp(
	String.raw`^\s+(?:the|${QUANTITY_PATTERN})[\s-]+(?:days?|nights?|weeks?)\s+(?:before|after|prior\s+to|ahead\s+of)\s+(?:the|a|an|his|her|their|its)\s`,
	'i'
);

/** A day the text gives in brackets after a time: "at 4 in the morning (4 a.m. EDT Thursday)". */
function hasDay(c: Candidate): boolean {
	const e = c.expression;
	if (e.kind !== 'point') return false;
	return e.fields.day !== undefined || e.fields.weekday !== undefined || ((e.relation?.kind === 'deictic' || e.relation?.kind === 'anaphoric') && e.relation.unit === 'day');
}

/** "Polls close at 7pm ET in Tuesday's election", "at noon during Friday's rally": the time of that day's event. */
const IN_AN_EVENT = /^\s*(?:in|during|at)\s+$/;
function ofTheDaysEvent(c: Candidate, day: Candidate, text: string): boolean {
	return day.expression.kind === 'point' && !!day.expression.attributive && IN_AN_EVENT.test(text.slice(c.end, day.start));
}

/** "at three o'clock in the afternoon of 14 December": a clock told with its part of the day, then "of" its day. */
const PART_OF_DAY_END = /(?:morning|afternoon|evening|night)$/i;
function partOfItsDay(c: Candidate, day: Candidate, text: string): boolean {
	return PART_OF_DAY_END.test(text.slice(c.end - 9, c.end)) && /^\s+of\s+$/.test(text.slice(c.end, day.start));
}

/** "at 5.17 in the morning of Friday 26 July": a clock told in a part of the day that names its day. */
function inItsPartOfDay(c: Candidate, day: Candidate, text: string): boolean {
	return day.expression.kind === 'point' && day.expression.fields.partOfDay !== undefined && /^\s+in\s+$/.test(text.slice(c.end, day.start));
}

/** `c` is followed by days counted from an event, in which no time is found but the count ("ten days"). */
function countsFromAnEvent(c: Candidate, next: Candidate | undefined, text: string): boolean {
	const m = DAYS_FROM_AN_EVENT.exec(text.slice(c.end, c.end + 80));
	return !!m && (!next || next.start >= c.end + m[0].length || next.expression.kind === 'duration');
}

/**
 * A word in lower case ending a sentence between a time and a day: "at 6.30 in the morning. Eight days
 * later" (a place may hold points of its own: "in St. Louis", "in Washington, D.C.").
 */
const SENTENCE_END_BETWEEN = /\p{Ll}{2}[.!?]\s/u;

/** Whether a sentence ends between the time ending at `from` and the day starting at `to`. */
function endsBetween(text: string, from: number, to: number): boolean {
	return sentenceEndsBetween(text, from, to) || SENTENCE_END_BETWEEN.test(text.slice(from, to));
}

export function linkTimesToDays(candidates: Candidate[], text: string): Candidate[] {
	const out = [...candidates];
	let day: Candidate | null = null;
	for (let i = out.length - 1; i >= 0; i--) {
		const c = out[i];
		const next = out[i + 1];
		if (isTimeOnly(c) && next && next !== day && hasDay(next) && /^\s*\(\s*$/.test(text.slice(c.end, next.start))) {
			out[i] = { ...c, dayOf: next };
			day = null;
			continue;
		}
		if (isDay(c)) {
			day = c;
			continue;
		}
		if (isTimesOnly(c) && countsFromAnEvent(c, next, text)) {
			out[i] = { ...c, dayOfEvent: true };
			day = null;
			continue;
		}
		if (day && isTimesOnly(c) && day.start - c.end <= 30 && (BETWEEN.test(text.slice(c.end, day.start)) || ofTheDaysEvent(c, day, text) || partOfItsDay(c, day, text) || inItsPartOfDay(c, day, text)) && !endsBetween(text, c.end, day.start)) {
			out[i] = onDay(c, day);
			continue;
		}
		// "from 6pm tomorrow until midday on Saturday": a range whose end is a clock that took its day from the
		// start; the day after it is the end's own, and joins it, so that the range reads it forward.
		const end = dayLessEnd(c);
		const dayPoint = day?.expression.kind === 'point' ? day.expression : undefined;
		if (day && dayPoint && !dayPoint.relation && end && day.start - c.end <= 30 && BETWEEN.test(text.slice(c.end, day.start)) && !endsBetween(text, c.end, day.start)) {
			const e = c.expression as RangeExpression;
			const to: Candidate = { ...e.to, end: day.end, expression: { ...end, fields: { ...end.fields, ...dayPoint.fields } } };
			out[i] = { ...c, end: day.end, expression: { ...e, to } };
			out.splice(out.indexOf(day), 1);
			day = null;
			continue;
		}
		if (!isTimesOnly(c)) day = null;
	}
	return out;
}
