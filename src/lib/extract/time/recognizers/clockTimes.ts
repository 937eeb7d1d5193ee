import { CARDINAL_WORDS, CARDINAL_WORDS_PATTERN, parseQuantity } from '$lib/extract/text/numbers';
import type { Candidate, Fields } from '../expression';
import { hourInPartOfDay } from '../calendarMath';
import { monthNumber, partOfDayCode, weekdayNumber, ZONE_ABBREVIATIONS } from '../calendarWords';
import { followed, leadsDatedLineEntry, leadsLineEntry, lineStartWithin, pattern, SENTENCE_END_BEFORE, wordAfter, wordBefore, WORD_END, WORD_START, type Recognizer } from '../recognizer';
import { CHANGED_BY } from './durations';

/**
 * Clock times: "10:35 a.m.", "6 a.m", "7:15 p.m. EST", "14:30 GMT", "0800 local time", "noon",
 * "midnight", "4 in the morning". A time without am/pm or a zone ("14:30") counts only after a word that
 * introduces a time ("at", "by", "around", "until", "from", "before", "after", "since"), so scores,
 * ratios and verse numbers stay numbers. The zone is kept among the known parts; spans stay on the
 * nominal clock of the text (see calendarMath). The sun's times ("at dawn", "by nightfall") are the parts
 * of the day they open or close.
 */

/** A place's time ("01:00 Moscow time", "21:45 Khartoum time"): the place must be capitalized. */
const PLACE_TIME = '\\p{L}+\\s+time';
/** North American zones by name ("9pm Eastern time", "7pm ET"). */
const ZONE_REGIONS = ['Eastern', 'Central', 'Mountain', 'Pacific', 'Atlantic'];
const NAMED_ZONES = `(?:${ZONE_REGIONS.join('|')})(?:\\s+(?:Standard|Daylight))?\\s+time`;
const NAMED_ZONE = new RegExp(`^(${ZONE_REGIONS.join('|')})(?: (Standard|Daylight))?(?: time)?$`, 'i');
/**
 * A region alone ("3 p.m. Eastern on Friday"), when no name goes on after it ("Pacific Rim", "Central
 * Bank"); never the Atlantic, as often the ocean ("the 2047 Atlantic hurricane season").
 */
const BARE_REGION = /^(?:Eastern|Central|Mountain|Pacific)$/;
const ZONES = `${ZONE_ABBREVIATIONS.join('|')}|${NAMED_ZONES}|local\\s+time|local|${PLACE_TIME}|${ZONE_REGIONS.join('|')}`;
const AMPM = '(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm)';
const CONTINUATIONS = new RegExp(`^(?:${ZONES}|Sept|Sep)$`);
const INTRODUCERS = new Set(['at', 'by', 'around', 'about', 'near', 'until', 'till', 'from', 'before', 'after', 'since', 'to', 'and', 'approximately', 'circa', 'between']);
/** "timed for 5.40 the next morning", "set for 14:30": "for" introduces the time a thing was set for. */
const SET_FOR = /\b(?:timed|set|scheduled|fixed|planned|slated|called|booked|arranged)\s+for\s*$/i;

/** Whether the word before `index` introduces a time (`words`), or "for" after a verb of setting one. */
function introduced(text: string, index: number, words: ReadonlySet<string>): boolean {
	const before = wordBefore(text, index);
	return words.has(before) || (before === 'for' && SET_FOR.test(text.slice(Math.max(0, index - 20), index)));
}

function time(start: number, end: number, fields: Fields): Candidate {
	return { start, end, type: 'TIME', expression: { kind: 'point', fields }, source: 'clockTime' };
}

/**
 * The end of a clock-time match, and its zone's text: a zone's letters must be capitals ("7pm ET", not
 * "5 pm et al."), or the match ends before it.
 */
