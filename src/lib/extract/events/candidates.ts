/**
 * From trigger words to candidate mentions: a verb is a candidate when it reports a happening as fact
 * (not future, hypothetical or negated); a noun only when a light verb reports it ("the attack … took
 * place on Friday", "fighting broke out"), since otherwise it is the object of a verb that is the mention.
 */
import type { TimeSpan } from '../../model';
import { AUXILIARIES, PHRASE_DETERMINERS, type Clause, type Word } from '../text/clauses';
import type { PlacedTime } from './anchoring';
import type { SentenceFrame } from './sentenceFrame';
import { SPEECH_FRAMES } from './taxonomy';
import { couldBeVerb, findTriggers, matchLightVerb, type TriggerHit } from './triggers';
import { analyzeVerbGroup, isFactual, type Tense, type VerbGroup } from './verbGroup';

export interface Candidate {
	hit: TriggerHit;
	/** Word range of the happening: its clause, or for a noun its phrase through its light verb's clause. */
	first: number;
	last: number;
	/** The clause whose time governs it (for a noun: its light verb's clause). */
	timeClause: Clause;
	timeHead: number;
	tense: Tense;
	group?: VerbGroup;
	speech: boolean;
	/** For a noun: the last word of the light verb that reports it ("took place"). */
	lightLast?: number;
	/** Verb groups reported as non-factual are kept only to be claimed ("claimed to have seized"). */
	factual: boolean;
	/** Passive with a "by" phrase: the word index where the doer's name starts. */
	byAgentAt?: number;
	/** "…, residents said": a statement closing its sentence; its speaker starts at this word. */
	speakerFrom?: number;
	subject?: string;
	/** Words naming the subject when no known actor does ("residents", "a senior official"). */
	subjectText?: string;
	claimedBy?: string;
	/** For a claim: the statement that voices it. */
	statement?: Candidate;
	/** For a statement: the words of what it says (after it, or before it in "…, officials said"). */
	content?: { first: number; last: number };
	time?: PlacedTime;
	span: TimeSpan | null;
}

const PHRASE_BREAKERS = new Set(['in', 'on', 'at', 'of', 'for', 'by', 'with', 'from', 'to', 'and', 'or', 'but', 'terms', 'after', 'before', 'amid', 'as']);

/** Back from a noun to the start of its phrase: its determiner, or the first word that cannot belong to it. */
function nounPhraseStart(words: Word[], head: number, clause: Clause): number {
	let i = head;
	while (i - 1 >= clause.first && head - i < 4) {
		const w = words[i - 1];
		if (w.kind !== 'word' || couldBeVerb(words, i - 1) || PHRASE_BREAKERS.has(w.lower)) break;
		i--;
		if (PHRASE_DETERMINERS.has(w.lower)) break;
	}
	return i;
}

interface LightVerb {
	head: number;
	last: number;
	clause: Clause;
	tense: Tense;
}

/** The light verb reporting a noun: within its phrase, possibly through "that"/"which". */
function lightVerbAfter(frame: SentenceFrame, hit: TriggerHit): LightVerb | undefined {
	const { words, clauses, clauseOf } = frame;
	for (let i = hit.last + 1; i < words.length && i - hit.last <= 14; i++) {
		const last = matchLightVerb(words, i);
		if (last >= 0) {
			const clause = clauses[clauseOf[i]];
			const form = /ed$/.test(words[i].lower) || ['took', 'broke', 'began'].includes(words[i].lower) ? 'past' : 's';
			const pseudo: TriggerHit = { head: i, last, form: { words: [words[i].lower], lemma: words[i].lower, frame: hit.form.frame, pos: 'verb', form }, pos: 'verb' };
			const group = analyzeVerbGroup(words, pseudo, clause);
			return isFactual(group) ? { head: i, last, clause, tense: group.tense } : undefined;
		}
		const w = words[i];
		if (w.kind === 'punct' && w.text !== ',' && w.text !== '-') return undefined;
		if (couldBeVerb(words, i) && !['that', 'which'].includes(w.lower)) return undefined;
	}
	return undefined;
}

