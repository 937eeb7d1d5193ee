import { describe, expect, it } from 'vitest';
import { nameKey, nameTokens } from './nameTokens';

const words = (text: string) => nameTokens(text).map((t) => text.slice(t.start, t.end));

describe('nameTokens', () => {
	it.each([
		["the Taliban's leadership", ['the', 'Taliban', 'leadership']],
		['Afghanistan’s provinces', ['Afghanistan', 'provinces']],
		["the insurgents' attacks", ['the', 'insurgents', 'attacks']],
		['U.S.-trained forces', ['U.S.', 'trained', 'forces']],
		['George W. Bush said', ['George', 'W.', 'Bush', 'said']],
		['Dara-i-Suf Bala', ['Dara', 'i', 'Suf', 'Bala']],
		["Sana'a and O'Brien", ["Sana'a", 'and', "O'Brien"]],
		['M23 rebels', ['M23', 'rebels']]
	])('cuts %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});

	it('records what separates words', () => {
		const gaps = nameTokens("Lashkar Gah, Dara-i-Suf\nBala; Taliban's Emirate").map((t) => `${t.raw}:${t.gap}`);
		expect(gaps).toEqual(['Lashkar:break', 'Gah:space', 'Dara:break', 'i:hyphen', 'Suf:hyphen', 'Bala:line', 'Taliban:break', 'Emirate:break']);
	});

	it('marks possessives, capitals and connectors', () => {
		const [taliban, us, nato, e] = nameTokens("Taliban's U.S. NATO e");
		expect(taliban.possessive).toBe(true);
		expect(taliban.capitalized && !taliban.upper).toBe(true);
		expect(us.upper && us.norm === 'us').toBe(true);
		expect(nato.upper).toBe(true);
		expect(e.connector).toBe(true);
	});

	it('takes a megabyte of digits in linear time', () => {
		const tokens = nameTokens('1'.repeat(1_000_000));
		expect(tokens).toHaveLength(1);
	});
});

describe('nameKey', () => {
	it.each([
		['Lashkar Gah', 'Lashkargah'],
		['Lashkar-Gah', 'Lashkargah'],
		['Mazar-e Sharif', 'Mazar-i-Sharif'],
		['Mazar-e-Sharif', 'Mazar Sharif'],
		['Sar-e Pol', 'Sar-i-Pol'],
		['Ahmad Masoud', 'Ahmad Massoud'],
		['U.S.', 'US'],
		["Taliban's", 'Taliban']
	])('%s meets %s', (a, b) => {
		expect(nameKey(a)).toBe(nameKey(b));
	});

	it.each([
		['Ahmad Masoud', 'Ahmad Shah Masoud'],
		['Mazari Sharif', 'Mazar Sharif'],
		['Darah-Sof-Bal', 'Dara-i-Suf Bala']
	])('%s stays apart from %s', (a, b) => {
		expect(nameKey(a)).not.toBe(nameKey(b));
	});
});
