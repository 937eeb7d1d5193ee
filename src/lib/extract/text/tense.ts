import type { TextRange } from '$lib/model';
import { tokenize, type Token } from './tokens';
import {
	BE_PAST,
	BE_PRESENT,
	DETERMINERS,
	DO_PAST,
	DO_PRESENT,
	FUTURE_CUES,
	HAVE_PAST,
	HAVE_PRESENT,
	IRREGULAR_PARTICIPLES,
	IRREGULAR_PAST,
	MODALS_CONDITIONAL,
	MODALS_FUTURE,
	NOT_PAST_ED,
	PRESENT_VERBS
} from './verbLexicon';

/**
 * Tense and modality of the verb group that governs a place in a sentence, read without a parser:
 * auxiliaries and modals first ("will", "had", "was"), then verb morphology ("-ed", irregular pasts),
 * then a small lexicon of planning words ("expected to", "scheduled for") that point to the future.
 *
 * The governing verb is looked for first to the left of the place, within its clause, then to the right:
 * in "the council said on Monday" the verb precedes, in "On Friday, the council said" it follows. The
 * search is bounded to a few tokens each side, so the cost per place is constant.
 *
 * Present progressive ("is meeting on Friday") is reported as future: with a time expression it
 * describes an arrangement. The present perfect ("has seized") is reported as past with `perfect`.
 */
export type Tense = 'past' | 'present' | 'future' | 'conditional' | 'unknown';

export interface VerbTense {
	tense: Tense;
	/** A perfect construction ("had seized", "has seized"): the event precedes its reference time. */
	perfect: boolean;
	/** The token that decided, when one did. */
	cue?: TextRange;
}

const WINDOW_TOKENS = 14;
const WINDOW_CHARS = 160;
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);

const lower = (t: Token) => t.text.toLowerCase().replace(/’/g, "'");

function isVerbalEd(word: string): boolean {
	return word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word);
}

function isParticiple(word: string): boolean {
	return isVerbalEd(word) || IRREGULAR_PAST.has(word) || IRREGULAR_PARTICIPLES.has(word);
}

/** Reads the verb group ending at or starting at token `i`; null when token `i` says nothing. */
function classify(tokens: Token[], i: number): VerbTense | null {
	const t = tokens[i];
	if (t.kind !== 'word') return null;
	const w = lower(t);
	const prev = i > 0 && tokens[i - 1].kind === 'word' ? lower(tokens[i - 1]) : '';
	const prev2 = i > 1 && tokens[i - 2].kind === 'word' ? lower(tokens[i - 2]) : '';
	const next = i + 1 < tokens.length && tokens[i + 1].kind === 'word' ? lower(tokens[i + 1]) : '';
	const cue = { start: t.start, end: t.end };

	if (MODALS_FUTURE.has(w)) return { tense: 'future', perfect: false, cue };
	if (MODALS_CONDITIONAL.has(w)) return { tense: 'conditional', perfect: next === 'have', cue };
	if (w === 'going' && next === 'to') return { tense: 'future', perfect: false, cue };
	if (FUTURE_CUES.has(w) && (next === 'to' || next === 'for' || FUTURE_CUES.has(prev) || BE_PRESENT.has(prev)))
		return { tense: 'future', perfect: false, cue };
	if (BE_PRESENT.has(w)) {
		if (next === 'to') return { tense: 'future', perfect: false, cue };
		if (next.endsWith('ing') && next.length > 4) return { tense: 'future', perfect: false, cue };
		return { tense: 'present', perfect: false, cue };
	}
	if (BE_PAST.has(w) || DO_PAST.has(w)) return { tense: 'past', perfect: false, cue };
	if (HAVE_PAST.has(w)) return { tense: 'past', perfect: isParticiple(next) || next === 'been', cue };
	if (HAVE_PRESENT.has(w)) {
		if (isParticiple(next) || next === 'been' || next === 'not') return { tense: 'past', perfect: true, cue };
		return { tense: 'present', perfect: false, cue };
	}
	if (DO_PRESENT.has(w)) return { tense: 'present', perfect: false, cue };
	if (PRESENT_VERBS.has(w)) return { tense: 'present', perfect: false, cue };

	const participle = isVerbalEd(w) || IRREGULAR_PAST.has(w) || IRREGULAR_PARTICIPLES.has(w);
	if (participle) {
		if (DETERMINERS.has(prev)) return null;
		// The auxiliary before a participle decides: "will be held", "is expected", "has been seized".
		for (const aux of [prev, prev2]) {
			if (MODALS_FUTURE.has(aux)) return { tense: 'future', perfect: false, cue };
			if (MODALS_CONDITIONAL.has(aux)) return { tense: 'conditional', perfect: false, cue };
			if (BE_PRESENT.has(aux)) return { tense: 'present', perfect: false, cue };
			if (BE_PAST.has(aux)) return { tense: 'past', perfect: false, cue };
			if (HAVE_PRESENT.has(aux) || HAVE_PAST.has(aux)) return { tense: 'past', perfect: true, cue };
		}
		if (IRREGULAR_PARTICIPLES.has(w) && !IRREGULAR_PAST.has(w)) return null;
		return { tense: 'past', perfect: false, cue };
	}
	// "agreed to meet on Friday": an infinitive right before the place looks ahead.
	if (prev === 'to' && /^\p{Ll}/u.test(t.text) && !DETERMINERS.has(w) && !w.endsWith('ing')) {
		return { tense: 'future', perfect: false, cue };
	}
	return null;
}

/**
 * The tense governing `range` (a time expression, say) inside `sentence`. Tokens of `range` itself are
 * not read. Without a sentence, a window of the text around the range is used.
 */
export function tenseAt(text: string, range: TextRange, sentence?: TextRange): VerbTense {
	const from = Math.max(sentence?.start ?? 0, range.start - WINDOW_CHARS);
	const to = Math.min(sentence?.end ?? text.length, range.end + WINDOW_CHARS);
	const tokens = tokenize(text, from, to);
	let firstRight = tokens.findIndex((t) => t.start >= range.end);
	if (firstRight < 0) firstRight = tokens.length;
	let lastLeft = -1;
	for (let i = 0; i < tokens.length && tokens[i].end <= range.start; i++) lastLeft = i;

	for (let i = lastLeft, n = 0; i >= 0 && n < WINDOW_TOKENS; i--, n++) {
		if (tokens[i].kind === 'punct' && CLAUSE_BREAKS.has(tokens[i].text)) break;
		const found = classify(tokens, i);
		if (found) return found;
	}
	for (let i = firstRight, n = 0; i < tokens.length && n < WINDOW_TOKENS; i++, n++) {
		if (tokens[i].kind === 'punct' && CLAUSE_BREAKS.has(tokens[i].text)) break;
		const found = classify(tokens, i);
		if (found) return found;
	}
	return { tense: 'unknown', perfect: false };
}
