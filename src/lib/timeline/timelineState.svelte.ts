/**
 * The timeline's state, owned by `Timeline.svelte` and shared with its layers through context: the data,
 * the plot's size, the zoom transform, and everything derived from them (the window, the axis, the lanes'
 * boxes, the scene, the hit index). Layers read; only the parent and the zoom write.
 */
import { createContext } from 'svelte';
import type { EventSummary } from '../api';
import { EVENT_TYPES } from '../model';
import { axisTicks } from './axisTicks';
import { buildEventIndex, type EventIndex } from './eventIndex';
import { buildHitIndex, type Hit } from './hitIndex';
import { assignLanes, type Lane, type LaneLookup } from './lanes';
import { buildScene, type LaneBox, type Scene, type SceneDensity, type SceneMark } from './scene';
import { spanLabel } from './spanLabel';
import { markStyle } from './markStyle';
import type { LaneMode } from './viewState';
import { MIN_BIN_WIDTH } from './windowLoader.svelte';
import type { WindowData } from './windowWire';
import { baseDomain, windowFor, type Window, type ZoomParams } from './zoomWindow';

export const ROW_HEIGHT = 18;
export const MARK_SIZE = 10;
export const AXIS_HEIGHT = 44;
export const MIN_LANE_HEIGHT = 52;
export const MAX_LANE_HEIGHT = 400;
export const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const EMPTY_SCENE: Scene = { t0: 0, t1: 1, width: 0, marks: [], bins: [], labels: [], laneModes: [], binUnit: 4, highlight: null, maxBin: 0 };

/**
 * What the timeline is given: dated events in chronological order (all of them for a small view), or,
 * for a large one, the window of it in hand (its events, lanes and density); how to group them; the
 * store's extent.
 */
export interface TimelineInput {
	events: EventSummary[];
	window: WindowData | null;
	/** For a view drawn from windows: its filters as a query string. */
	search: string | null;
	laneMode: LaneMode;
	lookup: LaneLookup;
	extent: { start: number; end: number } | null;
}

/** The counts of the events a stack's first member stands for besides itself, from the stacks a window summarized. */
function stackExtras(data: WindowData): Map<number, Int32Array> {
	const extra = new Map<number, Int32Array>();
	const firstOf = new Map<number, number>();
	data.stackOf.forEach((s, i) => {
		if (s < 0) return;
		const first = firstOf.get(s);
		if (first === undefined) {
			firstOf.set(s, i);
			extra.set(i, Int32Array.from(data.stacks[s].counts));
		}
		extra.get(first ?? i)![typeIndex(data.events[i].type)]--;
	});
	return extra;
}

const TYPE_ORDER = new Map(EVENT_TYPES.map((t, i) => [t, i]));
function typeIndex(type: string): number {
	return TYPE_ORDER.get(type as (typeof EVENT_TYPES)[number]) ?? EVENT_TYPES.length - 1;
}

