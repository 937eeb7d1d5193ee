import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from './articleFromText';
import type { ArticleMetadata } from './articleMetadata';

const seed = (name: string) => readFileSync(new URL(`../../../../seeds/${name}`, import.meta.url), 'utf8');
const read = (text: string, metadata: ArticleMetadata = {}) =>
	articleFromText({ file: 'x.txt', id: 'x', text, contentHash: 'h', metadata, warnings: [], fallbackTitle: 'x' });

describe('date conflicts', () => {
	it('001: "29th of February this year" cannot exist in 2022, the year of its dateline', () => {
		const article = read(seed('001_4184e4db5a1650fa.txt'));
		const [warning] = article.warnings;
		expect(warning.message).toMatch(/"29th of February this year": 29 February 2022 does not exist.*its year comes from the publication date 2022-11-27 \(from the dateline\)/);
		expect(article.text.slice(warning.range!.start, warning.range!.end)).toBe('29th of February this year');
	});

	it('reports an impossible stated date even without a publication date', () => {
		const article = read('Headline of the story\n\nThe talks were held on 31 April 2019, officials said, and ended without a deal.');
		expect(article.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/"31 April 2019"/));
	});

	it('warns about a specific date more than a year after publication', () => {
		const article = read('Headline of the story\n\nThe ceasefire was signed on 3 March 2031, officials said on Monday in the capital.', {
			published: { year: 2021, month: 3, day: 4 }
		});
		expect(article.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/"3 March 2031".*more than a year after the publication date 2021-03-04/));
	});

	it('keeps explanations of how a time was placed on the mention, not among the warnings', () => {
		const article = read('Headline of the story\n\nIn the spring of 1992 the city was surrounded. Three months later, the airport closed.', {
			published: { year: 2020, month: 5, day: 1 }
		});
		expect(article.warnings).toEqual([]);
	});

	it('warns when a sentence holds too many dates to be read to its end', () => {
		const days = Array.from({ length: 60 }, (_, i) => `${(i % 28) + 1} May 2019`).join(', ');
		const article = read(`Headline of the story\n\nThe shelling went on ${days} and beyond.`, { published: { year: 2019, month: 6, day: 1 } });
		expect(article.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/more than 24 time expressions; the rest was not read/));
	});

	it('leaves dates in boilerplate alone', () => {
		const article = read(
			'Headline of the story\n\nThe ceasefire held on Monday, officials said, after a week of fighting in the north.\n\nRelated\nTalks set for 30 February 2031 collapse...\nOther story here...',
			{ published: { year: 2021, month: 3, day: 4 } }
		);
		expect(article.warnings).toEqual([]);
	});

	it('does not tag a huge text only to check it, and says so', () => {
		const article = read(`Headline of the story\n\n${'The talks resumed on 31 April 2019, officials said. '.repeat(120_000)}`);
		expect(article.warnings).toEqual([{ message: expect.stringMatching(/too long .* for its dates to be checked/) }]);
	});

	it('gives the seeds with sound dates no warning', () => {
		for (const name of ['000_25ee0b6bfa3e76e1.txt', '002_4054172739a3b017.txt', '003_f13ce513ec09778f.txt', '004_dbc812d47cc6aa93.txt']) {
			expect(read(seed(name)).warnings).toEqual([]);
		}
	});
});
