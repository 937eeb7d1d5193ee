import { sentenceEndsBetween } from '$lib/extract/text/sentences';
import { partOfDayCode } from '../calendarWords';
import { AT_BETWEEN } from './markRecurring';
import { isClockTimeAlone, isDayLevel, isPartOfANamedDay, type Candidate, type Fields, type PointExpression, type Relation } from '../expression';

/**
 * Joins neighbouring candidates that together name one time:
 * - a weekday and a date: "Friday, Oct. 23", "Thursday, April 6" (the date decides; a weekday that does
 *   not match it is reported);
 * - a clock time and a day: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Saturday", "Sept. 6, 14:30";
 * - a date without a year and the year it belongs to: "July last year", "29th of February this year",
 *   "the third quarter of 1984", "the summer of 2021", "Easter last year", "Yom Kippur in 1973", "on Yom
 *   Kippur six years later";
 * - a day and the day before or after it: "the day before last Tuesday's hearing";
 * - a day and a part of it: "the evening of May 5", "the night of 23/24 February"; "the eve of" a day;
 * - the weekend and its days: "the weekend of 2-3 March", "the weekend of March 2";
 * - a winter and the two years it spans: "the winter of 1941–42".
 * Only a comma, spaces or "of" may stand between the parts.
 */

const point = (c: Candidate): PointExpression | null => (c.expression.kind === 'point' ? c.expression : null);

const isWeekdayOnly = (e: PointExpression) =>
	e.fields.weekday !== undefined &&
	e.fields.day === undefined &&
	e.fields.month === undefined &&
	e.fields.hour === undefined &&
	e.fields.partOfDay === undefined &&
	(!e.relation || e.relation.kind === 'named');

const COMPARED_UNITS = new Set(['day', 'week', 'month', 'quarter', 'half']);

/**
 * "the same month" + "last year" (or "the previous year", "next year"): the month the text compares, a
 * year before or after. "the same period last year" names no kind of period, and stays two mentions.
 */
function sameOneYearOff(l: PointExpression, r: PointExpression): Relation | null {
	const same = l.relation;
	const year = r.relation;
	if (!same || same.kind !== 'anaphoric' || same.offset !== 0 || same.unresolved || Object.keys(l.fields).length > 0) return null;
	if (!year || (year.kind !== 'deictic' && year.kind !== 'anaphoric') || year.unit !== 'year' || Math.abs(year.offset) !== 1 || Object.keys(r.fields).length > 0) return null;
	if (!COMPARED_UNITS.has(same.unit)) return null;
	const period = same.unit as 'day' | 'week' | 'month' | 'quarter' | 'half';
	return { kind: 'shift', unit: 'year', amount: 1, sign: year.offset < 0 ? -1 : 1, from: 'reference', comparison: true, period };
}

/** "overnight": the night that turns with the tense. */
const isOvernight = (e: PointExpression) => e.fields.partOfDay === 'NI' && e.relation?.kind === 'deictic' && e.relation.aheadOffset !== undefined;

/** A day of the month alone: "the 21st". */
const isDayOnly = (e: PointExpression) => !e.relation && e.fields.day !== undefined && Object.keys(e.fields).length === 1;

const lacksYear = (f: Fields) =>
	f.year === undefined &&
	f.yearInCentury === undefined &&
	f.decade === undefined &&
	f.century === undefined &&
	(f.month !== undefined || f.season !== undefined || f.quarter !== undefined || f.half !== undefined || f.fromEaster !== undefined || f.feast !== undefined);

const isYearOnly = (e: PointExpression) =>
	!e.relation &&
	(e.fields.year !== undefined || e.fields.yearInCentury !== undefined) &&
	e.fields.month === undefined &&
	e.fields.season === undefined &&
	e.fields.quarter === undefined &&
	e.fields.half === undefined &&
	e.fields.day === undefined;

const isRelativeYear = (e: PointExpression) =>
	Object.keys(e.fields).length === 0 &&
	(e.relation?.kind === 'deictic' || e.relation?.kind === 'anaphoric') &&
	e.relation.unit === 'year';

