/**
 * `npm run bench:render [-- --events N] [--seconds S] [--runs R] [--path /?…]`: the timeline in Debian's Chromium,
 * headless, over a synthetic store of N events (1,000,000 by default; made with `npm run synth` and kept
 * under tmp/). The built app is served on the store and warmed once (the server reads its event columns
 * on first use; that cold start is reported apart). Each run opens the page in a fresh browser context,
 * times the first full render, then zooms and pans without pause for S seconds with the wheel and the
 * mouse, as a reader would.
 *
 * Figures per run and their spread over the runs:
 *   first render   from navigation start to the first painted frame that shows the store's events;
 *   frame time     the time between painted frames during the gestures (rAF timestamps), rounded to
 *                  whole display frames: 16.7 ms when no frame is missed (the raw intervals are printed
 *                  too: the browser's clock is coarsened to 0.1 ms, so they read 16.6 to 16.8);
 *   frame work     main-thread time of each frame: from its animation-frame callbacks to the end of its
 *                  rendering (a message posted from the first callback runs once the frame is done);
 *   long tasks     main-thread tasks over 50 ms during the gestures.
 * The last line is one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { buildIfStale } from '../scripts/build-if-stale';
import { ensureSyntheticStore, machine, serveBuiltApp } from './servedStore';

const { values } = parseArgs({
	options: {
		events: { type: 'string', default: '1000000' },
		seconds: { type: 'string', default: '8' },
		runs: { type: 'string', default: '3' },
		db: { type: 'string' },
		width: { type: 'string', default: '1440' },
		height: { type: 'string', default: '900' },
		path: { type: 'string', default: '/' }
	}
});
const events = Number(values.events);
const seconds = Number(values.seconds);
const runs = Number(values.runs);
if (!Number.isInteger(events) || events < 1 || !(seconds > 0) || !Number.isInteger(runs) || runs < 1) {
	console.error('bench:render: --events, --seconds and --runs must be positive numbers');
	process.exit(2);
}
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const store = resolve(values.db ?? join(root, 'tmp', `bench-store-${events}.db`));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VSYNC = 1000 / 60;

// Runs in the page before its own scripts: frame timestamps, work per frame, long tasks, first render.
const RECORDER = `
window.__bench = { frames: [], work: [], longTasks: [], longFrames: [], drawnAt: null, recording: false };
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
// What the longest frames spent their time in, to say where a dropped frame came from.
new PerformanceObserver((list) => {
	for (const e of list.getEntries()) {
		const top = [...(e.scripts || [])].sort((a, b) => b.duration - a.duration)[0];
		window.__bench.longFrames.push([e.startTime, e.duration, top ? (top.sourceFunctionName || top.invoker || '?') + ' ' + Math.round(top.duration) + 'ms' : 'rendering ' + Math.round(e.duration - (e.renderStart ? e.renderStart - e.startTime : 0)) + 'ms']);
	}
}).observe({ type: 'long-animation-frame', buffered: true });
(function watch() {
	const plot = document.querySelector('.plot');
	if (plot && Number(plot.getAttribute('data-drawn')) > 0 && !plot.querySelector('.state.loading')) {
		requestAnimationFrame(() => { window.__bench.drawnAt = performance.now(); });
		return;
	}
	requestAnimationFrame(watch);
})();
(function loop(now) {
	const b = window.__bench;
	if (b.recording && now !== undefined) {
		b.frames.push(now);
		const began = performance.now();
		const channel = new MessageChannel();
		channel.port1.onmessage = () => b.work.push(performance.now() - began);
		channel.port2.postMessage(0);
	}
	requestAnimationFrame(loop);
})();
`;

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function round(n: number, digits = 1): number {
	return Number(n.toFixed(digits));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wheel zooms and mouse drags, one after the other, over several places and depths, for `ms`. */
async function gestures(page: Page, ms: number): Promise<number> {
	const plot = page.locator('.plot');
	const box = (await plot.boundingBox())!;
	const y = box.y + box.height / 2;
	const spots = [0.5, 0.62, 0.35, 0.8, 0.2];
	const depths = [40, 60, 25, 50];
	const end = performance.now() + ms;
	let inputs = 0;
	for (let cycle = 0; performance.now() < end; cycle++) {
		const x = box.x + box.width * spots[cycle % spots.length];
		const depth = depths[cycle % depths.length];
		await page.mouse.move(x, y);
		for (let i = 0; i < depth && performance.now() < end; i++, inputs++) {
			await page.mouse.wheel(0, -120);
			await sleep(12);
		}
		await page.mouse.down();
		for (let i = 1; i <= 30 && performance.now() < end; i++, inputs++) {
			await page.mouse.move(x + (cycle % 2 ? -14 : 14) * i, y + ((i % 6) - 3));
			await sleep(12);
		}
		await page.mouse.up();
		for (let i = 0; i < depth && performance.now() < end; i++, inputs++) {
			await page.mouse.wheel(0, 120);
			await sleep(12);
		}
	}
	return inputs;
}

interface RunResult {
	firstRenderMs: number;
	loadEventMs: number;
	frames: number;
	frameP50: number;
	frameP95: number;
	frameMax: number;
	rawP50: number;
	rawP95: number;
	droppedFrames: number;
	workP50: number;
	workP95: number;
	workMax: number;
	longTasks: number;
	longTaskMs: number;
	windowRequests: number;
	inputs: number;
	/** The longest animation frames (over 50 ms) and what took most of each. */
	longestFrames: string[];
}

