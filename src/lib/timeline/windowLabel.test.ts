import { describe, expect, it } from 'vitest';
import { windowLabel } from './windowLabel';

const t = (iso: string) => Date.parse(iso);

describe('windowLabel', () => {
	it.each([
		['2021-08-13T06:00Z', '2021-08-13T18:00Z', '13 Aug 2021, 06:00 – 17:59 UTC'],
		['2021-08-13T18:00Z', '2021-08-14T06:00Z', '13 Aug 18:00 – 14 Aug 2021 05:59 UTC'],
		['2021-08-09T00:00Z', '2021-08-24T00:00Z', '9 – 23 Aug 2021'],
		['2021-08-20T00:00Z', '2021-09-10T00:00Z', '20 Aug – 9 Sep 2021'],
		['2021-12-20T00:00Z', '2022-01-10T00:00Z', '20 Dec 2021 – 9 Jan 2022'],
		['2021-08-01T00:00Z', '2022-03-01T00:00Z', 'Aug 2021 – Feb 2022'],
		['1980-01-01T00:00Z', '2023-01-01T00:00Z', '1980 – 2022']
	])('%s – %s → %s', (a, b, label) => {
		expect(windowLabel(t(a), t(b))).toBe(label);
	});
});
