import { describe, expect, it } from 'vitest';
import { findEntities, type EntityMatch, type FindEntitiesOptions } from './findEntities';
import { defaultGazetteer } from './gazetteer';

const gazetteer = defaultGazetteer();

/** Each match as "text → id (kind)". */
function found(text: string, options?: FindEntitiesOptions): string[] {
	return findEntities(text, gazetteer, options).map((m) => `${m.text} → ${m.id} (${m.kind})`);
}

function matchOf(text: string, written: string): EntityMatch | undefined {
	return findEntities(text, gazetteer).find((m) => m.text === written);
}

describe('findEntities on sentences of the seed corpus', () => {
	it.each([
		[
			'Taliban’s shadow governor for Bamyan Moulvi Anus was killed along with 40 other terrorists in an airstrike in Darah-Sof-Bal district last night.',
			[
				'Taliban → org:taliban (actor)',
				'Bamyan → province:af-bam (region)',
				'Anus → person:anus (actor)',
				'Darah-Sof-Bal → district:af-sam-dara-i-suf-bala (region)'
			]
		],
		[
			'The U.S. Embassy in the capital Kabul tweeted a statement accusing the Taliban of killing dozens of civilians in the area of Spin Boldak in southern Kandahar province.',
			[
				'U.S. Embassy → org:us-embassy (actor)',
				'Kabul → city:af-kabul (region)',
				'Taliban → org:taliban (actor)',
				'Spin Boldak → district:af-kan-spin-boldak (region)',
				'Kandahar → province:af-kan (region)'
			]
		],
		[
			'The U.S. and British embassies in Kabul said on Monday the Taliban insurgent may have committed war crimes in southern Afghanistan.',
			[
				'U.S. → country:us (actor)',
				'British embassies → country:gb (actor)',
				'Kabul → province:af-kab (region)',
				'Taliban → org:taliban (actor)',
				'Afghanistan → country:af (region)'
			]
		],
		[
			'This could be the end of Pakistan’s proxy war against Afghanistan, using Taliban terrorists.',
			['Pakistan → country:pk (actor)', 'Afghanistan → country:af (actor)', 'Taliban → org:taliban (actor)']
		],
		[
			'The leader of the Islamic Emirate of Afghanistan Esteemed Amir ul Mumineen, Sheikh-ul-Hadith Mawlawi Hibatullah Akhundzada (HA) offered immunity.',
			[
				'Islamic Emirate of Afghanistan → org:taliban (actor)',
				'Amir ul Mumineen → person:hibatullah-akhundzada (actor)',
				'Mawlawi Hibatullah Akhundzada → person:hibatullah-akhundzada (actor)',
				'HA → person:hibatullah-akhundzada (actor)'
			]
		],
		[
			'These deliberate killings have happened in Helmand, Kandahar, Farah, Kunduz, Nangarhar, Paktia, Badakhshan, Balkh and other areas of Afghanistan.',
			[
				'Helmand → province:af-hel (region)',
				'Kandahar → province:af-kan (region)',
				'Farah → province:af-fra (region)',
				'Kunduz → province:af-kdz (region)',
				'Nangarhar → province:af-nan (region)',
				'Paktia → province:af-pia (region)',
				'Badakhshan → province:af-bds (region)',
				'Balkh → province:af-bal (region)',
				'Afghanistan → country:af (region)'
			]
		],
		[
			'These acts if continued will prompt strong response from the Mujahideen of the Islamic Emirate of Afghanistan.',
			['Mujahideen → org:taliban (actor)', 'Islamic Emirate of Afghanistan → org:taliban (actor)']
		],
		[
			'His comments come as Taliban Spokesman Zabihullah Mujahid claimed Monday that the Panjshir resistance has collapsed.',
			['Taliban → org:taliban (actor)', 'Zabihullah Mujahid → person:zabihullah-mujahid (actor)', 'Panjshir resistance → org:nrf (actor)']
		],
		[
			'The leader of Afghanistan’s Panjshir Valley front has called for national uprising against the Taliban.',
			['Afghanistan → country:af (region)', 'Panjshir Valley front → org:nrf (actor)', 'Taliban → org:taliban (actor)']
		],
		[
			'National Defense Front leader Ahmad Masud calls for a national uprising against the Taliban after claims of the fall of the province of Panjshir.',
			[
				'National Defense Front → org:nrf (actor)',
				'Ahmad Masud → person:ahmad-massoud (actor)',
				'Taliban → org:taliban (actor)',
				'Panjshir → province:af-pan (region)'
			]
		],
		[
			'They faced hardly any resistance from the U.S.-trained government forces and forced President Ashraf Qani, a Washington ally, to abandon Afghan soil.',
			['U.S. → country:us (region)', 'Ashraf Qani → person:ashraf-ghani (actor)', 'Washington → city:us-washington (region)', 'Afghan → country:af (region)']
		],
		[
			'NATO Secretary-General Jens Stoltenberg said in a statement after a meeting of the North Atlantic Council on Friday that NATO would continue its diplomatic presence in Kabul.',
			[
				'NATO → org:nato (actor)',
				'Jens Stoltenberg → person:jens-stoltenberg (actor)',
				'North Atlantic Council → org:north-atlantic-council (actor)',
				'NATO → org:nato (actor)',
				'Kabul → province:af-kab (region)'
			]
		],
		[
			'“The war in Afghanistan’s cities will be a disaster,” UN Secretary-General António Guterres told a news conference in New York on Friday.',
			['Afghanistan → country:af (region)', 'UN → org:un (actor)', 'António Guterres → person:antonio-guterres (actor)', 'New York → city:us-new-york (region)']
		],
		[
			'Referring to the effects of the war on the lives of civilians in Kandahar and Lashkargah, he said it would be a disaster.',
			['Kandahar → province:af-kan (region)', 'Lashkargah → city:af-lashkar-gah (region)']
		],
		[
			'Meanwhile, Atta Mohammad Noor, the leader of the Jamiat Party branch, and Abdul Rashid Dostum, the leader of the National Movement in northern Afghanistan, have announced that they will continue to resist the Taliban.',
			[
				'Atta Mohammad Noor → person:atta-mohammad-noor (actor)',
				'Jamiat Party → org:jamiat-e-islami (actor)',
				'Abdul Rashid Dostum → person:abdul-rashid-dostum (actor)',
				'National Movement → org:junbish (actor)',
				'Afghanistan → country:af (region)',
				'Taliban → org:taliban (actor)'
			]
		],
		[
			'According to a statement from Marshall Dostum posted on his Facebook page, the two met with the governor of Balkh, the commander of the Shaheen Corps and other security officials in the north.',
			['Marshall Dostum → person:abdul-rashid-dostum (actor)', 'Balkh → province:af-bal (region)', 'Shaheen Corps → org:ana-209th-corps (actor)']
		]
	])('%s', (sentence, expected) => {
		expect(found(sentence)).toEqual(expected);
	});

	it('resolves a bare surname to the person named in full before, the son over his father', () => {
		const passage =
			'Afghan National Resistance Front leader Ahmad Masud on Monday called on all Afghans to rise up. Masud also pointed out that the resistance is present. ' +
			'“Stand up,” stressed the son of former Afghan commander Ahmad Shah Masud. Calling on Afghans to join, Masud warned that the attacks reflect the future.';
		const people = findEntities(passage, gazetteer)
			.filter((m) => m.kind === 'actor' && m.id.startsWith('person:'))
			.map((m) => `${m.text} → ${m.id} (${m.via})`);
		expect(people).toEqual([
			'Ahmad Masud → person:ahmad-massoud (name)',
			'Masud → person:ahmad-massoud (surname)',
			'Ahmad Shah Masud → person:ahmad-shah-massoud (name)',
			'Masud → person:ahmad-massoud (surname)'
		]);
	});

	it('does not resolve a surname before the full name', () => {
		expect(found('Masoud said he would fight. Later Ahmad Masoud spoke again.')).toEqual(['Ahmad Masoud → person:ahmad-massoud (actor)']);
	});

	it('makes a discovered body belong to the country whose possessive names it', () => {
		const council = matchOf("According to Ahmad Masud, Afghanistan's Ulema Council on Sunday expressed its support.", 'Ulema Council');
		expect(council).toMatchObject({ id: 'org:ulema-council', discovered: true, record: { kind: 'organization', memberOf: ['country:af'] } });
	});

	it('takes "Presidential Palace" for the Arg only in a text about Kabul', () => {
		expect(matchOf('He met officials in Kabul at the Presidential Palace.', 'Presidential Palace')?.id).toBe('place:af-arg');
		expect(matchOf('He met officials in Kyiv at the Presidential Palace.', 'Presidential Palace')).toBeUndefined();
	});
});

