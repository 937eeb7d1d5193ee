import { sentenceEndsBetween } from '$lib/extract/text/sentences';
import { DATE_FIELDS, isClockTimeAlone, isDayLevel, isPartOfANamedDay, type Candidate, type Fields, type PointExpression } from '../expression';
import { HOUR_WORDS, hourNumber } from '../recognizers/clockTimes';
import { APPROXIMATING_HEDGE } from './attachModifiers';

/**
 * Joins two dates that a text gives as the ends of one stretch: "from 1996 to 2001", "between May and
 * July", "from Aug. 30 to Sept. 2", "Aug. 30-Sept. 2". The mention covers both ends, without the "from" or
 * "between" before them. A missing year or month is shared between the ends: "between May and July
 * 2021" is May 2021 to July 2021; "December 2020 to February" runs into 2021. Two clock times make a
 * range of one day ("from 10am to 3pm"), or of a night ("between 10pm and 6am").
 */

const point = (c: Candidate): PointExpression | null => (c.expression.kind === 'point' ? c.expression : null);

const hasYear = (f: Fields) => f.year !== undefined || f.yearInCentury !== undefined || f.decade !== undefined || f.century !== undefined;

function shareParts(from: Fields, to: Fields): [Fields, Fields] {
	const a = { ...from };
	const b = { ...to };
	if (b.month === undefined && b.day !== undefined && a.month !== undefined) b.month = a.month;
	// "from the 15th to the 18th of July", "between the 28th and the 2nd of March": a month named after both
	// days is the last one's, and the first's too unless its day comes later (then the month before).
	if (a.month === undefined && a.day !== undefined && b.month !== undefined && b.day !== undefined) {
		const before = a.day > b.day;
		a.month = before ? (b.month === 1 ? 12 : b.month - 1) : b.month;
		if (a.year === undefined && b.year !== undefined) a.year = before && b.month === 1 ? b.year - 1 : b.year;
	}
	if (a.year === undefined && b.year !== undefined && a.month !== undefined && b.month !== undefined) {
		a.year = a.month > b.month ? b.year - 1 : b.year;
	}
	if (b.year === undefined && a.year !== undefined && b.month !== undefined && a.month !== undefined) {
		b.year = b.month < a.month ? a.year + 1 : a.year;
	}
	return [a, b];
}

/**
 * "between May and August of that year", "from March to June last year": a year named relatively at the
 * end of a range of months is the year of both ends (the first month not after the last).
 */
function sharedYear(a: PointExpression, b: PointExpression): PointExpression['relation'] {
	const year = b.relation;
	if (a.relation || !year || (year.kind !== 'deictic' && year.kind !== 'anaphoric') || year.unit !== 'year') return undefined;
	if (a.fields.month === undefined || b.fields.month === undefined || hasYear(a.fields) || a.fields.month > b.fields.month) return undefined;
	return year;
}

/** "today", "tomorrow": a day counted from the writing. */
const dayFromWriting = (e: PointExpression) => e.relation?.kind === 'deictic' && e.relation.unit === 'day' && e.fields.hour === undefined;
/** "March 29", "Friday": a day the text names, which the tense places. */
const namedDay = (e: PointExpression) => !e.relation && (e.fields.day !== undefined || e.fields.weekday !== undefined) && e.fields.hour === undefined;

/** "last year", "this month", "January last", "last March": a month or year counted from the writing. */
const fromTheWriting = (e: PointExpression) => (e.relation?.kind === 'deictic' && (e.relation.unit === 'year' || e.relation.unit === 'month')) || (e.relation?.kind === 'named' && e.fields.month !== undefined);

