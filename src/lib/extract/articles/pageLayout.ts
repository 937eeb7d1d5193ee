import type { BoilerplateKind, BoilerplateRange } from './boilerplateKind';
import { datelinePrefix } from './datelinePrefix';
import { findHeadline } from './headline';
import { isProse, type LineShape } from './lineShape';
import { localLineKind } from './localLineKind';

/**
 * Where the article sits on the page: which line is its headline, where its running text begins and ends,
 * and which lines are page furniture. Lines before the first paragraph of running text (the head) and
 * after the last one (the tail) are furniture unless they are the headline or a long standfirst; inside,
 * only lines whose shape says so are.
 */
export interface PageLayout {
	shapes: LineShape[];
	/** Per line: why it is boilerplate, or null when it belongs to the article (or is blank). */
	kinds: (BoilerplateKind | null)[];
	headline: number | null;
	/** First and last lines of running text, or null when the text has no line that reads as prose. */
	body: { first: number; last: number } | null;
}

/** Head lines this long are a standfirst (a summary under the headline), part of the article. */
const STANDFIRST_WORDS = 12;
/** Short lines repeated this often are widgets ("Advertisement", "Share"), not the article. */
const REPEATS = 2;
const REPEATED_MAX_WORDS = 4;

export function pageLayout(shapes: LineShape[], dateLines: ReadonlySet<number> = new Set()): PageLayout {
	const kinds: (BoilerplateKind | null)[] = shapes.map((s) => (dateLines.has(s.index) ? 'dateline' : localLineKind(s)));
	markCaptionRepeats(shapes, kinds);
	markRepeatedWidgets(shapes, kinds);
	const prose = (i: number) => kinds[i] === null && isProse(shapes[i]);
	const first = shapes.findIndex((_, i) => prose(i));
	const otherArticle = first >= 0 ? findOtherArticle(shapes, kinds, first) : -1;
	if (otherArticle >= 0) {
		for (let i = otherArticle; i < shapes.length; i++) if (!shapes[i].blank) kinds[i] ??= 'teaser';
	}
	markTeaserRuns(shapes, kinds);
	const last = first >= 0 ? findLastIndex(shapes, (_, i) => prose(i)) : -1;
	const body = first >= 0 && last >= first ? { first, last } : null;

	const headEnd = body ? body.first : shapes.length;
	const headline = findHeadline(shapes, kinds, headEnd);
	if (body) {
		for (let i = 0; i < body.first; i++) {
			const s = shapes[i];
			if (s.blank || kinds[i] !== null || i === headline) continue;
			if ((s.words >= STANDFIRST_WORDS && !s.bullet) || isShortSentence(s)) continue;
			const afterHeadline = headline !== null && i > headline;
			kinds[i] = afterHeadline ? (s.words <= 6 && s.capitalized ? 'byline' : 'furniture') : s.bullet || s.words <= 3 ? 'navigation' : 'furniture';
		}
		for (let i = body.last + 1; i < shapes.length; i++) {
			const s = shapes[i];
			if (s.blank || kinds[i] !== null || isShortSentence(s)) continue;
			kinds[i] = s.ellipsis ? 'teaser' : 'furniture';
		}
	}
	return { shapes, kinds, headline, body };
}

