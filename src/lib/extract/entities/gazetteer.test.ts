import { describe, expect, it } from 'vitest';
import { createGazetteer, defaultGazetteer } from './gazetteer';
import { GAZETTEER_FORMAT } from './gazetteerFile';
import { nameKey } from './nameTokens';

const gazetteer = defaultGazetteer();
const ids = (records: { id: string }[]) => records.map((r) => r.id);

describe('the bundled gazetteer', () => {
	it('loads without problems', () => {
		expect(gazetteer.problems).toEqual([]);
	});

	it("holds Afghanistan's 34 provinces with ISO 3166-2 codes and coordinates", () => {
		const provinces = [...gazetteer.regions()].filter((r) => r.kind === 'province' && r.parent === 'country:af');
		expect(provinces).toHaveLength(34);
		expect(new Set(provinces.map((p) => p.iso)).size).toBe(34);
		for (const p of provinces) {
			expect(p.iso).toMatch(/^AF-[A-Z]{3}$/);
			expect(p.lat).toBeGreaterThan(29);
			expect(p.lat).toBeLessThan(39);
			expect(p.lon).toBeGreaterThan(60);
			expect(p.lon).toBeLessThan(75.5);
		}
	});

	it('places every Afghan district and city inside Afghanistan, within its bounds when it has coordinates', () => {
		const afghan = [...gazetteer.regions()].filter((r) => r.id.startsWith('district:af-') || r.id.startsWith('city:af-'));
		expect(afghan.length).toBeGreaterThan(400);
		for (const r of afghan) {
			expect(gazetteer.regionPath(r.id).map((a) => a.id)).toEqual(['country:af', r.parent]);
			if (r.lat !== undefined) {
				expect(r.lat).toBeGreaterThan(29.3);
				expect(r.lat).toBeLessThan(38.5);
				expect(r.lon).toBeGreaterThan(60.4);
				expect(r.lon).toBeLessThan(74.9);
			}
		}
	});

	it('has every country of ISO 3166-1 with both codes and coordinates', () => {
		const countries = [...gazetteer.regions()].filter((r) => r.kind === 'country' && r.iso);
		expect(countries.length).toBeGreaterThanOrEqual(249);
		for (const c of countries) {
			expect(c.id).toBe(`country:${c.iso!.toLowerCase()}`);
			expect(c.iso3).toMatch(/^[A-Z]{3}$/);
			expect(typeof c.lat).toBe('number');
		}
		expect(gazetteer.region('country:af')?.demonyms).toContain('Afghan');
		expect(gazetteer.region('country:pk')?.demonyms).toContain('Pakistani');
		expect(gazetteer.region('country:us')?.aliases).toEqual(expect.arrayContaining(['USA', 'U.S.', 'United States of America']));
		expect(gazetteer.region('country:gb')?.aliases).toEqual(expect.arrayContaining(['UK', 'Britain']));
	});

	it.each([
		['Spin Boldak', 'district:af-kan-spin-boldak'],
		['Darah-Sof-Bal', 'district:af-sam-dara-i-suf-bala'],
		['Dara-e Suf Bala', 'district:af-sam-dara-i-suf-bala'],
		['Lashkargah', 'city:af-lashkar-gah'],
		['Lashkar-Gah', 'city:af-lashkar-gah'],
		['Panjsher', 'province:af-pan'],
		['Islamic Emirate of Afghanistan', 'org:taliban'],
		['National Defense Front', 'org:nrf'],
		['Panjshir front', 'org:nrf'],
		['Ahmad Masud', 'person:ahmad-massoud'],
		['Ahmad Shah Massoud', 'person:ahmad-shah-massoud'],
		['Antonio Guterres', 'person:antonio-guterres'],
		['USA', 'country:us'],
		['Britain', 'country:gb']
	])('looks up %s as %s', (name, id) => {
		expect(gazetteer.lookup(name).map((r) => r.id)).toContain(id);
	});

	it('ids are unique across regions and actors, except countries, which are both', () => {
		const regionIds = new Set(ids([...gazetteer.regions()]));
		for (const actor of gazetteer.actors()) expect(regionIds.has(actor.id)).toBe(false);
		expect(gazetteer.actor('country:af')).toMatchObject({ id: 'country:af', name: 'Afghanistan', kind: 'country' });
	});
});

