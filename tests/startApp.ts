/**
 * The built app and the ingest CLI as child processes, for browser tests that need a store of their own
 * beside the one `scripts/serve-test.ts` serves.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const INGEST = join(ROOT, 'src/cli/ingest.ts');

export interface App {
	url: string;
	exited: () => boolean;
	stop: () => Promise<void>;
}

/** Starts the built app on a free port, serving `store`; resolves once it listens. */
export async function startApp(store: string): Promise<App> {
	const child = spawn(process.execPath, [join(ROOT, 'build')], {
		cwd: ROOT,
		env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATELINE_DB: store, ORIGIN: 'http://127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let exited = false;
	const gone = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
	let output = '';
	const url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the app did not start: ${output}`)), 30_000);
		const read = (chunk: Buffer) => {
			output += chunk;
			const m = /Listening on (http:\/\/[\d.]+:\d+)/.exec(output);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		};
		child.stdout!.on('data', read);
		child.stderr!.on('data', read);
		child.on('exit', () => reject(new Error(`the app exited: ${output}`)));
	});
	return {
		url,
		exited: () => exited,
		stop: async () => {
			if (!exited) child.kill('SIGTERM');
			await gone;
		}
	};
}

/** Runs `npm run ingest` on `paths` into `store` to the end; `extra` are more arguments (`--gazetteer FILE`). */
export function ingestNow(paths: string[], store: string, extra: string[] = []): void {
	execFileSync(process.execPath, [TSX, INGEST, ...paths, '--db', store, ...extra], { cwd: ROOT, stdio: 'ignore' });
}

/** Starts `npm run ingest` on `paths` into `store` and returns at once. */
export function startIngest(paths: string[], store: string): ChildProcess {
	return spawn(process.execPath, [TSX, INGEST, ...paths, '--db', store], { cwd: ROOT, stdio: 'ignore' });
}
