/**
 * A short readable title drawn from the words of the clause: subject, verb, object, without the time
 * expression (the timeline shows the date apart) and without what only makes sense in the sentence
 * (leading conjunctions, trailing prepositions). Titles are text: they are never rendered as HTML.
 */
import type { Word } from '../text/clauses';

const MAX_WORDS = 14;
const MAX_SUBJECT_WORDS = 8;
const LEADING_NOISE = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'after', 'before', 'when', 'while', 'as', 'since', 'because', 'although', 'though', 'then', 'so', 'however', 'meanwhile', 'also', ',', 'where', 'whom', 'earlier', 'later', 'further', 'still', 'yet']);
const TRAILING_NOISE = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'and', 'or', 'but', 'from', 'that', 'which', 'who', 'as', 'its', 'their', 'his', 'her', 'into', 'against', 'than', 'about', 'within', 'over', ',', ';', ':', '—', '–', 'this', 'these', 'those', 'has', 'have', 'had', 'is', 'are', 'was', 'were', '‘', '“', '"', "'", 'all', 'any', 'some', 'such', 'both', 'either', 'whether', 'if', 'not', 'may', 'might', 'could', 'would', 'will', 'can', 'should', 'must', 'shall']);
const CUT_BEFORE = new Set(['which', 'who', 'whom', 'whose', 'where', 'while', 'because', 'although', 'though', 'whereas', 'if', 'unless', ';', ':', '(', '—', '–']);
const VERB_GROUP = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'also', 'further', 'reportedly', 'allegedly', 'then', 'later', 'already', 'just', 'recently', 'now', 'still', 'finally', 'again', 'jointly', 'publicly', 'formally', 'officially', 'first', 'previously']);
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '”', '’', "'s", '’s', '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '“', '‘']);
/** A time's preposition goes with it: "on Monday", "in the 1980s", "since last month". */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'since', 'during', 'by', 'from', 'until', 'of', 'before', 'after', 'around', 'about', 'within', 'over', 'for']);

export interface TitleParts {
	words: Word[];
	/** The clause's word range, inclusive. */
	first: number;
	last: number;
	/** The trigger (for a noun: the first word of its phrase). */
	head: number;
	/** Words to leave out: the time expression, quotations. */
	omit: (index: number) => boolean;
	/** The subject's display name, used when the clause's own subject is too long or missing. */
	subjectName?: string;
	/** Whether word `i` can be a verb: a title ends before a second verb group ("… and claimed …"). */
	isVerb?: (index: number) => boolean;
	/** A statement's title runs on into what it says ("claimed his forces had seized the airport"). */
	speech?: boolean;
	/** A passive with its doer in a "by" phrase: the doer's name must not stand before the verb (`subjectName` names what was acted on). */
	passive?: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they']);
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);

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

function trimEnds(list: Word[]): Word[] {
	let from = 0;
	let to = list.length;
	while (from < to && LEADING_NOISE.has(list[from].lower)) from++;
	while (to - from > 1 && TRAILING_NOISE.has(list[to - 1].lower)) to--;
	return list.slice(from, to);
}

/** The words kept from `[first, last]`: no time expression (nor its preposition), no quotation. */
function kept(parts: TitleParts, from: number, to: number): Word[] {
	const { words, omit } = parts;
	const out: Word[] = [];
	for (let i = from; i <= to; i++) {
		if (omit(i)) continue;
		if (TIME_PREPOSITIONS.has(words[i].lower) && i + 1 <= to && omit(i + 1)) continue;
		out.push(words[i]);
	}
	return out;
}

/**
 * "The ceasefire signed [last week] collapsed": a participle right before a left-out time opens a reduced
 * relative clause; the subject is the noun phrase before it.
 */
function reducedRelativeCut(parts: TitleParts, subject: Word[]): Word[] {
	const index = new Map(parts.words.map((w, i) => [w, i]));
	for (let k = 1; k < subject.length; k++) {
		const i = index.get(subject[k]);
		if (i !== undefined && parts.isVerb?.(i) && parts.omit(i + 1)) return subject.slice(0, k);
	}
	return subject;
}