describe('hierarchy queries', () => {
	it('filters Kandahar to include Spin Boldak', () => {
		expect(gazetteer.regionIncludes('province:af-kan', 'district:af-kan-spin-boldak')).toBe(true);
		expect(ids(gazetteer.regionDescendants('province:af-kan'))).toEqual(expect.arrayContaining(['district:af-kan-spin-boldak', 'city:af-kandahar']));
		expect(gazetteer.regionIncludes('province:af-hel', 'district:af-kan-spin-boldak')).toBe(false);
	});

	it('gives the path root first, without the region itself', () => {
		expect(ids(gazetteer.regionPath('district:af-kan-spin-boldak'))).toEqual(['country:af', 'province:af-kan']);
		expect(ids(gazetteer.regionPath('city:ps-khan-younis'))).toEqual(['country:ps', 'place:gaza-strip']);
		expect(gazetteer.regionPath('country:af')).toEqual([]);
		expect(gazetteer.regionPath('place:nowhere')).toEqual([]);
	});

	it('lists descendants at every depth', () => {
		const inAfghanistan = ids(gazetteer.regionDescendants('country:af'));
		expect(inAfghanistan).toEqual(expect.arrayContaining(['province:af-kan', 'district:af-kan-spin-boldak', 'place:af-arg']));
		expect(inAfghanistan).not.toContain('country:af');
		expect(gazetteer.regionDescendants('district:af-kan-spin-boldak')).toEqual([]);
	});

	it('filters the Taliban to include their spokesman and the Haqqani network', () => {
		const members = ids(gazetteer.actorMembers('org:taliban'));
		expect(members[0]).toBe('org:taliban');
		expect(members).toEqual(expect.arrayContaining(['person:zabihullah-mujahid', 'org:haqqani-network', 'person:sirajuddin-haqqani', 'person:jalaluddin-haqqani']));
		expect(members).not.toContain('person:ahmad-massoud');
		expect(gazetteer.actorIncludes('org:taliban', 'person:jalaluddin-haqqani')).toBe(true);
	});

	it('climbs from a person to every group above them', () => {
		expect(ids(gazetteer.actorGroups('person:antony-blinken'))).toEqual(['person:antony-blinken', 'org:us-state-department', 'org:us-administration', 'country:us']);
		expect(ids(gazetteer.actorGroups('person:amrullah-saleh'))).toEqual(expect.arrayContaining(['org:nrf', 'org:afghan-republic-government', 'country:af']));
		expect(gazetteer.actorGroups('person:nobody')).toEqual([]);
	});

	it('tells the son from the father', () => {
		expect(gazetteer.actor('person:ahmad-massoud')?.memberOf).toEqual(['org:nrf']);
		expect(gazetteer.actorIncludes('org:nrf', 'person:ahmad-shah-massoud')).toBe(false);
	});
});

describe('user extensions', () => {
	const extra = {
		source: 'users/kherson.json',
		data: {
			format: GAZETTEER_FORMAT,
			regions: [
				{ id: 'district:ua-kherson-beryslav', name: 'Beryslav', kind: 'district', parent: 'province:ua-kherson', aliases: ['Berislav'] },
				{ id: 'city:xx-lost', name: 'Lost', kind: 'city', parent: 'province:xx-nowhere' },
				{ id: 'place:loop-a', name: 'Loop A', kind: 'place', parent: 'place:loop-b' },
				{ id: 'place:loop-b', name: 'Loop B', kind: 'place', parent: 'place:loop-a' }
			],
			actors: [
				{ id: 'org:taliban', name: 'Taliban', kind: 'organization', aliases: ['Talibaan'] },
				{ id: 'person:jane-roe', name: 'Jane Roe', kind: 'person', memberOf: ['org:taliban', 'org:missing'] },
				{ id: 'org:broken' }
			]
		}
	};
	const extended = createGazetteer({ extra: [extra] });

	it('adds records under bundled parents and groups', () => {
		expect(extended.regionIncludes('province:ua-kherson', 'district:ua-kherson-beryslav')).toBe(true);
		expect(extended.actorIncludes('org:taliban', 'person:jane-roe')).toBe(true);
		expect(extended.lookup('Berislav').map((r) => r.id)).toEqual(['district:ua-kherson-beryslav']);
	});

	it('extends a bundled record with new aliases, keeping the old ones', () => {
		expect(extended.actor('org:taliban')?.aliases).toEqual(expect.arrayContaining(['Talibaan', 'Islamic Emirate of Afghanistan']));
		expect(extended.actor('org:taliban')?.weakAliases).toContain('Mujahideen');
	});

	it('reports each bad record with its file and keeps the rest', () => {
		expect(extended.problems).toEqual(
			expect.arrayContaining([
				{ source: 'users/kherson.json', record: 'org:broken', message: '"name" must be a non-empty string' },
				{ source: 'users/kherson.json', record: 'city:xx-lost', message: 'parent "province:xx-nowhere" is not a known region; left out' },
				{ source: 'users/kherson.json', record: 'person:jane-roe', message: 'memberOf "org:missing" is not a known actor; left out' }
			])
		);
		expect(extended.problems.some((p) => p.record.startsWith('place:loop-') && p.message.includes('cycle'))).toBe(true);
		expect(extended.region('city:xx-lost')?.parent).toBeUndefined();
		expect(extended.regionPath('place:loop-a').length).toBeLessThan(2);
	});

	it('leaves the shared gazetteer untouched', () => {
		expect(gazetteer.region('district:ua-kherson-beryslav')).toBeUndefined();
		expect(gazetteer.actor('org:taliban')?.aliases).not.toContain('Talibaan');
	});

	it('works from user data alone', () => {
		const own = createGazetteer({ bundled: false, extra: [extra] });
		expect(own.region('district:ua-kherson-beryslav')?.parent).toBeUndefined();
		expect(own.problems.length).toBeGreaterThan(0);
	});
});

describe('names in the bundled data', () => {
	/** Names two unrelated records share on purpose: the text around them decides. */
	const SHARED = new Set(['tripuli', 'punjab']);

	it('give two records the same key only when one holds the other or a cue tells them apart', () => {
		const holders = new Map<string, Set<string>>();
		const add = (name: string, id: string) => {
			const key = nameKey(name);
			if (!holders.has(key)) holders.set(key, new Set());
			holders.get(key)!.add(id);
		};
		for (const r of gazetteer.regions()) if (!r.match) for (const name of [r.name, ...(r.aliases ?? [])]) add(name, r.id);
		for (const a of gazetteer.actors()) if (!a.match) for (const name of [a.name, ...(a.aliases ?? [])]) add(name, a.id);
		const clashes: string[] = [];
		for (const [key, ids] of holders) {
			if (ids.size < 2 || SHARED.has(key)) continue;
			const list = [...ids];
			const nested = list.some((outer) => list.every((id) => id === outer || gazetteer.regionIncludes(outer, id)));
			if (!nested) clashes.push(`${key}: ${list.join(', ')}`);
		}
		expect(clashes).toEqual([]);
	});
});
