import iconv from 'iconv-lite';

export type DecodedText =
	| { ok: true; text: string; encoding: string; warnings: string[] }
	| { ok: false; message: string };

export interface DecodeOptions {
	/** A charset the container declares (an HTML `<meta charset>`), tried before Windows-1252 when UTF-8 fails. */
	declaredCharset?: string;
}

/** How much of a file the binary sniffing looks at: enough to judge, cheap on 50 MB files. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control bytes above which a file is taken for binary rather than text with a few stray bytes. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Turns a file's bytes into text: a BOM decides the encoding; without one, the bytes must be strict UTF-8,
 * else they are read as Windows-1252 (of which Latin-1's printable range is a subset) with a warning,
 * because a silent wrong guess would corrupt names and quotes. Binary files are refused.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
	if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), 'utf-8 (BOM)', options);
	if (hasPrefix(bytes, [0xff, 0xfe])) return decodeWith(bytes.subarray(2), 'utf-16le');
	if (hasPrefix(bytes, [0xfe, 0xff])) return decodeWith(bytes.subarray(2), 'utf-16be');
	const binary = binaryReason(bytes);
	if (binary) return { ok: false, message: binary };
	return decodeUtf8(bytes, 'utf-8', options);
}

/** Shared: a JSONL file decodes each of its lines, and a decoder per line costs more than the line. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array, encoding: string, options: DecodeOptions): DecodedText {
	try {
		const text = STRICT_UTF8.decode(bytes);
		return { ok: true, text, encoding, warnings: mojibakeWarnings(text) };
	} catch {
		const at = firstInvalidUtf8(bytes);
		const fallback = fallbackEncoding(options.declaredCharset);
		// iconv-lite, not TextDecoder: Node 20's 'windows-1252' decoder reads bytes 0x80–0x9F as Latin-1
		// control characters, which would turn curly quotes and dashes into invisible characters.
		const text = iconv.decode(toBuffer(bytes), fallback, { stripBOM: false });
		const name = fallback === 'windows-1252' ? 'Windows-1252' : fallback;
		const undefinedBytes = text.includes('\uFFFD') ? `; bytes it does not define became U+FFFD` : '';
		return {
			ok: true,
			text,
			encoding: fallback,
			warnings: [`the file is not valid UTF-8 (first invalid byte at offset ${at}); it was decoded as ${name}${undefinedBytes}`]
		};
	}
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
	const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
	const warnings = text.includes('\uFFFD') ? [`the file has bytes that are not valid ${encoding}; they were replaced with U+FFFD`] : [];
	return { ok: true, text, encoding, warnings };
}

function fallbackEncoding(declared: string | undefined): string {
	if (!declared) return 'windows-1252';
	const name = declared.trim().toLowerCase();
	// A page that declares UTF-8 but is not valid UTF-8 was saved by something else: the common case is 1252.
	// Latin-1 is read as 1252 too, as browsers do: its printable range is the same and 0x80–0x9F are quotes.
	if (!iconv.encodingExists(name) || /^(?:utf-?8|utf-?16|unicode|iso-?8859-?1|latin-?1|l1|us-ascii|ascii)$/.test(name)) return 'windows-1252';
	return name;
}

function toBuffer(bytes: Uint8Array): Buffer {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function hasPrefix(bytes: Uint8Array, prefix: number[]): boolean {
	return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Why the bytes are not text, or null. NUL never occurs in text files in 8-bit encodings or UTF-8. */
function binaryReason(bytes: Uint8Array): string | null {
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		const utf16 = nul <= 1 || bytes[nul ^ 1] !== 0 ? ' (if it is UTF-16 text, save it with a byte order mark or as UTF-8)' : '';
		return `the file is binary, not text: it holds a NUL byte at offset ${nul}${utf16}`;
	}
	const sample = bytes.subarray(0, SNIFF_BYTES);
	let controls = 0;
	for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
	if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
		return `the file is binary, not text: ${controls} of its first ${sample.length} bytes are control characters`;
	}
	return null;
}

/** Offset of the first byte that breaks UTF-8, for a message the user can act on. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		if (i + need >= bytes.length) return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if ((c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return bytes.length;
}

/** UTF-8 that was once decoded as Windows-1252 and saved again ("â€™" for "’"): flagged, never rewritten. */
const MOJIBAKE = /â€|Ã[\u00A0-\u00BF]/;

function mojibakeWarnings(text: string): string[] {
	const m = MOJIBAKE.exec(text);
	return m ? [`the text looks double-encoded (for example "${m[0]}" at offset ${m.index}); it is kept as it is`] : [];
}
