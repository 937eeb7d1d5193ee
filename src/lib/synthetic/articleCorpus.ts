/**
 * A deterministic synthetic news corpus for ingestion benchmarks and scale tests: articles of about 600
 * words in every format the readers take (plain text with datelines of several styles, Markdown with
 * front matter, JSONL, saved HTML pages), about conflicts in several countries, with the date forms news
 * uses (weekdays, "last week", "on 6 September", "Sept. 6", numeric dates, years, decades), named actors
 * and places from the gazetteer, several outlets, and some articles without any date.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, format, subDays } from 'date-fns';
import { pick, randomSource } from './randomSource';

export interface SyntheticFile {
	/** Path relative to the corpus folder. */
	path: string;
	content: string;
}

/** Places and actors by theatre, as the gazetteer names them, so matching and merging are exercised. */
const THEATRES = [
	{
		country: 'Afghanistan',
		places: ['Kabul', 'Kandahar', 'Herat', 'Mazar-i-Sharif', 'Kunduz', 'Lashkar Gah', 'Spin Boldak', 'Panjshir', 'Jalalabad', 'Ghazni'],
		actors: ['the Taliban', 'the National Resistance Front', 'Afghan forces', 'the Islamic State', 'the Haqqani network'],
		speakers: ['Zabihullah Mujahid', 'Ahmad Massoud', 'Ashraf Ghani', 'Amrullah Saleh']
	},
	{
		country: 'Ukraine',
		places: ['Kyiv', 'Kharkiv', 'Mariupol', 'Bakhmut', 'Odesa', 'Kherson', 'Zaporizhzhia', 'Donetsk', 'Avdiivka', 'Dnipro'],
		actors: ['Russian forces', 'Ukrainian forces', 'the Wagner Group', 'the Ukrainian army', 'the Russian army'],
		speakers: ['Volodymyr Zelensky', 'Dmytro Kuleba', 'Sergei Lavrov', 'Dmitry Peskov']
	},
	{
		country: 'Sudan',
		places: ['Khartoum', 'Omdurman', 'El Fasher', 'Wad Madani', 'El Geneina', 'Nyala', 'Port Sudan', 'Darfur'],
		actors: ['the Rapid Support Forces', 'the Sudanese army', 'the RSF', 'the Sudanese Armed Forces'],
		speakers: ['Abdel Fattah al-Burhan', 'Mohamed Hamdan Dagalo']
	},
	{
		country: 'Syria',
		places: ['Aleppo', 'Idlib', 'Damascus', 'Homs', 'Raqqa', 'Deir ez-Zor', 'Hama', 'Daraa'],
		actors: ['Syrian government forces', 'Hayat Tahrir al-Sham', 'the Syrian Democratic Forces', 'the Islamic State'],
		speakers: ['Bashar al-Assad', 'Abu Mohammed al-Jolani']
	}
];

