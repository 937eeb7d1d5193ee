import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRANULARITIES } from '$lib/model';
import { parseValue } from './calendarPoint';
import { tagTimes } from './index';
import { spanOfValue } from './resolve';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Words and marks that time expressions are made of, to build texts that come close to them. */
const PIECES = [
	'on', 'in', 'the', 'of', 'last', 'next', 'this', 'that', 'same', 'following', 'early', 'late', 'mid-',
	'about', 'more than', 'ago', 'later', 'earlier', 'from', 'to', 'between', 'and', 'until', 'since', 'every',
	'Monday', 'Friday', 'Sunday', 'January', 'February', 'Feb.', 'Sept.', 'May', 'March', 'December',
	'day', 'days', 'week', 'weeks', 'month', 'year', 'years', 'decade', 'quarter', 'summer', 'night', 'morning',
	'today', 'yesterday', 'tomorrow', 'now', 'recently', 'a', 'two', 'three', 'half', 'a half', 'few',
	'1', '6', '13', '15', '29', '31', '00', '1980s', "'90s", '1996', '2001', '2021', '2,000', '12th', '29th',
	'6/9/2021', '31/04/2021', '2022-02-29', '06.09.2021', '10:35', 'a.m.', 'p.m.', 'GMT', 'noon', 'midnight',
	'said', 'will', 'had', 'would', ',', '.', '-', '–', '(', ')', "'s", '\n', '  ',
	'the past', 'the last', 'recent', 'coming', 'ended', 'fourth quarter', 'the quarter', 'the year', 'six months', 'Aug. 26', 'a year earlier'
];

const text = fc.oneof(
	fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((words) => words.join(' ')),
	fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((words) => words.join('')),
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'grapheme', maxLength: 80 })
);

const anchor = fc.option(
	fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
	{ nil: undefined }
);

const mode = fc.constantFrom<'news' | 'narrative'>('news', 'narrative');

/**
 * A duration's span is a stretch ending or starting with a day, or with the time the story is at:
 * `P3M/2021-09-06`, `2021-09-06/P4W`, `P10Y/1969-09` ("the last decade" after "Sept." in a narrative of 1969).
 */
function checkStretch(span: { start: number; end: number; value: string }) {
	const m = /^(P[\dYMWDTHSQ.]+)\/(\d{4}(?:-\d{2}){0,2})$|^(\d{4}(?:-\d{2}){0,2})\/(P[\dYMWDTHSQ.]+)$/.exec(span.value);
	expect(m).not.toBeNull();
	const day = spanOfValue(m![2] ?? m![3])!;
	if (m![2]) expect(span.end).toBe(day.end);
	else expect(span.start).toBe(day.start);
}

function checkSpanValue(value: string, span: { start: number; end: number; granularity: string }) {
	const parts = value.split('/');
	expect(parts.length).toBeLessThanOrEqual(2);
	const points = parts.map((p) => parseValue(p));
	for (const p of points) expect(p).not.toBeNull();
	const ranks = points.map((p) => GRANULARITIES.indexOf(p!.granularity));
	expect(GRANULARITIES.indexOf(span.granularity as never)).toBe(Math.max(...ranks));
	const first = spanOfValue(parts[0])!;
	const last = spanOfValue(parts[parts.length - 1])!;
	expect(span.start).toBe(first.start);
	expect(span.end).toBe(last.end);
}

/** Whether `span` is exactly the interval `value` names. */
function sameSpan(value: string, span: { start: number; end: number }): boolean {
	const own = spanOfValue(value);
	return !!own && own.start === span.start && own.end === span.end;
}

/** Modifiers that bound a time on one side, which its anchor may bound on the other. */
const ONE_SIDED = new Set(['BEFORE', 'ON_OR_BEFORE', 'AFTER', 'ON_OR_AFTER']);

/**
 * A time bounded by a modifier on one side and by the time it was counted from on the other ("Monday and
 * later", said on a Thursday, runs from Monday to the writing) keeps its own edge on the modifier's side.
 */
