import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
const STAMP = join('build', '.built-at');

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

/** Builds the app unless `build/` is newer than every input of the build. */
export function buildIfStale(root: string): void {
	const stamp = join(root, STAMP);
	const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
	const inputsAt = Math.max(...INPUTS.map((p) => newestMtime(join(root, p))));
	if (builtAt > inputsAt) return;
	console.log('Building the app…');
	execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	writeFileSync(stamp, new Date().toISOString());
}
