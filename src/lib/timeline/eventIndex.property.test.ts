import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import { EVENT_TYPES, type EventType } from '../model';
import { buildEventIndex, countBins, countInWindow, eventsInWindow, TYPE_COUNT } from './eventIndex';

const DAY = 86_400_000;

function ev(id: string, start: number, end: number, type: EventType): EventSummary {
	return { id, title: id, type, time: { start, end, granularity: 'day', value: '', basis: 'stated', approximate: false }, regions: [], actors: [], sources: 1 };
}

describe('eventIndex', () => {
	it('agrees with a plain scan on random data', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ start: fc.integer({ min: 0, max: 1000 }), len: fc.integer({ min: 1, max: 400 }), lane: fc.integer({ min: 0, max: 2 }), type: fc.integer({ min: 0, max: 6 }) }), { maxLength: 60 }),
				fc.integer({ min: -100, max: 1100 }),
				fc.integer({ min: 1, max: 600 }),
				(rows, t0, width) => {
					const evs = rows.map((r, i) => ev(`e${i}`, r.start * DAY, (r.start + r.len) * DAY, EVENT_TYPES[r.type]));
					const idx = buildEventIndex(evs, Uint16Array.from(rows.map((r) => r.lane)), 3);
					const [a, b] = [t0 * DAY, (t0 + width) * DAY];
					for (let lane = 0; lane < 3; lane++) {
						const expected = evs.map((e, i) => i).filter((i) => rows[i].lane === lane && evs[i].time!.start < b && evs[i].time!.end > a);
						expect(eventsInWindow(idx, lane, a, b).sort((x, y) => x - y)).toEqual(expected);
						const mids = evs.map((e, i) => i).filter((i) => rows[i].lane === lane && (evs[i].time!.start + evs[i].time!.end) / 2 >= a && (evs[i].time!.start + evs[i].time!.end) / 2 < b);
						expect(countInWindow(idx, lane, a, b)).toBe(mids.length);
						const out = new Int32Array(TYPE_COUNT);
						countBins(idx, lane, [a, b], 12, out);
						expect(out.reduce((x, y) => x + y, 0)).toBe(mids.length);
					}
				}
			),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 200) }
		);
	});
});
