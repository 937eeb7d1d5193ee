/**
 * Actors and regions: the gazetteer (bundled JSON plus users' files), the matcher, and names outside
 * the gazetteer. See `data/README.md` for the data format and the id scheme.
 */
export { createGazetteer, defaultGazetteer, Gazetteer, type CreateGazetteerOptions, type GazetteerSource } from './gazetteer';
export {
	GAZETTEER_FORMAT,
	readGazetteerFile,
	type ActorEntry,
	type GazetteerActor,
	type GazetteerFile,
	type GazetteerProblem,
	type GazetteerRegion,
	type MatchPolicy,
	type RegionEntry
} from './gazetteerFile';
export { findEntities, type EntityMatch, type EntityVia, type FindEntitiesOptions } from './findEntities';
export { collectEntities, type CollectedEntities } from './collectEntities';
export { normalizeWord, slugify } from './normalizeName';
export { nameKey } from './nameTokens';
