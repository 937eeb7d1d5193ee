import { describe, expect, it } from 'vitest';
import { encodeTimeline } from './timelineWire';
import { binUnitFor, resolutionName } from './timeUnits';
import { serves, WindowLoader, windowRequest, type WindowWant } from './windowLoader.svelte';
import type { WindowWire } from './windowWire';

const DAY = 86_400_000;
const T0 = Date.UTC(2021, 7, 1);

const want = (view: [number, number], over: Partial<WindowWant> = {}): WindowWant => ({ search: '?type=statement', lanes: 'region', maxLanes: 6, limit: 200, view, width: 1000, event: null, ...over });

function answer(url: string): WindowWire {
	const p = new URL(url, 'http://x').searchParams;
	const from = Date.parse(`${p.get('from')}Z`);
	const to = Date.parse(`${p.get('to')}Z`);
	return { format: 'dateline-window/1', from: from - (from % DAY), to: to - (to % DAY) + DAY, resolution: p.get('resolution')!, lanes: [], inRange: [], complete: [], events: encodeTimeline([]), laneOf: [], stackOf: [], stacks: [], bins: [], matched: 0 };
}

/** A fetch whose answers are released by hand, recording what was asked. */
function fakeFetch() {
	const asked: { url: string; release: () => void; signal: AbortSignal }[] = [];
	const fetcher = ((url: string, init?: RequestInit) =>
		new Promise<Response>((resolve, reject) => {
			init?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
			asked.push({ url, signal: init!.signal!, release: () => resolve(new Response(JSON.stringify(answer(url)), { status: 200 })) });
		})) as typeof fetch;
	return { asked, fetcher };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('windowRequest', () => {
	it('asks for the view and half of it on either side, at the unit the view calls for, with the filters', () => {
		const w = want([T0, T0 + 10 * DAY]);
		const { url, asked } = windowRequest(w);
		const p = new URL(url, 'http://x').searchParams;
		expect(url.startsWith('/api/events?')).toBe(true);
		expect(p.get('type')).toBe('statement');
		expect(p.get('from')).toBe('2021-07-27T00:00');
		expect(p.get('to')).toBe('2021-08-16T00:00');
		expect(p.get('resolution')).toBe(resolutionName(binUnitFor(T0, T0 + 10 * DAY, 1000, 8)));
		expect([p.get('lanes'), p.get('maxlanes'), p.get('limit')]).toEqual(['region', '6', '200']);
		expect(serves(asked, w)).toBe(true);
		// Panning a little is served; leaving the stretch, zooming to another unit or other filters is not.
		expect(serves(asked, want([T0 + 3 * DAY, T0 + 13 * DAY]))).toBe(true);
		expect(serves(asked, want([T0 + 8 * DAY, T0 + 18 * DAY]))).toBe(false);
		expect(serves(asked, want([T0, T0 + 200 * DAY]))).toBe(false);
		expect(serves(asked, want([T0, T0 + 10 * DAY], { search: '' }))).toBe(false);
		expect(serves(asked, want([T0, T0 + 10 * DAY], { event: 'e1' }))).toBe(false);
		expect(serves(asked, want([T0, T0 + 10 * DAY], { event: 'e1' }), [{ id: 'e1' }])).toBe(true);
	});
});

describe('WindowLoader', () => {
	it('asks once at a time, and for where the view went when the answer comes', async () => {
		const { asked, fetcher } = fakeFetch();
		const loader = new WindowLoader(fetcher);
		loader.want(want([T0, T0 + 10 * DAY]));
		loader.want(want([T0 + 20 * DAY, T0 + 30 * DAY]));
		loader.want(want([T0 + 40 * DAY, T0 + 50 * DAY]));
		expect(asked).toHaveLength(1);
		asked[0].release();
		await settle();
		expect(loader.data).not.toBeNull();
		expect(asked).toHaveLength(2);
		expect(new URL(asked[1].url, 'http://x').searchParams.get('from')).toBe('2021-09-05T00:00');
		asked[1].release();
		await settle();
		loader.want(want([T0 + 41 * DAY, T0 + 51 * DAY]));
		expect(asked).toHaveLength(2);
	});

	it('drops a request for filters no longer wanted, and never draws its answer', async () => {
		const { asked, fetcher } = fakeFetch();
		const loader = new WindowLoader(fetcher);
		loader.want(want([T0, T0 + 10 * DAY]));
		loader.want(want([T0, T0 + 10 * DAY], { search: '?region=x' }));
		expect(asked[0].signal.aborted).toBe(true);
		expect(asked).toHaveLength(2);
		asked[1].release();
		await settle();
		expect(loader.dataKey).toContain('?region=x');
	});

	it('says what went wrong, and tries again when asked', async () => {
		let fail = true;
		const loader = new WindowLoader((async (url: string) =>
			fail ? new Response(JSON.stringify({ message: 'The store is busy.' }), { status: 503 }) : new Response(JSON.stringify(answer(url)))) as typeof fetch);
		loader.want(want([T0, T0 + 10 * DAY]));
		await settle();
		await settle();
		expect(loader.error).toBe('The store is busy.');
		fail = false;
		loader.retry();
		await settle();
		await settle();
		expect(loader.error).toBeNull();
		expect(loader.data).not.toBeNull();
	});
});
