/**
 * The format of a gazetteer file (bundled under `data/` or supplied by a user), and its validation.
 * A bad record is reported with the file and the record it came from and left out; the rest of the file
 * is kept. Documented for users in `data/README.md`.
 */
import type { Actor, ActorKind, Region, RegionKind } from '../../model';

export const GAZETTEER_FORMAT = 'dateline-gazetteer/1';

/**
 * How a record's names may be matched in text.
 * - `always` (default): wherever a name appears, capitalized.
 * - `cued`: only with a place word next to it ("Kot district", "the district of Kot", "Farsi
 *   province"): for names that are also common words, tribes or languages.
 * - `never`: the record is there for hierarchy and lookup only.
 */
export type MatchPolicy = 'always' | 'cued' | 'never';

interface EntryCommon {
	id: string;
	name: string;
	aliases?: string[];
	/**
	 * Names that count only when the same text also names this record, a group it belongs to or one of
	 * its members by a strong name ("Security Council" for the UN's only when the UN is named; "National
	 * Movement" for Junbish only when Junbish or Dostum is).
	 */
	weakAliases?: string[];
	match?: MatchPolicy;
}

export interface RegionEntry extends EntryCommon {
	kind: RegionKind;
	parent?: string;
	iso?: string;
	iso3?: string;
	lat?: number;
	lon?: number;
	/** People of a country ("Afghan", "Pakistanis"): matched as weak cues, never as the country itself. */
	demonyms?: string[];
}

export interface ActorEntry extends EntryCommon {
	kind: ActorKind;
	memberOf?: string[];
}

export interface GazetteerFile {
	format: string;
	title?: string;
	/** Where the data comes from and under which licence. */
	source?: string;
	regions?: RegionEntry[];
	actors?: ActorEntry[];
}

/** A region as the gazetteer keeps it: the shared `Region` plus what matching needs. */
export interface GazetteerRegion extends Region {
	iso3?: string;
	demonyms?: string[];
	weakAliases?: string[];
	match?: MatchPolicy;
}

/** An actor as the gazetteer keeps it: the shared `Actor` plus what matching needs. */
export interface GazetteerActor extends Actor {
	weakAliases?: string[];
	match?: MatchPolicy;
}

export interface GazetteerProblem {
	/** The file (or other source) the record came from. */
	source: string;
	/** The record's id when it has one, else its position (`regions[3]`). */
	record: string;
	message: string;
}

export interface ReadGazetteerFile {
	regions: GazetteerRegion[];
	actors: GazetteerActor[];
	problems: GazetteerProblem[];
}

export const REGION_KINDS: readonly RegionKind[] = ['world', 'country', 'province', 'district', 'city', 'place'];
export const ACTOR_KINDS: readonly ActorKind[] = ['organization', 'person', 'country', 'group'];

/** `kind:rest`, lower case letters, digits, dots and hyphens: `country:af`, `district:af-sam-dara-i-suf-bala`. */
const ID = /^[a-z]+:[a-z0-9][a-z0-9.-]*$/;
const POLICIES: readonly MatchPolicy[] = ['always', 'cued', 'never'];

type Problems = GazetteerProblem[];

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, field: string, report: (m: string) => void): string[] | undefined {
	if (value === undefined) return undefined;
	if (!Array.isArray(value)) {
		report(`"${field}" must be a list of strings`);
		return undefined;
	}
	const out: string[] = [];
	for (const item of value) {
		if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
		else report(`"${field}" holds a value that is not a non-empty string: ${JSON.stringify(item)}`);
	}
	return out.length ? out : undefined;
}

function readCommon(
	raw: Record<string, unknown>,
	report: (m: string) => void
): { id: string; name: string; aliases?: string[]; weakAliases?: string[]; match?: MatchPolicy } | null {
	const { id, name } = raw;
	if (typeof id !== 'string' || !ID.test(id)) {
		report(`"id" must look like "kind:name" in lower case letters, digits, dots and hyphens, got ${JSON.stringify(id)}`);
		return null;
	}
	if (typeof name !== 'string' || name.trim() === '') {
		report(`"name" must be a non-empty string`);
		return null;
	}
	const match = raw.match;
	if (match !== undefined && !POLICIES.includes(match as MatchPolicy)) {
		report(`"match" must be one of ${POLICIES.join(', ')}; the record is matched always`);
	}
	return {
		id,
		name: name.trim(),
		aliases: stringList(raw.aliases, 'aliases', report),
		weakAliases: stringList(raw.weakAliases, 'weakAliases', report),
		match: POLICIES.includes(match as MatchPolicy) ? (match as MatchPolicy) : undefined
	};
}

