/**
 * Actors and regions in a text: the gazetteer's names, names outside it found by their cues, and the
 * text's own short forms (surnames after a full name, abbreviations it defines). Linear in the length of
 * the text. Never throws on text; every match points into the text it was given.
 */
import type { Actor, Region, TextRange } from '../../model';
import { matchDefinedAcronyms } from './definedAcronyms';
import { discoverNames } from './discoverNames';
import { EntityText, type EntityVia, type Span } from './entityText';
import type { Gazetteer } from './gazetteer';
import { matchGazetteer } from './matchGazetteer';
import { matchSurnames, SurnameIndex } from './surnames';

export type { EntityVia } from './entityText';

export interface EntityMatch extends TextRange {
	/** `text.slice(start, end)`: the name as written, possessive ending excluded. */
	text: string;
	/**
	 * The role of the words in their context. A country is a region after "in" ("in Afghanistan") and an
	 * actor otherwise ("Britain has warned"), and so is a demonym with an institution ("British embassy",
	 * "Afghan forces"); its id (`country:gb`) resolves with both `gazetteer.region` and `gazetteer.actor`.
	 */
	kind: 'actor' | 'region';
	id: string;
	via: EntityVia;
	/**
	 * A cue, not a claim: a demonym alone ("Afghan soil", "Pakistanis") for its country, or an unknown name
	 * taken for a place only because it follows "in" ("in Robotyne", but also "invested in Tesla").
	 */
	weak?: boolean;
	/** A region named after a locative preposition ("in Kabul", "across southern Afghanistan"). */
	locative?: boolean;
	/** Other records the same words could mean (the chosen reading is explained in `resolveAmbiguity`). */
	alternatives?: string[];
	/** Found by the general name finder, not the gazetteer: `record` holds the new actor or region. */
	discovered?: boolean;
	record?: Actor | Region;
}

export interface FindEntitiesOptions {
	/** Find names outside the gazetteer (default true). */
	discover?: boolean;
	/** Report demonyms as weak region cues (default true). */
	demonyms?: boolean;
	/** Resolve bare surnames and defined abbreviations (default true). */
	coreference?: boolean;
}

function toMatch(text: string, span: Span): EntityMatch {
	const match: EntityMatch = { start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: span.kind, id: span.id, via: span.via };
	if (span.weak) match.weak = true;
	if (span.locative) match.locative = true;
	if (span.alternatives?.length) match.alternatives = span.alternatives;
	if (span.record) {
		if (span.record.discovered) match.discovered = true;
		match.record = span.record;
	}
	return match;
}

/** Non-overlapping matches sorted by offset; where names overlap, the longest won. */
export function findEntities(text: string, gazetteer: Gazetteer, options: FindEntitiesOptions = {}): EntityMatch[] {
	if (typeof text !== 'string' || text.length === 0) return [];
	const doc = new EntityText(text);
	matchGazetteer(doc, gazetteer, options.demonyms !== false);
	const coreference = options.coreference !== false;
	const surnames = new SurnameIndex();
	if (coreference) {
		for (const span of doc.liveSpans()) {
			if (span.kind === 'actor' && span.via === 'name' && gazetteer.actor(span.id)?.kind === 'person') surnames.add(doc, span.id, span.first, span.last);
		}
	}
	if (options.discover !== false) discoverNames(doc, gazetteer, surnames);
	if (coreference) {
		matchDefinedAcronyms(doc);
		matchSurnames(doc, surnames);
	}
	return doc.liveSpans().map((span) => toMatch(text, span));
}
