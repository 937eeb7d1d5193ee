/**
 * d3-zoom attached to the plot: wheel, trackpad and pinch zoom around the pointer, drag and touch pan.
 * Zoom events arrive faster than frames; the transform is written to the state once per animation frame.
 * A horizontal trackpad swipe pans instead of zooming. The window is kept within reach of the data, and
 * resizing the plot keeps the same window in view.
 */
import { easeCubicInOut, select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { untrack } from 'svelte';
import type { TimelineState } from './timelineState.svelte';
import { constrainWindow, scaleExtent, transformFor, windowFor, type Window, type ZoomParams } from './zoomWindow';

export interface ZoomControl {
	/** Zooms by `factor` around `centre` (pixels from the plot's left; its middle by default). */
	zoomBy(factor: number, centre?: number): void;
	panBy(pixels: number): void;
	/** Shows a window (kept within reach of the data) and returns the window it shows. */
	show(window: Window, animate?: boolean): Window;
}

export interface ZoomOptions {
	reducedMotion: () => boolean;
	onControl: (control: ZoomControl | null) => void;
	/** Called after each applied frame, and with `settled` once the zoom has rested a moment. */
	onWindow?: (window: Window, settled: boolean) => void;
}

const SETTLE_MS = 350;
const ANIMATION_MS = 420;

export function timelineZoom(state: TimelineState, options: ZoomOptions) {
	return (node: HTMLElement) => {
		let pending: ZoomParams | null = null;
		let frame = 0;
		let settle: ReturnType<typeof setTimeout> | undefined;
		let last: Window | null = null;
		let lastWidth = 0;

		const flush = () => {
			frame = 0;
			if (!pending) return;
			state.transform = pending;
			pending = null;
			last = untrack(() => state.window);
			options.onWindow?.(last, false);
			clearTimeout(settle);
			settle = setTimeout(() => last && options.onWindow?.(last, true), SETTLE_MS);
		};

		const params = (w: Window): ZoomParams => transformFor(state.domain, constrainWindow(state.domain, w), state.width);
		const asTransform = (p: ZoomParams) => zoomIdentity.translate(p.x, 0).scale(p.k);

		const behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
			.filter((event: Event) => {
				if (event.type === 'wheel') {
					const wheel = event as WheelEvent;
					return wheel.ctrlKey || Math.abs(wheel.deltaY) >= Math.abs(wheel.deltaX);
				}
				const e = event as MouseEvent;
				return !e.ctrlKey && !e.button;
			})
			.constrain((transform) => {
				if (state.width <= 0) return transform;
				const w = windowFor(state.domain, { k: transform.k, x: transform.x }, state.width);
				const c = constrainWindow(state.domain, w);
				return c === w ? transform.translate(0, -transform.y / transform.k) : asTransform(transformFor(state.domain, c, state.width));
			})
			.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
				pending = { k: event.transform.k, x: event.transform.x };
				if (!frame) frame = requestAnimationFrame(flush);
			});

		const selection = select(node);
		selection.call(behaviour);

		let animation = 0;
		/** Where a running animation is heading: a second click of "zoom in" goes on from there. */
		let heading: Window | null = null;
		const apply = (p: ZoomParams, animate: boolean) => {
			cancelAnimationFrame(animation);
			heading = null;
			if (!animate || options.reducedMotion()) {
				behaviour.transform(selection, asTransform(p));
				return;
			}
			// The centre moves linearly and the width geometrically, so zooming far feels even.
			const from = untrack(() => state.window);
			const to = windowFor(state.domain, p, state.width);
			heading = to;
			const [c0, c1] = [(from[0] + from[1]) / 2, (to[0] + to[1]) / 2];
			const [w0, w1] = [from[1] - from[0], to[1] - to[0]];
			const started = performance.now();
			const step = (now: number) => {
				const u = easeCubicInOut(Math.min(1, (now - started) / ANIMATION_MS));
				const c = c0 + (c1 - c0) * u;
				const w = w0 * Math.pow(w1 / w0, u);
				behaviour.transform(selection, asTransform(transformFor(state.domain, [c - w / 2, c + w / 2], state.width)));
				if (u < 1) animation = requestAnimationFrame(step);
				else heading = null;
			};
			animation = requestAnimationFrame(step);
		};
		// A gesture takes over from an animation.
		selection.on('pointerdown.animation wheel.animation', () => {
			cancelAnimationFrame(animation);
			heading = null;
		});

		const onWheel = (event: WheelEvent) => {
			if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
			event.preventDefault();
			const w = untrack(() => state.window);
			const shift = (event.deltaX / state.width) * (w[1] - w[0]) * (event.deltaMode === 1 ? 16 : 1);
			apply(params([w[0] + shift, w[1] + shift]), false);
		};
		node.addEventListener('wheel', onWheel, { passive: false });

		const control: ZoomControl = {
			zoomBy(factor, centre) {
				const w = heading ?? untrack(() => state.window);
				const at = w[0] + ((centre ?? state.width / 2) / state.width) * (w[1] - w[0]);
				apply(params([at - (at - w[0]) / factor, at + (w[1] - at) / factor]), true);
			},
			panBy(pixels) {
				const w = heading ?? untrack(() => state.window);
				const shift = (pixels / state.width) * (w[1] - w[0]);
				apply(params([w[0] + shift, w[1] + shift]), true);
			},
			show(window, animate = true) {
				const p = params(window);
				apply(p, animate);
				return windowFor(state.domain, p, state.width);
			}
		};

		// The zoom's limits follow the data's extent; a new width keeps the window that was in view.
		$effect(() => {
			const domain = state.domain;
			const width = state.width;
			behaviour.scaleExtent(scaleExtent(domain));
			if (width <= 0) return;
			untrack(() => {
				if (last && lastWidth !== width) {
					const p = params(last);
					state.transform = p;
					selection.property('__zoom', asTransform(p));
				}
				lastWidth = width;
			});
		});

		options.onControl(control);
		return () => {
			options.onControl(null);
			cancelAnimationFrame(frame);
			cancelAnimationFrame(animation);
			clearTimeout(settle);
			node.removeEventListener('wheel', onWheel);
			selection.on('.zoom', null).on('.animation', null);
		};
	};
}
