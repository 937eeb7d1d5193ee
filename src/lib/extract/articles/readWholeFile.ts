import { mergeMetadata, readMetadata, type ArticleMetadata } from './articleMetadata';
import { articleFromText, type ArticleOptions } from './articleFromText';
import { articleIdFrom } from './articleId';
import { contentHash } from './contentHash';
import { decodeText } from './decodeText';
import { stemOf } from './fileName';
import { splitFrontMatter } from './frontMatter';
import { declaredCharset, readHtmlPage } from './htmlPage';
import type { FileInput, ReadResult } from './readResult';
import { sidecarMetadata } from './sidecarMetadata';

export type WholeFileFormat = 'text' | 'markdown' | 'html';

/**
 * One article from a whole file (`.txt`, `.md` with front matter, a saved `.html` page) and its sidecar.
 * Metadata layers: what the file itself says (front matter, meta tags), then the sidecar, which wins.
 */
export function readWholeFile(input: FileInput, format: WholeFileFormat, options: ArticleOptions = {}): ReadResult {
	const { file, bytes } = input;
	if (bytes.length === 0) return { error: { file, message: 'the file is empty' } };
	const decoded = decodeText(bytes, format === 'html' ? { declaredCharset: declaredCharset(bytes) } : {});
	if (!decoded.ok) return { error: { file, message: decoded.message } };
	const warnings = [...decoded.warnings];

	let text = decoded.text;
	let own: ArticleMetadata = {};
	if (format === 'markdown') {
		const front = splitFrontMatter(text);
		warnings.push(...front.warnings);
		const reading = readMetadata(front.fields, 'front matter');
		warnings.push(...reading.warnings);
		own = reading.metadata;
		text = text.slice(front.bodyStart);
	} else if (format === 'html') {
		const page = readHtmlPage(text);
		warnings.push(...page.warnings);
		const reading = readMetadata(page.fields, 'page metadata');
		warnings.push(...reading.warnings);
		own = reading.metadata;
		text = page.text;
	}
	if (!/\S/.test(text)) {
		const what = format === 'markdown' && text !== decoded.text ? 'no text after its front matter' : format === 'html' ? 'no visible text' : 'only white space';
		return { error: { file, message: `the file holds ${what}` } };
	}

	let metadata = own;
	if (input.sidecar) {
		const sidecar = sidecarMetadata(input.sidecar);
		warnings.push(...sidecar.warnings);
		metadata = mergeMetadata(own, sidecar.metadata);
	}
	const stem = stemOf(file);
	const article = articleFromText({
		file,
		id: articleIdFrom(stem),
		text,
		contentHash: input.sidecar ? contentHash(bytes, input.sidecar.bytes) : contentHash(bytes),
		metadata,
		warnings,
		fallbackTitle: stem
	}, options);
	return { article };
}
