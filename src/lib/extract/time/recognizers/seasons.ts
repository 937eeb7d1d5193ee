import { CARDINAL_WORDS } from '$lib/extract/text/numbers';
import { pastForm } from '$lib/extract/text/tense';
import { namesTheClocksSetting, SEASON_PATTERN, seasonCode } from '../calendarWords';
import { followed, leadsLineEntry, pattern, wordAfter, wordBefore, wordsBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Seasons: "the summer", "in spring", "winter 1994", "the winter of nineteen ninety-four", "the summer of
 * '66" (the year is joined by the merge refiner). A season counts only after a word that introduces a time ("in the
 * summer", "during winter", "early spring", "by autumn") or before its year; "fall" only when nothing of
 * follows ("the fall of Kabul" is an event). "last summer" and "this winter" are deictic.
 */

const INTRODUCERS = new Set(['in', 'during', 'by', 'until', 'till', 'since', 'through', 'throughout', 'over', 'all', 'early', 'late', 'mid', 'mid-', 'that', 'the', 'this', 'next', 'last', 'before', 'after', 'until']);

const SEASON_AFTER_JOIN = new RegExp(`^\\s+(?:and|or)\\s+${SEASON_PATTERN}(?![\\p{L}\\p{N}])[\\s,]*([\\p{L}]*)`, 'iu');
/**
 * Words after a season that leave it a time ("Parliament rose for the summer yesterday", "will decide in
 * the spring whether to", "what we need for the winter must be ordered"): any other ("summer camp", "the
 * winter Olympics") makes it name a thing.
 */
const TIME_FOLLOWERS = /^(and|or|but|when|as|to|in|of|the|a|an|was|were|is|are|will|would|shall|should|must|can|could|may|might|has|had|have|that|which|with|at|for|on|by|because|until|since|from|into|amid|despite|while|so|whether|if|unless|though|although|who|what|how|where|why|yesterday|today|tonight|tomorrow)$/i;
/**
 * An hour after a season, which the season's phrase then ends before: "adjourned for the summer shortly
 * before noon". ("In the summer before the war" is a summer counted from an event, no time of its own.)
 */
const HOUR_AFTER = /^\s+(?:(?:shortly|just|soon|well)\s+)?(?:before|after)\s+(?:noon|midnight|dawn|dusk|\d)/i;
/**
 * "fell in the spring after the bank cut its rates": a clause of "after" or "before" with its own verb in the
 * past ends the season's phrase ("the summer before the war" names a summer counted from an event).
 */
const CLAUSE_OF_TIME_AFTER = /^\s+(?:after|before)\s+(?:(?:the|a|an|its|their|his|her)\s+)?[\p{L}'’-]+\s+(\p{Ll}+)/u;
const clauseAfter = (after: string) => {
	const verb = CLAUSE_OF_TIME_AFTER.exec(after)?.[1];
	return !!verb && pastForm(verb);
};
/** A depth of rain or snow just after "fall": " at Kew, 31 mm,", " of 2.5 inches". */
const MEASURED_FALL = /^[^.;:!?]{0,28}?\d[\d.,]*\s*(?:inch(?:es)?|in\.|mm|millimet(?:re|er)s|cm|centimet(?:re|er)s)(?![\p{L}])/iu;

/**
 * After a season but not after "fall", a clause may begin with its subject: "by the autumn some ten million had
 * crossed", "in the winter I taught", "by the summer two hundred men were at work" ("after the fall many sold" is a
 * market's fall; "the spring one" is a noun's).
 */
const CLAUSE_FOLLOWERS = new RegExp(
	`^(?:some|many|most|all|more|few|nearly|almost|about|over|only|its|their|his|her|our|my|your|they|he|she|it|we|i|you|there|this|these|those|both|several|no|${CARDINAL_WORDS.filter((w) => w !== 'one').join('|')})$`,
	'i'
);
/**
 * A past verb after a season ends the phrase the season closes ("had been promised since the summer began
 * to look doubtful"); not after "spring" or "fall", where a past verb makes them a well's or a market's
 * ("until the spring ran dry", "after the fall wiped out").
 */
const verbEndsPhrase = (after: string, season: string) => !/^(?:spring|fall)$/i.test(season) && pastForm(after.toLowerCase());
/** A season's own verbs in the present ("sets in", "returns"), and the conjunctions its clause may follow. */
const SEASON_PRESENT_VERBS = /^(?:sets|arrives|comes|begins|starts|ends|returns|bites)$/i;
const SEASON_CONJUNCTIONS = /^(?:before|until|till|when|once|as|after)$/i;
const namesAThing = (after: string, season: string) =>
	!!after && /^\p{L}/u.test(after) && !TIME_FOLLOWERS.test(after) && (/^fall$/i.test(season) || !CLAUSE_FOLLOWERS.test(after)) && !verbEndsPhrase(after, season);
const SEASON_BEFORE_JOIN = new RegExp(`(?:^|[^\\p{L}\\p{N}])(\\p{L}+)\\s+(?:the\\s+)?${SEASON_PATTERN}\\s+(?:and|or)\\s+$`, 'iu');

/** Whether "summer and" before `index` is a season a word of time introduces ("through summer and"). */
function seasonIntroducedBefore(text: string, index: number): boolean {
	const m = SEASON_BEFORE_JOIN.exec(text.slice(Math.max(0, index - 40), index));
	return !!m && /^(?:in|during|by|until|till|since|through|throughout|over|early|late|mid|before|after)$/i.test(m[1]);
}

export const seasonRecognizer: Recognizer = {
	name: 'season',
	triggers: ['spring', 'summer', 'autumn', 'fall', 'winter', ...followed('the', ['spring', 'summer', 'autumn', 'fall', 'winter'])],
	pattern: pattern(`${WORD_START}(?:(the)\\s+)?(${SEASON_PATTERN})${WORD_END}`, true),
	build(m, text) {
		const season = seasonCode(m[2]);
		if (!season) return null;
		const end = m.index + m[0].length;
		const after = wordAfter(text, end);
		const before = wordBefore(text, m.index);
		const yearAfter =
			/^\s*(?:of\s+)?(?:(?:1\d|20)\d{2}|nineteen|twenty|two|['’]\d{2})\b/i.test(text.slice(end, end + 14)) ||
			// "the autumn of last year", "the summer of that year".
			/^\s+of\s+(?:last|next|this|that|the\s+(?:same|following|previous|next))\s+year\b/i.test(text.slice(end, end + 32));
		// "the start of winter", "by the end of the summer", "the height of summer": a part of the season.
		const partOf = before === 'of' && /\b(?:end|close|start|beginning|outset|middle|height|depths?|dead|onset)\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 16), m.index));
		// "through summer and autumn": two seasons joined, the second introduced with the first.
		const joined = /^(?:and|or)$/i.test(after) ? SEASON_AFTER_JOIN.exec(text.slice(end, end + 40)) : null;
		const pairedAfter = !!joined && !namesAThing(joined[1], m[2]);
		// "And" ends the season's phrase when no season follows it: "through the autumn and was called off",
		// "hit by rain in the spring and higher wage costs" (a season after it pairs the two, above).
		const endsBeforeAnd = /^and$/i.test(after) && !joined;
		const pairedBefore = /^(?:and|or)$/i.test(before) && !m[1] && seasonIntroducedBefore(text, m.index);
		const introduced =
			partOf ||
			pairedBefore ||
			((m[1] ? /^(in|during|by|until|till|since|through|throughout|over|before|after|for|from|to|into)$/.test(before) : INTRODUCERS.has(before) || before.endsWith('-')) &&
				(!/^(of|and)$/i.test(after) || pairedAfter || endsBeforeAnd));
		// "Summer: Militias burn hundreds of villages": the season heading an entry of a timeline; "1958 Summer –
		// …", with the year before it, which dates the line.
		const heading = !m[1] && leadsLineEntry(text, m.index, end);
		const yearStart = !m[1] && /^(?:1\d|20)\d{2}$/.test(before) ? text.lastIndexOf(before, m.index) : -1;
		if (yearStart >= 0 && /^[ \t]+$/.test(text.slice(yearStart + 4, m.index)) && leadsLineEntry(text, yearStart, end)) return { start: yearStart, end, type: 'DATE', expression: { kind: 'point', fields: { season, year: Number(before) } }, source: 'season', heading: 'line' };
		if (!yearAfter && !introduced && !heading) return null;
		// "the fall of Kabul", "the anniversary of the fall": the fall of something, not the season ("over the
		// course of the autumn" is one).
		if (/^fall$/i.test(m[2]) && !yearAfter && (/^of$/i.test(after) || (!m[1] && before === 'the' && wordsBefore(text, m.index, 2)[0]?.toLowerCase() === 'of'))) return null;
		// "summer time is to last until November", "when winter time begins": the clocks' setting, not a season.
		if (namesTheClocksSetting(m[2], text, end)) return null;
		// "the fall at Kew, 31 mm in an hour, beat the record": a fall of rain or snow, measured.
		if (/^fall$/i.test(m[2]) && !yearAfter && MEASURED_FALL.test(text.slice(end, end + 40))) return null;
		// "summer camp", "the winter Olympics": a season naming a thing ("all summer long" is the season).
		const allLong = before === 'all' && /^long$/i.test(after);
		// "before winter sets in", "until summer returns": the season's own verb, after a conjunction ("the
		// winter sets" are things).
		const ownVerb = !m[1] && SEASON_CONJUNCTIONS.test(before) && SEASON_PRESENT_VERBS.test(after);
		if (!yearAfter && !allLong && !ownVerb && namesAThing(after, m[2]) && !HOUR_AFTER.test(text.slice(end, end + 32)) && !clauseAfter(text.slice(end, end + 48))) return null;
		return { start: m.index, end, type: 'DATE', expression: { kind: 'point', fields: { season } }, source: 'season' };
	}
};
