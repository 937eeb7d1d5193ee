import { unitOf } from '../calendarWords';
import { durationValue } from '../durationValue';
import { VAGUE_REACH } from '../durationStretch';
import type { Candidate } from '../expression';
import { followed, pattern, wordAfter, wordBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Vague references to the present, past and future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF): "now",
 * "currently", "at present", "these days", "nowadays", "current"; "recently", "lately", "in the past",
 * "years ago"; "soon", "the future", "the near future", "the
 * coming weeks", "the days ahead", "the following days", "the months that followed", "one day" after a modal ("will one day be"), "as soon as possible".
 * They name no place on the calendar, so they get no span. "the coming weeks", "the days ahead" and "in
 * recent months" are stretches of time starting or ending now, "the following days" and "the preceding
 * weeks" starting or ending with the time last spoken of: durations (`PXW`) with a span.
 */

type RefValue = 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';

function ref(start: number, end: number, value: RefValue): Candidate {
	return { start, end, type: 'DATE', expression: { kind: 'ref', value }, source: 'vague' };
}

const PHRASES: [string, RefValue][] = [
	['just\\s+now', 'PAST_REF'],
	['now', 'PRESENT_REF'],
	['currently', 'PRESENT_REF'],
	['presently', 'PRESENT_REF'],
	['nowadays', 'PRESENT_REF'],
	['these\\s+days', 'PRESENT_REF'],
	['at\\s+present', 'PRESENT_REF'],
	['at\\s+the\\s+moment', 'PRESENT_REF'],
	['at\\s+this\\s+(?:time|moment|point)', 'PRESENT_REF'],
	['the\\s+present', 'PRESENT_REF'],
	['more\\s+recently', 'PAST_REF'],
	['recently', 'PAST_REF'],
	['lately', 'PAST_REF'],
	['the\\s+past', 'PAST_REF'],
	['long\\s+ago', 'PAST_REF'],
	['(?:days|weeks|months|years|decades)\\s+ago', 'PAST_REF'],
	['(?:a\\s+(?:short\\s+|long\\s+)?while|some\\s+time|not\\s+long|a\\s+long\\s+time)\\s+ago', 'PAST_REF'],
	['(?:in\\s+)?recent\\s+(?:days|weeks|months|years|decades|times)', 'PAST_REF'],
	['the\\s+(?:past|last)\\s+(?:few|several)\\s+(?:quarters)', 'PAST_REF'],
	['soon', 'FUTURE_REF'],
	['shortly', 'FUTURE_REF'],
	['as\\s+soon\\s+as\\s+possible', 'FUTURE_REF'],
	['the\\s+(?:near|distant|foreseeable|immediate)\\s+future', 'FUTURE_REF'],
	['the\\s+future', 'FUTURE_REF'],
	['the\\s+(?:near|short|long|medium)\\s+term', 'FUTURE_REF'],
	['(?:the\\s+)?coming\\s+(?:days|weeks|months|years|decades|quarters)', 'FUTURE_REF'],
	['the\\s+(?:days|weeks|months|years)\\s+(?:ahead|to\\s+come)', 'FUTURE_REF'],
	['the\\s+(?:following|ensuing|subsequent)\\s+(?:days|weeks|months|years)', 'FUTURE_REF'],
	['the\\s+(?:days|weeks|months|years|decades)\\s+(?:that|which)\\s+(?:followed|ensued)', 'FUTURE_REF'],
	['the\\s+(?:preceding|previous)\\s+(?:days|weeks|months|years)', 'PAST_REF'],
	['(?:some\\s*day|one\\s+day|some\\s+time)', 'FUTURE_REF'],
	['a\\s+later\\s+date', 'FUTURE_REF'],
	['current', 'PRESENT_REF']
];

/** The phrases that are stretches of time ("the coming weeks", "in recent months", "the following days"), by their words. */
const STRETCH = /^(?:the )?coming (\w+)$|^the (\w+) (?:ahead|to come)$|^(?:in )?recent (days|weeks|months|years|decades)$|^the (?:(following|ensuing|subsequent)|preceding|previous) (\w+)$|^the (\w+) (?:that|which) (?:followed|ensued)$/;

