import type { Sentence } from '$lib/extract/text/sentences';
import { pastForm, type VerbTense } from '$lib/extract/text/tense';
import { determines } from './anchor';
import { spanOfPoint } from './calendarMath';
import type { CalendarPoint } from './calendarPoint';
import type { Reference } from './normalize';

/**
 * Times a text names in passing, which the story does not move to: a year looked back to from a finer
 * date, a record's starting point, what an anniversary marks, a restatement in brackets, a deadline set
 * ahead of the story; and, in news, a time in a clause describing a name. Times after them count from
 * the story's time, not from them (`Reference.aside`, `Reference.describing`).
 */

/** The clause a time stands in, as far as these rules read it: the word before the time and the verb's tense. */
export interface Clause {
	readonly lead: string;
	readonly tense: VerbTense;
}

/** A time as these rules see it. */
export interface TimeInPassing {
	point: CalendarPoint;
	/** Where the time starts in the text. */
	start: number;
	/** The index of its sentence. */
	sentence: number;
	/** The words before it in its sentence (`wordsBeforeTime`). */
	before: string;
	clause: Clause;
	/** The time is counted back from the story's ("the night before", "the previous summer"). */
	countedBack?: boolean;
}

/** The words before the time at `start` in its sentence, as far back as the rules here read. */
export function wordsBeforeTime(text: string, start: number, sentence: Sentence | undefined): string {
	return text.slice(Math.max(sentence && sentence.start <= start ? sentence.start : 0, start - LOOK_BACK_CHARS), start);
}

/** Whether the time is named in passing, so that the story stays where it was (see also `perfectLookBack`). */
export function isAside(t: TimeInPassing, references: readonly Reference[]): boolean {
	return (
		lookBackInPassing(t.point, t.sentence, references) ||
		(mayLookBack(t.before) && (RECORD_SINCE.test(t.before) || ANNIVERSARY_OF.test(t.before))) ||
		doneAsBefore(t.before) ||
		restatedInBrackets(t.before, t.start, references) ||
		deadlineAhead(t.clause, t.before) ||
		negated(t.before) ||
		describedInPassing(t, references) ||
		thingDatedInPassing(t, references) ||
		comparedInPassing(t, references)
	);
}

/**
 * "The first sailing on Tuesday was due to leave at 8.15. Most had arrived the night before … told them
 * that morning": a time counted back from the story's that a past perfect (or a clause of "after" and a
 * gerund) looks back to, before the
 * time the story is at in its sentence or the one before, is a look back in passing; the story stays
 * where it was ("that morning" is Tuesday's). A date a perfect names ("had been trapped since Aug. 5, and
 * were not found until 17 days later") may open a story of its own.
 */
export function perfectLookBack(t: TimeInPassing, references: readonly Reference[]): boolean {
	const last = references[references.length - 1];
	if (!t.countedBack || !last || last.aside || last.sentence < t.sentence - 1 || !determines(last.anchor.point.granularity, 'month')) return false;
	const own = spanOfPoint(t.point);
	const story = spanOfPoint(last.anchor.point);
	// A night before a day runs into that day's small hours: starting before the day is enough. The clause's
	// tense, which costs more than the rest to read, is read last.
	return !!own && !!story && own.start < story.start && (lookingBack(t.clause) || (last.sentence === t.sentence && AFTER_A_GERUND.test(t.before)));
}

/**
 * "emptied the safe on 19 May, after being told two days earlier": a clause of "after" and a gerund tells what
 * came before the time of its sentence, as a past perfect does.
 */
const AFTER_A_GERUND = /\bafter\s+(?:being|having|\p{L}+ing)\b[^.;:!?]*$/iu;

/**
 * "…marched from Jarrow to London in the autumn of 1936. The shipyard had closed in 1934": a time a past
 * perfect names, wholly before the time the story is at in its sentence or the one before, is a flashback
 * (`Reference.flashback`). The first time a text names may be in the past perfect and open the story ("had
 * been smoking since January 1944").
 */
