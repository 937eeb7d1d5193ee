import type { Recognizer } from '../recognizer';
import { deicticRecognizers } from './deictic';
import { monthDateRecognizers } from './monthDates';
import { numericDateRecognizers } from './numericDates';
import { weekdayRecognizer } from './weekdays';
import { yearRecognizers } from './years';

/** Every recognizer, one family per file. On equal-length overlaps the earlier one in this list wins. */
export const RECOGNIZERS: Recognizer[] = [
	...numericDateRecognizers,
	...monthDateRecognizers,
	weekdayRecognizer,
	...deicticRecognizers,
	...yearRecognizers
];
