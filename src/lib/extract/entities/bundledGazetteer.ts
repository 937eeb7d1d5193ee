/**
 * The gazetteer files shipped with Dateline, loaded by static import so that no file is read at run
 * time (the CLI reads users' extra files and passes their contents to `createGazetteer`).
 */
import afghanistan from './data/afghanistan.json';
import countries from './data/countries.json';
import organizations from './data/organizations.json';
import persons from './data/persons.json';
import worldRegions from './data/world-regions.json';

export interface GazetteerSource {
	/** Names the data in problems: a file path, or `bundled:…` for the shipped files. */
	source: string;
	/** One gazetteer file: its parsed JSON, or its text. */
	data: unknown;
}

/** In load order: regions before the actors that point at them. */
export const BUNDLED_GAZETTEER: readonly GazetteerSource[] = [
	{ source: 'bundled:countries.json', data: countries },
	{ source: 'bundled:world-regions.json', data: worldRegions },
	{ source: 'bundled:afghanistan.json', data: afghanistan },
	{ source: 'bundled:organizations.json', data: organizations },
	{ source: 'bundled:persons.json', data: persons }
];
