import { contentHash } from './contentHash';

/** Longest id kept readable in a URL; longer names are cut and keep a hash of the whole for uniqueness. */
const MAX_ID_LENGTH = 80;

/**
 * A URL-safe, readable id from a file stem or a JSONL `id`: accents are folded ("Kaboul-été" → "Kaboul-ete"),
 * anything outside `[A-Za-z0-9._-]` becomes `-`. A name with nothing readable left (a stem in Arabic
 * script) becomes `article-` plus a hash of the name, so it is still stable.
 */
export function articleIdFrom(name: string): string {
	const folded = name.normalize('NFKD').replace(/\p{M}+/gu, '');
	const safe = folded
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[-.]+|[-.]+$/g, '');
	const readable = /[A-Za-z0-9]/.test(safe);
	if (!readable) return `article-${shortHash(name)}`;
	if (safe.length <= MAX_ID_LENGTH) return safe;
	return `${safe.slice(0, MAX_ID_LENGTH - 9).replace(/[-.]+$/, '')}-${shortHash(name)}`;
}

/**
 * Keeps ids unique within one read. The first claimant keeps its id; a later one with the same id gets a
 * suffix hashed from where it came from (its path, or `path:line`), not a counter, so its id does not
 * depend on how many other files collided before it.
 */
export class ArticleIds {
	readonly #taken = new Set<string>();

	claim(id: string, origin: string): string {
		let candidate = id;
		for (let attempt = 0; this.#taken.has(candidate); attempt++) {
			candidate = `${id}-${shortHash(attempt === 0 ? origin : `${origin}#${attempt}`)}`;
		}
		this.#taken.add(candidate);
		return candidate;
	}
}

function shortHash(text: string): string {
	return contentHash(new TextEncoder().encode(text)).slice(0, 8);
}
