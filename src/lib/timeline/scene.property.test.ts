import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import { buildEventIndex } from './eventIndex';
import { buildScene, TAIL } from './scene';

const DAY = 86_400_000;

describe('buildScene on random data', () => {
	it('never overlaps marks or labels in a row, and never drops an event from view', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						start: fc.integer({ min: 0, max: 2000 }),
						len: fc.constantFrom(1, 1, 1, 7, 31, 365, 3650),
						lane: fc.integer({ min: 0, max: 2 }),
						mod: fc.constantFrom(undefined, 'ON_OR_BEFORE', 'AFTER')
					}),
					{ maxLength: 400 }
				),
				fc.integer({ min: 0, max: 1800 }),
				fc.integer({ min: 1, max: 2000 }),
				(rows, from, span) => {
					const events: EventSummary[] = rows
						.map((r, i) => ({
							id: `e${i}`,
							title: `Event ${i}`,
							type: 'other' as const,
							time: { start: r.start * DAY, end: (r.start + r.len) * DAY, granularity: 'day' as const, value: '', basis: 'stated' as const, approximate: false, ...(r.mod ? { mod: r.mod as 'AFTER' } : {}) },
							regions: [],
							actors: [],
							sources: 1
						}))
						.sort((a, b) => a.time.start - b.time.start);
					const laneOf = Uint16Array.from(events.map((e) => rows[Number(e.id.slice(1))].lane));
					const t0 = from * DAY;
					const t1 = (from + span) * DAY;
					const scene = buildScene(buildEventIndex(events, laneOf, 3), {
						t0,
						t1,
						width: 800,
						lanes: [0, 1, 2].map((l) => ({ y0: l * 70, y1: l * 70 + 70 })),
						rowHeight: 18,
						markSize: 10,
						minBinWidth: 8,
						binReference: 400,
						labelText: (i) => events[i].title,
						stackText: (members) => `${members.length} events`,
						measure: (t) => t.length * 7,
						maxLabels: 1000
					});
					const extent = (m: (typeof scene.marks)[number]) => [m.open === 'before' ? m.x0 - TAIL : m.x0, m.open === 'after' ? m.x1 + TAIL : m.x1];
					const byRow = new Map<string, [number, number][]>();
					for (const m of scene.marks) {
						const key = `${m.lane}:${m.y}`;
						byRow.set(key, [...(byRow.get(key) ?? []), extent(m) as [number, number]]);
					}
					for (const l of scene.labels) {
						const m = scene.marks.find((mk) => mk.event === l.event)!;
						const key = `${m.lane}:${l.y}`;
						const own = extent(m);
						// A label inside its own bar shares the bar's extent; elsewhere it is a box of its own.
						const inside = l.x >= own[0] && l.x + l.width <= own[1];
						if (!inside) byRow.set(key, [...(byRow.get(key) ?? []), [l.x, l.x + l.width]]);
					}
					for (const boxes of byRow.values()) {
						boxes.sort((a, b) => a[0] - b[0]);
						for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThanOrEqual(boxes[i - 1][1] - 1e-6);
					}
					// Every event whose middle is in view is drawn or counted, in its own lane.
					const shown = new Set(scene.marks.flatMap((m) => m.members ?? [m.event]));
					const binned = [0, 1, 2].map((lane) => scene.bins.filter((b) => b.lane === lane).reduce((n, b) => n + b.total, 0));
					for (let lane = 0; lane < 3; lane++) {
						const inView = events
							.map((e, i) => i)
							.filter((i) => laneOf[i] === lane && (events[i].time!.start + events[i].time!.end) / 2 >= t0 && (events[i].time!.start + events[i].time!.end) / 2 < t1);
						const missing = inView.filter((i) => !shown.has(i));
						if (scene.laneModes[lane] === 'bins') expect(binned[lane]).toBeGreaterThanOrEqual(missing.length);
						else expect(missing).toEqual([]);
					}
				}
			),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 200) }
		);
	});
});
