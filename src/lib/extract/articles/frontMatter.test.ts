import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './frontMatter';

describe('splitFrontMatter', () => {
	it.each([
		['LF', '---\ntitle: A\n---\nBody\n'],
		['CRLF', '---\r\ntitle: A\r\n---\r\nBody\r\n'],
		['CR', '---\rtitle: A\r---\rBody\r'],
		['closing dots', '---\ntitle: A\n...\nBody\n'],
		['trailing spaces on fences', '--- \ntitle: A\n---\t\nBody\n']
	])('splits front matter with %s', (_, text) => {
		const front = splitFrontMatter(text);
		expect(front.fields).toEqual({ title: 'A' });
		expect(text.slice(front.bodyStart)).toMatch(/^Body/);
		expect(front.warnings).toEqual([]);
	});

	it('keeps dates as text (YAML 1.2 core schema)', () => {
		expect(splitFrontMatter('---\npublished: 2021-09-06\n---\nx').fields).toEqual({ published: '2021-09-06' });
	});

	it('reads a file without front matter from its start', () => {
		expect(splitFrontMatter('# Title\n\n---\n\nBody')).toEqual({ fields: undefined, bodyStart: 0, warnings: [] });
		expect(splitFrontMatter('----\ntitle: x\n---\n').bodyStart).toBe(0);
	});

	it('ignores broken YAML with a warning naming the line, and still finds the body', () => {
		const text = '---\ntitle: ok\nbad: [a, b\n---\nBody';
		const front = splitFrontMatter(text);
		expect(front.fields).toBeUndefined();
		expect(text.slice(front.bodyStart)).toBe('Body');
		expect(front.warnings).toEqual([expect.stringMatching(/not valid YAML at line \d+ .*its fields were ignored/)]);
	});

	it('reads an unclosed front matter as part of the text', () => {
		const front = splitFrontMatter('---\ntitle: x\n\nBody without a closing fence');
		expect(front.bodyStart).toBe(0);
		expect(front.warnings[0]).toMatch(/never closed/);
	});

	it('gives up on a front matter too long to be one', () => {
		const front = splitFrontMatter(`---\n${'key: value\n'.repeat(10_000)}---\nBody`);
		expect(front.bodyStart).toBe(0);
		expect(front.warnings[0]).toMatch(/not closed within its first 64 KB/);
	});

	it('refuses duplicate keys and alias bombs without hanging', () => {
		expect(splitFrontMatter('---\na: 1\na: 2\n---\nx').warnings[0]).toMatch(/not valid YAML/);
		const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
		for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
		bomb.push('---', 'Body');
		const front = splitFrontMatter(bomb.join('\n'));
		expect(front.fields).toBeUndefined();
		expect(front.warnings[0]).toMatch(/could not be read|not valid YAML/);
	});
});
