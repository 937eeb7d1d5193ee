import type { Candidate } from '../expression';
import { attachModifiers } from './attachModifiers';
import { closePeriods } from './closePeriods';
import { dropTitles } from './dropTitles';
import { keepConfirmedYears } from './keepConfirmedYears';
import { linkTimesToDays } from './linkTimesToDays';
import { markRecurring } from './markRecurring';
import { mergeDateParts } from './mergeDateParts';
import { mergeRanges } from './mergeRanges';
import { removeOverlaps } from './removeOverlaps';
import { settleNumericOrder } from './settleNumericOrder';

export type Refiner = (candidates: Candidate[], text: string) => Candidate[];

/**
 * The refiners, in the order they run. Each expects candidates sorted by position, and the order matters:
 * 1. `removeOverlaps`: recognizers read the same words in several ways ("September 6, 2021" is also
 *    "September" and "2021"); keeping the longest reading first lets every later step see one reading
 *    per stretch of text.
 * 2. `dropTitles` removes time words inside names ("This Week", "60 Minutes") before they can join
 *    anything; `keepConfirmedYears`: a weak year is judged by its final neighbours, so it runs once they are
 *    settled, and before merging hides them inside ranges; it also drops a year that a label elsewhere in
 *    the text ("Resolution 1325") shows to be that label's number.
 * 3. `mergeDateParts`: joins the parts of one time ("Friday, Oct. 23", "10 p.m. Wednesday", "July last
 *    year"); ranges must see whole dates at their ends, so this comes before them. `markRecurring`
 *    then reads "every" before a whole day of the year ("Every Christmas Eve") as a set, and joins a set
 *    of days to the clock it is kept at ("every Monday at 1pm").
 * 4. `mergeRanges`: joins "from X to Y" and "between X and Y" into one stretch.
 * 5. `attachModifiers`: "early", "about", "the end of" qualify the whole merged expression ("early
 *    Friday morning", "the end of this week"), so they attach after the merges.
 * 6. `closePeriods` and `linkTimesToDays`: link "the quarter" to the date in "ended Sept. 30" and a
 *    clock time to the day after it ("10:35 a.m. (0735 GMT) Friday"), once all mentions are final.
 * 7. `settleNumericOrder`: reads "10/12/2019" by the text's own convention, which needs every date seen.
 * Resolution (anchors, tense, anaphora) follows in document order, once the mentions are final.
 */
export const REFINERS: Refiner[] = [removeOverlaps, dropTitles, keepConfirmedYears, mergeDateParts, markRecurring, mergeRanges, attachModifiers, closePeriods, linkTimesToDays, settleNumericOrder];
