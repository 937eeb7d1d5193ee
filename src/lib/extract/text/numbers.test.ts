import { describe, expect, it } from 'vitest';
import { CARDINAL_DIGITS_PATTERN, ORDINAL_PATTERN, parseOrdinal, parseQuantity, QUANTITY_PATTERN } from './numbers';

describe('quantities in words and digits', () => {
	it.each([
		['two', 2],
		['twenty-four', 24],
		['twenty four', 24],
		['two and a half', 2.5],
		['a couple of', 2],
		['a dozen', 12],
		['half a', 0.5],
		['a hundred', 100],
		['two thousand', 2000],
		['2,000', 2000],
		['2.5', 2.5],
		['5 1/2', 5.5],
		['11 and a half', 11.5],
		['a', 1],
		['an', 1]
	])('%s = %d', (text, value) => {
		expect(parseQuantity(text)).toEqual({ value, vague: false });
	});
	it.each(['a few', 'several', 'some', 'dozens of'])('%s is vague', (text) => {
		expect(parseQuantity(text)).toEqual({ value: null, vague: true });
	});
	it('rejects what is no quantity', () => {
		expect(parseQuantity('troops')).toBeNull();
	});
	it.each([
		['6th', 6],
		['21st', 21],
		['twenty-first', 21],
		['eleventh', 11],
		['thirtieth', 30]
	])('ordinal %s = %d', (text, value) => {
		expect(parseOrdinal(text)).toBe(value);
	});
	it('patterns match whole quantities', () => {
		expect(new RegExp(`^${QUANTITY_PATTERN}$`, 'i').test('two and a half')).toBe(true);
		expect(new RegExp(`^${ORDINAL_PATTERN}$`, 'i').test('twenty-first')).toBe(true);
		expect(new RegExp(`^${CARDINAL_DIGITS_PATTERN}$`).test('1,234,567')).toBe(true);
	});
});
