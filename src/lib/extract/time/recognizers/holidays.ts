import { partOfDayCode, TRAILING_MODIFIER, WORDS_AFTER_A_TIME, YEAR_PATTERN } from '../calendarWords';
import type { Fields, PointExpression } from '../expression';
import { pattern, wordAfter, wordBefore, wordsBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';

/**
 * Holidays with a fixed place in the Gregorian calendar ("Christmas Day", "New Year's Eve", "Boxing Day")
 * or a fixed rule (US "Thanksgiving": the fourth Thursday of November; US "Election Day": the Tuesday
 * after the first Monday of November; "Memorial Day", "Labor Day"), national days whose name says whose
 * they are ("Bastille Day", "Anzac Day"; not "Independence Day"; "the Day of Reconciliation" has a recognizer of its own), saints' days and
 * England's old quarter days ("St George's Day", "Michaelmas", "Lady Day"), the Orthodox Christmas (the Julian
 * calendar's 25 December), the Western church's feasts that move with Easter ("Good Friday", "Easter
 * Monday", "Pentecost"), whose dates the Gregorian computus gives, and the Orthodox Easter, which the
 * Julian computus gives. Feasts of the Islamic, Hebrew, Chinese and Persian calendars ("Ramadan", "Eid
 * al-Adha", "Yom Kippur", "Passover", "Lunar New Year", "Nowruz") are read from those calendars (see
 * otherCalendars), and run over their days. Feasts of calendars Intl does not carry (Diwali, Vesak) are
 * not guessed, nor is a bare "Eid", which does not say which. Without a year, the year comes from the
 * publication date and the tense, as for a month and day.
 */

/** "Easter" alone: the feast's Sunday ("at Easter", "since Easter"); its own group, read only after such a word. */
const BARE_EASTER = 'easter';
/** "Lady Day", the March quarter day, read only after such a word too: the name is also Billie Holiday's. */
const LADY_DAY = 'lady\\s+day';
/** Names that are a day only after a word that makes them one (`TIME_WORD_BEFORE`). */
const AFTER_A_TIME_WORD = new Set([BARE_EASTER, LADY_DAY]);
/** Words before "Easter" that make it the date: a preposition of time or a determiner ("last Easter", "the Easter weekend"). */
const TIME_WORD_BEFORE = /^(?:at|over|since|until|till|before|after|by|around|during|on|from|to|through|for|between|following|this|last|next|past|of|the)$/;
/**
 * Nouns after a holiday's name that make it the name of something else: "the Good Friday Agreement", "the
 * Easter Rising", "Christmas Island"; and things named after the feast ("a Christmas market", "the Christmas tree",
 * "the New Year's Concert", "the New Year Honours"), which may be held in other years than the one the clause speaks of.
 */
export const NAMED_AFTER_A_FEAST = /^\s+(?:agreements?|accords?|rising|uprising|islands?|islanders|offensive|treaty|proclamation|massacre|wars?|markets?|trees?|cards?|carols?|decorations?|lights|shopping|shoppers|songs?|jumpers?|sweaters?|puddings?|crackers?|terms?|concerts?|galas?|balls?|parades?|honours|honors|messages?|address|lectures?|specials?|fairs?|bazaars?|fayres?|part(?:y|ies)|bonus(?:es)?|pantomimes?)(?![\p{L}\p{N}])/iu;

/**
 * Events held on a feast's own day when its name says the day ("the Christmas Eve carol concert", "the New
 * Year's Day parade", "her Christmas Day message"); after the feast alone ("a Christmas concert") they may be
 * held on any day of its season.
 */
const HELD_ON_THE_DAY = /^\s+(?:carols?|concerts?|galas?|balls?|parades?|messages?|address|lectures?)(?![\p{L}\p{N}])/iu;

function islamic(month: string, day: number, lasts?: 'month'): Fields {
	return { feast: { calendar: 'islamic-umalqura', month, day, lasts } };
}

function hebrew(month: string, day: number, lasts?: number): Fields {
	return { feast: { calendar: 'hebrew', month, day, lasts } };
}

/** Saints' days of fixed date, by the saint's name in the possessive ("St George's Day", "St Nicholas Day"). */
const SAINTS_DAYS: [string, number, number][] = [
	["george['’]?s", 4, 23],
	["andrew['’]?s", 11, 30],
	["david['’]?s", 3, 1],
	["crispin(?:ian)?['’]?s", 10, 25],
	["stephen['’]?s", 12, 26],
	["swithin['’]?s", 7, 15],
	["bartholomew['’]?s", 8, 24],
	["nicholas['’]?(?:s)?", 12, 6],
	["lucy['’]?s", 12, 13]
];

const HOLIDAYS: [string, Fields][] = [
	// The Julian calendar's Christmas, kept by most Orthodox churches: 7 January from 1901 to 2099.
	['(?:orthodox|coptic|julian)\\s+christmas\\s+eve', { month: 1, day: 6 }],
	['(?:orthodox|coptic|julian)\\s+christmas(?:\\s+day)?', { month: 1, day: 7 }],
	["christmas\\s+eve", { month: 12, day: 24 }],
	['christmas(?:\\s+day)?', { month: 12, day: 25 }],
	['boxing\\s+day', { month: 12, day: 26 }],
	["new\\s+year['’]?s\\s+eve", { month: 12, day: 31 }],
	["new\\s+year['’]?s(?:\\s+day)?", { month: 1, day: 1 }],
	["valentine['’]?s\\s+day", { month: 2, day: 14 }],
	['halloween', { month: 10, day: 31 }],
	['thanksgiving(?:\\s+day)?', { month: 11, nthWeekday: { n: 4, weekday: 4 } }],
	['election\\s+day', { month: 11, nthWeekday: { n: 1, weekday: 2, fromDay: 2 } }],
	// National days whose name says which nation's they are ("Independence Day" does not).
	['bastille\\s+day', { month: 7, day: 14 }],
	['anzac\\s+day', { month: 4, day: 25 }],
	['australia\\s+day', { month: 1, day: 26 }],
	['canada\\s+day', { month: 7, day: 1 }],
	['juneteenth', { month: 6, day: 19 }],
	['(?:armistice|remembrance|veterans[\'’]?)\\s+day', { month: 11, day: 11 }],
	['(?:guy\\s+fawkes|bonfire)\\s+night', { month: 11, day: 5 }],
	["st\\.?\\s+patrick['’]?s\\s+day", { month: 3, day: 17 }],
	['may\\s+day', { month: 5, day: 1 }],
	["all\\s+saints['’]?\\s+day", { month: 11, day: 1 }],
	["all\\s+souls['’]?\\s+day", { month: 11, day: 2 }],
	// Saints' and national days that say whose they are, and England's old quarter days and feasts.
	...SAINTS_DAYS.map(([name, month, day]): [string, Fields] => [`(?:st\\.?|saint)\\s+${name}\\s+day`, { month, day }]),
	['(?:st|saint)[\\s.-]+jean[\\s-]+baptiste(?:\\s+day)?', { month: 6, day: 24 }],
	['waitangi\\s+day', { month: 2, day: 6 }],
	['burns\\s+night', { month: 1, day: 25 }],
	['twelfth\\s+night', { month: 1, day: 5 }],
	['epiphany', { month: 1, day: 6 }],
	['candlemas(?:\\s+day)?', { month: 2, day: 2 }],
	[LADY_DAY, { month: 3, day: 25 }],
	['midsummer[\\s-]+day', { month: 6, day: 24 }],
	['lammas(?:\\s+day)?', { month: 8, day: 1 }],
	['michaelmas(?:\\s+day)?', { month: 9, day: 29 }],
	['martinmas(?:\\s+day)?', { month: 11, day: 11 }],
	// US federal holidays on a fixed weekday of their month.
	['memorial\\s+day', { month: 5, nthWeekday: { n: -1, weekday: 1 } }],
	['labor\\s+day', { month: 9, nthWeekday: { n: 1, weekday: 1 } }],
	['(?:martin\\s+luther\\s+king(?:\\s+jr\\.?)?|mlk)\\s+day', { month: 1, nthWeekday: { n: 3, weekday: 1 } }],
	// The feasts that move with Western Easter, in days from Easter Sunday.
	['shrove\\s+tuesday', { fromEaster: -47 }],
	['ash\\s+wednesday', { fromEaster: -46 }],
	['palm\\s+sunday', { fromEaster: -7 }],
	['(?:maundy|holy)\\s+thursday', { fromEaster: -3 }],
	['good\\s+friday', { fromEaster: -2 }],
	// "Easter Saturday" as news writes it: the day before Easter Sunday, not the Saturday of Easter week.
	['(?:holy|easter)\\s+saturday|easter\\s+eve', { fromEaster: -1 }],
	['easter\\s+(?:sunday|day)', { fromEaster: 0 }],
	['easter\\s+monday', { fromEaster: 1 }],
	['ascension\\s+day', { fromEaster: 39 }],
	['(?:pentecost|whit)\\s+monday|whitmonday', { fromEaster: 50 }],
	['pentecost(?:\\s+sunday)?|whit\\s*sunday', { fromEaster: 49 }],
	[BARE_EASTER, { fromEaster: 0 }],
	// The Orthodox Easter and its Friday, by the Julian computus.
	['orthodox\\s+good\\s+friday', { fromEaster: -2, church: 'orthodox' }],
	['orthodox\\s+easter(?:\\s+sunday)?', { fromEaster: 0, church: 'orthodox' }],
	// Islamic feasts, on the Umm al-Qura calendar.
	['ramad(?:h)?an|ramazan', islamic('9', 1, 'month')],
	['eid(?:[\\s-]+(?:al|ul|el))?[\\s-]+fitr', islamic('10', 1)],
	['eid(?:[\\s-]+(?:al|ul|el))?[\\s-]+a[dz]ha', islamic('12', 10)],
	['(?:islamic|hijri|muslim)\\s+new\\s+year', islamic('1', 1)],
	['ashura', islamic('1', 10)],
	// Jewish feasts; each begins at sundown the evening before its first day.
	['rosh\\s+hashan(?:a|ah)', hebrew('Tishri', 1, 2)],
	['yom\\s+kippur', hebrew('Tishri', 10)],
	['sukkot|succot', hebrew('Tishri', 15, 7)],
	['hanukk?ah|chanukk?ah', hebrew('Kislev', 25, 8)],
	['purim', hebrew('Adar|Adar II', 14)],
	['passover|pesach', hebrew('Nisan', 15, 8)],
	['shavuot', hebrew('Sivan', 6, 2)],
	// The new year of the Chinese calendar, kept as Tet in Vietnam and Seollal in Korea.
	['(?:lunar|chinese)\\s+new\\s+year|spring\\s+festival|tet|seollal', { feast: { calendar: 'chinese', month: '1', day: 1 } }],
	// The Persian new year, at the March equinox.
	['nowruz|norouz|nowrouz|navruz|nawruz|nauroz|persian\\s+new\\s+year', { feast: { calendar: 'persian', month: '1', day: 1 } }]
];

const HOLIDAY_GROUPS = HOLIDAYS.map((_, i) => `h${i}`);

/** Capitalized words before a feast's name that describe it, not name a person ("the Muslim Eid al-Adha"). */
const FEAST_ADJECTIVES = new Set(['muslim', 'islamic', 'holy', 'jewish', 'chinese', 'vietnamese', 'korean', 'persian', 'iranian', 'kurdish', 'afghan', 'shia', 'shiite', 'sunni', 'annual', 'first', 'last', 'this', 'next']);

/** Whether a capitalized word that does not start its sentence, a name, stands just before `index` ("Tariq Ramadan"). */
function afterName(text: string, index: number): boolean {
	const before = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(text.slice(Math.max(0, index - 40), index));
	if (!before || /['’]s$/.test(before[1]) || FEAST_ADJECTIVES.has(before[1].toLowerCase())) return false;
	const head = text.slice(Math.max(0, index - 40), index - before[0].length);
	return !/(?:^|[.!?:"“(\n]\s*)$/.test(head);
}

const holidays: Recognizer = {
	name: 'holiday',
	triggers: [
		'orthodox christmas', 'coptic christmas', 'julian christmas', 'christmas', 'boxing', 'new year', 'new years', 'valentine', 'valentines', 'halloween', 'thanksgiving', 'election day',
		'bastille day', 'anzac day', 'australia day', 'canada day', 'juneteenth', 'armistice day', 'remembrance day', 'veterans day', 'veterans', 'guy fawkes', 'bonfire night', 'st patrick', 'st', 'may day', 'all saints', 'all souls', 'memorial day', 'labor day', 'martin luther', 'mlk day',
		'saint', 'waitangi day', 'burns night', 'twelfth night', 'epiphany', 'candlemas', 'lady day', 'midsummer', 'lammas', 'michaelmas', 'martinmas',
		'shrove tuesday', 'ash wednesday', 'palm sunday', 'maundy thursday', 'holy thursday', 'holy saturday', 'good friday', 'easter', 'ascension day', 'pentecost', 'whit', 'whitsunday', 'whitmonday',
		'orthodox good', 'orthodox easter', 'ramadan', 'ramadhan', 'ramazan', 'eid', 'islamic new', 'hijri new', 'muslim new', 'ashura',
		'rosh hashanah', 'rosh hashana', 'yom kippur', 'sukkot', 'succot', 'hanukkah', 'hanukah', 'chanukah', 'chanukkah', 'purim', 'passover', 'pesach', 'shavuot',
		'lunar new', 'chinese new', 'spring festival', 'tet', 'seollal', 'nowruz', 'norouz', 'nowrouz', 'navruz', 'nawruz', 'nauroz', 'persian new'
	],
	pattern: pattern(`${WORD_START}(?:${HOLIDAYS.map(([p], i) => `(?<${HOLIDAY_GROUPS[i]}>${p})`).join('|')})${WORD_END}(?:\\s+(?<part>morning|afternoon|evening|night)${WORD_END})?(?:(?<comma>,)?\\s+(?:of\\s+)?(?<year>${YEAR_PATTERN})${WORD_END})?`, true),
	build(m, text) {
		if (!/^\p{Lu}/u.test(m[0])) return null;
		const i = HOLIDAY_GROUPS.findIndex((g) => m.groups?.[g] !== undefined);
		if (i < 0) return null;
		const fields: Fields = { ...HOLIDAYS[i][1] };
		// "Christmas night", "Easter morning": a part of the holiday's day (not of a feast of many days).
		const name = m.groups![HOLIDAY_GROUPS[i]];
		const part = m.groups?.part;
		const partCode = part && !fields.feast && fields.partOfDay === undefined ? partOfDayCode(part) : null;
		if (partCode) fields.partOfDay = partCode;
		// A part the holiday cannot take ("Ramadan night prayers") leaves the name alone, without a year after it.
		const nameEnd = partCode ? m.index + m[0].indexOf(part!, name.length) + part!.length : m.index + name.length;
		// "Christmas Day 1914", "Ramadan 2020": the year it was; a feast's year is of the common era ("Ramadan 1442 AH" is not).
		const year = part && !partCode ? undefined : m.groups?.year;
		const dated = year !== undefined && !(fields.feast && (Number(year) < 1600 || /^\s*A\.?H\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5)))) && !(m.groups?.comma && countedAfter(text, m.index + m[0].length));
		if (dated) fields.year = Number(year);
		const end = dated ? m.index + m[0].length : nameEnd;
		const nounAfter = text.slice(end, end + 16);
		if (NAMED_AFTER_A_FEAST.test(nounAfter) && !(/\b(?:Day|Eve)$/i.test(name) && HELD_ON_THE_DAY.test(nounAfter))) return null;
		// "ABC's 'New Year's Rockin' Eve'": a title in quotes that goes on after the name.
		if (QUOTE_BEFORE.test(text.slice(Math.max(0, m.index - 1), m.index)) && /^\p{Lu}/u.test(wordAfter(text, end))) return null;
		// "the single 'Do They Know It's Christmas?'": one that ends a title in quotes.
		if (QUOTE_AFTER.test(text.slice(end, end + 2)) && TITLE_BEFORE.test(text.slice(Math.max(0, m.index - TITLE_REACH), m.index))) return null;
		if (AFTER_A_TIME_WORD.has(HOLIDAYS[i][0]) && !TIME_WORD_BEFORE.test(wordBefore(text, m.index))) return null;
		// "Tariq Ramadan": a feast's name after a name is a surname.
		if (fields.feast && afterName(text, m.index)) return null;
		// "a truce for Christmas", "travelled home for the Lunar New Year": what a thing is for.
		const lead = wordsBefore(text, m.index, 2).map((w) => w.toLowerCase());
		const purpose = !dated && (lead.at(-1) === 'for' || (lead.at(-1) === 'the' && lead.at(-2) === 'for')) ? true : undefined;
		// "cancelled Lunar New Year celebrations", "Christmas shopping": the time of a thing, not of the clause.
		const after = wordAfter(text, end);
		const attributive = !dated && /^\p{Ll}/u.test(after) && !NOT_A_NOUN_AFTER.has(after) ? true : undefined;
		const expression: PointExpression = { kind: 'point', fields, purpose, attributive };
		const direction = dated ? null : directionNamed(text, m.index, end);
		const type = partCode ? 'TIME' : 'DATE';
		if (!direction) return { start: m.index, end, type, expression, source: 'holiday' };
		expression.relation = { kind: 'named', direction: direction.which };
		return { start: Math.min(m.index, direction.start), end: Math.max(end, direction.end), type, expression, source: 'holiday' };
	}
};

/** "next" or "last" just before a holiday's name. */
const NEXT_OR_LAST_BEFORE = /(?<![\p{L}\p{N}])(next|last)\s+$/iu;

/**
 * "next Easter", "last Christmas", and the formal "at Lady Day next", "at Michaelmas last": the one after
 * the time of writing or the one before it, whatever the tense. The words join the mention.
 */
function directionNamed(text: string, start: number, end: number): { which: 'next' | 'last'; start: number; end: number } | null {
	const before = NEXT_OR_LAST_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
	if (before) return { which: before[1].toLowerCase() as 'next' | 'last', start: start - before[0].length, end };
	const after = TRAILING_MODIFIER.exec(text.slice(end, end + 24));
	return after ? { which: after[1].toLowerCase() as 'next' | 'last', start, end: end + after[0].length } : null;
}

/**
 * Whether a noun follows the number after a holiday's comma: "on Christmas, 2000 people came" counts
 * them, where "on Thanksgiving Day, 1986." and "on Easter Sunday, 1916, in Dublin" name the year.
 */
function countedAfter(text: string, end: number): boolean {
	const after = wordAfter(text, end);
	return /^\p{Ll}/u.test(after) && !WORDS_AFTER_A_TIME.has(after);
}

/** An opening quote mark, before the holiday's name that begins a title. */
const QUOTE_BEFORE = /^['"‘“]$/;
/** A closing quote mark, after the holiday's name that ends a title (with its question or exclamation). */
const QUOTE_AFTER = /^[?!]?['"’”]/;
/** How far back the opening quote of a title that ends in a holiday's name is looked for. */
const TITLE_REACH = 60;
/** An opening quote and the title's words in title case up to the name: "'Do They Know It's ", "“Home for ". */
const TITLE_BEFORE = /(?:^|[\s(])['"‘“]\p{Lu}[\p{L}'’]*(?:\s+(?:\p{Lu}[\p{L}'’]*|a|an|the|of|in|on|at|to|for|and|or|by|with))*\s+$/u;

/** Words after a holiday's name that leave it the time of its clause: "on Christmas and …", "Easter morning". */
const NOT_A_NOUN_AFTER = new Set([...WORDS_AFTER_A_TIME, ...'day eve morning afternoon evening night week weekend itself'.split(' ')]);

/** Nouns after a date that make it the name of an attack ("the September 11 attacks", "the 7/7 bombings"). */
const ATTACK_NOUN = /^\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|hijack(?:ers|ings?)|massacre|assault|commission|anniversary)(?![\p{L}\p{N}])/iu;

/**
 * Days that name an attack long after it, and the year they name: "the September 11 attacks" in a paper of
 * 2008 are of 2001, not of the last September. Written with a month's name or with a slash ("the 7/7
 * bombings"), they name it only before a noun that names an attack; "9/11" names it alone too ("since 9/11").
 */
const NAMED_DAYS: { month: number; day: number; year: number; slash?: string; alone?: boolean }[] = [
	{ month: 9, day: 11, year: 2001, slash: '9/11', alone: true },
	{ month: 10, day: 7, year: 2023 },
	{ month: 7, day: 7, year: 2005, slash: '7/7' },
	{ month: 11, day: 26, year: 2008, slash: '26/11' }
];

/** The year a month and day written at `end` name, when a noun naming an attack follows them. */
export function yearOfNamedDay(month: number, day: number, text: string, end: number): number | undefined {
	const named = NAMED_DAYS.find((d) => d.month === month && d.day === day);
	return named && ATTACK_NOUN.test(text.slice(end, end + 30)) ? named.year : undefined;
}

const SLASHED = NAMED_DAYS.filter((d) => d.slash);

const slashedNamedDays: Recognizer = {
	name: 'namedDay',
	triggers: ['#1/'],
	pattern: pattern(`${WORD_START}(?:${SLASHED.map((d) => `(${d.slash})`).join('|')})(?![\\p{L}\\p{N}/])`),
	build(m, text) {
		const named = SLASHED[m.slice(1).findIndex((g) => g !== undefined)];
		const end = m.index + m[0].length;
		if (!named || (!named.alone && !ATTACK_NOUN.test(text.slice(end, end + 30)))) return null;
		return { start: m.index, end, type: 'DATE', expression: { kind: 'point', fields: { year: named.year, month: named.month, day: named.day } }, source: 'holiday' };
	}
};

/**
 * South Africa's "Day of Reconciliation", 16 December: its own recognizer, since "day of" is too common a
 * pair to try every holiday's name at.
 */
const dayOfReconciliation: Recognizer = {
	name: 'dayOfReconciliation',
	triggers: ['day of'],
	pattern: pattern(`${WORD_START}Day\\s+of\\s+Reconciliation${WORD_END}`),
	build(m, text) {
		const end = m.index + m[0].length;
		const expression: PointExpression = { kind: 'point', fields: { month: 12, day: 16 } };
		const direction = directionNamed(text, m.index, end);
		if (direction) expression.relation = { kind: 'named', direction: direction.which };
		return { start: direction?.start ?? m.index, end: direction?.end ?? end, type: 'DATE', expression, source: 'holiday' };
	}
};

export const holidayRecognizers: Recognizer[] = [holidays, dayOfReconciliation];
/** Read before the dates with a month name, whose words they share. */
export const namedDayRecognizers: Recognizer[] = [slashedNamedDays];