function zoneAndEnd(m: RegExpExecArray, group: number): [zone: string | undefined, end: number] {
	const zone = m[group];
	const end = m.index + m[0].length;
	// Letters are a zone in capitals ("EST", not "art"); a place's time starts with its name's capital.
	const capitalized =
		zone &&
		(/\s/.test(zone)
			? /^(?:\p{Lu}|local\s)/u.test(zone)
			: zone === zone.toUpperCase() || /^local$/i.test(zone) || (BARE_REGION.test(zone) && !/^\s+\p{Lu}/u.test(m.input.slice(end, end + 2))));
	if (!zone || capitalized) return [zone, end];
	// The match ends where the spaces and bracket before the zone begin.
	const at = m[0].lastIndexOf(zone);
	return [undefined, m.index + at - (/\s*\(?$/.exec(m[0].slice(0, at))?.[0].length ?? 0)];
}

/** A clock's fields with the zone its text names, if any ("half past midnight local time"). */
function withZone(fields: Fields, zoneText: string | undefined): Fields {
	const zone = zoneOf(zoneText);
	return zone ? { ...fields, zone } : fields;
}

function zoneOf(text: string | undefined): string | undefined {
	if (!text) return undefined;
	const z = text.replace(/\s+/g, ' ');
	if (/^local/i.test(z)) return 'local';
	// "Eastern Standard Time" is EST, "Eastern time" ET.
	const named = NAMED_ZONE.exec(z);
	if (named) return `${named[1][0]}${named[2]?.[0] ?? ''}T`.toUpperCase();
	return z.toUpperCase();
}

const withAmPm: Recognizer = {
	name: 'clockAmPm',
	triggers: ['#1'],
	numberFollowers: ['a', 'p', 'am', 'pm'],
	pattern: pattern(`${WORD_START}(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*${AMPM}(?![\\p{L}\\p{N}])(?:\\s*\\(?(${ZONES})\\)?${WORD_END})?`, true),
	build(m, text) {
		let hour = Number(m[1]);
		const pm = /^p/i.test(m[3]);
		const [zoneText, matchEnd] = zoneAndEnd(m, 4);
		let end = matchEnd;
		// "at 6 a.m. The": the final period ends the sentence too, and belongs to it; "6 a.m. Monday" goes on.
		if (!zoneText && m[3].endsWith('.')) {
			const next = wordAfter(text, end);
			const sentenceGoesOn = CONTINUATIONS.test(next) || weekdayNumber(next) !== null || monthNumber(next) !== null;
			if (/^\s*(?:$|\n|\p{Lu})/u.test(text.slice(end, end + 3)) && !sentenceGoesOn) end -= 1;
		}
		if (pm && hour < 12) hour += 12;
		if (!pm && hour === 12) hour = 0;
		const fields: Fields = { hour, minute: m[2] ? Number(m[2]) : 0 };
		const zone = zoneOf(zoneText);
		if (zone) fields.zone = zone;
		return time(m.index, end, fields);
	}
};

const twentyFour: Recognizer = {
	name: 'clock24',
	triggers: ['#1:', '#4'],
	numberFollowers: [...ZONES.toLowerCase().split('|').filter((z) => /^[a-z]+$/.test(z)), ...ZONE_REGIONS.map((r) => r.toLowerCase()), 'hours', 'hrs', 'h'],
	// "9:35 o'clock on Thursday night", as older print writes it.
	pattern: pattern(`${WORD_START}([01]?\\d|2[0-3])(?::([0-5]\\d)|([0-5]\\d))(?::[0-5]\\d)?(?:\\s*(?:(${ZONES})|(hours|hrs|h))${WORD_END})?(?<oclock>(?<=:[0-5]\\d)\\s+o['’]clock)?(?![\\p{L}\\p{N}]|[:.,]\\d)`, true),
	build(m, text) {
		const [, h, colonMinutes, compactMinutes, , hoursWord] = m;
		const oclock = m.groups?.oclock !== undefined;
		const [zoneText, end] = zoneAndEnd(m, 4);
		const compact = compactMinutes !== undefined;
		// "0800 GMT" needs its zone (not a region alone: "2047 Pacific") or "hours"; "14:30" needs a zone or an introducing word.
		if (compact && (!((zoneText && !BARE_REGION.test(zoneText)) || hoursWord) || h.length !== 2)) return null;
		if (!compact && !zoneText && !hoursWord && !oclock && !introduced(text, m.index, INTRODUCERS) && !leadsLineEntry(text, m.index, end) && !leadsDatedLineEntry(text, m.index, end) && !stampsAnEntry(text, m.index, end) && !stampsALine(text, m.index, end)) return null;
		const fields: Fields = { hour: Number(h), minute: Number(colonMinutes ?? compactMinutes) };
		const zone = zoneOf(zoneText);
		if (zone) fields.zone = zone;
		// "at 9:30": the twelve-hour clock's, or the twenty-four-hour one's; a zone or "hours" says the latter.
		else if (!compact && !hoursWord && fields.hour! <= 12) fields.halfUnsaid = true;
		return time(m.index, end, fields);
	}
};

/** A dash after a clock time that follows a sentence's end: the stamp of an entry of live updates run together. */
const DASH_AFTER = /^\s+[—–]\s/;

/** "… in the rain. 20:12 — Habemus papam": a clock time heading an entry of live updates within a paragraph. */
function stampsAnEntry(text: string, start: number, end: number): boolean {
	return DASH_AFTER.test(text.slice(end, end + 4)) && SENTENCE_END_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** A line that begins with a clock time ("14:52 The teams are out", "- 9:05 Polls open"). */
const STAMPED_LINE = /^[\t *•·>#_-]*(?:[01]?\d|2[0-3]):[0-5]\d\s+\p{Lu}/u;
/** How far the lines before and after a stamped line are looked for. */
const NEIGHBOUR_REACH = 600;

/**
 * "14:52 The teams are in the tunnel": a clock time starting a line of live updates with no mark after it.
 * Alone, such a line may be a verse or a score ("19:20 Jesus wept"); it is a stamp when a line next to it
 * starts with one too.
 */
function stampsALine(text: string, start: number, end: number): boolean {
	const lineStart = lineStartWithin(text, start, 8);
	if (lineStart < 0 || !STAMPED_LINE.test(text.slice(lineStart, end + 3))) return false;
	const nextLine = text.indexOf('\n', end);
	if (nextLine >= 0 && nextLine - end <= NEIGHBOUR_REACH && STAMPED_LINE.test(text.slice(nextLine + 1, nextLine + 20))) return true;
	if (lineStart < 2) return false;
	const previousLine = text.lastIndexOf('\n', lineStart - 2);
	return lineStart - previousLine <= NEIGHBOUR_REACH && STAMPED_LINE.test(text.slice(previousLine + 1, previousLine + 20));
}

/** "as dark as", "as quiet as": the likeness a time's name may close. */
const LIKENESS = /(?:^|[^\p{L}])as\s+\p{L}+\s+as\s+$/iu;

const namedTimes: Recognizer = {
	name: 'noonMidnight',
	triggers: ['noon', 'midnight', 'midday'],
	pattern: pattern(`${WORD_START}(noon|midnight|midday)${WORD_END}(?:\\s*(${ZONES})${WORD_END})?`, true),
	build(m, text) {
		const word = m[1].toLowerCase();
		// "as dark as midnight": a likeness, no time ("as midnight struck" is one).
		if (LIKENESS.test(text.slice(Math.max(0, m.index - 32), m.index))) return null;
		// "shortly after midnight on Tuesday", "since midnight", "between midnight and 3am": the midnight that
		// opens the day; "midnight Friday", "until midnight", "from midnight tonight", the one that closes it.
		const opensDay = word === 'midnight' && /\b(?:after|since|from|past|between)\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index)) && wordAfter(text, m.index + m[0].length).toLowerCase() !== 'tonight';
		const fields: Fields = { hour: word === 'midnight' && !opensDay ? 24 : word === 'midnight' ? 0 : 12, minute: 0 };
		if (opensDay) fields.opensDay = true;
		const [zoneText, end] = zoneAndEnd(m, 2);
		const zone = zoneOf(zoneText);
		if (zone) fields.zone = zone;
		return time(m.index, end, fields);
	}
};

export const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A part of the day after a clock time: "that morning", "the next evening", "on the morning of", "at night". */
const PART_AFTER_CLOCK = String.raw`(?:(?:that|this|the\s+(?:next|following|same|previous))\s+|(?:on|in)\s+the\s+)(morning|afternoon|evening|night)|at\s+(night)`;
/**
 * A part of a named day after a clock time: "last night", "yesterday morning", "on Saturday morning",
 * "tonight" (its part is read from its own words by `PART_OF_NAMED_DAY`).
 */
const NAMED_DAY_PART_AFTER_CLOCK = String.raw`last\s+night|tonight|(?:yesterday|tomorrow|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?:morning|afternoon|evening|night)`;
const PART_OF_NAMED_DAY = /(morning|afternoon|evening|night)/i;
/** The words a part of the day after a clock time begins with, but "in the" and "at night". */
const PART_LEADS = ['that', 'this', 'the', 'on', 'last', 'tonight', 'yesterday', 'tomorrow'];

/** The hour an hour's word or number names ("nine", "9"). */
export function hourNumber(hourText: string): number {
	const named = HOUR_WORDS.indexOf(hourText.toLowerCase());
	return named >= 0 ? named + 1 : Number(hourText);
}

/**
 * The part of the day read by a pattern's look ahead (`PART_AFTER_CLOCK`, then `NAMED_DAY_PART_AFTER_CLOCK`),
 * from its three groups starting at `group`: "morning" of "that morning", "night" of "at night", "evening" of
 * "yesterday evening"; "tonight" is night.
 */
function partAfterClock(m: RegExpExecArray, group: number): string | undefined {
	const named = m[group + 2];
	return m[group] ?? m[group + 1] ?? (named ? (PART_OF_NAMED_DAY.exec(named)?.[1] ?? 'night') : undefined);
}

/** An hour of the twelve-hour clock read with the part of the day named after it ("8.30 that evening"). */
function hourInPart(hour: number, part: string | undefined): number {
	return hourInPartOfDay(hour, part ? (partOfDayCode(part) ?? undefined) : undefined);
}

/** "eight in the morning", "eleven at night", "four o'clock": an hour with its part of the day or "o'clock". */
const inThe: Recognizer = {
	name: 'clockInThe',
	triggers: ['#1', ...HOUR_WORDS.flatMap((w) => followed(w, ['in', 'at', 'o']))],
	numberFollowers: ['in', 'at', 'o'],
	pattern: pattern(`${WORD_START}(1[0-2]|[1-9]|${HOUR_WORDS.join('|')})(\\s+o['’]clock)?(?:\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night)))?${WORD_END}`, true),
	build(m) {
		const part = m[3] ?? m[4];
		// "four o'clock" alone is a time whose half of the day is unsaid; "four" alone is a number.
		if (!part && !m[2]) return null;
		const fields: Fields = { hour: hourInPart(hourNumber(m[1]), part), minute: 0 };
		if (!part) fields.halfUnsaid = true;
		return time(m.index, m.index + m[0].length, fields);
	}
};

/**
 * "at 9.30 that morning", "at 7.22 the next morning", "at about 9.40 on the morning of 1 November": a clock
 * time written with a point and no a.m. or p.m. is one only after a word that introduces a time and before
 * the part of the day it falls in (which also says which half of the day it is), or with "o'clock" as older
 * print writes it ("at 9.40 o'clock on Tuesday night"); "rose to 9.30" is a number.
 */
const dotted: Recognizer = {
	name: 'clockDotted',
	triggers: ['#1.'],
	// The words a part of the day after the clock time begins with ("that morning", "on the morning of",
	// "last night", "yesterday morning"), and "o'clock".
	numberFollowers: [...PART_LEADS, 'in', 'at', 'o'],
	// No look behind for a word's start: the trigger is at one, and the word before must introduce a time.
	// The part of the day must follow, unless "o'clock" has ended the clock time.
	pattern: pattern(`([01]?\\d|2[0-3])\\.([0-5]\\d)(\\s+o['’]clock${WORD_END})?(?:(?=\\s+(?:${PART_AFTER_CLOCK}|(${NAMED_DAY_PART_AFTER_CLOCK}))${WORD_END})|(?<=clock))`, true),
	build(m, text) {
		// "rose to 9.30 that morning" is a price.
		if (wordBefore(text, m.index) === 'to' || !introduced(text, m.index, INTRODUCERS)) return null;
		// The part of the day, read by the pattern's look ahead, stays out of the mention.
		const part = partAfterClock(m, 4);
		const fields: Fields = { hour: hourInPart(Number(m[1]), part), minute: Number(m[2]) };
		// "at 9.40 o'clock" alone does not say its half of the day.
		if (!part && Number(m[1]) <= 12) fields.halfUnsaid = true;
		return time(m.index, m.index + m[0].length, fields);
	}
};

/**
 * "until five the next morning", "at six that evening", "by 7 on Saturday morning": an hour alone is a
 * clock time after a word that introduces a time and before the part of the day it falls in, which says
 * its half of the day, as a clock with a point is; "fell by 5 on Friday evening" is an amount.
 */
const bareHour: Recognizer = {
	name: 'clockBareHour',
	triggers: ['#1', ...HOUR_WORDS.flatMap((w) => followed(w, PART_LEADS))],
	numberFollowers: PART_LEADS,
	// No look behind for a word's start: the trigger is at one, and the word before must introduce a time.
	pattern: pattern(`(1[0-2]|[1-9]|${HOUR_WORDS.join('|')})(?=\\s+(?:${PART_AFTER_CLOCK}|(${NAMED_DAY_PART_AFTER_CLOCK}))${WORD_END})`, true),
	build(m, text) {
		if (!introduced(text, m.index, BARE_HOUR_INTRODUCERS)) return null;
		if (CHANGED_BY.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
		return time(m.index, m.index + m[1].length, { hour: hourInPart(hourNumber(m[1]), partAfterClock(m, 2)), minute: 0 });
	}
};

const MINUTE_WORDS: Record<string, number> = { five: 5, ten: 10, 'a quarter': 15, quarter: 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, half: 30 };

/**
 * Words before a clock told in words: "at ten to six", "by half past four", "towards seven this evening"
 * ("from five to ten degrees" is a range).
 */
const SPOKEN_INTRODUCERS = new Set(['at', 'by', 'around', 'about', 'near', 'until', 'till', 'before', 'after', 'since', 'approximately', 'toward', 'towards']);
/**
 * Words before an hour alone with the part of the day it falls in: those before a clock told in words, and
 * the ends of a stretch ("between ten last night and six this morning"), which the part of the day after
 * the hour keeps from being a range of amounts.
 */
const BARE_HOUR_INTRODUCERS = new Set([...SPOKEN_INTRODUCERS, 'from', 'between', 'and']);
/** What follows an amount, not a clock: "by a quarter to 5 million", "fell by half to 3%", "five to ten degrees". */
const AMOUNT_AFTER = /^\s*(?:[%\d]|(?:percent|per|million|billion|thousand|years?|months?|weeks?|days?|hours?|minutes?|degrees?|people|points?|pounds?|dollars?|euros?|times)(?![\p{L}\p{N}]))/iu;

/**
 * "half past eleven", "a quarter to six", "ten past nine in the evening": the clock told in words ("half-past
 * four o'clock" in older print). "Half past" and a quarter past or to an hour make one; "ten to twelve" needs a word that introduces a time
 * before it ("at ten to twelve"), "o'clock" or a part of the day after it, since "ten to twelve people" is
 * a count; nothing makes one of an amount ("fell by a quarter to 5 million pounds").
 */
const spoken: Recognizer = {
	name: 'clockSpoken',
	triggers: [...followed('half', ['past']), ...['quarter', 'five', 'ten', 'twenty'].flatMap((w) => followed(w, ['past', 'to', 'after'])), 'a quarter', 'twenty five'],
	pattern: pattern(
		`${WORD_START}(half(?=[\\s-]+past)|a\\s+quarter|quarter|five|ten|twenty(?:[- ]five)?)(?:\\s+|-(?=past))(past|to|after)\\s+(midnight|noon|midday|${HOUR_WORDS.join('|')}|1[0-2]|[1-9])(?![\\p{L}\\p{N}]|[.:,]\\d)(\\s+o['’]clock)?(?:\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night)))?(?:\\s*(${ZONES})${WORD_END})?`,
		true
	),
	build(m, text) {
		const minutes = MINUTE_WORDS[m[1].toLowerCase().replace(/\s+/g, ' ')];
		const part = m[5] ?? m[6];
		const [zoneText, end] = zoneAndEnd(m, 7);
		if (minutes === undefined || AMOUNT_AFTER.test(text.slice(end, end + 12))) return null;
		const sure = /half|quarter/i.test(m[1]) || m[4] || part || introduced(text, m.index, SPOKEN_INTRODUCERS);
		if (!sure) return null;
		// "half past midnight", "a quarter to noon": minutes from an hour that says its half of the day.
		const named = fromMidnightOrNoon(m[3], minutes, m[2], text, m.index);
		if (named !== undefined) return named && time(m.index, end, withZone(named, zoneText));
		return time(m.index, end, withZone(spokenClock(m[3], minutes, m[2], part), zoneText));
	}
};

/**
 * The hour of a clock told in words ("nine", "9") and `minutes` past or to it, in the part of the day named;
 * without one, its half of the day is unsaid, as that of "four o'clock" is ("half past eleven last night").
 */
function spokenClock(hourText: string, minutes: number, direction: string, part: string | undefined): Fields {
	const hour = hourNumber(hourText);
	const fields: Fields = BEFORE_THE_HOUR.test(direction) ? { hour: hourInPart(hour === 1 ? 12 : hour - 1, part), minute: 60 - minutes } : { hour: hourInPart(hour, part), minute: minutes };
	if (!part) fields.halfUnsaid = true;
	return fields;
}

const BEFORE_THE_HOUR = /^(?:to|before)$/i;
/** The clock of an image ("the Doomsday Clock stands at two minutes to midnight"); a church clock tells the time. */
const FIGURATIVE_CLOCK = /\bdoomsday\b/i;

/**
 * The clock `minutes` past or to midnight or noon ("half past midnight" 00:30, "two minutes to noon" 11:58);
 * undefined for another hour, null for the clock of an image.
 */
function fromMidnightOrNoon(hourText: string, minutes: number, direction: string, text: string, start: number): Fields | null | undefined {
	const h = hourText.toLowerCase();
	if (h !== 'midnight' && h !== 'noon' && h !== 'midday') return undefined;
	if (FIGURATIVE_CLOCK.test(text.slice(Math.max(0, start - 40), start))) return null;
	const hour = h === 'midnight' ? 0 : 12;
	return BEFORE_THE_HOUR.test(direction) ? { hour: hour === 0 ? 23 : 11, minute: 60 - minutes } : { hour, minute: minutes };
}

/**
 * "one minute past midnight", "20 minutes to noon", "at ten minutes past nine": minutes counted from an
 * hour. From midnight or noon they are always a clock; from an hour by its number, as with "ten to
 * twelve", only after a word that introduces a time, before "o'clock" or before a part of the day.
 */
const countedMinutes: Recognizer = {
	name: 'clockMinutes',
	// A number word wakes it before "minutes" or before the units word of "twenty-five".
	triggers: ['#1', 'a minute', ...CARDINAL_WORDS.flatMap((w) => followed(w, ['minute', 'minutes', ...HOUR_WORDS.slice(0, 9)]))],
	numberFollowers: ['minute', 'minutes'],
	pattern: pattern(
		`${WORD_START}(\\d{1,2}|a|${CARDINAL_WORDS_PATTERN})\\s+minutes?\\s+(past|after|to|before)\\s+(midnight|noon|midday|${HOUR_WORDS.join('|')}|1[0-2]|[1-9])(?![\\p{L}\\p{N}]|[.:,]\\d)(\\s+o['’]clock)?(?:\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night)))?(?:\\s*(${ZONES})${WORD_END})?`,
		true
	),
	build(m, text) {
		const minutes = parseQuantity(m[1].toLowerCase() === 'a' ? 'one' : m[1])?.value;
		if (!minutes || !Number.isInteger(minutes) || minutes >= 60) return null;
		const [zoneText, end] = zoneAndEnd(m, 7);
		const hourText = m[3].toLowerCase();
		const part = m[5] ?? m[6];
		const named = fromMidnightOrNoon(m[3], minutes, m[2], text, m.index);
		if (named !== undefined) return named && time(m.index, end, withZone(named, zoneText));
		if (AMOUNT_AFTER.test(text.slice(end, end + 12))) return null;
		if (!(m[4] || part || introduced(text, m.index, SPOKEN_INTRODUCERS))) return null;
		return time(m.index, end, withZone(spokenClock(m[3], minutes, m[2], part), zoneText));
	}
};

/** The sun's times of day, and the TIMEX3 part of the day each falls in. */
const SUN_TIMES: Record<string, 'MO' | 'EV'> = { dawn: 'MO', daybreak: 'MO', sunrise: 'MO', sunup: 'MO', 'first light': 'MO', dusk: 'EV', sunset: 'EV', sundown: 'EV', nightfall: 'EV' };
/** Words that make the sun's time a time ("at dawn", "before dusk"), not an image ("the dawn of a new era"). */
const BEFORE_SUN_TIME = new Set(['at', 'by', 'before', 'after', 'until', 'till', 'around', 'from', 'since', 'toward', 'towards', 'near', 'past']);

/**
 * "at dawn on Sunday", "before daybreak", "by nightfall": the part of the day the sun's time falls in
 * (dawn in the morning, dusk in the evening), read with the day named after it like a clock time.
 */
const sunTimes: Recognizer = {
	name: 'sunTime',
	triggers: ['dawn', 'daybreak', 'sunrise', 'sunup', 'first light', 'dusk', 'sunset', 'sundown', 'nightfall'],
	pattern: pattern(`${WORD_START}(dawn|daybreak|sunrise|sunup|first\\s+light|dusk|sunset|sundown|nightfall)${WORD_END}`, true),
	build(m, text) {
		// "at Sunset Boulevard", "at First Light Cafe": a capital makes it a name.
		if (/^\p{Lu}/u.test(m[1]) || !BEFORE_SUN_TIME.has(wordBefore(text, m.index))) return null;
		const partOfDay = SUN_TIMES[m[1].toLowerCase().replace(/\s+/, ' ')];
		return { start: m.index, end: m.index + m[0].length, type: 'TIME', expression: { kind: 'point', fields: { partOfDay } }, source: 'clockTime' };
	}
};

export const clockTimeRecognizers: Recognizer[] = [withAmPm, twentyFour, dotted, bareHour, namedTimes, inThe, spoken, countedMinutes, sunTimes];
