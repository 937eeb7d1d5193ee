import { describe, expect, it } from 'vitest';
import { GAZETTEER_FORMAT, readGazetteerFile } from './gazetteerFile';

const file = (body: object) => ({ format: GAZETTEER_FORMAT, ...body });

describe('readGazetteerFile', () => {
	it('reads regions and actors, dropping empty fields', () => {
		const read = readGazetteerFile(
			file({
				regions: [{ id: 'city:xx-foo', name: ' Foo ', kind: 'city', parent: 'country:xx', lat: 1.5, lon: -2, aliases: ['Fooville'] }],
				actors: [{ id: 'person:jane-roe', name: 'Jane Roe', kind: 'person', memberOf: ['org:bar'], weakAliases: ['Roe'] }]
			}),
			'mine.json'
		);
		expect(read.problems).toEqual([]);
		expect(read.regions).toEqual([{ id: 'city:xx-foo', name: 'Foo', kind: 'city', parent: 'country:xx', lat: 1.5, lon: -2, aliases: ['Fooville'] }]);
		expect(read.actors).toEqual([{ id: 'person:jane-roe', name: 'Jane Roe', kind: 'person', memberOf: ['org:bar'], weakAliases: ['Roe'] }]);
	});

	it('parses the text of a file', () => {
		const read = readGazetteerFile(JSON.stringify(file({ regions: [{ id: 'city:ok', name: 'Ok', kind: 'city' }] })), 'text.json');
		expect(read.regions.map((r) => r.id)).toEqual(['city:ok']);
		expect(read.problems).toEqual([]);
	});

	it('refuses text that is not JSON, naming the file', () => {
		const read = readGazetteerFile('{ "format": ', 'broken.json');
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0]).toMatchObject({ source: 'broken.json', record: '(file)' });
		expect(read.problems[0].message).toMatch(/^not valid JSON: /);
	});

	it.each([
		[null, 'a gazetteer file must hold one JSON object'],
		[[1, 2], 'a gazetteer file must hold one JSON object'],
		[{ format: 'other/2' }, '"format" must be "dateline-gazetteer/1", got "other/2"'],
		[file({ regions: 'all' }), '"regions" must be a list']
	])('refuses %j as a whole', (data, message) => {
		const read = readGazetteerFile(data, 'bad.json');
		expect(read.problems).toEqual([{ source: 'bad.json', record: '(file)', message }]);
		expect(read.regions).toEqual([]);
	});

	it.each([
		[{ name: 'No id', kind: 'city' }, 'regions[0]', /"id" must look like/],
		[{ id: 'Bad Id', name: 'X', kind: 'city' }, 'Bad Id', /"id" must look like/],
		[{ id: 'city:x', name: '', kind: 'city' }, 'city:x', /"name" must be a non-empty string/],
		[{ id: 'city:x', name: 'X', kind: 'planet' }, 'city:x', /"kind" must be one of/],
		['just a string', 'regions[0]', /a region must be an object/]
	])('leaves out the bad region %j and keeps the good one', (bad, record, message) => {
		const read = readGazetteerFile(file({ regions: [bad, { id: 'city:ok', name: 'Ok', kind: 'city' }] }), 'mine.json');
		expect(read.regions.map((r) => r.id)).toEqual(['city:ok']);
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0].source).toBe('mine.json');
		expect(read.problems[0].record).toBe(record);
		expect(read.problems[0].message).toMatch(message);
	});

	it('corrects fields it cannot use and says so', () => {
		const read = readGazetteerFile(
			file({
				regions: [{ id: 'city:x', name: 'X', kind: 'city', lat: 95, lon: 10, aliases: ['Ok', 7], match: 'sometimes' }],
				actors: [{ id: 'org:y', name: 'Y', kind: 'organization', memberOf: ['org:z', 'NOT AN ID'] }]
			}),
			'mine.json'
		);
		expect(read.regions[0]).toEqual({ id: 'city:x', name: 'X', kind: 'city', aliases: ['Ok'] });
		expect(read.actors[0].memberOf).toEqual(['org:z']);
		expect(read.problems.map((p) => p.message)).toEqual([
			'"match" must be one of always, cued, never; the record is matched always',
			'"aliases" holds a value that is not a non-empty string: 7',
			'"lat" must be a number between -90 and 90; left out',
			'"lat" and "lon" go together; both left out',
			'"memberOf" holds a value that is not an id; left out'
		]);
	});
});
