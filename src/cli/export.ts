/**
 * `npm run export -- [--db FILE] --format json|csv [--out FILE]`: the whole chronology as one JSON
 * document or one CSV (formats in the README), to a file or to standard output.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openStore, resolveStorePath, StoreError } from '../lib/server/db';
import { buildExport, exportCsv, regionPlaces } from '../lib/server/exporter';

const USAGE = 'usage: npm run export -- [--db FILE] --format json|csv [--out FILE]';

function fail(message: string): never {
	console.error(`export: ${message}`);
	process.exit(2);
}

let values;
try {
	({ values } = parseArgs({ options: { db: { type: 'string' }, format: { type: 'string', default: 'json' }, out: { type: 'string' } } }));
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
if (values.format !== 'json' && values.format !== 'csv') fail(`--format must be json or csv, not "${values.format}"\n${USAGE}`);

let db;
try {
	db = openStore(resolveStorePath(values.db), { readonly: true });
} catch (error) {
	if (error instanceof StoreError) fail(error.message);
	throw error;
}
const doc = buildExport(db);
const output = values.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : exportCsv(doc, regionPlaces(db));
db.close();
if (values.out) {
	writeFileSync(values.out, output);
	console.error(`Wrote ${doc.events.length} events from ${doc.articles.length} articles to ${values.out}.`);
} else {
	process.stdout.write(output);
}
