import type { Recognizer } from '../recognizer';
import { anaphoricRecognizers } from './anaphoric';
import { clockTimeRecognizers } from './clockTimes';
import { decadeRecognizers } from './decades';
import { deicticRecognizers } from './deictic';
import { durationRecognizers } from './durations';
import { holidayRecognizers, namedDayRecognizers } from './holidays';
import { monthDateRecognizers } from './monthDates';
import { numericDateRecognizers } from './numericDates';
import { offsetRecognizers } from './offsets';
import { quarterRecognizers } from './quarters';
import { seasonRecognizer } from './seasons';
import { setRecognizers } from './sets';
import { twoDigitYearRecognizers } from './twoDigitYears';
import { vagueReferenceRecognizers } from './vagueReferences';
import { nthWeekdayRecognizer, weekdayRecognizer, weekendRecognizer } from './weekdays';
import { weekNumberRecognizer } from './weekNumbers';
import { yearRecognizers } from './years';

/**
 * Every recognizer, one family per file. Where two read exactly the same words, the one earlier in this
 * list wins: specific readings (a set, an offset, a vague reference) come before the general duration
 * reader that would also take "a year" or "one day".
 */
export const RECOGNIZERS: Recognizer[] = [
	...namedDayRecognizers,
	...numericDateRecognizers,
	...monthDateRecognizers,
	...holidayRecognizers,
	nthWeekdayRecognizer,
	weekdayRecognizer,
	weekendRecognizer,
	weekNumberRecognizer,
	...deicticRecognizers,
	...anaphoricRecognizers,
	...quarterRecognizers,
	...decadeRecognizers,
	seasonRecognizer,
	...offsetRecognizers,
	...setRecognizers,
	...vagueReferenceRecognizers,
	...clockTimeRecognizers,
	...durationRecognizers,
	...yearRecognizers,
	...twoDigitYearRecognizers
];