function coordinate(value: unknown, limit: number, field: string, report: (m: string) => void): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit) return value;
	report(`"${field}" must be a number between -${limit} and ${limit}; left out`);
	return undefined;
}

function readRegion(raw: unknown, where: string, source: string, problems: Problems): GazetteerRegion | null {
	let record = where;
	const report = (message: string) => problems.push({ source, record, message });
	if (!isObject(raw)) {
		report('a region must be an object');
		return null;
	}
	if (typeof raw.id === 'string') record = raw.id;
	const common = readCommon(raw, report);
	if (!common) return null;
	if (!REGION_KINDS.includes(raw.kind as RegionKind)) {
		report(`"kind" must be one of ${REGION_KINDS.join(', ')}, got ${JSON.stringify(raw.kind)}`);
		return null;
	}
	const region: GazetteerRegion = { ...common, kind: raw.kind as RegionKind };
	if (raw.parent !== undefined) {
		if (typeof raw.parent === 'string' && ID.test(raw.parent)) region.parent = raw.parent;
		else report(`"parent" must be a region id; left out`);
	}
	if (typeof raw.iso === 'string') region.iso = raw.iso;
	if (typeof raw.iso3 === 'string') region.iso3 = raw.iso3;
	const lat = coordinate(raw.lat, 90, 'lat', report);
	const lon = coordinate(raw.lon, 180, 'lon', report);
	if (lat !== undefined && lon !== undefined) {
		region.lat = lat;
		region.lon = lon;
	} else if ((lat === undefined) !== (lon === undefined)) {
		report('"lat" and "lon" go together; both left out');
	}
	const demonyms = stringList(raw.demonyms, 'demonyms', report);
	if (demonyms) region.demonyms = demonyms;
	return dropUndefined(region);
}

function readActor(raw: unknown, where: string, source: string, problems: Problems): GazetteerActor | null {
	let record = where;
	const report = (message: string) => problems.push({ source, record, message });
	if (!isObject(raw)) {
		report('an actor must be an object');
		return null;
	}
	if (typeof raw.id === 'string') record = raw.id;
	const common = readCommon(raw, report);
	if (!common) return null;
	if (!ACTOR_KINDS.includes(raw.kind as ActorKind)) {
		report(`"kind" must be one of ${ACTOR_KINDS.join(', ')}, got ${JSON.stringify(raw.kind)}`);
		return null;
	}
	const actor: GazetteerActor = { ...common, kind: raw.kind as ActorKind };
	const memberOf = stringList(raw.memberOf, 'memberOf', report);
	if (memberOf) {
		const valid = memberOf.filter((id) => ID.test(id));
		if (valid.length < memberOf.length) report('"memberOf" holds a value that is not an id; left out');
		if (valid.length) actor.memberOf = valid;
	}
	return dropUndefined(actor);
}

function dropUndefined<T extends object>(value: T): T {
	for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
	return value;
}

/**
 * Reads one gazetteer file: its parsed JSON, or its text (parsed here). `source` names it in problems. A
 * file that is not a gazetteer at all (not JSON, wrong shape or format) yields one problem and no records.
 */
export function readGazetteerFile(data: unknown, source: string): ReadGazetteerFile {
	const problems: Problems = [];
	const regions: GazetteerRegion[] = [];
	const actors: GazetteerActor[] = [];
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data);
		} catch (error) {
			problems.push({ source, record: '(file)', message: `not valid JSON: ${(error as Error).message}` });
			return { regions, actors, problems };
		}
	}
	if (!isObject(data)) {
		problems.push({ source, record: '(file)', message: 'a gazetteer file must hold one JSON object' });
		return { regions, actors, problems };
	}
	if (data.format !== GAZETTEER_FORMAT) {
		problems.push({
			source,
			record: '(file)',
			message: `"format" must be "${GAZETTEER_FORMAT}", got ${JSON.stringify(data.format)}`
		});
		return { regions, actors, problems };
	}
	for (const [field, read, into] of [
		['regions', readRegion, regions],
		['actors', readActor, actors]
	] as const) {
		const list = data[field];
		if (list === undefined) continue;
		if (!Array.isArray(list)) {
			problems.push({ source, record: '(file)', message: `"${field}" must be a list` });
			continue;
		}
		list.forEach((raw, i) => {
			const record = read(raw, `${field}[${i}]`, source, problems);
			if (record) (into as unknown[]).push(record);
		});
	}
	return { regions, actors, problems };
}
