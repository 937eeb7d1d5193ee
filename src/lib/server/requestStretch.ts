/**
 * The stretch of time and the bins a window or density request asks for, or a 400 that says which
 * parameter is wrong and why. `from` and `to` are dates as in the page's URL (`YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:mm`, UTC) and default to the view's extent; `resolution` names the bin unit and defaults
 * to the finest one that keeps the answer within `MAX_BINS`.
 */
import { error } from '@sveltejs/kit';
import { FINEST_BIN, resolutionName, resolutionUnit, TIME_UNITS } from '../timeline/timeUnits';
import { parseUrlDate } from '../timeline/viewState';
import { MAX_BINS } from '../timeline/windowWire';

export interface RequestedStretch {
	from: number;
	to: number;
	unit: number;
}

function truncate(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function date(params: URLSearchParams, key: 'from' | 'to', fallback: number | undefined): number | undefined {
	const raw = params.get(key);
	if (raw === null || raw === '') return fallback;
	const ms = parseUrlDate(raw);
	if (ms === null) error(400, `"${key}" must be a real date written YYYY-MM-DD (or YYYY-MM-DDTHH:mm, UTC), not "${truncate(raw)}".`);
	return ms;
}

const RESOLUTIONS = TIME_UNITS.map((_, i) => i)
	.filter((i) => i >= FINEST_BIN)
	.map(resolutionName);

/** `extent` is where the stretch defaults to: the view's events (null when it has none). */
export function requestStretch(params: URLSearchParams, extent: { start: number; end: number } | null): RequestedStretch {
	const from = date(params, 'from', extent?.start);
	const to = date(params, 'to', extent?.end);
	if (from === undefined || to === undefined) error(400, 'This view has no dated events: give "from" and "to".');
	if (from >= to) error(400, '"from" must come before "to".');
	const raw = params.get('resolution');
	let unit: number;
	if (raw === null || raw === '') {
		unit = FINEST_BIN;
		while (unit + 1 < TIME_UNITS.length && (to - from) / TIME_UNITS[unit].approxMs > MAX_BINS / 2) unit++;
	} else {
		unit = resolutionUnit(raw);
		if (unit < 0) error(400, `"resolution" must be one of ${RESOLUTIONS.join(', ')}, not "${truncate(raw)}".`);
	}
	// Months and years vary in length: the estimate has some slack, the boundaries themselves are capped too.
	if ((to - from) / TIME_UNITS[unit].approxMs > MAX_BINS * 0.95) {
		error(400, `From ${new Date(from).toISOString().slice(0, 10)} to ${new Date(to).toISOString().slice(0, 10)} at "${resolutionName(unit)}" makes more than ${MAX_BINS} bins: ask for a shorter stretch or a coarser resolution.`);
	}
	return { from, to, unit };
}

/** A whole number parameter within `[min, max]`, or its default. */
export function requestCount(params: URLSearchParams, key: string, min: number, max: number, fallback: number): number {
	const raw = params.get(key);
	if (raw === null || raw === '') return fallback;
	if (!/^\d{1,6}$/.test(raw) || Number(raw) < min || Number(raw) > max) error(400, `"${key}" must be a whole number from ${min} to ${max}, not "${truncate(raw)}".`);
	return Number(raw);
}
