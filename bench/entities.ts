/**
 * Speed of the actors-and-regions matcher: builds the bundled gazetteer, then runs `findEntities` over a
 * corpus of articles of about 600 words made from the seed texts' sentences and sentences about other
 * conflicts, shuffled with a fixed seed. Prints its figures; the last line is one JSON object.
 *
 *   npx tsx bench/entities.ts [ARTICLES]      (default 2000)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGazetteer, findEntities } from '../src/lib/extract/entities';

const ARTICLE_WORDS = 600;
const articles = Number(process.argv[2] ?? 2000);

const OTHER_CONFLICTS = [
	'KYIV, Feb 24 (Reuters) - Russian forces shelled Kharkiv overnight, the regional governor Oleh Syniehubov said on Telegram.',
	'Kyiv Mayor Vitali Klitschko said three people were killed in the capital. Klitschko urged residents to stay in shelters.',
	'Ukrainian President Volodymyr Zelenskiy said the Armed Forces of Ukraine had repelled attacks near Bakhmut and in the Donetsk region.',
	"Moscow's Defence Ministry claimed its troops had taken the village of Krasnohorivka, west of Donetsk.",
	'Fighting between the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) spread to El Fasher, the capital of North Darfur state.',
	'General Abdel Fattah al-Burhan vowed to continue the war. Burhan spoke in Port Sudan, while Hemedti said his forces held Nyala.',
	'The Israel Defense Forces said it had struck Hamas targets in Khan Younis. Hamas spokesman Hazem Qassem called it a massacre.',
	'Senior General Min Aung Hlaing met Chinese Foreign Minister Wang Yi in Naypyidaw, while the Arakan Army attacked police posts in Rakhine state.',
	'JNIM, the al-Qaeda affiliate in the Sahel, claimed an attack near Boulkessi; French troops left and the UN mission MINUSMA closed.',
	'In Syria, Hayat Tahrir al-Sham fighters led by Abu Mohammed al-Jolani entered Aleppo as the Syrian Democratic Forces held Raqqa.',
	"Houthi military spokesman Yahya Saree said the group fired missiles at ships in the Red Sea and near Yemen's port of Hodeidah.",
	'The talks, which officials described as constructive, are expected to continue next week despite the objections raised by several delegations.'
];

/** A small deterministic generator (mulberry32), so every run measures the same corpus. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sentences(): string[] {
	const dir = fileURLToPath(new URL('../seeds/', import.meta.url));
	const out = [...OTHER_CONFLICTS];
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
		const text = readFileSync(dir + file, 'utf8');
		out.push(...text.split(/(?<=[.!?”])\s+|\n+/).filter((s) => s.trim().split(/\s+/).length >= 5));
	}
	return out;
}

function corpus(count: number): { texts: string[]; words: number } {
	const pool = sentences();
	const next = random(20210815);
	const texts: string[] = [];
	let words = 0;
	for (let i = 0; i < count; i++) {
		const parts: string[] = [];
		let n = 0;
		while (n < ARTICLE_WORDS) {
			const sentence = pool[Math.floor(next() * pool.length)];
			parts.push(sentence);
			n += sentence.split(/\s+/).length;
			if (next() < 0.15) parts.push('\n\n');
		}
		texts.push(parts.join(' '));
		words += n;
	}
	return { texts, words };
}

const t0 = performance.now();
const gazetteer = createGazetteer();
const loadMs = performance.now() - t0;
const t1 = performance.now();
const keys = gazetteer.names.size;
const indexMs = performance.now() - t1;

const { texts, words } = corpus(articles);
// Warm up on a few articles so the figures measure steady work, not compilation.
for (let i = 0; i < Math.min(50, texts.length); i++) findEntities(texts[i], gazetteer);

let matches = 0;
let discovered = 0;
const t2 = performance.now();
for (const text of texts) {
	for (const m of findEntities(text, gazetteer)) {
		matches++;
		if (m.discovered) discovered++;
	}
}
const matchMs = performance.now() - t2;

const pathological: Record<string, number> = {};
for (const [name, text] of [
	['1MB of digits', '7'.repeat(1_000_000)],
	['1MB of one capitalized word', 'Abc '.repeat(250_000)],
	['1MB of "Kabul"', 'Kabul '.repeat(170_000)],
	['1MB of a long name prefix', 'Islamic State of Iraq and the '.repeat(33_000)]
] as const) {
	const t = performance.now();
	findEntities(text, gazetteer);
	pathological[name] = Math.round(performance.now() - t);
}

const result = {
	articles,
	words,
	gazetteerLoadMs: Math.round(loadMs),
	nameIndexMs: Math.round(indexMs),
	nameKeys: keys,
	matchMs: Math.round(matchMs),
	matches,
	discovered,
	matchesPerSecond: Math.round((matches / matchMs) * 1000),
	wordsPerSecond: Math.round((words / matchMs) * 1000),
	articlesPerSecond: Math.round((articles / matchMs) * 1000),
	projected10kArticlesSecondsOneCore: Math.round(((10_000 / articles) * matchMs) / 100) / 10,
	pathologicalMs: pathological,
	heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e6)
};
console.log(`gazetteer: ${result.gazetteerLoadMs} ms to load, ${result.nameIndexMs} ms to index ${keys} name keys`);
console.log(`${articles} articles, ${words} words: ${result.matchMs} ms, ${result.matchesPerSecond} matches/s, ${result.wordsPerSecond} words/s`);
console.log(`projected for 10,000 articles of ${ARTICLE_WORDS} words on one core: ${result.projected10kArticlesSecondsOneCore} s`);
console.log(`pathological inputs (ms): ${JSON.stringify(pathological)}`);
console.log(JSON.stringify(result));
