/**
 * Event mentions of one article: for each sentence outside the boilerplate, the happenings and statements
 * it reports, each with its trigger, frame and type, title, time, actors, regions and, for a claim, who
 * claims it. Per sentence:
 *   candidates (candidates.ts) → doers (participants.ts) → statements and claims (speech.ts)
 *   → times (timeOfMention.ts) → records with titles (here).
 */
import type { Article, Mention, TextRange, TimeMention } from '../../model';
import type { Clause, Word } from '../text/clauses';
import type { Candidate } from './candidates';
import { readCandidates } from './candidates';
import { mentionKey, normalizePassage } from './mentionKey';
import { entitiesIn, orderRegions, resolveSubjects, Salience, type EntityLookup, type EntityMention } from './participants';
import { QuoteTracker } from './quotes';
import { buildFrame, type SentenceFrame } from './sentenceFrame';
import { attachSpeech } from './speech';
import { frameFamily, typeOfFrame, type Frame } from './taxonomy';
import { governingTimeOf, isPrecise, timeOf, type Passage } from './timeOfMention';
import { nounTitle, quotedTitle, titleFrom } from './titles';
import { couldBeVerb } from './triggers';
import type { Tense } from './verbGroup';

/** A mention with what merging and corpus dating compare. Stored as is. */
export interface MentionRecord extends Mention {
	key: string;
	frame: Frame;
	family: string;
	tense: Tense;
	/** Lower-case content words of the clause, for comparing mentions across articles. */
	words: string[];
	/** The sentence's text, so quotes and search need not reopen the article. */
	text: string;
	/** The actor doing it (the subject, or the speaker of a statement), when one is named. */
	agent?: string;
}

export interface MentionInput {
	article: Article;
	sentences: TextRange[];
	times: TimeMention[];
	entities: EntityMention[];
	lookup: EntityLookup;
}

const STOPWORDS = new Set(
	'a an the of in on at to for by with from and or but that which who whom whose this these those it its they them their he him his she her we our you your i is are was were be been being has have had do does did will would could should may might must can not no than then there here as also into about over after before against between during under out up down off said says say told'.split(' ')
);

/**
 * Longest stretch read as one sentence. News sentences are far shorter; a text without sentence ends (a
 * table, a list run together, a hostile input) is read in pieces of this size, cut at a comma or a space,
 * so the per-sentence work stays bounded and the whole stays linear in the text.
 */
const MAX_SENTENCE_CHARS = 1200;

function* bounded(text: string, sentences: TextRange[]): Generator<TextRange> {
	for (const sentence of sentences) {
		let start = sentence.start;
		while (sentence.end - start > MAX_SENTENCE_CHARS) {
			const limit = start + MAX_SENTENCE_CHARS;
			const comma = text.lastIndexOf(',', limit);
			const space = text.lastIndexOf(' ', limit);
			const cut = comma > start + MAX_SENTENCE_CHARS / 2 ? comma + 1 : space > start ? space + 1 : limit;
			yield { start, end: cut };
			start = cut;
		}
		if (sentence.end > start) yield { start, end: sentence.end };
	}
}

export function extractMentions(input: MentionInput): MentionRecord[] {
	const { article, lookup } = input;
	const text = article.text;
	const quotes = new QuoteTracker();
	const salience = new Salience();
	const out: MentionRecord[] = [];
	const seen = new Set<string>();
	let timeCursor = 0;
	let entityCursor = 0;
	let paragraph = 0;
	let previousEnd = 0;
	let passage: Passage | undefined;

	[...bounded(text, input.sentences)].forEach((range, sentenceIndex) => {
		if (text.slice(previousEnd, range.start).includes('\n')) {
			paragraph++;
			quotes.paragraph();
		}
		previousEnd = range.end;
		while (timeCursor < input.times.length && input.times[timeCursor].end <= range.start) timeCursor++;
		while (entityCursor < input.entities.length && input.entities[entityCursor].end <= range.start) entityCursor++;
		const times = takeWhile(input.times, timeCursor, (t) => t.start < range.end);
		const entities = takeWhile(input.entities, entityCursor, (e) => e.start < range.end);
		const frame = buildFrame(text, range, quotes, times, entities);
		if (isBoilerplate(article.boilerplate, range)) return;

		const candidates = readCandidates(frame);
		resolveSubjects(candidates, frame, salience);
		const mentions = attachSpeech(candidates, frame);
		for (const c of mentions) c.time = governingTimeOf(frame, c);
		// Statements first: their claims are bounded by them.
		for (const c of [...mentions].sort((a, b) => Number(b.speech) - Number(a.speech))) {
			c.span = timeOf(c, frame, article, passage, sentenceIndex, paragraph);
		}
		for (const c of mentions) {
			const record = assemble(c, frame, article, lookup);
			if (seen.has(record.key)) continue;
			seen.add(record.key);
			out.push(record);
		}
		const dated = mentions.find((c) => c.time && c.span && !c.claimedBy && isPrecise(c.span));
		if (dated?.span && dated.time) {
			passage = { span: dated.span, text: dated.time.time.text, offset: dated.time.time.start, agent: dated.subject, sentence: sentenceIndex, paragraph };
		}
		for (const e of frame.entities) if (e.kind === 'actor') salience.note(e.id, lookup);
	});
	return out;
}

