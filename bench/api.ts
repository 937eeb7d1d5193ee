/**
 * `npm run bench:api [-- --events N] [--queries Q]`: window queries at random zoom levels against the
 * built app serving a synthetic store of N events (1,000,000 by default; made with `npm run synth` and
 * kept under tmp/). Each query asks `/api/events` for what the timeline asks when it shows a window: a
 * random width from three hours to the whole store, at a random place, with half a window more on either
 * side, at the bin unit a 1254-pixel plot calls for; most without filters, some by type, region, actor,
 * text or several at once, with lanes by region, actor or type. Latency is the whole HTTP exchange, body
 * read. The server is warmed first (it reads its event columns on first use, a cold start reported
 * apart, and twenty unfiltered queries compile its code); a filter's first query, which computes its
 * masks, is counted like any other. The overview
 * strip's `/api/density` and the page itself (`/`, rendered on the server) are timed too.
 * The last line is one JSON object.
 */
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale } from '../scripts/build-if-stale';
import { ensureSyntheticStore, machine, serveBuiltApp } from './servedStore';
import { randomSource } from '../src/lib/synthetic/randomSource';
import { binUnitFor, resolutionName } from '../src/lib/timeline/timeUnits';

const { values } = parseArgs({
	options: {
		events: { type: 'string', default: '1000000' },
		queries: { type: 'string', default: '400' },
		db: { type: 'string' },
		seed: { type: 'string', default: '5' }
	}
});
const events = Number(values.events);
const queries = Number(values.queries);
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(queries) || queries < 1) {
	console.error('bench:api: --events and --queries must be positive integers');
	process.exit(2);
}
const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const store = resolve(values.db ?? join(root, 'tmp', `bench-store-${events}.db`));
// What the timeline asks for in a 1440 × 900 window: a plot 1254 pixels wide, eight lanes, 250 marks a lane.
const PLOT_WIDTH = 1254;
const LIMIT = 250;
const HOUR = 3_600_000;

async function timed(url: string): Promise<{ ms: number; serverMs: number; bytes: number; status: number }> {
	const started = performance.now();
	const response = await fetch(url);
	const body = await response.arrayBuffer();
	const serverMs = Number(/dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1] ?? NaN);
	return { ms: performance.now() - started, serverMs, bytes: body.byteLength, status: response.status };
}

function stats(values: number[]): { p50: number; p95: number; max: number; n: number } {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
	return { p50: Number(at(50).toFixed(1)), p95: Number(at(95).toFixed(1)), max: Number((sorted[sorted.length - 1] ?? NaN).toFixed(1)), n: sorted.length };
}

function minute(ms: number, up: boolean): string {
	return new Date((up ? Math.ceil : Math.floor)(ms / 60_000) * 60_000).toISOString().slice(0, 16);
}

