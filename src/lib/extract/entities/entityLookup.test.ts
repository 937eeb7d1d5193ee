import { describe, expect, it } from 'vitest';
import { entityLookup } from './entityLookup';
import { findEntities } from './findEntities';
import { defaultGazetteer } from './gazetteer';

const gazetteer = defaultGazetteer();

describe('entityLookup', () => {
	const text = 'Kyiv Mayor Vitali Klitschko said the village of Krasnohorivka was shelled; Zabihullah Mujahid denied it.';
	const lookup = entityLookup(gazetteer, findEntities(text, gazetteer));

	it('resolves discovered names from their matches', () => {
		expect(lookup.actor('person:vitali-klitschko')).toMatchObject({ name: 'Vitali Klitschko', kind: 'person', discovered: true });
		expect(lookup.region('place:krasnohorivka')).toMatchObject({ name: 'Krasnohorivka', kind: 'city', discovered: true });
	});

	it('resolves gazetteer ids, countries as actors too', () => {
		expect(lookup.actor('person:zabihullah-mujahid')?.memberOf).toEqual(['org:taliban']);
		expect(lookup.actor('country:ua')?.kind).toBe('country');
		expect(lookup.region('city:ua-kyiv')?.parent).toBe('country:ua');
	});

	it('knows nothing else', () => {
		expect(lookup.actor('person:nobody')).toBeUndefined();
		expect(lookup.region('place:krasnohorivka-2')).toBeUndefined();
	});
});
