/**
 * Content-derived identifiers. A mention's key depends on its article and the words of its sentence, so
 * re-ingesting the same text gives the same keys, and a passage repeated inside one article gives one key
 * (it counts once). Event ids are derived from keys, so they survive re-ingestion too.
 */

/** cyrb53: a fast, well-mixed 53-bit string hash (not cryptographic; ids only need to be distinct). */
function hash53(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** Ten characters of Crockford base32 from two independent hashes (about 50 bits). */
export function shortHash(text: string): string {
	let a = hash53(text, 1);
	let out = '';
	for (let i = 0; i < 10; i++) {
		out += ALPHABET[a % 32];
		a = Math.floor(a / 32);
	}
	return out;
}

/** Whitespace, case and quote style do not make a passage different. */
export function normalizePassage(text: string): string {
	return text
		.toLowerCase()
		.replace(/[“”«»„]/g, '"')
		.replace(/[‘’]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

export function mentionKey(articleId: string, sentenceText: string, wordIndex: number, lemma: string): string {
	return `${articleId}:${shortHash(`${normalizePassage(sentenceText)}|${wordIndex}|${lemma}`)}`;
}

/** An event's id: the key of the mention that founded it, hashed so it carries no article name. */
export function eventIdFor(foundingKey: string): string {
	return `e${shortHash(foundingKey)}`;
}
