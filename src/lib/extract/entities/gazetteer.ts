/**
 * The gazetteer: every known region and actor, their hierarchy (district → province → country; member →
 * group), and the name index the matcher reads. Built from the bundled files plus any extra files of the
 * same format; a record whose id is already known extends it (its names are added, its other fields
 * replace the old ones), so a user can add aliases to a bundled actor.
 */
import { BUNDLED_GAZETTEER, type GazetteerSource } from './bundledGazetteer';
import {
	readGazetteerFile,
	type GazetteerActor,
	type GazetteerProblem,
	type GazetteerRegion
} from './gazetteerFile';
import { NameIndex } from './nameIndex';
import { nameKey } from './nameTokens';

export type { GazetteerSource } from './bundledGazetteer';

export interface CreateGazetteerOptions {
	/** Users' files, already parsed, in the order they should apply. */
	extra?: readonly GazetteerSource[];
	/** Leave the bundled files out (for tests of user data alone). */
	bundled?: boolean;
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
	if (!a) return b;
	if (!b) return a;
	return [...new Set([...a, ...b])];
}

export class Gazetteer {
	/** Records that were left out or corrected while loading, each with its file and a reason. */
	readonly problems: GazetteerProblem[] = [];
	private readonly regionsById = new Map<string, GazetteerRegion>();
	private readonly actorsById = new Map<string, GazetteerActor>();
	private readonly children = new Map<string, string[]>();
	private readonly members = new Map<string, string[]>();
	/** The file each record last came from, to name it in problems found while linking. */
	private readonly sourceOf = new Map<string, string>();
	private index?: NameIndex;

	constructor(sources: readonly GazetteerSource[]) {
		for (const { source, data } of sources) {
			const read = readGazetteerFile(data, source);
			this.problems.push(...read.problems);
			for (const region of read.regions) {
				this.addRegion(region);
				this.sourceOf.set(region.id, source);
			}
			for (const actor of read.actors) {
				this.addActor(actor);
				this.sourceOf.set(actor.id, source);
			}
		}
		this.link();
	}

	private addRegion(region: GazetteerRegion): void {
		const old = this.regionsById.get(region.id);
		if (!old) {
			this.regionsById.set(region.id, region);
			return;
		}
		this.regionsById.set(region.id, {
			...old,
			...region,
			aliases: union(old.aliases, region.aliases),
			weakAliases: union(old.weakAliases, region.weakAliases),
			demonyms: union(old.demonyms, region.demonyms)
		});
	}

	private addActor(actor: GazetteerActor): void {
		const old = this.actorsById.get(actor.id);
		if (!old) {
			this.actorsById.set(actor.id, actor);
			return;
		}
		this.actorsById.set(actor.id, {
			...old,
			...actor,
			aliases: union(old.aliases, actor.aliases),
			weakAliases: union(old.weakAliases, actor.weakAliases),
			memberOf: union(old.memberOf, actor.memberOf)
		});
	}

	/** Checks parents and memberships once everything is loaded; dangling links and cycles are reported and cut. */
	private link(): void {
		const sourceOf = (id: string) => this.sourceOf.get(id) ?? '';
		for (const region of this.regionsById.values()) {
			if (!region.parent) continue;
			if (!this.regionsById.has(region.parent)) {
				this.problems.push({ source: sourceOf(region.id), record: region.id, message: `parent "${region.parent}" is not a known region; left out` });
				delete region.parent;
			}
		}
		for (const region of this.regionsById.values()) {
			const seen = new Set<string>([region.id]);
			let parent = region.parent;
			while (parent) {
				if (seen.has(parent)) {
					this.problems.push({ source: sourceOf(region.id), record: region.id, message: `its parents form a cycle through "${parent}"; its parent is left out` });
					delete region.parent;
					break;
				}
				seen.add(parent);
				parent = this.regionsById.get(parent)?.parent;
			}
			if (region.parent) this.children.set(region.parent, [...(this.children.get(region.parent) ?? []), region.id]);
		}
		for (const actor of this.actorsById.values()) {
			if (!actor.memberOf) continue;
			const known = actor.memberOf.filter((id) => this.actor(id) !== undefined && id !== actor.id);
			for (const id of actor.memberOf) {
				if (!known.includes(id)) {
					this.problems.push({ source: sourceOf(actor.id), record: actor.id, message: `memberOf "${id}" is not a known actor; left out` });
				}
			}
			if (known.length) actor.memberOf = known;
			else delete actor.memberOf;
			for (const group of known) this.members.set(group, [...(this.members.get(group) ?? []), actor.id]);
		}
	}

