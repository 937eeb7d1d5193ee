import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleOptions } from './articleFromText';
import { ArticleIds } from './articleId';
import { articlesFromFile, isArticleFile, unsupported } from './articlesFromFile';
import { extensionOf, stemOf } from './fileName';
import type { ReadResult } from './readResult';

export interface ReadOptions extends ArticleOptions {
	/** Files larger than this are refused with an error rather than read into memory. Default 256 MB. */
	maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const SIDECAR = '.meta.json';

/**
 * Reads articles from files and folders. Folders are read recursively in sorted order (by name, in code
 * unit order, so the order is the same on every machine), hidden entries skipped; each file is read once
 * even when named twice. Yields each article, or an error naming the file (and line) that could not be
 * read, and goes on with the rest: it never throws. Article ids are unique within one call.
 */
export async function* readArticles(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const ids = new ArticleIds();
	const seen = new Set<string>();
	for (const path of paths) {
		for await (const entry of listInputs(path, seen)) {
			if ('error' in entry) {
				yield entry;
				continue;
			}
			for await (const result of readEntry(entry, maxBytes, options)) {
				if ('article' in result) result.article.id = ids.claim(result.article.id, result.article.file);
				yield result;
			}
		}
	}
}

interface Entry {
	file: string;
	sidecar?: string;
}

/** One file's results, yielded as they come: a JSONL file of a million lines is never held as one list. */
async function* readEntry(entry: Entry, maxBytes: number, options: ArticleOptions): AsyncGenerator<ReadResult> {
	const bytes = await readBytes(entry.file, maxBytes);
	if (!(bytes instanceof Uint8Array)) {
		yield { error: { file: entry.file, message: bytes } };
		return;
	}
	let sidecar: { file: string; bytes: Uint8Array } | undefined;
	if (entry.sidecar) {
		const sidecarBytes = await readBytes(entry.sidecar, maxBytes);
		if (sidecarBytes instanceof Uint8Array) sidecar = { file: entry.sidecar, bytes: sidecarBytes };
		else yield { error: { file: entry.sidecar, message: `${sidecarBytes}; the article beside it was read without it` } };
	}
	yield* articlesFromFile({ file: entry.file, bytes, sidecar }, options);
}

async function readBytes(file: string, maxBytes: number): Promise<Uint8Array | string> {
	try {
		const info = await stat(file);
		if (info.size > maxBytes) return `the file is too large to read (${megabytes(info.size)}; the limit is ${megabytes(maxBytes)})`;
		return await readFile(file);
	} catch (e) {
		return `the file could not be read (${systemMessage(e)})`;
	}
}

/**
 * The article files under one path, each paired with its sidecar, in a stable order. A sidecar without
 * an article beside it, and a file of a type Dateline does not read, are errors so that nothing given
 * is passed over in silence.
 */
async function* listInputs(path: string, seen: Set<string>): AsyncGenerator<Entry | { error: { file: string; message: string } }> {
	let info;
	try {
		info = await stat(path);
	} catch (e) {
		yield { error: { file: path, message: `cannot be read (${systemMessage(e)})` } };
		return;
	}
	if (info.isDirectory()) {
		yield* listFolder(path, seen);
		return;
	}
	if (!info.isFile()) {
		yield { error: { file: path, message: 'is neither a file nor a folder; it was skipped' } };
		return;
	}
	if (await alreadySeen(path, seen)) return;
	const extension = extensionOf(path);
	if (extension === SIDECAR) {
		const article = await articleBeside(path);
		if (!article) yield { error: { file: path, message: orphanSidecar(path) } };
		else if (!(await alreadySeen(article, seen))) yield { file: article, sidecar: path };
		return;
	}
	if (!isArticleFile(path)) {
		yield { error: { file: path, message: unsupported(extension) } };
		return;
	}
	yield { file: path, sidecar: await sidecarBeside(path) };
}

async function* listFolder(folder: string, seen: Set<string>): AsyncGenerator<Entry | { error: { file: string; message: string } }> {
	if (await alreadySeen(folder, seen)) return;
	let names: { name: string; folder: boolean; file: boolean }[];
	try {
		const entries = await readdir(folder, { withFileTypes: true });
		names = await Promise.all(
			entries
				.filter((e) => !e.name.startsWith('.'))
				.map(async (e) => {
					if (!e.isSymbolicLink()) return { name: e.name, folder: e.isDirectory(), file: e.isFile() };
					const target = await stat(join(folder, e.name)).catch(() => null);
					return { name: e.name, folder: target?.isDirectory() ?? false, file: target?.isFile() ?? false };
				})
		);
	} catch (e) {
		yield { error: { file: folder, message: `the folder cannot be read (${systemMessage(e)})` } };
		return;
	}
	names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const articleStems = new Set(names.filter((n) => n.file && isArticleFile(n.name) && !isJsonl(n.name)).map((n) => stemOf(n.name)));
	for (const entry of names) {
		const path = join(folder, entry.name);
		if (entry.folder) {
			yield* listFolder(path, seen);
			continue;
		}
		if (!entry.file) {
			yield { error: { file: path, message: 'is neither a file nor a folder; it was skipped' } };
			continue;
		}
		const extension = extensionOf(entry.name);
		if (extension === SIDECAR) {
			if (!articleStems.has(stemOf(entry.name))) yield { error: { file: path, message: orphanSidecar(path) } };
			continue;
		}
		if (!isArticleFile(entry.name)) {
			yield { error: { file: path, message: unsupported(extension) } };
			continue;
		}
		if (await alreadySeen(path, seen)) continue;
		const sidecarName = `${stemOf(entry.name)}${SIDECAR}`;
		const hasSidecar = !isJsonl(entry.name) && names.some((n) => n.file && n.name === sidecarName);
		yield { file: path, sidecar: hasSidecar ? join(folder, sidecarName) : undefined };
	}
}

function isJsonl(name: string): boolean {
	const extension = extensionOf(name);
	return extension === '.jsonl' || extension === '.ndjson';
}

async function sidecarBeside(path: string): Promise<string | undefined> {
	if (isJsonl(path)) return undefined;
	const candidate = `${path.slice(0, path.length - extensionOf(path).length)}${SIDECAR}`;
	const info = await stat(candidate).catch(() => null);
	return info?.isFile() ? candidate : undefined;
}

const SIDECAR_TARGETS = ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.text'];

async function articleBeside(sidecar: string): Promise<string | undefined> {
	const base = sidecar.slice(0, sidecar.length - SIDECAR.length);
	for (const extension of SIDECAR_TARGETS) {
		const info = await stat(`${base}${extension}`).catch(() => null);
		if (info?.isFile()) return `${base}${extension}`;
	}
	return undefined;
}

function orphanSidecar(path: string): string {
	return `this sidecar has no article file beside it (expected ${stemOf(path)} with one of ${SIDECAR_TARGETS.join(', ')}); it was ignored`;
}

/** True when the path (by its real location) was already read in this call; marks it as read otherwise. */
async function alreadySeen(path: string, seen: Set<string>): Promise<boolean> {
	const real = await realpath(path).catch(() => path);
	if (seen.has(real)) return true;
	seen.add(real);
	return false;
}

function systemMessage(e: unknown): string {
	const error = e as NodeJS.ErrnoException;
	if (error?.code === 'ENOENT') return 'no such file or folder';
	if (error?.code === 'EACCES' || error?.code === 'EPERM') return 'permission denied';
	return error?.message ?? String(e);
}

function megabytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