/** "… denied by the insurgents": a participle with a "by" phrase names its doer there. */
function byPhrase(words: Word[], hit: TriggerHit): number | undefined {
	if (hit.form.form !== 'past' && hit.form.form !== 'participle') return undefined;
	const next = hit.last + 1;
	return words[next]?.lower === 'by' ? next + 1 : undefined;
}

/** Words a speaker's name may take ("the son of the lion of Panjshir"). */
const SPEAKER_WORDS = 9;
/** After the verb: "told reporters", "said in a statement". */
const TAIL = 4;
const MIN_CONTENT = 4;
const TAIL_PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'from', 'with', 'via', 'through', 'by', 'late', 'earlier']);

/**
 * "…, residents said." / "…” a senior US official told reporters.": a speech verb whose speaker follows the
 * last comma or quotation mark and which closes the sentence. Returns where the speaker starts.
 */
function postposedSpeaker(frame: SentenceFrame, hit: TriggerHit): number | undefined {
	const { words } = frame;
	let end = words.length - 1;
	while (end > hit.last && words[end].kind === 'punct') end--;
	const tail = end - hit.last;
	// "…, a charge denied by the insurgents": a passive participle, not a statement closing the sentence.
	if (words[hit.last + 1]?.lower === 'by') return undefined;
	// After the verb only its circumstances ("in a statement", "on Monday") or a short object ("told reporters").
	if (tail > TAIL || (tail > 2 && !TAIL_PREPOSITIONS.has(words[hit.last + 1].lower))) return undefined;
	const adverbial = frame.clauses[0]?.kind === 'adverbial' ? frame.clauses[0].last : -1;
	for (let i = hit.head - 1; i >= 1 && hit.head - i <= SPEAKER_WORDS + 1; i--) {
		const w = words[i];
		if (w.text === ',' || (w.kind === 'quote' && i > 1)) {
			// What was said comes before, and is a statement's worth of words, not a fronted "Earlier,".
			if (i < MIN_CONTENT || i === adverbial) return undefined;
			// "Noor and Dostum, who …, have vowed": only a verb group after the comma, no speaker.
			const speaker = words.slice(i + 1, hit.head).some((s) => s.kind === 'word' && !AUXILIARIES.has(s.lower));
			return speaker || w.kind === 'quote' ? i + 1 : undefined;
		}
		if (w.kind === 'punct' || couldBeVerb(words, i)) return undefined;
	}
	return undefined;
}

export function readCandidates(frame: SentenceFrame): Candidate[] {
	const { words, quoted, clauses, clauseOf, named, timed, regionStarts } = frame;
	const hits = findTriggers(
		words,
		(i) => !quoted[i] && !named[i] && !timed[i],
		(i) => regionStarts[i] ?? false,
		(i) => !quoted[i] && !named[i]
	);
	const out: Candidate[] = [];
	for (const hit of hits) {
		const clause = clauses[clauseOf[hit.head]];
		if (hit.pos === 'noun') {
			const light = lightVerbAfter(frame, hit);
			if (!light) continue;
			out.push({
				hit,
				first: nounPhraseStart(words, hit.head, clause),
				last: light.clause.last,
				lightLast: light.last,
				timeClause: light.clause,
				timeHead: light.head,
				tense: light.tense,
				speech: false,
				factual: true,
				span: null
			});
			continue;
		}
		const group = analyzeVerbGroup(words, hit, clause);
		const speech = SPEECH_FRAMES.has(hit.form.frame);
		out.push({
			hit,
			first: clause.first,
			last: clause.last,
			timeClause: clause,
			timeHead: hit.head,
			tense: group.perfectInfinitive ? 'past' : group.tense,
			group,
			speech,
			factual: isFactual(group),
			byAgentAt: byPhrase(words, hit),
			speakerFrom: speech ? postposedSpeaker(frame, hit) : undefined,
			span: null
		});
	}
	return out;
}
