/**
 * The time tagger on the command line.
 *
 *   npm run timex -- [--dct DATE] [--estimate] [--narrative] "text"   mentions as JSON ("-" reads stdin)
 *   npm run timex -- --tml IN_DIR OUT_DIR                               tags every .tml file of IN_DIR
 *
 * With --tml, each file is read (its DCT as anchor, the tags inside <TEXT> ignored) and written under the
 * same name to OUT_DIR with the text unchanged and the tagger's TIMEX3 tags. A file that cannot be read is
 * reported and skipped; the exit status is 1 if any was.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagTimes } from '../lib/extract/time/index';
import { tagTimeML } from '../lib/extract/time/tagTimeML';

function usage(message?: string): never {
	if (message) console.error(message);
	console.error('usage: npm run timex -- [--dct DATE] [--estimate] [--narrative] "text" | -');
	console.error('       npm run timex -- --tml IN_DIR OUT_DIR');
	process.exit(2);
}

function tagDirectory(inDir: string, outDir: string): number {
	let files: string[];
	try {
		files = readdirSync(inDir).filter((f) => f.endsWith('.tml')).sort();
	} catch (error) {
		console.error(`${inDir}: ${(error as Error).message}`);
		return 1;
	}
	mkdirSync(outDir, { recursive: true });
	let failed = 0;
	for (const file of files) {
		try {
			writeFileSync(join(outDir, file), tagTimeML(readFileSync(join(inDir, file), 'utf8')));
		} catch (error) {
			failed++;
			console.error(`${join(inDir, file)}: ${(error as Error).message}`);
		}
	}
	console.error(`${files.length - failed} of ${files.length} files tagged into ${outDir}`);
	return failed ? 1 : 0;
}

function main(args: string[]): number {
	if (args[0] === '--tml') {
		if (args.length !== 3) usage('--tml takes IN_DIR and OUT_DIR');
		return tagDirectory(args[1], args[2]);
	}
	let anchor: string | undefined;
	let anchorEstimate = false;
	let mode: 'news' | 'narrative' = 'news';
	const rest: string[] = [];
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--dct') anchor = args[++i] ?? usage('--dct needs a date');
		else if (args[i] === '--estimate') anchorEstimate = true;
		else if (args[i] === '--narrative') mode = 'narrative';
		else rest.push(args[i]);
	}
	if (rest.length !== 1) usage();
	const text = rest[0] === '-' ? readFileSync(0, 'utf8') : rest[0];
	try {
		console.log(JSON.stringify(tagTimes(text, { anchor, anchorEstimate, mode }), null, 2));
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	}
	return 0;
}

process.exitCode = main(process.argv.slice(2));