function checkBounded(value: string, span: { start: number; end: number; mod?: string }) {
	const own = spanOfValue(value)!;
	if (span.mod === 'BEFORE') expect(span.end).toBe(own.start);
	if (span.mod === 'ON_OR_BEFORE') expect(span.end).toBe(own.end);
	if (span.mod === 'AFTER') expect(span.start).toBe(own.end);
	if (span.mod === 'ON_OR_AFTER') expect(span.start).toBe(own.start);
}

/** A part of a period ("early 1990", "later this month") lies within the period its value names. */
function checkPartOf(value: string, span: { start: number; end: number }) {
	const parts = value.split('/').map((p) => spanOfValue(p));
	for (const p of parts) expect(p).not.toBeNull();
	expect(span.start).toBeGreaterThanOrEqual(parts[0]!.start);
	expect(span.end).toBeLessThanOrEqual(parts[parts.length - 1]!.end);
}

/**
 * A time counted from a coarser one is labelled by the period of its granularity it starts in, which holds
 * its middle, or by the periods it runs across.
 */
function checkLabelled(span: { start: number; end: number; granularity: string; value: string }) {
	const parts = span.value.split('/').map((p) => spanOfValue(p));
	expect(parts.length).toBeLessThanOrEqual(2);
	for (const p of parts) expect(p?.granularity).toBe(span.granularity);
	const first = parts[0]!;
	const last = parts[parts.length - 1]!;
	expect(first.start).toBeLessThanOrEqual(span.start);
	expect(first.end).toBeGreaterThan(span.start);
	if (parts.length === 1) expect(first.end).toBeGreaterThan(span.start + Math.floor((span.end - span.start) / 2));
	else {
		expect(last.start).toBeLessThan(span.end);
		expect(last.end).toBeGreaterThanOrEqual(span.end);
	}
}

describe('tagTimes on any text', () => {
	it('never throws, and returns exact, ordered, well-formed mentions', () => {
		fc.assert(
			fc.property(text, anchor, mode, (t, a, m) => {
				const mentions = tagTimes(t, { anchor: a, mode: m });
				let lastEnd = 0;
				for (const mention of mentions) {
					expect(mention.start).toBeGreaterThanOrEqual(lastEnd);
					expect(mention.end).toBeGreaterThan(mention.start);
					expect(t.slice(mention.start, mention.end)).toBe(mention.text);
					lastEnd = mention.end;
					const span = mention.span;
					if (span) {
						expect(span.start).toBeLessThan(span.end);
						if (mention.type === 'DURATION') {
							checkStretch(span);
						} else {
							expect(span.value).toBe(mention.value);
							expect(mention.value).not.toMatch(/X|REF|^P/);
							// A reported period keeps the months it covers, and says so.
							if (mention.diagnostics?.some((d) => d.code === 'reporting-period')) expect(spanOfValue(span.value)).not.toBeNull();
							else if (mention.diagnostics?.some((d) => d.code === 'coarse-anchor')) checkLabelled(span);
							// "later this month": a part of the period, from the time counted from, lies within it.
							else if (span.mod === 'START' || span.mod === 'MID' || span.mod === 'END') checkPartOf(span.value, span);
							else if (ONE_SIDED.has(span.mod ?? '') && !span.value.includes('/') && !sameSpan(span.value, span)) checkBounded(span.value, span);
							else checkSpanValue(span.value, span);
						}
					}
					if (mention.value === '') expect(span).toBeUndefined();
				}
			}),
			// Inputs that once broke a property, kept so that they are always tried.
			{ numRuns: RUNS, examples: [['Sept. the last decade', '1970-01-01', 'narrative'], ['later this month', '1970-01-02', 'news'], ['Monday and later', '1970-01-01', 'news'], ["'90s Aug. 26 until 31", undefined, 'narrative'], ['Feb. on Sunday coming years', '1970-01-01', 'narrative']] }
		);
	});
});
