import { readMetadata } from './articleMetadata';
import { articleFromText, type ArticleOptions } from './articleFromText';
import { articleIdFrom } from './articleId';
import { contentHash } from './contentHash';
import { decodeText } from './decodeText';
import { stemOf } from './fileName';
import type { FileInput, ReadResult } from './readResult';

/** Fields a JSONL record uses for itself; the rest are metadata. */
const RECORD_FIELDS = ['id', 'text'];

/**
 * Articles from a JSONL file, one record per line: `{ id, url, title, source, published, text }`. Each
 * line is decoded, hashed and parsed on its own, so a broken line is an error naming its line while the
 * other lines go on. Blank lines are allowed and skipped.
 */
export function* readJsonlArticles(input: FileInput, options: ArticleOptions = {}): Generator<ReadResult> {
	const { file } = input;
	let { bytes } = input;
	if (bytes.length === 0) {
		yield { error: { file, message: 'the file is empty' } };
		return;
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		// UTF-16 cannot be split at byte 0x0A; as UTF-8 it can, and each line's hash stays stable.
		const decoded = decodeText(bytes);
		if (decoded.ok) bytes = new TextEncoder().encode(decoded.text);
	}
	// A NUL before any record is a binary file; after records, it is damage (a crash leaves a block of NULs)
	// that costs only the lines it hits.
	const nul = bytes.indexOf(0);
	if (nul >= 0 && !holdsRecord(bytes.subarray(0, nul))) {
		yield { error: { file, message: `the file is binary, not JSON lines: it holds a NUL byte at offset ${nul}` } };
		return;
	}
	const stem = stemOf(file);
	let records = 0;
	let lineNumber = 0;
	for (const lineBytes of byteLines(bytes)) {
		lineNumber++;
		let result: ReadResult | null;
		try {
			const lineNul = lineBytes.indexOf(0);
			result =
				lineNul >= 0
					? { error: { file, line: lineNumber, message: `line ${lineNumber} is binary, not a JSON record: it holds a NUL byte at offset ${lineBytes.byteOffset - bytes.byteOffset + lineNul}` } }
					: readLine(file, stem, lineNumber, lineBytes, options);
		} catch (e) {
			result = { error: { file, line: lineNumber, message: `line ${lineNumber} could not be read: ${(e as Error)?.message ?? String(e)}` } };
		}
		if (result) {
			records++;
			yield result;
		}
	}
	if (records === 0) yield { error: { file, message: 'the file holds no JSON lines, only white space' } };
}

function readLine(file: string, stem: string, line: number, bytes: Uint8Array, options: ArticleOptions): ReadResult | null {
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { error: { file, line, message: `line ${line}: ${decoded.message}` } };
	const source = decoded.text.trim();
	if (!source) return null;
	let record: unknown;
	try {
		record = JSON.parse(source);
	} catch (e) {
		return { error: { file, line, message: `line ${line} is not valid JSON (${(e as Error).message})` } };
	}
	if (record === null || typeof record !== 'object' || Array.isArray(record)) {
		return { error: { file, line, message: `line ${line} is not a JSON object` } };
	}
	const fields = record as Record<string, unknown>;
	if (typeof fields.text !== 'string') {
		return { error: { file, line, message: `line ${line} has no "text" field holding the article's text` } };
	}
	if (!/\S/.test(fields.text)) return { error: { file, line, message: `line ${line} has an empty "text"` } };
	const warnings = decoded.warnings.map((w) => w.replace(/^the file/, `line ${line}`));
	let id = `${stem}-${line}`;
	if (typeof fields.id === 'string' || typeof fields.id === 'number') id = articleIdFrom(String(fields.id));
	else if (fields.id !== undefined && fields.id !== null) warnings.push(`line ${line}: "id" should be text or a number; the id ${id} was used`);
	const reading = readMetadata(fields, `line ${line}`, RECORD_FIELDS);
	warnings.push(...reading.warnings);
	const article = articleFromText({
		file: `${file}:${line}`,
		id,
		text: fields.text,
		contentHash: contentHash(bytes),
		metadata: reading.metadata,
		warnings,
		fallbackTitle: id
	}, options);
	return { article };
}

/** Whether any line of the bytes is a JSON object: the file is JSON lines, whatever else it holds. */
function holdsRecord(bytes: Uint8Array): boolean {
	const decoder = new TextDecoder();
	for (const line of byteLines(bytes)) {
		const text = decoder.decode(line).trim();
		if (!text.startsWith('{')) continue;
		try {
			const record = JSON.parse(text);
			if (record !== null && typeof record === 'object' && !Array.isArray(record)) return true;
		} catch {
			// not a record; look further
		}
	}
	return false;
}

/** Lines of raw bytes, split at LF, CRLF or CR; a JSON line holds no raw line breaks of its own. */
function* byteLines(bytes: Uint8Array): Generator<Uint8Array> {
	let start = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b !== 0x0a && b !== 0x0d) continue;
		yield bytes.subarray(start, i);
		if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
		start = i + 1;
	}
	if (start < bytes.length) yield bytes.subarray(start);
}