/** "Kabul has fallen.": too short to count as running text, yet a sentence, which page furniture never is. */
function isShortSentence(s: LineShape): boolean {
	return s.words >= 3 && s.capitalized && !s.bullet && /[.!?]["'”’)]*$/.test(s.content);
}

/** The boilerplate as ranges over the visible part of each line, in text order. */
export function boilerplateRanges(layout: PageLayout): BoilerplateRange[] {
	const ranges: BoilerplateRange[] = [];
	layout.kinds.forEach((kind, i) => {
		if (!kind) return;
		const s = layout.shapes[i];
		ranges.push(kind === 'filler' ? { start: s.start, end: s.end, kind } : { start: s.visibleStart, end: s.contentEnd, kind });
	});
	return ranges;
}

/**
 * A page shows teasers of other articles after the article: a short label ("Check Also", "More stories"),
 * a headline, and that article's opening with its own dateline. Finding that shape marks where the
 * article ends even when the teaser's opening reads as prose. Only at the end of the page: a roundup
 * whose sections have labels, headings and datelines goes on with prose after each. Returns the
 * label's line, or -1.
 */
function findOtherArticle(shapes: LineShape[], kinds: (BoilerplateKind | null)[], bodyFirst: number): number {
	const visible = shapes.filter((s) => !s.blank && s.index > bodyFirst);
	const opensArticle = (k: number) =>
		k >= 1 && isHeadlineShaped(visible[k - 1]) && (datelinePrefix(visible[k].content) !== null || visible[k].ellipsis);
	// From the end backwards: where the page stops holding only teasers and furniture.
	let teasersFrom = visible.length;
	for (let k = visible.length - 1; k >= 0; k--) {
		const s = visible[k];
		if (isProse(s) && kinds[s.index] === null && !opensArticle(k)) break;
		teasersFrom = k;
	}
	for (let k = Math.max(2, teasersFrom); k < visible.length; k++) {
		const label = visible[k - 2];
		const headline = visible[k - 1];
		if (!isLabel(label, kinds) || kinds[headline.index] !== null || !opensArticle(k)) continue;
		// A roundup's next section looks the same; a teaser block is announced as one, or follows furniture.
		if (TEASER_LABEL.test(label.content) || followsFurniture(visible, k - 2, kinds)) return label.index;
	}
	return -1;
}

/** Words web pages use to announce links to other articles: "Check Also", "More from Americas", "Related". */
const TEASER_LABEL = /\b(?:also|related|more|read|recommended|popular|latest|see|check|watch|trending|other|similar|next|previous|top)\b/i;

/** Whether page furniture (share buttons, an author box, tags) stands between the article's text and line k. */
function followsFurniture(visible: LineShape[], k: number, kinds: (BoilerplateKind | null)[]): boolean {
	for (let j = k - 1; j >= 0; j--) {
		if (kinds[visible[j].index] !== null) return true;
		if (isProse(visible[j])) return false;
	}
	return false;
}

function isLabel(s: LineShape, kinds: (BoilerplateKind | null)[]): boolean {
	return (kinds[s.index] === null || kinds[s.index] === 'teaser') && s.words >= 1 && s.words <= 4 && (!s.terminal || s.content.endsWith(':'));
}

export function isHeadlineShaped(s: LineShape): boolean {
	return !s.blank && s.words >= 2 && s.words <= 30 && s.capitalized && !s.ellipsis && !/[.:;,]$/.test(s.content);
}

/**
 * Lines cut short with an ellipsis are teasers when they come in a run (a "related stories" list) or after
 * a short label. A single quoted line that trails off inside the article stays.
 */
function markTeaserRuns(shapes: LineShape[], kinds: (BoilerplateKind | null)[]): void {
	const visible = shapes.filter((s) => !s.blank);
	for (let k = 0; k < visible.length; k++) {
		const s = visible[k];
		if (!s.ellipsis || kinds[s.index] !== null) continue;
		const prev = visible[k - 1];
		const next = visible[k + 1];
		const inRun = (prev?.ellipsis ?? false) || (next?.ellipsis ?? false);
		const afterLabel = prev !== undefined && isLabel(prev, kinds) && !prev.ellipsis;
		const afterHeadline = prev !== undefined && isHeadlineShaped(prev) && visible[k - 2] !== undefined && isLabel(visible[k - 2], kinds);
		if (!inRun && !afterLabel && !afterHeadline) continue;
		kinds[s.index] = 'teaser';
		if (afterLabel) kinds[prev.index] ??= 'teaser';
		if (afterHeadline) {
			kinds[prev.index] ??= 'teaser';
			kinds[visible[k - 2].index] ??= 'teaser';
		}
	}
}

/** How far from a caption a line repeating it is looked for: pages put the two next to each other. */
const CAPTION_NEIGHBOURS = 3;

/** A line that repeats a caption's words (the same caption shown twice, once without its credit). */
function markCaptionRepeats(shapes: LineShape[], kinds: (BoilerplateKind | null)[]): void {
	const visible = shapes.filter((s) => !s.blank);
	visible.forEach((caption, k) => {
		if (kinds[caption.index] !== 'caption') return;
		for (let j = Math.max(0, k - CAPTION_NEIGHBOURS); j <= Math.min(visible.length - 1, k + CAPTION_NEIGHBOURS); j++) {
			const s = visible[j];
			if (kinds[s.index] !== null || s.words < 5) continue;
			if (caption.content.length > s.content.length && caption.content.includes(s.content)) kinds[s.index] = 'caption';
		}
	});
}

function markRepeatedWidgets(shapes: LineShape[], kinds: (BoilerplateKind | null)[]): void {
	const counts = new Map<string, number>();
	const key = (s: LineShape) => s.content.toLowerCase();
	const candidate = (s: LineShape) => !s.blank && s.heading === 0 && s.words <= REPEATED_MAX_WORDS && !s.terminal;
	for (const s of shapes) if (candidate(s)) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
	for (const s of shapes) if (candidate(s) && (counts.get(key(s)) ?? 0) >= REPEATS) kinds[s.index] ??= 'furniture';
}

function findLastIndex<T>(items: T[], predicate: (item: T, i: number) => boolean): number {
	for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i], i)) return i;
	return -1;
}