function takeWhile<T>(list: T[], from: number, ok: (item: T) => boolean): T[] {
	const out: T[] = [];
	for (let i = from; i < list.length && ok(list[i]); i++) out.push(list[i]);
	return out;
}

function isBoilerplate(boilerplate: TextRange[], range: TextRange): boolean {
	return boilerplate.some((b) => b.start < range.end && b.end > range.start);
}

function contentWords(frame: SentenceFrame, first: number, last: number, skip: Candidate['hit']): string[] {
	const { words } = frame;
	const out = new Set<string>();
	for (let i = first; i <= last; i++) {
		if ((i >= skip.head && i <= skip.last) || frame.timed[i]) continue;
		const w = words[i];
		if (w.kind !== 'word' || w.lower.length < 3 || STOPWORDS.has(w.lower)) continue;
		out.add(w.lower.replace(/['’]s$/, '').replace(/(?<=[a-z]{3})s$/, ''));
	}
	return [...out];
}

function titleOf(c: Candidate, frame: SentenceFrame, subjectName: string | undefined): string {
	const { words } = frame;
	const hit = c.hit;
	// The timeline shows the date apart: no time expression in a title. Quotations are the speaker's words
	// and stay out, but a few words in quotation marks ("jihad", “revealed their true nature”) are part of
	// the sentence.
	// A vague reference ("the future", "now") names no date: it stays, or the clause would lose a word.
	const omit = (i: number) => (frame.timed[i] && !vagueTimeAt(frame, i)) || (frame.quoted[i] && frame.longQuote[i]);
	// The actor's name reads better than the words naming it, but for several actors named together.
	const several = c.subjectText !== undefined && / and /.test(c.subjectText);
	// "“We will fight,” he said" with no one named before: the words standing for the speaker.
	const postposed = c.speakerFrom !== undefined ? words.slice(c.speakerFrom, hit.head).map((w) => w.text).join(' ') || undefined : undefined;
	const speaker = c.speakerFrom !== undefined || several ? (c.subjectText ?? subjectName ?? postposed) : (subjectName ?? c.subjectText);
	const verb = words.slice(hit.head, hit.last + 1).map((w) => w.text).join(' ');
	const inverted = c.speech && !speaker ? invertedSpeaker(frame, c) : undefined;
	if (inverted) return quotedTitle(inverted.speaker, verb, inverted.quote);
	if (c.speech && c.content && speaker) {
		const quoted = words.filter((w, i) => frame.quoted[i] && w.kind !== 'quote' && i >= c.content!.first && i <= c.content!.last);
		if (quoted.length > 0 && quoted.length >= (c.content.last - c.content.first) / 2) {
			const from = quoted[0].start - frame.range.start;
			const to = quoted[quoted.length - 1].end - frame.range.start;
			return quotedTitle(speaker, verb, frame.text.slice(from, to));
		}
		if (c.speakerFrom !== undefined) {
			// "…, residents said": the speaker, then what was said.
			const said = titleFrom({ words, first: c.content.first, last: c.content.last, head: c.content.first, omit });
			return `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} ${verb}: ${said}`;
		}
	}
	if (hit.pos === 'noun') return nounTitle({ words, first: c.first, last: c.last, head: c.first, omit }, c.lightLast ?? c.last);
	const isVerb = (i: number) => couldBeVerb(words, i);
	// Before a passive, what was acted on ("acts of war crimes which have been carried out by …"), never the doer.
	const passive = c.byAgentAt !== undefined;
	return titleFrom({ words, first: c.first, last: c.speech ? words.length - 1 : c.last, head: hit.head, omit, subjectName: passive ? c.subjectText : speaker, isVerb, speech: c.speech, passive });
}

function vagueTimeAt(frame: SentenceFrame, i: number): boolean {
	const placed = frame.times.find((p) => p.first <= i && i <= p.last);
	return placed !== undefined && /_REF$/.test(placed.time.value);
}

/**
 * "“Wherever you are, … stand up,” stressed the son of Ahmad Shah Masud": a quotation, then the verb, then
 * the speaker (up to the next comma).
 */
function invertedSpeaker(frame: SentenceFrame, c: Candidate): { speaker: string; quote: string } | undefined {
	const { words } = frame;
	const before = words[c.hit.head - 1];
	const closesQuote = before?.kind === 'quote' || (before?.text === ',' && words[c.hit.head - 2]?.kind === 'quote');
	if (!closesQuote) return undefined;
	const speakerWords: Word[] = [];
	for (let i = c.hit.last + 1; i < words.length && speakerWords.length < 10; i++) {
		if (words[i].kind !== 'word' && words[i].kind !== 'number') break;
		speakerWords.push(words[i]);
	}
	const quoted = words.filter((w, i) => frame.quoted[i] && w.kind !== 'quote' && i < c.hit.head);
	if (speakerWords.length === 0 || quoted.length === 0) return undefined;
	const speaker = speakerWords.map((w) => w.text).join(' ');
	const quote = frame.text.slice(quoted[0].start - frame.range.start, quoted[quoted.length - 1].end - frame.range.start);
	return { speaker: speaker.charAt(0).toUpperCase() + speaker.slice(1), quote };
}

/**
 * For a relative clause ("Noor and Dostum, who fought …"), the noun phrase it hangs on: the words of the
 * clause before it after that clause's last verb. Its actors take part in what the relative clause tells.
 */
function antecedentPhrase(frame: SentenceFrame, clause: Clause): { first: number; last: number } | undefined {
	if (clause.kind !== 'relative') return undefined;
	const before = frame.clauses[frame.clauses.indexOf(clause) - 1];
	if (!before) return undefined;
	let first = before.first;
	for (let i = before.last; i >= before.first; i--) {
		if (couldBeVerb(frame.words, i)) {
			first = i + 1;
			break;
		}
	}
	return first <= before.last ? { first, last: before.last } : undefined;
}

function assemble(c: Candidate, frame: SentenceFrame, article: Article, lookup: EntityLookup): MentionRecord {
	const { words } = frame;
	const hit = c.hit;
	// A statement's actors are its speaker's and its content's; a happening's are its clause's.
	const scopeFirst = c.speech && c.content ? Math.min(c.first, c.content.first) : c.first;
	const scopeLast = c.speech && c.content ? Math.max(c.last, c.content.last) : c.last;
	// The subject may stand in the first part of a clause an insertion interrupted ("Noor and Dostum, who …, have vowed").
	const resumed = c.timeClause.resumes !== undefined ? frame.clauses[c.timeClause.resumes] : undefined;
	const antecedent = antecedentPhrase(frame, c.timeClause);
	const scoped = [
		...(resumed ? entitiesIn(frame.entities, words, resumed.first, resumed.last) : []),
		...(antecedent ? entitiesIn(frame.entities, words, antecedent.first, antecedent.last) : []),
		...entitiesIn(frame.entities, words, scopeFirst, scopeLast)
	];
	const actors = [...new Set([...(c.subject ? [c.subject] : []), ...scoped.filter((e) => e.kind === 'actor').map((e) => e.id)])];
	// A country acting ("Afghanistan" in "ruled Afghanistan") places the happening in it too.
	const clauseRegions = scoped.filter((e) => e.kind === 'region' || (e.kind === 'actor' && lookup.region(e.id)?.kind === 'country')).map((e) => e.id);
	const sentenceRegions = frame.entities.filter((e) => e.kind === 'region').map((e) => e.id);
	const subjectName = c.subject ? lookup.actor(c.subject)?.name : undefined;
	const timex = c.time ? { start: c.time.time.start, end: c.time.time.end, text: c.time.time.text, value: c.time.time.value } : undefined;
	return {
		articleId: article.id,
		start: words[c.first].start,
		end: words[Math.max(c.last, hit.last)].end,
		sentence: { start: frame.range.start, end: frame.range.end },
		trigger: { start: words[hit.head].start, end: words[hit.last].end, text: article.text.slice(words[hit.head].start, words[hit.last].end), lemma: hit.form.lemma },
		...(timex ? { timex } : {}),
		time: c.span,
		type: typeOfFrame(hit.form.frame),
		title: titleOf(c, frame, subjectName),
		actors,
		regions: orderRegions(clauseRegions.length ? clauseRegions : sentenceRegions, lookup),
		...(c.claimedBy ? { claimedBy: c.claimedBy } : {}),
		key: mentionKey(article.id, normalizePassage(frame.text), hit.head, hit.form.lemma),
		frame: hit.form.frame,
		family: frameFamily(hit.form.frame),
		tense: c.tense,
		words: contentWords(frame, scopeFirst, scopeLast, hit),
		text: frame.text,
		...(c.subject ? { agent: c.subject } : {})
	};
}
