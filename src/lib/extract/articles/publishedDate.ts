import { UTCDate } from '@date-fns/utc';
import { addDays, addMinutes } from 'date-fns';
import type { DatePart, PublicationBasis, PublicationDate } from '../../model';

/** Publication years outside this range are refused: year 0 does not exist and years past 9999 are not ISO dates. */
export const MIN_PUBLICATION_YEAR = 1000;
export const MAX_PUBLICATION_YEAR = 9999;

/** Calendar fields of a publication date as written: a day, or a day with a wall-clock time. */
export interface CalendarDate {
	year: number;
	month: number;
	day: number;
	hour?: number;
	minute?: number;
	second?: number;
	/** As written: `Z`, `+04:30`, `-0700`. */
	zone?: string;
}

export type ParsedPublished = { ok: true; fields: CalendarDate } | { ok: false; message: string; partial?: boolean };

const ISO_DATE_TIME =
	/^([+-]?\d+)-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?[ ]?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const PARTIAL_ISO = /^([+-]?\d+)(?:-(\d{1,2}))?$/;

/**
 * Reads an ISO 8601 date or date-time from metadata (`2021-09-06`, `2021-09-06T10:30:00+04:30`).
 * Impossible dates (30 February, year 0, year 99999) are refused with the reason; a value that is not
 * ISO 8601 at all yields `null` so the caller can try other readings.
 */
export function parseIsoPublished(value: string): ParsedPublished | null {
	const text = value.trim();
	const m = ISO_DATE_TIME.exec(text);
	if (!m) {
		const partial = PARTIAL_ISO.exec(text);
		if (!partial) return null;
		const what = partial[2] ? 'a month' : 'a year';
		return { ok: false, message: `"${text}" names only ${what}, not a day`, partial: true };
	}
	const fields: CalendarDate = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
	if (m[4] !== undefined) {
		fields.hour = Number(m[4]);
		fields.minute = Number(m[5]);
		if (m[6] !== undefined) fields.second = Number(m[6]);
		if (m[7] !== undefined) fields.zone = m[7].toUpperCase();
	}
	const problem = calendarProblem(fields, m[1]);
	return problem ? { ok: false, message: `"${text}" ${problem}` } : { ok: true, fields };
}

/** Why these fields are not a real date and time, or null. */
export function calendarProblem(f: CalendarDate, yearText = String(f.year)): string | null {
	if (!/^\d{4}$/.test(yearText) || f.year < MIN_PUBLICATION_YEAR || f.year > MAX_PUBLICATION_YEAR) {
		return f.year === 0 ? 'has year 0, which does not exist' : `has year ${yearText}, outside ${MIN_PUBLICATION_YEAR}–${MAX_PUBLICATION_YEAR}`;
	}
	if (f.month < 1 || f.month > 12) return `has month ${f.month}, which does not exist`;
	const probe = new UTCDate(f.year, f.month - 1, f.day);
	if (f.day < 1 || probe.getMonth() !== f.month - 1 || probe.getDate() !== f.day) {
		return `is not a date: ${f.year}-${pad(f.month)} has no day ${f.day}`;
	}
	if (f.hour !== undefined && (f.hour > 23 || (f.minute ?? 0) > 59 || (f.second ?? 0) > 59)) {
		return `has an impossible time of day`;
	}
	if (f.zone && f.zone !== 'Z') {
		const [, hh, mm] = /^[+-](\d{2}):?(\d{2})?$/.exec(f.zone) ?? [];
		if (Number(hh) > 14 || Number(mm ?? 0) > 59) return `has an impossible time-zone offset ${f.zone}`;
	}
	return null;
}

/**
 * The publication date as Dateline stores it. Times are kept as wall-clock time (a "floating" time): a
 * day in Dateline is the UTC day of its calendar date, so the minute a date-time names must sit inside
 * that day, whatever the writer's offset; the offset stays in `date` for whoever needs the instant.
 */
export function publicationDate(f: CalendarDate, basis: PublicationBasis, estimate: boolean): PublicationDate {
	const day = `${String(f.year).padStart(4, '0')}-${pad(f.month)}-${pad(f.day)}`;
	if (f.hour === undefined) {
		const start = new UTCDate(f.year, f.month - 1, f.day);
		return {
			date: day,
			basis,
			estimate,
			span: {
				start: start.getTime(),
				end: addDays(start, 1).getTime(),
				granularity: 'day',
				value: day,
				basis: 'stated',
				approximate: estimate,
				known: ['year', 'month', 'day']
			}
		};
	}
	const start = new UTCDate(f.year, f.month - 1, f.day, f.hour, f.minute ?? 0);
	const clock = `${pad(f.hour)}:${pad(f.minute ?? 0)}`;
	const seconds = f.second !== undefined ? `:${pad(f.second)}` : ':00';
	const known: DatePart[] = ['year', 'month', 'day', 'hour', 'minute'];
	if (f.zone) known.push('zone');
	return {
		date: `${day}T${clock}${seconds}${f.zone ? normalizeZone(f.zone) : ''}`,
		basis,
		estimate,
		span: {
			start: start.getTime(),
			end: addMinutes(start, 1).getTime(),
			granularity: 'minute',
			value: `${day}T${clock}`,
			basis: 'stated',
			approximate: estimate,
			known
		}
	};
}

function normalizeZone(zone: string): string {
	if (zone === 'Z') return 'Z';
	const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
	return `${sign}${hh}:${mm ?? '00'}`;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}