const vague: Recognizer = {
	name: 'vague',
	triggers: [
		'days',
		'weeks',
		'months',
		'years',
		'decades',
		'now',
		'currently',
		'presently',
		'nowadays',
		'recently',
		'lately',
		'recent',
		'soon',
		'shortly',
		...followed('coming', ['days', 'weeks', 'months', 'years', 'decades', 'quarters']),
		'someday',
		'current',
		'more recently',
		'just now',
		'these days',
		'long ago',
		'not long',
		'one day',
		'in recent',
		'as soon',
		...followed('at', ['present', 'the', 'this']),
		...followed('a', ['while', 'short', 'long', 'later']),
		...followed('some', ['time', 'day']),
		...followed('the', ['past', 'present', 'future', 'near', 'distant', 'foreseeable', 'immediate', 'short', 'long', 'medium', 'coming', 'next', 'days', 'weeks', 'months', 'years', 'following', 'ensuing', 'subsequent', 'preceding', 'previous'])
	],
	pattern: pattern(`${WORD_START}(?:${PHRASES.map(([p]) => `(${p})`).join('|')})${WORD_END}`, true),
	build(m, text) {
		// Each phrase is the pattern's group of its place in the list (the phrases hold no groups of their own).
		let i = 0;
		while (i < PHRASES.length && m[i + 1] === undefined) i++;
		if (i === PHRASES.length) return null;
		const value = PHRASES[i][1];
		const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
		const end = m.index + m[0].length;
		// "the coming weeks", "the days ahead": stretches of time starting now, as "the past few weeks"
		// is one ending now.
		const stretch = phrase.includes(' ') ? STRETCH.exec(phrase) : null;
		// "on the following days: Monday and Tuesday" lists days, it is no stretch after another time.
		if (stretch?.[4] && /^\s*:/.test(text.slice(end, end + 3))) return null;
		if (stretch) {
			const unit = unitOf(stretch[1] ?? stretch[2] ?? stretch[3] ?? stretch[5] ?? stretch[6]);
			// "the following days", "the months that followed" start with the time last spoken of, "the
			// preceding weeks" end with it.
			const anchored = stretch[6] ? 'after' : stretch[5] ? (stretch[4] ? 'after' : 'before') : stretch[3] ? 'past' : 'future';
			// "in recent weeks" is a stretch ending now, as TimeML reads it: the "in" stays outside.
			const from = stretch[3] ? m.index + m[0].search(/recent/i) : m.index;
			if (unit) {
				return {
					start: from,
					end,
					type: 'DURATION',
					expression: { kind: 'duration', value: durationValue(null, unit), amount: VAGUE_REACH.default, unit, anchored },
					source: 'vague'
				};
			}
		}
		const after = wordAfter(text, end).toLowerCase();
		const before = wordBefore(text, m.index);
		let start = m.index;
		if (phrase.startsWith('in recent')) start += m[0].search(/recent/i);
		switch (phrase) {
			case 'soon':
				// "as soon as the talks end" is a conjunction.
				if (/\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
				if (/^(after|before|afterwards|thereafter)$/.test(after)) return null;
				break;
			case 'shortly':
				// "soon after the attack", "shortly before midnight" count from something else.
				if (/^(after|before|afterwards|thereafter)$/.test(after)) return null;
				break;
			case 'the past':
			case 'the future':
				// "the past two weeks", "the past year" are durations, read elsewhere.
				if (/^(\d|few|several|couple|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|year|years|month|months|week|weeks|day|days|decade|decades|century|quarter|quarters)/i.test(after)) return null;
				break;
			case 'the present':
				// "the present government" is no time.
				if (after && /^\p{Ll}/u.test(after) && !/^(and|or|but|to|as|is|was|when|where|that|of|in|for)$/.test(after)) return null;
				break;
			case 'one day':
			case 'some day':
			case 'some time':
				// Only a modal makes "one day" a future time ("will one day be"); otherwise it is a duration.
				if (!/^(will|would|could|might|may|shall|can|should|must|'ll)$/.test(before)) return null;
				break;
			case 'current':
				// As an adjective: "current realities", "his current wife". Not "current account", nor the noun before
				// a preposition or its verb ("switched on the current at the works", "the current swept him away").
				if (!after || !/^\p{Ll}/u.test(after) || /^(account|accounts|affairs|events|of|and|or|to|is|was|in|at|on|from|through|for|with|by|into|off|swept|sweeps|carried|carries|flowed|flows|ran|runs)$/.test(after)) return null;
				// "alternating current systems", "an ocean current": the noun, named by the word before it.
				if (/^(?:alternating|direct|electric|electrical|ocean|tidal|rip|jet|air)$/.test(before)) return null;
				// "the then current market price": current at a time gone by.
				if (before === 'then') {
					const from = Math.max(0, m.index - 12);
					return ref(from + text.slice(from, m.index).search(/then\s+$/i), end, 'PAST_REF');
				}
				break;
			case 'now':
				if (/^-/.test(text.slice(end, end + 1))) return null;
				break;
		}
		return ref(start, end, value);
	}
};

export const vagueReferenceRecognizers: Recognizer[] = [vague];
