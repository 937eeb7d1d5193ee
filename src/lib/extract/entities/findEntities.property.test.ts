import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntities } from './findEntities';
import { defaultGazetteer } from './gazetteer';
import { nameKey } from './nameTokens';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const gazetteer = defaultGazetteer();

/** Pieces that exercise every path: names, cues, titles, possessives, abbreviations, odd characters. */
const pieces = fc.constantFrom(
	'Taliban', "Taliban's", 'Afghanistan’s', 'Ahmad Masoud', 'Masoud', 'Ahmad Shah Masud', 'Kandahar', 'province',
	'district', 'Spin Boldak', 'Darah-Sof-Bal', 'Dara-i-Suf', 'U.S.', 'US', 'WHO', 'NATO', 'the', 'The', 'in', 'of',
	'city', 'President', 'Mr', 'Gen.', 'spokesman', 'said', 'Council', 'Front', 'Army', 'National', 'Kot', 'Farsi',
	'Afghan', 'forces', 'British', 'embassy', '(', ')', '(RSF)', 'RSF', ',', '.', '’s', "'", '-', '—', '\n', '\n\n',
	'  ', ' ', 'e', 'i', 'al-', 'bin', 'Sana’a', 'António', 'É', '\u0301', '🙂', '\u00a0', 'Zelenskyy', 'Kyiv',
	'Mayor', 'Vitali', 'Klitschko', 'Security Council', 'Mujahideen', 'Islamic Emirate of Afghanistan', '1'
);

const texts = fc.oneof(
	fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(' ')),
	fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join('')),
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 })
);

describe('findEntities on any input', () => {
	it('never throws, and returns sorted, non-overlapping matches that quote the text', () => {
		fc.assert(
			fc.property(texts, (text) => {
				const matches = findEntities(text, gazetteer);
				let previousEnd = 0;
				for (const m of matches) {
					expect(m.start).toBeGreaterThanOrEqual(previousEnd);
					expect(m.end).toBeGreaterThan(m.start);
					expect(m.end).toBeLessThanOrEqual(text.length);
					expect(m.text).toBe(text.slice(m.start, m.end));
					expect(['actor', 'region']).toContain(m.kind);
					expect(m.id).toMatch(/^[a-z]+:[a-z0-9][a-z0-9.-]*$/);
					if (!m.discovered) expect(m.kind === 'actor' ? gazetteer.actor(m.id) : gazetteer.region(m.id)).toBeDefined();
					previousEnd = m.end;
				}
			}),
			{ numRuns: runs }
		);
	});

	it('matches a gazetteer record only by one of its own names', () => {
		fc.assert(
			fc.property(texts, (text) => {
				for (const m of findEntities(text, gazetteer)) {
					if (m.via !== 'name' && m.via !== 'weak' && m.via !== 'demonym') continue;
					const record = m.kind === 'actor' ? (gazetteer.actor(m.id) ?? gazetteer.region(m.id)) : gazetteer.region(m.id);
					const region = gazetteer.region(m.id);
					const names = [record!.name, ...(record!.aliases ?? []), ...(record!.weakAliases ?? []), ...(region?.demonyms ?? []), ...(region?.weakAliases ?? [])];
					const key = nameKey(m.text);
					expect(names.some((name) => key.startsWith(nameKey(name)))).toBe(true);
				}
			}),
			{ numRuns: runs }
		);
	});
});
