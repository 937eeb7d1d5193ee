import type { PublicationDate } from '../../model';
import { parseIsoPublished, publicationDate, type CalendarDate } from './publishedDate';

/** What metadata (a sidecar, front matter, a JSONL record, HTML meta tags) may say about an article. */
export interface ArticleMetadata {
	title?: string;
	url?: string;
	source?: string;
	/** The checked publication date, when `published` is a real ISO 8601 date or date-time. */
	published?: CalendarDate;
	/**
	 * A `published` value that is not ISO 8601 ("6 Sept 2021", "2021" alone), kept as written for readings
	 * that need more than this record: the time tagger, or the year of a dateline that lacks one.
	 */
	publishedText?: string;
	estimate?: boolean;
}

export interface MetadataReading {
	metadata: ArticleMetadata;
	/** Problems with the record, each naming the field; the record's other fields still count. */
	warnings: string[];
}

const KNOWN_FIELDS = ['title', 'url', 'source', 'published', 'estimate'] as const;
/** A title or source name longer than this is not one; it is cut so that no page has to show a megabyte. */
const MAX_TEXT_FIELD = 500;
/** Names other tools use for the same fields (Jekyll and Hugo front matter say `date`). */
const ALIASES: Record<string, (typeof KNOWN_FIELDS)[number]> = { date: 'published' };

/**
 * Checks a metadata record field by field. `where` names the record in messages ("sidecar x.meta.json",
 * "front matter"); `extraFields` are fields the container itself uses (a JSONL record's `id` and `text`).
 */
export function readMetadata(record: unknown, where: string, extraFields: readonly string[] = []): MetadataReading {
	const warnings: string[] = [];
	const metadata: ArticleMetadata = {};
	if (record === null || record === undefined) return { metadata, warnings };
	if (typeof record !== 'object' || Array.isArray(record)) {
		return { metadata, warnings: [`${where} is not a record of fields (found ${describe(record)}); it was ignored`] };
	}
	const unknown: string[] = [];
	for (const [rawKey, value] of Object.entries(record)) {
		const key = ALIASES[rawKey] && !(ALIASES[rawKey] in record) ? ALIASES[rawKey] : rawKey;
		if (extraFields.includes(rawKey)) continue;
		if (value === null || value === undefined) continue;
		switch (key) {
			case 'title':
			case 'source': {
				const text = textField(value);
				if (text === null) warnings.push(`${where}: "${rawKey}" should be text, found ${describe(value)}; it was ignored`);
				else if (text.length > MAX_TEXT_FIELD) {
					warnings.push(`${where}: "${rawKey}" is ${text.length} characters long; it was cut to ${MAX_TEXT_FIELD}`);
					metadata[key] = truncate(text, MAX_TEXT_FIELD);
				} else if (text) metadata[key] = text;
				break;
			}
			case 'url': {
				const url = httpUrl(value);
				if (url.ok) metadata.url = url.url;
				else warnings.push(`${where}: "url" ${url.message}; it was ignored`);
				break;
			}
			case 'published': {
				if (typeof value !== 'string') {
					warnings.push(`${where}: "${rawKey}" should be an ISO 8601 date or date-time, found ${describe(value)}; it was ignored`);
					break;
				}
				const parsed = parseIsoPublished(value);
				if (parsed?.ok) metadata.published = parsed.fields;
				else if (parsed) warnings.push(`${where}: "${rawKey}" ${parsed.message}; it was ignored`);
				if (!parsed || (!parsed.ok && parsed.partial)) metadata.publishedText = value;
				break;
			}
			case 'estimate': {
				if (typeof value === 'boolean') metadata.estimate = value;
				else warnings.push(`${where}: "estimate" should be true or false, found ${describe(value)}; it was ignored`);
				break;
			}
			default:
				unknown.push(rawKey);
		}
	}
	if (unknown.length > 0) {
		const names = unknown.slice(0, 10).map((k) => `"${truncate(k, 40)}"`).join(', ');
		const more = unknown.length > 10 ? ` and ${unknown.length - 10} more` : '';
		warnings.push(`${where}: unknown field${unknown.length > 1 ? 's' : ''} ${names}${more} ignored (known: ${KNOWN_FIELDS.join(', ')})`);
	}
	return { metadata, warnings };
}

/** Later sources win field by field: a sidecar overrides the front matter of the file beside it. */
export function mergeMetadata(...layers: ArticleMetadata[]): ArticleMetadata {
	const merged: ArticleMetadata = {};
	for (const layer of layers) {
		for (const [key, value] of Object.entries(layer)) if (value !== undefined) Object.assign(merged, { [key]: value });
		// A layer that states a publication date replaces the earlier one whole, in whichever form it has.
		if (layer.publishedText !== undefined && layer.published === undefined) delete merged.published;
		if (layer.published !== undefined && layer.publishedText === undefined) delete merged.publishedText;
	}
	return merged;
}

/** The metadata's publication date, if it gave a valid one. */
export function metadataPublication(metadata: ArticleMetadata): PublicationDate | null {
	return metadata.published ? publicationDate(metadata.published, 'metadata', metadata.estimate ?? false) : null;
}

function textField(value: unknown): string | null {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return null;
	// Control characters have no place in a one-line field and can hide text from whoever reads it.
	return value.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
}

type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** Only web addresses are kept: a `javascript:` or `data:` url in metadata must never reach a link. */
export function httpUrl(value: unknown): UrlCheck {
	if (typeof value !== 'string') return { ok: false, message: `should be text, found ${describe(value)}` };
	const text = value.trim();
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, message: `"${truncate(text, 80)}" is not a web address` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, message: `"${truncate(text, 80)}" is not an http(s) address` };
	}
	return { ok: true, url: url.href };
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a record';
	if (typeof value === 'string') return `"${truncate(value, 40)}"`;
	return `${typeof value} ${String(value)}`;
}

export function truncate(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
