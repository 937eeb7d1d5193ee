/**
 * A short readable title drawn from the words of the clause: subject, verb, object, without the time
 * expression (the timeline shows the date apart) and without what only makes sense in the sentence
 * (leading conjunctions, trailing prepositions). Titles are text: they are never rendered as HTML.
 */
import type { Word } from '../text/clauses';

const MAX_WORDS = 14;
const MAX_SUBJECT_WORDS = 7;
const LEADING_NOISE = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'after', 'before', 'when', 'while', 'as', 'since', 'because', 'although', 'though', 'then', 'so', 'however', 'meanwhile', 'also', ',', 'where', 'whom']);
const TRAILING_NOISE = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'and', 'or', 'but', 'from', 'that', 'which', 'who', 'as', 'its', 'their', 'his', 'her', 'into', 'against', 'than', 'about', ',', ';', ':', '—', '–', 'this', 'these', 'those', 'has', 'have', 'had', 'is', 'are', 'was', 'were']);
const CUT_BEFORE = new Set(['which', 'who', 'whom', 'whose', 'where', 'while', 'because', 'although', 'though', 'whereas', 'if', 'unless', ';', ':', '(', '—', '–']);
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '”', '’', "'s", '’s', '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '“', '‘']);

export interface TitleParts {
	words: Word[];
	/** The clause's word range, inclusive. */
	first: number;
	last: number;
	head: number;
	/** Words to leave out: the time expression, quotations. */
	omit: (index: number) => boolean;
	/** The subject's display name, used when the clause's own subject is too long or missing. */
	subjectName?: string;
}

function join(words: Word[]): string {
	let out = '';
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		const glue = i === 0 || NO_SPACE_BEFORE.has(w.text) || NO_SPACE_AFTER.has(words[i - 1].text) ? '' : ' ';
		out += glue + w.text;
	}
	return out;
}

function capitalize(text: string): string {
	return text.length ? text[0].toLocaleUpperCase('en') + text.slice(1) : text;
}

/** Drops a time's preposition along with it: "on Monday", "in the 1980s", "since last month". */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'since', 'during', 'by', 'from', 'until', 'of', 'before', 'after', 'around', 'about']);

export function titleFrom(parts: TitleParts): string {
	const { words, first, last, head, omit } = parts;
	const keep: Word[] = [];
	const subject: Word[] = [];
	for (let i = first; i <= last; i++) {
		if (omit(i)) continue;
		if (TIME_PREPOSITIONS.has(words[i].lower) && i + 1 <= last && omit(i + 1)) continue;
		if (i > head && CUT_BEFORE.has(words[i].lower) && keep.length > 3) break;
		if (i > head && words[i].text === ',' && keep.length - subject.length >= 4) break;
		(i < head ? subject : keep).push(words[i]);
	}
	while (subject.length && LEADING_NOISE.has(subject[0].lower)) subject.shift();
	while (subject.length && subject[subject.length - 1].text === ',') subject.pop();

	let text: string;
	const object = keep.slice(0, Math.max(1, MAX_WORDS - Math.min(subject.length, MAX_SUBJECT_WORDS)));
	while (object.length > 1 && TRAILING_NOISE.has(object[object.length - 1].lower)) object.pop();
	if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS || subject.some((w) => w.kind === 'quote')) {
		const name = parts.subjectName;
		text = name ? `${name} ${join(object)}` : join(object);
	} else {
		text = `${join(subject)} ${join(object)}`;
	}
	return capitalize(text.replace(/\s+/g, ' ').trim());
}

/** "Masoud said: “We welcomed the statement…”": a statement whose content is a quotation. */
export function quotedTitle(speaker: string, verb: string, quote: string): string {
	const words = quote.replace(/\s+/g, ' ').trim().split(' ');
	const shown = words.slice(0, 9).join(' ').replace(/[,;:.]+$/, '');
	return capitalize(`${speaker} ${verb}: “${shown}${words.length > 9 ? '…' : ''}”`);
}
