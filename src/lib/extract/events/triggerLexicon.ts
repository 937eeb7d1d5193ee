/**
 * The words that name happenings, by frame. A verb entry is its lemma, optionally with irregular forms
 * (`lemma/past/participle`) and a required particle or object word after it (`call+for`, `take+control`,
 * where up to two modifiers may stand between: "took full control"). Nouns name happenings too ("the attack
 * on the compound"), but only make a mention of their own when a time or a light verb ("took place")
 * attaches to them: otherwise they are the object of a verb that is the mention.
 *
 * The lists are for English news about conflict and politics in general; they are data, reviewed as such.
 */
import type { Frame } from './taxonomy';

const VERBS: Record<Frame, string[]> = {
	attack: ['attack', 'bomb', 'shell', 'raid', 'ambush', 'assault', 'storm', 'strike/struck/struck', 'open+fire', 'fire+on', 'target+civilians', 'besiege', 'bombard', 'raze', 'torch', 'loot', 'plunder', 'shoot+down/shot/shot'],
	kill: ['kill', 'murder', 'execute', 'behead', 'massacre', 'assassinate', 'slaughter', 'shoot+dead/shot/shot'],
	injure: ['injure', 'wound'],
	fight: ['fight/fought/fought', 'clash', 'battle', 'repel', 'resist'],
	explode: ['explode', 'detonate', 'blow+up/blew/blown'],
	abduct: ['abduct', 'kidnap', 'hold+hostage/held/held'],
	offensive: ['launch+offensive', 'launch+attack', 'launch+strikes', 'launch+airstrikes', 'launch+raids', 'launch+operation', 'begin+offensive/began/begun', 'carry+out/carried/carried'],
	capture: ['seize', 'capture', 'conquer', 'overrun/overran/overrun', 'occupy', 'take+control/took/taken', 'take+over/took/taken', 'gain+control', 'seize+control', 'annex', 'invade', 'fall+to/fell/fallen', 'fall+into/fell/fallen'],
	retake: ['recapture', 'retake/retook/retaken', 'regain+control', 'regain', 'liberate', 'reclaim'],
	withdraw: ['withdraw/withdrew/withdrawn', 'retreat', 'pull+out', 'pull+back', 'evacuate', 'abandon'],
	surrender: ['surrender', 'capitulate', 'hand+over'],
	collapse: ['collapse', 'crumble'],
	rule: ['rule', 'govern'],
	say: ['say/said/said', 'tell/told/told', 'state', 'add', 'stress', 'emphasize', 'emphasise', 'note', 'tweet', 'write/wrote/written', 'post', 'declare', 'insist', 'explain', 'report', 'confirm', 'point+out', 'reiterate', 'underline'],
	claim: ['claim', 'allege', 'boast'],
	deny: ['deny', 'reject', 'dismiss', 'refute'],
	warn: ['warn', 'threaten', 'caution'],
	condemn: ['condemn', 'denounce', 'criticize', 'criticise', 'deplore', 'blame'],
	accuse: ['accuse', 'charge'],
	call: ['call+for', 'call+on', 'urge', 'appeal', 'demand', 'ask'],
	support: ['welcome', 'praise', 'endorse', 'support'],
	vow: ['vow', 'pledge', 'promise', 'swear/swore/sworn'],
	express: ['express'],
	meet: ['meet/met/met', 'negotiate', 'host', 'hold+talks/held/held', 'convene'],
	agree: ['sign', 'agree', 'ratify', 'declare+ceasefire', 'declare+truce', 'announce+ceasefire', 'announce+truce'],
	recognize: ['recognize', 'recognise'],
	sanction: ['sanction', 'impose+sanctions'],
	visit: ['visit'],
	announce: ['announce', 'unveil', 'proclaim'],
	appoint: ['appoint', 'nominate'],
	resign: ['resign', 'step+down/stepped/stepped', 'quit/quit/quit'],
	elect: ['elect', 'vote', 're-elect'],
	decide: ['decide', 'approve', 'adopt', 'order', 'ban/banned/banned', 'suspend'],
	protest: ['protest', 'demonstrate', 'rally', 'march'],
	arrest: ['arrest', 'detain', 'imprison', 'jail', 'release'],
	flee: ['flee/fled/fled', 'escape', 'evacuate'],
	displace: ['displace', 'uproot'],
	aid: ['deliver', 'airlift', 'donate'],
	die: ['die/died/died']
};