describe('findEntities on texts about other conflicts', () => {
	it.each([
		[
			'KYIV, Feb 24 (Reuters) - Russian forces shelled Kharkiv overnight, the regional governor Oleh Syniehubov said on Telegram.',
			[
				'KYIV → city:ua-kyiv (region)',
				'Reuters → org:reuters (actor)',
				'Russian forces → org:russian-armed-forces (actor)',
				'Kharkiv → city:ua-kharkiv (region)',
				'Oleh Syniehubov → person:oleh-syniehubov (actor)'
			]
		],
		[
			'Ukrainian President Volodymyr Zelenskiy said the Armed Forces of Ukraine had repelled attacks near Bakhmut and in the Donetsk region.',
			[
				'Ukrainian → country:ua (region)',
				'Volodymyr Zelenskiy → person:volodymyr-zelensky (actor)',
				'Armed Forces of Ukraine → org:ukrainian-armed-forces (actor)',
				'Bakhmut → city:ua-bakhmut (region)',
				'Donetsk region → province:ua-donetsk (region)'
			]
		],
		[
			"Moscow's Defence Ministry claimed its troops had taken the village of Krasnohorivka, west of Donetsk.",
			['Moscow → city:ru-moscow (region)', 'Krasnohorivka → place:krasnohorivka (region)', 'Donetsk → city:ua-donetsk (region)']
		],
		[
			'Fighting between the Sudanese Armed Forces (SAF) and the paramilitary Rapid Support Forces (RSF) spread to El Fasher, the capital of North Darfur state.',
			[
				'Sudanese Armed Forces → org:saf (actor)',
				'SAF → org:saf (actor)',
				'Rapid Support Forces → org:rsf (actor)',
				'RSF → org:rsf (actor)',
				'El Fasher → city:sd-el-fasher (region)',
				'North Darfur state → province:sd-north-darfur (region)'
			]
		],
		[
			'General Abdel Fattah al-Burhan vowed to continue the war. Burhan spoke in Port Sudan, while Hemedti said his forces held Nyala.',
			[
				'Abdel Fattah al-Burhan → person:abdel-fattah-al-burhan (actor)',
				'Burhan → person:abdel-fattah-al-burhan (actor)',
				'Port Sudan → city:sd-port-sudan (region)',
				'Hemedti → person:mohamed-hamdan-dagalo (actor)',
				'Nyala → city:sd-nyala (region)'
			]
		],
		[
			'The Israel Defense Forces said it had struck Hamas targets in Khan Younis. Hamas spokesman Hazem Qassem called it a massacre.',
			[
				'Israel Defense Forces → org:idf (actor)',
				'Hamas → org:hamas (actor)',
				'Khan Younis → city:ps-khan-younis (region)',
				'Hamas → org:hamas (actor)',
				'Hazem Qassem → person:hazem-qassem (actor)'
			]
		],
		[
			'Senior General Min Aung Hlaing met Chinese Foreign Minister Wang Yi in Naypyidaw, while the Arakan Army attacked police posts in Rakhine state.',
			[
				'Senior General Min Aung Hlaing → person:min-aung-hlaing (actor)',
				'Chinese → country:cn (region)',
				'Wang Yi → person:wang-yi (actor)',
				'Naypyidaw → city:mm-naypyidaw (region)',
				'Arakan Army → org:arakan-army (actor)',
				'Rakhine state → province:mm-rakhine (region)'
			]
		],
		[
			'JNIM, the al-Qaeda affiliate in the Sahel, claimed an attack near Boulkessi; French troops left and the UN mission MINUSMA closed.',
			[
				'JNIM → org:jnim (actor)',
				'al-Qaeda → org:al-qaeda (actor)',
				'Sahel → place:sahel (region)',
				'Boulkessi → place:boulkessi (region)',
				'French troops → country:fr (actor)',
				'UN → org:un (actor)',
				'MINUSMA → org:minusma (actor)'
			]
		],
		[
			'In Syria, Hayat Tahrir al-Sham fighters led by Abu Mohammed al-Jolani entered Aleppo as the Syrian Democratic Forces held Raqqa.',
			[
				'Syria → country:sy (region)',
				'Hayat Tahrir al-Sham → org:hts (actor)',
				'Abu Mohammed al-Jolani → person:ahmed-al-sharaa (actor)',
				'Aleppo → city:sy-aleppo (region)',
				'Syrian Democratic Forces → org:sdf (actor)',
				'Raqqa → city:sy-raqqa (region)'
			]
		],
		[
			"Houthi military spokesman Yahya Saree said the group fired missiles at ships in the Red Sea and near Yemen's port of Hodeidah.",
			[
				'Houthi → org:houthis (actor)',
				'Yahya Saree → person:yahya-saree (actor)',
				'Red Sea → place:red-sea (region)',
				'Yemen → country:ye (region)',
				'Hodeidah → city:ye-hodeidah (region)'
			]
		]
	])('%s', (sentence, expected) => {
		expect(found(sentence)).toEqual(expected);
	});

	it('follows a discovered person by surname', () => {
		expect(found('Kyiv Mayor Vitali Klitschko said three people died. Klitschko urged residents to stay in shelters.')).toEqual([
			'Kyiv → city:ua-kyiv (region)',
			'Vitali Klitschko → person:vitali-klitschko (actor)',
			'Klitschko → person:vitali-klitschko (actor)'
		]);
	});

	it('uses an abbreviation the text defines, and only that text', () => {
		const text = 'The Sudan Founding Alliance (SFA) formed a government. The SFA said Nyala was its seat.';
		expect(found(text)).toEqual([
			'Sudan Founding Alliance → org:sudan-founding-alliance (actor)',
			'SFA → org:sudan-founding-alliance (actor)',
			'SFA → org:sudan-founding-alliance (actor)',
			'Nyala → city:sd-nyala (region)'
		]);
		expect(found('The SFA said Nyala was its seat.')).toEqual(['Nyala → city:sd-nyala (region)']);
		expect(found('YANGON (AP) — The junta said.')).toEqual(['YANGON → city:mm-yangon (region)']);
	});
});