function compatible(a: PointExpression, b: PointExpression): boolean {
	if (sharedYear(a, b)) return true;
	// "from tomorrow to March 29", "from today until Friday": a day counted from the writing and a named one.
	if ((dayFromWriting(a) && namedDay(b)) || (namedDay(a) && dayFromWriting(b))) return true;
	// "between June 1880 and January last", "from September 2041 to March last year", "from 2049 until last
	// year": a stated time and a later one counted from the writing, each placed on its own.
	if (!a.relation && hasYear(a.fields) && a.fields.hour === undefined && b.fields.hour === undefined && fromTheWriting(b)) return true;
	if (a.relation || b.relation) {
		// Relative ends resolve separately; only the same kind of relative end makes a range.
		return !!a.relation && !!b.relation && a.relation.kind === b.relation.kind && a.relation.kind !== 'shift';
	}
	const aDate = a.fields.month !== undefined || a.fields.day !== undefined || hasYear(a.fields) || a.fields.weekday !== undefined;
	const bDate = b.fields.month !== undefined || b.fields.day !== undefined || hasYear(b.fields) || b.fields.weekday !== undefined;
	return aDate && bDate && a.fields.hour === undefined && b.fields.hour === undefined;
}

/**
 * "from 10am to 3pm", "between 10pm and 6am", "9.30am–4pm yesterday", "from 7am Sunday to 8pm Monday": two
 * clock times; one written without its day is on the other's.
 */
function clockRange(a: PointExpression, b: PointExpression): boolean {
	return a.fields.hour !== undefined && b.fields.hour !== undefined && a.fields.partOfDay === undefined && b.fields.partOfDay === undefined;
}

/** A clock time that says which half of the day it is in. */
const MERIDIEM = /[ap]\.?\s?m\b|noon|midnight|midday/i;
const AM_OR_PM = /[ap]\.?\s?m\b/i;
const PM = /p\.?\s?m\b/i;

/** Whether a start hour written without its half of the day is in the afternoon of an end at `endHour` p.m. ("10:30-11:45 p.m."). */
const afternoonBefore = (hour: number, endHour: number) => hour < 12 && hour + 12 <= endHour;

/** A clock's fields once its half of the day is known. */
function halfSaid(f: Fields): Fields {
	const { halfUnsaid, ...said } = f;
	return said;
}

/** The end of a clock range written without a day, on the day of the other end. */
function onTheDayOf(time: PointExpression, day: PointExpression): PointExpression {
	const fields: Fields = { ...time.fields };
	for (const k of DATE_FIELDS) if (day.fields[k] !== undefined) fields[k] = day.fields[k];
	return { ...time, fields, relation: day.relation, dayOfOtherEnd: true };
}

const isBareWeekday = (e: PointExpression) => e.fields.weekday !== undefined && Object.keys(e.fields).length === 1 && !e.relation;

/**
 * "from Thursday to Saturday last week": the week named after a range of weekdays holds both its ends (it
 * stays a mention of its own).
 */
function weekOfWeekdays(l: PointExpression, r: PointExpression, next: Candidate | undefined, end: number, text: string): PointExpression['relation'] {
	const week = next && point(next);
	if (!week || !isBareWeekday(l) || !isBareWeekday(r) || Object.keys(week.fields).length > 0) return undefined;
	if (week.relation?.kind !== 'deictic' || week.relation.unit !== 'week' || next!.mod) return undefined;
	return /^\s+(?:of\s+)?$/.test(text.slice(end, next!.start)) ? week.relation : undefined;
}

/** Verbs that move a time: what they move it from and to are two times, not a stretch. */
const MOVED = /\b(?:postpon|delay|defer|reschedul|push\w*(?:\s+\S+){0,3}\s+back|put(?:s|ting)?(?:\s+\S+){0,3}\s+(?:back|off)|br(?:ing|ought)\w*(?:\s+\S+){0,3}\s+forward|mov(?:e|ed|es|ing)\b|shift(?:ed|ing|s)\b|switch(?:ed|es|ing)\b|chang(?:ed|es|ing)\b|extend)[^.;:,]{0,60}\sfrom\s+$/i;

/** "pushing it back from 21 June to 19 July", "moved the vote from Tuesday to Thursday": a time moved. */
function movedFrom(text: string, start: number): boolean {
	return MOVED.test(text.slice(Math.max(0, start - 90), start));
}

/**
 * "November and December of that year", "in May or June next year": a month listed before a month of a
 * year the text counts is of that year too.
 */