const NOUNS: Partial<Record<Frame, string[]>> = {
	attack: ['attack', 'attacks', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'drone strike', 'drone strikes', 'bombing', 'bombings', 'shelling', 'raid', 'raids', 'ambush', 'assault', 'siege', 'invasion', 'strike', 'strikes'],
	kill: ['killing', 'killings', 'murder', 'murders', 'massacre', 'execution', 'executions', 'assassination'],
	fight: ['fighting', 'clash', 'clashes', 'battle', 'battles', 'combat', 'war', 'hostilities', 'insurgency', 'conflict'],
	explode: ['explosion', 'explosions', 'blast', 'blasts'],
	offensive: ['offensive', 'counteroffensive', 'operation', 'operations'],
	capture: ['takeover', 'capture', 'fall', 'occupation', 'annexation'],
	withdraw: ['withdrawal', 'pullout', 'retreat', 'evacuation'],
	surrender: ['surrender'],
	collapse: ['collapse'],
	meet: ['meeting', 'meetings', 'talks', 'summit', 'conference', 'negotiations'],
	agree: ['agreement', 'accord', 'deal', 'ceasefire', 'truce', 'signing'],
	visit: ['visit'],
	announce: ['announcement', 'statement'],
	resign: ['resignation'],
	elect: ['election', 'elections', 'referendum'],
	protest: ['protest', 'protests', 'demonstration', 'demonstrations', 'uprising'],
	arrest: ['arrest', 'arrests'],
	flee: ['exodus'],
	die: ['death', 'deaths']
};

/** Verbs that carry no happening of their own: their subject noun is the event ("the attack took place"). */
export const LIGHT_VERBS = ['take+place/took/taken', 'occur/occurred/occurred', 'happen', 'unfold', 'erupt', 'break+out/broke/broken', 'continue', 'begin/began/begun', 'end', 'resume'];

export interface TriggerForm {
	/** Lower-case words to match, in order; `words[0]` is the inflected head. */
	words: string[];
	lemma: string;
	frame: Frame;
	pos: 'verb' | 'noun';
	/** For verbs: which form this is, for tense. */
	form?: 'base' | 's' | 'past' | 'participle' | 'ing';
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Regular English inflection; irregular past and participle come from the entry. */
function inflect(lemma: string, past?: string, participle?: string): Record<NonNullable<TriggerForm['form']>, string> {
	const last = lemma.at(-1) ?? '';
	const beforeLast = lemma.at(-2) ?? '';
	let s: string;
	let ed: string;
	let ing: string;
	if (last === 'e') {
		s = lemma + 's';
		ed = lemma + 'd';
		ing = lemma.endsWith('ee') ? lemma + 'ing' : lemma.slice(0, -1) + 'ing';
	} else if (last === 'y' && !VOWELS.has(beforeLast)) {
		s = lemma.slice(0, -1) + 'ies';
		ed = lemma.slice(0, -1) + 'ied';
		ing = lemma + 'ing';
	} else if (/(s|x|z|ch|sh)$/.test(lemma)) {
		s = lemma + 'es';
		ed = lemma + 'ed';
		ing = lemma + 'ing';
	} else {
		s = lemma + 's';
		ed = lemma + 'ed';
		ing = lemma + 'ing';
	}
	return { base: lemma, s, past: past ?? ed, participle: participle ?? past ?? ed, ing };
}

function verbForms(entry: string, frame: Frame): TriggerForm[] {
	const [phrase, past, participle] = entry.split('/');
	const [head, ...rest] = phrase.split('+');
	const forms = inflect(head, past, participle);
	const lemma = [head, ...rest].join(' ');
	const seen = new Set<string>();
	const out: TriggerForm[] = [];
	for (const form of ['base', 's', 'past', 'participle', 'ing'] as const) {
		const word = forms[form];
		const key = `${word}|${form}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ words: [word, ...rest], lemma, frame, pos: 'verb', form });
	}
	return out;
}

function buildForms(): TriggerForm[] {
	const out: TriggerForm[] = [];
	for (const [frame, entries] of Object.entries(VERBS) as [Frame, string[]][]) {
		for (const entry of entries) out.push(...verbForms(entry, frame));
	}
	for (const [frame, nouns] of Object.entries(NOUNS) as [Frame, string[]][]) {
		for (const noun of nouns) {
			const words = noun.split(' ');
			out.push({ words, lemma: noun.replace(/s$/, ''), frame, pos: 'noun' });
		}
	}
	return out;
}

export const TRIGGER_FORMS: readonly TriggerForm[] = buildForms();

export const LIGHT_VERB_FORMS: readonly TriggerForm[] = LIGHT_VERBS.flatMap((entry) => verbForms(entry, 'attack'));
