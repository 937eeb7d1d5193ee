import { describe, expect, it } from 'vitest';
import type { Article } from '../model';
import { defaultGazetteer } from './entities/index';
import { extractArticle, MAX_EXTRACTED_CHARS } from './index';

const paragraph = 'Rebels seized the town of Goma on 20 November 2012, residents said.\n';

function article(text: string): Article {
	return { id: 'long', file: 'long.txt', title: 'Long', published: null, text, boilerplate: [], warnings: [], contentHash: 'h' };
}

describe('extractArticle on a text longer than an article', () => {
	it('reads events from the first part only, says so, and keeps every offset inside the text', () => {
		const text = paragraph.repeat(Math.ceil((MAX_EXTRACTED_CHARS * 1.5) / paragraph.length));
		const x = extractArticle(article(text), defaultGazetteer());
		const warning = x.warnings.find((w) => /events were read from its first/.test(w.message));
		expect(warning?.range?.end).toBe(text.length);
		expect(x.mentions.length).toBeGreaterThan(0);
		for (const m of x.mentions) expect(m.end).toBeLessThanOrEqual(warning!.range!.start);
	});

	it('reads a text of article size whole, without a warning', () => {
		const text = Array.from({ length: 20 }, (_, i) => paragraph.replace('20 November', `${i + 1} November`)).join('');
		const x = extractArticle(article(text), defaultGazetteer());
		expect(x.warnings).toEqual([]);
		expect(x.mentions.filter((m) => m.trigger.lemma === 'seize')).toHaveLength(20);
	});
});
