import { WEEKDAY_PATTERN, weekdayNumber } from '../calendarWords';
import type { Relation } from '../expression';
import { pattern, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Weekdays: "Monday", "last Friday", "next Tuesday", "this Sunday", "this coming Sunday", "this past
 * Saturday", and anaphoric ones counted from the last mentioned day ("the previous Friday", "the
 * following Monday"). The name must be capitalized. The possessive "'s" stays outside the mention.
 */

const MODIFIER =
	'(last|next|this\\s+coming|this\\s+past|this|coming|past|the\\s+previous|the\\s+preceding|the\\s+following|the\\s+next)';

function relationOf(modifier: string | undefined): Relation | undefined {
	if (!modifier) return undefined;
	const m = modifier.toLowerCase().replace(/\s+/g, ' ');
	switch (m) {
		case 'last':
		case 'past':
		case 'this past':
			return { kind: 'named', direction: 'last' };
		case 'next':
		case 'coming':
		case 'this coming':
			return { kind: 'named', direction: 'next' };
		case 'this':
			return { kind: 'named', direction: 'this' };
		case 'the previous':
		case 'the preceding':
			return { kind: 'named', direction: 'last', anaphoric: true };
		default:
			return { kind: 'named', direction: 'next', anaphoric: true };
	}
}

export const weekdayRecognizer: Recognizer = {
	name: 'weekday',
	pattern: pattern(`${WORD_START}(?:${MODIFIER}\\s+)?(${WEEKDAY_PATTERN})${WORD_END}`, true),
	build(m) {
		const name = m[2];
		if (!/^\p{Lu}/u.test(name)) return null;
		const weekday = weekdayNumber(name);
		if (!weekday) return null;
		return {
			start: m.index,
			end: m.index + m[0].length,
			type: 'DATE',
			expression: { kind: 'point', fields: { weekday }, relation: relationOf(m[1]) },
			source: 'weekday'
		};
	}
};