export class TimelineState {
	#input: () => TimelineInput;
	search: string | null = $derived.by(() => this.#input().search);
	windowed: boolean = $derived(this.search !== null);
	data: WindowData | null = $derived.by(() => this.#input().window);
	events: EventSummary[] = $derived.by(() => (this.windowed ? (this.data?.events ?? []) : this.#input().events));
	laneMode: LaneMode = $derived.by(() => this.#input().laneMode);
	lookup: LaneLookup = $derived.by(() => this.#input().lookup);
	extent = $derived.by(() => this.#input().extent);

	/** Size of the plot (axis included), in CSS pixels. */
	width = $state(0);
	height = $state(0);
	transform = $state.raw<ZoomParams>({ k: 1, x: 0 });

	/** Room kept at the top of each lane for its name, when names sit over the plot (narrow screens). */
	laneInset = $state(0);
	/** The bin count that fills a lane: follows the view with some slack, so heights do not jump at every pan. */
	binReference = $state(1);
	selected = $state<number | null>(null);
	focused = $state<number | null>(null);
	hovered = $state.raw<Hit | null>(null);
	/** A stack whose events are listed for choosing. */
	openStack = $state.raw<SceneMark | null>(null);

	domain: Window = $derived(baseDomain(this.extent));
	window: Window = $derived(this.width > 0 ? windowFor(this.domain, this.transform, this.width) : this.domain);
	axis = $derived(axisTicks(this.window[0], this.window[1], Math.max(1, this.width)));

	lanesHeight = $derived(Math.max(0, this.height - AXIS_HEIGHT));
	maxLanes = $derived(Math.max(1, Math.floor(this.lanesHeight / MIN_LANE_HEIGHT)));
	assignment = $derived(
		this.windowed
			? { lanes: this.data?.lanes ?? [], laneOf: this.data?.laneOf ?? new Uint16Array(0) }
			: assignLanes(this.events, this.laneMode, this.lookup, this.maxLanes)
	);
	lanes: Lane[] = $derived(this.assignment.lanes);
	index: EventIndex = $derived(
		buildEventIndex(this.events, this.assignment.laneOf, this.assignment.lanes.length, this.windowed && this.data ? stackExtras(this.data) : undefined)
	);
	density: SceneDensity | undefined = $derived(this.windowed && this.data ? { unit: this.data.unit, bounds: this.data.bounds, bins: this.data.bins } : undefined);
	indexOfId = $derived(new Map(this.events.map((e, i) => [e.id, i])));

	laneBoxes: LaneBox[] = $derived.by(() => {
		const n = this.lanes.length;
		const h = n ? Math.min(MAX_LANE_HEIGHT, this.lanesHeight / n) : 0;
		return this.lanes.map((_, i) => ({ y0: AXIS_HEIGHT + i * h, y1: AXIS_HEIGHT + (i + 1) * h }));
	});

	constructor(input: () => TimelineInput) {
		this.#input = input;
	}

	#labels = new Map<number, string>();
	#stacks = new Map<string, string>();
	#labelsOf: EventSummary[] | null = null;
	#widths = new Map<string, number>();
	#measureContext: CanvasRenderingContext2D | null = null;

	scene: Scene = $derived.by(() => {
		if (this.width <= 0 || (this.events.length === 0 && !this.density)) return EMPTY_SCENE;
		return buildScene(this.index, {
			t0: this.window[0],
			t1: this.window[1],
			width: this.width,
			lanes: this.laneInset ? this.laneBoxes.map((b) => ({ y0: b.y0 + this.laneInset, y1: b.y1 })) : this.laneBoxes,
			rowHeight: ROW_HEIGHT,
			markSize: MARK_SIZE,
			minBinWidth: MIN_BIN_WIDTH,
			binReference: this.binReference,
			labelText: (i) => this.labelText(i),
			stackText: (members, size) => this.stackText(members, size),
			measure: (text) => this.measure(text),
			maxLabels: 250,
			highlight: this.focused ?? this.selected,
			density: this.density
		});
	});

	hits = $derived(buildHitIndex(this.scene, ROW_HEIGHT, MARK_SIZE));

	/** A label says the date itself when the axis alone cannot: for spans, hedged and open-ended times. */
	labelText(i: number): string {
		if (this.#labelsOf !== this.events) {
			this.#labels = new Map();
			this.#stacks = new Map();
			this.#labelsOf = this.events;
		}
		let text = this.#labels.get(i);
		if (text === undefined) {
			const e = this.events[i];
			const style = markStyle(e.time!);
			text = style.long || style.approximate || style.open ? `${spanLabel(e.time!)} · ${e.title}` : e.title;
			this.#labels.set(i, text);
		}
		return text;
	}

	/** A stack says how many events share the time, and the time itself. */
	stackText(members: number[], size: number): string {
		if (this.#labelsOf !== this.events) {
			this.#labels = new Map();
			this.#stacks = new Map();
			this.#labelsOf = this.events;
		}
		const key = `${members[0]}:${size}`;
		let text = this.#stacks.get(key);
		if (text === undefined) {
			text = `${size.toLocaleString('en')} events · ${spanLabel(this.events[members[0]].time!)}`;
			this.#stacks.set(key, text);
		}
		return text;
	}

	measure(text: string): number {
		let w = this.#widths.get(text);
		if (w === undefined) {
			this.#measureContext ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
			if (this.#measureContext) {
				this.#measureContext.font = LABEL_FONT;
				w = Math.ceil(this.#measureContext.measureText(text).width) + 2;
			} else {
				w = text.length * 7;
			}
			this.#widths.set(text, w);
		}
		return w;
	}

	x(t: number): number {
		return ((t - this.window[0]) / (this.window[1] - this.window[0])) * this.width;
	}

	time(px: number): number {
		return this.window[0] + (px / this.width) * (this.window[1] - this.window[0]);
	}
}

export const [getTimeline, setTimeline] = createContext<TimelineState>();
