/**
 * Finds trigger words in a sentence and decides, from the words around them, whether an ambiguous form is
 * a verb ("the Taliban attack the city") or a noun ("the attack on the city").
 */
import type { Word } from '../text/clauses';
import { LIGHT_VERB_FORMS, TRIGGER_FORMS, type TriggerForm } from './triggerLexicon';

export interface TriggerHit {
	/** Word indices of the head and of the last word of the phrase (a particle: "called … for"). */
	head: number;
	last: number;
	form: TriggerForm;
	pos: 'verb' | 'noun';
}

type FormIndex = Map<string, TriggerForm[]>;

function indexForms(forms: readonly TriggerForm[]): FormIndex {
	const index: FormIndex = new Map();
	for (const form of forms) {
		const list = index.get(form.words[0]) ?? [];
		list.push(form);
		index.set(form.words[0], list);
	}
	// Longest phrase first, so "take control" wins over "take".
	for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
	return index;
}

const TRIGGERS = indexForms(TRIGGER_FORMS);
const LIGHT = indexForms(LIGHT_VERB_FORMS);

/** Words before a form that make it a noun: determiners, possessives, prepositions, numbers. */
const NOUN_CONTEXT = new Set([
	'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
	'of', 'on', 'in', 'for', 'with', 'by', 'from', 'against', 'after', 'before', 'during', 'amid', 'over',
	'about', 'since', 'following', 'into', 'without', 'another', 'any', 'each', 'every', 'no', 'some',
	'more', 'further', 'new', 'recent', 'latest', 'first', 'second', 'last', 'deadly', 'heavy', 'suicide',
	'major', 'full-scale', 'military', 'large-scale', 'fresh', 'renewed', "'s", '’s', 'such', 'all',
	'several', 'many', 'two', 'three', 'multiple', 'similar', 'ongoing', 'latest', 'separate', 'massive'
]);

const MAX_PARTICLE_GAP = 2;

/**
 * Words that open a clause or a verb of their own: "declared that the ceasefire was over" is no "declared a
 * ceasefire", "swore to fight in" no "swore in".
 */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'whether', 'if', 'when', 'where', 'while', 'and', 'but', 'or', 'to']);

/**
 * Where the phrase of `form` starting at `at` ends, or -1. Between a verb and its particle or object may
 * stand modifiers (`between`: a time among them, "declared a three-day ceasefire"), not a clause's opener.
 */
function matchPhrase(words: Word[], at: number, form: TriggerForm, usable: (i: number) => boolean, between: (i: number) => boolean): number {
	let i = at;
	for (let k = 1; k < form.words.length; k++) {
		let found = -1;
		const limit = form.pos === 'verb' ? MAX_PARTICLE_GAP + 1 : 1;
		for (let j = i + 1; j <= Math.min(words.length - 1, i + limit); j++) {
			if (words[j].kind !== 'word') break;
			if (usable(j) && words[j].lower === form.words[k]) {
				found = j;
				break;
			}
			if (!between(j) || CLAUSE_OPENERS.has(words[j].lower)) break;
		}
		if (found < 0) return -1;
		i = found;
	}
	return i;
}

