import { describe, expect, it } from 'vitest';
import { tagTimes } from './index';

/** Numbers and words that are not times: none of them may become a date. */
describe('not dates', () => {
	it.each([
		'Moulvi Anus was killed along with 40 other terrorists in an airstrike.',
		'More than 2,000 troops were deployed to the province.',
		'The Security Council adopted Resolution 2593 unanimously.',
		'The death toll rose to 1500, and the index fell to 1420.',
		'The ward (1942) was closed.',
		"Billie Holiday, Lady Day to her fans, sang the Michaelmas term away; another day's work was done.",
		'Flight 1549 landed safely.',
		'The convoy was carrying 2000 soldiers and 1500 tonnes of food.',
		"Britain's 1500 troops left, and Kenya's 1200 police stayed.",
		'The coins date from the 2nd century BC and the 5th century B.C.',
		"The Six-Day War and the Seven Years' War changed the map.",
		"By then a quarter of Tehran's population had fled.",
		'The missiles struck in the early hours of the night.',
		'The offer values the company at $1995 per share.',
		'Turnout was 1996 votes short of the quorum.',
		'See page 1998 of the report.',
		'Section 2001 of the code was amended.',
		'Police recorded 1,987 incidents.',
		'The rifle, model 1903, was found.',
		'Prices rose 2.5% and 1.8% in two markets.',
		'He scored 10:2 in the final and read Genesis 3:16.',
		'The IP address 10.12.20.1 was blocked; version 2.10.3 was released.',
		'Call 555-1234 or 2021-555-0199.',
		'A 6-year-old boy and a 44-year-old man were hurt.',
		'Iraq imports about three-quarters of its food.',
		'Inflation stayed between 3 and 5 percent.',
		'Troops of the 12th and 13th brigades moved in.',
		'He watched it on the evening news, and in the morning papers.',
		'Shares fell in the morning session and rose during the afternoon trading.',
		'Within hours three-quarters of it had burned.',
		'By then a quarter of American workers were out of work.',
		'Cyclone Fani made landfall with winds of up to 205 km per hour.',
		'The car was doing 90 miles an hour when it crashed.',
		'A second group of directors resigned.',
		'By the third week of the strike the pickets were short of coal.',
		'Of the two timetables they kept the spring one.',
		"The girls at Hartley and May's jam works struck.",
		'The council heard that summer time is to be kept.',
		'On the 5th floor stood a clock that had stopped. On the 18th hole he faltered and lost.',
		'The gauge at Kew showed that the fall, 31 mm in an hour, beat the old record, and the fall of 2.5 inches at Ryde did too.',
		"The dockers still call it 'Black Friday', and the papers wrote of “Bloody Sunday”.",
		'The village has lost the early morning train and the late evening ferry.',
		'She made her first century for the county, and their second century came in the last over.',
		'The orders of the 18th were read to the troops.',
		"The half-year's accounts were passed, and the half-yearly dividend was paid in a half year of gains.",
		"She said '40 people died' and 'the '40 per cent' figure was wrong; rock'66 played.",
		'The Daily Telegraph reported the story.',
		'Theresa May met April Ryan and August Wilson.',
		'Protesters may march to the palace.',
		'Support for May collapsed, and voters went for March in the primary.',
		'A truck drove into a crowded Christmas market, and the Christmas tree fell.',
		'The Christmas fair raised £400, and the Easter bazaar £250.',
		'We had been at a Christmas party; the Christmas bonus was paid, and the Easter pantomime closed.',
		'Gunmen attacked the satirical weekly Charlie Hebdo.',
		'Temperatures will range from five to ten degrees, and the stake rose by ten to 12 percent.',
		'The bank cut its forecast by half to 3%.',
		'Tory rebels pushed for May to quit before the summit.',
		'She polled as well as May did, and ran as hard as March.',
		'He was beaten by the 3rd seeded player.',
		'She was a household name overnight.',
		'After the fall many investors sold their shares.',
		'The 26th of July Movement grew, and the 6th of October Bridge was closed.',
		'May God keep you. Summer camp opens.\nMay I ask: who?\nMarch on, he said: forward.',
		'They marched in the March on Washington.',
		'The fall of Kabul shocked the world.',
		'He was born 2000 miles from home.',
		'The spring and summer collection sold out, and they went to spring and summer camp.',
		'The garrison held out until the spring ran dry, and shares slid after the fall wiped out gains.',
		'Tickets for the evening performance sold out.',
		'Shops close on the following days: see the list.',
		'The dawn of a new era came with a dawn raid, and dusk fell on the old order at Sunset Boulevard.',
		'The anniversary of the fall is a day of remembrance.',
		'The 6th Army crossed the river.',
		'The light on the Isle of May was lit, and the parade crossed the Plaza of May.',
		'The Sunday-school outing was cancelled, and Sunday-trading rules were eased.',
		'On the 5th Avenue bus the 2nd Fusiliers sang, and they will on the 9th Street corner.',
		'Men of the 14th marched in with the colours of the 21st.',
		'On the 4th Armoured Division, the strain told.',
		'The Christian quarter of the Old City was shelled.',
		'For fifty-five days some 400 guards held the quarter.',
		'Rioters burned shops in the December Quarter of Port Louis.',
		'He spent a second in the booth.',
		'The sun rose over the Sat valley.',
		'The Sunday Times reported the story.',
		'The Good Friday Agreement ended the conflict.',
		'The Easter Rising was crushed, and Easter Island lies far away.',
		'Chocolate Easter eggs sold out.',
		'Millions marked Diwali, and the scholar Tariq Ramadan spoke of the Yom Kippur War and the Tet Offensive.',
		'Messi scored in the first half. In the second half, the team collapsed.',
		'Ticket revenue doubled this season. The visitors scored three goals in the second half.',
		'The Christmas Island detention centre was closed.',
		'Tory MPs on the 1922 Committee met the leader.',
		'Resolution 1325 was adopted unanimously, and the 1325 agenda remains unfinished.',
		'Black September seized the athletes.',
		'Workers at the Red October plant went on strike.',
		'In week 3 of the trial, the witness recanted.',
		'At least 2000 were killed, and officials said at least 1500 were hurt.',
		'Of those who applied, 1200 were accepted.',
		'The hospital began 2000 trials, and police started 1500 investigations.',
		// Seasons counted from an event, and a day of the month that counts something else.
		'In the summer before the war, the harvest failed.',
		'He scored for the 23rd time.',
		// A capital "3D" is no ordinal, pence are no day, and "Sat", "Sun", "Wed" without a stop are words.
		'The film was shown in 3D on the 3D screen at the 2D studio.',
		'A loaf cost 2s 3d in the 3d shop.',
		'He sat on the bench and told The Sun. They wed in a barn.',
		'The 17th Lancers charged at Balaclava.',
		'He went to Easter Island.'
	])('%s', (text) => {
		const dates = tagTimes(text, { anchor: '2021-09-06' }).filter((m) => m.type === 'DATE' || m.type === 'TIME');
		expect(dates).toEqual([]);
	});

	it.each([
		['Bloody Sunday in 1972 shocked Derry.', 'Sunday'],
		// Quarters counted in thousands are of grain, not of years.
		['Advices from Danzig report 40,000 quarters shipped.', 'quarters'],
		['Shoppers queued on Black Friday.', 'Friday'],
		['Candidates campaigned before Super Tuesday.', 'Tuesday'],
		['The Communist Party daily Granma compared Elian with heroes.', 'daily'],
		['The state-run daily reported the arrests.', 'daily'],
		['He told the daily.', 'daily'],
		['The daily reported the arrests.', 'daily'],
		['Farkas hoped he one day would fly.', 'one day'],
		['One day, the soldiers came.', 'one day'],
		['He hopes to one day return home.', 'one day'],
		['The city changed almost overnight.', 'overnight'],
		["Peace won't come overnight.", 'overnight'],
		['She became a star overnight.', 'overnight'],
		['Overnight talks ended without a deal.', 'overnight'],
		['It was an overnight success.', 'overnight'],
		['The overnight shipped parcels were late.', 'overnight'],
		['Overnight shipped parcels arrive by noon.', 'overnight'],
		['Shares rose to 9.30 that morning.', '9.30'],
		['Shares closed at 9.30 on Friday.', '9.30'],
		['She paid for 9.30 that morning what she paid for 6.10 at night.', '9.30'],
		['They voted for 14:30 as a compromise.', '14:30'],
		['The index fell by 5 on Friday evening.', '5'],
		['She was five that year, and her brother six that summer.', 'five'],
		['The verse is John 19:20 — it says so.', '19:20'],
		['The 2047 Pacific typhoon season was the busiest on record.', '2047 Pacific'],
		['Brazil play Colombia in the quarter-final in Fortaleza.', 'the quarter'],
		['The reading for the day:\n19:20 Jesus wept, and the crowd was silent.\nAmen.', '19:20'],
		['He worked during the night shift.', 'the night'],
		['Polls were taken the day before and the day after the vote.', 'the day before'],
		["ABC shows 'New Year's Rockin' Eve' tonight.", "New Year's"],
		['The pound stood at 1.45 yesterday.', '1.45'],
		['Ten to twelve people died.', 'Ten to twelve'],
		['On Christmas, 2000 people came to the square.', 'Christmas, 2000'],
		['New cases brought the total since July 1 to 3,012.', 'July 1 to 3'],
		['They travelled by night and slept by day.', 'night'],
		['Copies sold by Morning Star vendors.', 'Morning'],
		['The Doomsday Clock stands at two minutes to midnight.', 'two minutes to midnight'],
		['He finished 20 minutes after nine others.', '20 minutes after nine'],
		['Four at the back and four in midfield held firm.', 'Four'],
		['A quarter of the troops left.', 'A quarter'],
		['Profits fell by a quarter to 5 million pounds.', 'a quarter'],
		['Holiday sales bring in a quarter of annual revenue.', 'a quarter'],
		['It happened in 476 cases, and one in 100 people fell ill.', '476'],
		['One in 100 people fell ill.', '100'],
		['He won by 300 votes.', '300'],
		['The bank raised its main interest rate by a quarter point.', 'a quarter'],
		['Thieves hit a jewelry store at 1420 E. Battlefield St.', '1420'],
		['The crowd numbered around 300. Deaths rose by 300 and injuries by 200.', '300'],
		['The disease affects one person in 250.', '250'],
		['He finished in 145, two shots back.', '145'],
		['The risk is one in 100.', '100'],
		['Organisers expect 2000 to attend the march.', '2000'],
		['Archaeologists found a stone calendar 1500 years old.', '1500'],
		['Profits have fallen by a quarter since 2019, and the Fed raised interest rates by a quarter.', 'a quarter'],
		['They expect 2000 people, and he welcomed 1500 visitors.', '2000'],
		['They expect 2000 people, and he welcomed 1500 visitors.', '1500'],
		['Edison fought the alternating current system.', 'current'],
		['The Mayor switched on the current at the works.', 'current'],
		// A quarter after a measure counted before "and" is part of that measure.
		['The course was three miles and three-quarters.', 'three-quarters'],
		['The pike weighed 12 lb and a quarter.', 'a quarter'],
		['The current swept the boat onto the rocks.', 'current'],
		['The bank raised its overnight rate.', 'overnight'],
		["Napoleon's Hundred Days ended at Waterloo.", 'Hundred Days'],
		// A weekday after a capitalized word and before another day names a club; a likeness names no hour.
		['The cup-tie with Sheffield Wednesday on Feb. 15 may go ahead.', 'Wednesday'],
		['He will make his debut against Sheffield Wednesday on Saturday.', 'Wednesday'],
		['She was knighted in the New Year Honours.', 'New Year'],
		['The Christmas concert raised funds for the hospice.', 'Christmas'],
		// A decade's style dates nothing.
		['Traders feared a 1980s-style glut of crude.', '1980s'],
		["The band played a '60s-style set.", '60s'],
		// A holiday that ends a title in quotes.
		["Band Aid released the single 'Do They Know It's Christmas?' in 1984.", 'Christmas'],
		['The film “Home for Christmas” opens on Friday.', 'Christmas'],
		['The sky was as dark as midnight.', 'midnight'],
		// A unit that is part of another word, a clock's hands, a hundred runs.
		['The last quarter-final place goes to the winner.', 'quarter'],
		['The grid carried 4.2 terawatt-hours of power.', 'hours'],
		['The station clock has two minute hands.', 'two minute'],
		['The winter sets were sold out.', 'winter'],
		['The singer made a fortune overnight.', 'overnight'],
		['It was the year before that war that the treaty failed.', 'the year before'],
		['Khan has now scored a century in each of his last three Tests.', 'a century'],
		['She made her maiden century at Lord\'s.', 'century'],
		// Minutes and seconds of arc are angles.
		['Einstein predicted the light would bend by 1.75 seconds of arc.', '1.75 seconds'],
		['The comet moved 40 minutes of arc in a night.', '40 minutes'],
		// A number with decimals after a month is an amount.
		['Temperatures were in January and February 2.1C above the average.', 'February 2'],
		['Sales in May rose 3.5% on the year; rainfall in June 4.5 inches.', 'June 4'],
		// A speed written as one compound.
		['A 42-mile-an-hour gust tore the roadway from its cables.', 'hour'],
		['The ferry kept to a 30-kilometre-an-hour limit in the harbour.', 'hour'],
		// A score before a quarter-final.
		["Uruguay's 3-2 quarter-final win over Ghana was bitter.", 'quarter'],
		// A quarter of a match, in a sentence that tells its play.
		['The Swifts led by four goals at half-time, but the Harriers scored seven in a row early in the third quarter.', 'third quarter'],
		// A quarter of grain, eight bushels.
		['The supply of English wheat was moderate, and prices were 2s. per quarter lower than on Monday.', 'per quarter'],
		// A ratio of days.
		['The trains were late five days in six.', 'five days'],
		['He worked on the big telescope three weeks in every four.', 'three weeks'],
		['The signalman worked one week in four.', 'one week']
	])('%s has no time in "%s"', (text, words) => {
		const mentions = tagTimes(text, { anchor: '2021-09-06' });
		expect(mentions.filter((m) => m.text.toLowerCase().includes(words.toLowerCase()))).toEqual([]);
	});

	it('reads a list of days only after a word that leads to a date', () => {
		const texts = tagTimes('He scored 3 and 4 May was a rest day.', { anchor: '2021-09-06' }).map((m) => m.text);
		expect(texts).toEqual(['4 May']);
		expect(tagTimes('It rained on 3 and 4 May.', { anchor: '2021-09-06' }).map((m) => m.text)).toEqual(['3', '4 May']);
	});

	it('keeps the times these words are in other sentences', () => {
		const texts = [
			'Rallies are held daily.',
			'The daily tally rose.',
			'The strike lasted one day.',
			'He had been in the job one day.',
			'It was a black Friday for markets.',
			'Flight 1549 landed in the Hudson; the 2009 landing saved everyone.',
			'The 1922 committee hearings were held in secret.',
			"'I'll be home for Christmas,' he said."
		];
		expect(texts.map((t) => tagTimes(t, { anchor: '2021-09-06' }).length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
	});

	it('keeps years that stand in lists next to sure years', () => {
		expect(tagTimes('Kopp was seen in 1994, 1995 and 1997.').map((m) => m.value)).toEqual(['1994', '1995', '1997']);
	});
});