	region(id: string): GazetteerRegion | undefined {
		return this.regionsById.get(id);
	}

	/** An actor by id. A country is an actor too (kind `country`), under its region id (`country:af`). */
	actor(id: string): GazetteerActor | undefined {
		const actor = this.actorsById.get(id);
		if (actor) return actor;
		const region = this.regionsById.get(id);
		if (region?.kind !== 'country') return undefined;
		const view: GazetteerActor = { id: region.id, name: region.name, kind: 'country' };
		if (region.aliases) view.aliases = region.aliases;
		return view;
	}

	regions(): IterableIterator<GazetteerRegion> {
		return this.regionsById.values();
	}

	/** Actors given as such (countries, which are actors too, are listed by `regions()`). */
	actors(): IterableIterator<GazetteerActor> {
		return this.actorsById.values();
	}

	/** The region's ancestors, root first, without the region itself: Spin Boldak → [Afghanistan, Kandahar]. */
	regionPath(id: string): GazetteerRegion[] {
		const path: GazetteerRegion[] = [];
		let parent = this.regionsById.get(id)?.parent;
		while (parent) {
			const region = this.regionsById.get(parent);
			if (!region) break;
			path.unshift(region);
			parent = region.parent;
		}
		return path;
	}

	/** Every region below this one, at any depth, without the region itself (parents before children). */
	regionDescendants(id: string): GazetteerRegion[] {
		const out: GazetteerRegion[] = [];
		const queue = [...(this.children.get(id) ?? [])];
		for (let i = 0; i < queue.length; i++) {
			const region = this.regionsById.get(queue[i]);
			if (!region) continue;
			out.push(region);
			queue.push(...(this.children.get(region.id) ?? []));
		}
		return out;
	}

	/** True when `id` is `ancestor` or lies inside it: what filtering a region means. */
	regionIncludes(ancestor: string, id: string): boolean {
		let current: string | undefined = id;
		while (current) {
			if (current === ancestor) return true;
			current = this.regionsById.get(current)?.parent;
		}
		return false;
	}

	/** The actor itself first, then every group it belongs to, transitively (nearest first). */
	actorGroups(id: string): GazetteerActor[] {
		return this.walkActors(id, (actor) => actor.memberOf ?? []);
	}

	/** The actor itself first, then every actor that belongs to it, transitively (nearest first). */
	actorMembers(id: string): GazetteerActor[] {
		return this.walkActors(id, (actor) => this.members.get(actor.id) ?? []);
	}

	/** True when `id` is `group` or belongs to it at any depth: what filtering an actor means. */
	actorIncludes(group: string, id: string): boolean {
		return this.actorGroups(id).some((actor) => actor.id === group);
	}

	private walkActors(id: string, next: (actor: GazetteerActor) => string[]): GazetteerActor[] {
		const start = this.actor(id);
		if (!start) return [];
		const out = [start];
		const seen = new Set([id]);
		for (let i = 0; i < out.length; i++) {
			for (const nextId of next(out[i])) {
				if (seen.has(nextId)) continue;
				seen.add(nextId);
				const actor = this.actor(nextId);
				if (actor) out.push(actor);
			}
		}
		return out;
	}

	/** Records whose name, alias or demonym is this name, as the matcher normalizes names. */
	lookup(name: string): { id: string; kind: 'actor' | 'region' }[] {
		return this.names.lookup(nameKey(name)).map(({ id, kind }) => ({ id, kind }));
	}

	/** The matcher's index over all names, built on first use. */
	get names(): NameIndex {
		this.index ??= new NameIndex(this);
		return this.index;
	}
}

/** A gazetteer of the bundled data plus the given extra files (already parsed JSON). */
export function createGazetteer(options: CreateGazetteerOptions = {}): Gazetteer {
	const sources = [...(options.bundled === false ? [] : BUNDLED_GAZETTEER), ...(options.extra ?? [])];
	return new Gazetteer(sources);
}

let shared: Gazetteer | undefined;

/** The bundled gazetteer, built once per process. */
export function defaultGazetteer(): Gazetteer {
	shared ??= createGazetteer();
	return shared;
}
