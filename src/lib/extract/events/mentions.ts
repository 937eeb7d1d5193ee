/**
 * Event mentions of one article: for each sentence outside the boilerplate, the happenings and statements
 * it reports, each with its trigger, frame and type, title, time, actors, regions and, for a claim, who
 * claims it. Happenings that are future, hypothetical or negated are not mentions; the statement that
 * voices them is.
 */
import type { Article, Mention, TextRange, TimeMention, TimeSpan } from '../../model';
import { scanWords, splitClauses, type Clause, type Word } from '../text/clauses';
import { boundedByStatement, governingTime, inheritedFrom, placeTimes, reportedBy, spanOf, type PlacedTime } from './anchoring';
import { mentionKey, normalizePassage } from './mentionKey';
import { entitiesIn, findSubject, isPronoun, orderRegions, Salience, type EntityLookup, type EntityMention } from './participants';
import { QuoteTracker } from './quotes';
import { frameFamily, SPEECH_FRAMES, typeOfFrame, type Frame } from './taxonomy';
import { quotedTitle, titleFrom } from './titles';
import { couldBeVerb, findTriggers, matchLightVerb, type TriggerHit } from './triggers';
import { analyzeVerbGroup, isFactual, type Tense } from './verbGroup';

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

const CONTINUATION_BREAKERS = new Set(['earlier', 'previously', 'meanwhile', 'separately', 'elsewhere', 'however', 'formerly', 'once']);

interface SentenceFrame {
	text: string;
	range: TextRange;
	words: Word[];
	quoted: boolean[];
	clauses: Clause[];
	clauseOf: number[];
	times: PlacedTime[];
	entities: EntityMention[];
}

interface Candidate {
	hit: TriggerHit;
	/** Word range of the happening's clause (for a noun: the noun phrase up to its light verb). */
	first: number;
	last: number;
	/** The clause whose time governs it (for a noun: its light verb's clause). */
	timeClause: Clause;
	timeHead: number;
	tense: Tense;
	speech: boolean;
	claimedBy?: string;
	/** For a claim: the statement that voices it. */
	statement?: Candidate;
	subject?: string;
	time?: PlacedTime;
	span: TimeSpan | null;
	record?: MentionRecord;
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
	let passage: { span: TimeSpan; text: string; offset: number; sentence: number; paragraph: number } | undefined;

