import type { BoilerplateKind } from './boilerplateKind';
import { datelinePrefix } from './datelinePrefix';
import type { LineShape } from './lineShape';

/** Headlines run from a few words to a long sentence; fewer words are more often a site name or a section. */
const MIN_WORDS = 4;
const MAX_WORDS = 30;
const MAX_TITLE_CHARS = 300;

/**
 * The headline among the lines before the article's first paragraph: a Markdown top-level heading if
 * there is one, else the first line shaped like a headline (capitalized, a few words, not ended like a
 * sentence) that no boilerplate rule claimed, preferring four words or more over shorter labels.
 */
export function findHeadline(shapes: LineShape[], kinds: (BoilerplateKind | null)[], headEnd: number): number | null {
	const candidates = shapes.slice(0, headEnd).filter((s) => !s.blank && kinds[s.index] === null && !s.bullet);
	const heading = candidates.find((s) => s.heading === 1);
	if (heading) return heading.index;
	const shaped = candidates.filter((s) => s.words <= MAX_WORDS && s.capitalized && !s.ellipsis && !/[.:;,]$/.test(s.content));
	return (shaped.find((s) => s.words >= MIN_WORDS) ?? shaped.find((s) => s.words >= 2))?.index ?? null;
}

/** A title read from a line: its visible text on one line, without a closing full stop, of bounded length. */
export function titleFromLine(shape: LineShape): string {
	let title = shape.content.replace(/\s+/g, ' ').trim();
	if (/[^.]\.$/.test(title)) title = title.slice(0, -1);
	return title.length <= MAX_TITLE_CHARS ? title : `${title.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
}

/**
 * When no line before the text is a headline (a text that opens with its first paragraph), the title is
 * that paragraph's first sentence, or its first words when the sentence is long.
 */
export function titleFromOpening(shape: LineShape): string {
	// "NIAMEY — Soldiers detained…": the place and agency of a dateline are not part of what happened.
	const dateline = datelinePrefix(shape.content);
	const opening = dateline && dateline.end < shape.content.length ? shape.content.slice(dateline.end) : shape.content;
	const sentence = firstSentence(opening);
	const words = sentence.split(/\s+/);
	if (words.length <= MAX_WORDS) return titleFromLine({ ...shape, content: sentence });
	return `${words.slice(0, 20).join(' ')}…`;
}

/** The first sentence of at least a few words, so "U.S. officials said…" does not stop at "U.S.". */
function firstSentence(text: string): string {
	const end = /[.!?]["'”’)]*(?=\s)/g;
	for (let m = end.exec(text); m; m = end.exec(text)) {
		const candidate = text.slice(0, m.index + m[0].length);
		if (candidate.split(/\s+/).length >= MIN_WORDS) return candidate;
	}
	return text;
}
