/**
 * The time of each candidate, by the order of preference documented in `anchoring.ts`, and the passage
 * state that lets a sentence carry on the time of the one before ("Guterres told a news conference on
 * Friday. He said…").
 */
import type { Article, TimeSpan } from '../../model';
import { boundedByStatement, canAnchor, governingTime, inheritedFrom, reportedBy, spanOf, type PlacedTime } from './anchoring';
import type { Candidate } from './candidates';
import { AUXILIARIES, type Clause } from '../text/clauses';
import { couldBeVerb, isEventNoun, matchLightVerb } from './triggers';
import type { SentenceFrame } from './sentenceFrame';

/** The last precisely dated happening, which the next sentences may continue. */
export interface Passage {
	span: TimeSpan;
	text: string;
	offset: number;
	agent?: string;
	sentence: number;
	paragraph: number;
}

const CONTINUATION_BREAKERS = new Set(['earlier', 'previously', 'meanwhile', 'separately', 'elsewhere', 'however', 'formerly', 'once', 'later', 'since']);

/** "the same day that the Taliban claimed…": the day is the one the following clause names, not an earlier one. */
function isCataphoric(frame: SentenceFrame, p: PlacedTime): boolean {
	const next = frame.words[p.last + 1]?.lower;
	return /\bsame\b/i.test(p.time.text) && (next === 'that' || next === 'as' || next === 'when');
}

/** The time expression governing a candidate: in its clause, else a fronted adverbial of the sentence. */
export function governingTimeOf(frame: SentenceFrame, c: Candidate): PlacedTime | undefined {
	const statement = c.statement;
	// A statement's own time ("said on Monday …", "claimed Monday that …") is not its claim's time.
	const skip = (p: PlacedTime) => isCataphoric(frame, p) || (statement !== undefined && p.first > statement.hit.last && p.first <= statement.hit.last + 3);
	// "…, residents said": the statement's own clause is the few words from its speaker on.
	const clause = c.speakerFrom !== undefined ? { ...c.timeClause, first: c.speakerFrom } : c.timeClause;
	const notOwn = (p: PlacedTime) => skip(p) || (p.last < c.timeHead && followsParticiple(frame, p.first));
	// "declared a ceasefire for Eid al-Fitr on Friday": a date after "for" is what the declaring was for,
	// not when it happened. It may date a happening told by a noun ("the truce for Christmas held"), when
	// the clause has no other time.
	const own = governingTime(frame.times, clause, c.timeHead, (p) => notOwn(p) || isPurposeTime(frame, p)) ?? (c.lightLast !== undefined ? governingTime(frame.times, clause, c.timeHead, notOwn) : undefined);
	if (own) return own;
	const antecedent = timeBeforeRelativeWhen(frame, c.timeClause.first) ?? timeOfEventSubject(frame, c.timeClause);
	if (antecedent) return antecedent;
	if (statement) return undefined;
	const adverbial = frame.clauses[0]?.kind === 'adverbial' ? frame.clauses[0] : undefined;
	// A clause with a time of its own ("collapsed within weeks", "agreed later that month") is not dated by
	// the fronted adverbial, even where that time cannot date it.
	const ownTime = frame.times.some((p) => p.first >= c.timeClause.first && p.last <= c.timeClause.last);
	if (adverbial && c.timeClause.kind === 'main' && c.speakerFrom === undefined && !ownTime) return governingTime(frame.times, adverbial, adverbial.last, skip);
	return undefined;
}

/** A date or time after "for" ("a truce for Eid", "the budget for 2022"); "for three weeks" is a length. */
function isPurposeTime(frame: SentenceFrame, p: PlacedTime): boolean {
	return frame.words[p.first - 1]?.lower === 'for' && (p.time.type === 'DATE' || p.time.type === 'TIME');
}

const RELATIVE_OPENERS = new Set(['that', 'which', 'who']);