describe('what is not a name', () => {
	it.each([
		'The meeting ended early.',
		'Soon the crowd dispersed.',
		'Check the facts.',
		'About twenty people came.',
		'Monday was quiet. In March the talks resumed.',
		'Meanwhile, prices rose. According to officials, the aid arrived.',
		'He spoke in Pashto and in English about his faith in Islam during Ramadan.',
		'US AND THEM: WHO IS TO BLAME FOR THE WAR?',
		'the taliban and the mujahideen were written in lower case here.',
		'Michael Jordan scored again on Sunday.',
		'He spoke Farsi and Kakar fluently, and the Kot elders agreed.',
		'Talibanization spread, Kabuli pulao was served and Americanism was debated.'
	])('%s', (sentence) => {
		expect(found(sentence)).toEqual([]);
	});

	it('keeps a title-case headline free of discovered persons', () => {
		expect(found('Afghan Resistance Leader Calls for National Uprising vs Taliban')).toEqual([
			'Afghan → country:af (region)',
			'Taliban → org:taliban (actor)'
		]);
	});

	it('reads "mujahideen" as the Taliban only when the text names the Taliban', () => {
		expect(found('The Mujahideen fought Soviet forces in the 1980s.')).toEqual(['Soviet forces → country:su (actor)']);
	});
});