const OUTLETS = ['Reuters', 'AP', 'AFP', 'Example Wire', 'The Daily Ledger', 'Gulf Courier', 'Desert Post', 'Northern Herald'];
const ORGANIZATIONS = ['The United Nations', 'NATO', 'The European Union', 'The International Committee of the Red Cross', 'Human Rights Watch', 'Amnesty International', 'The World Health Organization'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const HAPPENINGS = [
	(a: string, p: string) => `${cap(a)} seized ${p}`,
	(a: string, p: string) => `${cap(a)} attacked positions near ${p}`,
	(a: string, p: string) => `${cap(a)} shelled residential areas of ${p}`,
	(a: string, p: string) => `${cap(a)} withdrew from ${p}`,
	(a: string, p: string) => `${cap(a)} killed at least ${10 + p.length} civilians in ${p}`,
	(a: string, p: string) => `Heavy fighting broke out between ${a} and local militias in ${p}`,
	(a: string, p: string) => `${cap(a)} took control of the main road into ${p}`,
	(a: string, p: string) => `Thousands of families fled ${p} as ${a} advanced`
];

const STATEMENTS = [
	(s: string, what: string) => `${s} said ${what}`,
	(s: string, what: string) => `${s} told reporters that ${what}`,
	(s: string, what: string) => `${s} claimed that ${what}`
];

const REACTIONS = [
	(o: string, p: string) => `${o} condemned the violence in ${p} and called for an immediate ceasefire`,
	(o: string, p: string) => `${o} warned that the humanitarian situation in ${p} would deteriorate further`,
	(o: string, p: string) => `${o} delivered food and medical supplies to ${p}`,
	(o: string, p: string) => `${o} met officials from ${p} to discuss a humanitarian corridor`
];

const BACKGROUND = [
	'The conflict has displaced millions of people and left much of the region without reliable electricity or clean water.',
	'Analysts say the balance of power on the ground has shifted several times over the past months, with neither side able to hold its gains for long.',
	'Aid organisations have repeatedly warned that access to the worst affected districts remains limited and dangerous for their staff.',
	'Residents describe long queues for bread and fuel, and schools in many towns have been closed since the fighting intensified.',
	'Diplomats involved in the negotiations say that trust between the parties remains low and that any agreement would need strong guarantees.',
	'The road network connecting the provincial capitals is a frequent target, because whoever controls it controls the supply of the front lines.',
	'Independent verification of casualty figures has been difficult, as journalists have little access to the areas where the fighting is heaviest.',
	'Local officials said hospitals were struggling to cope with the number of wounded arriving from nearby villages every day.'
];

function cap(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A time expression for a day `ago` days before the publication date, in one of the forms news uses. */
function when(random: () => number, published: UTCDate, ago: number): string {
	const day = subDays(published, ago);
	const roll = random();
	if (ago === 0) return pick(random, ['today', 'on ' + WEEKDAYS[(day.getUTCDay() + 6) % 7]]);
	if (ago === 1 && roll < 0.4) return 'yesterday';
	if (ago < 7 && roll < 0.7) return `on ${WEEKDAYS[(day.getUTCDay() + 6) % 7]}`;
	if (ago < 14 && roll < 0.3) return 'last week';
	if (roll < 0.55) return `on ${format(day, 'd MMMM')}`;
	if (roll < 0.75) return `on ${format(day, 'MMMM d, yyyy')}`;
	if (roll < 0.85) return `on ${format(day, 'd MMMM yyyy')}`;
	if (roll < 0.92) return 'earlier this month';
	return `in ${format(day, 'MMMM yyyy')}`;
}

function paragraph(random: () => number, theatre: (typeof THEATRES)[number], published: UTCDate): string {
	const place = pick(random, theatre.places);
	const actor = pick(random, theatre.actors);
	const ago = Math.floor(random() * 20);
	const sentences: string[] = [];
	const happening = pick(random, HAPPENINGS)(actor, place);
	sentences.push(`${happening} ${when(random, published, ago)}, according to local officials.`);
	if (random() < 0.6) {
		const speaker = pick(random, theatre.speakers);
		const claim = pick(random, HAPPENINGS)(pick(random, theatre.actors), pick(random, theatre.places)).replace(/^./, (c) => c.toLowerCase());
		sentences.push(`${cap(pick(random, STATEMENTS)(speaker, claim))} ${when(random, published, Math.floor(random() * 4))}.`);
	}
	if (random() < 0.5) sentences.push(`${pick(random, REACTIONS)(pick(random, ORGANIZATIONS), place)}.`);
	if (random() < 0.2) sentences.push(`The area had already changed hands in ${2000 + Math.floor(random() * 20)}, and fighters there trace their movement back to the ${pick(random, ['1980s', '1990s', 'late 1990s', 'early 2000s'])}.`);
	while (sentences.join(' ').split(' ').length < 80) sentences.push(pick(random, BACKGROUND));
	return sentences.join(' ');
}

interface GeneratedArticle {
	title: string;
	outlet: string;
	published: UTCDate | null;
	place: string;
	body: string;
}

function article(random: () => number): GeneratedArticle {
	const theatre = pick(random, THEATRES);
	const published = addDays(new UTCDate(2014, 0, 1), Math.floor(random() * 3650));
	const paragraphs: string[] = [];
	while (paragraphs.join(' ').split(' ').length < 560) paragraphs.push(paragraph(random, theatre, published));
	const place = pick(random, theatre.places);
	return {
		title: `${cap(pick(random, theatre.actors))} ${pick(random, ['press on in', 'pull back from', 'clash near', 'tighten grip on'])} ${place}`,
		outlet: pick(random, OUTLETS),
		published: random() < 0.05 ? null : published,
		place,
		body: paragraphs.join('\n\n')
	};
}

function textFile(a: GeneratedArticle, random: () => number): string {
	if (!a.published) return `${a.title}\n\n${a.body}\n`;
	const style = random();
	const dateline =
		style < 0.4
			? `${a.place.toUpperCase()}, ${format(a.published, 'MMM. d')} (${a.outlet}) - `
			: style < 0.7
				? ''
				: `${a.place.toUpperCase()}, ${format(a.published, 'MMMM d, yyyy')} (${a.outlet}) - `;
	const header = style >= 0.4 && style < 0.7 ? `${a.title}\n\nPublished ${format(a.published, 'd MMMM yyyy')}\n\n` : `${a.title}\n\n`;
	return `${header}${dateline}${a.body}\n`;
}

/** The files of an `articles`-article corpus. JSONL files hold up to 50 articles each. */
export function* syntheticCorpus(options: { articles: number; seed?: number }): Generator<SyntheticFile> {
	const random = randomSource(options.seed ?? 1);
	let jsonl: string[] = [];
	let jsonlFiles = 0;
	const flushJsonl = function* () {
		if (jsonl.length === 0) return;
		yield { path: `feeds/feed-${String(jsonlFiles++).padStart(4, '0')}.jsonl`, content: `${jsonl.join('\n')}\n` };
		jsonl = [];
	};
	for (let i = 0; i < options.articles; i++) {
		const a = article(random);
		const name = `article-${String(i).padStart(6, '0')}`;
		const format_ = random();
		if (format_ < 0.45) {
			const withSidecar = a.published && random() < 0.3;
			yield { path: `text/${name}.txt`, content: withSidecar ? `${a.title}\n\n${a.body}\n` : textFile(a, random) };
			if (withSidecar) yield { path: `text/${name}.meta.json`, content: JSON.stringify({ title: a.title, source: a.outlet, published: format(a.published!, 'yyyy-MM-dd'), estimate: random() < 0.2 }) };
		} else if (format_ < 0.7) {
			const front = [`title: "${a.title}"`, `source: ${a.outlet}`, ...(a.published ? [`published: ${format(a.published, 'yyyy-MM-dd')}`] : [])].join('\n');
			yield { path: `markdown/${name}.md`, content: `---\n${front}\n---\n${a.body}\n` };
		} else if (format_ < 0.9) {
			jsonl.push(JSON.stringify({ id: name, title: a.title, source: a.outlet, url: `https://news.example.org/${name}`, ...(a.published ? { published: format(a.published, 'yyyy-MM-dd') } : {}), text: a.body }));
			if (jsonl.length >= 50) yield* flushJsonl();
		} else {
			const meta = a.published ? `<meta property="article:published_time" content="${format(a.published, "yyyy-MM-dd'T'08:00:00'Z'")}">` : '';
			const paragraphs = a.body
				.split('\n\n')
				.map((p) => `<p>${p}</p>`)
				.join('\n');
			yield {
				path: `html/${name}.html`,
				content: `<!doctype html><html><head><meta charset="utf-8"><title>${a.title} | ${a.outlet}</title>${meta}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article><h1>${a.title}</h1>\n${paragraphs}\n</article></main><footer>© ${a.outlet}</footer></body></html>\n`
			};
		}
	}
	yield* flushJsonl();
}