/**
 * "The truce agreed later that month collapsed within weeks": a time right after a participle that opens
 * a reduced relative clause is that participle's adjunct, not the time of the verb further on.
 */
function followsParticiple(frame: SentenceFrame, first: number): boolean {
	for (let j = first - 1; j >= 0 && first - j <= 3; j--) {
		const w = frame.words[j];
		if (w.kind !== 'word' || frame.named[j]) return false;
		if (couldBeVerb(frame.words, j)) return /(?:ed|en)$/.test(w.lower) && !RELATIVE_OPENERS.has(frame.words[j - 1]?.lower ?? '') && !AUXILIARIES.has(frame.words[j - 1]?.lower ?? '');
	}
	return false;
}

/**
 * "The attack on the compound that took place on Friday killed a guard": a verb whose subject is a
 * happening told by a noun, whose relative clause says when it took place, happened at that time.
 */
function timeOfEventSubject(frame: SentenceFrame, clause: Clause): PlacedTime | undefined {
	if (clause.resumes === undefined) return undefined;
	const subject = frame.clauses[clause.resumes];
	let eventNoun = false;
	for (let i = subject.first; i <= subject.last && !eventNoun; i++) eventNoun = isEventNoun(frame.words, i);
	if (!eventNoun) return undefined;
	const between = frame.clauses.slice(clause.resumes + 1, frame.clauses.indexOf(clause));
	for (const relative of between) {
		if (relative.kind !== 'relative' || !tellsOccurrence(frame, relative)) continue;
		const time = governingTime(frame.times, relative, relative.first);
		if (time) return time;
	}
	return undefined;
}

/** "that took place on Friday", "which happened overnight": a clause that says when its antecedent happened. */
function tellsOccurrence(frame: SentenceFrame, clause: Clause): boolean {
	for (let i = clause.first; i <= clause.last; i++) if (matchLightVerb(frame.words, i) >= 0) return true;
	return false;
}

/**
 * "in April, when the war began": a clause opened by "when" right after a time expression is a relative
 * clause of that time, and the happening it tells took place then.
 */
function timeBeforeRelativeWhen(frame: SentenceFrame, first: number): PlacedTime | undefined {
	if (frame.words[first]?.lower !== 'when') return undefined;
	let before = first - 1;
	if (frame.words[before]?.text === ',') before--;
	return before >= 0 ? frame.times.find((p) => p.last === before && canAnchor(p.time)) : undefined;
}

/** Only a passage dated to a day or finer is carried on: "more than two decades ago" dates no later sentence. */
export function isPrecise(span: TimeSpan): boolean {
	return !span.mod && !span.approximate && span.basis !== 'reported' && (span.granularity === 'day' || span.granularity === 'partofday' || span.granularity === 'hour' || span.granularity === 'minute');
}

export function timeOf(c: Candidate, frame: SentenceFrame, article: Article, passage: Passage | undefined, sentence: number, paragraph: number): TimeSpan | null {
	if (c.time) {
		const span = spanOf(c.time.time);
		if (span) return span;
		// Without a publication date, "on Monday" cannot be placed yet: corpus dating may place it later.
		if (!article.published) return null;
	}
	if (c.statement?.span) return boundedByStatement(c.statement.span, c.statement.time?.time.text ?? '', c.statement.time?.time.start ?? frame.range.start);
	const opener = frame.words[frame.clauses[0]?.first ?? 0]?.lower ?? '';
	if (
		passage &&
		isPrecise(passage.span) &&
		c.tense === 'past' &&
		c.timeClause.kind !== 'subordinate' &&
		c.subject !== undefined &&
		c.subject === passage.agent &&
		!CONTINUATION_BREAKERS.has(opener) &&
		sentence - passage.sentence <= 2 &&
		paragraph - passage.paragraph <= 1
	) {
		return inheritedFrom(passage.span, passage.text, passage.offset);
	}
	return reportedBy(article.published);
}
