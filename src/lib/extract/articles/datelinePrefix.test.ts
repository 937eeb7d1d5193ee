import { describe, expect, it } from 'vitest';
import { datelinePrefix } from './datelinePrefix';

const parts = (text: string) => {
	const p = datelinePrefix(text);
	return p && { place: text.slice(p.place.start, p.place.end), detail: p.detail && text.slice(p.detail.start, p.detail.end), agency: p.agency && text.slice(p.agency.start, p.agency.end), rest: text.slice(p.end) };
};

describe('datelinePrefix', () => {
	it.each([
		['KABUL, Aug. 14 (Reuters) - The Taliban took', { place: 'KABUL', detail: 'Aug. 14', agency: 'Reuters', rest: 'The Taliban took' }],
		['WASHINGTON — President Biden said', { place: 'WASHINGTON', detail: undefined, agency: undefined, rest: 'President Biden said' }],
		['KABUL: NATO, UN and Britain have warned', { place: 'KABUL', detail: undefined, agency: undefined, rest: 'NATO, UN and Britain have warned' }],
		['AT News KABUL – In a significant move', { place: 'KABUL', detail: undefined, agency: undefined, rest: 'In a significant move' }],
		['BEIRUT, Lebanon, March 3, 2019 (AP) — Israeli jets', { place: 'BEIRUT', detail: 'Lebanon, March 3, 2019', agency: 'AP', rest: 'Israeli jets' }],
		['NEW YORK (AP) -- Stocks fell', { place: 'NEW YORK', detail: undefined, agency: 'AP', rest: 'Stocks fell' }],
		['MAZAR-I-SHARIF, Afghanistan — Fighting', { place: 'MAZAR-I-SHARIF', detail: 'Afghanistan', agency: undefined, rest: 'Fighting' }],
		['Goma, Nov 20 (Example) - Rebels', { place: 'Goma', detail: 'Nov 20', agency: 'Example', rest: 'Rebels' }]
	])('%s', (text, expected) => {
		expect(parts(text)).toEqual(expected);
	});

	it.each([
		['UN Security Council condemns Taliban violence'],
		['The Taliban - who ruled from 1996 - said'],
		['Kabul - the capital - fell'],
		['U.S. officials said: yes'],
		[''],
		['1'.repeat(100_000)],
		['A'.repeat(100_000)]
	])('finds no dateline in %s', (text) => {
		expect(datelinePrefix(text)).toBeNull();
	});
});
