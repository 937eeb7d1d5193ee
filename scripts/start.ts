import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildIfStale } from './build-if-stale.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.PORT ?? '3000';

buildIfStale(root);
const server = spawn(process.execPath, [join(root, 'build')], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, PORT: port }
});
console.log(`Dateline is serving the timeline at http://localhost:${port}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
