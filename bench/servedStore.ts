/**
 * What bench:api and bench:render share: a synthetic store of N events, made once and kept, and the built
 * app served on it at a free port, timed from spawn to its first page.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

/** Fills `store` with `events` synthetic events unless it exists (`npm run synth -- --events`). */
export function ensureSyntheticStore(root: string, store: string, events: number): void {
	if (existsSync(store)) return;
	console.log(`Synthesizing ${events.toLocaleString('en')} events into ${store}…`);
	mkdirSync(dirname(store), { recursive: true });
	execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/synth.ts'), '--events', String(events), '--db', store, '--force'], { cwd: root, stdio: 'inherit' });
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});
}

export interface ServedApp {
	server: ChildProcess;
	origin: string;
	/** From spawning the server to its first full answer for `/`. */
	coldMs: number;
}

/** Serves the built app (`build/`) on `store`; fails if the server stops or `/` does not answer in 3 minutes. */
export async function serveBuiltApp(root: string, store: string): Promise<ServedApp> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, [join(root, 'build')], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: origin, DATELINE_DB: store }
	});
	const started = performance.now();
	for (;;) {
		if (server.exitCode !== null) throw new Error(`The server stopped (exit code ${server.exitCode}).`);
		try {
			const response = await fetch(`${origin}/`);
			if (response.ok) break;
			throw new Error(`The page answered ${response.status}.`);
		} catch (error) {
			if (performance.now() - started > 180_000) throw error;
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	return { server, origin, coldMs: performance.now() - started };
}

/** The machine a figure was measured on, for the JSON line. */
export function machine(): { cpu: string; cores: number; memoryGB: number } {
	return { cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGB: Math.round(totalmem() / 2 ** 30) };
}
