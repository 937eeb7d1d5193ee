import { createHash } from 'node:crypto';

/**
 * Hash of an article's source bytes (the file with its sidecar, or one JSONL line), so re-ingestion can
 * skip what has not changed. A sidecar is hashed too: correcting a date there must re-ingest the article.
 * Parts are length-prefixed so that moving bytes between the file and its sidecar changes the hash.
 */
export function contentHash(...parts: Uint8Array[]): string {
	const hash = createHash('sha256');
	for (const part of parts) {
		hash.update(`${part.length}:`);
		hash.update(part);
	}
	return hash.digest('hex');
}
