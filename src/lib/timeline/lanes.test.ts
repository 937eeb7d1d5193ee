import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../api';
import type { EventType } from '../model';
import { assignLanes, laneEntryOf, rankLanes, type LaneLookup } from './lanes';

const lookup: LaneLookup = {
	regions: [
		{ id: 'country:sd', name: 'Sudan' },
		{ id: 'province:sd-kh', name: 'Khartoum', parent: 'country:sd' },
		{ id: 'district:sd-kh-om', name: 'Omdurman', parent: 'province:sd-kh' },
		{ id: 'district:sd-kh-ba', name: 'Bahri', parent: 'province:sd-kh' },
		{ id: 'province:sd-nd', name: 'North Darfur', parent: 'country:sd' },
		{ id: 'province:sd-wd', name: 'West Darfur', parent: 'country:sd' },
		{ id: 'country:td', name: 'Chad' }
	],
	actors: [
		{ id: 'org:rsf', name: 'Rapid Support Forces' },
		{ id: 'person:hemedti', name: 'Mohamed Hamdan Dagalo', memberOf: ['org:rsf'] },
		{ id: 'person:rsf-spokesman', name: 'RSF spokesman', memberOf: ['org:rsf'] },
		{ id: 'org:saf', name: 'Sudanese Armed Forces' }
	]
};

let n = 0;
function ev(regions: string[], actors: string[] = [], type: EventType = 'armed-violence'): EventSummary {
	n++;
	return { id: `e${n}`, title: `event ${n}`, type, time: { start: n, end: n + 1, granularity: 'day', value: '', basis: 'stated', approximate: false }, regions, actors, sources: 1 };
}

const labels = (events: EventSummary[], mode: 'region' | 'actor' | 'type', max = 8) => {
	const { lanes, laneOf } = assignLanes(events, mode, lookup, max);
	return { lanes: lanes.map((l) => `${l.label}:${l.count}`), of: [...laneOf].map((i) => lanes[i].label) };
};

describe('assignLanes', () => {
	it('opens region lanes at the provinces when every event is in one country', () => {
		const events = [ev(['district:sd-kh-om']), ev(['province:sd-kh']), ev(['province:sd-nd']), ev(['district:sd-kh-ba']), ev(['country:sd'])];
		expect(labels(events, 'region')).toEqual({
			lanes: ['Khartoum:3', 'North Darfur:1', 'Sudan:1'],
			of: ['Khartoum', 'Khartoum', 'North Darfur', 'Khartoum', 'Sudan']
		});
	});

	it('opens at the districts when every event is in one province', () => {
		const events = [ev(['district:sd-kh-om']), ev(['district:sd-kh-ba']), ev(['district:sd-kh-om'])];
		const { lanes } = assignLanes(events, 'region', lookup, 8);
		expect(lanes.map((l) => [l.label, l.detail])).toEqual([
			['Omdurman', 'Sudan › Khartoum › Omdurman'],
			['Bahri', 'Sudan › Khartoum › Bahri']
		]);
	});

	it('keeps countries apart when events span several', () => {
		expect(labels([ev(['province:sd-kh']), ev(['country:td']), ev([])], 'region').lanes).toEqual(['Chad:1', 'Sudan:1', 'No region:1']);
	});

	it('shows one lane when all events name the same single place', () => {
		expect(labels([ev(['province:sd-kh']), ev(['province:sd-kh'])], 'region').lanes).toEqual(['Khartoum:2']);
	});

	it('gathers the quietest lanes into one "other" lane and never drops an event', () => {
		const events = [ev(['province:sd-kh']), ev(['province:sd-kh']), ev(['province:sd-nd']), ev(['province:sd-wd']), ev(['country:sd']), ev([])];
		const result = labels(events, 'region', 3);
		expect(result.lanes).toEqual(['Khartoum:2', '3 other regions:3', 'No region:1']);
		expect(result.of).toEqual(['Khartoum', 'Khartoum', '3 other regions', '3 other regions', '3 other regions', 'No region']);
	});

	it('groups actors under their group, and opens the group when it is the only one', () => {
		expect(labels([ev([], ['person:hemedti']), ev([], ['org:saf']), ev([], ['org:rsf']), ev([], [])], 'actor').lanes).toEqual([
			'Rapid Support Forces:2',
			'Sudanese Armed Forces:1',
			'No actor:1'
		]);
		expect(labels([ev([], ['person:hemedti']), ev([], ['person:rsf-spokesman']), ev([], ['person:hemedti'])], 'actor').lanes).toEqual([
			'Mohamed Hamdan Dagalo:2',
			'RSF spokesman:1'
		]);
	});

	it('orders type lanes as the taxonomy does', () => {
		expect(labels([ev([], [], 'statement'), ev([], [], 'armed-violence'), ev([], [], 'statement')], 'type').lanes).toEqual(['Armed violence:1', 'Statement:2']);
	});

	it('copes with an unknown region and a cycle in the hierarchy', () => {
		const cyclic: LaneLookup = { regions: [{ id: 'a', name: 'A', parent: 'b' }, { id: 'b', name: 'B', parent: 'a' }], actors: [] };
		const { lanes } = assignLanes([ev(['a']), ev(['zzz'])], 'region', cyclic, 8);
		expect(lanes.map((l) => l.count).reduce((x, y) => x + y)).toBe(2);
	});
});

describe('rankLanes', () => {
	it('ranks counted entries as assignLanes ranks the events they count', () => {
		const events = [
			...Array.from({ length: 5 }, () => ev(['district:sd-kh-om'], ['person:hemedti'], 'statement')),
			...Array.from({ length: 3 }, () => ev(['province:sd-nd'], ['org:saf'])),
			...Array.from({ length: 2 }, () => ev(['province:sd-wd'], [], 'diplomacy')),
			ev([], ['org:rsf'])
		];
		for (const mode of ['region', 'actor', 'type'] as const) {
			for (const max of [2, 3, 8]) {
				const byEvent = assignLanes(events, mode, lookup, max);
				const counts = new Map<string | undefined, number>();
				for (const e of events) counts.set(laneEntryOf(e, mode), (counts.get(laneEntryOf(e, mode)) ?? 0) + 1);
				const entries = [...counts].map(([entry, count]) => ({ entry, count }));
				const ranked = rankLanes([...entries, { entry: 'district:sd-kh-ba', count: 0 }], mode, lookup, max);
				expect(ranked.lanes).toEqual(byEvent.lanes);
				events.forEach((e, i) => expect(ranked.laneOfEntry[entries.findIndex((x) => x.entry === laneEntryOf(e, mode))]).toBe(byEvent.laneOf[i]));
			}
		}
	});
});
