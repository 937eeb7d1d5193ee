import { describe, expect, it } from 'vitest';
import { readTimeML, writeTimeML } from './timeml';
import { tagTimeML } from './tagTimeML';

const FILE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-14" temporalFunction="false" functionInDocument="CREATION_TIME">19980814</TIMEX3></DCT>
<TEXT>
Clinton <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-13">Thursday</TIMEX3> that AT&amp;T &lt;and&gt; others rose <TIMEX3 tid="t2" type="DURATION" value="P3W" mod="MORE_THAN">more than three weeks</TIMEX3> ago.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
`;

describe('TimeML reader', () => {
	const doc = readTimeML(FILE);
	it('reads the creation time and the plain text with entities decoded', () => {
		expect(doc.dct).toBe('1998-08-14');
		expect(doc.text).toBe('\nClinton said Thursday that AT&T <and> others rose more than three weeks ago.\n');
	});
	it('reads the annotations with offsets into the plain text', () => {
		const more = doc.text.indexOf('more than');
		expect(doc.timexes).toEqual([
			{ start: 14, end: 22, text: 'Thursday', type: 'DATE', value: '1998-08-13' },
			{ start: more, end: more + 21, text: 'more than three weeks', type: 'DURATION', value: 'P3W', mod: 'MORE_THAN' }
		]);
	});
	it('refuses a file without TEXT', () => {
		expect(() => readTimeML('<TimeML></TimeML>')).toThrow(/no <TEXT>/);
	});
});

describe('TimeML writer', () => {
	it('keeps the raw text byte for byte and replaces the tags inside TEXT', () => {
		const doc = readTimeML(FILE);
		const out = writeTimeML(doc, [{ start: 14, end: 22, text: 'Thursday', type: 'DATE', value: '1998-08-13' }]);
		expect(out).toContain('Clinton said <TIMEX3 tid="t1" type="DATE" value="1998-08-13">Thursday</TIMEX3> that AT&amp;T &lt;and&gt; others');
		expect(out).not.toContain('<EVENT');
		expect(out.slice(0, out.indexOf('<TEXT>'))).toBe(FILE.slice(0, FILE.indexOf('<TEXT>')));
		expect(out.slice(out.indexOf('</TEXT>'))).toBe(FILE.slice(FILE.indexOf('</TEXT>')));
		expect(readTimeML(out).text).toBe(doc.text);
	});
	it('round-trips the tagger output', () => {
		const tagged = readTimeML(tagTimeML(FILE));
		expect(tagged.timexes.map((t) => [t.text, t.value])).toEqual([
			['Thursday', '1998-08-13'],
			['more than three weeks ago', '1998-W30']
		]);
	});
	it('writes the two ends of a range as TimeML does', () => {
		const file = FILE.replace(/<TEXT>[\s\S]*<\/TEXT>/, '<TEXT>They ruled from 1996 to 2001.</TEXT>');
		expect(readTimeML(tagTimeML(file)).timexes.map((t) => t.text)).toEqual(['1996', '2001']);
	});
	it('places the two ends of a range as the range does', () => {
		const file = FILE.replace(/<TEXT>[\s\S]*<\/TEXT>/, '<TEXT>It will buy all shares tendered from today through Nov. 17.</TEXT>');
		expect(readTimeML(tagTimeML(file)).timexes.map((t) => [t.text, t.value])).toEqual([
			['today', '1998-08-14'],
			['Nov. 17', '1998-11-17']
		]);
	});
});
