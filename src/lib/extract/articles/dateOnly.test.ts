import { describe, expect, it } from 'vitest';
import { readDateOnly } from './dateOnly';

describe('readDateOnly', () => {
	it.each([
		['November 27, 2022', null, '2022-11-27', 'November 27, 2022'],
		['Published 6 September 2021', 'published', '2021-09-06', '6 September 2021'],
		['Published: 26 September 2016', 'published', '2016-09-26', '26 September 2016'],
		['Posted on February 1, 2021 by editor', 'published', '2021-02-01', 'February 1, 2021'],
		['First published on Mon 12 Mar 2018 14.05 GMT', 'published', '2018-03-12', '12 Mar 2018'],
		['Updated: 2021-09-06 10:30 GMT', 'updated', '2021-09-06T10:30', '2021-09-06 10:30 GMT'],
		['Last updated 12 March 2019, 14:05 CET', 'updated', '2019-03-12T14:05', '12 March 2019, 14:05 CET'],
		['Monday, 6 September 2021 10:32', null, '2021-09-06', 'Monday, 6 September 2021'],
		['Sept 6, 2021 at 10:30 a.m.', null, '2021-09-06T10:30', 'Sept 6, 2021 at 10:30 a.m'],
		['Mon, 06 Sep 2021 10:30:00 GMT', null, '2021-09-06T10:30', '06 Sep 2021 10:30:00 GMT'],
		['Aug. 14', null, 'XXXX-08-14', 'Aug. 14']
	])('%s', (text, label, value, dateText) => {
		const reading = readDateOnly(text);
		expect(reading).not.toBeNull();
		expect(reading!.label).toBe(label);
		expect(reading!.mention.value).toBe(value);
		expect(text.slice(reading!.mention.start, reading!.mention.end)).toBe(dateText);
	});

	it('reads an impossible date, without a value, so it can be reported', () => {
		const reading = readDateOnly('Published 30 February 2021');
		expect(reading?.mention.value).toBe('');
		expect(reading?.mention.diagnostics?.[0].code).toBe('impossible-date');
	});

	it.each([
		['Kabul fell on 15 August 2021'],
		['Taliban take Kabul, 15 August 2021, in a lightning advance'],
		['From 1996 to 2001'],
		['August 2021'],
		['2021'],
		['Published by the ministry'],
		['']
	])('is not a dateline: %s', (text) => {
		expect(readDateOnly(text)).toBeNull();
	});
});
