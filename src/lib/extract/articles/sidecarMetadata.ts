import { readMetadata, type MetadataReading } from './articleMetadata';
import { decodeText } from './decodeText';
import { baseName } from './fileName';

/**
 * Reads a sidecar `NAME.meta.json`. A broken sidecar costs its metadata, never the article beside it: the
 * problem becomes a warning on the article.
 */
export function sidecarMetadata(sidecar: { file: string; bytes: Uint8Array }): MetadataReading {
	const where = `sidecar ${baseName(sidecar.file)}`;
	const decoded = decodeText(sidecar.bytes);
	if (!decoded.ok) return { metadata: {}, warnings: [`${where}: ${decoded.message}; it was ignored`] };
	let record: unknown;
	try {
		record = JSON.parse(decoded.text);
	} catch (e) {
		return { metadata: {}, warnings: [`${where} is not valid JSON (${(e as Error).message}); it was ignored`] };
	}
	return readMetadata(record, where);
}
