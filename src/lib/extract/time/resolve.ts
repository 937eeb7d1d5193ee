import type { Granularity, TimeAnchor, TimeSpan, TimexMod } from '$lib/model';
import { granularityRank, type AnchorPoint } from './anchor';
import { formatValue, parseValue } from './calendarPoint';
import { spanOfPoint } from './calendarMath';
import type { Normalized } from './normalize';

/**
 * The last step: a normalized TIMEX3 value becomes a `TimeSpan`, the half-open UTC interval the
 * timeline draws, with the granularity, basis and anchor that say how it was obtained.
 */

/** The anchor of many spans (the publication date above all) is made once and shared: spans are data, never changed. */
const anchors = new WeakMap<AnchorPoint, TimeAnchor>();

function timeAnchor(a: AnchorPoint): TimeAnchor {
	let out = anchors.get(a);
	if (!out) {
		out = { kind: a.kind, value: a.value ?? formatValue(a.point) };
		if (a.text !== undefined) out.text = a.text;
		if (a.offset !== undefined) out.offset = a.offset;
		if (a.estimate) out.estimate = true;
		Object.freeze(out);
		anchors.set(a, out);
	}
	return out;
}

/**
 * The span of a normalized date or time, or of a duration tied to the calendar; undefined when it names
 * no place on the calendar.
 */
export function resolveSpan(n: Normalized, mod?: TimexMod, side?: 'before' | 'after'): TimeSpan | undefined {
	if (n.problem) return undefined;
	if (n.interval) {
		const { start, end, granularity, value } = n.interval;
		const stretch: TimeSpan = { start, end, granularity, value, basis: n.basis ?? 'relative', approximate: n.approximate, known: n.known };
		if (n.anchor) stretch.anchor = timeAnchor(n.anchor);
		if (mod) stretch.mod = mod;
		return stretch;
	}
	if (!n.point) return undefined;
	const first = n.span ?? spanOfPoint(n.point);
	if (!first) return undefined;
	let { start, end } = first;
	let granularity: Granularity = n.point.granularity;
	if (n.until) {
		const last = spanOfPoint(n.until);
		if (!last) return undefined;
		end = last.end;
		if (granularityRank(n.until.granularity) > granularityRank(granularity)) granularity = n.until.granularity;
	}
	if (side && n.anchor) [start, end] = sideOf(side, n.anchor, start, end);
	const between = n.anchor && mod ? boundedBy(mod, n.anchor, start, end) : null;
	const span: TimeSpan = {
		start: between?.start ?? start,
		end: between?.end ?? end,
		granularity,
		value: n.value,
		basis: n.basis ?? 'stated',
		approximate: n.approximate || !!between,
		known: n.known
	};
	if (n.anchor && span.basis !== 'stated') span.anchor = timeAnchor(n.anchor);
	if (mod) span.mod = mod;
	return span;
}

/**
 * A time bounded on one side by a modifier and on the other by what it was counted from: "less than a
 * month later" than 9 September lies between 10 September and 9 October; "before Friday", said on a
 * Wednesday, between Thursday and Friday. Null when the anchor lies on the open side ("more than two
 * years ago" has no earliest day).
 */
function boundedBy(mod: TimexMod, anchor: AnchorPoint, start: number, end: number): { start: number; end: number } | null {
	const bounded = mod === 'BEFORE' || mod === 'ON_OR_BEFORE' || mod === 'AFTER' || mod === 'ON_OR_AFTER';
	const from = bounded ? spanOfPoint(anchor.point) : null;
	if (!from) return null;
	if ((mod === 'BEFORE' || mod === 'ON_OR_BEFORE') && from.end <= start) {
		const until = mod === 'BEFORE' ? start : end;
		return until > from.end ? { start: from.end, end: until } : null;
	}
	if ((mod === 'AFTER' || mod === 'ON_OR_AFTER') && end <= from.start) {
		const since = mod === 'AFTER' ? end : start;
		return from.start > since ? { start: since, end: from.start } : null;
	}
	return null;
}

/**
 * "Earlier this month" said on the 6th lies from the 1st to the 6th, "later this year" from the day of
 * writing to the year's end: a period that holds the time it is counted from, cut at that time.
 */
function sideOf(side: 'before' | 'after', anchor: AnchorPoint, start: number, end: number): [number, number] {
	const at = spanOfPoint(anchor.point);
	if (!at || at.start < start || at.end > end) return [start, end];
	return side === 'before' ? [start, at.end] : [at.start, end];
}

/**
 * The interval a TIMEX3 date or time value names (`2021-09-06`, `1989-Q3`, `198`, `2021-W35-WE`), or
 * null for values that name none (`XXXX-WXX-1`, `P3W`, `PRESENT_REF`, `2022-02-29`).
 */
export function spanOfValue(value: string): { start: number; end: number; granularity: Granularity } | null {
	const point = parseValue(value);
	if (!point) return null;
	const span = spanOfPoint(point);
	return span ? { ...span, granularity: point.granularity } : null;
}
