import { describe, expect, it } from 'vitest';
import { httpUrl, mergeMetadata, metadataPublication, readMetadata } from './articleMetadata';

describe('readMetadata', () => {
	it('reads every known field', () => {
		const { metadata, warnings } = readMetadata(
			{ title: '  Talks  resume\n', published: '2021-09-06T10:30:00Z', url: 'https://example.org/a?b=1', source: 'Example', estimate: true },
			'sidecar'
		);
		expect(warnings).toEqual([]);
		expect(metadata).toEqual({
			title: 'Talks resume',
			published: { year: 2021, month: 9, day: 6, hour: 10, minute: 30, second: 0, zone: 'Z' },
			url: 'https://example.org/a?b=1',
			source: 'Example',
			estimate: true
		});
	});

	it.each([
		[{ published: '2022-02-30' }, /"published" "2022-02-30" is not a date: 2022-02 has no day 30/],
		[{ published: '2021-04-31' }, /no day 31/],
		[{ published: '0000-01-01' }, /year 0/],
		[{ published: '99999-01-01' }, /year 99999/],
		[{ published: 20210906 }, /should be an ISO 8601 date/],
		[{ url: 'javascript:alert(1)' }, /"url" "javascript:alert\(1\)" is not an http\(s\) address/],
		[{ url: 'data:text/html,<b>x</b>' }, /not an http\(s\) address/],
		[{ url: 'not a url' }, /not a web address/],
		[{ estimate: 'yes' }, /"estimate" should be true or false, found "yes"/],
		[{ title: { nested: true } }, /"title" should be text, found a record/],
		[{ author: 'x', tags: [] }, /unknown fields "author", "tags" ignored/]
	])('warns about %j', (record, warning) => {
		const { metadata, warnings } = readMetadata(record, 'sidecar x.meta.json');
		expect(warnings).toEqual([expect.stringMatching(warning)]);
		expect(warnings[0]).toMatch(/^sidecar x\.meta\.json/);
		expect(metadata.url).toBeUndefined();
		expect(metadata.published).toBeUndefined();
	});

	it('cuts an absurdly long title and strips control characters', () => {
		const { metadata, warnings } = readMetadata({ title: 'x'.repeat(10_000), source: 'A\u0000B\u001bC' }, 'x');
		expect(metadata.title).toHaveLength(500);
		expect(metadata.source).toBe('A B C');
		expect(warnings[0]).toMatch(/"title" is 10000 characters long; it was cut to 500/);
	});

	it('keeps the other fields when one is bad', () => {
		const { metadata } = readMetadata({ title: 'Kept', url: 'javascript:alert(1)', published: '2022-02-30' }, 'x');
		expect(metadata.title).toBe('Kept');
	});

	it('keeps a non-ISO date and a bare year for other readers', () => {
		expect(readMetadata({ published: '6 Sept 2021' }, 'x').metadata).toEqual({ publishedText: '6 Sept 2021' });
		expect(readMetadata({ published: '2021' }, 'x').metadata).toEqual({ publishedText: '2021' });
		expect(readMetadata({ published: '2022-02-30' }, 'x').metadata).toEqual({});
	});

	it('reads the front-matter alias "date" as published', () => {
		expect(readMetadata({ date: '2019-04-11' }, 'front matter').metadata.published).toEqual({ year: 2019, month: 4, day: 11 });
	});

	it('lets a container keep its own fields', () => {
		expect(readMetadata({ id: 'a', text: 'b' }, 'line 1', ['id', 'text']).warnings).toEqual([]);
	});

	it.each([[[1, 2]], ['text'], [42]])('refuses a record that is not one: %j', (record) => {
		expect(readMetadata(record, 'sidecar').warnings[0]).toMatch(/is not a record of fields/);
	});

	it('treats nothing as no metadata', () => {
		expect(readMetadata(undefined, 'x')).toEqual({ metadata: {}, warnings: [] });
	});
});

describe('mergeMetadata', () => {
	it('lets later layers win field by field', () => {
		const merged = mergeMetadata({ title: 'A', source: 'S', published: { year: 2020, month: 1, day: 1 } }, { title: 'B', estimate: true });
		expect(merged).toEqual({ title: 'B', source: 'S', published: { year: 2020, month: 1, day: 1 }, estimate: true });
	});

	it('replaces a publication date whole, in whichever form the later layer gives it', () => {
		expect(mergeMetadata({ published: { year: 2020, month: 1, day: 1 } }, { publishedText: '6 Sept 2021' })).toEqual({ publishedText: '6 Sept 2021' });
		expect(mergeMetadata({ publishedText: '2021' }, { published: { year: 2020, month: 1, day: 1 } })).toEqual({ published: { year: 2020, month: 1, day: 1 } });
	});
});

describe('metadataPublication', () => {
	it('carries the estimate flag', () => {
		expect(metadataPublication({ published: { year: 2021, month: 8, day: 4 }, estimate: true })).toMatchObject({ date: '2021-08-04', basis: 'metadata', estimate: true });
		expect(metadataPublication({})).toBeNull();
	});
});

describe('httpUrl', () => {
	it.each([
		['https://example.org/x', true],
		['http://example.org', true],
		['  https://example.org/y  ', true],
		['javascript:alert(1)', false],
		['JAVASCRIPT:alert(1)', false],
		['ftp://example.org', false],
		['//example.org', false],
		['', false]
	])('%s → %s', (url, ok) => {
		expect(httpUrl(url).ok).toBe(ok);
	});
});
