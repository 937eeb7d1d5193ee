import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../entities/index';
import { extractArticle } from '../index';
import type { Article, PublicationDate } from '../../model';

const gazetteer = defaultGazetteer();

function published(date: string): PublicationDate {
	const start = Date.parse(`${date}T00:00:00Z`);
	return { date, basis: 'metadata', estimate: false, span: { start, end: start + 86_400_000, granularity: 'day', value: date, basis: 'stated', approximate: false, known: ['year', 'month', 'day'] } };
}

function mentionsOf(text: string, date?: string) {
	const article: Article = { id: 'a', file: 'a.txt', title: 'A', published: date ? published(date) : null, text, boilerplate: [], warnings: [], contentHash: 'h' };
	return extractArticle(article, gazetteer).mentions;
}

/** One mention per row, as `lemma @ time-value [basis] (mod) ← claimer`. */
function read(text: string, date?: string): string[] {
	return mentionsOf(text, date).map((m) => {
		const t = m.time;
		const when = t ? `${t.value} [${t.basis}]${t.mod ? ` (${t.mod})` : ''}` : 'undated';
		return `${m.trigger.lemma} @ ${when}${m.claimedBy ? ` ← ${m.claimedBy}` : ''}`;
	});
}

describe('event mentions: which happenings are placed, and when', () => {
	it.each([
		// the governing time of each clause: three events, three times
		[
			'The Taliban, which ruled Afghanistan from 1996 to 2001, has regained control of almost the entire country after it seized Kabul on August 15.',
			'2021-09-06',
			['rule @ 1996/2001 [stated]', 'regain control @ 2021-09-06 [reported] (ON_OR_BEFORE)', 'seize @ 2021-08-15 [relative]']
		],
		// a fronted time adverbial governs the clause that follows it
		['In a statement issued Tuesday, the UN said the violence must end.', '2021-08-04', ['say @ 2021-08-03 [relative]']],
		// a statement's time is not its claim's: the claim is bounded by it
		[
			'The ministry said on Monday that rebels had attacked a convoy near the border.',
			'2015-03-11',
			['say @ 2015-03-09 [relative]', 'attack @ 2015-03-09 [inferred] (ON_OR_BEFORE) ← …']
		],
		// future, hypothetical and negated happenings are voiced, not placed
		['NATO warned the rebels will be isolated if they seize the capital by force.', '2021-08-14', ['warn @ 2021-08-14 [reported] (ON_OR_BEFORE)']],
		['The army never managed to retake the valley.', '2019-05-02', []],
		['The group did not attack the convoy.', '2019-05-02', []],
		// what happens each time is not a happening
		['The army has always shown mercy to soldiers whenever they have been captured.', '2019-05-02', []],
		// a noun reported by a light verb is the happening
		['The attack on the compound in Herat that took place on Friday killed a guard.', '2021-08-04', ['attack @ 2021-07-30 [relative]', 'kill @ 2021-07-30 [relative]']],
		['Fighting broke out in the city on 15 April 2023.', '2024-04-15', ['fighting @ 2023-04-15 [stated]']],
		// a statement closing its sentence makes what comes before its claim
		['Rebel fighters entered Goma on Monday, residents said.', '2012-11-21', ['enter @ 2012-11-19 [relative] ← residents', 'say @ 2012-11-21 [reported] (ON_OR_BEFORE)']],
		// a time right after a participle is the participle's, not the next verb's
		[
			'The two sides signed the declaration on 11 May, but the truce agreed later that month collapsed within weeks.',
			'2023-07-01',
			['sign @ 2023-05-11 [relative]', 'agree @ 2023-05 [relative] (END)', 'collapse @ 2023-07-01 [reported] (ON_OR_BEFORE)']
		],
		['The ceasefire signed last week collapsed on Sunday.', '2024-04-15', ['sign @ 2024-W15 [relative]', 'collapse @ 2024-04-14 [relative]']],
		// a date after "for" is what the happening is for, not when it happened
		['The army declared a truce for Christmas on Monday.', '2024-12-18', ['declare truce @ 2024-12-16 [relative]']],
		['The army declared a truce for Christmas.', '2024-12-18', ['declare truce @ 2024-12-18 [reported] (ON_OR_BEFORE)']],
		// a time may stand between a verb and its object
		['The Taliban declared a three-day ceasefire on Friday.', '2021-05-15', ['declare ceasefire @ 2021-05-14 [relative]']],
		// a fronted time does not date a clause that has a time of its own
		[
			'In May, the two sides signed the declaration, but the truce agreed later that month collapsed within weeks.',
			'2023-07-01',
			['sign @ 2023-05 [relative]', 'agree @ 2023-05 [relative] (END)', 'collapse @ 2023-07-01 [reported] (ON_OR_BEFORE)']
		],
		['The ceasefire that was signed last week collapsed.', '2024-04-15', ['sign @ 2024-W15 [relative]', 'collapse @ 2024-04-15 [reported] (ON_OR_BEFORE)']],
		// a clause opened by "when" after a time expression happened at that time
		['Many residents fled the capital in April, when the war began.', '2023-12-20', ['flee @ 2023-04 [relative]', 'war @ 2023-04 [relative]']],
		['The rebels withdrew on 3 March 1994 when the ceasefire was signed.', '1994-05-01', ['withdraw @ 1994-03-03 [stated]', 'sign @ 1994-03-03 [stated]']],
		// "when" after anything else is not a time's relative clause
		['The rebels withdrew when the ceasefire was signed.', '1994-05-01', ['withdraw @ 1994-05-01 [reported] (ON_OR_BEFORE)', 'sign @ 1994-05-01 [reported] (ON_OR_BEFORE)']],
		// words inside a quotation are the speaker's: only the verb that introduces them is a mention
		['“We will attack the city,” the commander said.', '2016-10-17', ['say @ 2016-10-17 [reported] (ON_OR_BEFORE)']]
	])('%s', (text, date, expected) => {
		const got = read(text, date).map((row) => row.replace(/ ← (?!residents).*$/, ' ← …'));
		expect(got).toEqual(expected);
	});

	it('leaves a deictic time unplaced in an undated article, never inventing a date', () => {
		expect(read('Rebels seized the airport on Monday.')).toEqual(['seize @ undated']);
		const [m] = mentionsOf('Rebels seized the airport on Monday.');
		expect(m.timex?.value).toBe('XXXX-WXX-1');
	});

	it('keeps who claims a happening', () => {
		const [claim] = mentionsOf('According to Ahmad Masoud, the Taliban attacked the valley on Sunday.', '2021-09-06');
		expect(claim.claimedBy).toBe('person:ahmad-massoud');
		expect(claim.time?.value).toBe('2021-09-05');
	});

	it('carries a precise date to the sentence that continues its passage, marked as inferred', () => {
		const [, said] = mentionsOf('Guterres told a news conference in New York on Friday that the war must stop. He said the UN would stay.', '2021-08-14');
		expect(said.time).toMatchObject({ value: '2021-08-13', basis: 'inferred', anchor: { kind: 'mention', text: 'Friday' } });
	});

	it('counts a passage repeated inside one article once', () => {
		const sentence = 'The embassy said on Monday that the group had killed dozens of civilians.';
		expect(mentionsOf(`${sentence}\n\n${sentence}`, '2021-08-04')).toHaveLength(mentionsOf(sentence, '2021-08-04').length);
	});

	it('titles a happening from its own clause, without its time', () => {
		const [, seized] = mentionsOf('The Taliban, which ruled Afghanistan from 1996 to 2001, has regained control after it seized Kabul on August 15.', '2021-09-06').slice(1);
		expect(seized.title).toBe('Taliban seized Kabul.');
		expect(seized.agent).toBe('org:taliban');
		const [attack] = mentionsOf('The attack on the United Nations compound in Herat that took place on Friday was condemned.', '2021-08-04');
		expect(attack.title).toBe('Attack on the United Nations compound in Herat took place');
		// "after [weeks] of heavy fighting": the phrase of a left-out time goes with it.
		const [declared] = mentionsOf('The Taliban declared a three-day ceasefire for Eid al-Fitr on Friday, after weeks of heavy fighting in Kunduz.', '2021-05-14');
		expect(declared.title).toBe('The Taliban declared a ceasefire');
	});

	it('gives a relative clause the actors it hangs on, and a subject with an appositive the actor before it', () => {
		const [fought, vowed] = mentionsOf(
			'Atta Mohammad Noor and Marshall Dostum, who fought the Taliban in the north in the 1990s, have vowed to resist.',
			'2021-08-14'
		);
		expect(fought.actors).toEqual(expect.arrayContaining(['person:atta-mohammad-noor', 'person:abdul-rashid-dostum', 'org:taliban']));
		expect(fought.title).toMatch(/^Atta Mohammad Noor and Marshall Dostum fought the Taliban/);
		expect(vowed.title).toMatch(/^Atta Mohammad Noor and Marshall Dostum have vowed/);
		expect(vowed.title).not.toContain(':');
		const [said] = mentionsOf('Zabihullah Mujahid, the Taliban spokesman, said the group had taken the valley.', '2021-09-06');
		expect(said.agent).toBe('person:zabihullah-mujahid');
		expect(said.title).toMatch(/^Zabihullah Mujahid said/);
	});

	it('titles a passive with its doer after the verb, and says when a clause is cut short', () => {
		const mentions = mentionsOf(
			'The embassy said on Monday the rebels may have committed war crimes in the south by carrying out revenge murders of civilians, a charge denied by the rebels.',
			'2021-08-04'
		);
		expect(mentions.map((m) => m.title)).toEqual(['The embassy said the rebels may have committed war crimes in the south…', 'A charge denied by the rebels.']);
	});

	it('titles a quotation followed by its verb and then its speaker with the speaker first', () => {
		const [stressed] = mentionsOf('“We ask you to stand up in resistance,” stressed the leader of the front, then left.', '2021-09-06');
		expect(stressed.title).toBe('The leader of the front stressed: “We ask you to stand up in resistance”');
	});

	it('keeps a vague time reference in a title, and stops a title at a verb group of its own', () => {
		expect(mentionsOf('The governor warned that the attacks reflect the future of the province.', '2021-09-06')[0].title).toMatch(/reflect the future/);
		expect(mentionsOf('The ceasefire, after the accord was signed, has held.', '2021-09-06').map((m) => m.title)).toContain('The accord was signed');
		const [carried] = mentionsOf('Night raids are crimes which have been carried out by the army along the border.', '2021-09-06').filter((m) => m.trigger.lemma === 'carry out');
		expect(carried.title).toMatch(/^Crimes have been carried out by the army/);
	});

	it('titles a quotation by the words standing for its speaker when no one is named', () => {
		expect(mentionsOf('“We will fight,” he said.', '2016-10-17').map((m) => m.title)).toEqual(['He said: “We will fight”']);
	});

	it('titles a participle and the verb after it apart, and leaves no preposition without its time', () => {
		const titles = mentionsOf('The two sides signed the declaration on 11 May, but the truce agreed later that month collapsed within weeks.', '2023-07-01').map((m) => m.title);
		expect(titles).toEqual(['The two sides signed the declaration', 'The truce agreed', 'The truce collapsed.']);
		expect(mentionsOf('The ceasefire signed last week collapsed on Sunday.', '2024-04-15').map((m) => m.title)).toEqual(['The ceasefire signed', 'The ceasefire collapsed.']);
		expect(mentionsOf('The ceasefire that was signed last week collapsed.', '2024-04-15').map((m) => m.title)).toEqual(['The ceasefire was signed', 'The ceasefire collapsed.']);
	});
});