/** The year a year-only expression gives: its number, or its last two digits ("June '44"). */
const yearOf = ({ year, yearInCentury }: Fields): Fields => (year !== undefined ? { year } : { yearInCentury });

/** "six years later", "a year earlier": years counted from the time last spoken of. */
const isYearShift = (e: PointExpression) =>
	Object.keys(e.fields).length === 0 && e.relation?.kind === 'shift' && e.relation.unit === 'year' && e.relation.from === 'reference' && !e.relation.comparison;

function merged(left: Candidate, right: Candidate, expression: PointExpression): Candidate {
	const f = expression.fields;
	return {
		start: left.start,
		end: right.end,
		type: f.hour !== undefined || f.partOfDay !== undefined ? 'TIME' : 'DATE',
		expression,
		mod: left.mod ?? right.mod,
		approximate: left.approximate || right.approximate || undefined,
		source: `${left.source}+${right.source}`
	};
}

/** The fields of a clock time joined to its day: its hour, minute and zone, and whether it leaves its half of the day unsaid ("2:35 o'clock today"). */
function clockOf(f: Fields): Fields {
	const { hour, minute, zone, halfUnsaid } = f;
	return halfUnsaid ? { hour, minute, zone, halfUnsaid } : { hour, minute, zone };
}

function tryMerge(left: Candidate, right: Candidate, text: string): Candidate | null {
	const l = point(left);
	const r = point(right);
	if (!l || !r || left.mod || right.mod || right.start - left.end > 6) return null;
	const gap = text.slice(left.end, right.start);
	const comma = /^,?\s*$/.test(gap);
	if (comma && isWeekdayOnly(l) && r.fields.month !== undefined && r.fields.day !== undefined && r.fields.weekday === undefined && !r.relation) {
		return merged(left, right, { kind: 'point', fields: { ...r.fields, weekday: l.fields.weekday } });
	}
	if (comma && isClockTimeAlone(l) && isDayLevel(r)) {
		return merged(left, right, { kind: 'point', fields: { ...r.fields, ...clockOf(l.fields) }, relation: r.relation });
	}
	// "Friday, 10 p.m.", "tomorrow at 3 p.m.": a day and the clock after it are one time.
	if ((comma || /^\s+at\s+$/i.test(gap)) && isDayLevel(l) && isClockTimeAlone(r) && gap.length > 0) {
		return merged(left, right, { kind: 'point', fields: { ...l.fields, ...clockOf(r.fields) }, relation: l.relation });
	}
	// "tonight at 7.15pm", "Saturday night at 11pm": the clock read in the part of the day, as "at 11pm tonight" is.
	if (/^\s+at\s+$/i.test(gap) && isPartOfANamedDay(l) && isClockTimeAlone(r)) return { ...merged(left, right, r), dayOf: left };
	// "overnight into Thursday" is the night before it; "overnight on Tuesday", "overnight Tuesday" its night.
	const night = /^\s+(into\s+|on\s+)?$/i.exec(gap);
	if (night && isOvernight(l) && isDayLevel(r) && (r.fields.day !== undefined || r.fields.weekday !== undefined)) {
		const into = /^into/i.test(night[1] ?? '');
		return merged(left, right, { ...r, fields: { ...r.fields, partOfDay: 'NI' }, dayShift: into ? (r.dayShift ?? 0) - 1 : r.dayShift });
	}
	// "the same month last year", "the same quarter a year earlier": the period compared, a year off.
	const yearOff = /^\s+$/.test(gap) ? sameOneYearOff(l, r) : null;
	if (yearOff) return merged(left, right, { kind: 'point', fields: {}, relation: yearOff });
	// "Friday next week", "Monday of last week": that weekday of the week named.
	if (/^\s+(?:of\s+)?$/.test(gap) && isWeekdayOnly(l) && !l.relation && Object.keys(r.fields).length === 0 && r.relation?.kind === 'deictic' && r.relation.unit === 'week') {
		return merged(left, right, { kind: 'point', fields: { weekday: l.fields.weekday }, relation: r.relation });
	}
	// "the 21st of last month", "the 3rd of the following month": that day of the month named.
	if (/^\s+of\s+$/.test(gap) && isDayOnly(l) && Object.keys(r.fields).length === 0 && (r.relation?.kind === 'deictic' || r.relation?.kind === 'anaphoric') && r.relation.unit === 'month') {
		return merged(left, right, { kind: 'point', fields: { day: l.fields.day }, relation: r.relation });
	}
	const ofGap = /^\s+(?:of\s+)?$/.test(gap) || (/^,\s*$/.test(gap) && l.fields.day === undefined);
	// "on Yom Kippur six years later", "in October two years later": that day or month of the year counted to.
	// (What holds the date stays so: "the last weekend of May next year" is a weekend.)
	const containing = l.containing;
	if (/^\s+$/.test(gap) && !l.relation && lacksYear(l.fields) && isYearShift(r)) {
		return merged(left, right, { kind: 'point', fields: { ...l.fields }, relation: r.relation, containing });
	}
	if (ofGap && !l.relation && lacksYear(l.fields) && isRelativeYear(r)) {
		return merged(left, right, { kind: 'point', fields: { ...l.fields }, relation: r.relation, containing });
	}
	// "Yom Kippur in 1973": a feast is dated by the year after it, as "on Christmas Day in 1914" is.
	const inGap = left.source === 'holiday' && /^\s+in\s+$/i.test(gap);
	if ((ofGap || inGap) && !l.relation && lacksYear(l.fields) && isYearOnly(r) && !/^,/.test(gap)) {
		return merged(left, right, { kind: 'point', fields: { ...l.fields, ...yearOf(r.fields) }, fiscal: r.fiscal, containing });
	}
	return null;
}

