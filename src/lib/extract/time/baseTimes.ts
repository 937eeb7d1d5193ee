import type { Granularity } from '$lib/model';
import { determines, type AnchorPoint } from './anchor';
import { dayExists, isoWeekday, spanOfPoint, utcDay } from './calendarMath';
import type { CalendarPoint } from './calendarPoint';
import type { NormalizeContext, Reference } from './normalize';

/**
 * What relative expressions count from: the publication date, or the time the text last spoke of of a
 * fitting granularity, or the period a comparison refers to.
 */

/**
 * How many of the latest mentions an expression looks back through for what it counts from. An article
 * names a few dozen times (the densest of TimeBank and AQUAINT, 33); a text that has named thousands since is
 * no longer speaking of the oldest, and the bound keeps the work per mention constant.
 */
export const REFERENCE_REACH = 200;

/** The index of the oldest reference still within reach. */
export function oldestInReach(ctx: NormalizeContext): number {
	return Math.max(0, ctx.references.length - REFERENCE_REACH);
}

/**
 * A period a report covers, or a time looked back to in passing: mentions the story does not move to. A
 * look back a past perfect counts ("Two days earlier, … had held the crossroads, while … were beaten the
 * same day") is still what its own sentence speaks of.
 */
const passedOver = (r: Reference, sentence: number) => r.stretch || (r.aside && !(r.lookBack && r.sentence === sentence));

/**
 * "had been rumbling since March 20", "had crossed since the border was thrown open on Thursday night":
 * the time a state has lasted from, named or set by a clause of its own, which the story is not at
 * ("has lived there since 1990 and moved on Monday" goes on with the story after "and").
 */
