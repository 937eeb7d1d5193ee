import { GRANULARITIES, type Granularity } from '$lib/model';
import { formatValue, parseValue, type CalendarPoint } from './calendarPoint';
import { dayExists } from './calendarMath';

/**
 * The time a relative expression is counted from: the publication date, or an earlier mention.
 */
export interface AnchorPoint {
	kind: 'publication' | 'mention';
	point: CalendarPoint;
	/** The TIMEX3 value of `point`; left out where it would be made for every mention and seldom read. */
	value?: string;
	text?: string;
	offset?: number;
	estimate?: boolean;
	/** The time is only roughly known (it was counted from a coarser one): what counts from it is approximate too. */
	approximate?: boolean;
	/**
	 * Where the stretch the mention named starts, when it starts before `point` (UTC ms): `point` is the
	 * last month of "between August and November 1991", this is 1 August.
	 */
	from?: number;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Reads a publication date given as ISO 8601 (`2021-09-06`, `2021-09-06T10:30:00Z`) or as a TIMEX3 value
 * (`2021-09-06`, `1998-02-27T08:02`, `2021-09`). The date is taken as written: an offset in the string
 * does not move the day, because the article's own calendar day is what its "yesterday" counts from.
 * Throws on a string that is no date, naming it.
 */
export function parseAnchor(anchor: string, estimate = false): AnchorPoint {
	const key = `${estimate ? 'e' : ''}${anchor}`;
	const known = parsedAnchors.get(key);
	if (known) return { ...known };
	const parsed = readAnchor(anchor, estimate);
	if (parsedAnchors.size >= 1000) parsedAnchors.clear();
	parsedAnchors.set(key, parsed);
	return { ...parsed };
}

/** Anchors read so far: a corpus dates many articles on the same days. */
const parsedAnchors = new Map<string, AnchorPoint>();

function readAnchor(anchor: string, estimate: boolean): AnchorPoint {
	const s = anchor.trim();
	const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
	const m = ISO.exec(compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : s);
	let point: CalendarPoint | null = null;
	if (m) {
		const year = Number(m[1]);
		if (m[3] !== undefined) {
			const month = Number(m[2]);
			const day = Number(m[3]);
			if (!dayExists(year, month, day)) throw new Error(`The anchor "${anchor}" is not a date that exists.`);
			point =
				m[4] !== undefined
					? { granularity: 'minute', year, month, day, hour: Number(m[4]), minute: Number(m[5]) }
					: { granularity: 'day', year, month, day };
		} else if (m[2] !== undefined) {
			const month = Number(m[2]);
			if (month >= 1 && month <= 12) point = { granularity: 'month', year, month };
		} else {
			point = { granularity: 'year', year };
		}
	} else {
		point = parseValue(s);
	}
	if (!point || (point.hour !== undefined && (point.hour > 23 || (point.minute ?? 0) > 59))) {
		throw new Error(`The anchor "${anchor}" is not an ISO 8601 date or TIMEX3 value.`);
	}
	const dayPoint: CalendarPoint =
		point.granularity === 'minute' || point.granularity === 'hour'
			? { granularity: 'day', year: point.year, month: point.month, day: point.day }
			: point;
	return { kind: 'publication', point: dayPoint, value: formatValue(dayPoint), estimate: estimate || undefined };
}

/** Each granularity's place from finest to coarsest, for "is this anchor fine enough" questions. */
const RANK = Object.fromEntries(GRANULARITIES.map((g, i) => [g, i])) as Record<Granularity, number>;

export function granularityRank(g: Granularity): number {
	return RANK[g];
}

/** Whether a point at granularity `have` determines a point at granularity `need`. */
export function determines(have: Granularity, need: Granularity): boolean {
	if (have === need) return true;
	// A clock time stated to the hour ("at 10 p.m.") is that hour's first minute: "ten minutes later" counts from it.
	if (have === 'hour' && need === 'minute') return true;
	// A week straddles months and years; only a day or finer fixes them.
	if (have === 'week') return need === 'week';
	if (need === 'week') return granularityRank(have) <= granularityRank('day');
	// A season lies in one year, but for the winter, which starts in its December: near enough for "that
	// year" or "the end of the year", which is all a season is asked for.
	if (have === 'season') return need === 'season' || need === 'year' || need === 'decade' || need === 'century';
	if (need === 'season') return granularityRank(have) <= granularityRank('month');
	return granularityRank(have) <= granularityRank(need);
}