function isNounContext(words: Word[], at: number): boolean {
	const previous = words[at - 1];
	if (!previous) return false;
	if (previous.kind === 'number') return true;
	if (NOUN_CONTEXT.has(previous.lower)) return true;
	// A possessive written as one word: "Taliban's attack".
	return /['’]s$/.test(previous.lower);
}

/**
 * The trigger phrases of a sentence, left to right, not overlapping. `usable(i)` excludes words that
 * belong to names, times or quotations; `between(i)` says which may stand inside a phrase (all usable ones
 * when not given); `regionAt(i)` says whether a place name begins at word `i`.
 */
export function findTriggers(words: Word[], usable: (i: number) => boolean, regionAt?: (i: number) => boolean, between: (i: number) => boolean = usable): TriggerHit[] {
	const hits: TriggerHit[] = [];
	for (let i = 0; i < words.length; i++) {
		if (!usable(i) || words[i].kind !== 'word') continue;
		const candidates = TRIGGERS.get(words[i].lower) ?? [];
		let chosen: TriggerHit | undefined;
		// Right after a verb, an ambiguous form is its object: "fought bloody battles", "condemned attacks".
		const previousHit = hits[hits.length - 1];
		const afterVerb = previousHit?.pos === 'verb' && i - previousHit.last <= 2 && words.slice(previousHit.last + 1, i).every((w) => w.kind === 'word' && w.lower !== 'to');
		const nounContext = afterVerb || isNounContext(words, i);
		for (const form of candidates) {
			const last = matchPhrase(words, i, form, usable, between);
			if (last < 0) continue;
			if (form.pos === 'verb') {
				// Base and -s forms double as nouns ("attack", "claims"); -ing forms after a determiner too.
				const ambiguous = form.form === 'base' || form.form === 's' || form.form === 'ing';
				if (ambiguous && nounContext) continue;
				// Without "be" before it, an -ing form that is also a noun is the noun: "fighting broke out".
				if (form.form === 'ing' && !BE.has(words[i - 1]?.lower ?? '') && hasNounReading(words[i].lower)) continue;
				// A bare base form is a present-tense verb only after a plural subject ("they attack", "the rebels
				// attack") or a word that takes one ("to", "will", "did"); after anything else it is a noun ("a pariah state").
				if (form.form === 'base' && !takesBaseForm(words, i)) continue;
				if ((form.form === 'base' || form.form === 's') && words[i + 1]?.lower === 'of') continue;
			} else if (!nounContext && form.words.length === 1 && TRIGGERS.get(words[i].lower)?.some((f) => f.pos === 'verb' && f.words.length === 1 && f.form !== 'ing')) {
				// A form that can be a verb and has no noun context is read as the verb above.
				continue;
			}
			chosen = { head: i, last, form, pos: form.pos };
			break;
		}
		if (!chosen && regionAt?.(i + 1 + (words[i + 1]?.lower === 'the' ? 1 : 0))) {
			// "took Kabul", "entered Wad Madani": these verbs name a capture only with a place as object.
			const form = PLACE_OBJECT_VERBS.get(words[i].lower);
			if (form) chosen = { head: i, last: i, form, pos: 'verb' };
		}
		if (chosen) {
			hits.push(chosen);
			i = chosen.last;
		}
	}
	return hits;
}

const BASE_FORM_TAKERS = new Set(['they', 'we', 'i', 'you', 'to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', "n't", 'never', 'also', 'often', 'usually', 'still', 'who', 'which', 'that']);

function takesBaseForm(words: Word[], i: number): boolean {
	const previous = words[i - 1];
	if (!previous) return true;
	if (BASE_FORM_TAKERS.has(previous.lower)) return true;
	return previous.kind === 'word' && /[^s]s$/.test(previous.lower) && !NOUN_CONTEXT.has(previous.lower);
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);

function hasNounReading(word: string): boolean {
	return TRIGGERS.get(word)?.some((f) => f.pos === 'noun' && f.words.length === 1) ?? false;
}

/** Verbs that mean taking a place only when a place is their object. */
const PLACE_OBJECT_VERBS = new Map<string, TriggerForm>(
	(
		[
			['take', 'base', 'take'],
			['takes', 's', 'take'],
			['took', 'past', 'take'],
			['taken', 'participle', 'take'],
			['enter', 'base', 'enter'],
			['enters', 's', 'enter'],
			['entered', 'past', 'enter'],
			['reach', 'base', 'reach'],
			['reaches', 's', 'reach'],
			['reached', 'past', 'reach']
		] as const
	).map(([word, form, lemma]) => [word, { words: [word], lemma, frame: 'capture', pos: 'verb', form }])
);

/** A light verb ("took place", "occurred") at word `i`, returning its last word index, or -1. */
export function matchLightVerb(words: Word[], i: number): number {
	const candidates = LIGHT.get(words[i]?.lower ?? '');
	if (!candidates) return -1;
	for (const form of candidates) {
		const last = matchPhrase(words, i, form, () => true, () => true);
		if (last >= 0) return last;
	}
	return -1;
}

/** Whether word `i` names a happening as a noun: "the attack", "heavy fighting". */
export function isEventNoun(words: Word[], i: number): boolean {
	const w = words[i];
	if (!w || w.kind !== 'word') return false;
	return (TRIGGERS.get(w.lower)?.some((f) => f.pos === 'noun') ?? false) && isNounContext(words, i);
}

/** Whether word `i` can head a verb group: a trigger verb form, a light verb, or a regular past form. */
export function couldBeVerb(words: Word[], i: number): boolean {
	const w = words[i];
	if (!w || w.kind !== 'word') return false;
	const forms = TRIGGERS.get(w.lower);
	// A past form is a verb unless an article makes it an adjective ("the wounded"); "that fought" is a verb.
	if (forms?.some((f) => f.pos === 'verb' && (f.form === 'past' || f.form === 'participle'))) return !ARTICLES.has(words[i - 1]?.lower ?? '');
	// An -ing form heads a verb group only after "be" ("were fighting"); otherwise it is a noun or a participle.
	if (forms?.some((f) => f.pos === 'verb' && f.form === 'ing')) return BE.has(words[i - 1]?.lower ?? '');
	if (forms?.some((f) => f.pos === 'verb' && f.form !== 'base') || LIGHT.has(w.lower)) return !isNounContext(words, i);
	return w.lower.length > 4 && w.lower.endsWith('ed') && !ARTICLES.has(words[i - 1]?.lower ?? '');
}

const ARTICLES = new Set(['the', 'a', 'an']);
