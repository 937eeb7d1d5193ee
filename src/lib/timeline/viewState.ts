/**
 * The whole view in the URL: filters, the visible window, the lane grouping and the selected event, so
 * any view can be shared and Back/Forward walk through them. Parsing is strict: a value that cannot be
 * what it claims gives a `ViewStateError` with a message for the reader (a 400), never a guess.
 */
import type { EventFilter } from '../api';
import { EVENT_TYPES, type EventType } from '../model';

export const LANE_MODES = ['region', 'actor', 'type'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export interface ViewState {
	region: string[];
	actor: string[];
	type: EventType[];
	source: string[];
	q: string;
	/** The visible window `[from, to)`, UTC epoch ms; null when the view fits the data. */
	from: number | null;
	to: number | null;
	event: string | null;
	lanes: LaneMode;
}

export class ViewStateError extends Error {
	override name = 'ViewStateError';
}

export const EMPTY_VIEW: ViewState = { region: [], actor: [], type: [], source: [], q: '', from: null, to: null, event: null, lanes: 'region' };

/** Event and article ids, as the store makes them (letters, digits, `.`, `_`, `-`). */
export const RECORD_ID = /^[A-Za-z0-9._-]{1,160}$/;
/** Region and actor ids come from gazetteers and name finders: anything printable, within reason. */
const ENTITY_ID = /^[^\p{Cc}]{1,200}$/u;
const MAX_VALUES = 50;
const MAX_QUERY = 200;

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?$/;

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, read as UTC; an impossible date (2022-02-29) is refused. */
export function parseUrlDate(text: string): number | null {
	const m = DATE.exec(text);
	if (!m) return null;
	const [y, mo, d, h, mi, s] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
	if (h > 23 || mi > 59 || s > 59) return null;
	const ms = Date.UTC(y, mo - 1, d, h, mi, s);
	const date = new Date(ms);
	// Date.UTC maps years 0–99 to 1900–1999; such years are not dates the timeline shows.
	if (y < 100 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return ms;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A window bound for the URL: the day alone when the window is long enough that minutes do not matter. */
export function formatUrlDate(ms: number, withTime: boolean): string {
	const d = new Date(ms);
	const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	return withTime ? `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

function values(params: URLSearchParams, key: string, pattern: RegExp): string[] {
	const all = params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter((v) => v.length > 0);
	if (all.length > MAX_VALUES) throw new ViewStateError(`Too many values for "${key}": at most ${MAX_VALUES}.`);
	for (const v of all) if (!pattern.test(v)) throw new ViewStateError(`"${truncate(v)}" is not a valid ${key} id.`);
	return [...new Set(all)];
}

function truncate(text: string): string {
	return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function windowBound(params: URLSearchParams, key: 'from' | 'to'): number | null {
	const raw = params.get(key);
	if (raw === null || raw === '') return null;
	const ms = parseUrlDate(raw);
	if (ms === null) throw new ViewStateError(`"${key}" must be a real date written YYYY-MM-DD (or YYYY-MM-DDTHH:mm, UTC), not "${truncate(raw)}".`);
	return ms;
}

/** Reads the parameters a view depends on; others are ignored. */
export function parseViewState(params: URLSearchParams): ViewState {
	const types = values(params, 'type', /^[a-z-]{1,40}$/);
	for (const t of types) if (!(EVENT_TYPES as readonly string[]).includes(t)) throw new ViewStateError(`Unknown event type "${t}": use one of ${EVENT_TYPES.join(', ')}.`);
	const q = (params.get('q') ?? '').trim();
	if (q.length > MAX_QUERY) throw new ViewStateError(`The search text is too long: at most ${MAX_QUERY} characters.`);
	const from = windowBound(params, 'from');
	const to = windowBound(params, 'to');
	if (from !== null && to !== null && from >= to) throw new ViewStateError(`"from" must come before "to".`);
	const event = params.get('event');
	if (event !== null && event !== '' && !RECORD_ID.test(event)) throw new ViewStateError(`"${truncate(event)}" is not a valid event id.`);
	const lanes = params.get('lanes') ?? 'region';
	if (!(LANE_MODES as readonly string[]).includes(lanes)) throw new ViewStateError(`"lanes" must be one of ${LANE_MODES.join(', ')}.`);
	return {
		region: values(params, 'region', ENTITY_ID),
		actor: values(params, 'actor', ENTITY_ID),
		type: types as EventType[],
		source: values(params, 'source', RECORD_ID),
		q,
		from,
		to,
		event: event || null,
		lanes: lanes as LaneMode
	};
}

/** The query string of a view, in a fixed order, leaving out what is at its default. */
export function viewSearch(state: ViewState): string {
	const p = new URLSearchParams();
	for (const v of state.region) p.append('region', v);
	for (const v of state.actor) p.append('actor', v);
	for (const v of state.type) p.append('type', v);
	for (const v of state.source) p.append('source', v);
	if (state.q) p.set('q', state.q);
	if (state.from !== null && state.to !== null) {
		const withTime = state.to - state.from < 10 * 86_400_000;
		p.set('from', formatUrlDate(state.from, withTime));
		p.set('to', formatUrlDate(state.to, withTime));
	}
	if (state.lanes !== 'region') p.set('lanes', state.lanes);
	if (state.event) p.set('event', state.event);
	const s = p.toString();
	return s ? `?${s}` : '';
}

/** The store filter of a view; `withWindow` adds the visible window (the list and the downloads). */
export function filterOf(state: ViewState, withWindow = false): EventFilter {
	const f: EventFilter = {};
	if (state.region.length) f.region = state.region;
	if (state.actor.length) f.actor = state.actor;
	if (state.type.length) f.type = state.type;
	if (state.source.length) f.source = state.source;
	if (state.q) f.q = state.q;
	if (withWindow && state.from !== null) f.from = state.from;
	if (withWindow && state.to !== null) f.to = state.to;
	return f;
}

/** A key that changes exactly when the filters change (not the window, lanes or selection). */
export function filterKey(state: ViewState): string {
	return viewSearch({ ...EMPTY_VIEW, region: state.region, actor: state.actor, type: state.type, source: state.source, q: state.q });
}

export function hasFilters(state: ViewState): boolean {
	return state.region.length + state.actor.length + state.type.length + state.source.length > 0 || state.q !== '';
}