const SINCE_A_TIME = /\bsince\s+(?:(?!(?:and|but|or|then|when|while|after|before|until)\s)[\p{L}\p{N}'’-]+\s+){0,10}?(?:(?:on|in|at|during)\s+)?$/iu;

export function startOfAState(a: AnchorPoint, ctx: NormalizeContext): boolean {
	return a.offset !== undefined && !!ctx.textBetween && lastedSince(ctx.textBetween(Math.max(0, a.offset - SINCE_REACH), a.offset));
}

/** How far before a time its "since" may stand (`SINCE_A_TIME` allows ten words between). */
const SINCE_REACH = 90;

/** Whether the words before a time make it the time a state has lasted since (`SINCE_A_TIME`). */
export function lastedSince(before: string): boolean {
	const words = before.length > SINCE_REACH ? before.slice(-SINCE_REACH) : before;
	// Most times have no "since" before them: a plain search spares the pattern.
	return SINCE_WORD.test(words) && SINCE_A_TIME.test(words);
}

const SINCE_WORD = /since/i;

/**
 * "The battle opened on 23 October … Rommel, who had been on sick leave since late September, flew back on
 * the 25th": the time a state has lasted since, wholly before a day the story told before it, is not the
 * month a day named alone is in. (Told first, it may open the story: "Vesuvius had been smoking since
 * January 1944".)
 */
function stateBeforeTheStory(i: number, ctx: NormalizeContext): boolean {
	return startOfAState(ctx.references[i].anchor, ctx) && beforeADayToldEarlier(ctx.references, i, oldestInReach(ctx));
}

/** Whether reference `i` lies wholly before a day told before it, back to reference `oldest` (asides passed over). */
export function beforeADayToldEarlier(refs: readonly Reference[], i: number, oldest: number): boolean {
	return dayToldEarlierAfter(refs, i, oldest) >= 0;
}

/** The last day told before reference `i` that `i` lies wholly before, back to reference `oldest` (asides passed over); -1 when none. */
function dayToldEarlierAfter(refs: readonly Reference[], i: number, oldest: number): number {
	const own = spanOfPoint(refs[i].anchor.point);
	if (!own) return -1;
	for (let j = i - 1; j >= oldest; j--) {
		if (refs[j].aside || !determines(refs[j].anchor.point.granularity, 'day')) continue;
		const day = spanOfPoint(refs[j].anchor.point);
		if (day && own.end <= day.start) return j;
	}
	return -1;
}

/** Whether the story passes over reference `r` (at index `i`), read in sentence `sentence`. */
type PassedOver = (r: Reference, sentence: number, i: number) => boolean | undefined;

/** What a date without its year passes over too: a flashback told in an earlier sentence (`Reference.flashback`). */
const passedOverByADate = (r: Reference, sentence: number) => passedOver(r, sentence) || (!!r.flashback && r.sentence < sentence);

/**
 * The most recent earlier mention that fixes a point of granularity `need`. A quarter, half or season
 * is taken up only by a mention of that same kind ("the quarter" after "the third quarter", not after
 * "yesterday"); finer mentions fix days, weeks, months and years.
 */
export function lastReference(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	const i = lastReferenceIndex(ctx, need);
	return i < 0 ? null : ctx.references[i].anchor;
}

function lastReferenceIndex(ctx: NormalizeContext, need: Granularity, skip: PassedOver = passedOver): number {
	const exact = need === 'quarter' || need === 'half' || need === 'season';
	for (let i = ctx.references.length - 1, oldest = oldestInReach(ctx); i >= oldest; i--) {
		if (skip(ctx.references[i], ctx.sentence, i)) continue;
		const g = ctx.references[i].anchor.point.granularity;
		if (exact ? g === need : determines(g, need)) return i;
	}
	return -1;
}

/** How many sentences back a comparison looks for the period it compares: a report keeps it near. */
const COMPARISON_REACH = 6;
/** Further back, a period counts as the one under report only if it ended within about a year of the writing. */
const RECENT_MS = 400 * 86_400_000;

/** Granularities that name a period a report covers and compares. */
const PERIODS = new Set<Granularity>(['month', 'quarter', 'half', 'year']);

/**
 * The period a comparison with "a year earlier" refers to: a period named in the same sentence ("sales
 * in the quarter ended Sept. 30 rose from $5 million a year ago"), else the period the report is about:
 * of the quarters, halves and years the text named (of `prefer`'s kind when the text says which, "the
 * year-ago quarter"), the one that ended last by the time of writing, since reports compare finished
 * periods ("the fourth quarter" a company expects and "this year" still under way are not it); else the
 * last such period named, within a few sentences; then the same with months; else the last mention or
 * the publication date.
 */
export function comparedPeriod(ctx: NormalizeContext, prefer?: Granularity): AnchorPoint | null {
	const refs = ctx.references;
	for (let i = refs.length - 1; i >= 0 && refs[i].sentence === ctx.sentence; i--) {
		const g = refs[i].anchor.point.granularity;
		if (prefer ? g === prefer : PERIODS.has(g)) return refs[i].anchor;
	}
	const pub = ctx.publication ? spanOfPoint(ctx.publication.point) : null;
	const kindsList: Granularity[][] = prefer ? [[prefer]] : [['quarter', 'half', 'year'], ['month']];
	for (const kinds of kindsList) {
		let best: AnchorPoint | null = null;
		let bestEnd = -Infinity;
		let last: AnchorPoint | null = null;
		for (let i = refs.length - 1, oldest = oldestInReach(ctx); i >= oldest; i--) {
			const a = refs[i].anchor;
			if (!kinds.includes(a.point.granularity)) continue;
			const near = ctx.sentence - refs[i].sentence <= COMPARISON_REACH;
			if (near) last ??= a;
			const span = spanOfPoint(a.point);
			if (!span || span.end <= bestEnd) continue;
			// Ended by the time of writing; named further back, only if it ended within about a year of it.
			const ended = !pub || (span.end <= pub.end && (near || pub.start - span.end < RECENT_MS));
			if (ended && (near || pub)) {
				best = a;
				bestEnd = span.end;
			}
		}
		if (best ?? last) return best ?? last;
	}
	return reportBase(ctx, 'year');
}

/** How many of the latest years the text names a weekday with its date may be placed in (`yearTheWeekdayFits`). */
const WEEKDAY_YEARS = 3;

/**
 * The time the text named last, among its latest few years, in whose year a day of a month falls on the
 * weekday the text gives it: "In 2016 the rebels came. On Tuesday, August 2, they took the town" is 2016's,
 * the one year of those in which 2 August was a Tuesday. Older years are not looked at: the more years, the
 * likelier one fits by chance.
 */
export function yearTheWeekdayFits(ctx: NormalizeContext, month: number, day: number, weekday: number): AnchorPoint | null {
	const seen: number[] = [];
	for (let i = ctx.references.length - 1, oldest = oldestInReach(ctx); i >= oldest && seen.length < WEEKDAY_YEARS; i--) {
		const a = ctx.references[i].anchor;
		if (!determines(a.point.granularity, 'year') || seen.includes(a.point.year)) continue;
		seen.push(a.point.year);
		if (dayExists(a.point.year, month, day) && isoWeekday(utcDay(a.point.year, month, day)) === weekday) return a;
	}
	return null;
}

/** Whether `outer` spans all of `inner`: the rest of a summer a day is in has not left that day. */
export function holds(outer: AnchorPoint, inner: AnchorPoint): boolean {
	const a = spanOfPoint(outer.point);
	const b = spanOfPoint(inner.point);
	return !!a && !!b && a.start <= b.start && b.end <= a.end;
}

/** Whether `r` describes a name in passing in the clause of the time being read, with no mark between them. */
function describedInThisClause(r: Reference, ctx: NormalizeContext): boolean {
	const a = r.anchor;
	if (!r.describing || r.sentence !== ctx.sentence || a.offset === undefined || ctx.start === undefined || !ctx.textBetween) return false;
	return !/[,;:()—–]/.test(ctx.textBetween(a.offset + (a.text?.length ?? 0), ctx.start));
}

/**
 * The time the story is at, for an expression that needs a point of granularity `need`: the last mention
 * fine enough for it, unless the story has since moved to a coarser time, in a later sentence that is
 * this one or the one before ("He was shot on Monday. … Another was killed last October. His name was
 * crossed out that same day": a day of that October, not Monday; a coarser time that holds the fitting one,
 * one a state has lasted since, or one a thing is for, "grants for the third quarter", is no move); else the
 * last time the text mentioned at all, however coarse ("three days later" after "In July 1995" counts from
 * July 1995, and is only as precise as it: see `isCoarse`). Null only when the text has mentioned no time,
 * the one case where the publication date may stand in for the story. A date without its year (`forADate`)
 * passes over a flashback told before its sentence.
 */
export function storyTime(ctx: NormalizeContext, need: Granularity, forADate = false): AnchorPoint | null {
	const refs = ctx.references;
	const oldest = oldestInReach(ctx);
	const forADayAlone: PassedOver = (r, sentence, i) => passedOverByADate(r, sentence) || stateBeforeTheStory(i, ctx);
	// "The band, who formed in 2041 and split a decade later": a time described in passing is still the one
	// its own clause goes on from.
	const inOwnClause: PassedOver = (r, sentence) => passedOver(r, sentence) && !describedInThisClause(r, ctx);
	const skip: PassedOver = !forADate ? inOwnClause : need === 'month' ? forADayAlone : passedOverByADate;
	let latest = refs.length - 1;
	while (latest >= oldest && skip(refs[latest], ctx.sentence, latest)) latest--;
	if (latest < oldest) latest = -1;
	const fitting = lastReferenceIndex(ctx, need, skip);
	// "Aug. 15. — … no ship has called since last August. Aug. 29. — …": the year a state has lasted since,
	// wholly before a day told before it, is not the year the story goes on in; that day's is.
	if (forADate && need === 'year' && fitting >= 0 && startOfAState(refs[fitting].anchor, ctx)) {
		const day = dayToldEarlierAfter(refs, fitting, oldest);
		if (day >= 0) return refs[day].anchor;
	}
	if (fitting >= 0) {
		const moved =
			latest > fitting &&
			refs[latest].sentence > refs[fitting].sentence &&
			refs[latest].sentence >= ctx.sentence - 1 &&
			!holds(refs[latest].anchor, refs[fitting].anchor) &&
			!startOfAState(refs[latest].anchor, ctx) &&
			!refs[latest].thingIsFor;
		return refs[moved ? latest : fitting].anchor;
	}
	if (latest >= 0) return refs[latest].anchor;
	// A period a report covers ("the six months ended June 30") is a time the text spoke of too.
	return refs.length ? refs[refs.length - 1].anchor : null;
}

/**
 * What "that year" or "that month" counts from: the story's time (`anaphoricBase`), unless in news that
 * lies in the year or month of writing, which the text would have called "this year"; then the year
 * looked back to in passing, if one was ("sentenced on Thursday over the massacre of 1995, in which men
 * were killed in July of that year": 1995).
 */
export function distalBase(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	const planned = planJustTold(ctx, need);
	if (planned) return planned;
	const base = anaphoricBase(ctx, need);
	if (ctx.mode === 'news' && base?.kind === 'mention' && need === 'day') return toldOf(ctx, base) ?? base;
	if (ctx.mode !== 'news' || !base || base.kind !== 'mention' || !ctx.publication || (need !== 'year' && need !== 'month')) return base;
	const writing = ctx.publication.point;
	if (!samePeriod(base.point, writing, need)) return base;
	for (let i = ctx.references.length - 1, oldest = oldestInReach(ctx); i >= oldest; i--) {
		const r = ctx.references[i];
		if (r.anchor === base) break;
		if (r.aside && determines(r.anchor.point.granularity, need) && !samePeriod(r.anchor.point, writing, need)) return r.anchor;
	}
	return base;
}

/**
 * "I fly home from Bombay on 9 January and land at Heathrow at 7.15 the next evening": in a narrative, a time
 * counted from the story in a clause that looks ahead, right after the time a plan set in its sentence, counts
 * from that time, though the story has not reached it. ("Stagg reported a break for the 6th, and at 4.15 the
 * next morning Eisenhower decided", told in the past, counts from the story.)
 */
export function planAheadInTheSentence(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	const last = ctx.references[ctx.references.length - 1];
	const ahead = ctx.tense.tense === 'future' || ctx.tense.tense === 'conditional';
	if (!ahead || !last?.planned || last.sentence !== ctx.sentence || !determines(last.anchor.point.granularity, need)) return null;
	return last.anchor;
}

/**
 * "James agreed to fight on the 9th. On the morning of that day Surrey marched": in a narrative, "that day"
 * right after the time a plan set (`Reference.planned`), in its sentence or the next, is that time, though
 * the story had not reached it when the plan was made.
 */
function planJustTold(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	const last = ctx.references[ctx.references.length - 1];
	if (!last?.planned || ctx.sentence - last.sentence > 1 || !determines(last.anchor.point.granularity, need)) return null;
	return last.anchor;
}

/**
 * "The window opens on Oct. 12, officials said at a briefing Saturday. The first attempt is at 9:14 a.m.
 * that day": when `base` is the day something was said, the day named before it in its sentence, which
 * the saying was about.
 */
export function toldOf(ctx: NormalizeContext, base: AnchorPoint): AnchorPoint | null {
	const refs = ctx.references;
	let i = refs.length - 1;
	for (const oldest = oldestInReach(ctx); i >= oldest && refs[i].anchor !== base; i--);
	const k = i < 0 ? -1 : toldOfIndex(ctx, i);
	return k < 0 ? null : refs[k].anchor;
}

/** The index of the reference to the day the saying at reference `i` was about (`toldOf`), or -1. */
export function toldOfIndex(ctx: NormalizeContext, i: number): number {
	const refs = ctx.references;
	if (i < oldestInReach(ctx) || !refs[i].telling) return -1;
	const sentence = refs[i].sentence;
	for (let k = i - 1; k >= 0 && refs[k].sentence === sentence; k--) {
		const r = refs[k];
		if (r.telling || r.aside || r.stretch || r.anchor.point.granularity !== 'day') continue;
		// Told in the past, "that day" is no day still to come ("was called for Monday, the union said on
		// Friday. Trains stopped that day").
		return ctx.tense.tense === 'past' && startsAfterWriting(r.anchor.point, ctx) ? -1 : k;
	}
	return -1;
}

/** Whether `point` starts after the day (or time) of writing ends; false when either has no span. */
export function startsAfterWriting(point: CalendarPoint, ctx: NormalizeContext): boolean {
	const span = spanOfPoint(point);
	const writing = ctx.publication && spanOfPoint(ctx.publication.point);
	return !!span && !!writing && span.start >= writing.end;
}

/** Whether two points, each fixing `unit`, lie in the same year or month. */
function samePeriod(a: CalendarPoint, b: CalendarPoint, unit: 'year' | 'month'): boolean {
	return a.year === b.year && (unit === 'year' || a.month === b.month);
}

/** Whether `base` is coarser than the point an expression needs, so what counts from it is a stretch. */
export function isCoarse(base: AnchorPoint, need: Granularity): boolean {
	return base.kind === 'mention' && !determines(base.point.granularity, need);
}

function publicationFor(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	const pub = ctx.publication;
	return pub && determines(pub.point.granularity, need) ? pub : null;
}

/** A clause a narrative tells in its own time: in the past, or looking ahead from it ("would"). */
function toldInTheStory(ctx: NormalizeContext): boolean {
	const { tense } = ctx.tense;
	return tense === 'past' || tense === 'unknown' || tense === 'conditional';
}

/** What a deictic expression counts from: the publication date in news, the story's time in narrative. */
export function deicticBase(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	// A narrative tells its story in the past, and its "would" looks ahead from there ("promised that
	// America would land a man on the Moon before the end of the decade"); "today" said in the present
	// ("Today the city is rebuilt") is the narrator's own time, the publication date when there is one.
	if (ctx.mode === 'narrative' && toldInTheStory(ctx)) {
		const ref = storyTime(ctx, need);
		if (ref) return ref;
	}
	return publicationFor(ctx, need);
}

/**
 * What an anaphoric expression counts from: the story's time (`storyTime`), whatever its granularity; the
 * publication date only in news, and only when the text has mentioned no time. A date 25 years off is
 * worse than an honest coarse one.
 */
export function anaphoricBase(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	const ref = storyTime(ctx, need);
	if (ref) return ref;
	return ctx.mode === 'narrative' ? null : publicationFor(ctx, need);
}

/**
 * What a report's own period counts from ("the quarter" of a company's report, and a comparison with no
 * period named): a mention of that kind, else, in news, the time of writing, which such words speak of
 * when the text names no period; in narrative mode, the story's time as for any anaphora.
 */
export function reportBase(ctx: NormalizeContext, need: Granularity): AnchorPoint | null {
	if (ctx.mode === 'narrative') return anaphoricBase(ctx, need);
	return lastReference(ctx, need) ?? publicationFor(ctx, need);
}
