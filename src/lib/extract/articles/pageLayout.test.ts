import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateLines } from './dateLines';
import { shapeLines } from './lineShape';
import { boilerplateRanges, pageLayout } from './pageLayout';

const seed = (name: string) => readFileSync(new URL(`../../../../seeds/${name}`, import.meta.url), 'utf8');
const page = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/articles/pages/${name}`, import.meta.url), 'utf8');

function layoutOf(text: string) {
	const shapes = shapeLines(text);
	const layout = pageLayout(shapes, new Set(findDateLines(text, shapes).map((d) => d.line)));
	const lines = (kind?: string) =>
		layout.kinds.flatMap((k, i) => (k !== null && (kind === undefined || k === kind) ? [shapes[i].content.trim()] : []));
	return { layout, lines, headline: layout.headline === null ? null : shapes[layout.headline].content };
}

describe('boilerplate and headline in the seeds', () => {
	it("002: the six teasers of other articles that end in '…'", () => {
		const { lines, headline } = layoutOf(seed('002_4054172739a3b017.txt'));
		expect(lines()).toHaveLength(6);
		expect(lines('teaser').map((l) => l.slice(0, 20))).toEqual([
			'Ukrainian President ',
			'More than 150 Palest',
			'An Iranian knowledge',
			'Tehran residents are',
			'Demonstrators gather',
			'Rome does not plan t'
		]);
		expect(headline).toBeNull();
	});

	it('003: navigation, the caption and its repeat, the dateline, the tag and the comment counter', () => {
		const { lines, headline } = layoutOf(seed('003_f13ce513ec09778f.txt'));
		expect(headline).toBe('Afghan Resistance Leader Calls for National Uprising vs Taliban');
		expect(lines('navigation')).toEqual(['Live', 'Audio Only']);
		expect(lines('share')).toEqual(['google plus', 'facebook', 'twitter']);
		expect(lines('breadcrumb')).toEqual(['News > Afghanistan']);
		expect(lines('caption')).toHaveLength(2);
		expect(lines('caption')[1]).toMatch(/\| Photo: Twitter @PolishNews1$/);
		expect(lines('dateline')).toEqual(['Published 6 September 2021']);
		expect(lines('comments')).toEqual(['Post with no comments.']);
		expect(lines('furniture')).toEqual(['Ahmad Masud']);
		expect(lines()).not.toContain('The Taliban Control Panjshir Province');
	});

	it('004: the breadcrumb, the outlet line, "About admin" and the "Check Also" teaser with its own byline', () => {
		const { lines, headline } = layoutOf(seed('004_dbc812d47cc6aa93.txt'));
		expect(headline).toBe('World warns Taliban of isolation');
		expect(lines()).toEqual([
			'Home / Latest Updates / World warns Taliban of isolation',
			'AT News',
			'About admin',
			'Check Also',
			'UN edging closer to recognizing gender apartheid in Afghanistan',
			expect.stringMatching(/^AT News KABUL – In a significant move/)
		]);
	});

	it('000: the line holding only a non-breaking space is filler, and nothing else is boilerplate', () => {
		const text = seed('000_25ee0b6bfa3e76e1.txt');
		const { layout, lines, headline } = layoutOf(text);
		expect(headline).toBe('Afghan Chants Allah Akbar war cry for national resistance against Taliban');
		expect(lines()).toEqual(['']);
		const [filler] = boilerplateRanges(layout);
		expect(filler.kind).toBe('filler');
		expect(text.slice(filler.start, filler.end)).toBe('\u00a0');
	});

	it('001: the date alone on the first line is a dateline, not the headline', () => {
		const { lines, headline } = layoutOf(seed('001_4184e4db5a1650fa.txt'));
		expect(lines('dateline')).toEqual(['November 27, 2022']);
		expect(lines()).toEqual(['November 27, 2022']);
		expect(headline).toBe('Killing innocent civilians and harming the peace process');
	});
});

describe('boilerplate and headline in pages of other shapes', () => {
	it('a blog: menu, breadcrumb, "Posted on … by", share buttons, tags, related posts, comment counters', () => {
		const { lines, headline } = layoutOf(page('wordpress-blog.txt'));
		expect(headline).toBe('Myanmar army seizes power in dawn raids, detains Aung San Suu Kyi');
		expect(lines('navigation')).toEqual(['Skip to content', 'Menu', 'Search']);
		expect(lines('breadcrumb')).toEqual(['Home » World » Asia » Myanmar army seizes power in dawn raids']);
		expect(lines('dateline')).toEqual(['Posted on February 1, 2021 by editor']);
		expect(lines('share')).toEqual(['Share this:', 'Twitter', 'Facebook', 'WhatsApp']);
		expect(lines('teaser')).toEqual(['Related Posts', 'Thousands march in Mandalay as strike spreads to...', 'UN envoy warns of bloodbath after weekend of...']);
		expect(lines('comments')).toEqual(['2 Comments', 'Leave a Reply']);
		expect(lines('furniture')).toEqual(['Tags: Myanmar, coup, Aung San Suu Kyi']);
	});

	it('a portal: short menu lines, an update line, repeated "Advertisement", an image credit, "You may also like"', () => {
		const { lines, headline } = layoutOf(page('portal-updated.txt'));
		expect(headline).toBe('Crimea votes to join Russia in disputed referendum');
		expect(lines('navigation')).toEqual(['Menu', 'Search', 'Sign in', 'World', 'Europe']);
		expect(lines('dateline')).toEqual(['Updated: 2014-03-17 09:40 GMT']);
		expect(lines('furniture')).toEqual(['Advertisement', 'Advertisement']);
		expect(lines('caption')).toEqual(['A man casts his ballot at a polling station in Simferopol (Image: Wire Photo)']);
		expect(lines('teaser')).toHaveLength(4);
	});

	it('a magazine: byline, share links and a "More from" teaser whose opening reads as prose', () => {
		const { lines, headline } = layoutOf(page('magazine-teaser.txt'));
		expect(headline).toBe('Colombia signs peace deal with FARC rebels');
		expect(lines('byline')).toEqual(['By Maria Example and John Sample']);
		expect(lines('share')).toEqual(['Share on Facebook', 'Share on Twitter', 'Email this article']);
		expect(lines('teaser')).toEqual([
			'More from Americas',
			'Venezuela opposition seeks recall vote against Maduro',
			expect.stringMatching(/^CARACAS – Venezuela's opposition began/)
		]);
		expect(lines().some((l) => l.startsWith('Under the accord'))).toBe(false);
	});

	it('a roundup keeps every datelined section: only a teaser block at the end of a page is cut', () => {
		const { lines, headline } = layoutOf(page('roundup.txt'));
		expect(headline).toBe('Yemen: fighting and talks on two fronts');
		expect(lines()).toEqual(['Briefing']);
	});

	it('a wire story: the reporting credit at the end', () => {
		expect(layoutOf(page('wire-yearless.txt')).lines('byline')).toEqual(['(Reporting by A. Writer; Editing by B. Editor)']);
	});

	it('a plain text with a headline and paragraphs has no boilerplate', () => {
		const { lines, headline } = layoutOf(page('plain-undated.txt'));
		expect(lines()).toEqual([]);
		expect(headline).toBe("Burundi's president wins third term in disputed vote");
	});
});

describe('layout rules on small texts', () => {
	const para = 'The army said on Tuesday that it had retaken the town after a week of fighting with the rebels.';

	it.each([
		['a lone trailing quote inside the text is kept', `Title of the story\n\n${para}\n\n"We will not leave..."\n\n${para}`, []],
		['a run of cut-off lines is a teaser list', `Title of the story\n\n${para}\n\nFirst other story cut...\nSecond other story cut…\n\n${para}`, ['First other story cut...', 'Second other story cut…']],
		['photo credits in several forms', `Title of the story\n\n${para}\n\nPhoto: Jane Doe/Agency\n\nSoldiers on patrol. (Photo by John Roe)\n\n© 2020 Example Images\n\n${para}`, ['Photo: Jane Doe/Agency', 'Soldiers on patrol. (Photo by John Roe)', '© 2020 Example Images']],
		['comment counters, not a sentence about comments', `Title of the story\n\n${para}\n\nHe declined to comment.\n\n${para}\n\n12 comments\nComments (3)`, ['12 comments', 'Comments (3)']],
		['"Read more" links mid-text', `Title of the story\n\n${para}\n\nREAD MORE: Rebels seize second town\n\n${para}`, ['READ MORE: Rebels seize second town']],
		['a line that only looks blank', `Title of the story\n\n${para}\n\u200b\u00a0\n${para}`, ['']],
		['short sentences before and after the running text stay', `Menu\n\nTitle of the story\n\nKabul has fallen.\n\n${para}\n\nThe talks go on.\n\nTags\nKabul`, ['Menu', 'Tags', 'Kabul']]
	])('%s', (_, text, expected) => {
		expect(layoutOf(text).lines()).toEqual(expected);
	});

	it('covers a bullet line from its bullet, without its indentation', () => {
		const text = `  • Live\n\nTitle of the story\n\n${para}`;
		const [range] = boilerplateRanges(layoutOf(text).layout);
		expect(text.slice(range.start, range.end)).toBe('• Live');
	});

	it('takes a Markdown top heading as the headline', () => {
		expect(layoutOf(`Section\n\n# The real headline here\n\n${para}`).headline).toBe('The real headline here');
	});

	it('never takes a navigation or breadcrumb line as the headline', () => {
		const { headline } = layoutOf(`• Home\n• World news today\nNews > World > Africa\n\nRebels take the town of Rubaya\n\n${para}`);
		expect(headline).toBe('Rebels take the town of Rubaya');
	});

	it('marks nothing when no line reads as running text', () => {
		const { lines, layout } = layoutOf('Short line one\nShort line two\nAnother short one');
		expect(layout.body).toBeNull();
		expect(lines()).toEqual([]);
	});
});