function sharesYearCounted(l: PointExpression, r: PointExpression): boolean {
	const bareMonth = (e: PointExpression) => e.fields.month !== undefined && e.fields.day === undefined && e.fields.year === undefined;
	const counted = r.relation && (r.relation.kind === 'anaphoric' || r.relation.kind === 'deictic') && r.relation.unit === 'year';
	return !!counted && bareMonth(l) && !l.relation && bareMonth(r);
}

/**
 * "6pm on Monday 31 December", "6am today", "6pm tonight": a clock time and the day it is on, as one end of a
 * stretch of clock times (`clocksOnTheirDays`). Alone, the two stay two mentions, as TimeBank writes them.
 */
function clockOnItsDay(candidates: Candidate[], i: number, text: string): Candidate | null {
	const clock = candidates[i];
	const day = candidates[i + 1];
	const c = clock && point(clock);
	const d = day && point(day);
	if (!c || !d || clock.mod || day.mod || !isClockTimeAlone(c)) return null;
	const gap = text.slice(clock.end, day.start);
	// "6pm tonight": the clock is read in the part of the day, whose night runs past midnight.
	if (isPartOfANamedDay(d) && /^\s+$/.test(gap)) return { ...clock, end: day.end, dayOf: day, source: `${clock.source}+${day.source}` };
	if (!isDayLevel(d) || !/^\s+(?:on\s+)?$/i.test(gap)) return null;
	const fields: Fields = { ...d.fields, hour: c.fields.hour, minute: c.fields.minute };
	if (c.fields.zone) fields.zone = c.fields.zone;
	return { ...clock, end: day.end, expression: { kind: 'point', fields, relation: d.relation }, source: `${clock.source}+${day.source}` };
}

/**
 * The end of a stretch that starts with a clock time on its day: a clock time on its own day ("6am on
 * Tuesday", "6am Tuesday"), or a clock time alone, which is on the start's day ("from 10pm on Monday until
 * 6am"; `linkTimesToDays` can still give it a day named after it).
 */
function endClock(candidates: Candidate[], i: number, from: Candidate, text: string): Candidate | null {
	const onItsDay = clockOnItsDay(candidates, i, text);
	if (onItsDay) return onItsDay;
	const end = candidates[i];
	const e = end && point(end);
	if (!e || end.mod || e.fields.hour === undefined || e.fields.partOfDay !== undefined) return null;
	if (!isClockTimeAlone(e)) return end;
	// A start read in a part of its day ("6pm tonight") has no day fields to share.
	return from.dayOf ? null : { ...end, expression: onTheDayOf(e, from.expression as PointExpression) };
}

/**
 * "from 6pm on Monday 31 December until 6am on Tuesday 1 January 2036", "between 06:00 on Tuesday and
 * 18:00 on Wednesday": a stretch whose two ends are each a clock time on its day is one range, and so is one
 * whose end is a clock time alone ("from 10pm on Monday until 6am").
 */
function clocksOnTheirDays(candidates: Candidate[], i: number, text: string): Candidate | null {
	const from = clockOnItsDay(candidates, i, text);
	const to = from && endClock(candidates, i + 2, from, text);
	if (!from || !to || sentenceEndsBetween(text, from.end, to.start)) return null;
	const gap = text.slice(from.end, to.start);
	const before = text.slice(Math.max(0, from.start - 9), from.start).toLowerCase();
	const fromTo = /^\s*(?:to|through|until|till|thru)\s*$/i.test(gap) && /(?:^|\s)from\s+$/.test(before) && !movedFrom(text, from.start);
	const between = /^\s*and\s*$/i.test(gap) && /(?:^|\s)between\s+$/.test(before);
	if (!fromTo && !between) return null;
	return { start: from.start, end: to.end, type: 'TIME', expression: { kind: 'range', from, to, clock: true }, source: 'clockRange' };
}

/**
 * A bare hour opening a stretch of clock times, with the words that join it to the end: "between 4 and",
 * "from 9.30 to", "4-", "between four and". The number stands alone: not a part of a score, a date or a
 * larger number; an hour in words needs its "between" or "from".
 */