export function isFlashback(t: TimeInPassing, references: readonly Reference[]): boolean {
	const own = spanOfPoint(t.point);
	for (let i = references.length - 1; i >= 0 && references[i].sentence >= t.sentence - 1; i--) {
		const r = references[i];
		// (A state's start told after the story's first time is no time the story is at: "sailed on 2 October
		// 1805. The men had drilled since March, and the flagship had been refitted in early August".)
		if (r.aside || r.stretch || (r.stateStart && i > 0)) continue;
		const story = spanOfPoint(r.anchor.point);
		// The clause's tense, which costs more than the rest to read, is read last.
		return !!own && !!story && own.end <= story.start && lookingBack(t.clause);
	}
	return false;
}

/** A noun of time before "of", whose date is a part or an edge of it ("the night of", "the week of"), not a thing dated. */
export const TIME_BEFORE_OF = /\b(?:night|morning|afternoon|evening|day|week|weekend|month|year|end|beginning|start|middle|eve|ides|hours|anniversary|date|time)\s+of\s+$/i;

/** A noun and "of" before a date: the date of a thing ("the Danish vote of June 1992", "the old trenches of 1916"). */
const THING_OF = /(?:^|[^\p{L}])(?!of\s)[\p{L}'’]{3,}\s+of\s+$/iu;

/** Whether the words before a date make it the date of a thing, not a time of its own. */
export function datesAThing(before: string): boolean {
	return THING_OF.test(before) && !TIME_BEFORE_OF.test(before);
}

/**
 * "By eleven o'clock we had moved the guns up twice … then stuck in the old trenches of 1916. On the 22nd we
 * were pulled out": a year or a coarser time that dates a thing, wholly before the day the story is at, looks
 * back in passing. ("The Easter Rising of 1916 began on the 24th", with no story before it, opens one.)
 */
function thingDatedInPassing(t: TimeInPassing, references: readonly Reference[]): boolean {
	if (determines(t.point.granularity, 'month') || !datesAThing(t.before.slice(-24))) return false;
	const own = spanOfPoint(t.point);
	for (let i = references.length - 1; own && i >= 0 && references[i].sentence >= t.sentence - DESCRIBED_REACH; i--) {
		const r = references[i];
		if (r.aside || !determines(r.anchor.point.granularity, 'day')) continue;
		const story = spanOfPoint(r.anchor.point);
		return !!story && own.end <= story.start;
	}
	return false;
}

/** How many sentences back the story's day may have been told for `describedInPassing`. */
const DESCRIBED_REACH = 2;

/**
 * "India beat the West Indies on 25 June 1983. … The West Indies, champions in 1975 and 1979, were all
 * out shortly before 7 p.m.": a year, or a coarser time, in a clause describing a name, wholly before the
 * day the story has reached, looks back in passing; the story stays at that day ("John Snow, who had
 * studied the epidemic of 1848–49, … on 8 September" is 1854's).
 */
function describedInPassing(t: TimeInPassing, references: readonly Reference[]): boolean {
	const fine = determines(t.point.granularity, 'month') || t.point.granularity === 'season';
	// A contact clause is one kind of describing clause, the only one a time this fine is passed over in.
	if (fine ? !inContactClause(t.before) : !inDescribingClause(t.before)) return false;
	const own = spanOfPoint(t.point);
	if (!own) return false;
	// "Blondin yesterday afternoon repeated the feat he first performed on Thursday": a season, a month or a
	// finer time in a relative clause that picks out a thing by what was done to it, after the day its
	// sentence is at and wholly before it, looks back in passing; what follows goes on from that day. A
	// clause set off by commas often tells the story itself ("searched today for the son of Colonel
	// Lindbergh, who was taken from his nursery on Tuesday night"), and the story may go on from it.
	if (fine) return beforeTheDayOfItsSentence(t, own, references);
	for (let i = references.length - 1; i >= 0 && references[i].sentence >= t.sentence - DESCRIBED_REACH; i--) {
		const r = references[i];
		if (r.aside) continue;
		const story = determines(r.anchor.point.granularity, 'day') ? spanOfPoint(r.anchor.point) : null;
		return !!story && own.end <= story.start;
	}
	return false;
}

/**
 * Whether a time (`own`, its span) lies wholly before the day its sentence (or one of the `reach` before it)
 * has told before it, the last such time not itself in passing.
 */
function beforeTheDayOfItsSentence(t: TimeInPassing, own: { start: number; end: number }, references: readonly Reference[], reach = 0): boolean {
	for (let i = references.length - 1; i >= 0 && references[i].sentence >= t.sentence - reach; i--) {
		const r = references[i];
		if (r.aside || r.stretch || !determines(r.anchor.point.granularity, 'day')) continue;
		const story = spanOfPoint(r.anchor.point);
		return !!story && own.end <= story.start;
	}
	return false;
}

/** The words `CHANGE_FROM` ends with, looked for first. */
const CHANGE_WORDS = /from|than|compared|against/i;
/**
 * Words that measure a change from a time, or from an amount at a time: "down £9 from", "higher
 * than", "compared with £421 on", "up from 4.2% in", "against 38 tonnes at the same point".
 */
const CHANGE_FROM =
	/(?:\b(?:up|down|higher|lower|rose|fell|risen|fallen|gained|lost|dropped|climbed|slipped|eased|jumped)\b[^.;:!?]{0,40}?\bfrom|\bthan|\bcompared\s+(?:with|to)|\bagainst)\s+(?:[\p{Sc}\p{N}][^\s;:!?]*\s+(?:\p{L}+\s+){0,2}(?:on|at|in)\s+(?:(?:this|that|the\s+same)\s+(?:stage|point|time)\s+)?)?$/iu;

/**
 * "Copper broke sharply today, closing at £412 a ton, down £9 from Friday's close": the time a change is
 * measured from, wholly before the day its sentence has told, is a look back in passing; what follows goes
 * on from that day ("the session, which ran from 11 a.m." is today's).
 */
function comparedInPassing(t: TimeInPassing, references: readonly Reference[]): boolean {
	// A cheap look for the words first: most times have none before them.
	const before = t.before.slice(-80);
	if (!CHANGE_WORDS.test(before) || !CHANGE_FROM.test(before)) return false;
	const own = spanOfPoint(t.point);
	return !!own && beforeTheDayOfItsSentence(t, own, references, COMPARED_REACH);
}

/**
 * How many sentences back the day a comparison measures from may stand: a diary's entry heads its lines
 * ("Sept. 14. — Picking again since Friday. 40 tonnes in, against 38 tonnes at the same point last year").
 */
const COMPARED_REACH = 2;

/** "had designed": a clause in the past perfect, which looks back from the time the story is at. */
function lookingBack(clause: Clause): boolean {
	return clause.tense.tense === 'past' && clause.tense.perfect;
}

/**
 * "The Estates-General met on 5 May 1789, for the first time since 1614", "On 8 December they passed
 * Shackleton's farthest south of January 1909": a month or a coarser time (a season too: "had been concealed
 * since the building was completed in the summer of 2034", after February 2038) named after a day or month
 * of its sentence, and wholly before it, looks back in passing. The story stays at the finer date ("On 20
 * June, …" is 1789). The day of a saying is no time the story is at: "said today that net income for its
 * first quarter rose" tells of that quarter.
 */
function lookBackInPassing(point: CalendarPoint, sentence: number, references: readonly Reference[]): boolean {
	if (determines(point.granularity, 'day')) return false;
	const last = references[references.length - 1];
	if (!last || last.sentence !== sentence || last.aside || last.telling || !determines(last.anchor.point.granularity, 'month')) return false;
	const own = spanOfPoint(point);
	const story = spanOfPoint(last.anchor.point);
	return !!own && !!story && own.end <= story.start;
}

/** How far back the words before a mention are read for what makes it a look back or an aside. */
const LOOK_BACK_CHARS = 110;

/** Words that name a record; any superlative in "-iest" too ("costliest", "stormiest", "wealthiest"). */
export const RECORD =
	'(?:first|most|least|worst|best|only|biggest|largest|highest|lowest|strongest|weakest|longest|shortest|greatest|fastest|slowest|hottest|coldest|wettest|sharpest|steepest|smallest|warmest|[a-z]{2,}iest)';

/**
 * "The strongest since", "for the first time since", "the deadliest since the massacre in": words that
 * measure a record back to a time, or to an event and its time; "the deadliest day, surpassing Ash
 * Wednesday in 1983": the record the new one passes.
 */
const RECORD_SINCE = new RegExp(
	String.raw`\b${RECORD}\b(?!\s+of\b)[\p{L}\p{N}\s,'’-]{0,64}\b(?:since|surpass(?:ing|ed|es)?|eclips(?:ing|ed|es)|overtak(?:ing|en|es))\s+(?:(?:the\s+)?[\p{L}\p{N}'’ -]{1,40}\s(?:in|of|on)\s+)?$`,
	'iu'
);

/** Parts of the words `mayLookBack` looks for, in one pattern: one pass over the words for them all. */
const LOOK_BACK_WORDS = /[Ss]ince|nniversar|surpass|eclips|overtak/;

/**
 * Words before a time that make it a look back the story does not move to: a record measured back to it
 * or passed ("the strongest since 1964", "surpassing Ash Wednesday in 1983", "the deadliest shooting
 * since the Sandy Hook massacre in December 2012", "the first total eclipse since June 8, 1918": "about
 * two hours later" counts from the quake), or what an anniversary marks ("the 25th anniversary of the
 * Good Friday Agreement, signed on April 10, 1998"). A cheap look for such a word first: most times have
 * none before them.
 */
function mayLookBack(before: string): boolean {
	return LOOK_BACK_WORDS.test(before);
}

/**
 * "has suspended the Act, as it did in October 1847", "as in 1929": a time a thing was done before, set beside
 * it, is a look back ("as at 31 March" dates a statement, and is none).
 */
const doneAsBefore = (before: string) => AS_WORD.test(before) && AS_BEFORE.test(before);
const AS_WORD = /\bas\s/i;
const AS_BEFORE = /\bas\s+(?:(?:it|they|he|she|we|[\p{Lu}][\p{L}'’-]*)\s+(?:did|had|was|were|has|have)\s+(?:\p{Ll}+\s+)?(?:in|on|during)|happened\s+(?:in|on|during)|in)\s+$/u;

/** "the 25th anniversary of the Good Friday Agreement, signed on": what an anniversary marks, in its sentence. */
const ANNIVERSARY_OF = /\banniversar(?:y|ies)\s+of\b[^.;!?]{0,80}$/iu;

/**
 * "On 23 February (8 March in the Western calendar), strikes began": a time in brackets right after
 * another restates it, in another calendar or zone; the story stays with the first.
 */
function restatedInBrackets(before: string, start: number, references: readonly Reference[]): boolean {
	// Only the opening bracket may stand right before it: "(8 March".
	if (before.charCodeAt(before.length - 1) !== 40) return false;
	const last = references[references.length - 1]?.anchor.offset;
	if (last === undefined || last >= start || start - last > Math.min(before.length, 40)) return false;
	return !/[)\n]/.test(before.slice(before.length - (start - last)));
}

/** Words before a deadline: "by June 1948", "until the end of the year". */
const DEADLINE_WORDS = new Set(['by', 'until', 'till', 'before']);
/** The same words at the end of the text before a mention: a cheap look before reading its lead word. */
const DEADLINE_END = /(?:by|until|till|before)\s+$/i;

/** An order, a plan or a pledge, then the infinitive of what it asks for, up to the deadline. */
const PLANNED_TO =
	/\b(?:orders?|ordered|told|instructed|asked|plans?|planned|aims?|aimed|pledged|promised|vowed|expected|intends?|intended|agreed|hopes?|hoped|wants?|wanted|deadline|mandate|mandated)\s+(?:[\p{L}'’-]+\s+){0,3}?to\s+[^.;!?]*$/iu;

/**
 * "with orders to hand over power by June 1948": a deadline set for what an order or a plan asks is no
 * time the story has reached ("managed to bring home 300,000 men by 4 June" reached it).
 */
function deadlineAhead(clause: Clause, before: string): boolean {
	if (!DEADLINE_END.test(before.slice(-8)) || !DEADLINE_WORDS.has(clause.lead) || !clause.tense.infinitive) return false;
	return PLANNED_TO.test(before.slice(-80));
}

/**
 * "announced that power would be handed over on 15 August", "the convoy was due to sail on 20 May": a
 * time a plan or a foretelling sets, told from the past, lies ahead of the time the story is at; the
 * story stays there until it reaches it (`Reference.planned`). So does one a diary's entry looks ahead to
 * ("We are promised that the armies will relieve us before Christmas").
 */
export function aheadOfTheStory(clause: Clause): boolean {
	const { tense, perfect, prospective } = clause.tense;
	return !!prospective || ((tense === 'conditional' || tense === 'future') && !perfect);
}

/** A noun and "for" before a time: "a brief break in the weather for", "orders for" (not "waited for"). */
const NOUN_FOR = /(?:^|[^\p{L}])(\p{L}\p{Ll}*)\s+for\s+(?:the\s+)?$/u;
/** Words before "for" that are no noun of a thing a time is for: "ready for", "time for", "set sail for". */
const NOT_A_THING_FOR = new Set(['ready', 'time', 'wait', 'waits', 'stay', 'stays', 'left', 'leave', 'leaves', 'set', 'sail', 'sails', 'bound', 'due']);

/**
 * "Stagg reported a brief break in the weather for the 6th": the day a forecast, an order or a booking is
 * for lies ahead of the time the story is at, as a plan's does.
 */
export function timeAThingIsFor(before: string): boolean {
	const m = NOUN_FOR.exec(before.slice(-40));
	const noun = m?.[1].toLowerCase();
	return !!noun && !pastForm(noun) && !noun.endsWith('ing') && !NOT_A_THING_FOR.has(noun);
}

/** "not in", "not on": a time the clause says the story is not at. */
const NOT_AT = /\bnot\s+(?:in|on|at|by|during)\s+$/i;

/**
 * "power would be handed over not in June 1948, as London had planned, but on 15 August": a time denied
 * is no time the story reaches ("15 August" is 1947's, from the story's 3 June 1947). "Not until June
 * 1948" is the time it did reach, and is not denied.
 */
function negated(before: string): boolean {
	return before.charCodeAt(before.length - 1) === 32 && NOT_AT.test(before.slice(-16));
}

/**
 * A relative clause, a participle or a noun set beside a name after a comma: ", who came to the throne
 * in", ", signed on", ", launched in", ", champions in 1975 and". A participle is a word in "-ed" or one
 * of the common irregular ones; a noun is one word before "in", "of" or "since", which no conjunction or
 * adverb of time is (", and in 1979", ", then in May" go on with the story).
 */
const RELATIVE_OR_PARTICIPLE = String.raw`who|whose|which|born|built|written|won|held|made|begun|known|founded|\p{Ll}{2,}ed`;
/** Words after a comma that go on with the story, never a noun set beside a name. */
const STORY_GOES_ON = 'and|or|but|nor|yet|so|then|once|even|also|only|again|later|earlier|first|last|before|after|until|till|since|when|while|where|as|from';
const NOUN_BESIDE = String.raw`(?!(?:${STORY_GOES_ON})\s)(?:(?:the|an?|its|his|her|their)\s+)?\p{Ll}[\p{Ll}'’-]*\s+(?:in|of|since)`;
/** A noun set beside a name, then a relative clause: ", a former Marine who lived in". */
const NOUN_AND_CLAUSE = String.raw`(?:the|an?|its|his|her|their)\s+(?:[\p{L}'’-]+\s+){1,3}(?:who|whose|which)`;
/** A noun set beside a name, then a participle: ", a 52-year-old grandfather injured in". */
const NOUN_AND_PARTICIPLE = String.raw`an?\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}(?:${RELATIVE_OR_PARTICIPLE})`;
const ASIDE_CLAUSE = new RegExp(String.raw`^,\s*(?:${RELATIVE_OR_PARTICIPLE}|${NOUN_BESIDE}|${NOUN_AND_CLAUSE}|${NOUN_AND_PARTICIPLE})\b[^,;:.!?()]*$`, 'u');

/**
 * "The collier Wren, which sailed from Blyth on the 2nd of June, had lost her mainmast. Racing went on until
 * dusk": whether the words after a time in a clause describing a name close the clause and go on in the past
 * perfect, which looks back from the story; the story stays where it was.
 */
export function goesOnInThePastPerfect(after: string): boolean {
	return MAIN_CLAUSE_PAST_PERFECT.test(after);
}

/** The rest of a describing clause, then its sentence's verb in the past perfect: ", had lost her mainmast". */
const MAIN_CLAUSE_PAST_PERFECT = /^[^,.;:!?]*,\s+had\s/i;

/** How far after a time `goesOnInThePastPerfect` reads. */
export const PAST_PERFECT_REACH = 60;

/**
 * "The Queen, who came to the throne in February 1952, celebrated her Jubilee in June": in news, a time
 * in a clause that describes a name in passing opens no story of years before in its sentence (though
 * "the night before" may still count from it, and the next sentence may go on with it: "…a massacre,
 * which began on 11 July 1995. In August, …").
 */
export function inDescribingClause(text: string): boolean {
	// ("which had about 7,000 inhabitants in": a thousands separator is no comma of a clause; only when the
	// last comma is one can any stand after the clause's.)
	const last = text.lastIndexOf(',');
	const before = last > 0 && isDigit(text.charCodeAt(last - 1)) && isDigit(text.charCodeAt(last + 1)) ? text.replace(THOUSANDS_COMMA, '$1') : text;
	const comma = before.lastIndexOf(',');
	if (comma >= 0 && comma >= before.length - 80 && ASIDE_CLAUSE.test(before.slice(comma))) return true;
	// "Barclays, which was the first bank to issue a card, in June last year, said": a time set off at the
	// end of such a clause is still the clause's.
	if (comma > 0 && SET_OFF_TIME.test(before.slice(comma))) {
		const previous = before.lastIndexOf(',', comma - 1);
		if (previous >= 0 && comma - previous <= 80 && ASIDE_CLAUSE.test(before.slice(previous, comma))) return true;
	}
	return inContactClause(before) || inThatClause(before);
}

/**
 * A relative clause opened by "that" right after its noun, whose verb is a past: "a cruise of more than 13
 * years that began with its launch on". A "that" after a word of `NOT_A_NOUN_BEFORE_THAT` opens a clause of
 * the story ("and that ended the talks on", "so that", "said that"), and "that was" may be a pronoun's.
 */
const THAT_CLAUSE = /(?:^|\s)(\p{Ll}[\p{Ll}-]*)\s+that\s+(?:(?:had|first|once|never|later|then|already|only)\s+)?(\p{Ll}+)\s[^,;:.!?()]*$/u;
const NOT_A_NOUN_BEFORE_THAT = new Set(['and', 'but', 'or', 'so', 'now', 'because', 'after', 'before', 'since', 'like', 'as', 'all', 'is', 'was', 'are', 'were', 'be', 'been', 'said', 'says', 'say']);

function inThatClause(before: string): boolean {
	const words = before.length > 80 ? before.slice(-80) : before;
	const m = words.includes('that') ? THAT_CLAUSE.exec(words) : null;
	return !!m && !NOT_A_NOUN_BEFORE_THAT.has(m[1]) && !pastForm(m[1]) && pastForm(m[2]) && m[2] !== 'was' && m[2] !== 'were';
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A comma between digits: a thousands separator ("7,000"). */
const THOUSANDS_COMMA = /(\d),(?=\d{3}(?!\d))/g;

/** A time's own preposition alone after a comma: ", in", ", on". */
const SET_OFF_TIME = /^,\s*(?:in|on|at|during)?\s*$/i;

/**
 * A relative clause with no pronoun to open it, right after its noun: "the feat he first performed on",
 * "the gallery it left in". A subject pronoun after a determiner's noun, then a past verb, and nothing that
 * ends the clause before the time.
 */
const CONTACT_CLAUSE = /(?:^|\s)(?:the|a|an|this|that|its|his|her|their|our)\s+\p{Ll}[\p{Ll}-]*\s+(?:he|she|it|they|we|you)\s+(?:(?:had|first|once|last|never|later|then|already|still|just)\s+)?(\p{Ll}+)\s[^,;:.!?()]*$/u;

/** A relative clause whose pronoun is the object of its verb: ", which he bought in", ", that they sold in". */
const OBJECT_RELATIVE = /,\s*(?:which|that|whom)\s+(?:he|she|it|they|we|you|i)\s+(?:(?:had|first|once|later|then|already)\s+){0,2}(\p{Ll}+)\s[^,;:.!?()]*$/iu;

/**
 * "a villa in Madeira, which he bought in the autumn of 2026", "the feat he first performed on": a
 * clause that picks out a thing by what was done to it, in passing; it tells no story the next sentence
 * goes on with, as "a massacre, which began on 11 July 1995. In August, …" does.
 */
export function describesAThingDone(before: string): boolean {
	if (inContactClause(before)) return true;
	const m = OBJECT_RELATIVE.exec(before.length > 80 ? before.slice(-80) : before);
	return !!m && pastForm(m[1].toLowerCase());
}

function inContactClause(before: string): boolean {
	// The clause follows any comma before the time.
	const clause = before.slice(before.lastIndexOf(',') + 1);
	const m = CONTACT_CLAUSE.exec(clause.length > 80 ? clause.slice(-80) : clause);
	return !!m && pastForm(m[1]);
}
