import { describe, expect, it } from 'vitest';
import { tenseAt, tenseCues } from './tense';
import { tokenize } from './tokens';

/** The tense governing the bracketed words. */
function tenseOf(marked: string) {
	const start = marked.indexOf('[');
	const end = marked.indexOf(']') - 1;
	const text = marked.replace('[', '').replace(']', '');
	return tenseAt(text, { start, end });
}

describe('tense of the governing verb', () => {
	it.each([
		['The UN said on [Friday] that it was concerned.', 'past'],
		// A time phrase that opens its clause takes the verb after its comma; "9 May" is a date, not "may".
		['On the evening of [May 5], they met.', 'past'],
		['On [9 May], troops paraded through the square.', 'past'],
		['He died on [4 January].', 'past'],
		['The family sued on [Monday].', 'past'],
		// A time at the head of a clause joined by ", and" takes that clause's verb.
		["Millions have already voted, and [Tuesday]'s election could take days.", 'conditional'],
		['The court ruled against him, and set [Friday] as the deadline.', 'past'],
		// A relative clause in the present, "due" before a date, an infinitive: each looks ahead.
		['The UK enters a transition period that ends on [31 December].', 'future'],
		['Soldiers seized power a month before an election due on [29 April].', 'future'],
		['The window opened on June 14 and shuts at 11pm on [1 September].', 'future'],
		['The Knesset will break for Hanukkah, which began on Tuesday evening, and reconvene on [Jan. 6].', 'future'],
		// What a forecast is lies ahead.
		['The forecast is for sleet on [Tuesday].', 'future'],
		['The forecast was for sleet on [Tuesday].', 'past'],
		// A participle after ", with" and its noun is no past of a clause.
		['United will host Ajax on 14 March, with the kick-off moved to [8pm].', 'future'],
		// A comma inside a list closes no relative clause.
		['Trading thinned before the holiday, which will shut exchanges in Seoul, Taipei and Hanoi from [Monday].', 'future'],
		['The strike, which closed ports in Hamburg, Bremen or Kiel on [Monday], ended.', 'past'],
		['The bill, which the government plans to put to a vote on [Wednesday], passed.', 'future'],
		// An infinitive after a verb and its object looks ahead from that verb; so does what is expected.
		['The bank expects the economy to recover in [the second half].', 'future'],
		['Investors expect the Fed to cut rates in [March].', 'future'],
		['The bank expects growth in [July].', 'future'],
		['They did not expect trouble on [Monday].', 'past'],
		['The Met Office anticipates no change before [Saturday].', 'future'],
		['The quarry closed at noon, and the owners threaten a stoppage from [Thursday].', 'future'],
		['Forecasters predict heavy snow on [Thursday].', 'future'],
		// "May" inside a sentence is the month: the modal is written in lower case there.
		['The contingent left in May and in [August].', 'past'],
		// "travel" after a preposition is a noun; "emerged" before one is the verb.
		['Trump announced a ban on travel from Europe in an address at [9 p.m.] Eastern time.', 'past'],
		['The first emerged at [12:11 a.m.]', 'past'],
		// "crewed" here is an adjective, not the verb: the clause has none.
		['It targets a window that opens on Feb. 6 for the first crewed flight since 1972, with further chances in [March].', 'future'],
		['The programme broadcasts live from Glasgow on [Friday] morning.', 'future'],
		// A team's name takes the plural verb of a fixture, before its opponent's name.
		['Brazil play Colombia in Fortaleza on [Friday].', 'future'],
		['Celtic host Rangers on [Wednesday] at 19:45.', 'future'],
		// Holding or staging an event in the simple present is a schedule; a participle after its object is not.
		['His supporters hold a meeting at the Corn Exchange on [Thursday].', 'future'],
		['The party holds its conference in Brighton in [October].', 'future'],
		['The miners stage a march on [Saturday].', 'future'],
		['Police hold a man arrested on [Thursday].', 'past'],
		// A bare schedule verb after ", and", before its object, shares the subject of the clause before.
		['The band fly to Boston on Monday, and play two concerts at the Garden on [Tuesday].', 'future'],
		['The band flew to Boston on Monday, and played two concerts at the Garden on [Tuesday].', 'past'],
		// A court sits; "again" may stand between a joined schedule's verb and its day.
		['The tribunal sits on [Monday].', 'future'],
		// So a court or an assembly rises, adjourns, reassembles.
		['The Assize Court rises on [Thursday], and the judges go on to Lancaster.', 'future'],
		['The Diet, which reassembles on [Tuesday], will be asked to vote the credits.', 'future'],
		['The tribunal adjourns on [Friday] for the summer.', 'future'],
		// What a thing becomes at a time is a schedule too, past a clause set off by commas.
		['The truce, agreed when the envoys met in Arusha on 3 March, becomes permanent at midnight on [Saturday].', 'future'],

		['The tribunal opened its hearing yesterday and sits again on [Monday].', 'future'],
		['The race enters the Pyrenees tomorrow, and ends in Pau on [Sunday].', 'future'],
		['The ambassador presented his papers to the King yesterday, and leaves for Vienna on [Thursday].', 'future'],
		['The vote, taken at [11.05pm] after a long debate, was 9 to 4.', 'past'],
		['The liner called at Cobh on Monday, and sails for New York at [noon] on Friday.', 'future'],
		['Banks closed on Monday and reopen on [Friday].', 'future'],
		['Police found the car, and arrests in Leeds on [Sunday] followed.', 'past'],
		['The inquiry heard evidence yesterday and meets again on [Tuesday].', 'future'],
		// A bare verb after a causative verb and its object is an infinitive, in that verb's tense.
		['The guards let the last prisoners go on [Friday].', 'past'],
		['The foreman made the dockers start work on [Sunday].', 'past'],
		['The dockers start work on [Sunday].', 'future'],
		// A gerund after "before" has no verb of its own: its clause's, further back, decides.
		['Storm Ulla is expected to cross the coast between 9pm and midnight on Tuesday, about 40 miles north of Aberdeen, before blowing itself out over [the weekend].', 'future'],
		['The cyclone is expected to pass closest to the island between 2am and 6am on Thursday, about 60 km to the north-west, before weakening over [the weekend].', 'future'],
		// A condition whose verb no word list knows supposes what is still to come; a past one has a known verb.
		['If the launch slips beyond [Nov. 1], the next window opens in 2039.', 'future'],
		['If the ship sailed on [Nov. 1], it reached Lisbon by now.', 'past'],
		// A compound participle before its noun is an adjective: the verb before it decides.
		['The minister said the mines would be run by a new state-owned company from [Monday].', 'conditional'],
		// What a verb of proposing or resolving takes in its infinitive is planned.
		['The owners propose to rebuild the mill before [Michaelmas].', 'future'],
		// A plan in a participle set off after its clause takes that clause's tense.
		['They set out on Sunday, intending to be back by [Monday].', 'past'],
		['They will set out on Sunday, intending to be back by [Monday].', 'future'],
		// A bare "be" after "that" is what an order wants done, ahead of it.
		['The governor ordered that the roads be cleared by [Sunday].', 'future'],
		['The roads were cleared by [Sunday].', 'past'],
		// So is the bare verb of a "that" clause after a verb of ordering or demanding, known to the lexicon or not.
		['The council has ordered that trams on the coast road carry a conductor from [Monday].', 'future'],
		['The union demanded that the mills reopen on [Monday].', 'future'],
		['The union said that the mills reopen on [Monday].', 'future'],
		['The judge ordered that the men who fled on [Monday] surrender their passports.', 'past'],
		// A present perfect in a clause opened by ", when" tells of no past.
		['We go home in [the autumn], when the houses have been dug out.', 'future'],
		['The campaign follows a first round in [November], when health workers reached 91 percent.', 'past'],
		['Leeds, fourth in the table, play Chelsea at Elland Road on [Wednesday].', 'future'],
		// What can be done is yet to do; what cannot be confirmed, or can be seen, speaks of now.
		['Visitors can tour the new lock on [Saturday].', 'future'],
		['Police said they cannot confirm reports of a raid on [Friday].', 'present'],
		// An adjective after a verb's object is no schedule's verb.
		['The mayor declared the Games open on [Saturday].', 'past'],
		['The guards kept the gates open on [Sunday].', 'past'],
		['Officials said the Games open on [Saturday].', 'future'],
		// A plural subject parted from its verb by an aside still makes a bare verb a schedule's.
		['The championships, held in Africa for the first time, end on [Sunday] night.', 'future'],
		['The new judges, Mr. Justice Hale and Dr. Owusu, take their seats on [Monday].', 'future'],
		// A bare verb after "which" or "who" is a present, whatever the word before agrees with.
		['Spectators crowd the course for the Games, which open in Oslo in [February].', 'future'],
		['The new rules, which take effect on [1 March], were published.', 'future'],
		['The delegates, who fly home on [Friday], met the president.', 'future'],
		// A flight or a sailing is a schedule too.
		['Kiprotich flies home to Eldoret on [Tuesday].', 'future'],
		['The last ferries sail on [Thursday].', 'future'],
		['The flies on the dead horse appeared on [Thursday].', 'past'],
		// The present of a condition looks ahead; outside one it stays present.
		['If the vote is tied on [Sunday], the speaker decides.', 'future'],
		['The final goes to a replay unless the last two games are drawn on [Sunday].', 'future'],
		['The square is closed on [Sunday].', 'present'],
		// A perfect participle tells of what came before its clause.
		['They drew in Belgrade to reach the semi-final, having beaten Arsenal at Highbury on [Saturday].', 'past'],
		// After a verb of staying a participle is a state, in that verb's tense or its auxiliary's.
		['The Exchange would open at noon and remain closed on [Friday].', 'present'],
		['They said the road would stay shut on [Friday].', 'conditional'],
		['The shop remained closed on [Friday].', 'past'],
		// A plan set off by commas takes the tense of the verb after them: a past one was made before.
		['The invasion, first set for [Monday], was put off for 24 hours.', 'past'],
		['Her landing, due on [Thursday] morning, had been put off by headwinds.', 'past'],
		['The vote, due on [Monday], will decide the matter.', 'future'],
		['The inquest, fixed for the 3rd of [May], will, it is hoped, clear the pilot.', 'future'],
		['The auction, arranged for [Tuesday], was cancelled.', 'past'],
		// So is an event's participle set off so after its noun; a list of verbs that looks back at it is read once.
		['The sidecar race, run on [Monday], went to a Welsh crew.', 'past'],
		['The replay, held on [Saturday], will settle the tie.', 'future'],
		['The league ended on 18 June. The club lost on 22 June, played a friendly in [August], and folded on 5 May 1921.', 'past'],
		// The points of "a.m." inside the commas close no clause.
		['On Friday the 7.10 a.m. ferry, due at the island pier at [7.45 a.m.], did not berth until nine.', 'past'],
		// "ground" and "wound" are nouns unless a word that makes them verbs follows.
		['Snow will settle on high ground in Scotland from [Thursday].', 'future'],
		['Talks ground to a halt on [Thursday].', 'past'],
		['The meeting wound up on [Friday].', 'past'],
		// "went to war" has no infinitive.
		['Thatcher, who went to war over the Falklands in [the spring], won.', 'past'],
		['On [Friday], the council condemned the attack.', 'past'],
		['The envoy will arrive on [Friday].', 'future'],
		["The envoy'll arrive on [Friday].", 'future'],
		// Contracted auxiliaries: "'ll" will, "'d" would or (before a participle) had, "'ve" have, "'re" are.
		["We'll look again in the [summer].", 'future'],
		["He’d go in [June] if asked.", 'conditional'],
		["She'd left by [June].", 'past'],
		["We're meeting in [June].", 'present'],
		["I'd expect nothing until [the autumn].", 'future'],
		['Talks are expected to resume [Monday].', 'future'],
		['The vote is scheduled for [Monday].', 'future'],
		['The ceasefire begins at noon [Saturday].', 'future'],
		// A bare verb of the present after "do" and "not" takes the auxiliary's tense; one of expecting looks ahead.
		['We need coal for [the winter].', 'present'],
		['We did not need coal in [the winter].', 'past'],
		['He did not say on [Friday] whether he would run.', 'past'],
		["He didn't say on [Friday] whether he would run.", 'past'],
		['The firm does not expect a recovery before [March].', 'future'],
		["The firm doesn't expect a recovery before [March].", 'future'],
		['The firm did not expect a recovery before [March].', 'past'],
		// "Have" after "to" is an infinitive, and a participle after "have" and a noun phrase describes its object:
		// the verb before decides.
		['She hopes to have her leave in [the spring].', 'future'],
		['The club expects to have the stand rebuilt by [March].', 'future'],
		['They had the roof mended in [May].', 'past'],
		// A word in "-s" after a place's name, in a clause whose verb came before it, is a noun.
		['The bet was struck at Newmarket races in [October].', 'past'],
		['The purse was raised at Chester races in [May].', 'past'],
		['Trading in London opens on [Monday].', 'future'],
		['A fund that was listed in London opens on [Monday].', 'future'],
		// After a singular article and a noun, the bare form is a noun too: the verb would take "-s".
		['Callaghan called the election after losing a confidence vote on [March 28].', 'past'],
		['Eight states vote on [March 12].', 'future'],
		// "Earlier" opens a fronted time phrase as "early" does: the verb after the comma governs it.
		['Earlier in [the afternoon], rebels shelled a camp.', 'past'],
		['They would meet on [Friday] if asked.', 'conditional'],
		['The city has fallen since [Monday].', 'past'],
		['The offer had expired on [Friday].', 'past'],
		['The rights can be exercised until [Nov. 21].', 'present'],
		['The armed group left on [Monday].', 'past'],
		['The group, which seized Kabul on [August 15], said more.', 'past'],
		['with the vanguard arriving [Tuesday], according to diplomatic sources.', 'unknown'],
		['It stopped the bullet that tore into his back [Friday] night.', 'past'],
		['The relatives could not be located [Wednesday].', 'past'],
		["The relatives couldn't be reached [Wednesday].", 'past'],
		['They could meet on [Wednesday].', 'conditional'],
		['Neither he nor his four grandparents could be located [Wednesday] in their hometown.', 'past'],
		['Nobody could be reached for comment [Monday].', 'past'],
		['He and the Palestinian leader meet separately [Monday] with the secretary.', 'future'],
		['The Senate votes [Tuesday] on the bill.', 'future'],
		['The prime minister visits Delhi on [Thursday].', 'future'],
		['The delegation did not meet on [Thursday].', 'past'],
		['In [January], a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham killed a guard.', 'past'],
		// A phrase opened by ", with" is no time of the saying before it; a schedule before it still reaches it.
		['The chairman said on Tuesday, with a committee vote on [Oct. 22].', 'unknown'],
		['Fighting resumed on Monday, with shelling in the north on [Tuesday].', 'unknown'],
		// What is expected beside its time, or forecast in the present, lies ahead; "not" stands between an
		// auxiliary and its participle.
		['The weather office said relief was near, with relief expected after [June 1].', 'future'],
		['The cold snap is forecast to last until at least [Monday].', 'future'],
		['Rationing is not expected to end before [the autumn].', 'future'],
		// So is what is "likely" or "unlikely" in the present; "most likely" before a verb is no forecast.
		['More heavy rain is likely over [the weekend].', 'future'],
		['A ceasefire is unlikely before [March].', 'future'],
		['The courier most likely left on [Friday].', 'past'],
		// "to be" and a participle take the plan's verb before "to".
		['The vote was due to be held in [May] but was postponed.', 'past'],
		['The vote is due to be held in [May].', 'future'],
		// A bare schedule verb after a plural pronoun; "plan" before "to" and an article is a noun.
		['They face West Ham on [Sunday].', 'future'],
		['Ports close for Christmas and reopen on [Monday].', 'future'],
		['Sources close to the talks spoke on [Monday].', 'past'],
		['Holidays run from [21 December] to 6 January.', 'future'],
		['The firm sent its merger plan to the regulator in [March].', 'past'],
		// A set phrase ("as planned") has no tense of its own; a participle joined to one before it shares
		// its auxiliary.
		['Results will be published as planned on [Thursday].', 'future'],
		['The prize will be shared equally and presented on [Dec. 10].', 'future'],
		// A past in a clause of time whose main clause says "would" is a future seen from the past.
		['She said that when the dam was finished in [March] the valley would flood.', 'conditional'],
		['He warned that once the harvest failed in [August], prices would double.', 'conditional'],
		['When the dam was finished in [March], the valley flooded.', 'past'],
		// A comma may close the first participle's phrase.
		['The pass will be closed at Bormio on Monday, and reopened on [Friday].', 'future'],
		['The pass was closed at Bormio on Monday, and reopened on [Friday].', 'past'],
		// A schedule's verb joined by "and" before the stretch it names goes on with the schedule.
		['The museum is closed on Mondays, and runs until [30 September].', 'future'],
		// A schedule's verb in "-s" after a count is a noun ("101 million returns"), after a numbered name a verb.
		['The IRS said it had received about 101 million returns as of [April 9].', 'past'],
		['It said two visits on [Monday] went well.', 'past'],
		['Flight 370 leaves on [Monday].', 'future'],
		// An infinitive that takes another is planned by the verb before its "to"; a passive takes its infinitive too.
		['Officials had been told to expect to appear at [9am].', 'past'],
		['They want to try to meet on [Friday].', 'future'],
		['The troops were ordered to leave on [Friday].', 'past'],
		// A participle set off by commas describes what stands before it; what one has to do lies ahead.
		['The bank will pay a dividend of 76 cents, fully franked, on [June 26].', 'future'],
		['The talks, held in Paris, ended on [Friday].', 'past'],
		// A participle of cause trailing its clause is of that clause's time.
		['Exports will recover, helped by a weaker currency in [March].', 'future'],
		['Sales fell, hit by a strike in [March].', 'past'],
		// A comparison set off by commas ("as the ministry had wished") is passed over for the clause's own verb.
		['The fleet would sail not in May, as the ministry had wished, but on [12 September].', 'conditional'],
		['Shares fell on Monday, as traders sold, and on [Tuesday].', 'past'],
		// A time that opens a clause after "that" takes that clause's verb, when it has one.
		['Operators said that on [Thursday] the first trains would leave early.', 'conditional'],
		['He confirmed that on [Monday].', 'past'],
		['Workers who have to work on [Friday] are entitled to a day off.', 'future'],
		['Observers in the south will have the better view in [February].', 'future'],
		['The bills drawn at Paris in [April] have all been paid.', 'past'],
		['The orders are sufficient to keep the factory fully employed until [the spring].', 'present'],
		['Observers in the south have the better view in [February].', 'present'],
		['Labour groups plan rallies in Toronto on [Saturday].', 'future'],
		// A gerund after "after" tells of an event before the clause's: placed by a past clause, not by another.
		['The Celtics will host Game 7 on Sunday after beating Denver on [Thursday].', 'unknown'],
		['Two men were arrested and charged on [Friday].', 'past'],
		// A clause opened by ", when" right after the time tells what happens in it; "when asked" is no clause.
		['The campaign follows a first round in [November], when health workers reached 91 percent of children.', 'past'],
		['The strike ends on [Friday], when the new rota will take effect.', 'future'],
		['The company said on [Friday], when asked about the sale, that it had no plans.', 'past'],
		['The ministry will decide on [Friday], when asked to by the court.', 'future'],
		['The hearing ran until 11.48pm on [Thursday], when the chair adjourned it.', 'past'],
		// "fell due" became payable: the verb of becoming tells when.
		['Rents fell due at [Michaelmas].', 'past'],
		['The loan falls due in [May].', 'future'],
		// After a count above one and an adjective, a word in "-s" is a plural noun; after "one", a verb.
		['The race was run on 9 June, after two false starts in the heat of [May].', 'past'],
		['One new player starts on [Monday].', 'future'],
		// A bare verb after "to" is an infinitive, planned by the verb before it.
		['The council is expected to admit it on [Wednesday].', 'future'],
		['The board wants to continue talks on [Friday].', 'future'],
		['He declined to admit it on [Wednesday].', 'past'],
		// An infinitive after a modal's passive looks ahead with the modal.
		['Mourners would be asked to gather at the cathedral on [Sunday].', 'conditional'],
		['Mourners will be asked to gather at the cathedral on [Sunday].', 'future'],
		['Mourners were asked to gather at the cathedral on [Sunday].', 'past'],
		// What a verb in the present proposes lies ahead.
		['The league proposes a return match at Hampden in [March].', 'future'],
		// A fronted time reads past a participle or relative clause in commas after its subject.
		['On [Monday] the new bridge at Arnhem, delayed by floods in February, will open.', 'future'],
		['On [Tuesday] the pool, which flooded last year, will reopen.', 'future'],
		['On [Friday] the garrison, weakened by hunger, surrendered.', 'past'],
		// A participle joined by "and then" shares the verb group of the one before, across a few words.
		['Seedlings will be raised in glasshouses for eight weeks and then planted out on cleared slopes in [April].', 'future'],
		['Seedlings will be raised in glasshouses for eight weeks and then planted out in [April].', 'future'],
		['Seedlings were raised in glasshouses for eight weeks and then planted out in [April].', 'past'],
		// A past form between a preposition and its noun is an adjective, not the clause's verb.
		['Aid will be flown in and dropped on flooded villages in [March].', 'future'],
		['Aid was dropped on flooded villages in [March].', 'past'],
		// An infinitive after a plan in commas is no clause's verb; ", first set for" was made before.
		['Fog forced the final, first set for [Saturday], to be replayed on Monday.', 'past']
	])('%s → %s', (marked, tense) => {
		expect(tenseOf(marked).tense).toBe(tense);
	});

	it.each([
		['The two sides agreed to meet on [Friday].', true],
		// A time phrase may stand between the verb and its infinitive.
		['The cartel agreed last weekend to hold output steady until [the end of March].', true],
		['Ministers decided on Tuesday night to reopen the border on [Monday].', true],
		['The cartel agreed last weekend. Output rose to a record in [March].', false],
		// What was tried, or could be done, was done then.
		['The king tried to escape on [Tuesday].', false],
		['The crew was able to land on [Tuesday].', false],
		['The vote was scheduled for [Monday].', true],
		['The vote is scheduled for [Monday].', false],
		['They talked about the slated visit of the secretary in [September].', true],
		['On [Friday], the government planned to pay the claims.', false],
		['Ministers urged the army to withdraw by [Friday].', true],
		['He was the first to arrive on [Monday].', false],
		['The vote was due to be held in [May].', true],
		// A plan's participle after its noun, in a clause that looks ahead, is the plan's.
		['Temperatures would reach 44C on Saturday, ahead of a cool change expected late on [Sunday].', true],
		['Police expected trouble on [Sunday].', false],
		// A plan in commas, told in the past after them, was made before the writing.
		['The invasion, first set for [Monday], was put off for 24 hours.', true],
		['Fog forced the final, first set for [Saturday], to be replayed on Monday.', true],
		['The vote, set for [Monday], is expected to be close.', false],
		// "was to have" done something: a plan made before, and undone.
		['The new bridge was to have opened in [April].', true],
		['The crew were to have been relieved in [March].', true],
		['The bridge had opened in [April].', false],
		['The airline expected to return to profit next year, helped by holiday traffic in [February].', true],
		['The council resolved to reopen the baths on [Monday].', true],
		// "Set" with its particle is another verb, no plan.
		['A thaw had set in on [Saturday].', false],
		['The column had set out on [Monday] for the coast.', false],
		['The relief was set for [Monday].', true]
	])('%s: a plan made before the writing: %s', (marked, prospective) => {
		expect(!!tenseOf(marked).prospective).toBe(prospective);
	});

	it.each([
		['The new bridge was to have opened in [April].', true],
		['The crew were to have been relieved in [March].', true],
		['The council agreed to open the bridge in [April].', false],
		['The new bridge was to open in [April].', false]
	])('%s: a plan since undone: %s', (marked, undone) => {
		expect(!!tenseOf(marked).undone).toBe(undone);
	});

	it.each([
		['The king was summoned to testify on [Friday].', true],
		// A noun after "to" with no article leads no infinitive: the verb before it governs alone.
		['Police want to question the man about a guard who was beaten to death in the yard on [Thursday] night.', false],
		['The singer, who rose to fame in [1962], died.', false]
	])('%s: the time is an infinitive\'s: %s', (marked, infinitive) => {
		expect(!!tenseOf(marked).infinitive).toBe(infinitive);
	});

	it('takes only the tense of a clause after ", when": the verb before the time still governs it', () => {
		const text = 'The hearing ran until 11.48pm on Thursday, when the chair adjourned it.';
		const t = tenseAt(text, { start: text.indexOf('Thursday'), end: text.indexOf('Thursday') + 8 });
		expect(text.slice(t.cue!.start, t.cue!.end)).toBe('ran');
		const sooner = 'The festival ends on Monday, when most of the crowd had gone home.';
		expect(tenseAt(sooner, { start: sooner.indexOf('Monday'), end: sooner.indexOf('Monday') + 6 })).toEqual({ tense: 'past', perfect: false });
	});

	it('reads a contraction in a long sentence as in a short one', () => {
		const filler = Array.from({ length: 90 }, (_, i) => `item ${i}`).join(', ');
		const text = `The list runs: ${filler}; we'll look again in June.`;
		const tokens = tokenize(text);
		const june = { start: text.indexOf('June'), end: text.indexOf('June') + 4 };
		// Long sentences are read through an index of the words that can decide (`tenseCues`).
		expect(tenseAt(text, june, { start: 0, end: text.length }, tokens, tenseCues(tokens)).tense).toBe('future');
	});

	it('reads a time fronted after an adverb of nearness from the verb after its subject and an aside', () => {
		const at = (text: string, word: string) => tenseAt(text, { start: text.indexOf(word), end: text.indexOf(word) + word.length });
		expect(at("Shortly after two o'clock the dragoons, riding in from Keynsham, charged the square.", 'two').tense).toBe('past');
		expect(at("Soon after two o'clock the crowd, chanting loudly, will march on the square.", 'two').tense).toBe('future');
		// Right after the time, an "-ing" word may be the clause's subject, not an aside.
		expect(at('On Friday, fighting broke out, killing three.', 'Friday').tense).toBe('past');
	});

	it('passes over a participle that says how a time was set', () => {
		const text = 'The wedding will be held on the date set by the family, June 14.';
		expect(tenseAt(text, { start: text.indexOf('June'), end: text.indexOf('June') + 4 }).tense).toBe('future');
		const fixed = 'The coronation will take place on the day fixed for the late king, May 12.';
		expect(tenseAt(fixed, { start: fixed.indexOf('May'), end: fixed.indexOf('May') + 3 }).tense).toBe('future');
	});

	it('reads "had come" and "had overcome" as perfects', () => {
		for (const text of ['The wall had come through the quake of April.', 'The town had overcome the floods of April.']) {
			expect(tenseAt(text, { start: text.indexOf('April'), end: text.indexOf('April') + 5 })).toMatchObject({ tense: 'past', perfect: true });
		}
	});

	it.each([
		// A phrase put before the subject of a clause joined by ", and" takes that clause's verb.
		['The envoys had drafted the treaty, and at the conference in Vienna in [March] they signed it.', 'past', false],
		['The board has approved the plan, and in a vote at the plant in [June] the workers will decide.', 'future', false],
		// A noun joined by "and" is no clause: the verb before the comma still governs.
		['They had met the king, the queen, and the envoy of the Pope in [March].', 'past', true],
		// A relative clause after the phrase's head has its own verb.
		['She had left Paris, and the army which she joined marched in [March].', 'past', false],
		// "Would have" before a participle is a perfect; before its object, the verb "have".
		['The vote would have been held on [Friday].', 'conditional', true],
		['The city would have a new mayor by [May].', 'conditional', false],
		// A participle after the object of "have" describes it: the verb group is no perfect.
		['We shall have none left for [the winter].', 'future', false],
		['They had it mended on [Monday].', 'past', false]
	])('%s → %s, perfect %s', (marked, tense, perfect) => {
		expect(tenseOf(marked)).toMatchObject({ tense, perfect });
	});

	it('marks perfects and points at its cue', () => {
		const text = 'The Taliban had seized the city on Friday.';
		const t = tenseAt(text, { start: text.indexOf('Friday'), end: text.indexOf('Friday') + 6 });
		expect(t).toMatchObject({ tense: 'past', perfect: true });
		expect(text.slice(t.cue!.start, t.cue!.end)).toBe('seized');
	});
});
