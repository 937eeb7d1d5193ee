/**
 * What Playwright's webServer runs: builds the app if it is stale, makes a fresh store under test-results/
 * and serves the built app on it. By default the store holds the seed corpus and one hostile article
 * (tests/fixtures/hostile-app): the browser tests are about the seeds. With `--events N` it holds N
 * synthetic events instead (`npm run synth`): enough that the timeline draws from windows of the store
 * rather than holding every event (tests/windowed.e2e.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildIfStale } from './build-if-stale';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { events: { type: 'string' } } });
const synthetic = values.events === undefined ? null : Number(values.events);
if (synthetic !== null && !(Number.isInteger(synthetic) && synthetic > 0)) throw new Error(`--events must be a positive integer, not "${values.events}"`);
const store = synthetic !== null ? join(root, 'test-results', 'e2e', `synthetic-${synthetic}.db`) : (process.env.DATELINE_TEST_DB ?? join(root, 'test-results', 'e2e', 'seeds.db'));
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

buildIfStale(root);
mkdirSync(dirname(store), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(store + suffix, { force: true });
if (synthetic !== null) execFileSync(process.execPath, [tsx, join(root, 'src/cli/synth.ts'), '--events', String(synthetic), '--db', store, '--force'], { cwd: root, stdio: 'inherit' });
else execFileSync(process.execPath, [tsx, join(root, 'src/cli/ingest.ts'), join(root, 'seeds'), join(root, 'tests/fixtures/hostile-app'), '--db', store], { cwd: root, stdio: 'inherit' });

const server = spawn(process.execPath, [join(root, 'build')], {
	cwd: root,
	stdio: 'inherit',
	// ORIGIN makes canonical and Open Graph URLs name this server, not adapter-node's https default.
	env: { ...process.env, HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${process.env.PORT ?? 3000}`, DATELINE_DB: store }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
