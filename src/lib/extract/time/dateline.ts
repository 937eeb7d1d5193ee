import type { AnchorPoint } from './anchor';
import { MONTH_PATTERN, monthNumber } from './calendarWords';
import { dayExists, spanOfPoint } from './calendarMath';

/**
 * The date in an article's dateline ("WASHINGTON, August 13 (Xinhua) --", "KABUL, Sept. 6, 2021 —") is
 * the day the article was written, in the place it was written. Wire services stamp their metadata in
 * another time zone, often a day later; "on Monday" counts from the dateline's day, so the dateline wins
 * over the given anchor when the two are at most three days apart. Without a year, the dateline takes the
 * anchor's; without an anchor, only a dateline with a year is used.
 */

const DATELINE = new RegExp(
	`^\\s*(?:[\\p{Lu}][\\p{L}.'’\\- ]{1,40}(?:,\\s*[\\p{Lu}][\\p{L}.'’ ]{1,30}){0,2}),\\s+(${MONTH_PATTERN})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\(|--|—|–|-|:)`,
	'u'
);

const MAX_DAYS_APART = 3;
const DAY = 86_400_000;

export function datelineAnchor(text: string, anchor: AnchorPoint | null): AnchorPoint | null {
	const m = DATELINE.exec(text.slice(0, 200));
	if (!m || !/^\p{Lu}/u.test(m[1])) return anchor;
	const month = monthNumber(m[1]);
	const day = Number(m[2]);
	if (!month) return anchor;
	const anchorSpan = anchor ? spanOfPoint(anchor.point) : null;
	const years = m[3] ? [Number(m[3])] : anchor ? [anchor.point.year - 1, anchor.point.year, anchor.point.year + 1] : [];
	for (const year of years) {
		if (!dayExists(year, month, day)) continue;
		const point = { granularity: 'day' as const, year, month, day };
		const span = spanOfPoint(point);
		if (!span) continue;
		if (anchorSpan && anchor?.point.granularity === 'day' && Math.abs(span.start - anchorSpan.start) > MAX_DAYS_APART * DAY) continue;
		if (anchorSpan && anchor?.point.granularity !== 'day' && (span.start < anchorSpan.start || span.start >= anchorSpan.end)) continue;
		const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
		return { kind: 'publication', point, value, estimate: anchor?.estimate };
	}
	return anchor;
}