	input.sentences.forEach((range, sentenceIndex) => {
		if (text.slice(previousEnd, range.start).includes('\n')) {
			paragraph++;
			quotes.paragraph();
		}
		previousEnd = range.end;
		while (timeCursor < input.times.length && input.times[timeCursor].end <= range.start) timeCursor++;
		while (entityCursor < input.entities.length && input.entities[entityCursor].end <= range.start) entityCursor++;
		const words = scanWords(text, range);
		const quoted = quotes.mask(words);
		if (isBoilerplate(article.boilerplate, range)) return;

		const sentenceTimes = takeWhile(input.times, timeCursor, (t) => t.start < range.end);
		const sentenceEntities = takeWhile(input.entities, entityCursor, (e) => e.start < range.end);
		const frame = buildFrame(text, range, words, quoted, sentenceTimes, sentenceEntities);
		const candidates = findCandidates(frame, salience);

		for (const candidate of candidates) {
			candidate.span = anchor(candidate, frame, article, passage, sentenceIndex, paragraph);
		}
		for (const candidate of candidates) {
			const record = assemble(candidate, frame, article, lookup);
			if (seen.has(record.key)) continue;
			seen.add(record.key);
			candidate.record = record;
			out.push(record);
		}
		const dated = candidates.find((c) => c.time && c.span && !c.claimedBy && c.span.basis !== 'reported');
		if (dated?.span && dated.time) {
			passage = { span: dated.span, text: dated.time.time.text, offset: dated.time.time.start, sentence: sentenceIndex, paragraph };
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

function buildFrame(text: string, range: TextRange, words: Word[], quoted: boolean[], times: TimeMention[], entities: EntityMention[]): SentenceFrame {
	const clauses = splitClauses(words, (i) => couldBeVerb(words, i));
	const clauseOf = new Array<number>(words.length).fill(0);
	clauses.forEach((c, index) => {
		for (let i = c.first; i <= c.last; i++) clauseOf[i] = index;
	});
	return {
		text: text.slice(range.start, range.end),
		range,
		words,
		quoted,
		clauses,
		clauseOf,
		times: placeTimes(words, times),
		entities
	};
}

function covered(words: Word[], spans: TextRange[]): boolean[] {
	const mask = new Array<boolean>(words.length).fill(false);
	for (const span of spans) {
		for (let i = 0; i < words.length; i++) {
			if (words[i].start >= span.start && words[i].end <= span.end) mask[i] = true;
		}
	}
	return mask;
}

/** "the same day that the Taliban claimed…": the day is the one the following clause names, not an earlier one. */
function isCataphoric(frame: SentenceFrame, p: PlacedTime): boolean {
	const next = frame.words[p.last + 1]?.lower;
	return /\bsame\b/i.test(p.time.text) && (next === 'that' || next === 'as' || next === 'when');
}

function findCandidates(frame: SentenceFrame, salience: Salience): Candidate[] {
	const { words, quoted, clauses, clauseOf } = frame;
	const named = covered(words, frame.entities);
	const timed = covered(words, frame.times.map((p) => p.time));
	const hits = findTriggers(words, (i) => !quoted[i] && !named[i] && !timed[i]);
	const attribution = accordingTo(frame);
	const candidates: Candidate[] = [];
	const statements: Candidate[] = [];

	for (const hit of hits) {
		const clause = clauses[clauseOf[hit.head]];
		if (hit.pos === 'noun') {
			const light = lightVerbAfter(words, hit, clauseOf, clauses);
			if (!light) continue;
			candidates.push({ hit, first: nounPhraseStart(words, hit.head, clause), last: light.nounEnd, timeClause: light.clause, timeHead: light.head, tense: light.tense, speech: false, span: null });
			continue;
		}
		const group = analyzeVerbGroup(words, hit, clause);
		const speech = SPEECH_FRAMES.has(hit.form.frame);
		const statement = statements.find((s) => hit.head > s.hit.last);
		const claimedPast = group.perfectInfinitive && !group.negated && statement !== undefined && statement.hit.last >= hit.head - 4;
		if (!isFactual(group) && !claimedPast) continue;
		const candidate: Candidate = {
			hit,
			first: clause.first,
			last: clause.last,
			timeClause: clause,
			timeHead: hit.head,
			tense: claimedPast ? 'past' : group.tense,
			speech,
			span: null
		};
		if (speech) {
			candidate.subject = findSubject(frame.entities, words, clause.first, hit.head, clause.last, salience, true);
			statements.push(candidate);
		} else if (statement && hit.head > statement.hit.last) {
			candidate.statement = statement;
			candidate.claimedBy = statement.subject;
		}
		candidates.push(candidate);
	}

	for (const c of candidates) {
		if (!c.subject) c.subject = findSubject(frame.entities, words, c.first, c.hit.head, c.last, salience, false);
		const resumed = c.timeClause.resumes !== undefined ? clauses[c.timeClause.resumes] : undefined;
		if (!c.subject && resumed) c.subject = findSubject(frame.entities, words, resumed.first, resumed.last + 1, resumed.last, salience, false);
		if (attribution && !c.claimedBy && !(c.speech && c.subject === attribution)) c.claimedBy = attribution;
		c.time = pickTime(frame, c);
		if (!c.subject && c.claimedBy === undefined) {
			const pronoun = words.slice(c.first, c.hit.head).find((w) => isPronoun(w.lower));
			if (pronoun) c.subject = salience.resolve(pronoun.lower);
		}
	}
	return candidates;
}

/** "according to Masud, …" or "…, according to the ministry": the whole sentence is that actor's claim. */
function accordingTo(frame: SentenceFrame): string | undefined {
	const { words } = frame;
	for (let i = 0; i + 1 < words.length; i++) {
		if (words[i].lower !== 'according' || words[i + 1].lower !== 'to') continue;
		const after = entitiesIn(frame.entities, words, i + 2, Math.min(words.length - 1, i + 8)).filter((e) => e.kind === 'actor');
		if (after.length) return after[0].id;
	}
	return undefined;
}

function pickTime(frame: SentenceFrame, c: Candidate): PlacedTime | undefined {
	const statement = c.statement;
	// A statement's own time ("said on Monday …", "claimed Monday that …") is not its claim's time.
	const skip = (p: PlacedTime) => isCataphoric(frame, p) || (statement !== undefined && p.first <= statement.hit.last + 3 && p.first > statement.hit.last);
	const own = governingTime(frame.times, c.timeClause, c.timeHead, skip);
	if (own) return own;
	if (c.statement) return undefined;
	const adverbial = frame.clauses[0]?.kind === 'adverbial' ? frame.clauses[0] : undefined;
	if (adverbial && c.timeClause.kind === 'main') return governingTime(frame.times, adverbial, adverbial.last, skip);
	return undefined;
}

function nounPhraseStart(words: Word[], head: number, clause: Clause): number {
	let i = head;
	while (i - 1 >= clause.first && words[i - 1].kind === 'word' && !couldBeVerb(words, i - 1) && head - i < 4) i--;
	return i;
}

/** "the attack on the compound in Herat that took place on Friday": the noun is the happening. */
function lightVerbAfter(words: Word[], hit: TriggerHit, clauseOf: number[], clauses: Clause[]): { head: number; nounEnd: number; clause: Clause; tense: Tense } | undefined {
	for (let i = hit.last + 1; i < words.length && i - hit.last <= 14; i++) {
		const last = matchLightVerb(words, i);
		if (last >= 0) {
			const clause = clauses[clauseOf[i]];
			const pseudo: TriggerHit = { head: i, last, form: { words: [words[i].lower], lemma: words[i].lower, frame: hit.form.frame, pos: 'verb', form: /ed$/.test(words[i].lower) || words[i].lower === 'took' ? 'past' : 's' }, pos: 'verb' };
			const group = analyzeVerbGroup(words, pseudo, clause);
			if (!isFactual(group)) return undefined;
			let nounEnd = i - 1;
			while (nounEnd > hit.last && ['that', 'which', ','].includes(words[nounEnd].lower)) nounEnd--;
			return { head: i, nounEnd, clause, tense: group.tense };
		}
		const w = words[i];
		if (w.kind === 'punct' && w.text !== ',' && w.text !== '-') return undefined;
		if (couldBeVerb(words, i) && !['that', 'which'].includes(w.lower)) return undefined;
	}
	return undefined;
}

function anchor(c: Candidate, frame: SentenceFrame, article: Article, passage: { span: TimeSpan; text: string; offset: number; sentence: number; paragraph: number } | undefined, sentence: number, paragraph: number): TimeSpan | null {
	if (c.time) {
		const span = spanOf(c.time.time);
		if (span) return span;
		// An expression that cannot be placed (unresolved, or a date that does not exist) dates nothing.
		if (c.time.time.value && !c.time.time.diagnostics?.length) return null;
	}
	if (c.statement) {
		const said = c.statement.span;
		if (said) return boundedByStatement(said, c.statement.time?.time.text ?? '', c.statement.time?.time.start ?? frame.range.start);
	}
	const opener = frame.words[frame.clauses[0]?.first ?? 0]?.lower ?? '';
	if (
		passage &&
		c.tense === 'past' &&
		c.timeClause.kind !== 'subordinate' &&
		!CONTINUATION_BREAKERS.has(opener) &&
		sentence - passage.sentence <= 2 &&
		paragraph - passage.paragraph <= 1
	) {
		return inheritedFrom(passage.span, passage.text, passage.offset);
	}
	return reportedBy(article.published);
}

function contentWords(words: Word[], first: number, last: number, skip: TriggerHit): string[] {
	const out = new Set<string>();
	for (let i = first; i <= last; i++) {
		if (i >= skip.head && i <= skip.last) continue;
		const w = words[i];
		if (w.kind !== 'word' || w.lower.length < 3 || STOPWORDS.has(w.lower)) continue;
		out.add(w.lower.replace(/['’]s$/, '').replace(/(?<=[a-z]{3})s$/, ''));
	}
	return [...out];
}

function assemble(c: Candidate, frame: SentenceFrame, article: Article, lookup: EntityLookup): MentionRecord {
	const { words } = frame;
	const hit = c.hit;
	const frameName = hit.form.frame;
	// A statement's actors are its speaker's and its content's; a happening's are its clause's.
	const scopeLast = c.speech ? frame.words.length - 1 : c.last;
	const scoped = entitiesIn(frame.entities, words, c.first, scopeLast);
	const sentenceRegions = frame.entities.filter((e) => e.kind === 'region').map((e) => e.id);
	const actorIds = [...new Set([...(c.subject ? [c.subject] : []), ...scoped.filter((e) => e.kind === 'actor').map((e) => e.id)])];
	const clauseRegions = scoped.filter((e) => e.kind === 'region').map((e) => e.id);
	const regions = orderRegions(clauseRegions.length ? clauseRegions : sentenceRegions, lookup);
	const subjectName = c.subject ? lookup.actor(c.subject)?.name : undefined;

	const timeWords = c.time ? new Set(range(c.time.first, c.time.last)) : new Set<number>();
	const quotedText = frame.words
		.filter((_, i) => frame.quoted[i] && frame.words[i].kind !== 'quote')
		.map((w) => w.text)
		.join(' ');
	let title: string;
	if (c.speech && quotedText && (frame.quoted[hit.head - 2] || frame.quoted[c.first - 1] || frame.quoted[0]) && subjectName) {
		title = quotedTitle(subjectName, words.slice(hit.head, hit.last + 1).map((w) => w.text).join(' '), quotedText);
	} else {
		const lastWord = c.speech ? frame.words.length - 1 : c.last;
		title = titleFrom({
			words,
			first: c.first,
			last: lastWord,
			head: hit.pos === 'noun' ? c.first : hit.head,
			omit: (i) => timeWords.has(i) || frame.quoted[i],
			subjectName
		});
		if (hit.pos === 'noun') title = title.replace(/^(The|A|An) /, '');
	}

	const timex = c.time ? { start: c.time.time.start, end: c.time.time.end, text: c.time.time.text, value: c.time.time.value } : undefined;
	const record: MentionRecord = {
		articleId: article.id,
		start: words[c.first].start,
		end: words[Math.max(c.last, hit.last)].end,
		sentence: { start: frame.range.start, end: frame.range.end },
		trigger: { start: words[hit.head].start, end: words[hit.last].end, text: article.text.slice(words[hit.head].start, words[hit.last].end), lemma: hit.form.lemma },
		timex,
		time: c.span,
		type: typeOfFrame(frameName),
		title,
		actors: actorIds,
		regions,
		claimedBy: c.claimedBy,
		key: mentionKey(article.id, normalizePassage(frame.text), hit.head, hit.form.lemma),
		frame: frameName,
		family: frameFamily(frameName),
		tense: c.tense,
		words: contentWords(words, c.first, c.last, hit),
		text: frame.text
	};
	return record;
}

function range(first: number, last: number): number[] {
	const out: number[] = [];
	for (let i = first; i <= last; i++) out.push(i);
	return out;
}
