import { describe, expect, it } from 'vitest';
import { scanWords, splitClauses } from '../text/clauses';
import { couldBeVerb, findTriggers } from './triggers';
import { analyzeVerbGroup, isFactual } from './verbGroup';

/** The triggers of a sentence as `lemma:tense` (with `!` when not reported as fact). */
function read(sentence: string): string[] {
	const words = scanWords(sentence);
	const clauses = splitClauses(words, (i) => couldBeVerb(words, i));
	const clauseAt = (i: number) => clauses.find((c) => c.first <= i && i <= c.last);
	return findTriggers(words, () => true).map((hit) => {
		const group = analyzeVerbGroup(words, hit, clauseAt(hit.head));
		const label = `${hit.form.lemma}:${hit.pos === 'noun' ? 'noun' : group.tense}`;
		return hit.pos === 'noun' || isFactual(group) ? label : `${label}!`;
	});
}

describe('triggers and their verb groups', () => {
	it.each([
		['The rebels seized the airport on Tuesday.', ['seize:past']],
		['The rebels have seized the airport.', ['seize:perfect']],
		['The airport was seized by rebels.', ['seize:past']],
		['The rebels will seize the airport.', ['seize:future!']],
		['The rebels could seize the airport if talks fail.', ['seize:present!', 'talk:noun']],
		['The rebels never managed to seize the airport.', ['seize:nonfinite!']],
		['The group did not attack the convoy.', ['attack:past!']],
		['If the army attacks the town, it will be isolated.', ['attack:present!']],
		['The army vowed to recapture the town.', ['vow:past', 'recapture:nonfinite!']],
		['Officials called for an immediate ceasefire.', ['call for:past', 'ceasefire:noun']],
		['The ministry condemns the attack on the convoy.', ['condemn:present', 'attack:noun']],
		['Heavy fighting has taken place since then.', ['fighting:noun']],
		['The insurgents took control of the district last month.', ['take control:past']],
		['Kabul fell to the insurgents in August.', ['fall to:past']],
		// A gerund after an aim names what is aimed at; new verbs of the lexicon are read like the others.
		['Their sole aim is plundering the wealth of the country.', ['plunder:present!']],
		['The rebels are looting shops and razed a village.', ['loot:present', 'raze:past']],
		['He swore to fight in the mountains.', ['swear:past', 'fight:nonfinite!']],
		['Hamas called off the truce on Monday.', ['truce:noun']],
		// A ceasefire declared is one agreed to; what is declared in a clause of its own is a statement.
		['The Taliban declared a three-day ceasefire.', ['declare ceasefire:past']],
		['He declared that the ceasefire was over.', ['declare:past', 'ceasefire:noun']]
	])('%s', (sentence, expected) => {
		expect(read(sentence)).toEqual(expected);
	});
});

describe('clauses', () => {
	/** `timed`: the time expressions of the sentence, as its text. */
	const clausesOf = (sentence: string, timed: string[] = []) => {
		const words = scanWords(sentence);
		const inTime = (i: number) => timed.some((t) => words[i].start >= sentence.indexOf(t) && words[i].end <= sentence.indexOf(t) + t.length);
		const times = { timed: inTime, within: (i: number) => i > 0 && inTime(i) && inTime(i - 1) };
		return splitClauses(words, (i) => couldBeVerb(words, i), times).map((c) => `${c.kind}: ${words.slice(c.first, c.last + 1).map((w) => w.text).join(' ')}`);
	};

	it('closes an insertion at its comma and resumes the clause it interrupted', () => {
		expect(clausesOf('The Taliban, which ruled Afghanistan from 1996 to 2001, has regained control of almost the entire country after it seized Kabul on August 15.')).toEqual([
			'main: The Taliban ,',
			'relative: which ruled Afghanistan from 1996 to 2001 ,',
			'main: has regained control of almost the entire country',
			'subordinate: after it seized Kabul on August 15 .'
		]);
	});

	it('ends a relative clause without a comma where the interrupted clause takes up its verb after an adjunct', () => {
		expect(clausesOf('The ceasefire that was signed last week collapsed.', ['last week'])).toEqual(['main: The ceasefire', 'relative: that was signed last week', 'main: collapsed .']);
		expect(clausesOf('The convoy that was attacked near the border reached Goma.')).toEqual(['main: The convoy', 'relative: that was attacked near the border', 'main: reached Goma .']);
		// a noun phrase right after the verb may be the subject of a clause of its own: no cut there
		expect(clausesOf('Residents who said the army withdrew fled.')).toEqual(['main: Residents', 'relative: who said the army withdrew fled .']);
	});

	it('ends a sentence-initial conditional at its comma', () => {
		expect(clausesOf('If the army attacks the town, it will be isolated.')).toEqual(['subordinate: If the army attacks the town ,', 'main: it will be isolated .']);
	});

	it('splits a fronted time adverbial from the clause it governs', () => {
		expect(clausesOf('In a statement issued Tuesday, the council said it was concerned.')).toEqual([
			'adverbial: In a statement issued Tuesday ,',
			'main: the council said it was concerned .'
		]);
	});
});
