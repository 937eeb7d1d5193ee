/**
 * What Playwright's webServer runs: builds the app if it is stale, ingests the seed corpus (and one
 * hostile article, tests/fixtures/hostile-app) into a fresh store under test-results/, and serves the
 * built app on it. The browser tests are about the seeds.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const store = process.env.DATELINE_TEST_DB ?? join(root, 'test-results', 'e2e', 'seeds.db');

buildIfStale(root);
mkdirSync(dirname(store), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(store + suffix, { force: true });
execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'src/cli/ingest.ts'), join(root, 'seeds'), join(root, 'tests/fixtures/hostile-app'), '--db', store], { cwd: root, stdio: 'inherit' });

const server = spawn(process.execPath, [join(root, 'build')], {
	cwd: root,
	stdio: 'inherit',
	// ORIGIN makes canonical and Open Graph URLs name this server, not adapter-node's https default.
	env: { ...process.env, HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${process.env.PORT ?? 3000}`, DATELINE_DB: store }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
