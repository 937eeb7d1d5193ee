import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isArticleFile } from '../lib/extract/articles/index';

/**
 * How many article files the paths hold (folders recursively, hidden entries skipped), for a progress
 * bar's total. A path that cannot be read counts as one file: the reader reports it.
 */
export function countArticleFiles(paths: readonly string[]): number {
	let count = 0;
	const visit = (path: string) => {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			count++;
			return;
		}
		if (!stat.isDirectory()) {
			if (isArticleFile(path)) count++;
			return;
		}
		let entries: string[];
		try {
			entries = readdirSync(path);
		} catch {
			count++;
			return;
		}
		for (const entry of entries) if (!entry.startsWith('.')) visit(join(path, entry));
	};
	for (const path of paths) visit(path);
	return count;
}

/** The file an article came from: JSONL articles are named `file:line`. */
export function fileOf(articleFile: string): string {
	return articleFile.replace(/:\d+$/, '');
}