/** "the week of March 6": the week holding a date, as one mention. */
function weekOf(c: Candidate, text: string, floor: number): Candidate {
	const e = point(c);
	if (!e || e.fields.day === undefined || e.fields.hour !== undefined) return c;
	const lead = /\bthe\s+week\s+of\s+$/i.exec(text.slice(Math.max(floor, c.start - 16), c.start));
	if (!lead) return c;
	return { ...c, start: c.start - lead[0].length, expression: { ...e, containing: 'week' } };
}

/** "the weekend of 2-3 March", "the weekend of March 2": the weekend those days fall in, as one mention. */
function weekendOf(left: Candidate, right: Candidate, text: string): Candidate | null {
	const l = point(left);
	if (!l || !l.fields.weekend || l.relation || left.mod || !/^\s+of\s+$/.test(text.slice(left.end, right.start))) return null;
	const e = right.expression;
	if (e.kind === 'range') {
		// The days themselves say which they are: the range keeps them.
		const from = point(e.from);
		const to = point(e.to);
		return from?.fields.day !== undefined && to?.fields.day !== undefined && to.fields.hour === undefined ? { ...right, start: left.start, source: `weekendOf+${right.source}` } : null;
	}
	if (e.kind !== 'point' || e.fields.day === undefined || e.fields.hour !== undefined || e.fields.partOfDay !== undefined) return null;
	return { ...right, start: left.start, expression: { ...e, containing: 'weekend' }, source: `weekendOf+${right.source}` };
}

/** "the winter of 1941–42": the winter that runs from the first year into the next, labelled by the first. */
function winterOfYears(left: Candidate, right: Candidate, text: string): Candidate | null {
	const l = point(left);
	const e = right.expression;
	if (!l || l.fields.season !== 'WI' || l.relation || left.mod || Object.keys(l.fields).length !== 1 || e.kind !== 'range') return null;
	const from = point(e.from);
	const to = point(e.to);
	if (!from || !to || from.fields.year === undefined || to.fields.year !== from.fields.year + 1 || Object.keys(from.fields).length !== 1) return null;
	if (!/^\s+of\s+$/i.test(text.slice(left.end, right.start))) return null;
	return merged(left, right, { kind: 'point', fields: { season: 'WI', year: from.fields.year } });
}

