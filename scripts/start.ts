/**
 * `npm start`: ingests `seeds/` into the default store when the store is empty, builds the app when its
 * sources are newer than the build, and serves the timeline (http://localhost:3000, `PORT` to change).
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, resolveStorePath, StoreError } from '../src/lib/server/db';
import { ingest } from '../src/lib/server/ingest';
import { buildIfStale } from './build-if-stale.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '3000';
const store = resolveStorePath();

async function ingestSeedsIfEmpty(): Promise<void> {
	const db = openStore(store);
	try {
		const { n } = db.prepare(`SELECT count(*) AS n FROM articles`).get() as { n: number };
		if (n > 0) return;
		console.log(`The store ${store} is empty: ingesting seeds/…`);
		const summary = await ingest(db, {
			paths: [join(root, 'seeds')],
			onError: (error) => console.error(`  ✗ ${error.file}${error.line ? `:${error.line}` : ''}: ${error.message}`)
		});
		console.log(`  ${summary.articles} articles, ${summary.events} events (${summary.undatedEvents} undated), ${summary.warnings} warnings.`);
	} finally {
		db.close();
	}
}

try {
	await ingestSeedsIfEmpty();
} catch (error) {
	if (error instanceof StoreError) {
		console.error(error.message);
		process.exit(1);
	}
	throw error;
}
buildIfStale(root);
const server = spawn(process.execPath, [join(root, 'build')], {
	cwd: root,
	stdio: 'inherit',
	// adapter-node builds absolute URLs (canonical, Open Graph) from ORIGIN; without it they say https.
	env: { ...process.env, PORT: port, DATELINE_DB: store, ORIGIN: process.env.ORIGIN ?? `http://localhost:${port}` }
});
console.log(`Dateline is serving the timeline at http://localhost:${port}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