ensureSyntheticStore(root, store, events);
buildIfStale(root);
console.log(`Serving ${store}…`);
const { server, origin, coldMs } = await serveBuiltApp(root, store);
try {
	const facets = ['country:syn-0', 'province:syn-1-2', 'district:syn-2-3-4', 'org:syn-3', 'person:syn-5-1'];
	const words = ['attacked', 'ceasefire', 'aid', 'governor', 'statement', 'families fleeing'];
	const random = randomSource(Number(values.seed));
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
	const first = Date.UTC(1980, 0, 1);
	const last = Date.UTC(2025, 0, 1);

	const filterOf = (): { kind: string; params: [string, string][] } => {
		const roll = random();
		if (roll < 0.6) return { kind: 'none', params: [] };
		if (roll < 0.7) return { kind: 'type', params: [['type', pick(['armed-violence', 'statement', 'diplomacy', 'humanitarian'])]] };
		if (roll < 0.8) {
			const id = pick(facets);
			return { kind: id.startsWith('org') || id.startsWith('person') ? 'actor' : 'region', params: [[id.startsWith('org') || id.startsWith('person') ? 'actor' : 'region', id]] };
		}
		if (roll < 0.9) return { kind: 'text', params: [['q', pick(words)]] };
		return { kind: 'several', params: [['region', pick(facets.slice(0, 3))], ['type', pick(['armed-violence', 'political'])], ...(random() < 0.5 ? ([['q', pick(words)]] as [string, string][]) : [])] };
	};

	// A server that has run a while has its code compiled: twenty unfiltered queries first, not counted.
	for (let i = 0; i < 20; i++) {
		const at = first + ((last - first) * i) / 20;
		const unit = binUnitFor(at, at + (last - first) / 2 ** (i % 12), PLOT_WIDTH, 8);
		await timed(`${origin}/api/events?from=${minute(at, false)}&to=${minute(at + (last - first) / 2 ** (i % 12), true)}&resolution=${resolutionName(unit)}`);
	}

	const results: { ms: number; serverMs: number; bytes: number; kind: string; zoom: string }[] = [];
	for (let i = 0; i < queries; i++) {
		// Window widths log-uniform from three hours to fifty years.
		const width = Math.exp(Math.log(3 * HOUR) + random() * (Math.log(last - first) - Math.log(3 * HOUR)));
		const centre = first + random() * (last - first);
		const view: [number, number] = [centre - width / 2, centre + width / 2];
		const unit = binUnitFor(view[0], view[1], PLOT_WIDTH, 8);
		const filter = filterOf();
		const params = new URLSearchParams(filter.params);
		params.set('from', minute(view[0] - width / 2, false));
		params.set('to', minute(view[1] + width / 2, true));
		params.set('resolution', resolutionName(unit));
		params.set('lanes', random() < 0.7 ? 'region' : pick(['actor', 'type']));
		params.set('maxlanes', '8');
		params.set('limit', String(LIMIT));
		const r = await timed(`${origin}/api/events?${params}`);
		if (r.status !== 200) throw new Error(`/api/events?${params} answered ${r.status}`);
		const zoom = width > 5 * 365 * 24 * HOUR ? 'years' : width > 60 * 24 * HOUR ? 'months' : width > 3 * 24 * HOUR ? 'days' : 'hours';
		results.push({ ms: r.ms, serverMs: r.serverMs, bytes: r.bytes, kind: filter.kind, zoom });
	}

	const density: number[] = [];
	const pages: number[] = [];
	for (let i = 0; i < 20; i++) {
		density.push((await timed(`${origin}/api/density?from=1977-01-01&to=2033-01-01&resolution=quarter`)).ms);
		pages.push((await timed(`${origin}/${i % 2 ? '?type=statement' : ''}`)).ms);
	}

	const all = stats(results.map((r) => r.ms));
	const server = stats(results.map((r) => r.serverMs));
	const byKind = Object.fromEntries([...new Set(results.map((r) => r.kind))].map((k) => [k, stats(results.filter((r) => r.kind === k).map((r) => r.ms))]));
	const byZoom = Object.fromEntries(['years', 'months', 'days', 'hours'].map((z) => [z, stats(results.filter((r) => r.zoom === z).map((r) => r.ms))]));
	const bytes = stats(results.map((r) => r.bytes / 1024));
	for (const [k, s] of Object.entries(byKind)) console.log(`  filter ${k.padEnd(8)} ${String(s.n).padStart(4)} queries: p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms`);
	for (const [z, s] of Object.entries(byZoom)) console.log(`  window ${z.padEnd(8)} ${String(s.n).padStart(4)} queries: p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms`);
	const densityStats = stats(density);
	const pageStats = stats(pages);
	console.log(
		`${events.toLocaleString('en')} events, ${queries} window queries: p50 ${all.p50} ms, p95 ${all.p95} ms, max ${all.max} ms (in the server: p50 ${server.p50} ms, p95 ${server.p95} ms); answers p50 ${bytes.p50} KB, p95 ${bytes.p95} KB. /api/density p95 ${densityStats.p95} ms; page / p95 ${pageStats.p95} ms; cold start ${Math.round(coldMs)} ms.`
	);
	console.log(
		JSON.stringify({
			benchmark: 'api',
			events,
			queries,
			latencyMs: all,
			serverMs: server,
			byFilter: byKind,
			byWindow: byZoom,
			answerKB: bytes,
			densityMs: densityStats,
			pageMs: pageStats,
			coldStartMs: Math.round(coldMs),
			machine: { ...machine(), node: process.version }
		})
	);
} finally {
	server.kill('SIGTERM');
}