/** "between 5 and 19 July last year": a range of days without their year, in the year named after it. */
function rangeInYearNamed(left: Candidate, right: Candidate, text: string): Candidate | null {
	const e = left.expression;
	const r = point(right);
	if (e.kind !== 'range' || !r || !isRelativeYear(r) || left.mod || right.mod || !/^\s+$/.test(text.slice(left.end, right.start))) return null;
	const from = point(e.from);
	const to = point(e.to);
	if (!from || !to || from.relation || to.relation || !lacksYear(from.fields) || !lacksYear(to.fields)) return null;
	const inYear = (c: Candidate, p: PointExpression): Candidate => ({ ...c, expression: { ...p, relation: r.relation } });
	return { ...left, end: right.end, expression: { kind: 'range', from: inYear(e.from, from), to: inYear(e.to, to) }, source: `${left.source}+${right.source}` };
}

/** "the day before last Tuesday's hearing", "the day after Christmas": a day next to the one named. */
function dayNextTo(c: Candidate, text: string, floor: number): Candidate {
	const e = point(c);
	if (!e || c.mod || e.fields.hour !== undefined || !(isDayLevel(e) && (e.fields.day !== undefined || e.fields.weekday !== undefined))) return c;
	// Most days have no "before" or "after" just before them: one look at the last letter spares the rest.
	let k = c.start - 1;
	while (k > floor && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10)) k--;
	const last = text.charCodeAt(k) | 0x20;
	if (last !== 101 && last !== 114) return c;
	const lead = /\bthe\s+day\s+(before|after)\s+$/i.exec(text.slice(Math.max(floor, c.start - 20), c.start));
	if (!lead) return c;
	return { ...c, start: c.start - lead[0].length, expression: { ...e, dayShift: /before/i.test(lead[1]) ? -1 : 1 } };
}

/** "the last day of 1999", "the first day of the month": the day a period opens or closes with. */
function edgeDayOf(c: Candidate, text: string, floor: number): Candidate {
	const e = point(c);
	if (!e || c.mod || e.dayShift || e.fields.day !== undefined || e.fields.weekday !== undefined || e.fields.hour !== undefined || e.fields.partOfDay !== undefined) return c;
	// Most periods have no "of" just before them: one look spares the rest.
	let k = c.start - 1;
	while (k > floor && text.charCodeAt(k) === 32) k--;
	if ((text.charCodeAt(k) | 0x20) !== 102 || (text.charCodeAt(k - 1) | 0x20) !== 111) return c;
	const lead = /\bthe\s+(first|opening|last|final|closing)\s+day\s+of\s+$/i.exec(text.slice(Math.max(floor, c.start - 28), c.start));
	if (!lead) return c;
	const edgeDay = /^(?:first|opening)$/i.test(lead[1]) ? 'first' : 'last';
	return { ...c, start: c.start - lead[0].length, expression: { ...e, edgeDay } };
}

/**
 * "the evening of May 5", "the night of 23/24 February", "the eve of the 9 May parade", "the early
 * afternoon of the 11th": a part of the day named, or the day before it. A night written over two days is
 * the night that begins on the first.
 */
function partOfDayOf(c: Candidate, text: string, floor: number): Candidate {
	// Most dates have no "of" just before them: one look spares the rest.
	let k = c.start - 1;
	while (k > floor && text.charCodeAt(k) === 32) k--;
	if ((text.charCodeAt(k) | 0x20) !== 102 || (text.charCodeAt(k - 1) | 0x20) !== 111) return c;
	const lead = /\bthe\s+((?:early|late|mid)[-\s]+)?(morning|afternoon|evening|night|eve)\s+of\s+$/i.exec(text.slice(Math.max(floor, c.start - 32), c.start));
	if (!lead) return c;
	// Narrowed ("the early afternoon of the 11th"), the part starts the mention, and the modifier refiner
	// attaches "the early" before it, as it does before "afternoon" alone.
	const start = c.start - lead[0].length + (lead[1] ? lead[0].indexOf(lead[2], 4) : 0);
	const word = lead[2].toLowerCase();
	if (lead[1] && word === 'eve') return c;
	const e = c.expression;
	if (e.kind === 'range') {
		const from = point(e.from);
		const to = point(e.to);
		if (word !== 'night' || !from || !to || from.fields.day === undefined || to.fields.day !== from.fields.day + 1 || from.fields.month !== to.fields.month) return c;
		return { ...e.from, start, end: c.end, type: 'TIME', expression: { ...from, fields: { ...from.fields, partOfDay: 'NI' } }, source: `nightOf+${c.source}` };
	}
	if (e.kind !== 'point' || c.mod || !isDayLevel(e)) return c;
	if (word === 'eve') return e.dayShift ? c : { ...c, start, expression: { ...e, dayShift: -1 } };
	const partOfDay = partOfDayCode(word);
	return partOfDay ? { ...c, start, type: 'TIME', expression: { ...e, fields: { ...e.fields, partOfDay } } } : c;
}

