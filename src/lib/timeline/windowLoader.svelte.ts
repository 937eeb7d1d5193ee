/**
 * The windows of a large store the timeline draws from, fetched as the view moves. Each answer covers
 * the view and half a view on either side, at the bin unit the view calls for, so panning draws from
 * what is in hand and a new window is asked for only when the view leaves it or zooms to another unit.
 * One request at a time: while one is under way the view may move on, and the next request asks for
 * where it went. Until the answer comes the timeline goes on drawing the window it has; only a change of
 * filters or lanes leaves it with nothing to draw, since the old answer no longer applies.
 */
import { decodeWindow, type WindowData, type WindowWire } from './windowWire';
import { binUnitFor, resolutionName } from './timeUnits';
import type { LaneMode } from './viewState';
import type { Window } from './zoomWindow';

/** Bins are at least this many pixels wide (as the scene draws them). */
export const MIN_BIN_WIDTH = 8;

export interface WindowWant {
	/** The filters as a query string (`?region=…`), or ''. */
	search: string;
	lanes: LaneMode;
	maxLanes: number;
	/** Marks per lane beyond which a lane comes as density. */
	limit: number;
	view: Window;
	width: number;
	/** The selected event, to have in hand wherever it is. */
	event: string | null;
}

interface Asked {
	key: string;
	unit: number;
	from: number;
	to: number;
	event: string | null;
}

/** A window bound as the API reads it: a UTC minute, rounded outwards. */
function minute(ms: number, up: boolean): string {
	const m = (up ? Math.ceil : Math.floor)(ms / 60_000) * 60_000;
	return new Date(m).toISOString().slice(0, 16);
}

export function windowKey(w: Pick<WindowWant, 'search' | 'lanes' | 'maxLanes' | 'limit'>): string {
	return `${w.search}|${w.lanes}|${w.maxLanes}|${w.limit}`;
}

/** The request for a view: the view and half of it on either side, at the unit it calls for. */
export function windowRequest(w: WindowWant): { url: string; asked: Asked } {
	const unit = binUnitFor(w.view[0], w.view[1], w.width, MIN_BIN_WIDTH);
	const half = (w.view[1] - w.view[0]) / 2;
	const from = w.view[0] - half;
	const to = w.view[1] + half;
	const params = new URLSearchParams(w.search);
	params.set('from', minute(from, false));
	params.set('to', minute(to, true));
	params.set('resolution', resolutionName(unit));
	params.set('lanes', w.lanes);
	params.set('maxlanes', String(w.maxLanes));
	params.set('limit', String(w.limit));
	if (w.event) params.set('event', w.event);
	return { url: `/api/events?${params}`, asked: { key: windowKey(w), unit, from, to, event: w.event } };
}

/** Whether what was asked (or received) serves a view. */
export function serves(asked: Asked, w: WindowWant, events?: { id: string }[]): boolean {
	if (asked.key !== windowKey(w)) return false;
	if (asked.unit !== binUnitFor(w.view[0], w.view[1], w.width, MIN_BIN_WIDTH)) return false;
	if (asked.from > w.view[0] || asked.to < w.view[1]) return false;
	return !w.event || asked.event === w.event || (events?.some((e) => e.id === w.event) ?? false);
}

export class WindowLoader {
	/** The window in hand, and what was asked for it. */
	data = $state.raw<WindowData | null>(null);
	dataKey = $state<string | null>(null);
	error = $state<string | null>(null);
	/** Requests answered, for the page's own bookkeeping (tests, benchmarks). */
	answered = $state(0);

	#want: WindowWant | null = null;
	#asked: Asked | null = null;
	#pending: { asked: Asked; controller: AbortController } | null = null;
	#fetch: typeof fetch;

	constructor(fetcher: typeof fetch = (...args) => fetch(...args)) {
		this.#fetch = fetcher;
	}

	want(w: WindowWant): void {
		this.#want = w;
		this.#next();
	}

	retry(): void {
		this.error = null;
		this.#asked = null;
		this.#next();
	}

	stop(): void {
		this.#pending?.controller.abort();
		this.#pending = null;
	}

	#next(): void {
		const w = this.#want;
		if (!w || w.width <= 0 || this.error) return;
		if (this.data && this.#asked && serves(this.#asked, w, this.data.events)) return;
		if (this.#pending) {
			if (this.#pending.asked.key === windowKey(w)) return;
			this.stop();
		}
		const { url, asked } = windowRequest(w);
		const controller = new AbortController();
		const pending = { asked, controller };
		this.#pending = pending;
		this.#fetch(url, { signal: controller.signal })
			.then(async (response) => {
				if (!response.ok) throw new Error((await response.json().catch(() => null))?.message ?? `The server answered ${response.status}.`);
				return decodeWindow((await response.json()) as WindowWire);
			})
			.then(
				(data) => {
					if (this.#pending !== pending) return;
					this.#pending = null;
					// An answer for other filters or lanes than those now wanted is of no use.
					if (this.#want && asked.key === windowKey(this.#want)) {
						this.data = data;
						this.dataKey = asked.key;
						this.#asked = asked;
					}
					this.answered++;
					this.#next();
				},
				(e: Error) => {
					if (this.#pending !== pending) return;
					this.#pending = null;
					if (e.name !== 'AbortError') this.error = e.message;
				}
			);
	}
}