describe('readings of ambiguous names', () => {
	it.each([
		['Fighting reached Kot district in the east.', 'Kot', 'district:af-nan-kot'],
		['The Taliban took Arghandab district of Zabul province.', 'Arghandab', 'district:af-zab-arghandab'],
		['The Taliban took Arghandab district, near Kandahar city.', 'Arghandab', 'district:af-kan-arghandab'],
		['Balkh district fell.', 'Balkh', 'district:af-bal-balkh'],
		['The governor of Balkh resigned.', 'Balkh', 'province:af-bal'],
		['Clashes in Kandahar province.', 'Kandahar', 'province:af-kan'],
		['Clashes in the city of Kandahar.', 'Kandahar', 'city:af-kandahar'],
		['Rockets hit Tripoli and other towns of Lebanon.', 'Tripoli', 'city:lb-tripoli'],
		['Rockets hit Tripoli, the capital of Libya.', 'Tripoli', 'city:ly-tripoli']
	])('%s (%s)', (sentence, written, id) => {
		expect(matchOf(sentence, written)?.id).toBe(id);
	});

	it('keeps the readings it did not choose', () => {
		expect(matchOf('Clashes in Kandahar.', 'Kandahar')).toMatchObject({ id: 'province:af-kan', alternatives: ['city:af-kandahar'] });
	});

	it('keeps one sense per text: a cue decides the bare mentions too', () => {
		const ids = findEntities('The embassy in the capital Kabul closed. Kabul was calm.', gazetteer).map((m) => m.id);
		expect(ids).toEqual(['city:af-kabul', 'city:af-kabul']);
	});
});

