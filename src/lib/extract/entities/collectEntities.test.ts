import { describe, expect, it } from 'vitest';
import { collectEntities } from './collectEntities';
import { findEntities } from './findEntities';
import { defaultGazetteer } from './gazetteer';

const gazetteer = defaultGazetteer();
const text = 'Afghan villagers said Taliban fighters entered Spin Boldak. Mayor Ahmad Gul Sherzad of Spin Boldak fled, the Taliban said.';

describe('collectEntities', () => {
	it('lists actors and regions once each, in order of first mention, without weak cues', () => {
		expect(collectEntities(findEntities(text, gazetteer))).toEqual({
			actors: ['org:taliban', 'person:ahmad-gul-sherzad'],
			regions: ['district:af-kan-spin-boldak'],
			discovered: [{ id: 'person:ahmad-gul-sherzad', name: 'Ahmad Gul Sherzad', kind: 'person', discovered: true }]
		});
	});

	it('counts weak cues as regions when asked', () => {
		expect(collectEntities(findEntities(text, gazetteer), { weak: true }).regions).toEqual(['country:af', 'district:af-kan-spin-boldak']);
	});
});
