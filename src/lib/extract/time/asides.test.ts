import { describe, expect, it } from 'vitest';
import { describesAThingDone, inDescribingClause } from './asides';

describe('inDescribingClause', () => {
	it.each([
		'The Queen, who came to the throne in ',
		'The treaty, signed on ',
		'The probe, launched in ',
		'The West Indies, champions in 1975 and ',
		'Drake, the hero of ',
		'The poet, born in ',
		'Blondin repeated the feat he first performed on ',
		'The painting returns to the gallery it left in ',
		'Oswald, 24, a former Marine who lived in the Soviet Union from ',
		'ending a voyage of more than 13 years that began with its launch on ',
		'Bombers struck Bari, which had about 12,000 dockers in ',
		'The driver, a 52-year-old grandfather injured in a fall in '
	])('reads the words before a time in %j as a clause describing a name', (before) => {
		expect(inDescribingClause(before)).toBe(true);
	});
	it.each([
		'Fighting spread, and in ',
		'The army regrouped, then in ',
		'Prices rose in ',
		'He left Paris, London in ',
		'Talks stalled, but since ',
		'The troops they sent arrive on ',
		'The town it guards fell, and on ',
		'The strike closed the port, and that ended the season on ',
		'He said that troops arrived on ',
		'The mill closed, a blow the town felt in ',
		'The mill closed, and a new one opened in '
	])('reads the words before a time in %j as going on with the story', (before) => {
		expect(inDescribingClause(before)).toBe(false);
	});
});

describe('describesAThingDone', () => {
	it.each([
		'He spent it on a villa in Madeira, which he bought in ',
		'She sold the house, that they had first rented in ',
		'Blondin repeated the feat he first performed on '
	])('reads %j as picking out a thing by what was done to it', (before) => {
		expect(describesAThingDone(before)).toBe(true);
	});
	it.each(['The siege ended in a massacre, which began on ', 'The Queen, who came to the throne in ', 'He bought a villa in '])(
		'reads %j as telling a story of its own',
		(before) => {
			expect(describesAThingDone(before)).toBe(false);
		}
	);
});