describe('countries and demonyms', () => {
	it.each([
		['Fighting spread across Afghanistan.', 'Afghanistan', { kind: 'region', locative: true }],
		['Britain has warned the Taliban.', 'Britain', { kind: 'actor', id: 'country:gb' }],
		['Afghan forces retreated.', 'Afghan forces', { kind: 'actor', id: 'country:af', via: 'demonym' }],
		['Pakistani security forces fired.', 'Pakistani security forces', { kind: 'actor', id: 'country:pk' }],
		['They left Afghan soil.', 'Afghan', { kind: 'region', weak: true }],
		["Afghanistan's provinces fell one by one.", 'Afghanistan', { kind: 'region' }],
		['TALIBAN SEIZE KABUL', 'TALIBAN', { kind: 'actor', id: 'org:taliban' }],
		['Antonio Guterres spoke.', 'Antonio Guterres', { id: 'person:antonio-guterres' }],
		['The Taleban’s leaders met.', 'Taleban', { id: 'org:taliban' }]
	])('%s', (sentence, written, expected) => {
		expect(matchOf(sentence, written)).toMatchObject(expected);
	});
});

describe('options', () => {
	const text = 'Afghan forces and Kyiv Mayor Vitali Klitschko met. Klitschko left; Afghan people stayed.';

	it('leaves discovery out', () => {
		expect(findEntities(text, gazetteer, { discover: false }).some((m) => m.discovered)).toBe(false);
	});

	it('leaves demonyms out', () => {
		expect(findEntities(text, gazetteer, { demonyms: false }).some((m) => m.via === 'demonym')).toBe(false);
	});

	it('leaves coreference out', () => {
		expect(findEntities(text, gazetteer, { coreference: false }).some((m) => m.via === 'surname')).toBe(false);
	});

	it('returns nothing for empty or non-string input', () => {
		expect(findEntities('', gazetteer)).toEqual([]);
		expect(findEntities(undefined as unknown as string, gazetteer)).toEqual([]);
	});
});

describe('names that normalize alike', () => {
	it.each([
		['JeM claimed the attack.', 'JeM', 'org:jaish-e-mohammed'],
		['The Justice and Equality Movement (JEM) said JEM fighters held the town.', 'JEM', 'org:justice-and-equality-movement'],
		['Shelling hit Sumy overnight.', 'Sumy', 'city:ua-sumy'],
		['Javier Milei met the IMF. Milei said the deal was done.', 'Milei', 'person:javier-milei'],
		['teleSUR and TOLOnews reported the fall of Panjshir.', 'teleSUR', 'org:telesur']
	])('%s (%s)', (sentence, written, id) => {
		expect(findEntities(sentence, gazetteer).filter((m) => m.text === written).map((m) => m.id)).toEqual(expect.arrayContaining([id]));
	});

	it('does not take a body’s capitals for another’s', () => {
		expect(found('JEM said nothing.')).toEqual([]);
	});
});
