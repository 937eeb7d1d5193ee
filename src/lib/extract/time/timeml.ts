import type { TimeMention, TimexMod, TimexType } from '$lib/model';

/**
 * TempEval-3 TimeML files, read and written as plain strings. Reading strips every tag inside `<TEXT>`
 * and decodes XML entities, keeping a map from each character of the plain text back to the raw file,
 * so writing can put new `TIMEX3` tags into the raw text without changing a byte of it.
 */

/** A TIMEX3 tag of a file: offsets into the plain text (`end` exclusive), type, value and modifier. */
export type TimexAnnotation = Pick<TimeMention, 'start' | 'end' | 'text' | 'type' | 'value' | 'mod'>;

export interface TimeMLDocument {
	/** The document creation time's TIMEX3 value, or null when the file has none. */
	dct: string | null;
	/** The content of `<TEXT>` without tags, entities decoded. */
	text: string;
	/** The `TIMEX3` annotations found inside `<TEXT>`. */
	timexes: TimexAnnotation[];
	/** The raw file, and where the raw `<TEXT>` content starts and ends in it. */
	raw: string;
	rawTextStart: number;
	rawTextEnd: number;
	/** For each plain-text offset (and one past the end), the raw offset it came from. */
	rawOffsets: number[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string): string | null {
	if (entity in ENTITIES) return ENTITIES[entity];
	const num = /^#(?:x([0-9a-f]+)|(\d+))$/i.exec(entity);
	if (!num) return null;
	const code = num[1] ? parseInt(num[1], 16) : Number(num[2]);
	return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
	return out;
}

const TIMEX_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

/** Reads a TimeML file. Throws with a reason when it has no `<TEXT>` element. */
export function readTimeML(raw: string): TimeMLDocument {
	const open = /<TEXT\b[^>]*>/.exec(raw);
	const close = raw.lastIndexOf('</TEXT>');
	if (!open || close < open.index) throw new Error('no <TEXT> element');
	const rawTextStart = open.index + open[0].length;
	const rawTextEnd = close;

	let dct: string | null = null;
	const dctBlock = /<DCT>([\s\S]*?)<\/DCT>/.exec(raw);
	if (dctBlock) {
		const timex = /<TIMEX3\b([^>]*)>/.exec(dctBlock[1]);
		if (timex) dct = attributes(timex[1]).value ?? null;
	}

	// The text is built from its pieces and joined once: a string grown a character at a time is a chain of
	// pieces that every later read of a character must walk.
	const pieces: string[] = [];
	let length = 0;
	const rawOffsets: number[] = [];
	const timexes: TimexAnnotation[] = [];
	const openTimexes: { start: number; attrs: Record<string, string> }[] = [];
	let i = rawTextStart;
	while (i < rawTextEnd) {
		const c = raw[i];
		if (c === '<') {
			const end = raw.indexOf('>', i);
			if (end < 0 || end >= rawTextEnd) throw new Error(`unclosed tag at offset ${i}`);
			const tag = raw.slice(i + 1, end);
			if (/^TIMEX3\b/.test(tag)) {
				const attrs = attributes(tag);
				if (tag.endsWith('/')) {
					// An empty TIMEX3 (a non-consuming one) has no text to score.
				} else openTimexes.push({ start: length, attrs });
			} else if (tag === '/TIMEX3') {
				const t = openTimexes.pop();
				if (t) {
					const type = (TIMEX_TYPES.has(t.attrs.type) ? t.attrs.type : 'DATE') as TimexType;
					const annotation: TimexAnnotation = {
						start: t.start,
						end: length,
						text: '',
						type,
						value: t.attrs.value ?? ''
					};
					if (t.attrs.mod) annotation.mod = t.attrs.mod as TimexMod;
					timexes.push(annotation);
				}
			}
			i = end + 1;
			continue;
		}
		if (c === '&') {
			const semi = raw.indexOf(';', i);
			if (semi > i && semi - i <= 10) {
				const decoded = decodeEntity(raw.slice(i + 1, semi));
				if (decoded !== null) {
					for (let k = 0; k < decoded.length; k++) rawOffsets.push(i);
					pieces.push(decoded);
					length += decoded.length;
					i = semi + 1;
					continue;
				}
			}
		}
		rawOffsets.push(i);
		pieces.push(c);
		length++;
		i++;
	}
	rawOffsets.push(rawTextEnd);
	const text = pieces.join('');
	for (const t of timexes) t.text = text.slice(t.start, t.end);
	timexes.sort((a, b) => a.start - b.start);
	return { dct, text, timexes, raw, rawTextStart, rawTextEnd, rawOffsets };
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The raw text of `<TEXT>` with every tag removed, entities left as written. */
function rawWithoutTags(doc: TimeMLDocument, from: number, to: number): string {
	return doc.raw.slice(from, to).replace(/<[^>]*>/g, '');
}

/**
 * The document with its `<TEXT>` content replaced by the same text carrying `mentions` as `TIMEX3` tags
 * (ids `t1`, `t2`, …) and no other tags; everything outside `<TEXT>` is unchanged. Mentions must not
 * overlap; offsets are into `doc.text`.
 */
export function writeTimeML(doc: TimeMLDocument, mentions: TimeMention[]): string {
	const sorted = [...mentions].sort((a, b) => a.start - b.start);
	let out = doc.raw.slice(0, doc.rawTextStart);
	let rawPos = doc.rawTextStart;
	let id = 1;
	let lastEnd = 0;
	for (const m of sorted) {
		if (m.start < lastEnd || m.end <= m.start || m.end > doc.text.length) continue;
		const rawStart = doc.rawOffsets[m.start];
		const rawEnd = m.end < doc.text.length ? doc.rawOffsets[m.end] : doc.rawTextEnd;
		out += rawWithoutTags(doc, rawPos, rawStart);
		let attrs = `tid="t${id++}" type="${m.type}" value="${escapeAttribute(m.value)}"`;
		if (m.mod) attrs += ` mod="${m.mod}"`;
		if (m.quant) attrs += ` quant="${escapeAttribute(m.quant)}"`;
		if (m.freq) attrs += ` freq="${escapeAttribute(m.freq)}"`;
		out += `<TIMEX3 ${attrs}>${rawWithoutTags(doc, rawStart, rawEnd)}</TIMEX3>`;
		rawPos = rawEnd;
		lastEnd = m.end;
	}
	out += rawWithoutTags(doc, rawPos, doc.rawTextEnd);
	out += doc.raw.slice(doc.rawTextEnd);
	return out;
}
