/**
 * Article text, titles, metadata and entity names are untrusted: the app renders them through Svelte's
 * text interpolation only. No source file may turn a string into markup or code, whatever string it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = __dirname;

const SINKS: [string, RegExp][] = [
	['{@html}', /\{@html\b/],
	['innerHTML', /\.innerHTML\b/],
	['outerHTML', /\.outerHTML\b/],
	['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
	['document.write', /\bdocument\.write(?:ln)?\s*\(/],
	['createContextualFragment', /\bcreateContextualFragment\b/],
	['srcdoc', /\bsrcdoc\b/],
	['eval', /(?<![\w.])eval\s*\(/],
	['new Function', /\bnew\s+Function\s*\(/]
];

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sources(path);
		return /\.(svelte|ts|js)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
	});
}

describe('no source file turns a string into markup or code', () => {
	const files = sources(SRC);

	it('finds the app\'s sources', () => {
		expect(files.some((f) => f.endsWith('.svelte'))).toBe(true);
		expect(files.length).toBeGreaterThan(50);
	});

	it.each(SINKS)('%s', (_, sink) => {
		const found = files.filter((f) => sink.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
		expect(found).toEqual([]);
	});
});