/**
 * "from Monday to Wednesday last week": the week named belongs to the whole range, which the range
 * refiner reads; it is not joined to the range's last day alone.
 */
function endOfWeekdayRange(out: Candidate[], text: string, next: Candidate): boolean {
	if (out.length < 2 || next.expression.kind !== 'point' || next.expression.relation?.kind !== 'deictic') return false;
	const first = point(out[out.length - 2]);
	const last = out[out.length - 1];
	return !!first && isWeekdayOnly(first) && /^\s*(?:to|through|until|till|and|[-–—])\s*$/i.test(text.slice(out[out.length - 2].end, last.start));
}

/**
 * "the Valentine's Day shooting last year", "the Easter attacks in 2019": a holiday naming what happened
 * on it takes the year written after that noun, and both stay mentions of their own.
 */
function yearOfNamedHappening(left: Candidate, right: Candidate, text: string): Candidate {
	if (left.source !== 'holiday' || right.mod) return left;
	const l = point(left);
	const r = point(right);
	if (!l || !r || l.relation || !lacksYear(l.fields)) return left;
	if (!/^\s+\p{Ll}+(?:\s+in)?\s+$/u.test(text.slice(left.end, right.start))) return left;
	if (isYearOnly(r)) return { ...left, expression: { ...l, fields: { ...l.fields, ...yearOf(r.fields) } } };
	if (isRelativeYear(r)) return { ...left, expression: { ...l, relation: r.relation } };
	return left;
}

/**
 * "every evening at half past six, Boxing Day included": the clock a set is kept at (the last
 * candidate, after the set and "at") is the set's, and joins no day after it.
 */
function clockOfASet(out: readonly Candidate[], text: string): boolean {
	const set = out[out.length - 2];
	return !!set && set.expression.kind === 'set' && AT_BETWEEN.test(text.slice(set.end, out[out.length - 1].start));
}

export function mergeDateParts(candidates: Candidate[], text: string): Candidate[] {
	const out: Candidate[] = [];
	for (const raw of candidates) {
		const floor = out.length ? out[out.length - 1].end : 0;
		const c = dayNextTo(weekOf(raw, text, floor), text, floor);
		const last = out[out.length - 1];
		const joined = last && !endOfWeekdayRange(out, text, c) && !clockOfASet(out, text) ? (weekendOf(last, c, text) ?? winterOfYears(last, c, text) ?? rangeInYearNamed(last, c, text) ?? tryMerge(last, c, text)) : null;
		// The parts of one time stand in one sentence: "in May" ends a timeline's entry, "2014 –" heads the
		// next. (Looked at only for parts that would join, which stand close.)
		const m = joined && !sentenceEndsBetween(text, last.end, c.start) ? joined : null;
		if (m) out[out.length - 1] = m;
		else {
			if (last) out[out.length - 1] = yearOfNamedHappening(last, c, text);
			out.push(c);
		}
	}
	// After the merges: "the night of Friday, Oct. 23" is the night of the whole date.
	return out.map((c, i) => {
		const floor = i > 0 ? out[i - 1].end : 0;
		return edgeDayOf(partOfDayOf(c, text, floor), text, floor);
	});
}
