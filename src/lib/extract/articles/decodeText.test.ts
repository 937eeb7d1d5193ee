import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './decodeText';

const fixture = (name: string) => readFileSync(new URL(`../../../../tests/fixtures/articles/encoding/${name}`, import.meta.url));
const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
	it.each([
		['plain UTF-8', utf8('Kabul — “Taliban”'), 'Kabul — “Taliban”', 'utf-8'],
		['UTF-8 with BOM, BOM dropped', bytes(0xef, 0xbb, 0xbf, 0x41), 'A', 'utf-8 (BOM)'],
		['UTF-16 LE with BOM', bytes(0xff, 0xfe, 0x41, 0x00, 0x14, 0x20), 'A—', 'utf-16le'],
		['UTF-16 BE with BOM', bytes(0xfe, 0xff, 0x00, 0x41, 0x20, 0x14), 'A—', 'utf-16be'],
		['Windows-1252 quotes and dashes', bytes(0x93, 0x41, 0x94, 0x20, 0x97, 0x20, 0x92, 0x80), '“A” — ’€', 'windows-1252'],
		['Latin-1 letters', bytes(0x53, 0xe3, 0x6f, 0x20, 0xfc, 0xf1), 'São üñ', 'windows-1252']
	])('%s', (_, input, text, encoding) => {
		const decoded = decodeText(input);
		expect(decoded).toMatchObject({ ok: true, text, encoding });
	});

	it('warns when it falls back from UTF-8, naming the first bad byte', () => {
		const decoded = decodeText(bytes(0x41, 0x42, 0xe9, 0x43));
		expect(decoded.ok && decoded.warnings).toEqual([expect.stringMatching(/not valid UTF-8 \(first invalid byte at offset 2\).*Windows-1252/)]);
	});

	it('gives no warning for valid UTF-8', () => {
		expect(decodeText(utf8('São Tomé')).ok && (decodeText(utf8('São Tomé')) as { warnings: string[] }).warnings).toEqual([]);
	});

	it('honours a declared charset when UTF-8 fails', () => {
		const decoded = decodeText(bytes(0xc1, 0xe2), { declaredCharset: 'koi8-r' });
		expect(decoded).toMatchObject({ ok: true, text: 'аБ', encoding: 'koi8-r' });
	});

	it('treats a page that says UTF-8 but is not as Windows-1252', () => {
		expect(decodeText(bytes(0x93, 0x41, 0x94), { declaredCharset: 'utf-8' })).toMatchObject({ ok: true, text: '“A”' });
	});

	it.each([
		['NUL bytes', bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01)],
		['control characters', bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
		['UTF-16 without BOM', bytes(0x41, 0x00, 0x42, 0x00)]
	])('refuses binary input: %s', (_, input) => {
		const decoded = decodeText(input);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.message).toMatch(/binary/);
	});

	it('flags double-encoded UTF-8 without changing it', () => {
		const decoded = decodeText(utf8('the army’s'.replace('’', 'â€™')));
		expect(decoded).toMatchObject({ ok: true, text: 'the armyâ€™s' });
		expect(decoded.ok && decoded.warnings[0]).toMatch(/double-encoded/);
	});

	it.each([
		['windows-1252.txt', 'GOMA — “We control the city,” a rebel spokesman said on Tuesday, as the army’s café-lined', true],
		['latin1.txt', 'São Tomé talks resume', true],
		['utf8-bom.txt', 'Kyiv talks end', false],
		['utf16le-bom.txt', 'KYIV — Negotiators', false],
		['crlf.txt', 'agreement\r\n\r\nKYIV', false],
		['cr.txt', 'agreement\r\rKYIV', false]
	])('decodes the fixture %s', (name, excerpt, warned) => {
		const decoded = decodeText(fixture(name));
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(decoded.text).toContain(excerpt);
		expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
		expect(decoded.warnings.length > 0).toBe(warned);
	});

	it('refuses the binary fixture', () => {
		expect(decodeText(fixture('binary.txt')).ok).toBe(false);
	});
});

describe('firstInvalidUtf8', () => {
	it.each([
		['valid', utf8('aé€😀'), 7 + 3],
		['lone continuation byte', bytes(0x41, 0x80), 1],
		['overlong encoding', bytes(0xc0, 0xaf), 0],
		['truncated sequence', bytes(0x41, 0xe2, 0x82), 1],
		['surrogate', bytes(0xed, 0xa0, 0x80), 0],
		['beyond U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0]
	])('%s', (_, input, offset) => {
		expect(firstInvalidUtf8(input)).toBe(offset);
	});
});
