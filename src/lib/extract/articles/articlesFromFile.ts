import type { ArticleOptions } from './articleFromText';
import { extensionOf } from './fileName';
import { readJsonlArticles } from './readJsonlArticles';
import type { FileInput, ReadResult } from './readResult';
import { readWholeFile, type WholeFileFormat } from './readWholeFile';

const WHOLE_FILE_FORMATS: Record<string, WholeFileFormat> = {
	'.txt': 'text',
	'.text': 'text',
	'.md': 'markdown',
	'.markdown': 'markdown',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html'
};
const JSONL = new Set(['.jsonl', '.ndjson']);

/** Extensions Dateline reads as articles. */
export const ARTICLE_EXTENSIONS = [...Object.keys(WHOLE_FILE_FORMATS), ...JSONL];

export function isArticleFile(path: string): boolean {
	return ARTICLE_EXTENSIONS.includes(extensionOf(path));
}

/**
 * The articles in one file's bytes (one, or one per JSONL line), or errors naming the file and line.
 * Pure and total: whatever the bytes, it yields results and never throws.
 */
export function* articlesFromFile(input: FileInput, options: ArticleOptions = {}): Generator<ReadResult> {
	const extension = extensionOf(input.file);
	try {
		if (JSONL.has(extension)) {
			if (input.sidecar) {
				yield { error: { file: input.sidecar.file, message: `a sidecar applies to a single article; the records of ${input.file} carry their own fields, so it was ignored` } };
			}
			yield* guarded(input.file, readJsonlArticles(input, options));
			return;
		}
		const format = WHOLE_FILE_FORMATS[extension];
		if (!format) {
			yield { error: { file: input.file, message: unsupported(extension) } };
			return;
		}
		yield readWholeFile(input, format, options);
	} catch (e) {
		yield { error: { file: input.file, message: `the file could not be read: ${(e as Error)?.message ?? String(e)}` } };
	}
}

/** Keeps the results a JSONL file yielded before an unexpected failure, and reports the failure. */
function* guarded(file: string, results: Generator<ReadResult>): Generator<ReadResult> {
	try {
		yield* results;
	} catch (e) {
		yield { error: { file, message: `reading stopped early: ${(e as Error)?.message ?? String(e)}` } };
	}
}

export function unsupported(extension: string): string {
	const what = extension ? `files ending in ${extension}` : 'files without an extension';
	return `${what} are not read as articles (Dateline reads ${ARTICLE_EXTENSIONS.join(', ')})`;
}
