import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import { decodeTimeline, encodeTimeline, WireError } from './timelineWire';

const events: EventSummary[] = [
	{
		id: 'e1',
		title: 'Taliban seized Kunduz',
		type: 'territorial-control',
		time: { start: Date.UTC(2021, 7, 8), end: Date.UTC(2021, 7, 9), granularity: 'day', value: '2021-08-08', basis: 'relative', approximate: false },
		regions: ['province:af-kdz', 'country:af'],
		actors: ['org:taliban'],
		sources: 2
	},
	{
		id: 'e2',
		title: 'Fighting in the 1980s',
		type: 'armed-violence',
		time: { start: Date.UTC(1980, 0, 1), end: Date.UTC(1990, 0, 1), granularity: 'decade', value: '198', basis: 'stated', approximate: true, mod: 'BEFORE' },
		regions: ['country:af'],
		actors: [],
		sources: 1,
		claimedBy: 'person:zabihullah-mujahid'
	}
];

describe('timeline wire', () => {
	it('round-trips summaries', () => {
		const wire = encodeTimeline(events);
		expect(wire.regionIds).toEqual(['province:af-kdz', 'country:af']);
		expect(decodeTimeline(JSON.parse(JSON.stringify(wire)))).toEqual(events);
	});

	it('is smaller than the summaries as objects', () => {
		const many = Array.from({ length: 200 }, (_, i) => ({ ...events[i % 2], id: `e${i}` }));
		expect(JSON.stringify(encodeTimeline(many)).length).toBeLessThan(JSON.stringify(many).length * 0.7);
	});

	it('refuses undated events and unknown formats', () => {
		expect(() => encodeTimeline([{ ...events[0], time: null }])).toThrow(WireError);
		expect(() => decodeTimeline({ format: 'x' } as never)).toThrow(/unknown format/);
		const wire = encodeTimeline(events);
		wire.rows[0][2] = 99;
		expect(() => decodeTimeline(wire)).toThrow(/unknown type/);
	});
});
