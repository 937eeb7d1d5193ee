import { describe, expect, it } from 'vitest';
import { findEntities } from './findEntities';
import { defaultGazetteer } from './gazetteer';

const gazetteer = defaultGazetteer();

/** The discovered matches as "text → id (record kind) [memberOf]", weak ones marked. */
function discovered(text: string): string[] {
	return findEntities(text, gazetteer)
		.filter((m) => m.discovered)
		.map((m) => {
			const record = m.record as { kind: string; memberOf?: string[] };
			return `${m.text} → ${m.id} (${record.kind})${record.memberOf ? ` [${record.memberOf.join(',')}]` : ''}${m.weak ? ' weak' : ''}`;
		});
}

describe('names outside the gazetteer', () => {
	it.each([
		// Persons after a title or role, inside or before the run of capitals.
		['Kyiv Mayor Vitali Klitschko said three people died.', ['Vitali Klitschko → person:vitali-klitschko (person)']],
		['The regional governor Oleh Syniehubov wrote on Telegram.', ['Oleh Syniehubov → person:oleh-syniehubov (person)']],
		['Col. Anwar Haidari of the army was killed.', ['Anwar Haidari → person:anwar-haidari (person)']],
		['Local elder Haji Abdul Wahid spoke.', ['Abdul Wahid → person:abdul-wahid (person)']],
		[
			'Human Rights Watch researcher Belkis Wille said the strikes were unlawful.',
			['Belkis Wille → person:belkis-wille (person) [org:human-rights-watch]']
		],
		[
			'Taliban’s shadow governor for Bamyan Moulvi Anus was killed.',
			['Anus → person:anus (person) [org:taliban]']
		],
		// Persons by apposition, speech or kinship.
		[
			'Aid worker Mona Ibrahim, a spokeswoman for the Red Crescent, said convoys were stuck.',
			['Mona Ibrahim → person:mona-ibrahim (person)']
		],
		['Fahim Dashti said the valley would hold.', []],
		['Qari Saeed Khosty, a Taliban spokesman, said the road was open.', ['Saeed Khosty → person:saeed-khosty (person) [org:taliban]']],
		['Nasim Bakhtiar, an official of the Ukrainian Defence Ministry, said stocks were low.', ['Nasim Bakhtiar → person:nasim-bakhtiar (person) [org:ukraine-defence-ministry]']],
		['Rustam Nazari said the valley would hold.', ['Rustam Nazari → person:rustam-nazari (person)']],
		['He is the son of Gul Agha Sherzai.', ['Gul Agha Sherzai → person:gul-agha-sherzai (person)']],
		// Organizations by their head noun.
		['Afghanistan’s Ulema Council met on Sunday.', ['Ulema Council → org:ulema-council (organization) [country:af]']],
		['He denounced the “Army of Terror and Ignorance” in a post.', ['Army of Terror and Ignorance → org:army-of-terror-and-ignorance (organization)']],
		['Fighting resumed where the 3rd Assault Brigade holds the line.', ['3rd Assault Brigade → org:3rd-assault-brigade (organization)']],
		['Dr. Ahmed Salem, director of the Al-Shifa Hospital, said fuel had run out.', ['Ahmed Salem → person:ahmed-salem (person)', 'Al-Shifa Hospital → org:al-shifa-hospital (organization)']],
		[
			'A spokesperson for the Ministry of Foreign Affairs of Pakistan said Islamabad wanted peace.',
			['Ministry of Foreign Affairs of Pakistan → org:ministry-of-foreign-affairs-of-pakistan (organization) [country:pk]']
		],
		['The Tehreek-e-Labbaik Pakistan party protested in Lahore.', ['Tehreek-e-Labbaik Pakistan → org:tehreek-e-labbaik-pakistan (organization)']],
		// Places by a place word or a preposition.
		['Russian troops took the village of Krasnohorivka.', ['Krasnohorivka → place:krasnohorivka (city)']],
		['The attack hit Zhari Kalay district.', ['Zhari Kalay → place:zhari-kalay (district)']],
		['Convoys could not reach the town of Tawila, west of El Fasher.', ['Tawila → place:tawila (city)']],
		['Ukrainian troops advanced south of Orikhiv.', ['Orikhiv → place:orikhiv (place)']],
		['Jihadists attacked a camp near Boulkessi on Sunday.', ['Boulkessi → place:boulkessi (place)']],
		['Fighting was reported in Robotyne on Friday.', ['Robotyne → place:robotyne (place) weak']]
	])('%s', (sentence, expected) => {
		expect(discovered(sentence)).toEqual(expected);
	});

	it('makes later bare mentions of a discovered name match', () => {
		const text = 'Russian troops took the village of Krasnohorivka. Krasnohorivka had 16,000 people before the war.';
		expect(discovered(text)).toEqual(['Krasnohorivka → place:krasnohorivka (city)', 'Krasnohorivka → place:krasnohorivka (city)']);
	});

	it.each([
		'The National Security Council met on Monday.',
		'The Ministry of Foreign Affairs said nothing.',
		'Asked about the attack, Smith said nothing.',
		'The talks resumed in March and ended in December.',
		'Operation Swords of Iron entered its second month on Christmas Day.',
		'The Taliban Control Panjshir Province',
		'Afghan Resistance Leader Calls for National Uprising vs Taliban',
		'He writes in Pashto, prays in Arabic and believes in God.'
	])('finds nothing in %j', (sentence) => {
		expect(discovered(sentence)).toEqual([]);
	});

	it('gives the same written name the same id in any text', () => {
		const a = findEntities('Mayor Vitali Klitschko spoke.', gazetteer)[0];
		const b = findEntities('Kyiv Mayor Vitali Klitschko said the city was calm.', gazetteer).find((m) => m.discovered);
		expect(a.id).toBe('person:vitali-klitschko');
		expect(b?.id).toBe(a.id);
		expect(a.record).toEqual({ id: 'person:vitali-klitschko', name: 'Vitali Klitschko', kind: 'person', discovered: true });
	});
});
