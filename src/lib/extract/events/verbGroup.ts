/**
 * Tense and modality of a verb trigger from the auxiliaries before it: what decides whether a happening is
 * placed on the chronology ("seized", "has seized", "was seized") or only voiced ("will seize", "could
 * seize", "never managed to seize", "if it seizes").
 */
import type { Clause, Word } from '../text/clauses';
import type { TriggerHit } from './triggers';

export type Tense = 'past' | 'perfect' | 'pluperfect' | 'present' | 'future' | 'nonfinite';

export interface VerbGroup {
	tense: Tense;
	negated: boolean;
	/** would, could, may, might, should, must, can: the happening is possible, not reported as fact. */
	modal: boolean;
	/** Inside an "if"/"unless"/"whether" clause, or a "whenever" one (what happens each time). */
	hypothetical: boolean;
	/** "to seize", "to have seized": an infinitive, governed by another verb. */
	infinitive: boolean;
	/** "to have seized": a perfect infinitive, which reports a past happening ("claimed to have seized"). */
	perfectInfinitive: boolean;
}

const ADVERBS = new Set(['also', 'further', 'reportedly', 'allegedly', 'then', 'later', 'already', 'just', 'recently', 'now', 'still', 'finally', 'previously', 'again', 'jointly', 'swiftly', 'quickly', 'apparently', 'initially', 'subsequently', 'eventually', 'officially', 'formally', 'publicly', 'repeatedly', 'effectively', 'successfully', 'largely', 'partially', 'fully', 'briefly', 'first']);
const MODALS = new Set(['would', 'could', 'may', 'might', 'should', 'must', 'can', 'cannot', 'ought', "'d"]);
const FUTURE = new Set(['will', 'shall', "'ll", 'wo']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const NEGATING_VERBS = new Set(['failed', 'fail', 'fails', 'refused', 'refuse', 'refuses', 'declined']);
const PLANNING_VERBS = new Set(['plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'want', 'wants', 'wanted', 'threaten', 'threatens', 'threatened', 'try', 'tries', 'tried', 'trying', 'seek', 'seeks', 'sought', 'hope', 'hopes', 'hoped', 'aim', 'aims', 'aimed', 'going', 'expected', 'set', 'vowed', 'vow', 'vows', 'pledged', 'promised', 'ready', 'prepared', 'able', 'unable', 'likely']);
/** Nouns whose complement names a purpose, not a happening: "their aim is plundering the country". */
const PURPOSE_NOUNS = new Set(['aim', 'aims', 'goal', 'goals', 'purpose', 'objective', 'objectives', 'intention', 'plan', 'mission', 'task', 'job', 'policy', 'strategy', 'dream', 'hope', 'priority', 'ambition', 'agenda']);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re"]);
const BE_PAST = new Set(['was', 'were']);
// "whenever they have been captured" tells what happens each time, not a happening.
const HYPOTHETICAL_OPENERS = new Set(['if', 'unless', 'whether', 'whenever', 'wherever']);

export function analyzeVerbGroup(words: Word[], hit: TriggerHit, clause: Clause | undefined): VerbGroup {
	const group: VerbGroup = { tense: 'present', negated: false, modal: false, hypothetical: false, infinitive: false, perfectInfinitive: false };
	if (clause?.opener && HYPOTHETICAL_OPENERS.has(clause.opener)) group.hypothetical = true;

	const auxiliaries: string[] = [];
	const floor = clause ? clause.first : 0;
	let firstAuxiliary = -1;
	for (let i = hit.head - 1; i >= floor && hit.head - i <= 6; i--) {
		const w = words[i].lower;
		if (ADVERBS.has(w)) continue;
		if (NEGATORS.has(w)) {
			group.negated = true;
			continue;
		}
		if (w === 'to') {
			group.infinitive = true;
			const governing = words[i - 1]?.lower ?? '';
			if (NEGATING_VERBS.has(governing) || (governing === 'managed' && NEGATORS.has(words[i - 2]?.lower ?? ''))) group.negated = true;
			if (NEGATORS.has(words[i - 2]?.lower ?? '') || NEGATORS.has(governing)) group.negated = true;
			if (PLANNING_VERBS.has(governing)) group.modal = true;
			break;
		}
		if (MODALS.has(w) || FUTURE.has(w) || isAuxiliary(w)) {
			auxiliaries.unshift(w);
			firstAuxiliary = i;
			continue;
		}
		break;
	}

	const form = hit.form.form;
	const has = (set: Set<string>) => auxiliaries.some((a) => set.has(a));
	if (group.infinitive) {
		group.tense = 'nonfinite';
		group.perfectInfinitive = auxiliaries[0] === 'have';
		return group;
	}
	if (has(FUTURE)) group.tense = 'future';
	else if (has(MODALS)) {
		group.modal = true;
		group.tense = auxiliaries.includes('have') ? 'perfect' : 'present';
	} else if (auxiliaries.includes('had')) group.tense = 'pluperfect';
	else if (auxiliaries.includes('has') || auxiliaries.includes('have') || auxiliaries.includes("'ve")) group.tense = 'perfect';
	else if (has(BE_PAST) || auxiliaries.includes('did')) group.tense = 'past';
	else if (has(BE_PRESENT) || auxiliaries.includes('do') || auxiliaries.includes('does')) group.tense = 'present';
	else if (form === 'past' || form === 'participle') group.tense = 'past';
	else if (form === 'ing') group.tense = 'nonfinite';
	else group.tense = 'present';

	if (auxiliaries.includes('going')) group.tense = 'future';
	// "Their sole aim is plundering the country": the gerund names what is aimed at.
	if (form === 'ing' && auxiliaries.length === 1 && (BE_PRESENT.has(auxiliaries[0]) || BE_PAST.has(auxiliaries[0])) && PURPOSE_NOUNS.has(words[firstAuxiliary - 1]?.lower ?? '')) group.modal = true;
	return group;
}

function isAuxiliary(w: string): boolean {
	return BE_PRESENT.has(w) || BE_PAST.has(w) || w === 'be' || w === 'been' || w === 'being' || w === 'has' || w === 'have' || w === 'had' || w === "'ve" || w === 'do' || w === 'does' || w === 'did' || w === 'going';
}

/** Whether the happening is reported as fact, and so may be placed on the chronology. */
export function isFactual(group: VerbGroup): boolean {
	return !group.negated && !group.modal && !group.hypothetical && group.tense !== 'future' && group.tense !== 'nonfinite';
}