export function titleFrom(parts: TitleParts): string {
	const { words, first, last, head } = parts;
	const before = kept(parts, first, head - 1);
	// The verb group (auxiliaries, adverbs) stays with the verb; what precedes it is the subject.
	let split = before.length;
	while (split > 0 && VERB_GROUP.has(before[split - 1].lower)) split--;
	let subject = before.slice(0, split);
	const verbGroup = before.slice(split);
	// An appositive ("Amrullah Saleh, his first deputy,") gives way to the actor's name; without a name,
	// "…, a charge denied by the insurgents" keeps the phrase after the last comma. A short list ("NATO,
	// UN and Britain") stays as written.
	while (subject.length && subject[subject.length - 1].text === ',') subject.pop();
	const comma = subject.map((w) => w.text).lastIndexOf(',');
	const list = subject.length <= 7 && subject.some((w) => w.lower === 'and');
	if (comma >= 0 && !list) subject = parts.subjectName && !parts.passive ? [] : subject.slice(comma + 1);
	subject = trimEnds(reducedRelativeCut(parts, subject));
	// "It seized Kabul", "He said": the name the pronoun stands for reads better.
	if (subject.length === 1 && PRONOUNS.has(subject[0].lower) && parts.subjectName) subject = [];

	const rest: Word[] = [];
	const index = new Map(words.map((w, i) => [w, i]));
	let previousIndex = head;
	for (const w of kept(parts, head, last)) {
		const i = index.get(w) ?? head;
		// "The truce agreed [later that month] collapsed": past a left-out time, another verb is another happening.
		const gap = i > previousIndex + 1;
		previousIndex = i;
		if (i > head && gap && parts.isVerb?.(i)) break;
		// "…, after [weeks] of heavy fighting": "of" right past a left-out time that opened a phrase of its own
		// belongs to that time ("gained control [last month] of the area" keeps it).
		if (i > head && gap && w.lower === 'of' && rest[rest.length - 1]?.text === ',') break;
		if (i > head && CUT_BEFORE.has(w.lower) && rest.length > 3) break;
		if (w.text === ',' && rest.length >= 4) break;
		// A finite auxiliary past the verb opens a verb group of its own ("after the agreement was signed has shown").
		if (!parts.speech && i > head && FINITE_AUXILIARIES.has(w.lower) && (rest.length >= 3 || i === head + 1)) break;
		if (i > head && (w.lower === 'and' || w.lower === 'but') && parts.isVerb?.(i + 1)) break;
		rest.push(w);
	}
	// "…, a charge denied by the insurgents": before a passive the clause's own words stay; a passive's
	// `subjectName` is the phrase acted on, never the doer.
	const useName = subject.length === 0 || (!parts.passive && (subject.length > MAX_SUBJECT_WORDS || subject.some((w) => w.kind === 'quote')));
	const subjectText = useName ? (parts.subjectName ?? '') : join(subject);
	const budget = MAX_WORDS - (useName ? subjectText.split(' ').length : subject.length) - verbGroup.length;
	const shown = Math.max(2, budget);
	const object = trimEnds(rest.slice(0, shown));
	// A clause cut short says so.
	const cut = rest.length > shown && trimEnds(rest.slice(shown)).length > 0 ? '…' : '';
	return capitalize([subjectText, join(verbGroup), join(object)].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim()) + cut;
}

/** A happening named by a noun, with the light verb that reports it: "Heavy fighting has taken place". */
export function nounTitle(parts: TitleParts, lightVerbLast: number): string {
	const list = trimEnds(kept(parts, parts.first, lightVerbLast)).filter((w) => !['that', 'which'].includes(w.lower));
	const words = list.slice(0, MAX_WORDS);
	if (words.length && ['the', 'a', 'an'].includes(words[0].lower)) words.shift();
	return capitalize(join(words));
}

/** "Masoud said: “We welcomed the statement…”": a statement whose content is a quotation. */
export function quotedTitle(speaker: string, verb: string, quote: string): string {
	const words = quote.replace(/\s+/g, ' ').trim().split(' ');
	const shown = words.slice(0, 9).join(' ').replace(/[,;:.]+$/, '');
	return capitalize(`${speaker} ${verb}: “${shown}${words.length > 9 ? '…' : ''}”`);
}
