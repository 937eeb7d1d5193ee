import { describe, expect, it } from 'vitest';
import type { TimeMention } from '$lib/model';
import { MAX_TIMES_PER_SENTENCE, tagTimes, type TagOptions } from './index';
import { REFERENCE_REACH } from './baseTimes';

/**
 * Table-driven tests of the tagger, one table per family of expressions, each row with a fixed
 * reference date: [text, anchor, the mention's text, what it must be]. `value: ''` with `span: false`
 * means the text names no real date.
 */

interface Expected {
	value: string;
	type?: TimeMention['type'];
	mod?: string;
	basis?: string;
	granularity?: string;
	approximate?: boolean;
	span?: boolean;
	anchor?: string;
	/** The span's first and last day, and its value, for durations tied to the calendar and reported periods. */
	days?: [string, string];
	spanValue?: string;
	/** The code of the mention's one diagnostic; `null`: none. */
	diagnostic?: string | null;
}

const dayOf = (instant: number) => new Date(instant).toISOString().slice(0, 10);

type Row = [text: string, anchor: string | undefined, mention: string, expected: Expected];

function mentionIn(text: string, options: TagOptions, wanted: string): TimeMention {
	const mentions = tagTimes(text, options);
	const found = mentions.find((m) => m.text === wanted);
	if (!found) throw new Error(`no mention "${wanted}" in ${JSON.stringify(mentions.map((m) => m.text))}`);
	return found;
}

function check(m: TimeMention, e: Expected) {
	expect(m.value).toBe(e.value);
	if (e.type) expect(m.type).toBe(e.type);
	if (e.mod) expect(m.mod).toBe(e.mod);
	if (e.span === false) expect(m.span).toBeUndefined();
	if (e.basis) expect(m.span?.basis).toBe(e.basis);
	if (e.granularity) expect(m.span?.granularity).toBe(e.granularity);
	if (e.approximate !== undefined) expect(m.span?.approximate).toBe(e.approximate);
	if (e.anchor) expect(m.span?.anchor?.value).toBe(e.anchor);
	if (e.days) expect(m.span && [dayOf(m.span.start), dayOf(m.span.end - 1)]).toEqual(e.days);
	if (e.spanValue) expect(m.span?.value).toBe(e.spanValue);
	if (e.diagnostic !== undefined) expect(m.diagnostics?.map((d) => d.code)).toEqual(e.diagnostic === null ? undefined : [e.diagnostic]);
}

function table(name: string, rows: Row[], options: Omit<TagOptions, 'anchor'> = {}) {
	describe(name, () => {
		it.each(rows)('%s (anchor %s): %s', (text, anchor, mention, expected) => {
			check(mentionIn(text, { ...options, anchor }, mention), expected);
		});
	});
}

table('absolute dates', [
	['The talks opened on 6 September 2021.', undefined, '6 September 2021', { value: '2021-09-06', basis: 'stated', granularity: 'day' }],
	['The talks opened on Sept. 6, 2021, in Doha.', undefined, 'Sept. 6, 2021', { value: '2021-09-06', basis: 'stated' }],
	['Fighting resumed on September 6th.', '2021-09-10', 'September 6th', { value: '2021-09-06', basis: 'relative', anchor: '2021-09-10' }],
	['The convoy left on the 6th.', '2021-09-10', 'the 6th', { value: '2021-09-06', basis: 'relative' }],
	['Strikes hit on the 12th and the 13th, officials said.', '2022-05-18', 'the 13th', { value: '2022-05-13' }],
	// a day named by its number is of the month a story told in the past is in, when that month is before the writing's
	['The gunmen came ashore on 26 November 2008, and the siege ended only on the morning of the 29th.', '2018-11-26', 'the morning of the 29th', { value: '2008-11-29TMO' }],
	['The siege began on 3 March. It ended on the 14th.', '2018-05-16', 'the 14th', { value: '2018-03-14' }],
	['The siege began on 28 March and ended on the 2nd.', '2018-05-16', 'the 2nd', { value: '2018-04-02' }],
	// A few sentences with no date may lie between, as news writes such a day only where its month is plain.
	['The ferry capsized off the cape on the night of 14 March. Of 212 passengers, 61 were saved. The crew had ignored the gale. Divers found the hull on the 18th.', '1923-05-10', 'the 18th', { value: '1923-03-18' }],
	['The ferry capsized off the cape on 14 March. Of 212 passengers, 61 were saved. The crew had ignored the gale. Nobody was charged. Police closed the file. Divers found the hull on the 18th.', '1923-05-10', 'the 18th', { value: '1923-04-18' }],
	['Police said on Monday that the attack happened on the 2nd.', '2018-05-16', 'the 2nd', { value: '2018-05-02' }],
	// A day later in the month the sentence named is of that month.
	['The vault was found on the 3rd of this month, and it stayed sealed until the governor could arrive on the 21st.', '1931-04-28', 'the 21st', { value: '1931-04-21' }],
	['Filed 2021-09-06 in Kabul.', undefined, '2021-09-06', { value: '2021-09-06', basis: 'stated' }],
	['The order is dated 6/9/2021.', undefined, '6/9/2021', { value: '2021-06-09' }],
	['The order is dated 16/9/2021.', undefined, '16/9/2021', { value: '2021-09-16' }],
	['The decree of 06.09.2021 stands.', undefined, '06.09.2021', { value: '2021-09-06' }],
	['The ministry said on 15-08-2021 that it would act.', undefined, '15-08-2021', { value: '2021-08-15' }],
	['Elections were held in March 2014.', undefined, 'March 2014', { value: '2014-03', granularity: 'month' }],
	['It was founded in September of 1994.', undefined, 'September of 1994', { value: '1994-09' }],
	['The Taliban ruled Kabul in 2001.', undefined, '2001', { value: '2001', granularity: 'year', basis: 'stated' }],
	['In 1994, 1995 and 1997 the group grew.', undefined, '1997', { value: '1997' }],
	// A number set off beside "year" names it, and "that year" after it is that one.
	['In its worst year, 1932, the mill laid off half its workers, and on 3 May of that year it closed.', '1990-01-01', '1932', { value: '1932' }],
	// An ordinal ends its sentence: the year after it opens the next one, which a count of years then follows.
	['Today would have been her 23rd. Appointed to the court in 1978, she became chief judge eleven years later.', '2024-02-29', 'eleven years later', { value: '1989' }],
	['The mill reopened in March 1920. In its worst year, 1932, it laid off half its workers, and on 3 May of that year it closed.', '1990-01-01', '3 May of that year', { value: '1932-05-03' }],
	['The 1956 uprising was crushed.', undefined, '1956', { value: '1956' }],
	// days listed before the one that names their month are dates of that month; "between" makes a range
	['Voting will take place on 23 and 24 May.', '2022-05-18', '23', { value: '2022-05-23', granularity: 'day' }],
	['Talks were held on 3, 4 and 5 March 2021.', undefined, '4', { value: '2021-03-04', basis: 'stated' }],
	['Polls open on 23rd or 24th May.', '2022-05-18', '23rd', { value: '2022-05-23' }],
	['Sales rose in fiscal 1989.', undefined, 'fiscal 1989', { value: '1989', approximate: true }],
	['Troops stayed until the year two thousand.', undefined, 'the year two thousand', { value: '2000' }],
	['He recalled the winter of nineteen ninety-four.', undefined, 'the winter of nineteen ninety-four', { value: '1994-WI' }],
	['The offensive stalled in the winter of 1941–42.', undefined, 'the winter of 1941–42', { value: '1941-WI', days: ['1941-12-01', '1942-02-28'] }],
	['Between 26 and 29 November 1812 the army crossed the Berezina.', undefined, '26 and 29 November 1812', { value: '1812-11-26/1812-11-29' }],
	['Prices peaked in nineteen ninety-six.', undefined, 'nineteen ninety-six', { value: '1996' }],
	["He said Navigation Mixte's 1989 profit would rise.", '1989-11-01', '1989', { value: '1989' }]
]);

table('decades, centuries, seasons, quarters, halves', [
	['The Soviets invaded in the 1980s.', undefined, 'the 1980s', { value: '198', granularity: 'decade' }],
	["Music of the '90s returned.", '2021-09-06', "the '90s", { value: '199', granularity: 'decade', basis: 'relative' }],
	['Prices fell in the late 1990s.', undefined, 'the late 1990s', { value: '199', mod: 'END' }],
	['The glacier could vanish by the 2120s.', '2076-08-01', 'the 2120s', { value: '212', granularity: 'decade' }],
	['Seas will rise through the 2100s.', '2076-08-01', 'the 2100s', { value: '21', granularity: 'century' }],
	['Jazz flourished in the nineteen-thirties.', '1966-01-24', 'the nineteen-thirties', { value: '193' }],
	['Prices fell in the late eighteen-nineties.', '1966-01-24', 'the late eighteen-nineties', { value: '189', mod: 'END' }],
	['Fighting raged through summer and autumn.', '2022-12-10', 'summer', { value: '2022-SU' }],
	['The family camped there all summer long.', '2022-12-10', 'summer', { value: '2022-SU' }],
	// A clause of "after" or "before" with its own past verb ends the season's phrase.
	['Deposits fell in the spring after the bank cut its rates.', '2022-12-10', 'the spring', { value: '2022-SP' }],
	['Aid agencies want the camps insulated before winter sets in.', '2046-10-02', 'winter', { value: '2046-WI' }],
	['Fighting raged through summer and autumn.', '2022-12-10', 'autumn', { value: '2022-FA' }],
	// A season before a day or an hour is a time; before an event it is counted from, none of its own.
	['The court adjourned for the summer shortly before noon.', '1976-07-02', 'the summer', { value: '1976-SU' }],
	['Parliament rose for the summer yesterday.', '1976-07-02', 'the summer', { value: '1976-SU' }],
	// A modal after the season begins its clause's verb.
	['All the coal we need for the winter must be ordered this month.', '1953-09-14', 'the winter', { value: '1953-WI' }],
	['Orbis plans to fly weekly from the summer.', '2052-02-29', 'the summer', { value: '2052-SU' }],
	// A conjunction or a past verb after a season ends its phrase; a past verb after "spring" may be a well's.
	['The levy had been delayed since the spring because of a dispute with the contractor.', '2031-10-14', 'the spring', { value: '2031-SP' }],
	// A clause opened after it leaves the season a time.
	['The ministry will rule in the autumn whether the dam can be raised.', '2046-02-09', 'the autumn', { value: '2046-FA' }],
	['Talks promised since the summer collapsed on Monday.', '2031-10-14', 'the summer', { value: '2031-SU' }],
	['Fighting eased after the winter amid a thaw.', '2044-05-02', 'the winter', { value: '2043-WI' }],
	// So does "and that" opening a clause ("and that summer" is another season).
	['Ministers said power cuts could come by the winter and that schools might close.', '2041-10-02', 'the winter', { value: '2041-WI' }],
	// A clause after the season may open with "I", a count or "both".
	['In the winter I taught at the village school.', '1950-06-01', 'the winter', { value: '1949-WI' }],
	['Work on the pier began in May 1899, and by the summer two hundred men were at work.', '1950-06-01', 'the summer', { value: '1899-SU' }],
	['It grew in the mid-2000s.', undefined, 'the mid-2000s', { value: '200', mod: 'MID' }],
	['Wars of the 20th century shaped it.', undefined, 'the 20th century', { value: '19', granularity: 'century' }],
	['The fortress dates from the eleventh century.', undefined, 'the eleventh century', { value: '10' }],
	['In the 1st century AD the region became a centre of Buddhism.', undefined, 'the 1st century', { value: '00', granularity: 'century' }],
	['The Long March of 1934–35 carried the Red Army 9,000 km.', undefined, '1934–35', { value: '1934/1935' }],
	['Protests grew in the summer of 2014.', undefined, 'the summer of 2014', { value: '2014-SU', granularity: 'season', approximate: true }],
	['Output fell in the third quarter of 2020.', undefined, 'the third quarter of 2020', { value: '2020-Q3', granularity: 'quarter' }],
	['Profit rose in the third quarter.', '2020-11-02', 'the third quarter', { value: '2020-Q3', basis: 'relative' }],
	['Third-quarter earnings rose 5%.', '2020-11-02', 'Third-quarter', { value: '2020-Q3' }],
	['Exports doubled in the first half of 2019.', undefined, 'the first half of 2019', { value: '2019-H1', granularity: 'half' }],
	// A half with no year is a year's only in a report; "the second half of the year" is of the year spoken of.
	['BP said underlying profit for the first half rose to $6.3 billion.', '2019-07-30', 'the first half', { value: '2019-H1' }],
	['In the first half, net income rose 5%.', '2019-07-30', 'the first half', { value: '2019-H1' }],
	['The chain said its second-half figures would show a loss.', '2019-07-30', 'second-half', { value: '2019-H2' }],
	['The lender expects margins to narrow in the second half as rates fall.', '2019-07-30', 'the second half', { value: '2019-H2' }],
	['Inflation is expected to ease in the second half.', '2019-07-30', 'the second half', { value: '2019-H2' }],
	['The yard expects to deliver three more ships in the second half.', '2050-08-19', 'the second half', { value: '2050-H2' }],
	['The port expects volumes to recover in the second half.', '2050-08-19', 'the second half', { value: '2050-H2' }],
	// In a report's text, a half needs no figure beside it.
	['Net income rose 12% in the quarter. The airline expects fuel costs to ease in the second half.', '2050-08-19', 'the second half', { value: '2050-H2' }],
	['Kia expects to sell 1.6 million cars in the first half, it said in December.', '2033-12-04', 'the first half', { value: '2034-H1' }],
	// A participle of cause trailing a clause that looks ahead looks ahead with it.
	['The airline said it expected to return to profit in the first quarter of next year, helped by holiday traffic in February.', '2066-11-12', 'February', { value: '2067-02' }],
	['The bank expects the economy to shrink this year and to recover in the second half of the year.', '2022-03-06', 'the second half of the year', { value: '2022-H2' }],
	['Sales fell in 2019. In the second half of the year, profit recovered.', '2022-03-06', 'the second half of the year', { value: '2019-H2' }],
	['Sales fell in the second half of the year.', '2022-03-06', 'the second half of the year', { value: '2021-H2' }],
	// What is told as done is not of a year the writing has not reached, whatever the text named last.
	['The league will pause for two weeks in March. Clubs spent a record £2.9 billion in the first half of the year.', '2047-06-30', 'the first half of the year', { value: '2047-H1' }],
	// A plan set beside its time after "due back" was made before the writing, for a time on either side of it.
	['Members had been due back on September 13.', '2094-09-09', 'September 13', { value: '2094-09-13' }],
	// A schedule's verb joined by "and" before its hour goes on with it; a relative clause in commas is passed over.
	['The transfer window opened on June 14 and shuts at 11pm on 1 September.', '2047-06-30', '1 September', { value: '2047-09-01' }],
	['The Knesset will now break for Hanukkah, which began on Tuesday evening, and reconvene on Jan. 6.', '2041-12-20', 'Jan. 6', { value: '2042-01-06' }],
	['The economy shrank in the second half. Profit fell in the first half of last year.', '2022-03-06', 'the first half of last year', { value: '2021-H1' }],
	['Revenue reached $3 billion in Q3 2021.', undefined, 'Q3 2021', { value: '2021-Q3' }]
]);

// A year by its last two digits takes its century from the time the story is at, and never lies after the
// writing unless the clause looks ahead.
table('two-digit years after an apostrophe', [
	["England won the World Cup in the summer of '66.", '2025-03-14', "the summer of '66", { value: '1966-SU', basis: 'relative' }],
	["Prices crashed in '08 and again in '20.", '2025-03-14', "'08", { value: '2008', granularity: 'year' }],
	["The crash of '29 wiped out savings.", '2025-03-14', "'29", { value: '1929' }],
	["Los Angeles will host the Games in '28.", '2025-03-14', "'28", { value: '2028' }],
	["The '92 riots left 63 dead.", '2025-03-14', "'92", { value: '1992' }],
	["He was born in June '44 in Leeds.", '2025-03-14', "June '44", { value: '1944-06' }],
	["Kennedy was shot on Nov. 22, '63 in Dallas.", '2025-03-14', "Nov. 22, '63", { value: '1963-11-22' }],
	["He died 22 Nov '63.", '2025-03-14', "22 Nov '63", { value: '1963-11-22' }],
	["The war ended in 1865, and by '66 the troops had gone home.", '2025-03-14', "'66", { value: '1866' }],
	["It happened on Feb. 29, '23.", '2025-03-14', "Feb. 29, '23", { value: '', span: false, diagnostic: 'impossible-date' }]
]);

table('a day of a month named relatively', [
	['On the 21st of last month the ship sank.', '1995-06-10', 'the 21st of last month', { value: '1995-05-21', basis: 'relative' }],
	['It ends on the 2nd of next month.', '1995-12-10', 'the 2nd of next month', { value: '1996-01-02' }],
	['He arrived on the 3rd of this month.', '1995-06-10', 'the 3rd of this month', { value: '1995-06-03' }],
	['The fleet sailed in March 1588. On the 12th of the following month it reached Lisbon.', '2020-01-01', 'the 12th of the following month', { value: '1588-04-12' }],
	// "Of the month" alone is the writing's month, or the month of a story retold.
	['The strike began on the 3rd of the month, and the pits are still idle.', '1926-05-20', 'the 3rd of the month', { value: '1926-05-03', basis: 'relative' }],
	['Pensions will be paid on the 28th of the month.', '2031-04-16', 'the 28th of the month', { value: '2031-04-28' }],
	['The 1st of the month fell on a Sunday.', '1967-10-12', 'The 1st of the month', { value: '1967-10-01' }],
	['The siege of Sarajevo tightened in May 1992. On the 27th of the month a shell struck a bread queue.', '2012-04-05', 'the 27th of the month', { value: '1992-05-27' }],
	// Older letters and print name the month by a Latin word after the day.
	['Your letter of the 21st ult. was received.', '1895-01-10', 'the 21st ult.', { value: '1894-12-21' }],
	['The meeting of the 3rd inst. was adjourned to the 2nd prox.', '1895-06-10', 'the 3rd inst.', { value: '1895-06-03' }],
	['The meeting of the 3rd inst. was adjourned to the 2nd prox.', '1895-06-10', 'the 2nd prox.', { value: '1895-07-02' }],
	['Payment is due on the 30th proximo.', '1895-01-10', 'the 30th proximo', { value: '', span: false, diagnostic: 'impossible-date' }],
	// With a weekday, and a part of the day before it, the date is one mention.
	['The exhibition opened on Saturday evening, the 28th ult., to a small audience.', '1903-04-02', 'Saturday evening, the 28th ult.', { value: '1903-03-28TEV', diagnostic: null }],
	['The exhibition opened on Saturday, the 28th ult., to a small audience.', '1903-04-02', 'Saturday, the 28th ult.', { value: '1903-03-28' }],
	['The steamer sails on Tuesday, the 7th inst., for Lisbon.', '1903-04-02', 'Tuesday, the 7th inst.', { value: '1903-04-07', diagnostic: null }],
	['The mill reopens on Monday morning the 5th.', '1888-10-30', 'Monday morning the 5th', { value: '1888-11-05TMO' }],
	// An ordinal naming a unit is not a day: the weekday stands alone.
	['On Sunday night the 5th Battalion attacked the ridge.', '1917-06-13', 'Sunday night', { value: '1917-06-10TNI' }],
	['On Sunday the 5th Battalion attacked the ridge.', '1917-06-13', 'Sunday', { value: '1917-06-10' }]
]);

// A limit that does not say its half of the day comes after the hour it closes.
table('the end of a stretch of hours', [
	["The polls were open from eleven o'clock until half-past six.", '2025-10-10', "eleven o'clock until half-past six", { value: '2025-10-10T11:00/2025-10-10T18:30' }],
	['The meeting ran from 10:30 until 2:15.', '2025-10-10', '10:30 until 2:15', { value: '2025-10-10T10:30/2025-10-10T14:15' }],
	['The party ran from 9:30 p.m. until 1:00.', '2025-10-10', '9:30 p.m. until 1:00', { value: '2025-10-10T21:30/2025-10-11T01:00' }],
	["The polls were open from eleven o'clock this morning until half-past six.", '2025-10-10', 'half-past six', { value: '2025-10-10T18:30' }],
	['Talks began at 10 a.m. on Friday and went on until 1:15.', '2025-10-10', '1:15', { value: '2025-10-10T13:15' }],
	['He slept at 1 a.m. and lay awake until 4:30.', '2025-10-10', '4:30', { value: '2025-10-10T04:30' }]
]);

table('the next decade is a stretch', [
	['The next decade will be decisive.', '2070-06-30', 'The next decade', { value: 'P10Y', type: 'DURATION', days: ['2070-06-30', '2080-06-29'] }],
	['The agency said the next century would be hotter.', '2070-06-30', 'the next century', { value: 'P100Y', type: 'DURATION' }],
	['He was arrested in 2050 and spent the next decade in prison.', '2070-06-30', 'the next decade', { value: 'P10Y', span: false }],
	['In the 1960s output rose; in the following decade it fell.', '2070-06-30', 'the following decade', { value: '197' }]
]);

// On a Sunday "this week" told in the present is the week to come; in the present perfect or the past, the one ending.
table('this week, written on a Sunday', [
	['Britain faces its coldest spell for almost 30 years this week.', '2010-01-03', 'this week', { value: '2010-W01' }],
	["This week's pick is the thriller.", '2010-01-03', 'This week', { value: '2010-W01' }],
	['The talks are expected to resume this week.', '2010-01-03', 'this week', { value: '2010-W01' }],
	['This week has been tough for the government.', '2010-01-03', 'This week', { value: '2009-W53' }],
	['Police said this week that the man was arrested.', '2010-01-03', 'this week', { value: '2009-W53' }],
	// A decision or a plan sets a week still to come.
	['The dockers announced an overtime ban from Monday to Friday this week.', '2010-01-03', 'this week', { value: '2010-W01' }],
	['The assembly has been recalled for an emergency sitting this week.', '2010-01-03', 'this week', { value: '2010-W01' }]
]);

table('a season or a week of a year or a month named after it', [
	['In the autumn of last year the plant closed.', '1919-03-10', 'the autumn of last year', { value: '1918-FA' }],
	['The flu struck in 1918. It returned in the summer of that year.', '2060-03-10', 'the summer of that year', { value: '1918-SU' }],
	['The plant opened in 2040. In the autumn of the following year it closed.', '2060-03-10', 'the autumn of the following year', { value: '2041-FA' }],
	['Troops arrive in the first week in July.', '1919-03-10', 'the first week in July', { value: '1919-07', mod: 'START' }],
	['The vote is in the last week in March.', '1919-03-10', 'the last week in March', { value: '1919-03', mod: 'END' }],
	['Prices rose last week in London.', '1919-03-10', 'last week', { value: '1919-W10' }],
	['Sales fell in the past week in Europe.', '1919-03-10', 'the past week', { value: 'P1W', type: 'DURATION' }]
]);

table('the first or last day of the year or the month', [
	['The deal closes on the last day of the year.', '1879-03-10', 'the last day of the year', { value: '1879-12-31' }],
	['Rents are due on the first day of the month.', '2020-03-10', 'the first day of the month', { value: '2020-03-01' }]
]);

table('older print', [
	["The train left at 9:35 o'clock on Thursday night.", '1895-06-10', "9:35 o'clock", { value: '1895-06-06T21:35' }],
	["The magazine blew up at 10.20 o'clock on Friday night.", '1907-03-18', "10.20 o'clock", { value: '1907-03-15T22:20' }],
	["The doors were opened at 7.30 o'clock, and the hall was full by eight.", '1907-03-18', "7.30 o'clock", { value: '1907-03-18T07:30' }],
	['It was a year ago to-day that the ship sank.', '1895-06-10', 'a year ago to-day', { value: '1894-06-10' }],
	// "2d", "3d", "22d": the older American ordinals; a weekday abbreviated with its stop.
	['The column left the fort on the 22d, and reached the river at noon.', '1881-07-07', 'the 22d', { value: '1881-06-22' }],
	['On the 3d and 4th they rested.', '1881-07-07', 'the 3d', { value: '1881-07-03' }],
	['A further convention will be held at Rochester on the 2d of August.', '1848-07-22', 'the 2d of August', { value: '1848-08-02' }],
	['It closed on August 23d.', '1848-09-22', 'August 23d', { value: '1848-08-23' }],
	// A day of a month named with its direction.
	['The cashier was arrested on the 9th of last November.', '1887-03-04', 'the 9th of last November', { value: '1886-11-09' }],
	['The meeting was held on Thurs. at the town hall.', '1881-07-07', 'Thurs.', { value: '1881-07-07' }],
	['Voting ends Tues. at noon.', '1881-07-07', 'Tues. at noon', { value: '1881-07-12T12:00' }],
	// A day of the month whose story was told in the sentence before is the nearest such day to the story's,
	// when told in the past: it may be before the story's day.
	['Custer was killed on the Little Big Horn on the 25th ult. The column left the Rosebud on the 22d, and reached the village on Sunday.', '1876-07-07', 'the 22d', { value: '1876-06-22' }]
]);

table('two-digit years after an apostrophe (narrative)', [
	["The war began in April 1861. By the spring of '62 the Union held New Orleans, and in July '63 Lee lost.", undefined, "the spring of '62", { value: '1862-SP' }],
	["The war began in April 1861. By the spring of '62 the Union held New Orleans, and in July '63 Lee lost.", undefined, "July '63", { value: '1863-07' }],
	["He left home in '66 and never came back.", undefined, "'66", { value: '1966', basis: 'inferred' }]
], { mode: 'narrative' });

table('parts of days and clock times', [
	['A drone struck the convoy last night.', '2021-08-04', 'last night', { value: '2021-08-03TNI', type: 'TIME', granularity: 'partofday' }],
	['The council met this morning.', '2021-08-04', 'this morning', { value: '2021-08-04TMO', type: 'TIME' }],
	['Shelling resumed on Friday morning.', '2021-08-04', 'Friday morning', { value: '2021-07-30TMO', type: 'TIME' }],
	['The blast came at 14:30 GMT.', '2021-08-04', '14:30 GMT', { value: '2021-08-04T14:30', type: 'TIME', granularity: 'minute' }],
	// A part of the day a plan or a forecast is for is a time of the day spoken of.
	['Play resumes at 9.30am tomorrow, with showers forecast for the afternoon.', '2038-02-13', 'the afternoon', { value: '2038-02-14TAF', type: 'TIME' }],
	['The summit was set for the evening, the ministry said.', '2027-06-09', 'the evening', { value: '2027-06-09TEV', type: 'TIME' }],
	['The offer expires at 5 p.m. EST Nov. 9.', '1989-11-02', '5 p.m. EST Nov. 9', { value: '1989-11-09T17:00', type: 'TIME' }],
	['He was seized at 10 p.m. Wednesday, police said.', '1998-02-13', '10 p.m. Wednesday', { value: '1998-02-11T22:00' }],
	// A clock time before a weekday and a place's time dates it, whatever capital follows.
	['The curfew takes effect at 6 p.m. Friday Kyiv time.', '2024-03-06', '6 p.m. Friday', { value: '2024-03-08T18:00' }],
	// The day a clock time is of is the story's, past what a state lasted since and a coarser look back before it.
	['The storm made landfall at 6 a.m. on Tuesday. Forecasters had warned of it since Saturday, and the island was evacuated in July. Power was out by nightfall.', '2024-08-22', 'nightfall', { value: '2024-08-20TEV' }],
	['The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', '1998-08-08', 'about 10:35 a.m.', { value: '1998-08-07T10:35', mod: 'APPROX' }],
	['The ceasefire begins at noon Saturday.', '2021-08-04', 'noon Saturday', { value: '2021-08-07T12:00' }],
	['Fighting erupted at 21:45 Khartoum time on Monday.', '2023-05-20', '21:45 Khartoum time', { value: '2023-05-15T21:45' }],
	// "On the Friday" is as much the clock's day, though a night of that Friday was told before it.
	['The ferry sank on the night of Friday 9 January 1863; her crew had mustered at six o\'clock on the Friday.', undefined, "six o'clock", { value: '1863-01-09T06:00' }],
	// The day of a time given in another zone is that zone's: the local day may be the next or the one before.
	['The ceasefire took effect at 1 a.m. Moscow time (2200 GMT Monday).', '2020-11-10', '1 a.m. Moscow time', { value: '2020-11-10T01:00' }],
	['The speech ended at 11 p.m. EST (0400 GMT Tuesday).', '2020-11-10', '11 p.m. EST', { value: '2020-11-09T23:00' }],
	['He arrived at 4 in the morning (4 a.m. EDT Thursday).', '1998-04-04', '4 in the morning', { value: '1998-04-02T04:00' }],
	// A zone not read for its offset is one of the world's: 7 a.m. can be 6 p.m. EDT only on the next day.
	['The ruling came at 7 a.m. Manila time (7 p.m. EDT Thursday).', '2033-06-10', '7 a.m. Manila time', { value: '2033-06-10T07:00' }],
	['The ruling came at 9 a.m. Madrid time (3 a.m. EDT Thursday).', '2033-06-10', '9 a.m. Madrid time', { value: '2033-06-09T09:00' }],
	// Two zones of one offset each: the day is worked out from them.
	['Confirmation reached mission control at 10:32 p.m. PDT (1:32 a.m. EDT Monday).', '2012-08-06', '10:32 p.m. PDT', { value: '2012-08-05T22:32' }],
	['The launch came at 11:30 p.m. CEST (5:30 p.m. EDT Friday).', '2012-08-06', '11:30 p.m. CEST', { value: '2012-08-03T23:30' }],
	['The quake struck at 7:15 a.m. JST (2215 GMT Sunday).', '2012-08-06', '7:15 a.m. JST', { value: '2012-08-06T07:15' }],
	// A holiday is a day a clock time takes; a part of the day after noon puts the clock in that half.
	['Walmart opened its doors at 8 p.m. on Thanksgiving.', '2012-11-23', '8 p.m.', { value: '2012-11-22T20:00' }],
	// Days counted from an event leave a clock time's day unknown; days counted from a time give it.
	['A jogger saw the car at 6 a.m. ten days before the shooting.', '1999-04-19', '6 a.m.', { value: 'XXXX-XX-XXT06:00', span: false }],
	['Troops left at noon the day after the vote.', '1999-04-19', 'noon', { value: 'XXXX-XX-XXT12:00', span: false }],
	['The attack began on Monday. Troops returned at 6 a.m. two days later.', '1999-04-22', '6 a.m.', { value: '1999-04-21T06:00' }],
	['The bomb went off at 9 p.m., three hours after the rally ended.', '1999-04-19', '9 p.m.', { value: '1999-04-19T21:00' }],
	// Which night an hour is of: after small hours the story is at, after an evening, ahead of the writing.
	['The walkout began at 3 a.m., after talks broke down shortly before the union\'s midnight deadline.', '2005-12-20', 'midnight', { value: '2005-12-20T00:00' }],
	['Britain left the ERM tonight after a day in which the Bank of England raised rates at 11am.', '1992-09-16', '11am', { value: '1992-09-16T11:00' }],
	['On the evening of 2 November 1948 the paper went to press. Truman woke at about 4 a.m. to hear that he was ahead.', '2018-11-02', 'about 4 a.m.', { value: '1948-11-03T04:00' }],
	['Officials said they would review the situation at 2 a.m.', '2010-04-15', '2 a.m', { value: '2010-04-16T02:00' }],
	['The last ferry of the festival will leave the pier at 12.15am.', '2040-05-05', '12.15am', { value: '2040-05-06T00:15' }],
	// A report going on from an evening hour to small hours, in a sentence of its own, has passed midnight;
	// in one sentence, or in a past perfect, it may look back.
	['Polls closed at 10 p.m. on Friday. Counting ended at 2 a.m. with a narrow lead.', '2031-05-05', '2 a.m.', { value: '2031-05-03T02:00' }],
	['The final, which began at 8 p.m. on Saturday, ran past midnight. The winning goal came at 1.10 a.m.', '2031-05-05', '1.10 a.m', { value: '2031-05-04T01:10' }],
	['The storm reached the coast on Friday, shortly after 9 p.m. Most of the town was flooded by 3 a.m.', '2031-05-05', '3 a.m', { value: '2031-05-03T03:00' }],
	['Polls closed at 10 p.m. on Friday. Counting had begun at 2 a.m. in some districts.', '2031-05-05', '2 a.m.', { value: '2031-05-02T02:00' }],
	['Police said at 11 p.m. on Friday that the blast at 3 a.m. had killed two.', '2031-05-05', '3 a.m.', { value: '2031-05-02T03:00' }],
	// So does one going on from an evening hour in a clause that describes a name.
	['The ferry, which had left Piraeus at 9.40 p.m. on Friday, struck rocks at 1.15 a.m. off Kythnos.', '2043-02-16', '1.15 a.m.', { value: '2043-02-14T01:15' }],
	// A clause describing a name with a time long before the writing tells of the name's past: the clock of its
	// own clause is not of that day.
	['The old kingdom, founded on 4 May 1871, ceased to exist at 6 p.m. today.', '2044-06-01', '6 p.m. today', { value: '2044-06-01T18:00' }],
	['The federation was dissolved today. The federation, founded on 4 May 1961, ceased to exist at midnight.', '2044-06-01', 'midnight', { value: '2044-06-01T00:00' }],
	// A thousands separator in such a clause closes nothing: the clause still describes its name.
	['On this day in 1943, bombers struck the port of Bari, which had about 12,000 dockers in the 1940s, for an hour. The raid began at about 7.30pm and lasted 20 minutes.', '2043-12-02', 'about 7.30pm', { value: '1943-12-02T19:30' }],
	// So does a clause opened by "that", for the clocks of the sentences after it.
	['The probe entered orbit early today, ending a voyage of 11 years that began with its launch on 2 March 2063. The signal reached Darmstadt at 4:10 a.m. and was clear.', '2074-09-03', '4:10 a.m.', { value: '2074-09-03T04:10' }],
	['Notes would cease to be legal tender from midnight, Modi said at 8pm on Tuesday.', '2016-11-09', 'midnight', { value: '2016-11-09T00:00' }],
	['The two states were united at midnight, 11 months after the Wall was opened.', '1990-10-03', 'midnight', { value: '1990-10-03T00:00' }],
	['Fireworks will light up the sky at 9:30 tonight.', '1976-07-04', '9:30', { value: '1976-07-04T21:30' }],
	// An hour of today that does not say its half is in the afternoon the text has just told of that day, when it falls there.
	["The trial ended this afternoon. The jury had been out since 4:10 o'clock yesterday afternoon, and returned its verdict at 2:35 o'clock today.", '1887-03-04', "2:35 o'clock today", { value: '1887-03-04T14:35' }],
	["Rain fell this afternoon. The polls had opened at 7 o'clock today.", '1887-03-04', "7 o'clock today", { value: '1887-03-04T07:00' }],
	// A look back to a day ("the first since June 8, 1918") is no day the story is at.
	['It was the first total solar eclipse to cross the country from coast to coast since June 8, 1918. Totality in Carbondale began at 1:20 p.m. CDT.', '2017-08-21', '1:20 p.m. CDT', { value: '2017-08-21T13:20' }],
	['The earthquake struck Christchurch at 12:51 p.m. local time (2351 GMT Monday).', '2011-02-25', '12:51 p.m. local time', { value: '2011-02-22T12:51' }],
	// The clock told in words.
	['My father switched on the wireless at a quarter past eleven.', '1939-09-03', 'a quarter past eleven', { value: '1939-09-03T11:15', type: 'TIME' }],
	['The shelling stopped at half past four in the afternoon.', '1939-09-03', 'half past four in the afternoon', { value: '1939-09-03T16:30' }],
	['The train left at ten to six.', '1939-09-03', 'ten to six', { value: '1939-09-03T05:50' }],
	// Its half of the day unsaid, it takes the part of the day named after it; older print hyphens "half-past".
	['Police were called at half past eleven last night.', '2029-11-09', 'half past eleven', { value: '2029-11-08T23:30' }],
	["The fire broke out at half-past four o'clock yesterday afternoon.", '1884-02-29', "half-past four o'clock", { value: '1884-02-28T16:30' }],
	// Minutes counted from midnight or noon, or from an hour after a word that introduces a time.
	['The ban starts at one minute past midnight tonight.', '2027-03-12', 'one minute past midnight', { value: '2027-03-13T00:01' }],
	['The blast came at 20 minutes past midnight.', '2027-03-12', '20 minutes past midnight', { value: '2027-03-12T00:20' }],
	['Shops shut at twenty-five minutes to noon.', '2027-03-12', 'twenty-five minutes to noon', { value: '2027-03-12T11:35' }],
	['The church clock stopped at ten minutes to midnight on Friday.', '2027-03-13', 'ten minutes to midnight', { value: '2027-03-12T23:50' }],
	['They met at ten minutes past nine on Friday.', '2027-03-13', 'ten minutes past nine', { value: '2027-03-12T09:10' }],
	// So is "half past" or a quarter from midnight or noon; a zone may follow the clock told in words.
	['The satellite broke up at about half past midnight local time.', '2063-08-02', 'about half past midnight local time', { value: '2063-08-02T00:30' }],
	['The bells rang at a quarter to noon.', '2063-08-02', 'a quarter to noon', { value: '2063-08-02T11:45' }],
	['The lights went out at ten minutes past nine GMT.', '2063-08-02', 'ten minutes past nine GMT', { value: '2063-08-02T09:10' }],
	// "o'clock" makes an hour a time; its half of the day, unsaid, follows an afternoon hour of its day.
	["The guests arrived at four o'clock.", '1939-09-03', "four o'clock", { value: '1939-09-03T04:00', type: 'TIME' }],
	["The talks opened at 2 p.m. on Friday and ended at four o'clock.", '1939-09-03', "four o'clock", { value: '1939-09-01T16:00' }],
	["The talks opened at 9 a.m. on Friday and ended at 11 o'clock.", '1939-09-03', "11 o'clock", { value: '1939-09-01T11:00' }],
	// A clock ending its sentence takes no day from the next, even after a part of the day that could be a place.
	['On 3 June the rebels stormed the fort, at 5.45 in the morning. Six days later, on the 9th, it fell.', '1857-07-20', '5.45', { value: '1857-06-03T05:45' }],
	// A night whose evening hour was told goes on from that hour; a night alone ends in the morning.
	["The girl was taken between 8 and 9 o'clock on Tuesday night. Her mother found the bed empty at about 10 o'clock.", '1931-11-12', "about 10 o'clock", { value: '1931-11-10T22:00' }],
	["The girl was taken on Tuesday night. Her mother found the bed empty at about 10 o'clock.", '1931-11-12', "about 10 o'clock", { value: '1931-11-11T10:00' }],
	// After the midnight that closes an evening told, an hour the evening holds is of that evening.
	["Searchlights swept the harbour last night from nightfall until after midnight. At nine o'clock a seaplane was caught in their beams.", '1931-11-05', "nine o'clock", { value: '1931-11-04T21:00' }],
	["The dance at the drill hall on Friday evening went on until midnight. At ten o'clock the mayor spoke.", '1871-11-05', "ten o'clock", { value: '1871-11-03T22:00' }],
	["The steamer docked on Friday at midnight. At eight o'clock the passengers landed.", '1871-11-05', "eight o'clock", { value: '1871-11-03T08:00' }],
	// After a morning hour, an hour whose morning reading would go back before it is the afternoon's.
	["The procession began at ten o'clock in the morning on Friday. Bartholdi pulled the cord at about four o'clock.", '1886-10-30', "about four o'clock", { value: '1886-10-29T16:00' }],
	["The procession began at ten o'clock in the morning on Friday. The statue had arrived at four o'clock.", '1886-10-30', "four o'clock", { value: '1886-10-29T04:00' }],
	// An afternoon the day was told with, restated by its number, gives its half of the day.
	["The terms were settled on Sunday afternoon, the 9th inst. The interview began at about half-past one o'clock.", '1865-04-11', "about half-past one o'clock", { value: '1865-04-09T13:30' }],
	// An evening named may be told at its clock from an hour before the evening's span begins.
	["A boiler burst on Monday evening at the mill in Hanley. At about half-past five o'clock the roof fell in.", '1867-03-13', "about half-past five o'clock", { value: '1867-03-11T17:30' }],
	["A boiler burst on Monday evening at the mill in Hanley. At about four o'clock the roof fell in.", '1867-03-13', "about four o'clock", { value: '1867-03-12T04:00' }],
	// A time fronted after "shortly after" takes the verb after its subject, past an aside in a present participle.
	["BRISTOL, Thursday. — The city is quiet after the riots of Monday in Queen Square. The rioters had taken the Mansion House by noon. Shortly after two o'clock in the afternoon the dragoons, riding in from Keynsham, charged the square.", '1831-11-03', "two o'clock in the afternoon", { value: '1831-10-31T14:00' }],
	// Small hours of what "could" be done then are of the night told, not of the next.
	['Fire destroyed the pavilion on the pier last night. The alarm was raised at 11.48 p.m. At the height of the fire, shortly after 1 a.m., the flames could be seen from the cliffs.', '1988-07-10', '1 a.m.', { value: '1988-07-10T01:00' }],
	// A clock told in the evening after "last night" is of that night's evening, not of the day after.
	['The streets were lit by electricity for the first time last night, when the mayor threw the switch shortly after half-past five in the evening.', '1882-10-14', 'half-past five in the evening', { value: '1882-10-13T17:30' }],
	// So is a late-afternoon hour in the night's own sentence: what ran into the night began then.
	['The ferries carried 9,000 fans across the firth last night, the first sailing at 3.40 p.m.', '2044-07-09', '3.40 p.m', { value: '2044-07-08T15:40' }],
	// A part of the day a state had lasted since is the last one begun before the story's hour; a morning after
	// a night, the night's own morning only when told from after it.
	['The warehouse fire began at 10 p.m. on Tuesday and burned until about three the next morning. Oil had been leaking in the yard since the afternoon.', '1911-05-04', 'the afternoon', { value: '1911-05-02TAF' }],
	['The gale struck on Monday night; the glass had been falling since the morning.', '1903-07-23', 'the morning', { value: '1903-07-20TMO' }],
	['The street was closed overnight, and thousands have laid flowers at the gate since dawn.', '1986-03-01', 'dawn', { value: '1986-03-01TMO' }],
	// A morning told after an evening hour of its day is the next day's, unless a state has lasted since it.
	['Snow began falling shortly after 5 p.m. yesterday, and a foot had fallen on the hills by dawn.', '2043-01-29', 'dawn', { value: '2043-01-29TMO' }],
	['The fire started at 9 p.m. on Friday and burned until morning.', '2043-01-29', 'morning', { value: '2043-01-24TMO' }],
	['The result came at 7:46 p.m., and the crowd, who had waited since early morning, cheered.', '2043-01-29', 'early morning', { value: '2043-01-29TMO', mod: 'START' }],
	// So is a morning hour a report goes on to in a sentence of its own, when that day has come.
	['Voting ended at 9pm on Sunday. The count began at 8am, and the result came at 3.10pm.', '2041-05-06', '8am', { value: '2041-05-06T08:00' }],
	['Voting ended at 9pm on Sunday. The count began at 8am, and the result came at 3.10pm.', '2041-05-06', '3.10pm', { value: '2041-05-06T15:10' }],
	['Voting ended at 9pm on Sunday. The count began at 8am.', '2041-05-05', '8am', { value: '2041-05-05T08:00' }],
	// Not after the midnight that closes a day, nor an hour that does not say its half, nor in a look back.
	['Voting took place yesterday, and by midnight the count was complete. The booths opened at 8 a.m.', '1885-10-15', '8 a.m', { value: '1885-10-14T08:00' }],
	['The shop closed at 10pm on Thursday. It had opened at 9am.', '2041-05-03', '9am', { value: '2041-05-02T09:00' }],
	// A plan in a participle set off after a clause told in the past was made then: its day is the story's.
	["Two climbers were found safe this morning. They left the hut at 6 a.m. on Easter Monday, hoping to be down by dusk. Mist came down shortly after 1 p.m. and did not lift.", '2031-04-16', 'dusk', { value: '2031-04-14TEV' }],
	["Two climbers were found safe this morning. They left the hut at 6 a.m. on Easter Monday, hoping to be down by dusk. Mist came down shortly after 1 p.m. and did not lift.", '2031-04-16', '1 p.m.', { value: '2031-04-14T13:00' }],
	// "a call to police" is no infinitive: the clock time is of the day the story told.
	["Khan stabbed two people near London Bridge on Friday. He was attending a conference that afternoon. He was shot about five minutes after the first call to police, at 1.58pm.", '2019-12-01', '1.58pm', { value: '2019-11-29T13:58' }],
	// Nor is "to death": the day is told in the past, not in an infinitive that may look ahead.
	['Police want to question the man about a guard who was beaten to death in the yard on Thursday night.', '2061-05-16', 'Thursday night', { value: '2061-05-12TNI' }],
	// A place between a time and its day, or the day's event after "in": the time is that day's.
	['At 5 p.m. in New York City on Monday, shares fell.', '2024-11-03', '5 p.m.', { value: '2024-10-28T17:00' }],
	['At 5 p.m. in New York City on Monday, shares fell.', '2024-11-03', 'Monday', { value: '2024-10-28' }],
	['The blast came at 9 a.m. in the capital on Friday.', '2024-11-03', '9 a.m.', { value: '2024-11-01T09:00' }],
	["Polls close at 7pm ET in Tuesday's election.", '2024-11-03', '7pm ET', { value: '2024-11-05T19:00' }],
	["He left at 9 a.m. for Tuesday's vote.", '2024-11-03', '9 a.m.', { value: '2024-11-03T09:00' }],
	['The deadline expired at midnight Eastern Standard Time on Tuesday.', '1991-01-16', 'midnight Eastern Standard Time', { value: '1991-01-15T24:00' }],
	// The stamp heading an entry of live updates is of the day of writing, whatever day the entry before named.
	['Live updates. 9:10 a.m. EDT — The lanes will stay closed until the Monday morning rush. 11:30 a.m. EDT — Police have named the driver.', '2037-06-12', '11:30 a.m. EDT', { value: '2037-06-12T11:30' }],
	['Storm updates.\n8:40 a.m. CST — Flights were canceled on Wednesday.\n10:15 a.m. CST — The cold will last.', '2022-12-23', '10:15 a.m. CST', { value: '2022-12-23T10:15' }],
	['Conclave live. 19:06 local time — White smoke is rising. 19:20 — Crowds are streaming into the square.', '2013-03-13', '19:20', { value: '2013-03-13T19:20' }],
	['Jan 13, 9.45pm: The ship strikes rocks off Giglio. 10.58pm: The captain orders the ship abandoned.', '2012-01-20', '10.58pm', { value: '2012-01-13T22:58' }],
	// Lines of live updates led by a bare clock: a stamp when a line beside it starts with one too.
	['Final, live\n14:52 The teams are in the tunnel.\n14:58 The anthems are sung.', '2031-05-05', '14:52', { value: '2031-05-05T14:52' }],
	['Final, live\n14:52 The teams are in the tunnel.\n14:58 The anthems are sung.', '2031-05-05', '14:58', { value: '2031-05-05T14:58' }],
	// A log's line headed by a day and then its clock: one time, read as the clock of that day.
	['Reactor shift log, March 1979.\n28 Mar, 04:00 – Feedwater pumps trip.\n28 Mar, 06:22 – Block valve shut.', undefined, '28 Mar, 06:22', { value: '1979-03-28T06:22', type: 'TIME' }],
	['Relief diary, 2044.\nMonday 3 Oct, 09:15: The first lorries cross.', undefined, 'Monday 3 Oct, 09:15', { value: '2044-10-03T09:15', type: 'TIME' }],
	// A number after a day and a comma in a sentence is no clock.
	['On 8 Oct, 11:45 people had registered.', '2021-10-20', '8 Oct', { value: '2021-10-08', type: 'DATE' }],
	// Told as still to come, a clock takes a day ahead of the writing that the sentence before named.
	['The quartet plays on Saturday 5 June. Doors open 7.30pm, music from 8pm.', '2027-05-28', '7.30pm', { value: '2027-06-05T19:30' }],
	['The broadcast will be televised tomorrow. The Queen will speak at 3 p.m. from Sandringham.', '1957-12-24', '3 p.m.', { value: '1957-12-25T15:00' }],
	['Talks ended on Monday. The president will speak at 9pm.', '2020-03-11', '9pm', { value: '2020-03-11T21:00' }],
	// A time still to come does not take a day gone by that the sentence named.
	['Italy has been in lockdown since Monday, and the president will address the nation at 9pm Eastern time.', '2020-03-11', '9pm Eastern time', { value: '2020-03-11T21:00' }],
	// Told in the past, a time takes no day still to come; when the text has named another day, it does
	// not say which day it was.
	['Rescuers began hoisting the miners on Wednesday. Officials had warned they might stay underground until Christmas. The first emerged at 12:11 a.m.', '2010-10-13', '12:11 a.m', { value: '2010-10-13T00:11' }],
	['The mine collapsed on Aug. 5. Officials had warned they might stay underground until Christmas. The first emerged at 12:11 a.m.', '2010-10-13', '12:11 a.m', { value: 'XXXX-XX-XXT00:11' }],
	// Past a time still to come that a sentence before named, a clock told in the past is of the news of the last
	// day or two.
	['The harbour board last night approved a new breakwater. Building will begin in the spring of next year. The vote, taken at 11.05pm after a long debate, was 9 to 4.', '2047-11-21', '11.05pm', { value: '2047-11-20T23:05' }],
	// So is a day a clause describing a name looks ahead to in the clock's own sentence.
	['Rovers won the final at Hampden yesterday, coming from behind. Kerr scored twice in the last ten minutes, the second from a corner. The Duke, who is to open the new bridge on 14 June, watched from the stand and handed over the trophy at 4.45 p.m.', '2046-05-06', '4.45 p.m', { value: '2046-05-05T16:45' }],
	['Two ferries left for Bergen this morning, and the last goes at noon tomorrow. Since Tuesday the strike has cancelled fourteen sailings. Lorry drivers queued at the terminal gates, some from 4.50 a.m.', '2052-06-14', '4.50 a.m', { value: '2052-06-14T04:50' }],
	['The plan called for a rising at six o\'clock in the evening of 20 November.', '1910-11-01', 'six o\'clock in the evening', { value: '1910-11-20T18:00' }],
	// A day named by its number alone may end the subject of a verb.
	['A fund opened at Leeds on the 20th has already reached £5,000.', '1871-02-25', 'the 20th', { value: '1871-02-20' }],
	['The injunction granted by the court on the 8th forced the union to yield.', '1922-05-30', 'the 8th', { value: '1922-05-08' }],
	// A time a state has lasted from, named by a clause of its own, is no day the story is at.
	['Crowds poured into the capital again today, and officials said more than a million had crossed since the checkpoints were thrown open on Thursday night. Bulldozers began clearing the barriers shortly after 8 a.m.', '2041-03-10', '8 a.m', { value: '2041-03-10T08:00' }],
	['The geyser erupted before dawn today, its largest eruption since vents began opening in the northern basin on May 3. Rangers said the eruption occurred at 4:17 a.m.', '2033-05-17', '4:17 a.m', { value: '2033-05-17T04:17' }],
	// Told as still to come, a clock passes over a day gone by to the day ahead named before it; a past
	// that looks ahead ("forecast to reach") may reach a day to come.
	['The league scheduled the postponed matches for Monday after storms washed out Saturday\'s fixtures. Play is due to start at 11am.', '2047-09-08', '11am', { value: '2047-09-09T11:00' }],
	['The festival opens tomorrow, with temperatures forecast to reach 35C by mid-afternoon.', '2030-07-20', 'mid-afternoon', { value: '2030-07-21TAF' }],
	// Told in the past, a clock passes over a day still to come to the day gone by named before it.
	['Fog grounded 120 flights at the airport yesterday, on one of the busiest days of the Christmas getaway. Visibility fell below 100 metres shortly after 6am.', '2014-12-22', '6am', { value: '2014-12-21T06:00' }],
	// A present perfect speaks from the writing.
	['Banks closed on Monday and will reopen on Friday. Cash machines have been dispensing euros since 00:30.', '2068-01-04', '00:30', { value: '2068-01-04T00:30' }],
	['Polls close in the first states at 7pm ET.', '2020-11-03', '7pm ET', { value: '2020-11-03T19:00' }],
	['The panel met at 5 pm et al. said.', '2020-11-03', '5 pm', { value: '2020-11-03T17:00' }],
	// A North American zone named by its region alone is the zone, and the day after it is the clock's.
	['Voting ended at 3 p.m. Pacific on Friday.', '2020-11-03', '3 p.m. Pacific', { value: '2020-10-30T15:00' }],
	['The finale airs at 8 p.m. Eastern, 5 p.m. Pacific.', '2020-11-03', '5 p.m. Pacific', { value: '2020-11-03T17:00' }],
	['They met at 9 a.m. Central Bank officials said.', '2020-11-03', '9 a.m.', { value: '2020-11-03T09:00' }],
	['The deal took effect at 01:00 Moscow time on Tuesday.', '2020-11-10', '01:00 Moscow time', { value: '2020-11-10T01:00' }],
	['He calls at 5pm every time.', '2020-11-10', '5pm', { value: '2020-11-10T17:00' }],
	['The truce will last until 9pm on Friday.', '2023-05-20', '9pm', { value: '2023-05-26T21:00' }],
	// The midnight after which a day's events come opens that day; the one a limit names closes it.
	['The deal was signed shortly after midnight on Tuesday.', '2020-11-10', 'midnight', { value: '2020-11-10T00:00' }],
	['The quake struck just after midnight on Monday.', '2016-11-14', 'midnight', { value: '2016-11-14T00:00' }],
	['The quake struck two minutes after midnight on Monday.', '2016-11-14', 'two minutes after midnight', { value: '2016-11-14T00:02' }],
	['The curfew lasts until midnight on Friday.', '2020-11-10', 'midnight', { value: '2020-11-13T24:00' }],
	// After a day the story named before, "after midnight" is the midnight that ends it; not past the day of writing.
	["She won Sunday's election, the institute said shortly after midnight.", '2024-06-03', 'midnight', { value: '2024-06-02T24:00' }],
	['Fighting began on Monday. Since midnight, ten people have died.', '2016-11-15', 'midnight', { value: '2016-11-14T24:00' }],
	// So it is after an evening hour of that day, which has not passed into the next.
	['The river rose on Friday, and by nine o\'clock in the evening the lower town was flooded. The water began to fall after midnight.', '2034-03-14', 'midnight', { value: '2034-03-10T24:00' }],
	['The deal was signed on Tuesday. Since midnight, three people died.', '2020-11-10', 'midnight', { value: '2020-11-10T00:00' }],
	// In the paper of a day, the midnight gone by opens that day; the one to come closes it.
	['Croatia adopted the euro at midnight.', '2023-01-01', 'midnight', { value: '2023-01-01T00:00' }],
	['Workers walked out at 12:01 a.m. Friday at three plants after contracts expired at midnight.', '2023-09-15', 'midnight', { value: '2023-09-15T00:00' }],
	['Obama spoke on Monday afternoon, hours before the midnight deadline.', '2012-12-31', 'midnight', { value: '2012-12-31T24:00' }],
	// The midnight that ends a day is of that day: what comes the next morning is the next day's.
	['On the evening of 9 November 1989, shortly before midnight, the guards opened the gates. By the next morning, thousands had crossed.', '2019-11-09', 'the next morning', { value: '1989-11-10TMO' }],
	// A live report's entries lead with their times.
	['19:46 BRT - With 98.9% counted, Lula leads.\n20:10 - Bolsonaro has not commented.', '2022-10-30', '19:46 BRT', { value: '2022-10-30T19:46' }],
	['19:46 BRT - With 98.9% counted, Lula leads.\n20:10 - Bolsonaro has not commented.', '2022-10-30', '20:10', { value: '2022-10-30T20:10' }],
	// A year that only names an event ("the 2012 Olympic Games") does not take the story from its day.
	['Bombs exploded on Thursday 7th July, a day after the city was awarded the 2012 Olympic Games. The blasts came at about 8.50am.', '2005-07-08', 'about 8.50am', { value: '2005-07-07T08:50' }],
	['The curfew will begin at midnight.', '2023-01-01', 'midnight', { value: '2023-01-01T24:00' }],
	['Police said the blast went off at 10 a.m. near the market.', '1999-04-19', '10 a.m.', { value: '1999-04-19T10:00', type: 'TIME' }],
	// "overnight" is the night just gone in a report of what happened, tonight in one of what will be.
	['Militants fired more than 200 rockets overnight, officials said.', '2021-05-11', 'overnight', { value: '2021-05-10TNI', type: 'TIME', granularity: 'partofday' }],
	['Police made 112 arrests overnight as fans celebrated.', '2031-06-02', 'overnight', { value: '2031-06-01TNI', type: 'TIME' }],
	['The rain has cleared, and the forecast is for a cold evening, with frost overnight.', '2031-06-02', 'overnight', { value: '2031-06-02TNI', type: 'TIME' }],
	['Militants were accused of attacking a base overnight.', '2023-08-03', 'overnight', { value: '2023-08-02TNI' }],
	['Forces attacked the base on the night of 3 November. Power lines were cut at about 1 a.m.', '2020-11-10', 'about 1 a.m', { value: '2020-11-04T01:00' }],
	['The singer was stabbed outside a club early today and was in a stable condition tonight. The attack happened at about 1:40 a.m.', '2044-10-02', 'about 1:40 a.m', { value: '2044-10-02T01:40' }],
	['The bars will stay busy tonight. Police expect the crowds to thin at about 2 a.m.', '2044-10-02', 'about 2 a.m', { value: '2044-10-03T02:00' }],
	['Overnight, Russian forces shelled Kharkiv.', '2022-03-02', 'Overnight', { value: '2022-03-01TNI' }],
	['The bridge will be closed overnight for repairs.', '2019-07-03', 'overnight', { value: '2019-07-03TNI' }],
	['Six workers who were on the bridge overnight are missing.', '2024-03-26', 'overnight', { value: '2024-03-25TNI' }],
	['The rebels conceded this morning after fighting overnight cost them the airport.', '2033-09-12', 'overnight', { value: '2033-09-11TNI' }],
	['Drones struck the port overnight into Thursday.', '2023-07-20', 'overnight into Thursday', { value: '2023-07-19TNI' }],
	['Shells fell on the town overnight on Tuesday.', '2023-07-20', 'overnight on Tuesday', { value: '2023-07-18TNI' }],
	// A clock time with a point is one before a named day's part: "last night", "yesterday morning", "on
	// Saturday morning", "tonight".
	['At 9.45 last night she lit the first beacon.', '1953-06-03', '9.45', { value: '1953-06-02T21:45' }],
	['The tanker ran aground at 8.50 on Saturday morning.', '1967-03-20', '8.50', { value: '1967-03-18T08:50' }],
	// An hour alone, after a word that introduces a time and before the part of the day it falls in.
	['On Monday the crews worked until five the next morning.', '2026-03-12', 'five', { value: '2026-03-10T05:00' }],
	['On Monday they met at 6 that evening.', '2026-03-12', '6', { value: '2026-03-09T18:00' }],
	['He was shot at ten last night.', '2026-03-12', 'ten', { value: '2026-03-11T22:00' }],
	// A past in a clause of time under "would" is a future seen from the past: the coming one.
	['The minister said that when the new tariff came into force on the 1st of April the duty would be doubled.', '1931-11-20', 'the 1st of April', { value: '1932-04-01' }],
	// The infinitive after "began" is its own event, at its own time: no plan for a time to come.
	['The river, which began to rise at about 4 a.m. on Saturday, burst its banks by noon.', '1952-02-06', 'Saturday', { value: '1952-02-02' }],
	['The river, which began to rise at about 4 a.m. on Saturday, burst its banks by noon.', '1952-02-06', 'noon', { value: '1952-02-02T12:00' }],
	// The ends of a stretch may be hours alone so: the parts of the day keep them from being amounts.
	['Snow fell between nine last night and four this morning.', '1947-02-04', 'nine last night and four this morning', { value: '1947-02-03T21:00/1947-02-04T04:00' }],
	['The line was shut from eleven last night until five this morning.', '1947-02-04', 'eleven last night until five this morning', { value: '1947-02-03T23:00/1947-02-04T05:00' }],
	['Towards seven this evening the relief ships broke the boom.', '1877-08-14', 'seven', { value: '1877-08-14T19:00' }],
	['The tip slid down the mountain at 9.15 yesterday morning.', '1966-10-22', '9.15', { value: '1966-10-21T09:15' }],
	['The fireworks begin at 10.30 tonight.', '2012-07-27', '10.30', { value: '2012-07-27T22:30' }],
	// A morning hour told after a night is of the morning the night ends in; an evening hour, of the night's own day.
	['The jury reached its verdict on Monday, but the judge sealed it overnight and had it read at 10 a.m. PDT.', '1995-10-03', '10 a.m. PDT', { value: '1995-10-03T10:00' }],
	['Rebels attacked the town last night. At 8 p.m. troops arrived.', '1995-10-03', '8 p.m.', { value: '1995-10-02T20:00' }],
	['Last night was the coldest of the winter, with frost recorded at Kew shortly before dawn.', '1947-02-10', 'dawn', { value: '1947-02-10TMO' }],
	// An hour that does not say its half, in the sentence of a night, is read in that night; after a night told
	// as a stretch, it may be the morning the night ran to.
	['The charity ball at the Corn Exchange last night went on until half-past twelve.', '1887-01-14', 'half-past twelve', { value: '1887-01-14T00:30' }],
	["Thursday night's debate did not close until eleven o'clock.", '1887-01-14', "eleven o'clock", { value: '1887-01-13T23:00' }],
	["Tonight's lecture begins at eight o'clock.", '1887-01-14', "eight o'clock", { value: '1887-01-14T20:00' }],
	["The pumps ran overnight and the shaft was clear at nine o'clock.", '1887-01-14', "nine o'clock", { value: '1887-01-14T09:00' }],
	// An afternoon hour after a night that names its day is of that day, before the night.
	['Ghana won the final in Accra on Sunday night. The match began at 3pm and ended shortly before 9pm.', '2041-03-19', '3pm', { value: '2041-03-17T15:00' }],
	['Ghana won the final in Accra on Sunday night. The match began at 3pm and ended shortly before 9pm.', '2041-03-19', '9pm', { value: '2041-03-17T21:00' }],
	// Told in the past, far from any day named, after the story has named days other than the writing's.
	[
		'He was shot last Oct. 23. The rifle was found April 8. He crossed the border in 1994 and 1997. He was shot at 10 p.m. in his kitchen.',
		'1999-04-19',
		'10 p.m.',
		{ value: 'XXXX-XX-XXT22:00', type: 'TIME', span: false }
	],
	// A state that lasts up to the writing began on the day of writing; a past perfect's is still told far from any day.
	[
		'The strike began at the docks on Monday. The ministers will meet on Friday. Pickets have stood at the gates of the yard since midnight.',
		'2031-06-11',
		'midnight',
		{ value: '2031-06-11T00:00' }
	],
	[
		'The ceasefire was signed on Thursday. Today and tomorrow are holidays, and crowds have filled the squares of Lima since early morning.',
		'1979-05-05',
		'early morning',
		{ value: '1979-05-05TMO' }
	],
	['The ferry sank on Sunday. The inquiry opens on Friday. Divers had searched the wreck since midnight.', '2031-06-11', 'midnight', { value: 'XXXX-XX-XXT00:00', span: false }],
	// Nor is a clock whose sentence goes on to the day of writing.
	[
		'The reactor went critical on 2 May. It was first proposed in March 2027. Work began in 2028. The minister, who arrived by helicopter at 11.15 a.m., left for the capital this evening.',
		'2031-06-11',
		'11.15 a.m.',
		{ value: '2031-06-11T11:15' }
	]
]);

table('a clock told in the past, in news without a date of writing', [
	['The diamonds were taken from the vault on 3 March 1987. Two men cut through the roof at about 2.40 a.m. and escaped.', undefined, 'about 2.40 a.m.', { value: '1987-03-03T02:40' }],
	// Told as still to come, it has no day.
	['The diamonds were taken from the vault on 3 March 1987. The court will sit at 10 a.m. on the day.', undefined, '10 a.m.', { value: 'XXXX-XX-XXT10:00' }]
]);

table('a date without its year, in news without a date of writing', [
	// Told in the past after a story's day, it is of that story, as in a narrative.
	['The first Giro left Milan at 2.53 a.m. on 13 May 1909, and ended there on 30 May.', undefined, '30 May', { value: '1909-05-30' }],
	['The first Giro left Milan at 2.53 a.m. on 13 May 1909. Ganna won it when the race returned on 30 May.', undefined, '30 May', { value: '1909-05-30' }],
	// A month that names an event, holding the day told just before it, leaves the story on that day.
	['The trawler Kestrel left Grimsby on Friday, 3 March 1911. A day later the great blizzard of March 1911 closed the port, and on the 7th her crew were landed at Esbjerg.', undefined, 'the 7th', { value: '1911-03-07' }],
	['The trawler Kestrel left Grimsby on Friday, 3 March 1911. A day later the March 1911 blizzard closed the port, and on the 7th her crew were landed at Esbjerg.', undefined, 'the 7th', { value: '1911-03-07' }],
	// With no story told, it has no year.
	['The race ends in Milan on 30 May.', undefined, '30 May', { value: 'XXXX-05-30' }]
]);
table('weekdays by tense', [
	['The archbishop said mourners would be asked to keep a minute of silence at noon on Sunday.', '2037-06-16', 'Sunday', { value: '2037-06-21' }],
	// An infinitive after a verb of expecting; a fronted day read past a participle in commas.
	['The new state will apply next week, and the assembly is expected to admit it on Wednesday.', '2044-03-05', 'Wednesday', { value: '2044-03-09' }],
	['On Monday the new bridge at Arnhem, delayed by floods in February, will open.', '2029-06-08', 'Monday', { value: '2029-06-11' }],
	// A week that opens the sentence, or stands right before the weekday, holds it; told in another clause, not.
	['Next week the choirs sing at the cathedral on Monday and at the town hall on Thursday.', '2046-10-17', 'Thursday', { value: '2046-10-25' }],
	['The council meets next week, on Thursday.', '2046-10-17', 'Thursday', { value: '2046-10-25' }],
	['The gallery said this week that tickets would go on sale on Thursday.', '2046-10-17', 'Thursday', { value: '2046-10-18' }],
	// "the" or "that" before a weekday makes it the story's day, or the first such day after it.
	['The bank was robbed on the night of Friday the 4th of September. The vault had been checked on the Friday.', '1868-09-20', 'Friday', { value: '1868-09-04' }],
	["The bank was robbed on the night of Friday the 4th of September. The vault was locked at six o'clock on the Friday.", '1868-09-20', 'Friday', { value: '1868-09-04' }],
	['The strike began on Monday the 7th of September. That Thursday the mills were silent.', '1868-09-20', 'Thursday', { value: '1868-09-10' }],
	['The convoy sailed from Halifax on Tuesday, 9 March 1943. On the Saturday a U-boat was sighted.', '2001-01-01', 'Saturday', { value: '1943-03-13' }],
	['The strike began on Monday the 7th of September. The Sunday before, the men had met.', '1868-09-15', 'Sunday', { value: '1868-09-13' }],
	// A hearing, a trial or a vote a name faces on a weekday is still to come; charges it faces are not.
	['The mayor, who was cautioned by police in March, faces a confidence vote in the council on Wednesday.', '2056-07-16', 'Wednesday', { value: '2056-07-19' }],
	['He faces charges over a raid on Friday.', '2056-07-16', 'Friday', { value: '2056-07-14' }],
	// A verb of a schedule joined by "and" after a past, with the place it goes to before its day, is still to come.
	['The ambassador presented his papers to the King yesterday, and leaves for Vienna on Thursday.', '1902-05-13', 'Thursday', { value: '1902-05-15' }],
	// A weekday joined by a hyphen to its part of the day, or to the other end of its days, stays a weekday.
	['A Saturday-night dance was held in the drill hall.', '1904-06-16', 'Saturday', { value: 'XXXX-WXX-6', span: false }],
	// Some such day, which the name alone does not place.
	['The attack happened on a Friday.', '2021-08-04', 'Friday', { value: 'XXXX-WXX-5', span: false }],
	['The parliament sat this morning, for the first time on a Sunday since 1961.', '2031-05-04', 'Sunday', { value: 'XXXX-WXX-7', span: false }],
	['One Sunday in May, the rebels came.', '2021-08-04', 'Sunday', { value: 'XXXX-WXX-7', span: false }],
	['It was a Friday night.', '2021-08-04', 'Friday night', { value: 'XXXX-WXX-5TNI', type: 'TIME', span: false }],
	['Algerians protested for another Friday.', '2024-11-06', 'Friday', { value: '2024-11-01' }],
	['About 500 people attended a Sunday night memorial service.', '1999-10-25', 'Sunday night', { value: '1999-10-24TNI', type: 'TIME' }],
	['Dole campaigned across South Carolina on Thursday ahead of the state\'s primary on Saturday.', '1996-02-29', 'Saturday', { value: '1996-03-02' }],
	// Right after a day and a lead, a weekday lies on the lead's side of that day.
	["Brent crude rose 2.1% in Asian trade on Tuesday ahead of Sunday's meeting of OPEC+ ministers.", '2055-11-30', 'Sunday', { value: '2055-12-05' }],
	["Shares rose on Monday ahead of Thursday's vote.", '2055-12-03', 'Thursday', { value: '2055-12-02' }],
	["Shares fell on Monday after Friday's budget.", '2055-12-03', 'Friday', { value: '2055-11-26' }],
	// A weekday a past clause's noun is dated by is the one gone by, however near the coming one; a present
	// perfect speaks from the writing.
	["Copper rose £40 a tonne this afternoon, up from Friday's close.", '2031-10-15', 'Friday', { value: '2031-10-10' }],
	["Three matches have been postponed, including Sunday's derby.", '2031-10-18', 'Sunday', { value: '2031-10-19' }],
	['Most of the jets had left Syria by Wednesday, officials said.', '2016-03-20', 'Wednesday', { value: '2016-03-16' }],
	// What the present says a thing is on, and a day a proclamation sets apart, are still to come.
	["Peru's next match is against Chile in Lima on Thursday.", '2041-03-15', 'Thursday', { value: '2041-03-21' }],
	['The prime minister proclaimed Monday a national day of mourning for the miners.', '2043-09-12', 'Monday', { value: '2043-09-14' }],
	['A day of national mourning has been proclaimed for Friday.', '2043-09-08', 'Friday', { value: '2043-09-11' }],
	['Thursday has been declared a day of national mourning.', '2043-09-08', 'Thursday', { value: '2043-09-10' }],
	['Friday was proclaimed a public holiday for the jubilee.', '2043-09-08', 'Friday', { value: '2043-09-11' }],
	['Friday was hectic for the miners.', '2043-09-08', 'Friday', { value: '2043-09-04' }],
	['The prime minister met the miners on Monday, a national holiday.', '2043-09-12', 'Monday', { value: '2043-09-07' }],
	['The deadline was extended until Wednesday.', '2016-03-20', 'Wednesday', { value: '2016-03-23' }],
	// A level a simple past says was reached by a day lies behind; one an order sets, on either side.
	['Exports stood at 1.2 million tonnes by Sunday, traders said.', '2025-03-14', 'Sunday', { value: '2025-03-09' }],
	// So does a limit a thing told in the past went on until; one a decision set may lie ahead.
	['The vote came at a meeting that ran until almost 11pm on Thursday.', '2025-03-10', 'Thursday', { value: '2025-03-06' }],
	['The talks went on until Thursday.', '2025-03-10', 'Thursday', { value: '2025-03-06' }],
	['The court extended the deadline until Thursday.', '2025-03-10', 'Thursday', { value: '2025-03-13' }],
	['The army ordered the rebels out by Sunday.', '2025-03-14', 'Sunday', { value: '2025-03-16' }],
	// A weekday listed right after a day names one of the next few days after it; a day listed after a
	// later one, or too far on, is placed by the tense.
	['The airline cancelled its flights on Monday and Tuesday as pilots began a strike.', '2019-09-09', 'Tuesday', { value: '2019-09-10' }],
	['Trains were cancelled on Tuesday, Thursday and Saturday.', '2022-06-21', 'Saturday', { value: '2022-06-25' }],
	['Ferries were cancelled for Friday night and Saturday.', '2033-05-10', 'Saturday', { value: '2033-05-14' }],
	['Talks were held on Tuesday and Monday.', '2019-09-11', 'Monday', { value: '2019-09-09' }],
	['Talks were held on Monday and Friday.', '2019-09-10', 'Friday', { value: '2019-09-06' }],
	// A set phrase has no tense; a participle joined to one before it shares its auxiliary.
	['Results will be published as planned on Thursday.', '2020-08-17', 'Thursday', { value: '2020-08-20' }],
	['The prize will be shared equally and presented on Dec. 10.', '1962-10-18', 'Dec. 10', { value: '1962-12-10' }],
	// "since" before a clause with its own verb gives a reason: it does not say the time lies behind.
	['It opens on Saturday, since the museum is closed on Good Friday.', '1972-03-30', 'Good Friday', { value: '1972-03-31' }],
	// A day alone is of the month its sentence has named with a day.
	['The summit opens on 20 March and closes on the 25th.', '2038-10-01', 'the 25th', { value: '2039-03-25' }],
	['She has already booked the Christmas lunch at the club for the 25th.', '2038-10-01', 'the 25th', { value: '2038-12-25' }],
	['The relief column, which left Lucknow on the 9th of May, reached the fort on the 21st.', '1858-06-30', 'the 21st', { value: '1858-05-21' }],
	// A time in a relative clause that picks out a thing by what was done to it, after the sentence's own day and before it, is passed over.
	['The aviator yesterday afternoon repeated the flight she first made on Thursday, circling the bay twice. Crowds lined the shore until noon.', '1911-05-14', 'noon', { value: '1911-05-13T12:00' }],
	['The museum will reopen on Saturday, with the altarpiece returning to the chapel it left in the spring of 2031. Tickets for June sold out on May 2.', '2035-06-01', 'May 2', { value: '2035-05-02' }],
	// A clause set off by commas may tell the story itself, which goes on from it.
	['Police searched today for the boy, who was taken from his bed at 9 o\'clock on Tuesday night. His mother found the bed empty at about 10 o\'clock.', '1932-03-03', "about 10 o'clock", { value: '1932-03-01T22:00' }],
	// A year heading the sentence dates its months and days without a year.
	["Last year, more than 30,000 people filed on New Year's Day.", '2026-01-09', "New Year's Day", { value: '2025-01-01' }],
	['In 2019, the storm hit on 3 March.', '2026-01-09', '3 March', { value: '2019-03-03' }],
	// What "should", "may" or "might" be lies ahead.
	['The comet should be visible from Britain in the last week of December, the society said.', '2058-03-15', 'the last week of December', { value: '2058-12', mod: 'END' }],
	['Shops may open on Sundays in December, the minister said.', '2058-03-15', 'December', { value: '2058-12' }],
	['In December he could barely walk, his doctor said.', '2058-03-15', 'December', { value: '2057-12' }],
	// "Have" after "to" is the infinitive of the verb before ("hopes to have"), and so is "have" with an object.
	['The club expects to have the stand rebuilt by March.', '2031-06-02', 'March', { value: '2032-03' }],
	// A need in the present is for the season ahead; after "do" and "not" the auxiliary's tense decides.
	['We need coal for the winter, the mayor said.', '2061-09-14', 'the winter', { value: '2061-WI' }],
	['The minister did not say on Friday whether he would run.', '2061-09-14', 'Friday', { value: '2061-09-09' }],
	['The firm does not expect a recovery before March.', '2061-09-14', 'March', { value: '2062-03' }],
	// So do the months listed after the first, with no date of writing too.
	['February can never have a blue moon. In 2018 both January and March had two full moons, and February had none.', undefined, 'March', { value: '2018-03' }],
	['The board said it would set the fees for 2040 by the end of June.', '2038-01-12', 'the end of June', { value: '2038-06', mod: 'END' }],
	['The strike began in 1984 by the end of March.', '2026-01-09', 'the end of March', { value: '1984-03', mod: 'END' }],
	// Up to a semicolon, which opens a clause the year does not head.
	['Last year the Dutch rider won the stage; she has not won since the time trial on May 4.', '2043-06-30', 'May 4', { value: '2043-05-04' }],
	['Last year the Dutch rider won the stage, and she crashed in the time trial on May 4.', '2043-06-30', 'May 4', { value: '2042-05-04' }],
	['In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', '1989-10-31', 'Jan. 31', { value: '1989-01-31' }],
	// A day a noun is dated by takes its time from the noun, not from the clause.
	['Anyone who saw her is asked to call 101, quoting log 1187 of 4 March.', '2026-03-05', '4 March', { value: '2026-03-04' }],
	['He will read from his letter of 12 May at the hearing.', '2026-05-20', '12 May', { value: '2026-05-12' }],
	// A warning covers the day it is for; an event a day is ahead of leads to it.
	['The IMD has issued an orange alert for eight districts and a yellow alert for Saturday and Sunday.', '2024-05-30', 'Saturday', { value: '2024-06-01' }],
	// A forecast's participle after its noun, where the clause looks ahead: the day may be ahead.
	['The Bureau said temperatures would reach 44C on Saturday, ahead of a cool change expected late on Sunday.', '2026-01-01', 'Sunday', { value: '2026-01-04' }],
	// What a thing follows came before it.
	['The cold snap follows the mildest February on record.', '2025-03-03', 'February', { value: '2025-02' }],
	['The cold snap follows the mildest February on record.', '2025-11-03', 'February', { value: '2025-02' }],
	// A time named as a record was measured: gone by, or under way.
	['The blizzard will be the first of the winter, after the warmest November on record.', '2049-12-16', 'November', { value: '2049-11' }],
	['Farmers will struggle after the driest August since records began.', '2031-02-10', 'August', { value: '2030-08' }],
	['The fair will be the biggest in August.', '2031-02-10', 'August', { value: '2031-08' }],
	['The disaster comes little more than a month after the assassination of the president on July 7.', '2021-08-16', 'July 7', { value: '2021-07-07' }],
	['The vote comes a week after the summit in Geneva on 3 September.', '2021-08-16', '3 September', { value: '2021-09-03' }],
	// A warning still in force covers a time to come, whatever words lead to the day.
	['The Met Office has issued a yellow warning for ice covering the whole of Friday.', '2025-03-03', 'Friday', { value: '2025-03-07' }],
	['An amber warning is in force from Thursday night.', '2025-03-03', 'Thursday night', { value: '2025-03-06TNI' }],
	['The Met Office has issued a yellow alert for Saturday.', '2025-03-03', 'Saturday', { value: '2025-03-08' }],
	['A yellow warning for snow covers the whole of Thursday.', '2031-02-09', 'Thursday', { value: '2031-02-13' }],
	['The weather service issued a blizzard warning for the Dakotas from 6 a.m. until 9 p.m. on Saturday.', '2034-01-11', '6 a.m. until 9 p.m.', { value: '2034-01-14T06:00/2034-01-14T21:00' }],
	['The weather service issued a blizzard warning for the Dakotas from Saturday.', '2034-01-11', 'Saturday', { value: '2034-01-14' }],
	// The places a warning covers may be a list, and the day may follow the clock the warning leads to.
	['The Met Office has issued an amber warning for wind covering Orkney, Shetland and Caithness from 6pm on Thursday.', '2031-02-11', 'Thursday', { value: '2031-02-13' }],
	['The Met Office has issued an amber warning for wind covering Orkney, Shetland and Caithness from 6pm on Thursday.', '2031-02-11', '6pm', { value: '2031-02-13T18:00' }],
	// "On" alone may date the warning's issue.
	['The central bank issued a warning to lenders on Tuesday.', '2034-01-11', 'Tuesday', { value: '2034-01-10' }],
	['The Met Office has issued an amber heat warning for London and the South East covering Sunday and Monday.', '2031-02-08', 'Monday', { value: '2031-02-10' }],
	// What is anticipated lies ahead; so does a schedule whose subject an aside parts from its verb.
	['The Meteorological Office anticipates no change before Saturday.', '2031-05-07', 'Saturday', { value: '2031-05-10' }],
	['The quarry closed at noon, and the owners threaten a stoppage from Thursday.', '2031-05-07', 'Thursday', { value: '2031-05-08' }],
	['The championships, held in Africa for the first time, end on Sunday night.', '2031-05-08', 'Sunday night', { value: '2031-05-11TNI' }],
	// A perfect participle tells of what came before its clause.
	['They drew in Belgrade to reach the semi-final, having beaten Arsenal at Highbury on Saturday.', '2031-05-09', 'Saturday', { value: '2031-05-03' }],
	// A present perfect is not dated by a time gone by: the day or month after it is the nearest.
	['The organisers have added a reserve day on Tuesday.', '2031-03-16', 'Tuesday', { value: '2031-03-18' }],
	['Police have arrested a man on Tuesday.', '2031-05-08', 'Tuesday', { value: '2031-05-06' }],
	['The union has called further stoppages in the first week of November.', '2031-09-25', 'the first week of November', { value: '2031-11', mod: 'START' }],
	['The miners have been invited to London in February.', '2031-10-14', 'February', { value: '2032-02' }],
	// An event a past clause came before may not have come yet; a clause after "before" has its own tense.
	['The coach said the team needed a new striker before the cup final on 12 January.', '2031-12-29', '12 January', { value: '2032-01-12' }],
	['The suspects fled before the police arrived on 12 January.', '2031-12-29', '12 January', { value: '2031-01-12' }],
	['The monsoon set in on Thursday, two days ahead of its normal onset date of June 1.', '2024-05-30', 'June 1', { value: '2024-06-01' }],
	['The commemorations continue until Sunday.', '2045-05-08', 'Sunday', { value: '2045-05-14' }],
	// The nearest "Thursday night" is that of the nearest Thursday, not the night whose hours lie nearer.
	['Snow was expected to settle in Scotland from Thursday night.', '2025-03-03', 'Thursday night', { value: '2025-03-06TNI' }],
	// A copula in the present before the day: the day the thing falls on, still to come.
	['The run-off is on Saturday, the commission said.', '2045-05-08', 'Saturday', { value: '2045-05-13' }],
	['He said the deadline for bids is Friday.', '2045-05-08', 'Friday', { value: '2045-05-12' }],
	['Today is Monday, and the markets are shut.', '2045-05-08', 'Monday', { value: '2045-05-08' }],
	['The toll from the blast on Saturday is 30.', '2045-05-08', 'Saturday', { value: '2045-05-06' }],
	// So is a day it is at or from.
	['The final is at 3pm Sunday, the league said.', '2061-09-14', '3pm Sunday', { value: '2061-09-18T15:00' }],
	['The library is open from 10am Saturday until 4pm.', '2061-09-14', '10am Saturday until 4pm', { value: '2061-09-17T10:00/2061-09-17T16:00' }],
	['The toll from the blast at dawn on Saturday is 30.', '2045-05-08', 'Saturday', { value: '2045-05-06' }],
	// A sentence long enough to be read by its cues reads the gerund after "after" as a short one does.
	[`With ${Array(45).fill('the team').join(', ')}, the Celtics will host Game 7 on Sunday after beating Denver on Thursday.`, '2055-06-18', 'Thursday', { value: '2055-06-17' }],
	['The government raised the price of petrol with effect from June 16.', '2036-06-15', 'June 16', { value: '2036-06-16' }],
	// A limit told in the present is one still in force.
	['Taxpayers who miss the deadline can file a belated return until December 31.', '2024-07-31', 'December 31', { value: '2024-12-31' }],
	['Those lodging themselves have until October 31.', '2026-07-01', 'October 31', { value: '2026-10-31' }],
	// So is a stretch it runs through.
	['Few engineers believe the island can be kept supplied by sea through the winter.', '2039-06-20', 'the winter', { value: '2039-WI' }],
	['Taxpayers can get an automatic six-month extension to Oct. 15 by filing a form.', '2027-04-15', 'Oct. 15', { value: '2027-10-15' }],
	['The figures rose 3% to March.', '2027-04-15', 'March', { value: '2027-03' }],
	['The exhibition is free on Mondays, and runs until 30 September.', '1972-03-30', '30 September', { value: '1972-09-30' }],
	// What a text counts from lies behind, even after a verb of foretelling.
	['Forecasters had warned of it since Saturday.', '2024-08-22', 'Saturday', { value: '2024-08-17' }],
	// "due to the storm" is a cause, no plan.
	['Flights were grounded due to the fog on Friday.', '2020-01-22', 'Friday', { value: '2020-01-17' }],
	['The attack took place on Friday.', '2021-08-04', 'Friday', { value: '2021-07-30', basis: 'relative', granularity: 'day' }],
	['The envoy will arrive on Friday.', '2021-08-04', 'Friday', { value: '2021-08-06' }],
	['Talks are expected to resume Monday.', '2021-08-04', 'Monday', { value: '2021-08-09' }],
	['The statement was issued Tuesday.', '2021-08-04', 'Tuesday', { value: '2021-08-03' }],
	['The embassy said on Wednesday that it was closing.', '2021-08-04', 'Wednesday', { value: '2021-08-04' }],
	['Rebels shelled the city last Friday.', '2021-08-04', 'last Friday', { value: '2021-07-30' }],
	['Elections are due next Tuesday.', '2021-08-04', 'next Tuesday', { value: '2021-08-10' }],
	// The formal order: "on Tuesday next", "on Friday last".
	['The council will meet on Tuesday next to elect its chairman.', '1949-04-12', 'Tuesday next', { value: '1949-04-19' }],
	['On Friday last, the mill closed.', '1949-04-12', 'Friday last', { value: '1949-04-08' }],
	// Before a verb, too; written on a Monday, "Monday last" is the Monday before.
	['Latham, whose attempt on Monday last ended in the sea, will try again.', '1909-07-26', 'Monday last', { value: '1909-07-19' }],
	['The steamer left Hull for Dundee on Wednesday evening last with sixty persons on board.', '1838-09-12', 'Wednesday evening last', { value: '1838-09-05TEV', type: 'TIME' }],
	['The council on Tuesday next will elect its chairman.', '1949-04-12', 'Tuesday next', { value: '1949-04-19' }],
	['The council will meet on Tuesday next week.', '1949-04-12', 'Tuesday next week', { value: '1949-04-19' }],
	['The weavers will resume on Monday next unless the masters object.', '1818-02-24', 'Monday next', { value: '1818-03-02' }],
	['The summit opens this Sunday.', '2021-08-04', 'this Sunday', { value: '2021-08-08' }],
	['The New York Times said in an editorial on Saturday, April 25:', '1998-04-24', 'Saturday, April 25', { value: '1998-04-25' }],
	['Rebels rejected the offer, and talks collapsed over the weekend.', '2021-08-04', 'the weekend', { value: '2021-W30-WE', granularity: 'week' }],
	// "all" says how much of it: the weekend is the time.
	['Talks at the Fed had run all weekend, but Barclays walked away on Sunday afternoon.', '2008-09-15', 'weekend', { value: '2008-W37-WE', granularity: 'week' }],
	['The beaches were crowded for the long weekend.', '2008-09-15', 'the long weekend', { value: '2008-W37-WE', granularity: 'week' }],
	// A day's event named after it ("Sunday's final") is the nearest such day; one a clause to come is set in leans ahead.
	["Germany will face Argentina or the Netherlands in Sunday's final.", '2014-07-09', 'Sunday', { value: '2014-07-13' }],
	["The court will review Sunday's ruling.", '2014-07-09', 'Sunday', { value: '2014-07-06' }],
	// What a past event followed or was caused by came before it.
	["The pound fell after Friday's mini-budget.", '2022-09-28', 'Friday', { value: '2022-09-23' }],
	// "4am" holds no verb "am"; a holiday a thing is for may be written with its article.
	['Schools will close at 4am on Monday.', '2021-01-15', 'Monday', { value: '2021-01-18' }],
	['Millions travelled home for the Lunar New Year, which begins on Saturday.', '2024-02-09', 'Lunar New Year', { value: '2024-02-10' }],
	// An event held on the day a feast's name says is dated by it.
	['Tickets for the Christmas Eve carol concert go on sale today.', '2031-11-20', 'Christmas Eve', { value: '2031-12-24' }],
	["Crowds lined the route of the New Year's Day parade.", '2040-01-03', "New Year's Day", { value: '2040-01-01' }],
	["The pound fell in a sell-off triggered by Friday's mini-budget.", '2022-09-28', 'Friday', { value: '2022-09-23' }],
	["Leaders called for a boycott of Friday's vote.", '2022-09-28', 'Friday', { value: '2022-09-30' }],
	// Schedules in the simple present, after a plural subject for a bare verb; a counted noun is none.
	['Tickets go on sale on Monday at 9 a.m. PT.', '2029-03-30', 'Monday at 9 a.m. PT', { value: '2029-04-02T09:00' }],
	// A day and the clock after "at" are one time; a clock before "on" and its day stay two.
	['The funeral will be held tomorrow at 11am in the cathedral.', '2046-02-14', 'tomorrow at 11am', { value: '2046-02-15T11:00', type: 'TIME' }],
	['The funeral will be held at 11am on Friday in the cathedral.', '2046-02-14', '11am', { value: '2046-02-16T11:00', type: 'TIME' }],
	['United will host Ajax at home on 14 March, with the kick-off moved to 8pm at the request of police.', '2046-02-14', '8pm', { value: '2046-03-14T20:00' }],
	// So are a part of a day that names its day and the clock after "at", read in that part.
	['The season opens tonight at 7.15pm with a new symphony.', '2031-04-16', 'tonight at 7.15pm', { value: '2031-04-16T19:15', type: 'TIME' }],
	['The vigil ends tonight at 1am.', '2031-04-16', 'tonight at 1am', { value: '2031-04-17T01:00' }],
	['The minister arrived in Basra yesterday morning at 9.30 a.m. local time.', '2003-05-08', 'yesterday morning at 9.30 a.m. local time', { value: '2003-05-07T09:30' }],
	['The ferry sank on Saturday night at 11pm, the coastguard said.', '1987-03-09', 'Saturday night at 11pm', { value: '1987-03-07T23:00' }],
	['The team plays Arsenal on Saturday.', '2029-03-28', 'Saturday', { value: '2029-03-31' }],
	['Kiprotich flies home to Eldoret on Tuesday.', '2033-08-13', 'Tuesday', { value: '2033-08-16' }],
	['Crowds lined the streets for the Games, which open in Oslo in February.', '2033-11-02', 'February', { value: '2034-02' }],
	['Round 3 begins on Monday.', '2024-04-10', 'Monday', { value: '2024-04-15' }],
	['The anniversary falls on Tuesday.', '2021-05-12', 'Tuesday', { value: '2021-05-18' }],
	['Shops close for the holiday and reopen on Monday.', '2025-03-14', 'Monday', { value: '2025-03-17' }],
	['They face the league leaders on Sunday.', '2023-04-10', 'Sunday', { value: '2023-04-16' }],
	// A phrase opened by ", with" is no time of the saying before it.
	['The chairman said on Tuesday, with hearings to start the week after and a committee vote on Oct. 22.', '2020-09-29', 'Oct. 22', { value: '2020-10-22' }],
	['Apple showed its new phones on Tuesday, with pre-orders opening at 5 a.m. Pacific time on Friday.', '2025-09-10', 'Friday', { value: '2025-09-12' }],
	['Fighting resumed on Monday, with shelling in the north on Tuesday.', '2025-09-10', 'Tuesday', { value: '2025-09-09' }],
	// Forecast in the present, what is forecast lies ahead.
	['The cold snap is forecast to last until at least Monday.', '2045-01-12', 'Monday', { value: '2045-01-16' }],
	// A clock time's lead is its day's: "till 5 am on May 10" is a limit.
	["The city's lockdown has been extended by a week till 5 am on May 10.", '2021-05-01', 'May 10', { value: '2021-05-10' }],
	['Sources close to the talks said on Monday that no deal was near.', '2025-03-14', 'Monday', { value: '2025-03-10' }],
	// What was foretold lies ahead of the foretelling; a weekday after it may be the day of the warning.
	['Forecasters warned of a second spell of heavy rain in mid-June.', '2026-05-31', 'mid-June', { value: '2026-06', mod: 'MID' }],
	['Analysts forecast growth of 3% in the fourth quarter.', '2026-05-31', 'the fourth quarter', { value: '2026-Q4' }],
	['In May, forecasters predicted heavy rain.', '2026-06-30', 'May', { value: '2026-05' }],
	['The UN warned of famine on Friday.', '2026-05-31', 'Friday', { value: '2026-05-29' }],
	// What a present verb reports was done to a thing on a weekday may lie ahead: the weekday keeps its reading.
	['The vicar says the concert on Saturday was put off because of the floods.', '2036-02-08', 'Saturday', { value: '2036-02-09' }],
	// One the reported clause looks ahead to is still to come, also after "it is thought that".
	['Dealers say the wool auction on Thursday will test demand.', '2036-02-09', 'Thursday', { value: '2036-02-14' }],
	['It is thought that the inquest on Monday will be brief.', '2036-02-14', 'Monday', { value: '2036-02-18' }],
	// A bare weekday right after the verb is the foretelling's day, unless a clause of its own foretells it.
	['The central bank warned Thursday of a slowdown in lending.', '2047-03-04', 'Thursday', { value: '2047-02-28' }],
	['The almanac predicted Thursday would bring the first frost.', '2047-03-04', 'Thursday', { value: '2047-03-07' }],
	['Unions called for a pay freeze over the winter.', '2022-08-26', 'the winter', { value: '2022-WI' }],
	['The union called for calm on Sunday.', '2022-08-26', 'Sunday', { value: '2022-08-21' }],
	// A day a clock time is read with takes the tense of the words before the clock, however long the phrase.
	["Sudan's warring parties signed a ceasefire on Saturday that is due to take effect at 9:45 p.m. Khartoum time (1945 GMT) on Monday, 48 hours after signing, the U.S. said.", '2023-05-20', 'Monday', { value: '2023-05-22' }],
	['Parliament reconvenes on Monday.', '2021-05-12', 'Monday', { value: '2021-05-17' }],
	['The Paralympics follow from 15 to 27 August.', '2028-02-29', '15 to 27 August', { value: '2028-08-15/2028-08-27' }],
	// a past form after a count is an adjective: the verb of the clause is further on
	["On Sunday, 8,000 illuminated balloons marking the Wall's route will be released.", '2014-11-07', 'Sunday', { value: '2014-11-09' }],
	['Police said 20 died on Sunday.', '2014-11-07', 'Sunday', { value: '2014-11-02' }],
	// A day a decision sets a thing for.
	['The government declared a national day of mourning for Tuesday.', '2019-04-22', 'Tuesday', { value: '2019-04-23' }],
	// So is a day what is cancelled was set for.
	['The rail operator has cancelled all trains to the coast for Thursday.', '2041-10-09', 'Thursday', { value: '2041-10-10' }],
	['Organisers cancelled the parade for Saturday because of the gales.', '2041-10-09', 'Saturday', { value: '2041-10-12' }],
	['Organisers cancelled the parade on Saturday because of the gales.', '2041-10-09', 'Saturday', { value: '2041-10-05' }],
	// Told in the past, the noun's event leans back, unless it is close ahead ("the March elections were postponed").
	['The June agreement was signed in Doha.', '2023-02-24', 'June', { value: '2022-06' }],
	['The March elections were postponed.', '2023-02-24', 'March', { value: '2023-03' }],
	// After a preposition a month dates the clause, whatever noun follows it.
	['In April police withdrew from the square.', '2023-02-24', 'April', { value: '2022-04' }],
	['By early April they had withdrawn from the north.', '2023-02-24', 'early April', { value: '2022-04', mod: 'START' }]
]);

table('months without a year, by tense', [
	// What a verb in the present proposes lies ahead.
	['The league proposes a return match at Hampden in March.', '1889-11-25', 'March', { value: '1890-03' }],
	// The course of what an announcement sets out, and a stretch a plan is called for, lie either side.
	['The festival announced its programme on Monday, opening in Leeds on January 12 and closing with two nights in York from February 20 to 21.', '2045-10-02', 'January 12', { value: '2046-01-12' }],
	['The festival announced its programme on Monday, opening in Leeds on January 12 and closing with two nights in York from February 20 to 21.', '2045-10-02', 'February 20 to 21', { value: '2046-02-20/2046-02-21' }],
	['Dock workers have called a strike from November 3 to 5, the union said.', '2031-10-20', 'November 3 to 5', { value: '2031-11-03/2031-11-05' }],
	['Dock workers had called a strike from November 3 to 5, the union said.', '2031-10-20', 'November 3 to 5', { value: '2030-11-03/2030-11-05' }],
	// A time the future sets a thing before lies ahead; "as early as" makes "May" a month.
	['Economists now expect two cuts before Christmas.', '2038-03-17', 'Christmas', { value: '2038-12-25' }],
	['The central bank will cut rates before December, traders said.', '2041-03-10', 'December', { value: '2041-12' }],
	['The central bank cut rates before December, traders said.', '2041-03-10', 'December', { value: '2040-12' }],
	// So does a time before which a thing can or cannot be done, told in the present.
	['The pier, which engineers say cannot be rebuilt before the spring, stays shut.', '1911-08-14', 'the spring', { value: '1912-SP' }],
	['The line can be reopened before March if the weather holds.', '2047-09-02', 'March', { value: '2048-03' }],
	['A vote on the budget is not possible before February, the clerk said.', '1978-06-30', 'February', { value: '1979-02' }],
	['The pier could not be rebuilt before March.', '2047-09-02', 'March', { value: '2047-03' }],
	['The governor signalled that a cut could come as early as May.', '2038-03-17', 'May', { value: '2038-05' }],
	['Snow fell as late as March, farmers said.', '2026-06-01', 'March', { value: '2026-03' }],
	['Kabul fell on August 15.', '2021-09-06', 'August 15', { value: '2021-08-15' }],
	['The group was founded in December.', '2021-02-10', 'December', { value: '2020-12' }],
	['The mission will start in December.', '2021-02-10', 'December', { value: '2021-12' }],
	['The rights expire Nov. 21.', '1989-11-02', 'Nov. 21', { value: '1989-11-21' }],
	['The board declared a dividend payable Dec. 7.', '1989-10-27', 'Dec. 7', { value: '1989-12-07' }],
	['The board declared a dividend of 30 cents, payable on Feb. 1 to holders of record on Jan. 10.', '1997-12-12', 'Feb. 1', { value: '1998-02-01' }],
	['The group will pay a dividend on Sept. 14 to shareholders registered on Sept. 4.', '2031-08-27', 'Sept. 4', { value: '2031-09-04' }],
	['The company was registered on Sept. 4.', '2031-08-27', 'Sept. 4', { value: '2030-09-04' }],
	['He gave no reason for the Jan. 14 deadline.', '2000-01-05', 'Jan. 14', { value: '2000-01-14' }],
	// A schedule in the simple present lies ahead, after a plural subject too; so does an age to be turned.
	['The law was notified on 1 April, and its key provisions take effect on January 1.', '2027-10-05', 'January 1', { value: '2028-01-01' }],
	['Reagan, who turns 70 in February, will be inaugurated on Jan. 20.', '1980-11-05', 'February', { value: '1981-02' }],
	['Autumn classes run from 2 September to 20 December.', '2025-06-10', '2 September to 20 December', { value: '2025-09-02/2025-12-20' }],
	// "plan to the regulator" is a noun before "to", no plan ahead.
	['The firm sent its merger plan to the regulator in March.', '2024-04-20', 'March', { value: '2024-03' }],
	// What a quarter is reported for may have ended; what will happen in one is ahead.
	['The carmaker said the model will reach dealers in the third quarter.', '2025-01-08', 'the third quarter', { value: '2025-Q3' }],
	['The company will report results for the fourth quarter on Jan. 20.', '2026-01-05', 'the fourth quarter', { value: '2025-Q4' }],
	// What a past event came before may not have come yet.
	['Rail services were cut on Monday, five days before the Lunar New Year.', '2020-01-22', 'Lunar New Year', { value: '2020-01-25' }],
	['Sales rose before Christmas.', '2026-01-10', 'Christmas', { value: '2025-12-25' }],
	// An event named between a lead and its day: the lead places the day.
	['He was remanded in custody until a plea hearing on the 28th.', '2023-03-10', 'the 28th', { value: '2023-03-28' }],
	['Envoys will meet on Friday for the first talks since the ceasefire of 12 May.', '2030-08-01', '12 May', { value: '2030-05-12' }],
	// A score may stand among the event's words.
	['Rovers have not won away since a 3-1 victory at Hartlepool on 9 April.', '2041-11-30', '9 April', { value: '2041-04-09' }],
	// "since" before a clause of which the date is the subject gives a reason.
	['He will take the oath on Jan. 21, since Jan. 20 falls on a Sunday.', '1956-11-07', 'Jan. 20', { value: '1957-01-20' }],
	['The vote was due to be held in May but was postponed.', '2020-09-27', 'May', { value: '2020-05' }],
	['Rationing is not expected to end before the autumn.', '1952-02-29', 'the autumn', { value: '1952-FA' }],
	['Forecasters see more heat, with relief expected after June 1.', '2024-05-29', 'June 1', { value: '2024-06-01' }],
	['Polling was held on November 25; it had originally been scheduled for the 23rd.', '2023-12-03', 'the 23rd', { value: '2023-11-23' }],
	// A clause after ", when" tells what happens at the time: its tense places it.
	['The four-day campaign follows a first round in November, when health workers reached 91 percent of children.', '2047-01-09', 'November', { value: '2046-11' }],
	['Hearings ran until 11.48pm on Thursday, when the chair finally adjourned the committee.', '2024-05-31', 'Thursday', { value: '2024-05-30' }]
]);

table('deictic expressions', [
	['Talks resume today.', '2021-09-06', 'today', { value: '2021-09-06', basis: 'publication' }],
	['Gunmen struck yesterday.', '2021-09-06', 'yesterday', { value: '2021-09-05', basis: 'relative' }],
	// Older print spells them "to-day", "to-morrow", "to-night".
	['To-day the bells rang.', '1896-02-29', 'To-day', { value: '1896-02-29' }],
	['The mail steamer sails to-morrow.', '1905-06-30', 'to-morrow', { value: '1905-07-01' }],
	['Illuminations are promised for to-morrow night.', '1887-06-21', 'to-morrow night', { value: '1887-06-22TNI', type: 'TIME' }],
	['The court sits at noon to-day.', '1884-02-29', 'noon to-day', { value: '1884-02-29T12:00', type: 'TIME' }],
	// British "this day week", "today fortnight": a week or two from the day, back when told in the past.
	['"This day week we will know," she said.', '2035-08-31', 'This day week', { value: '2035-09-07' }],
	['The hearing resumes today fortnight.', '2035-08-31', 'today fortnight', { value: '2035-09-14' }],
	['He was buried this day week.', '2035-08-31', 'this day week', { value: '2035-08-24' }],
	['Fighting intensified last week.', '2021-08-04', 'last week', { value: '2021-W30', granularity: 'week' }],
	['The Taliban seized the city last month.', '2021-08-04', 'last month', { value: '2021-07' }],
	['Earlier this month, the army withdrew.', '2021-08-20', 'Earlier this month', { value: '2021-08', mod: 'START', days: ['2021-08-01', '2021-08-20'] }],
	['The company expects profits later this year.', '2021-09-06', 'later this year', { value: '2021', mod: 'END', days: ['2021-09-06', '2021-12-31'] }],
	// "Early" and "late" say nothing of the side of the writing: a deal "early this year" may be still to come.
	['We expect a deal early this year.', '2021-01-05', 'early this year', { value: '2021', mod: 'START', days: ['2021-01-01', '2021-12-31'] }],
	['Inflation has doubled this year.', '2021-08-20', 'this year', { value: '2021', granularity: 'year' }],
	['Elections follow next month.', '2021-08-20', 'next month', { value: '2021-09' }],
	['Troops will leave early next year.', '2021-08-20', 'early next year', { value: '2022', mod: 'START' }],
	['A third wave followed early in 1919.', '2018-11-11', 'early in 1919', { value: '1919', mod: 'START' }],
	['Talks stalled late in March.', '2018-11-11', 'late in March', { value: '2018-03', mod: 'END' }],
	['Turnout fell midway through the 1990s.', '2018-11-11', 'midway through the 1990s', { value: '199', mod: 'MID' }],
	['Most of it was built in 1919.', '2018-11-11', '1919', { value: '1919', mod: undefined }],
	['Ministers met late last week.', '2021-08-20', 'late last week', { value: '2021-W32', mod: 'END' }],
	['The purge began in July last year.', '1998-02-19', 'July last year', { value: '1997-07' }],
	['Rebels crossed the border last April.', '1989-10-27', 'last April', { value: '1989-04' }]
]);

table('anaphoric expressions', [
	['The city fell on 15 August 2021. The same day, the president fled.', '2021-09-06', 'The same day', { value: '2021-08-15', basis: 'relative', anchor: '2021-08-15' }],
	['The siege began in 1992. That year, thousands died.', '2021-09-06', 'That year', { value: '1992' }],
	['The offensive began on 6 April 1992. The following week, the airport closed.', '2021-09-06', 'The following week', { value: '1992-W16' }],
	['Troops entered on 5 May 1992. Three days later, the bridge fell.', '2021-09-06', 'Three days later', { value: '1992-05-08' }],
	// ten years or more counted from a day name a year, not a day that far on
	['The war began on 3 May 1990. Two decades later, it ended.', '2021-09-06', 'Two decades later', { value: '2010', granularity: 'year', approximate: true }],
	// Years on from a day name a year: the day itself would be false precision.
	['The war began on 3 May 1990. Five years later, it ended.', '2021-09-06', 'Five years later', { value: '1995', granularity: 'year' }],
	['The war began on 3 May 1990. A year later, it spread.', '2021-09-06', 'A year later', { value: '1991-05-03' }],
	['Seoul fell on 28 June 1950. Two days after that, Truman ordered troops in.', '2021-09-06', 'Two days after that', { value: '1950-06-30' }],
	// named months and seasons placed from the story, not from the writing
	['The war began in June 1950. That March, talks had stalled.', '2021-09-06', 'That March', { value: '1950-03' }],
	['The war began in June 1950. The following April, troops left.', '2021-09-06', 'The following April', { value: '1951-04' }],
	['The war began in June 1950. The following spring, the city fell.', '2021-09-06', 'The following spring', { value: '1951-SP' }],
	['Troops left in April 1951. The previous September, rains came.', '2021-09-06', 'The previous September', { value: '1950-09' }],
	['Grozny was not taken until February 1995. Thousands died that winter.', '2014-12-11', 'that winter', { value: '1994-WI' }],
	// "That first summer" is the one holding the story's time or the next.
	['Dad bought the farm in March 1952. That first summer it rained every Sunday.', '2012-11-22', 'That first summer', { value: '1952-SU' }],
	['Dad bought the farm in March 1952. That first winter the pipes froze.', '2012-11-22', 'That first winter', { value: '1952-WI' }],
	// "This winter" told in the past, out of winter, is the one just over; of what is to come, the next.
	["This winter's flu season has been the most severe since 2009.", '2018-03-11', 'This winter', { value: '2017-WI' }],
	['This winter will be colder, forecasters say.', '2018-03-11', 'This winter', { value: '2018-WI' }],
	['This winter has been mild so far.', '2018-01-15', 'This winter', { value: '2017-WI' }],
	// Another season is the one of the writing's year, told in the past or not.
	["Organisers released the route for this summer's Tour in Lyon.", '2043-02-11', 'this summer', { value: '2043-SU' }],
	["This spring's floods were the worst in a century, the report found.", '2043-11-20', 'This spring', { value: '2043-SP' }],
	// A season a report says is still to come is the next one, however near the last one ended.
	['The minister said the new bridge would open in the autumn, two years late.', '2047-01-09', 'the autumn', { value: '2047-FA' }],
	['Net income rose in the third quarter to $5 million from $3 million a year earlier.', '1989-11-02', 'a year earlier', { value: '1988-Q3' }],
	['It rose in the third quarter. Profit fell in the year-ago quarter.', '1989-11-02', 'the year-ago quarter', { value: '1988-Q3' }],
	['Sales for the quarter ended Sept. 30 rose 4%.', '1989-11-02', 'the quarter', { value: '1989-Q3' }],
	['The event comes on the same day that the Taliban claimed victory.', '2021-09-06', 'the same day', { value: 'XXXX-XX-XX', span: false }],
	// So is a part of a day or a clock alone after such a day.
	['German forces attacked the beachhead at dawn yesterday, but headquarters said today that the attack had been held by nightfall.', '1944-02-29', 'nightfall', { value: '1944-02-28TEV' }],
	// A clock alone in the sentence after the day of a saying is of the day the saying was about.
	['The comet will pass closest to Earth on Friday, the agency said today. Closest approach is expected at 11:26 p.m. Eastern time.', '2075-03-06', '11:26 p.m. Eastern time', { value: '2075-03-08T23:26' }],
	['Rebels shelled the port on Sunday, the army said on Tuesday. The barrage began at 4 a.m. from the hills.', '2031-05-14', '4 a.m.', { value: '2031-05-11T04:00' }],
	// A coarser time its own clause looks ahead to is passed over for the day its sentence told before it.
	['The central bank cut its main rate on Friday, and said it could ease again before the end of the year. The decision, announced at 11 a.m., surprised markets.', '2047-03-09', '11 a.m.', { value: '2047-03-08T11:00' }],
	// (A day of a sentence before is too far back to be sure of.)
	['The results come a week after a rival cut its outlook on March 1. The firm will open a plant in 2049. The results were released after the market closed at 3 p.m.', '2047-03-09', '3 p.m', { value: 'XXXX-XX-XXT15:00' }],
	// "That day" after the day something was said is the day the saying was about, named before it.
	['The launch window opens on Oct. 12, officials said at a briefing Saturday. The first attempt is at 9:14 a.m. that day.', '2037-07-05', '9:14 a.m. that day', { value: '2037-10-12T09:14' }],
	['The minister said on Saturday that he would resign. He left office that day.', '2037-07-05', 'that day', { value: '2037-07-04' }],
	['The strike was called for Monday, the union said on Friday. Trains stopped that day.', '2037-07-05', 'that day', { value: '2037-07-03' }]
]);

table(
	'narrative mode',
	[
		['The siege began on 5 April 1992. On 2 May, Serb forces cut the city in two.', undefined, '2 May', { value: '1992-05-02', anchor: '1992-04-05' }],
		['The siege began on 5 April 1992. Two days later, Bosnia was recognised.', undefined, 'Two days later', { value: '1992-04-07' }],
		['The siege began on 5 April 1992. That summer, shelling intensified.', undefined, 'That summer', { value: '1992-SU' }],
		['A truce was signed on 10 May 1993. The next day, it collapsed.', '2021-09-06', 'The next day', { value: '1993-05-11' }],
		['Shelling began on Thursday 4 June 1992. On Monday, the airport closed.', '2021-09-06', 'Monday', { value: '1992-06-08' }],
		['The war began in 1992. Last year, the city held elections.', undefined, 'Last year', { value: '1991' }],
		['The siege began in 1992. Today the city is rebuilt.', '2021-06-01', 'Today', { value: '2021-06-01', basis: 'publication' }],
		['On 5 June 1944 the army crossed the river. Overnight, the bridge was blown.', '2021-06-01', 'Overnight', { value: '1944-06-05TNI' }],
		// What a state has lasted since lies behind the story's time; an afternoon hour right after a night is the next day's.
		['Log of the relief party, Halley Station, 2033.\n\nApril 30th. — Last sunset until August. Nine of us, the last ship gone since March.\n\nMay 9th. — Blizzard overnight. Cleared at 15:10.', undefined, 'March', { value: '2033-03' }],
		['Log of the relief party, Halley Station, 2033.\n\nApril 30th. — Last sunset until August. Nine of us, the last ship gone since March.\n\nMay 9th. — Blizzard overnight. Cleared at 15:10.', undefined, 'May 9th', { value: '2033-05-09' }],
		['Log of the relief party, Halley Station, 2033.\n\nApril 30th. — Last sunset until August. Nine of us, the last ship gone since March.\n\nMay 9th. — Blizzard overnight. Cleared at 15:10.', undefined, '15:10', { value: '2033-05-09T15:10' }],
		// An entry's "tonight" has not ended when the entry is written: an hour told in the past is the entry's day's.
		['Log of the motor yacht Osprey, 2052.\n\nMarch 3. — Crete yesterday, Rhodes tonight. The wind at noon was force six.', undefined, 'noon', { value: '2052-03-03T12:00' }],
		// "Shall have none left" looks ahead: no perfect looks back from the entry.
		['Journal of the Kerguelen station, 2043.\n\nSept. 3. — Fuel oil low; at this rate we shall have none left for the winter.', undefined, 'the winter', { value: '2043-WI' }],
		// The year a state has lasted since, before a day told earlier, is not the year the story goes on in.
		['Log of the sloop Petrel, Stromness to Reykjavik, 1923.\n\nJune 2. — Left Stromness at 5 a.m. with a fair wind.\n\nJune 9. — At Thorshavn. The harbourmaster says no ship has called since last July.\n\nJune 20. — Fog all day. Anchored off Seydisfjord at 4 p.m.', undefined, 'June 20', { value: '1923-06-20' }],
		['On 2 October 1805 the squadron sailed from Plymouth. The men had drilled at the guns since March, and the flagship had been refitted in early August. On the 9th they sighted Finisterre.', undefined, 'early August', { value: '1805-08', mod: 'START' }],
		// Nor, told after the story's first time, is it where the story is: a past perfect before it is a flashback.
		['On 2 October 1805 the squadron sailed from Plymouth. The men had drilled at the guns since March, and the flagship had been refitted in early August. On the 9th they sighted Finisterre.', undefined, 'the 9th', { value: '1805-10-09' }],
		['In the summer of 1914 few expected a long war. By Christmas the armies were entrenched, and four years later ten million soldiers were dead.', '2014-08-04', 'four years later', { value: '1918' }],
		['In May 1961, Kennedy promised that America would land a man on the Moon before the end of the decade.', '2011-05-25', 'the end of the decade', { value: '196', mod: 'END' }],
		['The war began in July 1967. By the summer of 1968 thousands of children were dying.', '2017-07-06', 'the summer of 1968', { value: '1968-SU' }],
		// An offset set beside a date describes it, counted from the time before.
		['On 25 December 1978 Vietnamese forces invaded. Phnom Penh fell on 7 January 1979, less than two weeks later.', '2021-11-10', 'less than two weeks later', { value: '1979-01-08', mod: 'BEFORE', days: ['1978-12-26', '1979-01-07'] }],
		['On 3 June 1947 the date was brought forward, and India became independent on 15 August, barely ten weeks later.', '1997-08-15', 'ten weeks later', { value: '1947-08-12' }],
		['In the spring of 1992 the city was surrounded. Three months later, the airport closed.', undefined, 'Three months later', { value: '1992-SU', days: ['1992-06-01', '1992-08-31'], approximate: true, diagnostic: 'coarse-anchor' }],
		['In the spring of 1992 the city was surrounded. By the end of the year, thousands had died.', undefined, 'the end of the year', { value: '1992', mod: 'END' }],
		// A day of the month named by its number alone, after a month; "by" reaches it through the part of a day.
		['In October 1806 Prussia went to war; on the 14th its armies were routed at Jena.', undefined, 'the 14th', { value: '1806-10-14' }],
		['The siege of the fort began on 3 May 1690, and on the 9th our company went into the trenches.', undefined, 'the 9th', { value: '1690-05-09' }],
		['The Beagle reached the islands on 15 September 1835; on the 17th Darwin landed on Chatham Island.', undefined, 'the 17th', { value: '1835-09-17' }],
		['Parma laid siege to Antwerp in July 1584; on the 25th Count of Egmont\'s horsemen raided the dykes.', undefined, 'the 25th', { value: '1584-07-25' }],
		['The regiment landed at Gallipoli in April 1915; on the 28th Hamilton\'s men attacked Krithia.', undefined, 'the 28th', { value: '1915-04-28' }],
		// A hyphened name, and a name's noun of two words.
		['The offensive opened on 2 June 1917. On the 9th Lloyd-Evans\'s III Corps withdrew to the river.', undefined, 'the 9th', { value: '1917-06-09' }],
		// A count may open the clause after the part of a day, "all" or "most" before it.
		['The gale struck the fleet on 1 March 1741. By the evening of the 3rd all six boats were lost.', undefined, 'the evening of the 3rd', { value: '1741-03-03TEV' }],
		// A proposal, a report or an offer dated by its day.
		['The engineers rejected the offer of the 12th and stayed out.', '1922-04-20', 'the 12th', { value: '1922-04-12' }],
		['The armada anchored off Calais on 6 August 1588. On the night of the 7th Drake sent in eight fireships.', undefined, 'the night of the 7th', { value: '1588-08-07TNI' }],
		['We reached the camp on 4 August 2031. I fly home on the 30th for three weeks of leave.', undefined, 'the 30th', { value: '2031-08-30' }],
		['The siege began on 6 April 1453. The outer wall fell on the 18th without warning.', undefined, 'the 18th', { value: '1453-04-18' }],
		// An irregular past after the subject the day ends, a bare verb after a modal's "on", an article
		// opening the clause, and a month named relatively after the day, whatever word leads.
		['The relief column set out on 2 March 1900. The attack on the 11th broke the Boer line.', undefined, 'the 11th', { value: '1900-03-11' }],
		['The almanac of 1 October 1899 said the moon would on the 17th pass in front of Mars.', undefined, 'the 17th', { value: '1899-10-17' }],
		['The sloop left Hobart on 4 May 1840, and on the 9th a boat from her was picked up.', undefined, 'the 9th', { value: '1840-05-09' }],
		// At the head of its sentence, a bare noun may open the clause, its past verb a few words on.
		['The thaw began on 2 February 1947. On the 6th snow fell again over the moors.', undefined, 'the 6th', { value: '1947-02-06' }],
		['The trawlers were frozen in on 3 March 1881. On the 9th ice carried from the firth closed the harbour mouth.', undefined, 'the 9th', { value: '1881-03-09' }],
		['Frost came as early as the 3rd of this month.', '1899-10-20', 'the 3rd of this month', { value: '1899-10-03' }],
		// Not of the month a state has lasted since, wholly before the story's day; told first, that month opens the story.
		['The siege of Kut began on 7 December 1915. Townshend, who had been short of bread since early November, asked for relief on the 9th.', undefined, 'the 9th', { value: '1915-12-09' }],
		['The garrison had been short of bread since November 1915. On the 9th Townshend asked for relief.', undefined, 'the 9th', { value: '1915-11-09' }],
		['The revolt began on 24 October 1917. On the night of the 25th three ministers were arrested.', undefined, 'the night of the 25th', { value: '1917-10-25TNI' }],
		['The revolt began on 24 October 1917. By the early hours of the 26th the palace had fallen.', undefined, 'the 26th', { value: '1917-10-26' }],
		['The march began on 6 January 1842. By the evening of the 12th only a few hundred men were left.', undefined, 'the evening of the 12th', { value: '1842-01-12TEV' }],
		// The day may end a subject whose verb closes the clause, or come before a title and a name.
		['The landings began on 9 July 1943. A counter-attack at Gela on the 11th failed.', undefined, 'the 11th', { value: '1943-07-11' }],
		['The landings began on 9 July 1943. On the 14th General Patton took Licata.', undefined, 'the 14th', { value: '1943-07-14' }],
		// So may a title and a name set off by a comma ("On the 4th Armoured Division, …" names no one).
		['The siege began in May 1944. On the 31st General Sato, short of food, began to pull back.', undefined, 'the 31st', { value: '1944-05-31' }],
		// A day named by its number, told forward from a month, is of that month.
		['The siege began in May 1944. On the 30th the garrison was relieved.', undefined, 'the 30th', { value: '1944-05-30' }],
		// So may the day of an event a noun names, after "of".
		['The fleet sailed on 12 October 1703. The great storm of the 26th sank four ships of the line.', undefined, 'the 26th', { value: '1703-10-26' }],
		// So does a sale, a trial or a letter of a day.
		['Prices of wool were firm in March 1893, above those at the sales of the 9th.', undefined, 'the 9th', { value: '1893-03-09' }],
		['The minister wrote on 20 June 1871, in answer to his letter of the 12th.', undefined, 'the 12th', { value: '1871-06-12' }],
		['The dockers struck on 14 March 1952 over the rates in the Budget of the 11th.', undefined, 'the 11th', { value: '1952-03-11' }],
		['Bathurst, 5 May 1903. — The mail of the 28th brought no news of the survey.', undefined, 'the 28th', { value: '1903-04-28' }],
		// A day that was tried for is one the story reached, not a plan ahead of it.
		['The rising began on 2 May 1808. The king tried to escape on 10 June, was caught at the border, and died on the 19th.', undefined, 'the 19th', { value: '1808-06-19' }],
		// A clock time with a point is one before the part of the day it falls in; the day after it is counted
		// from the time before them both.
		['On 11 November 1918 he was killed near Mons at 9.30 that morning.', undefined, '9.30', { value: '1918-11-11T09:30' }],
		['The eruption began on 26 August 1883. At 10.02 the next morning the island blew apart.', undefined, '10.02', { value: '1883-08-27T10:02' }],
		['The eruption began on 26 August 1883. At 10.02 the next morning the island blew apart.', undefined, 'the next morning', { value: '1883-08-27TMO' }],
		['Lincoln was shot on 14 April 1865 and died at 7.22 the next morning. Two hours later Johnson was told.', undefined, 'Two hours later', { value: '1865-04-15T09:22' }],
		['The barrage began on 1 July 1916 and at 8.30 that evening the guns fell silent.', undefined, '8.30', { value: '1916-07-01T20:30' }],
		// A month in a phrase put before the subject of a clause joined by ", and" takes that clause's tense.
		['The fleet sailed from Plymouth on 2 September 1790 and reached the Cape on 30 October. The captain had charted the route at home, and in the storm off Natal in the middle of December the mainmast broke.', undefined, 'the middle of December', { value: '1790-12', mod: 'MID' }],
		// What a clause told in the past came after lies behind the story.
		['The relief column left Cairo on 5 October 1884, after two false starts from the barracks in September.', undefined, 'September', { value: '1884-09' }],
		['The army reached the river on 20 December 1776. After a council of war on Christmas Day, Washington crossed that night.', undefined, 'Christmas Day', { value: '1776-12-25' }],
		['The convoy sailed on 12 March 1942, following a week of repairs at the docks in February.', undefined, 'February', { value: '1942-02' }],
		['The convoy sailed on 12 March 1942 and reached Murmansk after the ice broke up in April.', undefined, 'April', { value: '1942-04' }],
		// The day a forecast or an order is for lies ahead of the story, which stays where it was.
		['The fleet lay at Scapa on 28 May 1916. At 9.10 that evening the Admiralty sent orders for the 31st, and at 5.30 the next morning the cruisers sailed.', undefined, '5.30', { value: '1916-05-29T05:30' }],
		['The fleet lay at Scapa on 28 May 1916. At 9.10 that evening the Admiralty sent orders for the 31st, and at 5.30 the next morning the cruisers sailed.', undefined, 'the 31st', { value: '1916-05-31' }],
		// "for" introduces the time a thing was set for.
		['The fleet reached Jutland on 30 May 1916. The attack was timed for 4.30 the next morning.', undefined, '4.30', { value: '1916-05-31T04:30' }],
		['The walkout began on 3 March 2041. The vote was scheduled for 14:30 that day.', undefined, '14:30 that day', { value: '2041-03-03T14:30' }],
		['The trial opened on 9 May 1867. The verdict was fixed for six that evening.', undefined, 'six', { value: '1867-05-09T18:00' }],
		// A season after a year is the next year's; the midnight that ends a day belongs to it.
		['Merckx turned professional in 1965 and won Milan-San Remo the following spring.', undefined, 'the following spring', { value: '1966-SP' }],
		// "the summer before", "the winter after" at a clause's end: the season beside the story's time. One a past
		// perfect looks back to leaves the story where it was.
		['The Exhibition opened on 1 May 1851, in a hall that Paxton had designed the summer before.', undefined, 'the summer before', { value: '1850-SU' }],
		['The fleet left Lisbon on 28 May 1588. The day after that it was scattered by a gale.', undefined, 'The day after that', { value: '1588-05-29' }],
		['The fleet left Lisbon on 28 May 1588. The week before that, the king fell ill.', undefined, 'The week before that', { value: '1588-W20' }],
		['The Exhibition opened on 1 May 1851, in a hall that Paxton had designed the summer before. It closed on 15 October.', undefined, '15 October', { value: '1851-10-15' }],
		['He married in March 1990 and left the winter after.', undefined, 'the winter after', { value: '1990-WI' }],
		// … or before a verb whose subject it is, or "and" going on with the clause.
		['The drought came in the summer of 1976. The winter before had been dry too.', undefined, 'The winter before', { value: '1975-WI' }],
		['The ferry left on 13 February 2029. Most had arrived the night before and slept in their cars.', undefined, 'the night before', { value: '2029-02-12TNI' }],
		// A time a past perfect counts back from the story's leaves the story where it was; a date it names
		// may open a story of its own.
		['The ferry left on 13 February 2029. Most had arrived the night before. They were told that morning of the delay.', undefined, 'that morning', { value: '2029-02-13TMO' }],
		// So does one a clause of "after" and a gerund counts back in its sentence.
		['The clerk emptied the safe on 19 May 2033, after being told two days earlier of an audit. He was seen leaving at 6.10 p.m.', undefined, '6.10 p.m', { value: '2033-05-19T18:10' }],
		['The clerk emptied the safe on 19 May 2033. Two days earlier he was told of an audit. He was seen leaving the bank at 6.10 p.m.', undefined, '6.10 p.m', { value: '2033-05-17T18:10' }],
		['They were freed on 13 October 2010. They had been trapped since Aug. 5, and were not found until 17 days later.', undefined, '17 days later', { value: '2010-08-22' }],
		// A clock told in its part of a day, then "of" the day; a day named by its number alone in what the
		// story tells happened is of the nearer month; a month named in passing after a day looks back.
		['The column set out on 2 March 1896, and at about three o\'clock in the afternoon of 9 March it reached the river.', undefined, 'about three o\'clock in the afternoon', { value: '1896-03-09T15:00' }],
		['The landing was first fixed for Monday 5 June 1944. At a conference at 4.15 on the morning of the 4th, the forecasters warned of gales.', undefined, '4.15', { value: '1944-06-04T04:15' }],
		// "In" a part of a day that names its day gives a clock that day too.
		['The dam gave way at 3.07 in the morning of 12 March 1928.', undefined, '3.07', { value: '1928-03-12T03:07' }],
		['The fire broke out at 4.40 in the afternoon of 2 September 1666.', undefined, '4.40', { value: '1666-09-02T16:40' }],
		['The ship sailed on 28 May 1850. On the 3rd she sighted land.', undefined, 'the 3rd', { value: '1850-06-03' }],
		// A day behind the story counts at three times its distance, a day ahead at its own.
		['The rains broke on 4 March 1779. The march to the coast began on the 22nd.', undefined, 'the 22nd', { value: '1779-03-22' }],
		['The rains broke on 14 March 1779. The boats left the coast on the 2nd.', undefined, 'the 2nd', { value: '1779-04-02' }],
		['The rains broke on 24 March 1779. The boats left the coast on the 20th.', undefined, 'the 20th', { value: '1779-03-20' }],
		['They left the hut on 20 October 1911. On 8 December they passed the farthest south of January 1909, and on 14 December they reached the Pole. They were back on 25 January.', undefined, '14 December', { value: '1911-12-14' }],
		['They left the hut on 20 October 1911. On 8 December they passed the farthest south of January 1909, and on 14 December they reached the Pole. They were back on 25 January.', undefined, '25 January', { value: '1912-01-25' }],
		// A look back counted in an offset ("a week before") is passed over by the sentences after it, not by
		// its own ("the same day"), and what counts from it in its own sentence is part of it.
		['The treaty was signed in Vienna on the evening of 12 March 1871. The envoys had left Paris a week before. In Berlin, the chancellor began drafting his reply that same night.', undefined, 'that same night', { value: '1871-03-12TNI' }],
		['The siege ended at about noon on Tuesday 4 May 1802. Three days earlier the garrison had lost the outer fort, while the relief column was turned back the same day. The defenders surrendered late in the afternoon, and the next day the victors entered the town.', undefined, 'the same day', { value: '1802-05-01' }],
		['The siege ended at about noon on Tuesday 4 May 1802. Three days earlier the garrison had lost the outer fort, while the relief column was turned back the same day. The defenders surrendered late in the afternoon, and the next day the victors entered the town.', undefined, 'the next day', { value: '1802-05-05' }],
		['The war began in June 1991; fighting spread through the summer and autumn.', undefined, 'autumn', { value: '1991-FA' }],
		// An offset told in two units is counted in the finer one.
		['He died on 11 November 1918. He had fought at Mons in August 1914, four years and three months earlier.', undefined, 'four years and three months earlier', { value: '1914-08-11' }],
		['He left on 5 May 2020. A decade and two years later, the house fell.', undefined, 'A decade and two years later', { value: '2032' }],
		// A pair the calendar does not convert is counted on it, the coarser unit first.
		['He left on 5 May 2020. Six months and two weeks later he returned.', undefined, 'Six months and two weeks later', { value: '2020-11-19', approximate: false }],
		['The keel was laid on 2 October 1905. The ship was launched four months and eight days later.', undefined, 'four months and eight days later', { value: '1906-02-10', approximate: false }],
		['The treaty was signed on 31 March 1856. Ten months and two days earlier the siege had begun.', undefined, 'Ten months and two days earlier', { value: '1855-05-29' }],
		['The assault opened at 5 p.m. on 13 March 1954; Beatrice fell before midnight and Gabrielle two days later.', undefined, 'two days later', { value: '1954-03-15' }],
		['The assault opened on 13 March 1954. By the autumn some ten thousand men had died.', undefined, 'the autumn', { value: '1954-FA' }],
		['The bombardment began on 24 June 1916. The offensive ground on through the autumn and was called off on 18 November.', undefined, 'the autumn', { value: '1916-FA' }],
		['The harvest began on 2 August 1846. It had been hurt by frost in the spring and heavy rain in July.', undefined, 'the spring', { value: '1846-SP' }],
		// A history that has named no time yet tells of what came before its writing; "the same day that …"
		// set beside a date restates it.
		['Lee began his retreat on 4 July, the same day that Vicksburg surrendered.', '1863-07-10', '4 July', { value: '1863-07-04' }],
		['Lee began his retreat on 4 July, the same day that Vicksburg surrendered.', '1863-07-10', 'the same day', { value: '1863-07-04' }],
		['The Lisbon earthquake struck on Saturday 1 November 1755, All Saints\' Day.', undefined, "All Saints' Day", { value: '1755-11-01' }],
		// The story goes forward to the next morning; a restatement in brackets and a deadline ahead are no
		// times the story reaches.
		['On 20 August 1968 we were still awake at half past eleven. By four in the morning paratroopers had surrounded the palace.', undefined, 'four in the morning', { value: '1968-08-21T04:00' }],
		['On 20 August 1968 at 10 a.m. the troops advanced. At 9 a.m. they had eaten.', undefined, '9 a.m.', { value: '1968-08-20T09:00' }],
		['On 6 June 1944 troops landed at 6:30 a.m. The bombardment started at 5:50 a.m.', undefined, '5:50 a.m', { value: '1944-06-06T05:50' }],
		['The barrage began on 1 July 1916, and at 12.30 that night it stopped.', undefined, '12.30', { value: '1916-07-02T00:30' }],
		['On 1 June 1940 the evacuation began. The navy managed to bring home 300,000 men by 4 June. Two days later, the French front broke.', undefined, 'Two days later', { value: '1940-06-06' }],
		['On 20 May 1906 the troops arrived. The city had been destroyed by the earthquake of 18 April.', undefined, '18 April', { value: '1906-04-18' }],
		['On 23 February 1917 (8 March in the Western calendar) strikes began. On 1 March the Soviet issued its order.', undefined, '1 March', { value: '1917-03-01' }],
		['Mountbatten arrived in Delhi in March 1947 with orders to hand over power by June 1948. On 3 June he announced that the date had been brought forward.', undefined, '3 June', { value: '1947-06-03' }],
		['Mountbatten arrived in Delhi on 22 March 1947, with orders to hand over power by June 1948. On 3 June he announced that the date had been brought forward.', undefined, '3 June', { value: '1947-06-03' }],
		// A weekday inside the week the story is in; a stretch after the story's time.
		['The tanks came on Tuesday 20 August 1968. For the rest of that week the streets were full. On the Friday, my husband painted over the signs.', undefined, 'Friday', { value: '1968-08-23' }],
		['Partition came on 15 August 1947. In the months that followed, millions crossed.', undefined, 'the months that followed', { value: 'PXM', type: 'DURATION', days: ['1947-08-15', '1948-02-14'] }]
	],
	{ mode: 'narrative' }
);

/**
 * An anaphoric expression counts from the last time the text mentioned, however coarse, never from a
 * publication date far from the story: counted from a coarser time, it is labelled at that granularity,
 * spans the stretch it may lie in, is approximate and says so.
 */
const COARSE = { approximate: true, diagnostic: 'coarse-anchor', basis: 'relative' } as const;
const coarseAnaphora: Row[] = [
	['In July 1995, Serb forces overran Srebrenica. Three days later, they killed thousands of men.', '2020-07-11', 'Three days later', { value: '1995-07', granularity: 'month', days: ['1995-07-04', '1995-08-03'], anchor: '1995-07', ...COARSE }],
	['In July 1995, Serb forces overran Srebrenica. That autumn, the war ended.', '2020-07-11', 'That autumn', { value: '1995-FA', anchor: '1995-07', diagnostic: null }],
	['In July 1995, Serb forces overran Srebrenica. Three days later, they killed thousands. That autumn, the war ended.', '2020-07-11', 'That autumn', { value: '1995-FA', approximate: true }],
	// A chain of anaphora never sharpens into a day the text does not give.
	['In July 1995, Serb forces overran Srebrenica. Three days later, they killed thousands. The next day, they left.', '2020-07-11', 'The next day', { value: '1995-07', days: ['1995-07-05', '1995-08-04'], ...COARSE }],
	['The armistice was signed in 1953. The following month, prisoners were exchanged.', '2023-07-27', 'The following month', { value: '1953', granularity: 'year', days: ['1953-02-01', '1954-01-31'], ...COARSE }],
	['In the 1980s the mujahideen fought Soviet troops. That year, the Stinger missiles arrived.', '2019-02-15', 'That year', { value: '198', granularity: 'decade', days: ['1980-01-01', '1989-12-31'], ...COARSE }],
	['The genocide in Rwanda began in April 1994. The same day, the borders closed.', '2024-04-07', 'The same day', { value: '1994-04', days: ['1994-04-01', '1994-04-30'], ...COARSE }],
	['The Gulf War air campaign opened in January 1991. A week later, oil was poured into the sea.', '2001-01-17', 'A week later', { value: '1991-01', days: ['1991-01-08', '1991-02-07'], ...COARSE }],
	['American forces invaded Iraq in March 2003. The previous Friday, the inspectors had left.', '2013-03-20', 'The previous Friday', { value: '2003-02/2003-03', granularity: 'month', days: ['2003-02-28', '2003-03-28'], ...COARSE }],
	['The Dayton accords were signed in December 1995. Three weeks later, NATO troops deployed.', '2005-12-14', 'Three weeks later', { value: '1995-12/1996-01', granularity: 'month', days: ['1995-12-22', '1996-01-21'], ...COARSE }],
	['The Biafran war broke out in 1967. Six months later, Port Harcourt was besieged.', '2017-05-30', 'Six months later', { value: '1967', granularity: 'year', days: ['1967-07-01', '1968-06-30'], ...COARSE }],
	// "that week" counted from a month, in the week the sentence's month holds: the month, no finer.
	['Grozny was stormed in December 1994. That week, Russian columns entered the city.', '2004-12-31', 'That week', { value: '1994-12', days: ['1994-12-01', '1994-12-31'], ...COARSE }],
	// Fine anchors are still used as before, and a finer one wins over a coarser one mentioned later.
	['Troops crossed the Drina on 5 May 1992. Three days later, the bridge fell.', '2021-09-06', 'Three days later', { value: '1992-05-08', approximate: false, diagnostic: null }],
	['Troops crossed on 5 May 1992, in the spring of that war. Three days later, the bridge fell.', '2021-09-06', 'Three days later', { value: '1992-05-08', approximate: false }],
	['The shooting began at 10 p.m. on 3 May 1999. Ten minutes later, police arrived.', '2021-01-01', 'Ten minutes later', { value: '1999-05-03T22:10', type: 'TIME', approximate: false }],
	// A clock time counted from a day is known only to that day: a date.
	['He was shot on Friday, 23 October 1998. Just over an hour later, he was declared dead.', '1998-10-25', 'Just over an hour later', { value: '1998-10-23', type: 'DATE', ...COARSE }],
	['Kabul fell on 15 August 2021. On the same day, the president fled.', '2021-09-06', 'the same day', { value: '2021-08-15', anchor: '2021-08-15' }],
	// A story that has since moved, in the sentence before, to a coarser time speaks of a day in that time;
	// further back, the last fitting day stands.
	['A doctor was shot on Friday, 23 October 1998. Another had been killed in January 1998 in Alabama. His clinic closed the same day.', '1999-02-06', 'the same day', { value: '1998-01', days: ['1998-01-01', '1998-01-31'], ...COARSE }],
	// The time a thing is for ("grants for the third quarter") is no time the story has moved to.
	['The new board takes office on Tuesday, 14 May 2041. Grants for the third quarter will be paid on the same day.', '2041-03-01', 'the same day', { value: '2041-05-14', approximate: false }],
	['The ferry contract was signed on 3 March 1987. The subsidy for the winter was agreed that day.', '1987-06-01', 'that day', { value: '1987-03-03', approximate: false }],
	// A day counted forward from such a month is counted from the day the story is at.
	["On the evening of 5 June 1916 the cruiser left Scapa Flow at about eight o'clock. The voyage had been put off once already, in late May, because of the weather. At about 7.30 the next morning she struck a mine.", '1999-02-06', 'the next morning', { value: '1916-06-06TMO' }],
	['Kabul fell on 15 August 2021. Fighting had raged since 2020. Thousands fled. The same day, the airport closed.', '2021-09-06', 'The same day', { value: '2021-08-15', approximate: false, diagnostic: null }],
	// Only a text that has mentioned no time counts from the publication date, and only back from it: "later"
	// than a time the text never gave is no time it can place.
	['Three days later, the bridge fell.', '2021-09-06', 'Three days later', { value: 'XXXX-XX-XX', span: false }],
	['Twenty years on, Sarajevo remembers.', '2014-02-05', 'Twenty years on', { value: 'XXXX', span: false }],
	['Three days earlier, the bridge had fallen.', '2021-09-06', 'Three days earlier', { value: '2021-09-03', anchor: '2021-09-06', diagnostic: null }],
	// "a year later than planned" is a delay against a plan: the length alone.
	['The Games opened on Friday, a year later than planned. The ceremony began at 8pm.', '2021-07-23', '8pm', { value: '2021-07-23T20:00' }],
	// Deictic words still count from the writing in news, whatever the story's time.
	['The genocide began in April 1994. Yesterday, survivors gathered in Kigali.', '2024-04-07', 'Yesterday', { value: '2024-04-06' }],
	// A report's own period and a comparison count from the writing when no such period was named.
	['The company was founded in 1985. For the quarter, profit rose 5%.', '1989-11-02', 'the quarter', { value: '1989-Q3' }],
	['The company has grown since the 1980s. Profit rose to $5 million from $3 million a year earlier.', '1989-11-02', 'a year earlier', { value: '1988-11-02', diagnostic: null }],
	// A stretch tied to a coarse time has no day to count from: no span rather than a guessed one.
	['In July 1995, forces overran Srebrenica. In the following two weeks, thousands were killed.', '2020-07-11', 'the following two weeks', { value: 'P2W', span: false }]
];
table('anaphora after a coarser time (news)', coarseAnaphora);
// A narrative has no publication date to count back from: "Three days earlier" with nothing before it is no time.
table('anaphora after a coarser time (narrative)', coarseAnaphora.filter((row) => !/^(?:Yesterday|the quarter|a year earlier|Three days earlier)$/.test(row[2])), { mode: 'narrative' });

table(
	'narrative partial dates after a coarser time',
	[
		['The siege of Leningrad began in September 1941. On Monday, the first shells fell.', '2021-09-06', 'Monday', { value: '1941-09', days: ['1941-09-01', '1941-10-06'], ...COARSE }],
		['The Troubles worsened in the 1970s. In November, a bomb exploded in Birmingham.', '2021-09-06', 'November', { value: '197', granularity: 'decade', ...COARSE }],
		['In the summer of 1995 the enclaves were overrun. In August, Croatia retook the Krajina.', '2021-09-06', 'August', { value: '1995-08', granularity: 'month', diagnostic: null }],
		['The column left in June 1812. At 10 p.m., the river was crossed.', '2012-06-24', '10 p.m.', { value: '1812-06', days: ['1812-06-01', '1812-06-30'], ...COARSE }],
		['The column left in June 1812. On 31 April, it rained.', '2012-06-24', '31 April', { value: '', span: false, diagnostic: 'impossible-date' }],
		// A range whose ends are placed in a coarser time is as coarse, labelled as one end would be.
		['The ceasefire collapsed in the 1990s. From Aug. 26 until 31, the port was shelled.', '2021-09-06', 'Aug. 26 until 31', { value: '199', granularity: 'decade', days: ['1990-08-26', '2000-08-31'], ...COARSE }],
		['The strike began in March 1969. From Monday to Friday, no trains ran.', '2021-09-06', 'Monday to Friday', { value: '1969-03', granularity: 'month', ...COARSE }],
		// A stretch counted from such a time starts with the period it is labelled by.
		['Work on the dam began in February 1958. On Sunday the first stone was laid. The next two years were hard.', '2021-09-06', 'The next two years', { value: 'P2Y', spanValue: '1958-02/P2Y', days: ['1958-02-01', '1960-01-31'], approximate: true }]
	],
	{ mode: 'narrative' }
);

// In a narrative, whose every clause is past, "the new year" is the one nearest the story's time, unless a
// state has lasted since it.
table(
	'the new year in a narrative',
	[
		['The first attempt failed in November 1857, and through December and into the new year the rams pushed the hull.', undefined, 'the new year', { value: '1858' }],
		['The rations were cut in November 1899. The garrison ate its horses in the new year.', undefined, 'the new year', { value: '1900' }],
		['The siege began in March 1871. The guns had been silent since the new year.', undefined, 'the new year', { value: '1871' }]
	],
	{ mode: 'narrative' }
);

describe('a time counted from a coarser one says how it was placed', () => {
	it('names the anchor and the stretch', () => {
		const m = mentionIn('In July 1995, Serb forces overran Srebrenica. Three days later, they killed thousands.', { anchor: '2020-07-11' }, 'Three days later');
		expect(m.diagnostics).toEqual([
			{
				code: 'coarse-anchor',
				message: 'Counted from "July 1995" (1995-07), the last time the text names, which is coarser than this expression: it lies between 4 July 1995 and 3 August 1995, and no closer',
				start: m.start,
				end: m.end
			}
		]);
	});
});

table('offsets', [
	// After "for", a count going on from the time before is how long.
	['The river burst its banks on 1 March 1947. For three weeks afterwards the water stood in the streets.', undefined, 'three weeks', { value: 'P3W', type: 'DURATION' }],
	['The river burst its banks on 1 March 1947. Three weeks afterwards the water was gone.', undefined, 'Three weeks afterwards', { value: '1947-03-22' }],
	// "Four hours on and four off" is a shift's length.
	['The keepers took the watches in turn on 4 January 1862, four hours on and four off.', undefined, 'four hours', { value: 'PT4H', type: 'DURATION' }],
	['The deal was signed two weeks ago.', '2021-09-06', 'two weeks ago', { value: '2021-W34', granularity: 'week' }],
	// An adjective that ends a compound ("semi-final") is no part of the count after it.
	['The club, knocked out in the quarter-final three weeks ago, sold its striker.', '2021-09-06', 'three weeks ago', { value: '2021-W33', granularity: 'week' }],
	['The Taliban ruled more than two and a half decades ago.', '2021-08-14', 'more than two and a half decades ago', { value: '1996', mod: 'BEFORE', approximate: true }],
	['Residents who fled a fortnight ago returned.', '2022-03-21', 'a fortnight ago', { value: '2022-W10' }],
	// A part of a unit is counted in the next finer one where that is exact: half an hour is 30 minutes.
	['The fighter broke up at 4 p.m. on Saturday. Duke broke the sound barrier half an hour later.', '1952-09-08', 'half an hour later', { value: '1952-09-06T16:30', granularity: 'minute', approximate: false }],
	['The inmates seized the block at about 2.30 p.m. yesterday and reached the gate an hour and a half later.', '1983-09-26', 'an hour and a half later', { value: '1983-09-25T16:00' }],
	['Prices peaked a year and a half ago.', '2021-09-06', 'a year and a half ago', { value: '2020-03', granularity: 'month' }],
	['The vote came two and a half weeks ago.', '2021-09-06', 'two and a half weeks ago', { value: '2021-W33', approximate: true }],
	// Counted from a clock time the text does not place, the hour is not known either.
	['March 27. Sailed at noon. About half an hour later the church roof was gone.', undefined, 'About half an hour later', { value: 'XXXX-XX-XXTXX:XX', span: false }],
	// a half-century and a quarter-century are round figures of years, never a quarter of a year
	['A quarter-century ago, the wall fell.', '2021-05-10', 'A quarter-century ago', { value: '1996', approximate: true }],
	['A half century ago the river burst its banks.', '2021-05-10', 'A half century ago', { value: '1971', approximate: true }],
	['Thirty years ago today, the last Soviet soldier left.', '2019-02-15', 'Thirty years ago today', { value: '1989-02-15', granularity: 'day' }],
	['Four years ago today, the deal was signed.', '2024-02-29', 'Four years ago today', { value: '2020-02-29' }],
	['Thirty years ago this week, the wall came down.', '2019-11-08', 'Thirty years ago this week', { value: '1989-W45', granularity: 'week' }],
	['Ten years ago this month, the city fell.', '2021-09-06', 'Ten years ago this month', { value: '2011-09', granularity: 'month' }],
	// bounded by "less than" on one side and by its anchor on the other
	['Mao died on 9 September 1976. Less than a month later, the Gang of Four was arrested.', undefined, 'Less than a month later', { value: '1976-10-09', mod: 'BEFORE', days: ['1976-09-10', '1976-10-08'], approximate: true }],
	['He was killed about two years ago.', '1989-11-01', 'about two years ago', { value: '1987', mod: 'APPROX' }],
	['They met five months ago.', '1998-03-01', 'five months ago', { value: '1997-10', granularity: 'month' }],
	['Ceasefire talks will resume two days from now.', '2021-09-06', 'two days from now', { value: '2021-09-08' }]
]);

table('ranges', [
	// The comma that closes a year after its day is no gap between the ends.
	['The grants cover films released between March 1, 1954, and February 28, 1955.', '1955-06-01', 'March 1, 1954, and February 28, 1955', { value: '1954-03-01/1955-02-28' }],
	['The exhibition ran from June 3, 1962, to January 6, 1963.', '1970-06-01', 'June 3, 1962, to January 6, 1963', { value: '1962-06-03/1963-01-06' }],
	['He was born on March 3, 1901, and died on May 5, 1950.', '1970-06-01', 'March 3, 1901', { value: '1901-03-03' }],
	// A year named relatively at the end of a range of months is the year of both ends.
	['The accords were signed on 14 April 1988. The troops left between May and August of that year.', '2019-02-15', 'May and August of that year', { value: '1988-05/1988-08' }],
	['Prices rose from March to June last year.', '2022-03-06', 'March to June last year', { value: '2021-03/2021-06' }],
	// A stretch told in the past lies behind, unless a decision or a move opens it, or it runs from a time named.
	['Prices rose from March to November.', '2035-12-15', 'March to November', { value: '2035-03/2035-11' }],
	['Every month from March to November set a record.', '2035-01-01', 'March to November', { value: '2034-03/2034-11' }],
	['The government imposed a curfew from March.', '2035-12-15', 'March', { value: '2036-03' }],
	// An offer, a grant or an agreement opens a stretch as a decision does.
	['The mine owners offered the hewers a shorter shift from the first week of June.', '1871-03-20', 'the first week of June', { value: '1871-06', mod: 'START' }],
	['The council granted the market a licence from April.', '2052-01-11', 'April', { value: '2052-04' }],
	['The council granted the market a licence from April.', '2052-09-11', 'April', { value: '2052-04' }],
	['The bank said it will buy all shares tendered at the same price from today through Nov. 17.', '1989-10-27', 'today through Nov. 17', { value: '1989-10-27/1989-11-17' }],
	// A weekday ending a stretch told in the past, placed after its start by the tense, stays where the tense put it.
	['The fund bought 254,000 shares from Sept. 14 to Thursday.', '2031-11-01', 'Sept. 14 to Thursday', { value: '2031-09-14/2031-10-30' }],
	// A day counted from the writing and a day named are the ends of one stretch.
	['Ireland will close all schools from tomorrow to March 29.', '2020-03-12', 'tomorrow to March 29', { value: '2020-03-13/2020-03-29' }],
	['The offer was open from today through Jan. 17.', '2031-12-27', 'today through Jan. 17', { value: '2031-12-27/2032-01-17' }],
	['The museum stays shut from today until Friday.', '2031-07-15', 'today until Friday', { value: '2031-07-15/2031-07-18' }],
	// A stated month or year, and a later one counted from the writing.
	['The clerk took the money between September 2041 and March last year.', '2044-06-01', 'September 2041 and March last year', { value: '2041-09/2043-03' }],
	['The brewery paid no dividend between June 1880 and January last.', '1883-05-01', 'June 1880 and January last', { value: '1880-06/1883-01' }],
	['Rents rose every year from 2049 until last year.', '2056-06-01', '2049 until last year', { value: '2049/2055' }],
	['Quito had no water between Sunday and yesterday.', '2031-07-15', 'Sunday and yesterday', { value: '2031-07-13/2031-07-14' }],
	// A month listed before a month of a counted year is of that year ("November" is no 2019 month here).
	['The last attempt, in 1995, was abandoned after strikes in November and December of that year.', '2019-12-05', 'November', { value: '1995-11' }],
	['The last attempt, in 1995, was abandoned after strikes in November and December of that year.', '2019-12-05', 'December of that year', { value: '1995-12' }],
	['Elections are due in May or June next year.', '2019-12-05', 'May', { value: '2020-05' }],
	['The Taliban ruled from 1996 to 2001.', '2021-09-06', '1996 to 2001', { value: '1996/2001', basis: 'stated', granularity: 'year' }],
	['The regime (1996–2001) fell.', undefined, '1996–2001', { value: '1996/2001' }],
	['Fighting raged between May and July 2014.', undefined, 'May and July 2014', { value: '2014-05/2014-07' }],
	['The conference runs August 13-15.', '2021-08-01', 'August 13-15', { value: '2021-08-13/2021-08-15', granularity: 'day' }],
	// A year named after a range of days is both ends' year.
	['The court heard that between 5 and 19 July last year he phoned the bank 11 times.', '2070-08-18', '5 and 19 July last year', { value: '2069-07-05/2069-07-19' }],
	['The pool is shut from July 5-19 next year.', '2070-08-18', 'July 5-19 next year', { value: '2071-07-05/2071-07-19' }],
	// A month named after two days written by their ordinals is both ends' (the one before for a later first day).
	['The regatta will run from the 15th to the 18th of July.', '1863-06-10', 'the 15th to the 18th of July', { value: '1863-07-15/1863-07-18' }],
	['The ban held between the 3rd and the 8th of March.', '1952-03-20', 'the 3rd and the 8th of March', { value: '1952-03-03/1952-03-08' }],
	['The fair ran from the 28th to the 3rd of January 1953.', '1952-12-20', 'the 28th to the 3rd of January 1953', { value: '1952-12-28/1953-01-03' }],
	// A day of a month named relatively is that day, after a hedge too.
	['The barge is expected at Rouen about the 22nd of this month.', '1863-06-03', 'the 22nd of this month', { value: '1863-06-22' }],
	['Talks ran from Aug. 30 to Sept. 2, 2021.', undefined, 'Aug. 30 to Sept. 2, 2021', { value: '2021-08-30/2021-09-02' }],
	['A hearing is set for the week of March 6.', '2000-02-24', 'the week of March 6', { value: '2000-W10', granularity: 'week' }],
	['Gangs stormed two prisons on the weekend of 2-3 March.', '2024-03-12', 'the weekend of 2-3 March', { value: '2024-03-02/2024-03-03', days: ['2024-03-02', '2024-03-03'] }],
	['The summit is set for the weekend of 16 March.', '2024-03-12', 'the weekend of 16 March', { value: '2024-W11-WE', days: ['2024-03-16', '2024-03-17'] }],
	// a range of weekdays is one stretch: told in the past it ends on the latest such day
	['Russian troops shelled the plant from Monday to Wednesday last week.', '2022-05-09', 'Monday to Wednesday', { value: '2022-05-02/2022-05-04' }],
	['Russian forces tried to cross the river from Thursday to Saturday last week.', '2022-05-13', 'Thursday to Saturday', { value: '2022-05-05/2022-05-07' }],
	['The evacuation ran from Friday to Monday, officials said.', '2022-05-07', 'Friday to Monday', { value: '2022-04-29/2022-05-02' }],
	['Talks will run from Friday to Monday.', '2022-05-13', 'Friday to Monday', { value: '2022-05-13/2022-05-16' }],
	['After a referendum on 29 February and 1 March 1992, Bosnia declared independence.', '2021-09-06', '29 February', { value: '1992-02-29' }],
	// a weekday counted within a month
	['The vote is held on the first Sunday in June.', '2022-05-02', 'the first Sunday in June', { value: '2022-06-05' }],
	['The run-off will be on the last Sunday of October.', '2022-10-03', 'the last Sunday of October', { value: '2022-10-30' }],
	['They meet on the first Monday of next month.', '2022-05-02', 'the first Monday of next month', { value: '2022-06-06' }],
	['It began on the third Thursday of March 1990.', undefined, 'the third Thursday of March 1990', { value: '1990-03-15', basis: 'stated' }],
	// "of the month" is the writing's, in news, though "this year" came before it; "of that month" the story's.
	["This year's market opens on the last Friday of the month.", '2037-11-20', 'the last Friday of the month', { value: '2037-11-27' }],
	['The fair opened in March 1990. The last Friday of the month was the busiest.', '2037-11-20', 'The last Friday of the month', { value: '1990-03-30' }],
	['The union called a stoppage for the first Sunday in July and another on the last Friday of that month.', '2031-06-02', 'the last Friday of that month', { value: '2031-07-25' }],
	// a weekend counted within a month is that of its n-th Saturday, which may end in the next month
	['The festival is held on the last weekend of June.', '2021-05-10', 'the last weekend of June', { value: '2021-W25-WE', days: ['2021-06-26', '2021-06-27'] }],
	['The last weekend in August was busy.', '2021-05-10', 'The last weekend in August', { value: '2020-W35-WE', days: ['2020-08-29', '2020-08-30'] }],
	['The fair ran on the last weekend of June 2018.', undefined, 'the last weekend of June 2018', { value: '2018-W26-WE', days: ['2018-06-30', '2018-07-01'] }],
	// A year joined to it keeps it a weekend.
	['The race will be held on the last weekend of May next year.', '2025-06-10', 'the last weekend of May next year', { value: '2026-W22-WE', days: ['2026-05-30', '2026-05-31'] }],
	['Talks are set for the second weekend of next month.', '2021-05-10', 'the second weekend of next month', { value: '2021-W23-WE', days: ['2021-06-12', '2021-06-13'] }]
]);

// Numbers next to numbers: a number after spaces or between hyphens is passed over quickly, and must not
// take with it what does start there.
/** Two clock times joined as the ends of one stretch are one mention; the end written without its day takes the other's. */
table('ranges of clock times', [
	['Israel and Hamas observed a truce on Thursday, from 10am to 3pm local time.', '2014-07-17', '10am to 3pm local time', { value: '2014-07-17T10:00/2014-07-17T15:00', type: 'TIME' }],
	['A curfew runs between 10pm and 6am.', '2014-07-17', '10pm and 6am', { value: '2014-07-17T22:00/2014-07-18T06:00', days: ['2014-07-17', '2014-07-18'] }],
	['Trading hours were 9.30am–4pm yesterday.', '2014-07-17', '9.30am–4pm yesterday', { value: '2014-07-16T09:30/2014-07-16T16:00' }],
	['The vote ran from 7am Sunday to 8pm Monday.', '2021-09-07', '7am Sunday to 8pm Monday', { value: '2021-09-05T07:00/2021-09-06T20:00' }],
	['The protest lasted from 10:30 to 11:45 p.m. on Friday.', '2021-09-06', '10:30 to 11:45 p.m.', { value: '2021-09-03T22:30/2021-09-03T23:45' }],
	['A curfew ran from 10pm on Friday.', '2021-09-06', '10pm', { value: '2021-09-03T22:00' }],
	['The office is open from 9 a.m. to 5 p.m.', '2021-09-06', '9 a.m. to 5 p.m', { value: '2021-09-06T09:00/2021-09-06T17:00' }],
	// A start written as a bare hour takes the end's half of the day, unless that would put it after the end.
	['Most of the city had light again between 4 and 7 a.m. today.', '1977-07-14', '4 and 7 a.m. today', { value: '1977-07-14T04:00/1977-07-14T07:00' }],
	['The polls are open 4-7 p.m. today.', '2031-03-02', '4-7 p.m. today', { value: '2031-03-02T16:00/2031-03-02T19:00' }],
	['Lunch is served from 11 to 1 p.m. today.', '2031-03-02', '11 to 1 p.m. today', { value: '2031-03-02T11:00/2031-03-02T13:00' }],
	['The bars stay open between 11 and 2 a.m. tonight.', '2031-03-02', '11 and 2 a.m.', { value: '2031-03-02T23:00/2031-03-03T02:00' }],
	['Walkers set off from 9.30 to 11.15am today.', '2031-03-02', '9.30 to 11.15am today', { value: '2031-03-02T09:30/2031-03-02T11:15' }],
	// So does one before an end that says it is a clock by "o'clock" or its part of the day; in words, after "between" or "from".
	['The safe was opened between 8 and 10 o\'clock on Tuesday night.', '1958-03-13', "8 and 10 o'clock", { value: '1958-03-11T20:00/1958-03-11T22:00' }],
	['The sirens sounded between six and seven in the evening yesterday.', '1958-03-13', 'six and seven in the evening yesterday', { value: '1958-03-12T18:00/1958-03-12T19:00' }],
	['Six and seven o\'clock were the hours of the mail.', undefined, "seven o'clock", { value: 'XXXX-XX-XXT07:00' }],
	// An end hedged by "almost" or "about" leaves one range, approximate.
	['The debate ran from 7 p.m. until almost midnight on Tuesday.', '2041-05-16', '7 p.m. until almost midnight', { value: '2041-05-14T19:00/2041-05-14T24:00', mod: 'APPROX' }],
	['The pumps ran from about six in the morning until ten at night.', '2041-05-16', 'about six in the morning until ten at night', { value: '2041-05-16T06:00/2041-05-16T22:00', mod: 'APPROX' }],
	['Wages fell between roughly 2031 and 2036.', '2041-05-16', 'roughly 2031 and 2036', { value: '2031/2036', mod: 'APPROX' }],
	// (Any hedge that makes a time approximate does: "near", "some", "circa".)
	['Shelling went on from 9 p.m. until near 11 p.m. on Sunday.', '1993-06-08', '9 p.m. until near 11 p.m.', { value: '1993-06-06T21:00/1993-06-06T23:00', mod: 'APPROX' }],
	['The shelling lasted from 6 a.m. until about 9 a.m. on Monday.', '2041-05-16', '6 a.m. until about 9 a.m.', { value: '2041-05-13T06:00/2041-05-13T09:00', mod: 'APPROX' }],
	// A number that is not a bare hour opens no stretch.
	['The score was 3-1 at 7 p.m. today.', '2031-03-02', '7 p.m. today', { value: '2031-03-02T19:00' }],
	['Turnout rose from 40 to 7 p.m. levels.', '2031-03-02', '7 p.m.', { value: '2031-03-02T19:00' }],
	// The midnight a stretch starts from opens its day.
	['The curfew runs between midnight and 3am on Sunday.', '2045-05-08', 'midnight and 3am', { value: '2045-05-14T00:00/2045-05-14T03:00' }],
	// Each end a clock time on its day: one stretch across the days.
	['The line will close from 10pm on Friday 30 December until 5am on Monday 2 January 2051.', '2050-12-19', '10pm on Friday 30 December until 5am on Monday 2 January 2051', { value: '2050-12-30T22:00/2051-01-02T05:00', type: 'TIME' }],
	['Dockers will walk out between 06:00 on Tuesday and 18:00 on Thursday.', '2044-08-05', '06:00 on Tuesday and 18:00 on Thursday', { value: '2044-08-09T06:00/2044-08-11T18:00' }],
	['Police made 40 arrests between 10pm on Friday and 4am today.', '2044-08-06', '10pm on Friday and 4am today', { value: '2044-08-05T22:00/2044-08-06T04:00' }],
	// A clock read in a part of a day that names the day is an end too.
	['Gales are expected from 9pm tonight until 6am on Monday.', '2047-02-09', '9pm tonight until 6am on Monday', { value: '2047-02-09T21:00/2047-02-11T06:00' }],
	['Flights were grounded between 11pm last night and 5am today.', '2033-12-03', '11pm last night and 5am today', { value: '2033-12-02T23:00/2033-12-03T05:00' }],
	['The ban starts at 8pm tonight.', '2033-12-03', '8pm', { value: '2033-12-03T20:00' }],
	// An end that is a clock alone is on the start's day, or the next when it is not after the start.
	['The bridge will be shut from 11pm on Saturday until 5am.', '2039-06-01', '11pm on Saturday until 5am', { value: '2039-06-04T23:00/2039-06-05T05:00' }],
	['Fans queued from 8am on Friday until 2pm.', '2052-10-19', '8am on Friday until 2pm', { value: '2052-10-18T08:00/2052-10-18T14:00' }],
	['The ward was sealed between 9pm on Sunday and 7am Monday.', '2047-02-11', '9pm on Sunday and 7am Monday', { value: '2047-02-10T21:00/2047-02-11T07:00' }],
	// A time moved from one day to another is two times, and a clock on its day alone stays two mentions.
	['The vote was moved from 9am on Monday to 10am on Friday.', '2044-08-05', '9am', { value: '2044-08-01T09:00' }],
	['Polls open at 7am on Tuesday.', '2044-08-05', 'Tuesday', { value: '2044-08-09' }]
]);

table('numbers next to numbers', [
	// A number with a point or a comma is read by what follows its last digits.
	['The meeting ended at 7.30 pm.', '2023-10-07', '7.30 pm', { value: '2023-10-07T19:30', type: 'TIME' }],
	['At 10.30am the guns fell silent.', '2023-10-07', '10.30am', { value: '2023-10-07T10:30', type: 'TIME' }],
	['It happened 1,500 years ago.', '2023-10-07', '1,500 years ago', { value: '0523' }],
	// The second year of a span of years is no count of years.
	['He must submit his budget for the 2016-17 fiscal year by Jan. 10.', '2016-01-01', '2016-17', { value: '2016/2017' }],
	['He served 2.5 years.', '2023-10-07', '2.5 years', { value: 'P2Y6M', type: 'DURATION' }],
	['He served 5 1/2 years in prison.', '2021-09-06', '5 1/2 years', { value: 'P5Y6M', type: 'DURATION' }],
	['Deliveries come in 12 - 18 months.', '2021-09-06', '12 - 18 months', { value: 'P12M', type: 'DURATION' }],
	['The meeting ran 3-4 p.m. on Friday.', '2021-09-06', '3-4 p.m.', { value: '2021-09-03T15:00/2021-09-03T16:00', type: 'TIME' }],
	['Flights at 10:30-11:45 a.m. were delayed.', '2021-09-06', '10:30-11:45 a.m.', { value: '2021-09-06T10:30/2021-09-06T11:45' }],
	// The start takes the morning the end says, even after a later hour of the story.
	['The tide peaked at 9:20 a.m. on Sunday. The pier was cut off between 8:15 and 8:50 a.m.', '2041-03-12', '8:15 and 8:50 a.m', { value: '2041-03-10T08:15/2041-03-10T08:50' }],
	['Mills were built in 1887 1888 and 1889.', '2021-09-06', '1888', { value: '1888' }],
	['The 1996-97 season ended.', '2021-09-06', '1996-97', { value: '1996/1997' }],
	['Born 2021-09-06 in Kabul.', undefined, '2021-09-06', { value: '2021-09-06' }],
	['Scores of 7 8 9 were posted on 3 May.', '2021-09-06', '3 May', { value: '2021-05-03' }]
]);

table('durations, sets and vague references', [
	['The siege lasted for three weeks.', undefined, 'three weeks', { value: 'P3W', type: 'DURATION', span: false }],
	['In the past few weeks, the Taliban advanced.', '2021-08-14', 'the past few weeks', { value: 'PXW', type: 'DURATION' }],
	['They fought for 20 years.', undefined, '20 years', { value: 'P20Y', type: 'DURATION' }],
	// A bare unit after a verb of length is a length of unknown size.
	['Divers will need weeks to raise the wreck.', undefined, 'weeks', { value: 'PXW', type: 'DURATION' }],
	['The bridge needed months of repairs.', undefined, 'months', { value: 'PXM', type: 'DURATION' }],
	['Sentences range from 5-10 years.', undefined, '5-10 years', { value: 'P5Y', mod: 'EQUAL_OR_MORE', type: 'DURATION' }],
	['Repairs take 2–3 weeks.', undefined, '2–3 weeks', { value: 'P2W', mod: 'EQUAL_OR_MORE', type: 'DURATION' }],
	['It took two and a half years.', undefined, 'two and a half years', { value: 'P2Y6M' }],
	['She was forced out after 11 and a half years in office.', undefined, '11 and a half years', { value: 'P11Y6M' }],
	['The sounding took two hours and a quarter.', undefined, 'two hours and a quarter', { value: 'PT2H15M', type: 'DURATION' }],
	['The drought lasted a year and three quarters.', undefined, 'a year and three quarters', { value: 'P1Y9M', type: 'DURATION' }],
	// A comma the list does not close ends it where it last was whole.
	['She crossed the line alone after 3 hours 54 minutes, 38 seconds ahead of a group of six.', undefined, '3 hours 54 minutes', { value: 'PT3H54M', type: 'DURATION' }],
	// "A quarter of the crew" is a share, not a part of the unit.
	['The march took two hours and a quarter of the men fell out.', undefined, 'two hours', { value: 'PT2H', type: 'DURATION' }],
	// "last" after "to" or a modal is the verb: the length is no stretch ending now.
	['The trial had been expected to last eight weeks.', '2017-02-07', 'eight weeks', { value: 'P8W', type: 'DURATION', span: false }],
	['The junta will rule for the next year and a half.', '2021-09-06', 'the next year and a half', { value: 'P1Y6M', type: 'DURATION', days: ['2021-09-06', '2023-03-05'] }],
	['Over the past year and a half, prices doubled.', '2021-09-06', 'the past year and a half', { value: 'P1Y6M', type: 'DURATION', days: ['2020-03-07', '2021-09-06'] }],
	['The vote took 5 1/2 hours.', undefined, '5 1/2 hours', { value: 'PT5H30M' }],
	['The two-year plan failed.', undefined, 'two-year', { value: 'P2Y' }],
	['In his first hundred days he signed 40 orders.', undefined, 'first hundred days', { value: 'P100D', type: 'DURATION' }],
	['Patrols leave every Monday.', undefined, 'every Monday', { value: 'XXXX-WXX-1', type: 'SET' }],
	['Concerts are held every Thursday evening.', undefined, 'every Thursday evening', { value: 'XXXX-WXX-4TEV', type: 'SET' }],
	// A set of days and the clock it is kept at are one set of that clock time.
	['The lunchtime concerts are broadcast every Monday at 1pm.', '2030-03-01', 'every Monday at 1pm', { value: 'XXXX-WXX-1T13:00', type: 'SET' }],
	['The ferry leaves Brodick every day at 9am.', '2030-03-01', 'every day at 9am', { value: 'XXXX-XX-XXT09:00', type: 'SET' }],
	['Buses run daily at 6.30am.', '2030-03-01', 'daily at 6.30am', { value: 'XXXX-XX-XXT06:30', type: 'SET' }],
	// A clock that does not say its half of the day stays apart.
	['The bell is rung every Sunday at 10.', '2030-03-01', 'every Sunday', { value: 'XXXX-WXX-7', type: 'SET' }],
	// Unless the part of the day the set is of says it.
	["The gates are opened every morning at 6 o'clock.", '2030-03-01', "every morning at 6 o'clock", { value: 'XXXX-XX-XXT06:00', type: 'SET' }],
	["The lamps are lit every evening at 7 o'clock.", '2030-03-01', "every evening at 7 o'clock", { value: 'XXXX-XX-XXT19:00', type: 'SET' }],
	["Vespers are sung every night at eight o'clock.", '2030-03-01', "every night at eight o'clock", { value: 'XXXX-XX-XXT20:00', type: 'SET' }],
	["The watch is changed every night at two o'clock.", '2030-03-01', "every night at two o'clock", { value: 'XXXX-XX-XXT02:00', type: 'SET' }],
	// Without a part, the clock is read as it is alone; a set's clock joins no day after it.
	// A count of units with a word between: "three clear months".
	['The act requires three clear months of notice.', '2030-03-01', 'three clear months', { value: 'P3M', type: 'DURATION' }],
	["Bread is given out daily at ten o'clock.", '2030-03-01', "daily at ten o'clock", { value: 'XXXX-XX-XXT10:00', type: 'SET' }],
	["The horses were watered every evening at half past six, Boxing Day included.", '2030-03-01', 'every evening at half past six', { value: 'XXXX-XX-XXT18:30', type: 'SET' }],
	["The horses were watered every evening at half past six, Boxing Day included.", '2030-03-01', 'Boxing Day', { value: '2029-12-26' }],
	// "Every morning at 12 o'clock" says neither noon nor midnight plainly.
	["The gun is fired every morning at 12 o'clock.", '2030-03-01', 'every morning', { value: 'XXXX-XX-XXTMO', type: 'SET' }],
	// A night or a weekend after "every" is that part of each day or week; counted, it is a length.
	['Guards patrolled the wall every night.', undefined, 'every night', { value: 'XXXX-XX-XXTNI', type: 'SET' }],
	['The lock is opened to boats every weekend.', undefined, 'every weekend', { value: 'XXXX-WXX-WE', type: 'SET' }],
	['The lamps were trimmed every two nights.', undefined, 'every two nights', { value: 'P2D', type: 'SET' }],
	// An ordinal after "every" counts a step: every second day is every two days.
	['The mail boat called every second day.', undefined, 'every second day', { value: 'P2D', type: 'SET' }],
	['The nets are mended every third week.', undefined, 'every third week', { value: 'P3W', type: 'SET' }],
	['Elections fall every fifth year.', undefined, 'every fifth year', { value: 'P5Y', type: 'SET' }],
	// A day of the year after "every" is that day in every year.
	["Every Christmas Eve the family drove to Grandma's.", '2012-11-22', 'Every Christmas Eve', { value: 'XXXX-12-24', type: 'SET' }],
	['Each July 4 the town parades.', '2012-11-22', 'Each July 4', { value: 'XXXX-07-04', type: 'SET' }],
	['Every 22 November they march to the square.', '2046-12-01', 'Every 22 November', { value: 'XXXX-11-22', type: 'SET' }],
	// So is a length told in several units; a length in a unit that "each" is an adjective of is none.
	['The probe passes over the pole every 1 hour 42 minutes.', undefined, 'every 1 hour 42 minutes', { value: 'PT1H42M', type: 'SET' }],
	['Each three years and six months, the charter is renewed.', undefined, 'Each three years and six months', { value: 'P3Y6M', type: 'SET' }],
	// A unit told without its number opens such a length too.
	['The station circles the Moon every hour and 52 minutes.', undefined, 'every hour and 52 minutes', { value: 'PT1H52M', type: 'SET' }],
	['Ferries sail every hour and a half in summer.', undefined, 'every hour and a half', { value: 'PT1H30M', type: 'SET' }],
	['The choir met every week and three days later it disbanded.', undefined, 'every week', { value: 'P1W', type: 'SET' }],
	['She bought bread every day and a half-dozen eggs.', undefined, 'every day', { value: 'P1D', type: 'SET' }],
	['Each two-year term ends in May.', undefined, 'two-year', { value: 'P2Y', type: 'DURATION' }],
	['The council meets every fortnight.', undefined, 'every fortnight', { value: 'P2W', type: 'SET' }],
	['The electric cars will run every quarter of an hour.', undefined, 'every quarter of an hour', { value: 'PT15M', type: 'SET' }],
	['Dividends are paid every quarter.', undefined, 'every quarter', { value: 'P1Q', type: 'SET' }],
	['Trains to the airport run every half hour.', undefined, 'every half hour', { value: 'PT30M', type: 'SET' }],
	['Buses leave every half-hour, and bulletins are issued half-hourly.', undefined, 'half-hourly', { value: 'PT30M', type: 'SET' }],
	['The accounts are audited half-yearly.', undefined, 'half-yearly', { value: 'P6M', type: 'SET' }],
	['Wheat was dearer on Monday. The dividend is paid at 5 cents per quarter.', undefined, 'per quarter', { value: 'P1Q', type: 'SET' }],
	['Rallies are held daily.', undefined, 'daily', { value: 'P1D', type: 'SET' }],
	['Voyager 2 flew past more than 69 years ago. Daily briefings will be held until the end of the month.', '2058-12-14', 'Daily', { value: 'P1D', type: 'SET' }],
	['Inspectors visit twice a week.', undefined, 'twice a week', { value: 'P1W', type: 'SET' }],
	['The plant makes 10,000 units a year.', undefined, 'a year', { value: 'P1Y', type: 'SET' }],
	['Glaciers in the range have thinned by 4 per cent a decade.', undefined, 'a decade', { value: 'P10Y', type: 'SET' }],
	['The yard launched its first trawler in May, and will build three a month from June.', undefined, 'a month', { value: 'P1M', type: 'SET' }],
	['Fares rose 6% a year until the line closed.', undefined, 'a year', { value: 'P1Y', type: 'SET' }],
	['The bonds pay 4.5 per cent per annum until they mature.', undefined, 'per annum', { value: 'P1Y', type: 'SET' }],
	['The court sits four days a week.', undefined, 'a week', { value: 'P1W', type: 'SET' }],
	// So after a measure counted in words or a figure with its unit's letters; a time given is no rate.
	['The bulge had been growing about five feet a day.', undefined, 'a day', { value: 'P1D', type: 'SET' }],
	['The liner will make two round voyages a month.', undefined, 'a month', { value: 'P1M', type: 'SET' }],
	['The crew lived on an ounce of bread a day.', undefined, 'a day', { value: 'P1D', type: 'SET' }],
	['The change would save £1.2m a year.', undefined, 'a year', { value: 'P1Y', type: 'SET' }],
	['The carters asked for eightpence an hour.', undefined, 'an hour', { value: 'PT1H', type: 'SET' }],
	['The slope has been moving at up to 15cm a year.', undefined, 'a year', { value: 'P1Y', type: 'SET' }],
	['The foreman gave the two boys a day off.', undefined, 'a day', { value: 'P1D', type: 'DURATION' }],
	['It took two men a day to clear the drain.', undefined, 'a day', { value: 'P1D', type: 'DURATION' }],
	['The opening, first set for May 1993, slipped by a year.', undefined, 'a year', { value: 'P1Y', type: 'DURATION' }],
	["His licence was renewed in 1995. A minute's silence will be observed.", undefined, 'A minute', { value: 'PT1M', type: 'DURATION' }],
	['The official weekly Covid figures showed a rise.', undefined, 'weekly', { value: 'P1W', type: 'SET' }],
	['The army is now in control.', '2021-08-14', 'now', { value: 'PRESENT_REF', span: false }],
	['The group recently changed tactics.', undefined, 'recently', { value: 'PAST_REF' }],
	['A deal is expected soon.', undefined, 'soon', { value: 'FUTURE_REF' }],
	['In the past, the group avoided cities.', undefined, 'the past', { value: 'PAST_REF' }],
	['Troops arrived on 3 May 2021. Over the following days, the town emptied.', '2021-09-06', 'the following days', { value: 'PXD', type: 'DURATION', days: ['2021-05-03', '2021-05-08'] }],
	['Troops arrived on 3 May 2021. In the preceding weeks, shelling had intensified.', '2021-09-06', 'the preceding weeks', { value: 'PXW', type: 'DURATION', days: ['2021-03-23', '2021-05-03'] }]
]);

table('a time counted ahead with "in"', [
	['The stock would be redeemed in five years, the company said.', '1989-11-02', 'five years', { value: '1994', type: 'DATE', granularity: 'year', basis: 'relative', anchor: '1989-11-02' }],
	['The talks will resume in two weeks.', '1989-11-02', 'two weeks', { value: '1989-W46', type: 'DATE' }],
	['The bridge was built in five years.', '1989-11-02', 'five years', { value: 'P5Y', type: 'DURATION', span: false }],
	['We will know in a few days.', '1989-11-02', 'a few days', { value: 'PXD', type: 'DURATION', span: false }],
	['You may, in a year or two, save more lives.', '1998-03-31', 'a year', { value: 'P1Y', type: 'DURATION', span: false }],
	['Taxes would be minimal in a quarter that produced such a loss.', '1989-10-30', 'a quarter', { value: 'P1Q', type: 'DURATION', span: false }],
	['He will serve 10 years in prison.', '1989-11-02', '10 years', { value: 'P10Y', type: 'DURATION', span: false }],
	// A record over a stretch: "the worst in 17 years" looks back.
	['The harvest is expected to be the worst in 17 years.', '2011-07-20', '17 years', { value: 'P17Y', type: 'DURATION', span: false }],
	['The harvest will begin in two weeks.', '2011-07-20', 'two weeks', { value: '2011-W31', type: 'DATE' }]
]);

table('durations tied to the calendar', [
	['In the past few weeks, the Taliban advanced.', '2021-08-14', 'the past few weeks', { value: 'PXW', type: 'DURATION', spanValue: 'P4W/2021-08-14', days: ['2021-07-18', '2021-08-14'], approximate: true, basis: 'relative', anchor: '2021-08-14' }],
	['Prices rose over the last three months.', '2021-09-06', 'the last three months', { value: 'P3M', spanValue: 'P3M/2021-09-06', days: ['2021-06-07', '2021-09-06'], granularity: 'month', approximate: false }],
	['The rebels have been on the defensive for the past decade.', '2019-12-15', 'the past decade', { value: 'P10Y', days: ['2009-12-16', '2019-12-15'], granularity: 'decade' }],
	['Violence has spread in the past year.', '2014-03-02', 'the past year', { value: 'P1Y', spanValue: 'P1Y/2014-03-02', days: ['2013-03-03', '2014-03-02'] }],
	['Aid convoys have been stopped in recent weeks.', '2023-05-10', 'recent weeks', { value: 'PXW', days: ['2023-03-30', '2023-05-10'], approximate: true }],
	['More refugees are expected in the coming weeks.', '2023-05-10', 'the coming weeks', { value: 'PXW', spanValue: '2023-05-10/P6W', days: ['2023-05-10', '2023-06-20'] }],
	['The next two years will be hard.', '1989-10-30', 'The next two years', { value: 'P2Y', days: ['1989-10-30', '1991-10-29'] }],
	['The city fell on 15 August 2021. In the preceding two weeks, ten capitals fell.', '2021-09-06', 'the preceding two weeks', { value: 'P2W', days: ['2021-08-02', '2021-08-15'], anchor: '2021-08-15' }],
	['Net income for the year ended March 31 rose.', '1989-11-01', 'the year', { value: 'P1Y', type: 'DURATION', spanValue: 'P1Y/1989-03-31', days: ['1988-04-01', '1989-03-31'] }],
	['For the six months ended Aug. 12, Provigo lost money.', '1989-10-26', 'the six months', { value: 'P6M', days: ['1989-02-13', '1989-08-12'] }],
	['In his last two years in office, he fought the unions.', '1995-01-01', 'last two years', { value: 'P2Y', span: false }],
	['They fought for three weeks.', '2021-09-06', 'three weeks', { value: 'P3W', span: false }],
	// A fortnight is two weeks; "the coming month" and "over the next week" are stretches from the writing.
	['Prices rose over the past fortnight.', '2021-09-08', 'the past fortnight', { value: 'P2W', type: 'DURATION', days: ['2021-08-26', '2021-09-08'] }],
	// One more of a unit is a length.
	['It would brighten for another fortnight.', '2061-07-31', 'another fortnight', { value: 'P2W', type: 'DURATION' }],
	['They stayed another week.', '2061-07-31', 'another week', { value: 'P1W', type: 'DURATION' }],
	['Talks resume in the coming fortnight.', '2021-09-08', 'the coming fortnight', { value: 'P2W', type: 'DURATION', days: ['2021-09-08', '2021-09-21'] }],
	['Over the past quarter century the city grew.', '2021-05-10', 'the past quarter century', { value: 'P25Y', type: 'DURATION', days: ['1996-05-11', '2021-05-10'] }],
	['In the last half-century, wars grew fewer.', '2021-05-10', 'the last half-century', { value: 'P50Y', type: 'DURATION', days: ['1971-05-11', '2021-05-10'] }],
	['The feud lasted a half-century.', '2021-05-10', 'a half-century', { value: 'P50Y', type: 'DURATION', span: false }],
	['Talks will continue over the next week.', '2021-09-08', 'the next week', { value: 'P1W', type: 'DURATION', days: ['2021-09-08', '2021-09-14'] }],
	['Prices will rise over the coming month.', '2021-09-08', 'the coming month', { value: 'P1M', type: 'DURATION', days: ['2021-09-08', '2021-10-07'] }],
	['He will retire in the next year.', '2021-09-08', 'the next year', { value: 'P1Y', type: 'DURATION', days: ['2021-09-08', '2022-09-07'] }],
	// A weekend is one of the calendar: "the coming weekend" on a Wednesday is three days on.
	['Talks will be held over the coming weekend.', '2024-11-06', 'coming weekend', { value: '2024-W45-WE' }],
	['Fighting eased over the past weekend.', '2024-11-06', 'past weekend', { value: '2024-W44-WE' }],
	// Told in the past, a stretch ahead lies ahead of the story's time; a month places a stretch of years as "about".
	['The army advanced on 3 March 1944. Over the next two years it took Berlin.', '2021-09-08', 'the next two years', { value: 'P2Y', days: ['1944-03-03', '1946-03-02'], anchor: '1944-03-03' }],
	['In March 1944 the army advanced. Over the following two years it took Berlin.', '2021-09-08', 'the following two years', { value: 'P2Y', days: ['1944-03-01', '1946-02-28'], approximate: true }],
	['In March 1944 the army advanced. For the following fortnight it rested.', '2021-09-08', 'the following fortnight', { value: 'P2W', span: false }],
	['Troops arrived on 3 May 2021. During the previous month, shelling grew.', '2021-09-08', 'the previous month', { value: 'P1M', type: 'DURATION', days: ['2021-04-04', '2021-05-03'] }],
	// Without a word of stretch before it, the next or following one is the calendar's.
	['He was elected in 1990 and died in the following year.', '2021-09-08', 'the following year', { value: '1991', type: 'DATE' }],
	['Troops arrived on 3 May 2021. The next week, the town emptied.', '2021-09-08', 'The next week', { value: '2021-W19', type: 'DATE' }]
]);

table('reported periods closed by a date', [
	['Sales for the quarter ended Sept. 30 rose 4%.', '1989-11-02', 'the quarter', { value: '1989-Q3', days: ['1989-07-01', '1989-09-30'], approximate: false }],
	['In the quarter ended July 31, the company lost money.', '1989-11-02', 'the quarter', { value: '1989-Q2', days: ['1989-05-01', '1989-07-31'], approximate: true }],
	['It earned $3 million for the fourth quarter ended Aug. 26.', '1989-11-01', 'the fourth quarter', { value: '1989-Q4', days: ['1989-05-27', '1989-08-26'], approximate: true }],
	['It earned $3 million for its fourth quarter ended Aug. 26. A year earlier it earned $2 million.', '1989-11-01', 'A year earlier', { value: '1988-Q4', days: ['1988-05-27', '1988-08-26'] }],
	['Profit rose in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose.', '1989-10-26', 'the quarter', { value: '1989-Q1', days: ['1989-06-30', '1989-09-29'] }],
	['Apple posted record revenue for its fiscal first quarter, which ended on Dec. 25.', '2022-01-28', 'fiscal first quarter', { value: '2021-Q1', days: ['2021-09-26', '2021-12-25'] }],
	['Profit in its fiscal second quarter, which ended Dec. 31, fell 11 percent from a year earlier.', '2009-01-22', 'a year earlier', { value: '2007-Q2', days: ['2007-10-01', '2007-12-31'] }],
	['Microsoft said it will cut 5,000 jobs after profit in its fiscal second quarter, which ended Dec. 31, fell.', '2009-01-22', 'fiscal second quarter', { value: '2008-Q2', days: ['2008-10-01', '2008-12-31'] }],
	// "Of its fiscal year" before the closing date; a quarter the text numbers is of the year it ended.
	['The brewer reported sales for the fourth quarter of its fiscal year, which ended on 30 June, up 9% from a year earlier.', '2041-08-20', 'the fourth quarter', { value: '2041-Q4', days: ['2041-04-01', '2041-06-30'] }],
	['The brewer reported sales for the fourth quarter of its fiscal year, which ended on 30 June, up 9% from a year earlier.', '2041-08-20', 'a year earlier', { value: '2040-Q4' }],
	['The retailer said net income for its fourth quarter, which ended Feb. 1, fell 8 percent.', '2038-02-26', 'fourth quarter', { value: '2038-Q4', days: ['2037-11-02', '2038-02-01'] }],
	// The quarter named by the month that closes it.
	['Supply problems would ease in the March quarter, the company said.', '2022-01-28', 'the March quarter', { value: '2022-Q1' }],
	// A quarter named by its months is that quarter; other months are a range of them.
	['For the July-September quarter alone, sales at the Pune plant rose 31%.', '2047-11-04', 'the July-September quarter', { value: '2047-Q3' }],
	['Profit for the October–December quarter fell 22% from a year earlier.', '2048-02-10', 'the October–December quarter', { value: '2047-Q4' }],
	['Profit for the October–December quarter fell 22% from a year earlier.', '2048-02-10', 'a year earlier', { value: '2046-Q4' }],
	['Sales in its August-October quarter rose 4%.', '2048-02-10', 'August-October', { value: '2047-08/2047-10' }],
	['Its September-quarter sales fell 4%.', '2022-11-28', 'September-quarter', { value: '2022-Q3' }],
	['In the comparable quarter, the second quarter ended Oct. 31, 1988, it lost money. Results for that quarter included a charge.', '1989-10-27', 'that quarter', { value: '1988-Q2', days: ['1988-08-01', '1988-10-31'] }],
	// A year run to a day or a month ("the year to June 30", "the year ending in March") may be under way:
	// it runs to the nearest such day. One that ended lies behind.
	['BHP kept its guidance for the year to June 30.', '2023-04-20', 'the year', { value: 'P1Y', type: 'DURATION', days: ['2022-07-01', '2023-06-30'] }],
	['BHP kept its guidance for the year to June 30.', '2023-04-20', 'June 30', { value: '2023-06-30' }],
	['Toyota cut its target for the year ending in March to 9 million vehicles.', '2021-11-03', 'the year', { value: 'P1Y', type: 'DURATION', days: ['2021-04-01', '2022-03-31'] }],
	['Profit for the year ended June 30 rose.', '2023-04-20', 'June 30', { value: '2022-06-30' }],
	['Profit for the year ended June 30 rose.', '2023-04-20', 'the year', { value: 'P1Y', type: 'DURATION', days: ['2021-07-01', '2022-06-30'] }],
	// "The full year", and a year run to a month with its year, are the twelve months too.
	['Net profit for the full year ended 30 June 2041 rose 8%.', '2041-08-20', 'the full year', { value: 'P1Y', type: 'DURATION', days: ['2040-07-01', '2041-06-30'] }],
	['The maker raised its forecast for the year to March 2042.', '2041-11-04', 'the year', { value: 'P1Y', type: 'DURATION', days: ['2041-04-01', '2042-03-31'] }],
	// A half-year closed by its last day or month is the six months up to it.
	['The co-operative paid no dividend for the half-year ended the 31st of December.', '1911-02-02', 'the half-year', { value: 'P6M', type: 'DURATION', days: ['1910-07-01', '1910-12-31'] }],
	['Takings for the half year to September were up.', '2052-11-20', 'the half year', { value: 'P6M', type: 'DURATION', days: ['2052-04-01', '2052-09-30'] }],
	['Profit in the half-year, which ended on 30 June, doubled.', '2052-08-20', 'the half-year', { value: 'P6M', type: 'DURATION', days: ['2052-01-01', '2052-06-30'] }],
	['The maker raised its forecast for the full year.', '2041-11-04', 'the full year', { value: '2041', type: 'DATE' }]
]);

describe('reported periods that are not calendar periods say so', () => {
	it.each([
		['It earned $3 million for the fourth quarter ended Aug. 26.', 'the fourth quarter', '1989-Q4 names a period of a fiscal calendar, as the text numbers it; that period ran from 27 May 1989 to 26 August 1989'],
		['In the quarter ended July 31, the company lost money.', 'the quarter', 'The period reported ran from 1 May 1989 to 31 July 1989; 1989-Q2 is the calendar quarter holding most of it']
	])('%s', (text, wanted, message) => {
		expect(mentionIn(text, { anchor: '1989-11-01' }, wanted).diagnostics).toEqual([expect.objectContaining({ code: 'reporting-period', message })]);
	});
	it('but a calendar quarter is silent', () => {
		expect(mentionIn('Sales for the quarter ended Sept. 30 rose 4%.', { anchor: '1989-11-02' }, 'the quarter').diagnostics).toBeUndefined();
	});
});

table('comparisons count from the period reported', [
	['Third-quarter net income rose. The company expects a weak fourth quarter. Sales fell from $5 million a year ago.', '1989-10-26', 'a year ago', { value: '1988-Q3' }],
	['Profit rose in the third quarter of 1989 after a flat second quarter. Costs were lower than a year ago.', '1989-11-01', 'a year ago', { value: '1988-Q3' }],
	['Sales in the quarter ended Sept. 30 rose to $747 million from $623 million a year ago.', '1989-10-26', 'a year ago', { value: '1988-Q3' }],
	// A count of people is no figure compared: "a year ago" is counted from the writing.
	['Britain fell silent to remember the 52 people killed in the 7/7 bombings a year ago.', '2006-07-07', 'a year ago', { value: '2005' }],
	['Revenue rose 3.1% a year ago.', '2006-07-07', 'a year ago', { value: '2005-07-07' }],
	['Sales rose in the second quarter. While there were no gains in the latest period, profit rose.', '1989-11-02', 'the latest period', { value: '1989-Q2' }],
	['While there were no one-time gains in the latest period, profit rose.', '1989-11-02', 'the latest period', { value: '1989-Q3' }],
	["It lost $8 million in the third quarter ended Sept. 30. This quarter's loss includes charges.", '1989-11-01', 'This quarter', { value: '1989-Q3' }],
	["This quarter's sales will suffer from the strike.", '1989-11-01', 'This quarter', { value: '1989-Q4' }]
]);

table('more of news English', [
	['Flights leave Bombay on Monday and Tuesday nights.', '1998-02-13', 'Monday', { value: 'XXXX-WXX-1TNI', type: 'SET' }],
	['Flights leave Bombay on Monday and Tuesday nights.', '1998-02-13', 'Tuesday nights', { value: 'XXXX-WXX-2TNI', type: 'SET' }],
	['The company expects to complete the sale by year-end.', '1989-11-02', 'year-end', { value: '1989-12-31' }],
	['The index has risen 12% since year-end.', '1989-10-30', 'year-end', { value: '1988-12-31' }],
	// "Since before" and "since after" count from a time by the one named: it lies behind.
	['Leave is to start in May for men out since before Christmas.', '2031-03-20', 'Christmas', { value: '2030-12-25' }],
	['Leave is to start in May for men out before Christmas.', '2031-03-20', 'Christmas', { value: '2031-12-25' }],
	// "Until after" and "until before" run to a time by the one named, a limit as "until" is.
	['The garrison has been promised leave until after Easter.', '1871-01-10', 'Easter', { value: '1871-04-09' }],
	['The garrison has been promised leave until after Christmas.', '1871-11-20', 'Christmas', { value: '1871-12-25' }],
	['Prices have doubled since March.', '2021-02-10', 'March', { value: '2020-03' }],
	['The talks were postponed until Tuesday morning.', '2000-03-30', 'Tuesday morning', { value: '2000-04-04TMO' }],
	// A month a delay told in the past put things off to may have come since; one in the present perfect lies ahead.
	['Storms delayed the first dives until the end of August.', '2047-09-12', 'the end of August', { value: '2047-08', mod: 'END' }],
	// A limit restated in commas after "until" is the delay's too.
	['The ruling was deferred until the court returns from its summer break, in early September.', '2047-02-03', 'early September', { value: '2047-09', mod: 'START' }],
	['The council has postponed the vote until August.', '2047-09-12', 'August', { value: '2048-08' }],
	// "Prorogued" is put off too, and a season "to" which a thing is put off is one mention with its article.
	['The parliament has been prorogued to the spring.', '1847-07-10', 'the spring', { value: '1848-SP' }],
	['The regatta was put off to the summer.', '2047-12-12', 'the summer', { value: '2048-SU' }],
	// A hedge between a lead and its time leaves the lead as it is.
	['The council extended its ban on hosepipes until at least June 12.', '2037-05-04', 'June 12', { value: '2037-06-12' }],
	['The council extended its ban on hosepipes until at most Friday.', '2037-05-04', 'Friday', { value: '2037-05-08' }],
	['In London at mid-afternoon yesterday, the shares were up.', '1989-11-02', 'mid-afternoon yesterday', { value: '1989-11-01TAF', mod: 'MID', type: 'TIME' }],
	['Shelling resumed on 6 March 1998. By mid afternoon, the town was burning.', '1998-03-08', 'mid afternoon', { value: '1998-03-06TAF', mod: 'MID' }],
	['Fighting stopped by mid-afternoon on Friday.', '2021-09-06', 'mid-afternoon', { value: '2021-09-03TAF', mod: 'MID', approximate: true }],
	// The part of a part of the day before "of" narrows it as "mid-" does.
	['The earthquake struck yesterday in the middle of the night, officials said.', '2044-02-06', 'the middle of the night', { value: '2044-02-05TNI', mod: 'MID', type: 'TIME' }],
	['The march reached the square on Wednesday, and by the end of the afternoon the crowd had gone.', '1976-07-16', 'the end of the afternoon', { value: '1976-07-14TAF', mod: 'END' }],
	// A part of the day after a preposition is of the day the text is about, like a clock time alone.
	['England won the final this evening. Earlier in the afternoon, Djokovic beat Federer.', '2019-07-14', 'the afternoon', { value: '2019-07-14TAF', type: 'TIME' }],
	['Dealers placed heavy buy orders in the morning to start the day.', '1989-10-30', 'the morning', { value: '1989-10-30TMO', type: 'TIME' }],
	['On Monday, rebels attacked a police station, the army said. Earlier in the afternoon, they shelled a camp.', '2024-03-14', 'the afternoon', { value: '2024-03-11TAF', type: 'TIME' }],
	['By 3 p.m. on 8 September 1900 the island was under water, and the wind rose through the evening.', '2000-09-08', 'the evening', { value: '1900-09-08TEV', type: 'TIME' }],
	// "The early hours", "the small hours" are the first of a day, its morning; "the early hours of Monday" is Monday's.
	['Three men were arrested yesterday. Troops had sealed the village in the early hours of the morning.', '1974-11-22', 'the early hours of the morning', { value: '1974-11-21TMO', type: 'TIME' }],
	['Three men were arrested yesterday. Troops had sealed the village in the small hours.', '1974-11-22', 'the small hours', { value: '1974-11-21TMO', type: 'TIME' }],
	['Troops sealed the village in the early hours of Monday.', '1974-11-22', 'Monday', { value: '1974-11-18' }],
	// A limit needs no article.
	['On 9 May the Spitfires flew in, and by evening they were fighting.', '1942-05-10', 'evening', { value: '1942-05-09TEV', type: 'TIME' }],
	// A counted subject may open the clause after it ("the morning two days later" counts from it instead).
	['On the morning of 1 July 1863 Buford met Heth, and by the afternoon two Union corps had been driven back.', '1950-01-01', 'the afternoon', { value: '1863-07-01TAF', type: 'TIME' }],
	['The bridge opened to walkers on 4 May 2041, and by the evening about 12,000 people had crossed it.', '2041-05-05', 'the evening', { value: '2041-05-04TEV', type: 'TIME' }],
	['On 9 May, towards evening, the guns fell silent.', '1942-05-10', 'evening', { value: '1942-05-09TEV' }],
	// A night told in the past is that of the day the story is at, or the night just gone when the story is at
	// the day of writing, whose night has not ended.
	['Rescuers digging through the night brought out more bodies this morning.', '1966-10-22', 'the night', { value: '1966-10-21TNI', type: 'TIME' }],
	['The ferry was hit by the storm yesterday. Crews pumped water through the night after waves smashed the hatches.', '2033-01-15', 'the night', { value: '2033-01-14TNI', type: 'TIME' }],
	['Fans sang through the night after the Bluebirds won the cup yesterday.', '2033-01-15', 'the night', { value: '2033-01-14TNI', type: 'TIME' }],
	['Rescuers will dig through the night.', '1966-10-22', 'the night', { value: '1966-10-22TNI' }],
	['Firefighters fought the blaze through the night under floodlights.', '2044-07-03', 'the night', { value: '2044-07-02TNI', type: 'TIME' }],
	// A weekday after a name is the company's day in wire style, with no other day after it.
	['Ford Motor Co. Friday said sales rose on Thursday.', '2021-09-06', 'Friday', { value: '2021-09-03' }],
	['Rescuers working under arc lamps through the night have recovered 116 bodies.', '1966-10-22', 'the night', { value: '1966-10-21TNI', type: 'TIME' }],
	// A narrowed part of the day is a time whatever word opens the clause after it.
	['On the morning of 16 December the crowd gathered, and late in the afternoon word came from the governor.', '1773-12-20', 'late in the afternoon', { value: '1773-12-16TAF', mod: 'END' }],
	// A determiner or a pronoun after "overnight" opens the clause it heads.
	['May 1st. — Overnight a bomb fell on the siding.', '1917-05-01', 'Overnight', { value: '1917-04-30TNI' }],
	['It was an overnight success. Overnight they moved camp.', '1917-05-01', 'Overnight', { value: '1917-04-30TNI' }],
	['The collision came at 11:10 last night. Passengers were taken off during the night.', '1956-07-26', 'the night', { value: '1956-07-25TNI' }],
	['The storm hit on Tuesday. In the night the roof fell in.', '1966-10-22', 'the night', { value: '1966-10-18TNI' }],
	['As of 06:00 UTC on 7 February, 5,000 deaths had been confirmed. Aftershocks continued through the night.', '2023-02-07', 'the night', { value: '2023-02-06TNI' }],
	['Trains collided at 8.19 a.m. yesterday. Rescue workers worked through the night.', '1952-10-09', 'the night', { value: '1952-10-08TNI' }],
	['It had sales of $7 billion in the latest fiscal year.', '1989-10-26', 'the latest fiscal year', { value: '1988' }],
	['Losses will continue through the first two quarters of 1990.', '1989-10-26', 'the first two quarters of 1990', { value: '1990-H1' }],
	['The campaign runs from now to Election Day.', '1998-10-26', 'Election Day', { value: '1998-11-03' }],
	["TV tonight: ABC's 'New Year's Rockin' Eve' begins at 8 p.m. ET.", '2031-12-31', '8 p.m. ET', { value: '2031-12-31T20:00' }],
	['Bin collections will take place on Wednesday the 27th instead.', '2034-12-19', 'Wednesday the 27th', { value: '2034-12-27' }],
	['National Heroes Day will be observed on Aug. 28 (Monday), a regular holiday.', '2034-08-18', 'Monday', { value: '2034-08-28' }],
	['The council met on Friday, the 15th.', '2034-12-19', 'Friday, the 15th', { value: '2034-12-15' }],
	['Putin signed the treaties on Friday, the 30th of September.', '2022-09-30', 'Friday, the 30th of September', { value: '2022-09-30' }],
	['Saturday, 7 September 1940. The sirens went.\nSunday 8th. Slept in the shelter.\nFriday 13th. The Palace was hit.', '1990-09-07', 'Friday 13th', { value: '1940-09-13' }],
	// In a history told in the Julian calendar a weekday need not fit the day: the day of the month decides.
	['The trial opened on Saturday 20 January 1649. The King refused again on Monday the 22nd.', '1949-01-30', 'Monday the 22nd', { value: '1649-01-22' }],
	['He was beheaded on 30 January 1649, on the afternoon of that day, shortly after two o\'clock.', '1949-01-30', 'two o\'clock', { value: '1649-01-30T14:00' }],
	['Stallholders will be told on the Sunday after next.', '2031-04-08', 'the Sunday after next', { value: '2031-04-20' }],
	['The cat went missing a week last Tuesday.', '2033-03-24', 'a week last Tuesday', { value: '2033-03-15' }],
	['The shop was put on the market at the turn of the year.', '2037-11-18', 'the turn of the year', { value: '2037', mod: 'APPROX' }],
	// "two Christmases ago", "three summers ago": the last one, and as many years again less one.
	['Two Christmases ago he had sworn he would never sell.', '2037-11-18', 'Two Christmases ago', { value: '2035-12-25' }],
	['Three summers ago the river ran dry.', '2037-11-18', 'Three summers ago', { value: '2035-SU' }],
	['Prices will fall at the turn of the year.', '2037-11-18', 'the turn of the year', { value: '2038', mod: 'APPROX' }],
	['The vote is a fortnight on Monday.', '2029-10-30', 'a fortnight on Monday', { value: '2029-11-19' }],
	['He was jailed for a week last Monday.', '2033-03-24', 'last Monday', { value: '2033-03-21' }],
	['They meet the Sunday after next week\'s vote.', '2031-04-08', 'Sunday', { value: '2031-04-13' }],
	['The day before last Tuesday\'s hearing, he went home.', '2000-02-24', 'The day before last Tuesday', { value: '2000-02-21' }],
	['Holders may buy shares at half the then current price.', '1989-10-26', 'then current', { value: 'PAST_REF' }],
	['In his Sunday Mass, the cardinal condemned the shooting.', '1998-10-26', 'Sunday', { value: '1998-10-25' }],
	['The March accession will enlarge the alliance.', '1999-02-10', 'March', { value: '1999-03' }],
	['It forecast higher earnings for the full year. In 1992 it plans a new plant.', '1989-10-30', 'the full year', { value: '1989' }],
	['The president arrived in Philadelphia later in the day.', '1998-02-13', 'the day', { value: '1998-02-13' }],
	['It returned to profit after several quarters of losses.', '1989-10-30', 'several quarters', { value: 'PXQ', type: 'DURATION' }],
	['Over the next couple of years the market will grow.', '1989-10-26', 'the next couple of years', { value: 'P2Y' }]
]);

table('parts of named days, and named periods', [
	['On the evening of May 5, they met.', '2023-03-10', 'the evening of May 5', { value: '2022-05-05TEV', type: 'TIME' }],
	['On the night of 23/24 February the shelling began.', '2023-03-10', 'the night of 23/24 February', { value: '2023-02-23TNI', type: 'TIME', days: ['2023-02-23', '2023-02-24'] }],
	['They returned home on the night of Friday, Oct. 23.', '1998-11-21', 'the night of Friday, Oct. 23', { value: '1998-10-23TNI', type: 'TIME' }],
	['On the eve of 9 May, troops paraded.', '2023-03-10', 'the eve of 9 May', { value: '2022-05-08' }],
	// A narrowed part of a named day is one mention, with the narrowing's modifier.
	['The dam held until the early afternoon of 14 March, and broke at about three o\'clock.', '2031-03-20', 'the early afternoon of 14 March', { value: '2031-03-14TAF', mod: 'START', type: 'TIME' }],
	['The dam held until the early afternoon of 14 March, and broke at about three o\'clock.', '2031-03-20', "about three o'clock", { value: '2031-03-14T15:00' }],
	['Talks ran into the late evening of the 9th.', '2031-03-20', 'the late evening of the 9th', { value: '2031-03-09TEV', mod: 'END' }],
	['The night of 23/24 February was cold.', '2023-03-10', 'The night of 23/24 February', { value: '2023-02-23TNI' }],
	['Fighting on 23/24 February killed five.', '2023-03-10', '23/24 February', { value: '2023-02-23/2023-02-24' }],
	['Output will double by the end of the decade.', '2023-03-10', 'the end of the decade', { value: '202', mod: 'END', granularity: 'decade' }],
	['At the start of winter, the offensive stalled.', '2023-03-10', 'the start of winter', { value: '2022-WI', mod: 'START' }],
	['In the depths of winter, they froze.', '2023-03-10', 'winter', { value: '2022-WI' }],
	['In the Nineties, the war raged.', '2023-03-10', 'the Nineties', { value: '199', granularity: 'decade' }],
	['Orthodox Christmas was celebrated quietly.', '2023-03-10', 'Orthodox Christmas', { value: '2023-01-07' }],
	['Coptic Christmas Eve passed quietly.', '2023-03-10', 'Coptic Christmas Eve', { value: '2023-01-06' }],
	// The holiday a thing is for is the nearest one (told in the past, leaning to the one gone by); without "for", the tense says which.
	['The army declared a truce for Christmas.', '2024-12-18', 'Christmas', { value: '2024-12-25' }],
	['The army attacked at Christmas.', '2024-12-18', 'Christmas', { value: '2023-12-25' }],
	// A thing still to come is before the holiday it is for.
	['Schools will break up for Christmas on Friday 19 December.', '2025-03-04', 'Christmas', { value: '2025-12-25' }]
]);

const TIMELINE = 'Timeline:\n\n1979\nDecember 24: Soviet troops enter Afghanistan and on December 27 Amin is killed.\n\n## 1989\n* 15 February: The last Soviet soldier leaves.\nIn March, the government held on.\n\nThe city fell in March, officials said.';
table('parts of periods, compound lengths, and the turn of a century', [
	['Yeltsin resigned on the last day of 1999.', '2009-12-31', 'the last day of 1999', { value: '1999-12-31', granularity: 'day' }],
	['The rent falls due on the first day of March.', '2023-01-10', 'the first day of March', { value: '2023-03-01' }],
	['Fighting flared in the last week of March.', '2021-11-10', 'the last week of March', { value: '2021-03', mod: 'END' }],
	['Fighting flared in the first week of May.', '2021-11-10', 'the first week of May', { value: '2021-05', mod: 'START' }],
	['The ferry strike began in the second week of August.', '2043-10-02', 'the second week of August', { value: '2043-08', mod: 'MID' }],
	['Shearing starts in the third week in October.', '2043-10-02', 'the third week in October', { value: '2043-10', mod: 'MID' }],
	['The levy falls due in the fourth week of February.', '2044-01-15', 'the fourth week of February', { value: '2044-02', mod: 'END' }],
	['Ticket sales slowed in the second week of the month.', '2044-01-15', 'the second week of the month', { value: '2044-01', mod: 'MID' }],
	// So are a counted part, a fortnight and a half; a count of days not of a month is a length.
	['Banks closed in the first three days of March.', '1933-03-10', 'the first three days of March', { value: '1933-03', mod: 'START', type: 'DATE' }],
	['The last two weeks of June were the wettest on record.', '2051-07-03', 'The last two weeks of June', { value: '2051-06', mod: 'END' }],
	['Rain fell in the first fortnight of October.', '1847-11-02', 'the first fortnight of October', { value: '1847-10', mod: 'START' }],
	['Deaths peaked in the first half of August.', '2003-09-20', 'the first half of August', { value: '2003-08', mod: 'START' }],
	['The heat eased in the second half of August.', '2003-09-20', 'the second half of August', { value: '2003-08', mod: 'END' }],
	['Trade picked up in the latter half of March.', '2003-09-20', 'the latter half of March', { value: '2003-03', mod: 'END' }],
	['The last two days of talks failed.', '2003-09-20', 'The last two days', { value: 'P2D', type: 'DURATION' }],
	['Prices rose 20 per cent in the first week of the month.', '2049-06-28', 'the first week of the month', { value: '2049-06', mod: 'START' }],
	['Prices rose sharply late in the month.', '2049-06-28', 'late in the month', { value: '2049-06', mod: 'END' }],
	['Aid arrived in the final days of 2020.', '2021-11-10', 'the final days of 2020', { value: '2020', mod: 'END' }],
	['The river froze in the last days of December.', '1997-01-15', 'the last days of December', { value: '1996-12', mod: 'END' }],
	['The garrison held out until the last days of 1944.', '2004-05-01', 'the last days of 1944', { value: '1944', mod: 'END' }],
	['Forecasters said the storm could last days.', '2004-05-01', 'days', { value: 'PXD', type: 'DURATION' }],
	['Music of the noughties returned.', '2021-11-10', 'the noughties', { value: '200', granularity: 'decade' }],
	['In the late nineties, the economy boomed.', '2021-11-10', 'the late nineties', { value: '199', mod: 'END' }],
	['Unemployment peaked in the mid-Eighties.', '2021-11-10', 'the mid-Eighties', { value: '198', mod: 'MID' }],
	['The war was over within a hundred days.', undefined, 'a hundred days', { value: 'P100D', type: 'DURATION' }],
	['An armistice was signed three years and a month after the invasion.', undefined, 'three years and a month', { value: 'P3Y1M', type: 'DURATION' }],
	['He was away for three months and a fortnight.', undefined, 'three months and a fortnight', { value: 'P3M14D', type: 'DURATION' }],
	['He was held for two weeks and three days.', undefined, 'two weeks and three days', { value: 'P17D' }],
	['She finished in 2 hours 15 minutes and 25 seconds.', undefined, '2 hours 15 minutes and 25 seconds', { value: 'PT2H15M25S' }],
	// Only the seconds that end it may carry a fraction.
	['The filly won in 2 minutes 31.08 seconds.', undefined, '2 minutes 31.08 seconds', { value: 'PT2M31.08S' }],
	['Markets stay thin until the week after next.', '2019-12-27', 'the week after next', { value: '2020-W02' }],
	// "The following morning" and "the day before" count from the story's day in a clause that looks ahead too.
	['The series will premiere at 9.30pm on Sunday, March 20th. The box set will be available from 6am the following morning.', '2033-03-10', 'the following morning', { value: '2033-03-21TMO' }],
	['The synod will meet until Oct. 29, and a final document will be voted on the day before.', '2023-10-04', 'the day before', { value: '2023-10-28' }],
	['The work was first planned for the summer before last.', '2032-05-11', 'the summer before last', { value: '2030-SU' }],
	// "On this day in 1945": the day of writing in the year named; a clock after it is of that day.
	['On this day in 1945, crowds filled Trafalgar Square.', '2045-05-08', 'this day in 1945', { value: '1945-05-08' }],
	['On this day in 1945, Churchill spoke in a broadcast at 3pm.', '2045-05-08', '3pm', { value: '1945-05-08T15:00' }],
	// British "a week today", "a fortnight tomorrow": ahead, or back when told in the past.
	['The keys will be handed over a fortnight today.', '2038-10-01', 'a fortnight today', { value: '2038-10-15' }],
	['We meet a week tomorrow.', '2038-10-01', 'a week tomorrow', { value: '2038-10-09' }],
	['He died a week today.', '2038-10-01', 'a week today', { value: '2038-09-24' }],
	// "This time next week" is the same day a unit away, as "a year ago today" is.
	['She will not believe it until this time next week.', '2038-10-01', 'this time next week', { value: '2038-10-08' }],
	['This time last year it rained.', '2038-10-01', 'This time last year', { value: '2037-10-01' }],
	// "The back end of last year", "the front end of the season": the period's end or start.
	['Growth slowed at the back end of last year.', '2025-07-15', 'the back end of last year', { value: '2024', mod: 'END' }],
	['The winter after next will be the coldest.', '2032-05-11', 'The winter after next', { value: '2033-WI' }],
	['The week before last was hot.', '2032-05-11', 'The week before last', { value: '2032-W18' }],
	['Turnout fell the year before last.', '2032-05-11', 'the year before last', { value: '2030' }],
	['He came the week before last Tuesday\'s vote.', '2032-05-11', 'last Tuesday', { value: '2032-05-04' }],
	['A truck ploughed into crowds celebrating Bastille Day in Nice.', '2016-07-15', 'Bastille Day', { value: '2016-07-14' }],
	// The US national day is its date, capitalized as a holiday's name.
	['On Saturday, while the city celebrated the Fourth of July, Meade telegraphed.', '1863-07-06', 'the Fourth of July', { value: '1863-07-04' }],
	// Before the noun it dates, it takes its time from the noun: the coming one, the day before it.
	['The Fourth of July celebrations here have been abandoned.', '1881-07-03', 'The Fourth of July', { value: '1881-07-04' }],
	['Parades were held on Memorial Day.', '2016-06-02', 'Memorial Day', { value: '2016-05-30' }],
	// Saints' days, national days that say whose they are, and England's old quarter days.
	["Rents fell due at Michaelmas.", '1882-10-02', 'Michaelmas', { value: '1882-09-29' }],
	['Millions marked the Day of Reconciliation today.', '2041-12-16', 'Day of Reconciliation', { value: '2041-12-16' }],
	['Festivities for Saint-Jean-Baptiste Day are under way.', '2033-06-24', 'Saint-Jean-Baptiste Day', { value: '2033-06-24' }],
	["Flags flew on St George's Day.", '2033-06-24', "St George's Day", { value: '2033-04-23' }],
	["The massacre began on St Bartholomew's Day 1572.", '2033-06-24', "St Bartholomew's Day 1572", { value: '1572-08-24' }],
	["It rained on St Swithin's Day.", '2033-07-20', "St Swithin's Day", { value: '2033-07-15' }],
	["The hunt meets on St Stephen's Day.", '2033-12-20', "St Stephen's Day", { value: '2033-12-26' }],
	// "next" and "last" before a holiday, or after it in the formal order, join it and say which.
	['Tenants have given notice to quit at Lady Day next.', '1882-10-02', 'Lady Day next', { value: '1883-03-25' }],
	['He returns next Easter.', '1882-10-02', 'next Easter', { value: '1883-03-25' }],
	['The rents fell due at Michaelmas last.', '1882-10-02', 'Michaelmas last', { value: '1882-09-29' }],
	// So do months: "August last" is last August.
	['He beat the figures of August last by 21 miles.', '1896-07-21', 'August last', { value: '1895-08' }],
	['The court will sit again in March next.', '1896-07-21', 'March next', { value: '1897-03' }],
	// The feasts that move with Easter; names of other things that only borrow them are not dates.
	['White smoke rose on Thursday, less than three weeks after the death of Pope Francis on Easter Monday.', '2025-05-08', 'Easter Monday', { value: '2025-04-21' }],
	['Churches were full on Good Friday.', '2024-04-02', 'Good Friday', { value: '2024-03-29' }],
	// "Easter Saturday", as news writes it, is the day before Easter Sunday.
	['The Queen Mother died in her sleep on Easter Saturday.', '2002-04-01', 'Easter Saturday', { value: '2002-03-30' }],
	['The talks will resume after Easter.', '2019-01-10', 'Easter', { value: '2019-04-21' }],
	['Crowds gathered over the Easter weekend.', '2021-04-10', 'Easter', { value: '2021-04-04' }],
	['The strike began on Ash Wednesday.', '2008-03-01', 'Ash Wednesday', { value: '2008-02-06' }],
	['The Easter Rising began in Dublin in 1916, on Easter Monday.', '2016-03-27', 'Easter Monday', { value: '1916-04-24' }],
	['The regime ruled for three years, eight months and 20 days.', undefined, 'three years, eight months and 20 days', { value: 'P3Y8M20D' }],
	['He served two years, and three months later he died.', undefined, 'two years', { value: 'P2Y' }],
	['Prices rose over the past two years and six months.', '2021-11-10', 'the past two years and six months', { value: 'P2Y6M', days: ['2019-05-11', '2021-11-10'] }],
	['Exports fell 3% in March from the same month last year.', '2022-07-01', 'the same month last year', { value: '2021-03' }],
	['Arrivals in the week to Sunday were down on the same week last year.', '2022-07-01', 'the same week last year', { value: '2021-W25' }],
	['Borrowing will reach 394 billion pounds this financial year.', '2020-07-01', 'this financial year', { value: '2020', approximate: true }],
	['Aftershocks have been felt every few hours.', '2020-07-01', 'every few hours', { value: 'PTXH', type: 'SET' }],
	['In the Nineties the Balkans were at war. By the turn of the century, Milosevic had been ousted.', '2016-03-01', 'the turn of the century', { value: '2000', mod: 'APPROX', approximate: true }],
	['In the summer of 1900, at the turn of the century, rebels besieged the legations.', '2016-03-01', 'the turn of the century', { value: '1900' }],
	['Vienna flourished at the turn of the 20th century.', '2016-03-01', 'the turn of the 20th century', { value: '1900', mod: 'APPROX' }],
	// The boundary counted from lies behind; in news, the one looked ahead to after the writing, the one told in the past before it.
	['Completions fell last year. Since the turn of the century prices have risen fourfold.', '2051-03-01', 'the turn of the century', { value: '2000', mod: 'APPROX' }],
	['Sales rose last year. By the turn of the century, sea levels will have risen by a metre.', '2030-03-01', 'the turn of the century', { value: '2100', mod: 'APPROX' }],
	['At the turn of the century the firm was worth $5 billion.', '2060-03-01', 'the turn of the century', { value: '2000', mod: 'APPROX' }],
	['In 1995 he said sales would double by the turn of the century.', '2020-03-01', 'the turn of the century', { value: '2000', mod: 'APPROX' }],
	['The mill was built in 1898 and employed 2,000 people at the turn of the century.', '2060-03-01', 'the turn of the century', { value: '1900', mod: 'APPROX' }],
	['The clerk, who has served since the turn of the century, retires this month.', '2026-03-01', 'the turn of the century', { value: '2000', mod: 'APPROX' }],
	// "the new year": the next one said of what is to come, the last one of what was.
	['There would be no new restrictions in England before the new year.', '2021-12-27', 'the new year', { value: '2022' }],
	['Prices will rise in the new year.', '2022-07-01', 'the new year', { value: '2023' }],
	// Counted from a time that opens a year, what is to come is that year.
	["Italy must refinance debt in January, and Greece's bailout talks resume in the new year.", '2011-12-31', 'the new year', { value: '2012' }],
	['Schools reopened after the New Year.', '2022-01-04', 'the New Year', { value: '2022' }],
	// What an infinitive sets going lies ahead of its verb; a present perfect speaks from the writing.
	['The board has ordered an inquiry into the collapse, to begin in the new year.', '2043-11-20', 'the new year', { value: '2044' }],
	['In October 1931 the board ordered an inquiry, to begin in the new year.', '2043-11-20', 'the new year', { value: '1932' }],
	// A decade or a century told of names no year a new one begins near.
	['The dam, built in the 1960s, has been drained. Engineers said cracks had appeared since the new year.', '2051-02-14', 'the new year', { value: '2051' }],
	// The next year to begin after a night that runs into it is the one it runs into.
	['Revellers packed the square tonight, as Kiribati became the first country to enter the new year.', '2044-12-31', 'the new year', { value: '2045' }],
	// A clause that speaks from the writing counts from it, not from a time named ahead; a reported one from the story.
	['Unions will ballot members in the week after next, and the minister hopes to settle the dispute before the new year.', '2054-12-29', 'the new year', { value: '2055' }],
	['In 2019 the firm said it would hire more staff in the new year.', '2027-03-01', 'the new year', { value: '2020' }],
	// A limit the story reaches in the past lies ahead of the story's time (in a narrative, see below).
	['In October 1899 the Boers closed in on the town. Food ran short by the new year.', '2031-05-01', 'the new year', { value: '1900' }],
	// In news, one told in the past from the writing is the last that came.
	['Sales had recovered by the new year, the company said.', '2021-03-10', 'the new year', { value: '2021' }],
	// A time named ahead of the writing is no story's: what is said is said at the writing.
	['The statues will go on show from Easter. The minister said talks would begin early in the new year.', '2041-10-14', 'early in the new year', { value: '2042', mod: 'START' }],
	['In May 1961, Kennedy promised that America would land a man on the Moon before the end of the decade.', '2011-05-25', 'the end of the decade', { value: '196', mod: 'END' }],
	['Sales fell in 2019, and the company hopes to recover by the end of the decade.', '2021-05-25', 'the end of the decade', { value: '202', mod: 'END' }],
	['The Bank of England expects growth to return in the final quarter.', '2020-08-12', 'the final quarter', { value: '2020-Q4' }],
	['Reconstruction in the south will take until at least 2009.', '2007-07-12', '2009', { value: '2009' }],
	['Donors have pledged $2bn in the five days since the disaster, and cities will cancel celebrations.', '2004-12-31', 'the five days', { value: 'P5D', type: 'DURATION' }],
	['In epidemiological week 37, Sierra Leone reported 120 new cases.', '2014-09-20', 'epidemiological week 37', { value: '2014-W37', days: ['2014-09-08', '2014-09-14'] }],
	['Output fell in week 12 of 2020.', '2021-09-06', 'week 12 of 2020', { value: '2020-W12', basis: 'stated' }],
	['Cases peaked in week 53 of 2021.', '2022-01-20', 'week 53 of 2021', { value: '', span: false, diagnostic: 'impossible-date' }]
]);

table('a timeline under year headings', [
	[TIMELINE, '2021-09-06', '1979', { value: '1979', basis: 'stated' }],
	[TIMELINE, '2021-09-06', 'December 24', { value: '1979-12-24', anchor: '1979' }],
	[TIMELINE, '2021-09-06', 'December 27', { value: '1979-12-27' }],
	[TIMELINE, '2021-09-06', '15 February', { value: '1989-02-15', anchor: '1989' }],
	[TIMELINE, '2021-09-06', 'March', { value: '1989-03' }],
	// Prose after the timeline, in a line of its own words, is the article's again.
	['1989\n15 February: The last Soviet soldier leaves.\n\nThe city fell in March, officials said.', '2021-09-06', 'March', { value: '2021-03' }]
]);
const ENTRIES = '1978 – Mass protests spread across Iran.\n1979 – The Shah leaves the country in January; Khomeini returns on 1 February.\n1980 – Iraq invades Iran in September.';
const DATED_ENTRIES = ['Timeline: key dates in the war', '15 April - Fighting erupts in the capital.', '1 May - Both sides agree to extend the truce by a week.', 'Friday: The airport reopens.', '1 June - Talks will resume in Jeddah.'].join('\n');
const ENTRIES_OVER_NEW_YEAR = ['Dec 2019: A cluster of pneumonia cases is reported in Wuhan.', '11 Mar: The WHO declares a pandemic.'].join('\n');

/** News that tells a story of years before dates that story's months by it, within its paragraph. */
table('a story of years before, told in the news', [
	// A date in a clause in the present (a charge, a claim) opens no story.
	['The men deny conspiracy to commit burglary between 1 and 5 April 2015. The trial, which began on 9 January, was halted.', '2017-02-07', '9 January', { value: '2017-01-09' }],
	['Twenty years on, Sarajevo remembers. A mortar shell hit the Markale market on 5 February 1994. In August, NATO jets struck Serb positions.', '2014-02-05', 'August', { value: '1994-08' }],
	['Mubarak resigned on 11 February 2011 after 18 days of protests. On 3 March, the army named a new cabinet.', '2021-02-11', '3 March', { value: '2011-03-03' }],
	['A vendor set himself on fire on 17 December 2010. He died on 4 January, and ten days later the president fled.', '2021-01-25', 'ten days later', { value: '2011-01-14' }],
	// A story a year and more before the writing, in another calendar year, is one too.
	['The carrier grounded off Anglesey on the night of 23/24 January 2038. Salvors refloated her on 2 February, nine days after the grounding.', '2039-09-12', '2 February', { value: '2038-02-02' }],
	// Less than a year before, the month after the story and the one before the writing are the same.
	['The strike began on 14 December 2038. Talks resumed on 2 February.', '2039-09-12', '2 February', { value: '2039-02-02' }],
	// A sentence with no date of its own may lie between: the story goes on.
	['Iraq invaded Kuwait on 2 August 1990. Western governments froze its assets. On 29 November the Security Council set a deadline.', '2020-08-02', '29 November', { value: '1990-11-29' }],
	// A date that names an event is recalled, and the news goes on in its own time.
	['Iran accepted the August 1988 cease-fire. It condemned the invasion of Kuwait on Aug. 2.', '1990-08-15', 'Aug. 2', { value: '1990-08-02' }],
	// So does a date that dates a thing after "of"; a time of its own ("a strike in March 2040") opens one.
	["The canal reopened today. Work was held up by the dockers' strike of March 2040 and by a lawsuit, which a court dismissed on Sept. 9.", '2041-10-02', 'Sept. 9', { value: '2041-09-09' }],
	['The canal reopened today. Work was held up by a strike in March 2040 and by a lawsuit, which a court dismissed on Sept. 9.', '2041-10-02', 'Sept. 9', { value: '2040-09-09' }],
	// A year in passing opens no story.
	['He was first elected in 2015. In March, he resigned.', '2021-06-01', 'March', { value: '2021-03' }],
	['A shell hit the market on 5 February 1994.\n\nIn August, the council met again.', '2022-10-01', 'August', { value: '2022-08' }],
	// "The end of the month" is the story's month, and "the end of the year" its year.
	['On 20 October 2011 Gaddafi was captured and killed near Sirte. The Nato mission ended at the end of the month.', '2021-02-17', 'the end of the month', { value: '2011-10', mod: 'END' }],
	['The bomb exploded on 6 August 1945. By the end of the year, some 140,000 people had died.', '2015-08-06', 'the end of the year', { value: '1945', mod: 'END' }],
	['Prices rose in March. They will keep rising until the end of the year.', '2015-08-06', 'the end of the year', { value: '2015', mod: 'END' }],
	// A date measured from ("since Sept. 17, 2001") opens no story.
	['The Dow fell 504 points, its biggest one-day drop since Sept. 17, 2001. Lehman had reported a loss for its third quarter only last Wednesday.', '2008-09-15', 'third quarter', { value: '2008-Q3' }],
	// Nor does a season looked back to after a month of its sentence.
	['The judge said the cracks, found in an inspection in May 2024, had been hidden since the tower was finished in the autumn of 2019. The trial, which opened on 3 March, lasted 40 days.', '2026-06-12', '3 March', { value: '2026-03-03' }],
	// A time in a clause of its own, or one counted from the story, is still the story's.
	['Over 800,000 were killed after the genocide began in April 1994. It ended in July.', '2024-05-10', 'July', { value: '1994-07' }],
	['The ship ran aground on 24 January 2038. The alarm had been off since she left Rotterdam five days earlier. Salvors refloated her on 2 February.', '2039-09-12', '2 February', { value: '2038-02-02' }],
	// A past perfect looks back from where the story is.
	['The killing began on 7 April 1994. By mid-July, 800,000 people had been killed. The council had not authorised a new force until 17 May.', '2019-04-05', '17 May', { value: '1994-05-17' }],
	// The present perfect runs up to the writing; a clause describing a name, or a record measured back to
	// an event, opens no story either; "the night before" still counts from such a clause's time.
	['Rebels seized the eastern districts in July 2012. Some 35,000 people have been evacuated since Dec. 15.', '2016-12-22', 'Dec. 15', { value: '2016-12-15' }],
	['The Queen, who came to the throne in February 1952, celebrated her Platinum Jubilee in June.', '2022-09-08', 'June', { value: '2022-06' }],
	['The pilot, a 41-year-old veteran wounded over the Andes in May 2051, flew the prototype at 6.40am on 9 February.', '2054-03-01', '9 February', { value: '2054-02-09' }],
	['The museum, which was the first in Wales to charge no fee, in May last year, said visits had doubled since March.', '2038-09-20', 'March', { value: '2038-03' }],
	// Nor does a date a state has lasted since, unless a story was told before it.
	['The bishop had led the diocese for 41 years, since his consecration on 3 March 1995. He opened the new cathedral in May.', '2036-09-10', 'May', { value: '2036-05' }],
	// Nor a stretch of years written by its days.
	['Auditors said the treasurer moved funds between 2/1/2031 and 10/31/2034. A jury convicted him on April 9 after a two-week trial.', '2036-06-20', 'April 9', { value: '2036-04-09' }],
	['The probe, launched in March 2019, reached its orbit in May.', '2024-08-01', 'May', { value: '2024-05' }],
	['The lifeboat launched at 3:10 p.m. yesterday. Its coxswain, a fisherman who served in the navy from 1998 to 2004, was hurt that evening.', '2041-02-18', 'that evening', { value: '2041-02-17TEV' }],
	['The tour opens on Friday. The band, who formed in Leeds in 2031 and split a decade later, reunited last year.', '2066-05-03', 'a decade later', { value: '2041' }],
	['The probe was launched in March 2019. It reached its orbit in May.', '2024-08-01', 'May', { value: '2019-05' }],
	['The siege of Srebrenica ended in a massacre, which began on 11 July 1995. In August, Croatia launched Operation Storm.', '2020-07-11', 'August', { value: '1995-08' }],
	// Nor does one set off in a sentence that reports what the name said; one that tells more of the story may.
	['The minister, who became head of the ports board in June 2061, told reporters that the harbour could not go on losing money. During the winter, the stormiest since 2040, the ferries sailed on 30 days.', '2063-03-28', 'the winter', { value: '2062-WI' }],
	['The inquiry, which opened on 14 June 2061, lasted eleven days. The board was fined in the autumn.', '2063-03-28', 'the autumn', { value: '2061-FA' }],
	// Nor does one in a sentence that goes on in the past perfect: a part of the day after it is the story's.
	["The regatta opened on Tuesday morning, and at about eleven o'clock the first race was started. The collier Wren, which sailed from Blyth on the 2nd of June, had lost her mainmast off Flamborough. Racing went on until dusk.", '1880-06-12', 'dusk', { value: '1880-06-08TEV' }],
	['The regatta opened on Tuesday morning. The collier Wren, which sailed from Blyth on the 2nd of June, anchored off the pier. Her crew went ashore at dusk.', '1880-06-12', 'dusk', { value: '1880-06-02TEV' }],
	// A clause that picks out a thing by what was done to it opens no story after its sentence.
	['The judge said he had spent the money on a villa in Madeira, which he bought in the autumn of 2026. She set a confiscation hearing for 29 August.', '2031-05-16', '29 August', { value: '2031-08-29' }],
	['The killing began on 7 April 1994. Most of those killed since the start of the genocide in April were Tutsi. In July, the RPF took Kigali.', '2019-04-05', 'July', { value: '1994-07' }],
	['Biden will mark the anniversary of the Good Friday Agreement, signed on April 10, 1998. Petrol bombs were thrown in Derry on Easter Monday.', '2023-04-10', 'Easter Monday', { value: '2023-04-10' }],
	["It was the deadliest shooting since the Sandy Hook massacre in December 2012. The gunman walked in at 2:40 p.m. on Valentine's Day.", '2018-02-15', "Valentine's Day", { value: '2018-02-14' }],
	// Without a date of writing, a time named in passing does not end the story, the text's only time.
	['The steamer struck the reef at 2.10 a.m. on Tuesday, 14 March 1911. The light, built in 1872 to guard the channel, had been dark since the autumn.', undefined, 'the autumn', { value: '1910-FA' }],
	['The steamer struck the reef at 2.10 a.m. on Tuesday, 14 March 1911. The light, built between 1870 and 1872 to guard the channel, had been dark since the autumn.', undefined, 'the autumn', { value: '1910-FA' }],
	["Rwanda began 100 days of mourning for the genocide, which began on 7 April 1994 after the president's plane was shot down the night before.", '2019-04-07', 'the night before', { value: '1994-04-06TNI' }]
]);

/** Entries of a timeline are told in the historical present: they record what has happened, unless they say it will. */
table('timeline entries led by their dates', [
	[DATED_ENTRIES, '2023-05-02', '1 May', { value: '2023-05-01' }],
	[DATED_ENTRIES, '2023-05-02', 'Friday', { value: '2023-04-28' }],
	[DATED_ENTRIES, '2023-05-02', '1 June', { value: '2023-06-01' }],
	[ENTRIES_OVER_NEW_YEAR, '2020-12-31', '11 Mar', { value: '2020-03-11' }],
	['31 December 2019: Wuhan reports a cluster of cases. 11 January: China reports the first death.', '2020-12-31', '11 January', { value: '2020-01-11' }]
]);

/** A time ends with its entry's line: the date heading the next line is no part of it. */
const ENTRIES_ENDING_IN_TIMES = ['23 Mar – Lockdown is announced at 8.30pm', '4 Jun – Cases pass 6.5 million', '2011 – The party wins a majority in May', '2014 – Voters reject independence on 18 September', '2016 – The UK votes to leave'].join('\n');
table('timeline entries ending in a time', [
	[ENTRIES_ENDING_IN_TIMES, '2022-06-28', '8.30pm', { value: '2022-03-23T20:30' }],
	[ENTRIES_ENDING_IN_TIMES, '2022-06-28', '4 Jun', { value: '2022-06-04' }],
	[ENTRIES_ENDING_IN_TIMES, '2022-06-28', 'May', { value: '2011-05' }],
	[ENTRIES_ENDING_IN_TIMES, '2022-06-28', '18 September', { value: '2014-09-18' }],
	[ENTRIES_ENDING_IN_TIMES, '2022-06-28', '2016', { value: '2016' }]
]);

/** A month and year leading a line date that line only: its bare days, not the entries after it. */
const MONTH_HEADED_ENTRIES = ['Key dates', 'Jul 2021 - The president is shot dead in the early hours of the 7th', '1983 Aug – The opposition leader is shot dead on the 21st', 'Nov 2012 - Formal negotiations open in Oslo', 'Oct 2012 - The president asks for troops at 8.30pm', 'June 23 - The two sides sign a ceasefire', 'Oct 31 - The ceasefire is due to expire'].join('\n');
table('timeline entries headed by a month and a year', [
	[MONTH_HEADED_ENTRIES, '2016-10-03', 'Jul 2021', { value: '2021-07' }],
	[MONTH_HEADED_ENTRIES, '2016-10-03', 'the 7th', { value: '2021-07-07' }],
	[MONTH_HEADED_ENTRIES, '2016-10-03', '1983 Aug', { value: '1983-08' }],
	[MONTH_HEADED_ENTRIES, '2016-10-03', 'the 21st', { value: '1983-08-21' }],
	[MONTH_HEADED_ENTRIES, '2016-10-03', 'June 23', { value: '2016-06-23' }],
	// a clock time on such a line is of some day of its month, not of the day of writing
	[MONTH_HEADED_ENTRIES, '2016-10-03', '8.30pm', { value: '2012-10', approximate: true }],
	[MONTH_HEADED_ENTRIES, '2016-10-03', 'Oct 31', { value: '2016-10-31' }]
]);

table(
	'timeline entries headed by a year and a month (narrative)',
	[
		['2051 Mar – The dam is closed.\n2051 Nov – Rain returns in the last week of the month.', undefined, 'the last week of the month', { value: '2051-11', mod: 'END' }],
		['2051 Mar – The dam is closed.\n2051 Nov – The rains return later this month.', undefined, 'later this month', { value: '2051-11', mod: 'END' }],
		// "The year" told in a line's present is the year heading the line.
		['1952 – A royal warrant is granted in February.\n1971 – The firm is taken over in May. The old mill closes at the end of the year.', undefined, 'the end of the year', { value: '1971', mod: 'END' }],
		// "Next year" told in it counts from that year, on a line under a year heading too.
		['1952 – A royal warrant is granted in February.\n1971 – The firm is taken over in May. The old mill closes next year.', undefined, 'next year', { value: '1972' }],
		['2047\nIn April, engineers report that the lake has risen by a metre. A survey of its reed beds is planned for next year.', undefined, 'next year', { value: '2048' }],
		// (Told in the past, "last year" counts from the story's time, the line's month.)
		['1988\nIn June, the club wins the cup it lost last year.', undefined, 'last year', { value: '1987' }]
	],
	{ mode: 'narrative' }
);

table('a timeline in a news story: "next year" told on a year\'s line is the year after that line\'s', [
	['The dispute in brief:\n2016 – Talks collapse in March; a new round is promised for next year.\n2018 – The treaty is signed.', '2023-05-02', 'next year', { value: '2017' }],
	// (A line of prose keeps the writing's.)
	['Talks collapsed in 2016. A new round is promised for next year.', '2023-05-02', 'next year', { value: '2024' }]
]);

table('a timeline of entries led by their years', [
	[ENTRIES, '2019-02-11', '1978', { value: '1978' }],
	[ENTRIES, '2019-02-11', 'January', { value: '1979-01' }],
	[ENTRIES, '2019-02-11', '1 February', { value: '1979-02-01' }],
	[ENTRIES, '2019-02-11', 'September', { value: '1980-09' }]
]);
/** A month or a season may lead an entry under its year heading, as a year does. */
const MONTH_ENTRIES = ['1992', 'April: War breaks out in Bosnia.', 'May: Sarajevo is encircled.', '2003', 'Summer: Militias burn hundreds of villages.', '- March – A ceasefire is signed.', '1986 May: The reactor burns.', '1958 Summer – A new stillhouse is built.', '2011', 'Winter: Floods close the works.'].join('\n');
table('timeline entries led by a month or a season', [
	[MONTH_ENTRIES, '2015-07-11', 'May', { value: '1992-05' }],
	[MONTH_ENTRIES, '2015-07-11', 'Summer', { value: '2003-SU' }],
	[MONTH_ENTRIES, '2015-07-11', 'March', { value: '2003-03' }],
	[MONTH_ENTRIES, '2015-07-11', '1986 May', { value: '1986-05', basis: 'stated' }],
	[MONTH_ENTRIES, '2015-07-11', '1958 Summer', { value: '1958-SU', basis: 'stated' }],
	// A year on a line of its own heads the lines under it; it does not join them.
	[MONTH_ENTRIES, '2015-07-11', 'Winter', { value: '2011-WI' }]
]);
const SINCE = 'The Estates-General met at Versailles on 5 May 1789, for the first time since 1614. On 20 June, the deputies swore an oath. That year, the Bastille fell.';
/** A date written just after a day the text counted to restates it. */
table('a day restated (narrative)', [
	['The WHO declared an emergency on 30 January 2020 and, six weeks later, on 11 March, called it a pandemic. By early April, cities were locked down.', undefined, '11 March', { value: '2020-03-11' }],
	['The WHO declared an emergency on 30 January 2020 and, six weeks later, on 11 March, called it a pandemic. By early April, cities were locked down.', undefined, 'early April', { value: '2020-04', mod: 'START' }]
], { mode: 'narrative' });
table('a look back in passing (news)', [
	['Bushfires swept across Victoria yesterday, the deadliest day of fire in its history, surpassing Ash Wednesday in 1983. Temperatures reached 46.4C at about 3pm.', '2009-02-08', 'about 3pm', { value: '2009-02-07T15:00' }],
	// "that year" is not the year of writing; a record measured back to a year is a look back.
	['Karadzic was sentenced on Thursday over the massacre of 1995, in which 8,000 men were killed in July of that year.', '2016-03-24', 'July of that year', { value: '1995-07' }],
	// The time a state has lasted since is no time the story moved to: "that day" stays on the story's day.
	['The liner was sunk by her crew on Sunday. She had lain in the harbour since March, and her captain believed the truce ended at noon that day.', '1941-06-24', 'noon that day', { value: '1941-06-22T12:00' }],
	// A record's start is no year a season after it is in.
	['The yield, which touched its highest level since 2031 in the summer, ended at 4.2%.', '2043-12-28', 'the summer', { value: '2043-SU' }],
	['A quake struck Sumatra shortly before 8 a.m. on Sunday. It was the strongest since 1964, when Alaska was hit. The waves reached Sri Lanka about two hours later.', '2004-12-26', 'about two hours later', { value: '2004-12-26T10:00' }],
	// A time a thing was done before, set beside it with "as", is a look back.
	['The Treasury has lifted the gold limit, as it did in March 2031. The banks that closed in the second week of April were in Leeds.', '2038-05-10', 'the second week of April', { value: '2038-04', mod: 'MID' }],
	['Prices fell sharply, as in 2029. Sales in the first week of April slumped.', '2038-05-10', 'the first week of April', { value: '2038-04', mod: 'START' }],
	// A clause opened by ", when" tells of the time looked back to, or a state has lasted since.
	['It was the heaviest snowfall since Monday, when drifts closed the pass at four o\'clock in the afternoon.', '2044-03-06', "four o'clock in the afternoon", { value: '2044-02-29T16:00' }],
	['The valley has been under water since Wednesday, when the dam gave way at about nine o\'clock in the evening.', '2044-03-06', "about nine o'clock in the evening", { value: '2044-03-02T21:00' }],
	// The day of a saying is no time the story is at: what was said of is no look back from it.
	['Norfolk Mills said today that profit for its fiscal third quarter rose 9%. Sales for the quarter rose 4%.', '2019-02-14', 'the quarter', { value: '2018-Q3' }],
	// A season looked back to from a day the story told stays a look back: a clock after it is of that day.
	[
		'BOSTON, Thursday, May 4. — The committee met at Faneuil Hall yesterday afternoon and voted to form a league. Mr. Hale, who first urged such a league in the winter, was made chairman. The meeting, which opened at eight o\'clock in the evening, lasted two hours.',
		'1871-05-04',
		"eight o'clock in the evening",
		{ value: '1871-05-03T20:00' }
	],
	// The time a change is measured from, before the day its sentence told, is no time the story moved to.
	['Copper broke sharply on the London Metal Exchange today, closing at £412 a ton, down £9 from Friday\'s close. Dealing was heavy in the session, which ran from 11 a.m. until 4.30 p.m.', '2041-06-10', '11 a.m. until 4.30 p.m', { value: '2041-06-10T11:00/2041-06-10T16:30' }],
	['Copper closed today at £412 a ton, compared with £421 on Friday. The exchange shut at 4.30 p.m.', '2041-06-10', '4.30 p.m', { value: '2041-06-10T16:30' }],
	['Rubber closed yesterday at 31 cents, higher than Monday\'s price. Trading ended at 3 p.m.', '1936-10-15', '3 p.m', { value: '1936-10-14T15:00' }],
	// With no day told before it in its sentence, the time compared from is where the story is.
	['Copper fell today from Friday\'s level.', '2041-06-10', 'Friday', { value: '2041-06-07' }],
	['Copper fell on Friday from Tuesday\'s level. The exchange shut at 4.30 p.m.', '2041-06-10', '4.30 p.m', { value: '2041-06-07T16:30' }],
	// What lies ahead is no look back: a time of the night to come is of the day of writing.
	['Hotels had been booked solid since last autumn, and celebrations are expected to go on well into the night.', '2031-07-12', 'the night', { value: '2031-07-12TNI' }]
]);

/** A time a plan sets, told from the past, and a time denied, are not times the story has reached. */
table('a plan ahead of the story, and a time denied (narrative)', [
	['On 2 March 1861 the governor announced that the railway would open on 20 November. Work on the bridge stopped on 9 May.', undefined, '9 May', { value: '1861-05-09' }],
	['On 2 March 1861 the governor announced that on 20 November the first train would leave at 7 a.m.', undefined, '7 a.m', { value: '1861-11-20T07:00' }],
	['On 4 April 1802 the admiral announced that the fleet would sail not in May 1803, as the ministry had wished, but on 12 September. It anchored off Brest on 2 October.', undefined, '12 September', { value: '1802-09-12' }],
	['On 4 April 1802 the admiral announced that the fleet would sail not in May 1803, as the ministry had wished, but on 12 September. It anchored off Brest on 2 October.', undefined, '2 October', { value: '1802-10-02' }],
	['On 12 January 1789 the king summoned the council. It met not in May 1790, as some had feared, but on 3 June. It rose on 20 July.', undefined, '3 June', { value: '1789-06-03' }],
	['On 12 January 1789 the king summoned the council. It met not in May 1790, as some had feared, but on 3 June. It rose on 20 July.', undefined, '20 July', { value: '1789-07-20' }],
	// "That day" right after the day a plan set is that day.
	['The rebels reached the river on 2 June 1746, and their captain agreed to cross on the 5th. On the evening of that day the first boats put out.', undefined, 'the evening of that day', { value: '1746-06-05TEV' }],
	['The rebels reached the river on 2 June 1746, and their captain agreed to cross on the 5th. The ford was deep. The scouts came back. On the evening of that day the first boats put out.', undefined, 'the evening of that day', { value: '1746-06-02TEV' }],
	// A plan undone ("was to have") is told from after its time as often as before: the nearest one is meant.
	['Diary of a survey party on the Mackenzie, 1874.\n\nMay 3. — Broke camp at six.\n\nJune 20. — The steamer, which was to have brought our stores in May, has not come.', undefined, 'May', { value: '1874-05' }],
	['On 14 October 1805 the admiral wrote that the frigates, which were to have joined him in September, were still at Gibraltar.', undefined, 'September', { value: '1805-09' }],
	// A plan made at the story's moment lies ahead of it.
	['On 14 October 1805 the admiral wrote that the frigates were to join him in September.', undefined, 'September', { value: '1806-09' }]
], { mode: 'narrative' });
table('a plan ahead of the story (news)', [
	['Operators said that on Thursday the first trains would leave at 07:15.', '2055-03-14', '07:15', { value: '2055-03-18T07:15' }]
]);

table('years after verbs of a period, and the midnight that ends tonight', [
	['Bitcoin began 2018 about 12% below its record.', '2018-01-02', '2018', { value: '2018' }],
	['The deal extends the ceasefire by 72 hours from midnight tonight.', '2023-04-30', 'midnight', { value: '2023-04-30T24:00' }]
]);

const CHAMPIONS = 'Brazil beat Italy in the final in Mexico City on 21 June 1970. The Italians, finalists in 1934 and 1938, conceded again shortly after 1 p.m.';
const LANDINGS = 'The Allied landings began at dawn on 6 June 1944. Montgomery, who had commanded the Eighth Army in 1942 and 1943, came ashore at about 4 p.m.';
const ARMADA = 'The Armada sailed from Lisbon on 28 May 1588. Drake, who had raided Cádiz in 1587, met it off Plymouth on 31 July.';
/** A year looked back to in passing, after a finer date of its sentence or in a clause describing a name, does not move the story. */
const ICEBERG = "At 11.40 p.m. on Sunday, 14 April 1912, the ship struck an iceberg. The first boat was lowered at about 12.45 a.m., and rescuers arrived at about four o'clock.";
const LOG_ENTRY = 'The brig sailed from Boston on 7 November 1872. Four weeks later, on 4 December, a passing ship found her drifting. Her last log entry was for 25 November. A hearing opened on 17 December. She was refitted by 3 November.';
/** A story told forward goes back to a day of the weeks just before it, not on to the next year's. */
table('a day just before the story (narrative)', [
	[LOG_ENTRY, undefined, '25 November', { value: '1872-11-25' }],
	[LOG_ENTRY, undefined, '17 December', { value: '1872-12-17' }],
	// A month and more before it, the story has moved on.
	[LOG_ENTRY, undefined, '3 November', { value: '1873-11-03' }],
	// A day a past perfect names looks back from where the story has got to, which may be days past its last date.
	['The army crossed the frontier on 25 March 1809. Within a week it held the passes, and the general, who had gathered his reserves at Ulm on 3 April, ordered the advance.', undefined, '3 April', { value: '1809-04-03' }],
	['The army crossed the frontier on 25 March 1809. The general, who had been made a marshal on 10 February, rode at its head.', undefined, '10 February', { value: '1809-02-10' }],
	['The army crossed the frontier on 25 March 1809. The war had begun in April.', undefined, 'April', { value: '1808-04' }],
	// The time a perfect is told from, which the story reaches, may lie a little behind the last date told.
	['Relief log, 2041.\n2 March: The dam fails.\n9 April: The roads reopen.\n\nBy the end of March more than 4,000 families had been rehoused.', undefined, 'the end of March', { value: '2041-03', mod: 'END' }],
	['Relief log, 2041.\n2 March: The dam fails.\n9 April: The roads reopen.\n\nBy early May the last camp had been closed.', undefined, 'early May', { value: '2041-05', mod: 'START' }]
], { mode: 'narrative' });

/** After a late hour told with its day (the clock before the day), a narrative's small hours are the next day's. */
const SURGE =
	'The surge came on 31 January 1953. The water topped the sea wall shortly before midnight. By two in the morning it was in our kitchen, and we sat on the stairs until first light. Many died in the town that night.';
table('small hours after a late hour (narrative)', [
	[ICEBERG, undefined, 'about 12.45 a.m.', { value: '1912-04-15T00:45' }],
	[ICEBERG, undefined, "about four o'clock", { value: '1912-04-15T04:00' }],
	// Small hours after the midnight that closes a day are the next day's; "that night" told from the
	// morning after is the night the story has just told of.
	[SURGE, undefined, 'two in the morning', { value: '1953-02-01T02:00' }],
	[SURGE, undefined, 'first light', { value: '1953-02-01TMO' }],
	[SURGE, undefined, 'that night', { value: '1953-01-31TNI' }],
	// "The next morning" told from small hours that name no day of their own ends their night; after a day
	// named with them, it is the morning after that day.
	['The storm broke on the evening of 15 October 1987. The worst of the wind came between 2 a.m. and 5 a.m. I went out at half past six the next morning.', undefined, 'the next morning', { value: '1987-10-16TMO' }],
	['The convoy was ambushed at 2 a.m. on Sunday 4 May 1986. The survivors reached the base the next morning.', undefined, 'the next morning', { value: '1986-05-05TMO' }],
	['On 4 June 1916 the column set out at 5 a.m. That night they camped by the river.', undefined, 'That night', { value: '1916-06-04TNI' }],
	// An hour that does not say its half of the day, after a morning hour told beside "this morning", is the afternoon's.
	['Log of the Nile steamer, 1884.\n\nNov. 30. — Left the landing at about ten this morning. At four o\'clock we sighted the cataract.', undefined, "four o'clock", { value: '1884-11-30T16:00' }],
	// "Near" introduces a clock, as "about" does; an hour between two the day has told is of the stretch they bound.
	['Diary of a curate, 1839.\n\nJan. 7. — The gale began about midnight and did not drop until near six this morning; we sat up from three o\'clock.', undefined, 'near six', { value: '1839-01-07T06:00', mod: 'APPROX' }],
	['Diary of a curate, 1839.\n\nJan. 7. — The gale began about midnight and did not drop until near six this morning; we sat up from three o\'clock.', undefined, "three o'clock", { value: '1839-01-07T03:00' }],
	// A midnight a state has lasted since, in an entry, is the one its day began with.
	['Log of the barque Lanark, 1911.\n\nFeb. 3. — Heavy sea from the west since midnight; two men hurt.', undefined, 'midnight', { value: '1911-02-03T00:00' }],
	// So after last night's hour told in the entry: the state has lasted since the midnight the entry's day began with.
	['Log of the barque Lanark, 1911.\n\nFeb. 3. — Hove to last night at 22:40. Heavy sea from the west since midnight; two men hurt.', undefined, 'midnight', { value: '1911-02-03T00:00' }]
], { mode: 'narrative' });

const TREMOR =
	'The second tremor struck the port at 2.10 p.m. on Monday 3 November 2036. The old sea wall had come through the larger quake of the previous April, which hit at 4.35 a.m. when the quays were empty. This time the wall gave way. Divers were still searching at half past five that afternoon. That night the harbour was closed.';
const FLASHBACK = 'The expedition sailed from Hobart in the spring of 1911. Its ship had been refitted in 1909, after a collision. It reached the pack ice on 2 December, and the next day the first seals were taken.';
const DAM = 'The dam was finished in the summer of 1936. An earlier dam on the river had failed in 1928. The lake filled on 14 August.';
table('a look back in passing (narrative)', [
	[SINCE, undefined, '20 June', { value: '1789-06-20' }],
	[SINCE, undefined, 'That year', { value: '1789' }],
	// Years in a clause describing a name, before the day the story has reached, are named in passing.
	[CHAMPIONS, undefined, '1 p.m', { value: '1970-06-21T13:00' }],
	[LANDINGS, undefined, 'about 4 p.m', { value: '1944-06-06T16:00' }],
	[ARMADA, undefined, '31 July', { value: '1588-07-31' }],
	[ARMADA, undefined, '1587', { value: '1587' }],
	// A time a past perfect names before the story's is a flashback: the next sentences' dates are the story's.
	[FLASHBACK, undefined, '2 December', { value: '1911-12-02' }],
	[FLASHBACK, undefined, 'the next day', { value: '1911-12-03' }],
	[DAM, undefined, '14 August', { value: '1936-08-14' }],
	// A warning counted back from the story's day was given then; it foretells nothing the clocks after it are in.
	['The lighthouse keepers left the rock on 9 November 1881. They had been warned three days earlier. At four o\'clock the lamp went out.', undefined, "four o'clock", { value: '1881-11-09T04:00' }],
	// A year that dates a thing, wholly before the story's day, looks back in passing.
	['The offensive opened on 1 July 1944. By noon we had crossed the canal. The advance then stuck in the old trenches of 1940. On the 9th we were pulled out, and a week later we were back at the coast.', undefined, 'the 9th', { value: '1944-07-09' }],
	['The offensive opened on 1 July 1944. By noon we had crossed the canal. The advance then stuck in the old trenches of 1940. On the 9th we were pulled out, and a week later we were back at the coast.', undefined, 'a week later', { value: '1944-07-16' }],
	// The first time a text names may be a plan, and open the story.
	['The liner was to have sailed from Southampton on 4 June 1921. Her keel had been laid in May 1919. The crew came aboard shortly after noon.', undefined, 'noon', { value: '1921-06-04T12:00' }],
	// The first time a text names may be in the past perfect, and open the story.
	['The volcano had been smoking since January 1944. On the afternoon of 18 March lava poured out.', undefined, 'the afternoon of 18 March', { value: '1944-03-18TAF' }],
	// A clock in the sentence of a month a past perfect looks back to is of that month, on a day not given;
	// the story stays on its day.
	[TREMOR, undefined, '4.35 a.m.', { value: 'XXXX-XX-XXT04:35', span: false }],
	[TREMOR, undefined, 'half past five', { value: '2036-11-03T17:30' }],
	[TREMOR, undefined, 'That night', { value: '2036-11-03TNI' }],
	// Any superlative in "-iest" names a record, measured back to a time the story is not at.
	['The gale struck on the night of 16 October 1987. The bill was the costliest since January 1953. An inquiry sat that winter.', undefined, 'that winter', { value: '1987-WI' }],
	// A coarser time that holds the day the story is at has not moved it: the rest of a summer from that day.
	['The river burst its banks on Tuesday 14 June 1910. We lived upstairs for the rest of the summer. The army brought boats on the 19th.', undefined, 'the 19th', { value: '1910-06-19' }],
	// One that does not hold it has: a 19th of that autumn, as near as the text gives it.
	['The river burst its banks on Tuesday 14 June 1910. The town was rebuilt in the autumn. The council met on the 19th.', undefined, 'the 19th', { value: '1910-FA', approximate: true }]
], { mode: 'narrative' });
const FLOODS = 'Floods hit the delta in 2016. On Tuesday, August 2, the dykes broke.';
/** A weekday given with a day and month says which year they are in; a year stated with them is kept. */
table('a weekday with its date picks the year', [
	// Of the occurrences around the base, the one that fits and lies the way the tense looks.
	['The firm was founded in 2019. On Monday, 5 October, it opened a shop.', '2021-09-06', 'Monday, 5 October', { value: '2020-10-05', anchor: '2021-09-06', diagnostic: null }],
	// Else one of the latest years the text named, where it fits: 2 August 2022 is a Tuesday too, but it lies
	// after the writing of a text that tells it in the past.
	[FLOODS, '2021-09-06', 'Tuesday, August 2', { value: '2016-08-02', anchor: '2016', diagnostic: null }],
	[FLOODS, undefined, 'Tuesday, August 2', { value: '2016-08-02', anchor: '2016' }],
	['The firm was founded in 2019. On Saturday, 5 October, it opened a shop.', '2021-09-06', 'Saturday, 5 October', { value: '2019-10-05', anchor: '2019' }],
	// Fitting none, the day is placed as it would be alone, and the weekday flagged.
	['Floods hit the delta in 2016. On Friday, August 2, the dykes broke.', '2021-09-06', 'Friday, August 2', { value: '2021-08-02', diagnostic: 'weekday-mismatch' }],
	// 21 August 1968 was a Wednesday; 1969's, a Thursday, is not the year the text states.
	['In 1968, on Thursday, August 21, the tanks entered Prague.', '2021-09-06', 'Thursday, August 21', { value: '1968-08-21', diagnostic: 'weekday-mismatch' }]
]);
table('a weekday with its date picks the year (narrative)', [
	// A flashback's year is passed over by a date without one, unless the weekday fits it and not the story's.
	['It was the autumn of 1936. The shipyard had closed in 1934. We set off on Friday, 5 October.', undefined, 'Friday, 5 October', { value: '1934-10-05', anchor: '1934' }],
	['It was the autumn of 1936. The shipyard had closed in 1934. We set off on Monday, 5 October.', undefined, 'Monday, 5 October', { value: '1936-10-05', diagnostic: null }],
	['It was the autumn of 1936. We set off on Friday, 5 October.', undefined, 'Friday, 5 October', { value: '1936-10-05', diagnostic: 'weekday-mismatch' }]
], { mode: 'narrative' });
const EXPEDITION = 'Diary of the Baltoro expedition, 1954.\n\nJune 3rd. Rest. Ali has fever; we will send him down tomorrow.\nJune 9th. Cleared overnight. I mean to turn back on the 25th if the weather fails.';
const SIEGE_DIARY = 'Leningrad under siege: a diary, 1941.\n\nOct. 3. — The bread ration was cut again this morning. We are told the lake will freeze hard before Christmas.\nNov. 20. — The first lorries crossed the ice today.';
const WHALER_LOG = 'Log of the schooner Wren, 1884.\n\nAug. 14. — Anchored off Nantucket. Lost a man overboard on Monday. On Tuesday the pumps failed. We sail for New Bedford on Saturday.';
const LOCK_LOG =
	'Log of a lock-keeper on the Aire, 1936.\n\nFeb. 3. — Water over the towpath at dawn.\n\nFeb. 6. — Calmer. Thursday, and no barges moving. My brother is to come up from Goole on Monday. The Courier says the floods of Saturday night and Sunday night were the worst in twenty years.';
const BLITZ_DIARY =
	"A Londoner's diary, 1940.\n\nSaturday 7 September. — The docks were bombed this afternoon.\nSunday, 8 September. — The papers say the raids may go on until 15 September. The wireless says the bombers came back yesterday afternoon. The docks burned all through last night, and the guns opened up again this evening.";
const LONG_ENTRY =
	'Journal of a whaling voyage, 1851.\n\nMarch 2. — Calm. Lowered for a school of sperm whales at dawn.\nMarch 5. — A fresh breeze from the south-east all day, with squalls of rain. The carpenter is at work on the starboard boat, stove in by a whale on Sunday, and the cooper has set up forty barrels in the hold. The mate says the oil will fetch a good price at New Bedford. We mean to run for the Azores tomorrow.';
const LIGHTHOUSE_LOG = 'Log of the Fastnet light, 1891.\n\nMarch 9. — The gale rose about midnight and blew until dawn. Lamp cleaned at noon.\nMarch 11. — Fog overnight. Sounded the horn between midnight and 5am.';
const SIEGE_OF_PARIS =
	'Diary of a chemist, Paris, 1870.\n\nDec. 2. — The Prussians are at the gates, not three months after they crossed the frontier in August.\n\nDec. 20. — No meat since October. The Government offered an armistice in January, and the city laughed. The balloon post began in September.';
const ICE_LOG = 'Log of the Belgica, 1897.\n\nMarch 3. — Gale from the south-west.\n\nMarch 4. — The ice broke up in the night, and this morning we made sail. We anchor tonight off the cape.';
const DIARY = 'Diary of a nurse, Malta, 1942.\nThursday 2 April. Raid after raid since dawn.\nSaturday 9 May. New Spitfires flew in this morning.';
const LAMBING =
	'Lambing journal, Glen Affric, 2063.\n\nApril 2. — Lambing began at dawn.\n\nApril 9. — Mild since Sunday. 212 lambs so far, against 180 lambs at the same point last year.\n\nApril 20. — The last ewe lambed at 05:10.';
const CAMP_LETTERS =
	'Letters of a sapper to his mother.\n\nCamp near Kandahar, 2nd March 1880. — Dear Mother, The mail came in on Friday. We march in April.\n\nCamp before Ghazni, 9th May 1880. — We reached the walls last week, and the guns open on Tuesday.';
const LETTERS =
	'Letters of a surveyor from the Yukon.\n\nDawson City, 14th February 1899. — My dear brother, the mail sledge came in on Monday and brought your letter of the 2nd of December. We were snowed in right through Christmas. The claim is to be staked in May, and we mean to start up the creek on the 20th.\n\nFort Selkirk, 3 July 1899. — We reached the fort on Saturday. Tomorrow we go down river, and on the 10th I start the survey of the bar with two miners I met on the boat. I fly home from Vancouver on 2 September and reach Toronto the next evening.';
table('a timeline under year headings (narrative)', [
	[TIMELINE, '2021-09-06', '15 February', { value: '1989-02-15' }],
	// The title of a diary or a log that a year ends dates the lines under it.
	[DIARY, '1992-04-15', 'Thursday 2 April', { value: '1942-04-02', anchor: '1942' }],
	[DIARY, '1992-04-15', 'this morning', { value: '1942-05-09TMO' }],
	// The point of an initial or a short abbreviation may stand in the title; a sentence's end may not.
	['Log of H.M.S. Beagle, 1832.\n\nFeb. 29. — Anchored at Bahia this morning.', undefined, 'Feb. 29', { value: '1832-02-29' }],
	['Letters of Capt. Ross, 1819.\n\nAug. 10. — Sighted ice.', undefined, 'Aug. 10', { value: '1819-08-10' }],
	['We sailed home. The voyage, 1819.\n\nAug. 10. — Sighted ice.', undefined, 'Aug. 10', { value: 'XXXX-08-10' }],
	// A title may run long before its year.
	['Remarks from the log of H.M. surveying schooner Petrel, Strait of Magellan, 1884.\n\nJan. 9. — Weighed at 5 a.m. from Punta Arenas.', undefined, 'Jan. 9', { value: '1884-01-09' }],
	['Log of the expedition ship Skua Point, Ushuaia to the Antarctic Peninsula, 2054.\n\nJan. 5. — A swell of 6 m since last night. Sighted the South Shetlands at 21:40.', undefined, 'Jan. 5', { value: '2054-01-05' }],
	// A time a state has lasted since is no day the entry's story is at: a clock after it is of the entry's day.
	['Log of the expedition ship Skua Point, Ushuaia to the Antarctic Peninsula, 2054.\n\nJan. 5. — Drake Passage. A swell of 6 m since last night; most passengers in their cabins. Sighted the South Shetlands at 21:40.', undefined, '21:40', { value: '2054-01-05T21:40' }],
	// A colon may stand in the title; what an entry looks ahead to does not move the story there.
	[SIEGE_DIARY, undefined, '1941', { value: '1941' }],
	[SIEGE_DIARY, undefined, 'Christmas', { value: '1941-12-25' }],
	[SIEGE_DIARY, undefined, 'Nov. 20', { value: '1941-11-20' }],
	["A letter home\n\nWardens' log, Stepney, 1940.\n7 September. Siren at 4.43 p.m.", '2000-09-07', '7 September', { value: '1940-09-07' }],
	// An entry speaks from the day leading its line: its "tomorrow", its "overnight", and what follows.
	[EXPEDITION, '2004-06-20', 'tomorrow', { value: '1954-06-04' }],
	[EXPEDITION, '2004-06-20', 'June 9th', { value: '1954-06-09' }],
	[EXPEDITION, '2004-06-20', 'overnight', { value: '1954-06-08TNI' }],
	[EXPEDITION, '2004-06-20', 'the 25th', { value: '1954-06-25' }],
	// … and its weekdays: one told as done is the one gone by, one ahead the next, each from the entry's day.
	[WHALER_LOG, undefined, 'Monday', { value: '1884-08-11' }],
	[WHALER_LOG, undefined, 'Tuesday', { value: '1884-08-12' }],
	[WHALER_LOG, undefined, 'Saturday', { value: '1884-08-16' }],
	// A weekday in the subject of a clause a present verb reports takes that clause's past.
	[LOCK_LOG, undefined, 'Saturday night', { value: '1936-02-01TNI' }],
	[LOCK_LOG, undefined, 'Sunday night', { value: '1936-02-02TNI' }],
	// A weekday may lead the entry's day ("Sunday, 8 September. — …"); the entry's "last night" and "this
	// evening" are of that day, past the other days it names.
	[BLITZ_DIARY, undefined, 'last night', { value: '1940-09-07TNI' }],
	[BLITZ_DIARY, undefined, 'this evening', { value: '1940-09-08TEV' }],
	// An entry is written on its day: a midnight it tells of as done is the one the day began with, and so is
	// the midnight in a night before it; a chronology's entry in the historical present is not written on its day.
	// An entry may run to a long paragraph.
	[LONG_ENTRY, undefined, 'tomorrow', { value: '1851-03-06' }],
	[LIGHTHOUSE_LOG, undefined, 'about midnight', { value: '1891-03-09T00:00' }],
	[LIGHTHOUSE_LOG, undefined, 'midnight and 5am', { value: '1891-03-11T00:00/1891-03-11T05:00' }],
	['Journal of a keeper, 1904.\n\nJan. 1. — We kept watch on the gallery last night, and at midnight the ships in the bay sounded their horns.', undefined, 'midnight', { value: '1904-01-01T00:00' }],
	['1989\n9 November: Crowds cross the Berlin Wall shortly after midnight.', undefined, 'midnight', { value: '1989-11-09T24:00' }],
	// A night an entry tells of as done is the one just gone, which began the day before.
	[ICE_LOG, undefined, 'the night', { value: '1897-03-03TNI' }],
	[ICE_LOG, undefined, 'this morning', { value: '1897-03-04TMO' }],
	[ICE_LOG, undefined, 'tonight', { value: '1897-03-04TNI' }],
	// A month an entry tells of as done is placed from its day, as news places one from its writing; one "in"
	// which a thing told was to be may lie ahead, as a plan the entry reports.
	[SIEGE_OF_PARIS, undefined, 'August', { value: '1870-08' }],
	[SIEGE_OF_PARIS, undefined, 'October', { value: '1870-10' }],
	[SIEGE_OF_PARIS, undefined, 'January', { value: '1871-01' }],
	[SIEGE_OF_PARIS, undefined, 'September', { value: '1870-09' }],
	// A letter headed by its place and then its date speaks from that date, as an entry led by its day does.
	[LETTERS, undefined, 'Monday', { value: '1899-02-13' }],
	// A night a perfect looks back to from the morning its sentence told is the night before.
	['Journal of a postmistress, Dornoch, 1902.\n\nOct. 3. — No mail today; the Shin is in flood.\n\nOct. 4. — The mail cart arrived at 7 a.m., the driver having waited out the flood at Bonar Bridge through the night.', undefined, 'the night', { value: '1902-10-03TNI' }],
	// A dash before a clock's hour heads a log's line: "Nov 3 — 09:30" is a day and a clock, no range.
	['Engine-room log, 2061.\n\nNov 3 — 09:30. Pumps started.', undefined, 'Nov 3', { value: '2061-11-03' }],
	// A date heading an entry follows the entry before, whatever that entry looked ahead to.
	['Log of the weather station on Bird Island, 2066.\n\nApril 30. — The supply ship left at noon; none now until September. Nine of us staying on.\n\nMay 12. — Fog since dawn.', undefined, 'May 12', { value: '2066-05-12' }],
	// A year a comparison measures from, in an entry, is no year the next entry is in.
	[LAMBING, undefined, 'April 20', { value: '2063-04-20' }],
	[LAMBING, undefined, '05:10', { value: '2063-04-20T05:10' }],
	// A camp "near" or "before" a place heads its letter as the place does.
	[CAMP_LETTERS, undefined, 'Friday', { value: '1880-02-27' }],
	[CAMP_LETTERS, undefined, 'Tuesday', { value: '1880-05-11' }],
	[LETTERS, undefined, 'the 2nd of December', { value: '1898-12-02' }],
	[LETTERS, undefined, 'Christmas', { value: '1898-12-25' }],
	[LETTERS, undefined, 'Saturday', { value: '1899-07-01' }],
	[LETTERS, undefined, 'Tomorrow', { value: '1899-07-04' }],
	// So does one headed by its place and the larger place it lies in.
	['Letters of a clerk.\n\nMission House, Zanzibar, 10 June 1893. — Dear Mother, We landed on Monday. The mail goes on the 15th.', undefined, 'Monday', { value: '1893-06-05' }],
	// What a letter hopes for lies ahead of its date ("hope to have": "have" after "to" is the infinitive).
	['Letters of a surveyor.\n\nLokoja, 3rd May 1902. — Dear Father, I hope to have my leave in the new year.', undefined, 'the new year', { value: '1903' }],
	// A weekday a plan told in the past set is, in an entry, the nearest, as in news.
	['Journal of a motor tour, 1923.\n\nMay 2. — Left Calais at 8 a.m.\n\nMay 16. — Lyons. The car was due to leave on Monday, but the garage now says Saturday.', undefined, 'Monday', { value: '1923-05-14' }],
	// "Next Sunday", "Sunday next", "last Tuesday" in an entry count from its day.
	['Letters from Italy, 1765.\n\nParis, 14th March 1765. — Dear Father, I am to be presented at Versailles on Sunday next.', undefined, 'Sunday next', { value: '1765-03-17' }],
	['Diary of a curate, 1839.\n\nJan. 9. — The bishop called last Tuesday.', undefined, 'last Tuesday', { value: '1839-01-08' }],
	// A day alone after a month its sentence has named is of that month.
	[LETTERS, undefined, 'the 20th', { value: '1899-05-20' }],
	// "I start" is a present that plans, as "we start" is.
	[LETTERS, undefined, 'the 10th', { value: '1899-07-10' }],
	// A time counted from a plan in its own sentence, told as still to come, counts from the plan.
	[LETTERS, undefined, 'the next evening', { value: '1899-09-03TEV' }]
], { mode: 'narrative' });

table('tense, read further', [
	// A date set for a plan is the plan's, whatever the tense of the planning.
	['The prime minister called regional elections for 21 December.', '2017-10-27', '21 December', { value: '2017-12-21' }],
	['The prime minister called regional elections for 21 December, which his party lost.', '2018-01-15', '21 December', { value: '2017-12-21' }],
	['The vote was scheduled for March 3.', '2021-11-02', 'March 3', { value: '2022-03-03' }],
	// "Fixed", "booked" and their like make a plan only before "for".
	['Her maiden voyage is fixed for the 14th of October.', '1899-04-07', 'the 14th of October', { value: '1899-10-14' }],
	['The auction was booked for March 3.', '2021-11-02', 'March 3', { value: '2022-03-03' }],
	['The pump was fixed on Tuesday.', '2039-03-05', 'Tuesday', { value: '2039-03-01' }],
	// A compound participle before its noun ("state-owned") is no verb: the reported "would" looks ahead.
	['The minister told MPs last night that the mines would be run by a new state-owned company from Monday.', '2033-03-04', 'Monday', { value: '2033-03-07' }],
	// A gerund after "before" takes its clause's tense, however far back its verb stands.
	['Storm Ulla is expected to cross the coast between 9pm and midnight on Tuesday, about 40 miles north of Aberdeen, before blowing itself out over the weekend.', '2041-02-04', 'the weekend', { value: '2041-W06-WE' }],
	// A plan reported as said on the day of writing was made then: its time is still to come.
	['The owner said this afternoon that he hoped to reopen the hall in October.', '2036-02-08', 'October', { value: '2036-10' }],
	['The owner said this afternoon that he hoped to rebuild in time to reopen at Christmas.', '2036-02-08', 'Christmas', { value: '2036-12-25' }],
	// So is what a condition supposes, its verb unknown to the word lists.
	['If the launch slips beyond Nov. 1, the next window opens in 2039.', '2037-07-05', 'Nov. 1', { value: '2037-11-01' }],
	// A plan made in the present perfect is in force: its day lies ahead ("had been scheduled" was made before).
	['The payments began in February 2031. A confiscation hearing has been scheduled for 17 July.', '2033-03-19', '17 July', { value: '2033-07-17' }],
	['The payments began in February 2031. The new depot has been scheduled to open on 17 July.', '2033-03-19', '17 July', { value: '2033-07-17' }],
	// A body summoned or convened for a day meets then.
	['An inquest jury has been summoned for Tuesday.', '2039-03-05', 'Tuesday', { value: '2039-03-08' }],
	['The synod was convened for Monday.', '2039-03-05', 'Monday', { value: '2039-03-07' }],
	// Told in the present or the present perfect, the plan is in force: the coming day, though the one gone by is nearer.
	['A public meeting is called for Monday evening in the Corn Exchange.', '2039-03-08', 'Monday evening', { value: '2039-03-14TEV' }],
	['A ballot of the members has been called for Monday.', '2039-03-08', 'Monday', { value: '2039-03-14' }],
	['A ballot of the members was fixed for Monday.', '2039-03-08', 'Monday', { value: '2039-03-07' }],
	// A counterfactual plan ("would have been held") and "that day" of a plan point at the days they were or are for.
	['Putin won outright, avoiding a runoff that would have been held on April 16.', '2000-03-27', 'April 16', { value: '2000-04-16' }],
	// So does a plan that "was to have" been carried out, on either side of the writing.
	['The new bridge was to have opened in April, but the council has put it off.', '2031-02-10', 'April', { value: '2031-04' }],
	// The present of a condition looks ahead.
	['If the vote is tied on Sunday, the speaker will decide.', '2044-03-15', 'Sunday', { value: '2044-03-20' }],
	// A limit set in the future lies ahead; the end of a range of months follows its start.
	['Koch is expected to stay in orbit until February.', '2019-03-15', 'February', { value: '2020-02' }],
	// A range the tense would start after its end is the one under way.
	['The tournament runs Aug. 12-18, and the U.S. Open starts on Aug. 26.', '2019-08-14', 'Aug. 12-18', { value: '2019-08-12/2019-08-18' }],
	['Kyiv remained under a curfew that runs from 5 p.m. Saturday to 8 a.m. Monday.', '2022-02-27', '5 p.m. Saturday to 8 a.m. Monday', { value: '2022-02-26T17:00/2022-02-28T08:00' }],
	// The day after a range's end clock is the end's, the first such weekday from the start.
	['A warning has been issued from 6pm tomorrow until midday on Saturday.', '2026-01-22', '6pm tomorrow until midday on Saturday', { value: '2026-01-23T18:00/2026-01-24T12:00' }],
	['A yellow warning covers the whole of Wales from midday Thursday until midnight on Friday.', '2026-01-20', 'midday Thursday until midnight on Friday', { value: '2026-01-22T12:00/2026-01-23T24:00' }],
	['Trains ran from 9am today until 5pm on Monday.', '2026-01-22', '9am today until 5pm on Monday', { value: '2026-01-22T09:00/2026-01-26T17:00' }],
	['The festival runs until Sunday.', '2022-06-22', 'Sunday', { value: '2022-06-26' }],
	['Test runs on Tuesday went well, officials said.', '2023-10-11', 'Tuesday', { value: '2023-10-10' }],
	// A clock range whose end names no day runs through the night; a limit after an earlier hour of the night stays on its day.
	['A curfew will run from 10 p.m. Friday to 6 a.m.', '2023-10-04', '10 p.m. Friday to 6 a.m', { value: '2023-10-06T22:00/2023-10-07T06:00' }],
	['Shelling began at 1 a.m. on Sunday and continued until 4 a.m.', '2023-10-09', '4 a.m', { value: '2023-10-08T04:00' }],
	// Only a limit set in the future with "until", "till" or "by" lies ahead.
	['The report will cover sales through September.', '2023-10-07', 'September', { value: '2023-09' }],
	// A clock time that does not say its half of the day, tonight.
	['Fireworks will start at 5:30 tonight.', '2023-12-01', '5:30', { value: '2023-12-01T17:30' }],
	['The vote is due at 12:30 tonight.', '2023-12-01', '12:30', { value: '2023-12-02T00:30' }],
	// A limit in the small hours is the night's end, on the next day.
	['Mitterrand was elected president on Sunday. Crowds celebrated at the Bastille until after 2 a.m.', '1981-05-11', '2 a.m', { value: '1981-05-11T02:00' }],
	['The bars in the square stay open until 2 a.m.', '2044-06-18', '2 a.m', { value: '2044-06-19T02:00' }],
	// Told in the past of a day the writing has not seen end, it is that day's: the night just gone.
	['Supporters danced in the square until 2 a.m.', '2044-06-18', '2 a.m', { value: '2044-06-18T02:00' }],
	['The vestry meeting did not break up until half-past twelve at night.', '1862-03-05', 'half-past twelve at night', { value: '1862-03-05T00:30' }],
	['The season ran from November to February.', '2019-05-01', 'November to February', { value: '2018-11/2019-02' }],
	['The tournament moved from the June-July slot.', '2019-05-01', 'June-July', { value: '2018-06/2018-07' }],
	['He could have been killed on Friday.', '2023-10-11', 'Friday', { value: '2023-10-06' }],
	['It will report on Thursday, February 20, 2025. The company will host a call at 4:30 p.m. that day.', '2025-01-15', '4:30 p.m. that day', { value: '2025-02-20T16:30' }],
	// A day set beside a counted year is in it.
	['Bombs killed 39 people on Christmas Day. A year ago, on Christmas Eve, bombings killed 32 people.', '2011-12-26', 'Christmas Eve', { value: '2010-12-24' }],
	// So is a day a clause opened by ", when" after a year names.
	['The river last froze over in 1963, when the ice held from 22 January.', '2041-02-10', '22 January', { value: '1963-01-22' }],
	['Rates last rose in 2009, when the bank moved on 5 March.', '2031-08-20', '5 March', { value: '2009-03-05' }],
	// A clause that goes on past a comma is another's.
	['The firm was founded in 2009, when rates were low, and it listed on 5 March.', '2031-08-20', '5 March', { value: '2031-03-05' }],
	['The vote, originally scheduled for March, was moved.', '2023-11-03', 'March', { value: '2024-03' }],
	// A plan since changed, in commas before an infinitive, is the nearest such date; so is what was proposed.
	['Fog forced the final, first set for March 13, to be replayed the following Saturday.', '2027-03-20', 'March 13', { value: '2027-03-13' }],
	['Fog forced the final, first set for March 13, to be replayed the following Saturday.', '2027-03-20', 'the following Saturday', { value: '2027-03-20' }],
	['The summit was first proposed for November but was moved.', '2027-10-02', 'November', { value: '2027-11' }],
	['Seedlings will be raised for eight weeks and then planted out on cleared slopes in January.', '2027-10-02', 'January', { value: '2028-01' }],
	['The report, originally due in September, was delayed.', '2023-11-03', 'September', { value: '2023-09' }],
	['The report is due in September.', '2023-11-03', 'September', { value: '2024-09' }],
	['Madrid imposed direct rule within hours, calling regional elections for 21 December.', '2017-10-27', '21 December', { value: '2017-12-21' }],
	['The UK enters an 11-month transition period that ends on 31 December.', '2020-01-31', '31 December', { value: '2020-12-31' }],
	['She takes office on Oct. 1 for a six-year term.', '2024-06-03', 'Oct. 1', { value: '2024-10-01' }],
	['Kennedy ordered a naval quarantine of the island to begin on Wednesday.', '1962-10-23', 'Wednesday', { value: '1962-10-24' }],
	// What a decision opens may begin after the decision: the nearest such day; a state told in the past began before.
	['The president declared three days of national mourning from Sunday.', '2023-10-07', 'Sunday', { value: '2023-10-08' }],
	// What an announcement has start, in a participle, is mostly still to come; a clock before its day goes with it.
	['The union announced a 48-hour walkout starting at 00:01 on Thursday.', '2055-03-14', 'Thursday', { value: '2055-03-18' }],
	['The union announced a 48-hour walkout starting at 00:01 on Thursday.', '2055-03-14', '00:01', { value: '2055-03-18T00:01' }],
	['The government imposed a curfew starting on Friday.', '2055-03-14', 'Friday', { value: '2055-03-12' }],
	['The government imposed a curfew starting Monday.', '2023-10-07', 'Monday', { value: '2023-10-09' }],
	['The government imposed a curfew starting Monday.', '2023-10-04', 'Monday', { value: '2023-10-02' }],
	['Banks were closed from Monday.', '2023-10-07', 'Monday', { value: '2023-10-02' }],
	['The army had ordered a curfew from Monday.', '2023-10-07', 'Monday', { value: '2023-10-02' }],
	['It declared a holiday from Sunday to Tuesday.', '2023-10-07', 'Sunday to Tuesday', { value: '2023-10-08/2023-10-10' }],
	['The rifle was found in the bullet that tore into his back Friday night.', '1998-10-25', 'Friday night', { value: '1998-10-23TNI' }],
	['The grandparents could not be located Wednesday.', '2000-01-06', 'Wednesday', { value: '2000-01-05' }],
	['In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a guard.', '1998-10-25', 'January', { value: '1998-01' }],
	['On Friday, the Kenyan government planned to pay the first death claims.', '1998-09-30', 'Friday', { value: '1998-09-25' }],
	['They had been talking about the slated visit of the secretary in September.', '1998-08-26', 'September', { value: '1998-09' }],
	['The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.', '2000-04-05', '4 in the morning', { value: '2000-04-06T04:00' }],
	// A time phrase opening the clause ("On the evening of …,") takes the verb after the comma; "9 May" is no modal.
	['On 9 May, troops paraded through the square.', '2023-03-10', '9 May', { value: '2022-05-09' }],
	['By the end of the summer, the front had moved.', '2023-03-10', 'the end of the summer', { value: '2022-SU', mod: 'END' }],
	// A clause joined by ", after" has its own verb, after the time; a present verb ("means") is read as such.
	["Tourists fled ahead of a forecast return to extreme heat on Saturday, after fires on New Year's Eve destroyed homes.", '2020-01-02', "New Year's Eve", { value: '2019-12-31' }],
	["Yeltsin's resignation on New Year's Eve means Russians will elect his successor on March 26.", '2000-01-01', "New Year's Eve", { value: '1999-12-31' }],
	// "the first cut" is a noun; "will do so" is future; a plural subject's "open" is a schedule, a capitalized "Open" a name.
	['Markets now expect the first cut in June.', '2026-03-20', 'June', { value: '2026-06' }],
	['The Mothers have marched every Thursday since 1977, and they will do so again this week.', '2024-03-03', 'this week', { value: '2024-W10' }],
	['Peace talks between the two ministers open in Geneva on Thursday.', '1988-08-20', 'Thursday', { value: '1988-08-25' }],
	['Williams pulled out of the Western & Southern Open in Cincinnati on Tuesday.', '2019-08-14', 'Tuesday', { value: '2019-08-13' }],
	['The border stayed open on Monday.', '2024-11-06', 'Monday', { value: '2024-11-04' }],
	['Stocks got off to a strong start on Monday.', '2024-11-06', 'Monday', { value: '2024-11-04' }],
	// A time moved: "moved to Thursday" lies ahead, and "from … to …" are two times, not a stretch.
	['The vote was moved to Thursday.', '2021-06-14', 'Thursday', { value: '2021-06-17' }],
	['Johnson delayed the lifting of restrictions, pushing it back from 21 June to 19 July.', '2021-06-14', '21 June', { value: '2021-06-21' }],
	['Johnson delayed the lifting of restrictions, pushing it back from 21 June to 19 July.', '2021-06-14', '19 July', { value: '2021-07-19' }],
	// "Put off" moves a time too, and the time moved from shares the year of the one it was moved to.
	['The synod, put off from March to 12 October 1962 by the floods, opened in Rome.', '2012-01-01', 'March', { value: '1962-03' }],
	['The synod, put off from March to 12 October 1962 by the floods, opened in Rome.', '2012-01-01', '12 October 1962', { value: '1962-10-12' }],
	['She worked a night shift from 10 p.m. to 6 a.m. on Friday.', '2024-11-06', '10 p.m. to 6 a.m.', { value: '2024-11-01T22:00/2024-11-02T06:00' }],
	['Talks, which moved to Geneva, ran from Monday to Wednesday.', '2024-11-06', 'Monday to Wednesday', { value: '2024-11-04/2024-11-06' }],
	// A time the clause's event came before may lie on either side of the writing.
	['More than 60 million Americans have already voted ahead of Election Day.', '2020-10-26', 'Election Day', { value: '2020-11-03' }]
]);

table('dates in British and wire styles', [
	// A weekday a week away, in British English.
	['The trial will resume on Monday week.', '2030-07-21', 'Monday week', { value: '2030-07-29' }],
	["The women's race starts a week on Friday.", '2030-07-21', 'a week on Friday', { value: '2030-08-02' }],
	['Sterling crashed on the Friday before last.', '2016-10-17', 'the Friday before last', { value: '2016-10-07' }],
	['The crash on the Friday before last had been exaggerated.', '2016-10-17', 'the Friday before last', { value: '2016-10-07' }],
	['On Monday week two of the trial began.', '2030-07-21', 'Monday', { value: '2030-07-15' }],
	['A court jailed him for a week on Friday.', '2024-11-06', 'Friday', { value: '2024-11-01' }],
	["They met the Friday before last year's election.", '2024-11-06', 'Friday', { value: '2024-11-01' }],
	['He died 14 February, 2019, in Kabul.', '2019-03-01', '14 February, 2019', { value: '2019-02-14', basis: 'stated' }],
	['She was born on 14th February, 2019.', '2019-03-01', '14th February, 2019', { value: '2019-02-14' }],
	['Police said on the 6th that the mosque had been demolished.', '1992-12-09', 'the 6th', { value: '1992-12-06' }],
	['They will sign in Bamako on Friday next week.', '2015-05-04', 'Friday next week', { value: '2015-05-15' }],
	['He arrived on Monday last week.', '2015-05-04', 'Monday last week', { value: '2015-04-27' }],
	['A quarter of a century ago today, the garrison surrendered.', '2007-06-14', 'A quarter of a century ago today', { value: '1982-06-14' }],
	['They fought for a quarter of a century.', undefined, 'a quarter of a century', { value: 'P25Y', type: 'DURATION' }],
	// A day-first date at the end of a range settles the text's order for the others.
	['Collections move from 04/10/2021, and the depot closes between 20/12/2021 and 07/01/2022.', '2021-09-14', '04/10/2021', { value: '2021-10-04', diagnostic: null }],
	['Collections move from 04/10/2021, and the depot closes between 20/12/2021 and 07/01/2022.', '2021-09-14', '20/12/2021 and 07/01/2022', { value: '2021-12-20/2022-01-07' }],
	// With no slashed date to settle it, a text that writes its dates in words day first reads them day first too.
	['The sale runs 03/04/2031 to 10/04/2031 and ends on 10 April.', '2031-02-05', '03/04/2031', { value: '2031-04-03', diagnostic: 'ambiguous-date' }],
	['The sale runs 03/04/2031 to 10/04/2031 and ends on April 10.', '2031-02-05', '03/04/2031', { value: '2031-03-04', diagnostic: 'ambiguous-date' }],
	['Entries close 05/06/2031; the winners are named on 2 July and the gala is on July 9.', '2031-02-05', '05/06/2031', { value: '2031-05-06', diagnostic: 'ambiguous-date' }],
	// Left open, the month-first reading gives way when it would put a past event after the writing.
	['He was detained on 04/03/2019, the court heard.', '2019-03-05', '04/03/2019', { value: '2019-03-04', diagnostic: 'ambiguous-date' }],
	['He will be sentenced on 04/03/2019.', '2019-03-05', '04/03/2019', { value: '2019-04-03', diagnostic: 'ambiguous-date' }]
]);

table('impossible dates', [
	['The accord was signed on 29 February 2022.', undefined, '29 February 2022', { value: '', span: false }],
	['The deadline is 31 April.', '2021-03-01', '31 April', { value: '', span: false }],
	['The decree of 2022-02-29 was void.', undefined, '2022-02-29', { value: '', span: false }]
]);

table("the sun's times of day", [
	['Russian troops rolled into Chechnya at dawn on Sunday.', '1994-12-12', 'dawn', { value: '1994-12-11TMO', type: 'TIME', granularity: 'partofday', approximate: true }],
	['Officers seized power in a coup before dawn today.', '1966-01-15', 'dawn', { value: '1966-01-15TMO' }],
	['Search teams will resume at first light tomorrow.', '2009-06-02', 'first light', { value: '2009-06-03TMO' }],
	['The rebels attacked on 4 May 1998. By nightfall the town had fallen.', '1998-05-10', 'nightfall', { value: '1998-05-04TEV', approximate: true }],
	['The curfew lasts from dusk until daybreak on Tuesday.', '2020-06-01', 'daybreak', { value: '2020-06-02TMO' }],
	['Prayers were said at sunset on 12 April.', '2021-04-20', 'sunset', { value: '2021-04-12TEV' }]
]);

table('years of a life, a body or a work', [
	['Abdul Haq (born 1958, died 2001) fought the Soviets.', undefined, '1958', { value: '1958' }],
	['Abdul Haq (born 1958, died 2001) fought the Soviets.', undefined, '2001', { value: '2001' }],
	['The party, founded 1919, split.', undefined, '1919', { value: '1919' }],
	['A coin dated 1794 was found under the hearth.', undefined, '1794', { value: '1794' }],
	['Tonight the open-air cinema shows Casablanca (1942).', '2027-05-28', '1942', { value: '1942' }],
	["Picasso painted 'Guernica' (1937) in Paris.", '2027-05-28', '1937', { value: '1937' }],
	['Smith et al. (2011) counted the nests.', '2027-05-28', '2011', { value: '2011' }]
]);

table('years of the first millennium', [
	['The Vikings sacked Lindisfarne on 8 June 793.', '2021-09-06', '8 June 793', { value: '0793-06-08', basis: 'stated', days: ['0793-06-08', '0793-06-08'] }],
	['Charlemagne was crowned on 25 December 800 AD.', '2021-09-06', '25 December 800', { value: '0800-12-25' }],
	['Augustus died in AD 14, and Rome was sacked in 410 AD.', '2021-09-06', 'AD 14', { value: '0014', granularity: 'year', days: ['0014-01-01', '0014-12-31'] }],
	['Augustus died in AD 14, and Rome was sacked in 410 AD.', '2021-09-06', '410 AD', { value: '0410' }],
	// Older print writes the era with points.
	['The latest coin was struck about A.D. 375, and the villa burned in 410 A.D.', '1890-12-03', 'about A.D. 375', { value: '0375', mod: 'APPROX' }],
	['The latest coin was struck about A.D. 375, and the villa burned in 410 A.D.', '1890-12-03', '410 A.D.', { value: '0410' }],
	['The hall burned in 862 CE.', '2021-09-06', '862 CE', { value: '0862' }],
	// Three digits after "in" or "by" at the end of a phrase are a year; before a noun, or in a ratio, a count.
	['In 410 the Visigoths sacked Rome.', '2021-09-06', '410', { value: '0410' }],
	['The Western Empire fell in 476.', '2021-09-06', '476', { value: '0476' }],
	// Years after verbs of a year's coming and of expectation, after "calendar", and joined to another after its article.
	['Revellers welcomed 2020 with fireworks, and scientists expect 2024 to be hotter still.', '2024-01-09', '2024', { value: '2024' }],
	['Revellers welcomed 2020 with fireworks.', '2024-01-09', '2020', { value: '2020' }],
	// A year as the subject of a singular verb.
	['Century years are leap years only if divisible by 400: 1900 had no leap day, but 2000 does.', '2031-01-09', '2000', { value: '2000' }],
	['Economists said 2041 has been the worst year for the yard.', '2042-01-09', '2041', { value: '2041' }],
	['For the vineyards 1976 was a vintage year.', '2042-01-09', '1976', { value: '1976' }],
	['The company sold 10.5 million vehicles in calendar 2021.', '2024-01-09', 'calendar 2021', { value: '2021' }],
	['They were the first champions since the Patriots of the 2003 and 2004 seasons.', '2024-02-12', '2004', { value: '2004' }],
	['In 1929 Wall Street crashed.', '2024-02-12', '1929', { value: '1929' }],
	// A determiner or pronoun in "-s" after the year is no counted noun.
	['In 1958 its shipyards closed, and in 1961 his mill went too.', '2024-02-12', '1961', { value: '1961' }],
	['The club reached the final for the first time since 1974 this evening.', '2024-02-12', '1974', { value: '1974' }],
	['The Western Empire fell in 476. In 410 the Visigoths had sacked Rome.', '2021-09-06', '410', { value: '0410' }],
	['Attila invaded Gaul in 451 and was turned back.', '2021-09-06', '451', { value: '0451' }],
	// Three digits after a comma and before a noun are a count.
	['On 8 June, 793 people died.', '2021-09-06', '8 June', { value: '2021-06-08' }],
	['By 8 June, 800,000 had fled.', '2021-09-06', '8 June', { value: '2021-06-08' }],
	// So is a year beyond 2199: one in a full date before a mark, a count before a noun.
	['The comet will not return until 14 August 2261; astronomers are patient.', '2021-09-06', '14 August 2261', { value: '2261-08-14', basis: 'stated' }],
	['By 8 June 2300 people had fled.', '2021-09-06', '8 June', { value: '2021-06-08' }]
]);

table('feasts of other calendars', [
	['During Ramadan, attacks fell.', '2021-09-06', 'Ramadan', { value: '2021-04-13/2021-05-12', approximate: true, days: ['2021-04-13', '2021-05-12'] }],
	['The Taliban declared a ceasefire for Eid al-Fitr.', '2021-09-06', 'Eid al-Fitr', { value: '2021-05-13', approximate: true }],
	['Kabul fell before Eid-ul-Azha last year.', '2021-09-06', 'Eid-ul-Azha last year', { value: '2020-07-31' }],
	['Fighting paused for the holy month of Ramadan.', '2024-05-20', 'Ramadan', { value: '2024-03-11/2024-04-09' }],
	['Israel was attacked on Yom Kippur in 1973.', '2023-10-10', 'Yom Kippur in 1973', { value: '1973-10-06', basis: 'stated' }],
	['Israel took East Jerusalem in 1967, and Egypt and Syria attacked on Yom Kippur six years later.', '2023-06-05', 'Yom Kippur six years later', { value: '1973-10-06' }],
	['Hanukkah begins in December.', '2020-11-20', 'Hanukkah', { value: '2020-12-11/2020-12-18', approximate: false }],
	['Passover begins on Friday.', '2022-04-11', 'Passover', { value: '2022-04-16/2022-04-23' }],
	// A feast under way is the one whose days hold the writing.
	['Ramadan ends next week.', '2025-03-20', 'Ramadan', { value: '2025-03-01/2025-03-29' }],
	// A holiday naming the time of a thing ("Lunar New Year celebrations") leans back when told in the past, as a month's would.
	['China cancelled Lunar New Year celebrations across the country.', '2020-01-24', 'Lunar New Year', { value: '2020-01-25' }],
	['Police cancelled Christmas leave.', '2026-07-10', 'Christmas', { value: '2025-12-25' }],
	// In a leap year of the Hebrew calendar, Purim is in the second Adar.
	['Purim was marked quietly.', '2024-04-01', 'Purim', { value: '2024-03-24' }],
	['Families gathered for Lunar New Year.', '2021-09-06', 'Lunar New Year', { value: '2021-02-12' }],
	['The Tet holiday begins this week.', '2018-02-12', 'Tet', { value: '2018-02-16' }],
	['Fighting stopped at Tet.', '2018-01-30', 'Tet', { value: '2017-01-28' }],
	['Both sides declared a truce for Tet.', '2018-02-10', 'Tet', { value: '2018-02-16' }],
	['Afghans marked Nowruz.', '2021-09-06', 'Nowruz', { value: '2021-03-21' }],
	['A truce will hold over Orthodox Easter.', '2022-04-20', 'Orthodox Easter', { value: '2022-04-24' }],
	['Orthodox Easter fell on 2 May that year.', '2021-09-06', 'Orthodox Easter', { value: '2021-05-02' }],
	['Ramadan 2020 was quiet.', '2021-09-06', 'Ramadan 2020', { value: '2020-04-24/2020-05-23', basis: 'stated' }],
	['The truce began on Christmas Day 1914.', '2014-12-24', 'Christmas Day 1914', { value: '1914-12-25' }],
	// A part of a holiday's day, with its year or without.
	['A farmer saw the comet on Christmas night 1758.', '2014-12-24', 'Christmas night 1758', { value: '1758-12-25TNI', type: 'TIME' }],
	['The vigil on Good Friday evening drew crowds.', '2020-05-05', 'Good Friday evening', { value: '2020-04-10TEV', type: 'TIME' }],
	['Ramadan night prayers were held in the square.', '2020-05-05', 'Ramadan', { value: '2020-04-24/2020-05-23' }],
	['He died there on Thanksgiving Day, 1986.', '2012-11-22', 'Thanksgiving Day, 1986', { value: '1986-11-27' }],
	['They rose on Easter Monday, 1916, in Dublin.', '2016-04-24', 'Easter Monday, 1916', { value: '1916-04-24' }],
	['Dated this 7th day of June 2019.', '2019-06-08', '7th day of June 2019', { value: '2019-06-07' }],
	['They met at Easter last year.', '2021-09-06', 'Easter last year', { value: '2020-04-12' }],
	['The platform will open every weekend from Easter.', '2050-03-01', 'Easter', { value: '2050-04-10' }],
	['The children will be home for Easter.', '2050-03-01', 'Easter', { value: '2050-04-10' }],
	// A holiday naming what happened on it takes the year written after that noun.
	["The Valentine's Day shooting last year killed 17.", '2019-02-10', "Valentine's Day", { value: '2018-02-14' }],
	['The Easter bombings in 2019 killed 269.', '2021-09-06', 'Easter', { value: '2019-04-21' }]
]);

table('days that name attacks', [
	['The US invaded Afghanistan after the September 11 attacks.', '2008-05-02', 'September 11', { value: '2001-09-11' }],
	['The Sept. 11 hijackers trained in Afghanistan.', '2021-09-06', 'Sept. 11', { value: '2001-09-11' }],
	['Since 9/11, the war has cost trillions.', '2021-09-06', '9/11', { value: '2001-09-11' }],
	['Since the October 7 attack, Gaza has been bombed.', '2024-11-06', 'October 7', { value: '2023-10-07' }],
	['The 7/7 bombings killed 52.', '2015-07-06', '7/7', { value: '2005-07-07' }],
	// Without a noun that names an attack, the day is any other.
	['We met on September 11 and parted.', '2024-09-20', 'September 11', { value: '2024-09-11' }]
]);

describe('impossible dates keep their mention and explain themselves', () => {
	it.each([
		['The accord was signed on 29 February 2022.', undefined, '29 February 2022 does not exist: 2022 is not a leap year'],
		['The deadline is 31 April.', '2021-03-01', '31 April 2021 does not exist: April 2021 has 30 days']
	])('%s', (text, anchor, message) => {
		const [m] = tagTimes(text, { anchor });
		expect(m.diagnostics).toEqual([{ code: 'impossible-date', message, start: m.start, end: m.end }]);
	});
	it.each([
		['Talks ended 3,000 years ago.', '2021-09-06', '3,000 years ago'],
		['The ruins will stand 8,000 years from now.', '2021-09-06', '8,000 years from now'],
		['The talks had ended three days earlier.', '0001-01-01', 'three days earlier']
	])('names no date outside the years 1 to 9999: %s', (text, anchor, wanted) => {
		const m = mentionIn(text, { anchor }, wanted);
		expect(m.span).toBeUndefined();
		expect(m.diagnostics).toEqual([{ code: 'out-of-range', message: 'It lies outside the years 1 to 9999', start: m.start, end: m.end }]);
	});
	it('accepts 29 February in a leap year', () => {
		expect(tagTimes('It ended on 29 February 1996.')[0].value).toBe('1996-02-29');
	});
});

describe('the seed articles', () => {
	const seed000 = 'The members of the UN Security Council condemned the attack on the United Nations compound in Herat that took place on Friday. In a statement issued Tuesday, the UN said it was concerned. The U.S. Embassy said on Monday that fighting had escalated last week after the Taliban seized several districts last month.';
	table('000 (publication date 2021-08-04, an estimate)', [
		[seed000, '2021-08-04', 'Friday', { value: '2021-07-30', basis: 'relative' }],
		[seed000, '2021-08-04', 'Tuesday', { value: '2021-08-03' }],
		[seed000, '2021-08-04', 'Monday', { value: '2021-08-02' }],
		[seed000, '2021-08-04', 'last week', { value: '2021-W30' }],
		[seed000, '2021-08-04', 'last month', { value: '2021-07' }]
	]);
	it('000 marks spans computed from an estimated publication date', () => {
		const [m] = tagTimes('The attack took place on Friday.', { anchor: '2021-08-04', anchorEstimate: true });
		expect(m.span?.anchor).toEqual({ kind: 'publication', value: '2021-08-04', estimate: true });
	});
	const seed004 =
		'NATO Secretary-General Jens Stoltenberg said in a statement after a meeting of the North Atlantic Council on Friday that NATO would continue its presence. In the past few weeks, however, the Taliban have made rapid progress. The group ruled Afghanistan more than two and a half decades ago.';
	table('004 (publication date 2021-08-14, an estimate)', [
		[seed004, '2021-08-14', 'Friday', { value: '2021-08-13' }],
		[seed004, '2021-08-14', 'more than two and a half decades ago', { value: '1996', mod: 'BEFORE', approximate: true }],
		[seed004, '2021-08-14', 'the past few weeks', { value: 'PXW', type: 'DURATION' }]
	]);
	const seed003 =
		'Ahmad Masud on Monday called on all Afghans for a nationwide uprising. The Ulema Council on Sunday expressed its support for talks. The Taliban, which ruled from 1996 to 2001, has regained control after it seized Kabul on August 15. The resistance was born in the 1980s.';
	table('003 (published 6 September 2021)', [
		[seed003, '2021-09-06', 'Monday', { value: '2021-09-06' }],
		[seed003, '2021-09-06', 'Sunday', { value: '2021-09-05' }],
		[seed003, '2021-09-06', '1996 to 2001', { value: '1996/2001' }],
		[seed003, '2021-09-06', 'August 15', { value: '2021-08-15' }],
		[seed003, '2021-09-06', 'the 1980s', { value: '198', granularity: 'decade' }]
	]);
	table('002 (no publication date)', [
		['Taliban Spokesman Zabihullah Mujahid claimed Monday that the Panjshir resistance has collapsed.', undefined, 'Monday', { value: 'XXXX-WXX-1', span: false }],
		['It has been the only area not under Taliban control since their takeover last month.', undefined, 'last month', { value: 'XXXX-XX', span: false }]
	]);
	it('001 (dated 27 November 2022): the 29th of February this year does not exist', () => {
		const text = 'the Americans have failed to comply with the agreement signed on 29th of February this year.';
		const [m] = tagTimes(text, { anchor: '2022-11-27' });
		expect(m.text).toBe('29th of February this year');
		expect(m.span).toBeUndefined();
		expect(m.diagnostics?.[0]).toMatchObject({ code: 'impossible-date', message: '29 February 2022 does not exist: 2022 is not a leap year' });
	});
});

describe('texts about other conflicts and years', () => {
	const ukraine =
		"Russian troops took control of Crimea's main airports on Friday, Ukrainian officials said. On Saturday, the upper house of Russia's parliament approved the use of force. The crisis began in late November, when Viktor Yanukovych rejected a trade deal. Protesters occupied the square for more than three months. Yanukovych fled the capital on Feb. 22, and Russian forces massed on the border last week. A referendum is scheduled for March 30, talks will resume next Tuesday, and monitors will arrive this week.";
	table('a 2014 Ukraine news report (published Sunday 2 March 2014)', [
		[ukraine, '2014-03-02', 'Friday', { value: '2014-02-28' }],
		[ukraine, '2014-03-02', 'Saturday', { value: '2014-03-01' }],
		[ukraine, '2014-03-02', 'late November', { value: '2013-11', mod: 'END' }],
		[ukraine, '2014-03-02', 'more than three months', { value: 'P3M', mod: 'MORE_THAN', type: 'DURATION' }],
		// On a Sunday the week just gone is over: "last week" ends that day, "this week" to come starts the next.
		[ukraine, '2014-03-02', 'last week', { value: '2014-W09' }],
		[ukraine, '2014-03-02', 'this week', { value: '2014-W10' }],
		[ukraine, '2014-03-02', 'Feb. 22', { value: '2014-02-22' }],
		[ukraine, '2014-03-02', 'March 30', { value: '2014-03-30' }],
		[ukraine, '2014-03-02', 'next Tuesday', { value: '2014-03-04' }]
	]);
	const balkans =
		'The siege of Sarajevo began on 5 April 1992. Two days later, the European Community recognised Bosnia. On 2 May, Bosnian Serb forces cut the city in two. That summer, shelling intensified. The following year, the water supply failed. A second massacre at the market came on 28 August 1995. Two days later, NATO began Operation Deliberate Force. The siege formally ended on 29 February 1996, after 1,425 days.';
	table(
		'a Balkans war narrative (no publication date)',
		[
			[balkans, undefined, 'Two days later', { value: '1992-04-07' }],
			[balkans, undefined, '2 May', { value: '1992-05-02' }],
			[balkans, undefined, 'That summer', { value: '1992-SU' }],
			[balkans, undefined, 'The following year', { value: '1993' }],
			[balkans, undefined, '29 February 1996', { value: '1996-02-29' }],
			[balkans, undefined, '1,425 days', { value: 'P1425D', type: 'DURATION' }]
		],
		{ mode: 'narrative' }
	);
	const sahel =
		'BAMAKO, Dec. 15 (AFP) - Militants attacked an army post in Inates on 10/12/2019, killing 71 soldiers. Another raid struck Tabankort on 25/11/2019 and Indelimane on 01.11.2019. Since 2012, more than 4,000 people have died, and 2,000 troops are deployed. Resolution 2480 extended the mission until 30 June 2020.';
	table('a Sahel report with numeric dates (published 15 December 2019)', [
		[sahel, '2019-12-15', '10/12/2019', { value: '2019-12-10' }],
		[sahel, '2019-12-15', '25/11/2019', { value: '2019-11-25' }],
		[sahel, '2019-12-15', '01.11.2019', { value: '2019-11-01' }],
		[sahel, '2019-12-15', '2012', { value: '2012' }],
		[sahel, '2019-12-15', '30 June 2020', { value: '2020-06-30' }]
	]);
	it('reads a text that writes no day-first date in US order, and warns', () => {
		const [m] = tagTimes('Militants attacked the post on 10/12/2019.', { anchor: '2019-12-15' });
		expect(m.value).toBe('2019-10-12');
		expect(m.diagnostics?.[0].code).toBe('ambiguous-date');
	});
	it('counts deictic days from the dateline when it is within days of the anchor', () => {
		const text = 'WASHINGTON, August 13 (Xinhua) -- President Clinton said Thursday that the attacks were cowardly.';
		expect(mentionIn(text, { anchor: '1998-08-14' }, 'Thursday').value).toBe('1998-08-13');
	});
});

describe('a narrative stays inside the stretch it has opened', () => {
	const croatia = 'The war in Croatia escalated between August and November 1991. Fighting began on 25 August. By mid-September the city was surrounded. It fell on 18 November.';
	const cities = 'The War of the Cities peaked in the spring of 1988. On 29 February, Iraq fired missiles. On 3 March, more followed. On Friday, 18 March, Tehran was hit.';
	const mao = 'Mao died on 9 September 1976. Less than a month later, on 6 October, the Gang of Four was arrested.';
	const korea = 'Seoul fell on 28 June 1950. By early August the defenders had been pushed back. The landing came on 15 September.';
	const rows: Row[] = [
		[croatia, undefined, '25 August', { value: '1991-08-25' }],
		[croatia, undefined, 'mid-September', { value: '1991-09', mod: 'MID' }],
		[croatia, undefined, '18 November', { value: '1991-11-18' }],
		// a day just before the season named is still of that year; a weekday named must fit the year
		[cities, undefined, '29 February', { value: '1988-02-29' }],
		[cities, undefined, '3 March', { value: '1988-03-03', days: ['1988-03-03', '1988-03-03'] }],
		[cities, undefined, 'Friday, 18 March', { value: '1988-03-18', diagnostic: null }],
		[mao, undefined, '6 October', { value: '1976-10-06' }],
		// "by" names the time a perfect looks back from: the story moves on to it
		[korea, undefined, 'early August', { value: '1950-08', mod: 'START' }],
		[korea, undefined, '15 September', { value: '1950-09-15' }]
	];
	it.each(rows)('%s: %s', (text, anchor, mention, expected) => {
		check(mentionIn(text, { anchor, mode: 'narrative' }, mention), expected);
	});
});

describe('names that hold time words', () => {
	it.each([
		'James Baker said on ABC\'s "This Week" that talks would go on.',
		'He spoke to CBS\'s "60 Minutes" about it.',
		'This is VOA Today.',
		'The film "High Noon" was shown.',
		'The pick is the thriller Tuesdays With Mum on BBC One.',
		"Radio 4's Today programme broadcast from Glasgow."
	])('%s', (text) => {
		expect(tagTimes(text, { anchor: '1991-02-25' })).toEqual([]);
	});
	it("keeps a time after a contracted 'is'", () => {
		expect(tagTimes("It's Today that matters, he said.", { anchor: '1991-02-25' }).map((m) => m.value)).toEqual(['1991-02-25']);
	});
	it("reads no time in a name after 'New Year's'", () => {
		expect(tagTimes("The New Year's Concert was broadcast live.", { anchor: '2025-12-20' })).toEqual([]);
		expect(tagTimes("She conducted the New Year's Concert in January 2009.", { anchor: '2046-05-27' }).map((m) => m.value)).toEqual(['2009-01']);
		expect(tagTimes('Talks resume in the New Year.', { anchor: '2025-12-20' }).map((m) => m.value)).toEqual(['2026']);
	});
	it('keeps a time that opens a line after a heading ending in a capitalized word', () => {
		expect(tagTimes('Events of 14 June\n\nToday is the 165th day of the year.', { anchor: '2047-06-14' }).map((m) => m.value)).toEqual(['2047-06-14', '2047-06-14']);
	});
	it('keeps times in a headline written in title case', () => {
		expect(tagTimes('Taliban Take Kabul Last Week', { anchor: '2021-08-20' }).map((m) => m.value)).toEqual(['2021-W32']);
	});
});

describe('what a mention counts from lies within its text\'s latest mentions', () => {
	const years = Array.from({ length: REFERENCE_REACH }, (_, i) => `In ${1800 + i} it rained.`).join(' ');
	it.each([
		['a day named just before', 'Troops left on 5 May 1992. The same day, the bridge fell.', '1992-05-05'],
		[`a day named ${REFERENCE_REACH} mentions before`, `Troops left on 5 May 1992. ${years} The same day, the bridge fell.`, `${1800 + REFERENCE_REACH - 1}`]
	])('%s', (_, text, value) => {
		const m = mentionIn(text, { anchor: '2021-09-06' }, 'The same day');
		expect(m.value).toBe(value);
	});
});

describe('mentions', () => {
	const text = 'On Friday, 6 September 2021, and again last week, fighting raged; talks resume next month.';
	const mentions = tagTimes(text, { anchor: '2021-09-08' });
	it('index the text exactly, sorted and without overlaps', () => {
		expect(mentions.length).toBeGreaterThan(2);
		for (let i = 0; i < mentions.length; i++) {
			expect(text.slice(mentions[i].start, mentions[i].end)).toBe(mentions[i].text);
			if (i > 0) expect(mentions[i].start).toBeGreaterThanOrEqual(mentions[i - 1].end);
		}
	});
	it('say which parts the text stated', () => {
		expect(mentions[0]).toMatchObject({ text: 'Friday, 6 September 2021', value: '2021-09-06' });
		expect(mentions[0].span?.known).toEqual(['year', 'month', 'weekday', 'day']);
		expect(mentionIn('Fighting resumed on Friday.', { anchor: '2021-09-08' }, 'Friday').span?.known).toEqual(['weekday']);
	});
	it('report a weekday that does not match its date', () => {
		const [m] = tagTimes('It happened on Monday, 6 September 2021... or rather on Tuesday, 6 September 2021.').slice(1);
		expect(m.value).toBe('2021-09-06');
		expect(m.diagnostics?.[0].code).toBe('weekday-mismatch');
	});
	it('give half-open UTC intervals whatever the machine time zone', () => {
		const [m] = tagTimes('It happened on 6 September 2021.');
		expect(m.span).toMatchObject({ start: Date.UTC(2021, 8, 6), end: Date.UTC(2021, 8, 7) });
	});
	it('stop reading a sentence past its limit of time expressions, and say so on the last one read', () => {
		const dense = `Strikes were reported on ${Array.from({ length: 100 }, () => 'Monday').join(', ')}.`;
		const text = `${dense} The talks resumed on 3 May 2019.`;
		const found = tagTimes(text, { anchor: '2019-05-10' });
		const inDense = found.filter((m) => m.end <= dense.length);
		expect(inDense).toHaveLength(MAX_TIMES_PER_SENTENCE);
		expect(inDense.at(-1)!.diagnostics).toEqual([
			expect.objectContaining({ code: 'dense-sentence', start: inDense.at(-1)!.end, end: dense.length })
		]);
		expect(inDense.slice(0, -1).every((m) => !m.diagnostics)).toBe(true);
		expect(found.at(-1)).toMatchObject({ text: '3 May 2019', value: '2019-05-03' });
		expect(found.at(-1)!.diagnostics).toBeUndefined();
	});
	it('read a list of bare numbers that may be years to its end, up to a bound', () => {
		const text = `Scores: ${'1996 '.repeat(60)}and he left on 5 May 2001.`;
		expect(tagTimes(text, { anchor: '2019-05-10' }).map((m) => m.text)).toEqual(['5 May 2001']);
	});
	it('say so on the nearest mention when a sentence passed over kept none of its own', () => {
		const numbers = `Scores: ${'1996 '.repeat(300)}and he left on 5 May 2001.`;
		const text = `${numbers} It rained on 6 May 2001.`;
		const found = tagTimes(text, { anchor: '2019-05-10' });
		expect(found.map((m) => m.text)).toEqual(['6 May 2001']);
		const [diagnostic] = found[0].diagnostics!;
		expect(diagnostic).toMatchObject({ code: 'dense-sentence', end: numbers.length });
		expect(diagnostic.start).toBeGreaterThan(0);
		expect(diagnostic.start).toBeLessThan(text.indexOf('5 May'));
	});
	it('read a sentence with as many time expressions as real news holds in full', () => {
		const text = 'Talks were held on 1 May, 3 May, 5 May, 8 May, 10 May, 12 May, 15 May and 17 May 2019, then in June.';
		const found = tagTimes(text, { anchor: '2019-07-01' });
		expect(found).toHaveLength(9);
		expect(found.some((m) => m.diagnostics)).toBe(false);
	});
	it('refuse an anchor that is not a date, naming it', () => {
		expect(() => tagTimes('today', { anchor: 'yesterday' })).toThrow(/"yesterday"/);
		expect(() => tagTimes('today', { anchor: '2022-02-29' })).toThrow(/not a date that exists/);
	});
});