const BARE_HOUR_BEFORE = new RegExp(
	`(?:(?:^|[^\\p{L}\\p{N}])(between|from)\\s+|(?:^|[\\s(])(?=\\d{1,2}(?:[:.]\\d{2})?\\s?[-–]))(1[0-2]|0?[1-9]|${HOUR_WORDS.join('|')})(?:[:.]([0-5]\\d))?(\\s+(?:and|to|until|till|through)\\s+|\\s?[-–]\\s?)$`,
	'iu'
);
/** An end that says its half of the day, or that it is a clock: "7 a.m.", "ten o'clock", "10 in the evening". */
const SAYS_IT_IS_A_CLOCK = /[ap]\.?\s?m\b|o['’]clock|\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b/i;

/**
 * "between 4 and 7 a.m.", "from 9.30 to 11am", "open 4-7 p.m.", "between 8 and 10 o'clock": a start written
 * as a bare hour takes the half of the day the end says, unless that would put it after the end ("from 11
 * to 1 p.m." starts at 11 a.m.; "between 11 and 2 a.m.", at 11 p.m.), or leaves it unsaid as the end does.
 * The start is on the end's day.
 */
function bareHourRange(end: Candidate, text: string, after: number): Candidate | null {
	const e = point(end);
	const clockText = text.slice(end.start, end.end);
	if (!e || end.mod || e.fields.hour === undefined || e.fields.partOfDay !== undefined || !SAYS_IT_IS_A_CLOCK.test(clockText)) return null;
	const m = BARE_HOUR_BEFORE.exec(text.slice(Math.max(after, end.start - 24), end.start));
	if (!m) return null;
	const [, lead, hourText, minuteText, joiner] = m;
	const dash = /[-–]/.test(joiner);
	if (lead ? dash || /and/i.test(joiner) !== (lead.toLowerCase() === 'between') : !dash) return null;
	const hour = hourNumber(hourText);
	const endHour = e.fields.hour;
	const pm = AM_OR_PM.test(clockText) ? PM.test(clockText) : endHour >= 12;
	const startHour = pm ? (afternoonBefore(hour, endHour) ? hour + 12 : hour) : hour === 12 ? 0 : hour <= endHour ? hour : hour + 12;
	const start = end.start - m[0].length + m[0].indexOf(hourText, lead ? lead.length : 0);
	const fields: Fields = { ...e.fields, hour: startHour, minute: minuteText ? Number(minuteText) : 0 };
	const from: Candidate = { start, end: start + hourText.length + (minuteText ? minuteText.length + 1 : 0), type: 'TIME', expression: { ...e, fields }, source: 'bareHour' };
	return { start, end: end.end, type: 'TIME', expression: { kind: 'range', from, to: end, clock: true }, source: 'clockRange' };
}

/** A hedge that may stand between "from" or "between" and a range's start: "from about", "between roughly". */
const HEDGED = '(?:(?:about|around|approximately|roughly|some|circa|nearly|almost)\\s+)?';
const FROM_BEFORE = new RegExp(`(?:^|\\s)from\\s+${HEDGED}$`);
const BETWEEN_BEFORE = new RegExp(`(?:^|\\s)between\\s+${HEDGED}$`);

export function mergeRanges(candidates: Candidate[], text: string): Candidate[] {
	const out: Candidate[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const stretch = clocksOnTheirDays(candidates, i, text);
		if (stretch) {
			out.push(stretch);
			// The start is a clock and its day; the end, a clock alone or a clock and its day.
			i += stretch.end === candidates[i + 2].end ? 2 : 3;
			continue;
		}
		const fromBareHour = bareHourRange(candidates[i], text, out.length ? out[out.length - 1].end : 0);
		if (fromBareHour) {
			out.push(fromBareHour);
			continue;
		}
		const left = candidates[i];
		const right = candidates[i + 1];
		const l = point(left);
		const r = right ? point(right) : null;
		// Only a few words can join two ends ("to", "and", a dash): a longer gap joins nothing.
		const clock = !!l && !!r && clockRange(l, r);
		// "from 7 p.m. until almost midnight": a clock range's end may be hedged, and so is the range.
		const hedge = clock ? APPROXIMATING_HEDGE.exec(text.slice(Math.max(left.end, right.start - 24), right.start)) : null;
		const reach = 12 + (hedge ? hedge[0].length : 0);
		if (l && r && !left.mod && !right.mod && right.start - left.end <= reach && (clock || compatible(l, r)) && !sentenceEndsBetween(text, left.end, right.start)) {
			// "between August 1, 1927, and July 31, 1928": the comma that closes a year after its day is no gap.
			const yearClosed = l.fields.year !== undefined && /,\s*\d{4}$/.test(text.slice(left.start, left.end));
			const gapEnd = right.start - (hedge ? hedge[0].length : 0);
			const gap = yearClosed ? text.slice(left.end, gapEnd).replace(/^,/, '') : text.slice(left.end, gapEnd);
			const joinedTo = /^\s*(?:to|through|until|till|thru|[-–—])\s*$/i.test(gap);
			const joinedAnd = !joinedTo && /^\s*and\s*$/i.test(gap);
			// ("from about six in the morning until ten at night": the start may be hedged, and the hedge then
			// qualifies the whole range.)
			const before = joinedTo || joinedAnd ? text.slice(Math.max(0, left.start - 24), left.start).toLowerCase() : '';
			const afterFrom = joinedTo && FROM_BEFORE.test(before);
			const moved = afterFrom && movedFrom(text, left.start);
			const fromTo = afterFrom && !moved;
			const between = joinedAnd && BETWEEN_BEFORE.test(before);
			const dash = /^\s?[–—-]\s?$/.test(gap) && ((l.fields.month !== undefined && r.fields.month !== undefined) || clock);
			if (clock && (fromTo || between || (dash && !hedge))) {
				// "10:30-11:45 p.m.": a start written without its half of the day shares the end's.
				const endText = text.slice(right.start, right.end);
				const afternoon = afternoonBefore(l.fields.hour!, r.fields.hour!) && !MERIDIEM.test(text.slice(left.start, left.end)) && PM.test(endText);
				// "between 8:15 and 8:50 a.m.": an earlier start is in the morning the end says, whatever the story's hour.
				const morning = !!l.fields.halfUnsaid && l.fields.hour! <= r.fields.hour! && AM_OR_PM.test(endText) && !PM.test(endText);
				const first: PointExpression = afternoon ? { ...l, fields: { ...l.fields, hour: l.fields.hour! + 12 } } : morning ? { ...l, fields: halfSaid(l.fields) } : l;
				const from: Candidate = isClockTimeAlone(l) ? { ...left, expression: onTheDayOf(first, r) } : { ...left, expression: first };
				const to: Candidate = isClockTimeAlone(r) ? { ...right, expression: onTheDayOf(r, l) } : right;
				out.push({ start: left.start, end: right.end, type: 'TIME', expression: { kind: 'range', from, to, clock: true }, source: 'clockRange', ...(hedge ? { mod: 'APPROX' as const } : {}) });
				i++;
				continue;
			}
			if (!hedge && (fromTo || between || dash)) {
				const [a, b] = shareParts(l.fields, r.fields);
				const week = weekOfWeekdays(l, r, candidates[i + 2], right.end, text);
				const from: Candidate = { ...left, expression: { ...l, fields: a, relation: week ?? l.relation ?? sharedYear(l, r) } };
				const to: Candidate = { ...right, expression: { ...r, fields: b, relation: week ?? r.relation } };
				out.push({
					start: left.start,
					end: right.end,
					type: 'DATE',
					expression: { kind: 'range', from, to },
					source: 'range'
				});
				i++;
				continue;
			}
			// "on 29 February and 1 March 1992": a list shares its year as a range does, and so does a time moved
			// ("put off from February to 5 November 1605").
			if ((joinedAnd || moved) && l.fields.month !== undefined && l.fields.year === undefined && r.fields.year !== undefined && r.fields.month !== undefined && !l.relation && !r.relation) {
				out.push({ ...left, expression: { ...l, fields: shareParts(l.fields, r.fields)[0] } });
				continue;
			}
		}
		if (l && r && sharesYearCounted(l, r) && /^\s*(?:and|or)\s*$/i.test(text.slice(left.end, right.start))) {
			out.push({ ...left, expression: { ...l, relation: r.relation } });
			continue;
		}
		out.push(left);
	}
	return out;
}