async function run(origin: string, browser: Awaited<ReturnType<typeof chromium.launch>>): Promise<RunResult> {
	// The app's CSP forbids evaluating strings; the recorder and its readers are strings (tsx rewrites functions).
	const context = await browser.newContext({ viewport: { width: Number(values.width), height: Number(values.height) }, bypassCSP: true });
	await context.addInitScript({ content: RECORDER });
	const page = await context.newPage();
	let windowRequests = 0;
	page.on('request', (r) => {
		if (r.url().includes('/api/events?')) windowRequests++;
	});
	page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
	await page.goto(`${origin}${values.path}`);
	await page.waitForFunction('window.__bench.drawnAt !== null', null, { timeout: 60_000 });
	const timing = (await page.evaluate(`(() => { const n = performance.getEntriesByType('navigation')[0]; return { drawn: window.__bench.drawnAt, load: n.loadEventEnd }; })()`)) as { drawn: number; load: number };
	// Let the overview and the first window settle before the gestures start.
	await sleep(1000);
	const requestsBefore = windowRequests;
	await page.evaluate(`window.__bench.recording = true; window.__bench.gestureStart = performance.now();`);
	const inputs = await gestures(page, seconds * 1000);
	const recorded = (await page.evaluate(
		`(() => { const b = window.__bench; b.recording = false; return { frames: b.frames, work: b.work, longTasks: b.longTasks.filter(([s]) => s >= b.gestureStart), longFrames: b.longFrames.filter(([s]) => s >= b.gestureStart) }; })()`
	)) as { frames: number[]; work: number[]; longTasks: [number, number][]; longFrames: [number, number, string][] };
	await context.close();

	const raw = recorded.frames.slice(1).map((t, i) => t - recorded.frames[i]);
	const displayed = raw.map((d) => Math.max(1, Math.round(d / VSYNC)) * VSYNC).sort((a, b) => a - b);
	const sortedRaw = [...raw].sort((a, b) => a - b);
	const work = [...recorded.work].sort((a, b) => a - b);
	return {
		firstRenderMs: round(timing.drawn, 0),
		loadEventMs: round(timing.load, 0),
		frames: raw.length,
		frameP50: round(percentile(displayed, 50)),
		frameP95: round(percentile(displayed, 95)),
		frameMax: round(displayed[displayed.length - 1] ?? NaN),
		rawP50: round(percentile(sortedRaw, 50)),
		rawP95: round(percentile(sortedRaw, 95)),
		droppedFrames: raw.reduce((n, d) => n + Math.max(0, Math.round(d / VSYNC) - 1), 0),
		workP50: round(percentile(work, 50)),
		workP95: round(percentile(work, 95)),
		workMax: round(work[work.length - 1] ?? NaN),
		longTasks: recorded.longTasks.length,
		longTaskMs: round(recorded.longTasks.reduce((n, [, d]) => n + d, 0), 0),
		windowRequests: windowRequests - requestsBefore,
		inputs,
		longestFrames: recorded.longFrames
			.sort((a, b) => b[1] - a[1])
			.slice(0, 3)
			.map(([, d, what]) => `${Math.round(d)} ms (${what})`)
	};
}

function spread(values: number[]): { median: number; min: number; max: number } {
	const sorted = [...values].sort((a, b) => a - b);
	return { median: sorted[Math.floor((sorted.length - 1) / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

ensureSyntheticStore(root, store, events);
buildIfStale(root);
console.log(`Serving ${store}…`);
const { server, origin, coldMs } = await serveBuiltApp(root, store);
const results: RunResult[] = [];
try {
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		for (let i = 0; i < runs; i++) {
			const r = await run(origin, browser);
			results.push(r);
			console.log(
				`run ${i + 1}: first render ${r.firstRenderMs} ms (load event ${r.loadEventMs} ms); ${r.frames} frames, frame time p50/p95/max ${r.frameP50}/${r.frameP95}/${r.frameMax} ms (raw p95 ${r.rawP95}), ${r.droppedFrames} dropped; frame work p50/p95/max ${r.workP50}/${r.workP95}/${r.workMax} ms; ${r.longTasks} long tasks (${r.longTaskMs} ms); ${r.windowRequests} window requests for ${r.inputs} inputs${r.longestFrames.length ? `; longest frames: ${r.longestFrames.join(', ')}` : ''}`
			);
		}
	} finally {
		await browser.close();
	}
} finally {
	server.kill('SIGTERM');
}

const pick = (key: Exclude<keyof RunResult, 'longestFrames'>) => spread(results.map((r) => r[key]));
const summary = {
	benchmark: 'render',
	events,
	runs,
	gestureSeconds: seconds,
	viewport: `${values.width}x${values.height}`,
	path: values.path,
	coldStartMs: Math.round(coldMs),
	firstRenderMs: pick('firstRenderMs'),
	frameMs: { p50: pick('frameP50'), p95: pick('frameP95'), max: pick('frameMax') },
	rawFrameMs: { p50: pick('rawP50'), p95: pick('rawP95') },
	droppedFrames: pick('droppedFrames'),
	frameWorkMs: { p50: pick('workP50'), p95: pick('workP95'), max: pick('workMax') },
	longTasks: pick('longTasks'),
	longTaskMs: pick('longTaskMs'),
	windowRequests: pick('windowRequests'),
	machine: { ...machine(), chromium: execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() }
};
console.log(
	`${events.toLocaleString('en')} events, ${runs} runs: first render ${summary.firstRenderMs.median} ms (${summary.firstRenderMs.min}–${summary.firstRenderMs.max}); frame p95 ${summary.frameMs.p95.median} ms (${summary.frameMs.p95.min}–${summary.frameMs.p95.max}); frame work p95 ${summary.frameWorkMs.p95.median} ms; long tasks ${summary.longTasks.median}; cold start ${summary.coldStartMs} ms.`
);
console.log(JSON.stringify(summary));
