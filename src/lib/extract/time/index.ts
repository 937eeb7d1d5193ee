import type { Diagnostic, TextRange, TimeMention, TimeSpan, TimexMod } from '$lib/model';
import { splitSentences, type Sentence } from '$lib/extract/text/sentences';
import { tenseAt, TenseReader, type VerbTense } from '$lib/extract/text/tense';
import { tokenize } from '$lib/extract/text/tokens';
import { determines, parseAnchor, type AnchorPoint } from './anchor';
import { formatValue, type CalendarPoint } from './calendarPoint';
import { datelineAnchor } from './dateline';
import { dayInWords, WEEKDAY_FULL_NAMES } from './calendarWords';
import type { Candidate } from './expression';
import { normalize, normalizeRangeEnds, type NormalizeContext, type Normalized, type Reference } from './normalize';
import { runRecognizers, wordBefore, wordsBefore, type Cut, type SentenceBudget } from './recognizer';
import { REFERENCE_REACH } from './baseTimes';
import { aheadOfTheStory, isAside, isFlashback, perfectLookBack, timeAThingIsFor, wordsBeforeTime } from './asides';
import { MentionReference } from './mentionReference';
import { RECOGNIZERS } from './recognizers';
import { REFINERS } from './refiners';
import { resolveSpan } from './resolve';
import { spanOfPoint } from './calendarMath';

export { spanOfValue } from './resolve';

export interface TagOptions {
	/** The document creation time (publication date or date-time), ISO 8601 or TIMEX3 value. Without it,
	 *  deictic expressions ("on Monday", "last month") get their TIMEX3 value with X placeholders
	 *  (`XXXX-WXX-1`) and no span: nothing is invented. */
	anchor?: string;
	/** The anchor is itself an estimate: copied into each TimeSpan.anchor.estimate it produces. */
	anchorEstimate?: boolean;
	/** 'news' (default): deictic expressions resolve against the anchor. 'narrative': texts whose
	 *  publication date says nothing about the story (histories, war narratives): deictic and anaphoric
	 *  expressions resolve against the last mentioned date of fitting granularity. */
	mode?: 'news' | 'narrative';
}

/** A mention with, for a range, the mentions of its two ends (TimeML tags the ends separately). */
export interface TaggedTime {
	mention: TimeMention;
	parts?: [TimeMention, TimeMention];
}

/**
 * What normalization knows about the place it works on, kept for the whole text and moved from mention
 * to mention. The tense costs a look at the sentence and most mentions never ask for it: it is read on
 * demand, over the sentence's tokens made once.
 */
class DocumentContext implements NormalizeContext {
	sentence = 0;
	start?: number;
	end?: number;
	private candidate: Candidate | null = null;
	private phraseStart = 0;
	private cachedLead: string | undefined;
	private sentenceRange: TextRange | undefined;
	private cachedTense: VerbTense | undefined;
	/**
	 * The tense reader of the sentence last asked, tokenized once: mentions come in the order of the text,
	 * so a sentence left behind is not asked again, and its tokens are let go.
	 */
	private reader: TenseReader | null = null;
	private readerStart = -1;
	readonly placed = new Map<AnchorPoint, Map<string, Normalized>>();

	constructor(
		private readonly text: string,
		readonly publication: AnchorPoint | null,
		readonly mode: 'news' | 'narrative',
		readonly references: Reference[]
	) {}

	textBetween = (from: number, to: number) => this.text.slice(from, to);
	tenseOf = (start: number, end: number) => tenseAt(this.text, { start, end });

	private lastHeading: Reference | undefined;
	/** References made since the last heading: it is in reach while fewer than `REFERENCE_REACH` follow it. */
	private sinceHeading = 0;

	/** Keeps a mention as a reference for those after it. */
	addReference(reference: Reference) {
		this.references.push(reference);
		if (reference.heading) {
			this.lastHeading = reference;
			this.sinceHeading = 0;
		} else this.sinceHeading++;
		// Only the latest mentions are looked back through: the older ones are let go, a batch at a time.
		if (this.references.length >= 2 * REFERENCE_REACH) this.references.splice(0, this.references.length - REFERENCE_REACH);
	}

	get heading(): Reference | undefined {
		return this.sinceHeading < REFERENCE_REACH ? this.lastHeading : undefined;
	}

	get sentenceEnd(): number | undefined {
		return this.sentenceRange?.end;
	}

	/**
	 * Moves to candidate `c`. `phraseStart`: where the phrase it ends begins ("at 9:45 p.m. Khartoum time
	 * (1945 GMT) on Monday"), whose verb is the day's too.
	 */
	moveTo(c: Candidate, sentence: number, range: TextRange | undefined, phraseStart = c.start) {
		this.candidate = c;
		this.phraseStart = phraseStart;
		this.sentence = sentence;
		this.sentenceRange = range;
		this.cachedTense = undefined;
		this.cachedLead = undefined;
		this.start = c.start;
		this.end = c.end;
	}

	/**
	 * The word before the candidate, or before the clock time it is the day of ("till 5 am on May 10"); a
	 * hedge between them is passed over ("until at least March 16"), and "since" or "until" before "before"
	 * or "after" leads ("men out since before Christmas" counts from a time before it, "leave until after
	 * Christmas" runs to a time after it).
	 */
	get lead(): string {
		if (this.cachedLead === undefined) {
			const at = Math.min(this.phraseStart, this.candidate!.start);
			const word = wordBefore(this.text, at);
			const hedge = word === 'least' || word === 'most' ? wordsBefore(this.text, at, 3) : null;
			const outer = word === 'before' || word === 'after' ? wordsBefore(this.text, at, 2)[0]?.toLowerCase() : undefined;
			this.cachedLead = hedge?.length === 3 && hedge[1].toLowerCase() === 'at' ? hedge[0].toLowerCase() : outer && LEADS_BEFORE_A_SIDE.has(outer) ? outer : word;
		}
		return this.cachedLead;
	}

	private phrase(): TextRange {
		const c = this.candidate!;
		return this.phraseStart < c.start ? { start: this.phraseStart, end: c.end } : c;
	}

	get tense(): VerbTense {
		if (!this.cachedTense) {
			const range = this.sentenceRange;
			if (range) {
				if (this.readerStart !== range.start || !this.reader) {
					this.reader = new TenseReader(tokenize(this.text, range.start, range.end), range);
					this.readerStart = range.start;
				}
				this.cachedTense = this.reader.at(this.phrase());
			} else this.cachedTense = tenseAt(this.text, this.phrase());
		}
		return this.cachedTense;
	}
}

/** Words that lead a time through "before" or "after": "since before Christmas", "until after the vote". */
const LEADS_BEFORE_A_SIDE = new Set(['since', 'until', 'till']);

/**
 * The most time expressions read in one sentence. The densest sentences of real news hold about half a
 * dozen (seven in TimeBank and AQUAINT's 4,037); a sentence with more than this is a table, a list run
 * together or an attack, and the rest of it is not read, which keeps the work per sentence bounded.
 */
export const MAX_TIMES_PER_SENTENCE = 24;

/**
 * Places read per sentence before recognition stops: the parts of one expression can be read at several
 * places ("Friday, Oct. 23"), so recognition stops only well after the mentions' limit.
 */
const READINGS_PER_SENTENCE = 2 * MAX_TIMES_PER_SENTENCE;

/** A stretch of a sentence passed over; without `start`, it begins right after the mention that reports it. */
interface Unread {
	start?: number;
	end: number;
}

interface Found {
	candidates: Candidate[];
	/** The stretches passed over, each reported on a mention kept: the last one read in its sentence, else the nearest. */
	unread: Map<Candidate, Unread[]>;
}

function findCandidates(text: string, sentences: readonly Sentence[]): Found {
	const budget: SentenceBudget = { sentences, readings: READINGS_PER_SENTENCE, cut: [] };
	const found = runRecognizers(RECOGNIZERS, text, budget);
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	let refined = found;
	for (const refine of REFINERS) refined = refine(refined, text);
	return capSentences(refined, sentences, budget.cut);
}

/**
 * Keeps at most `MAX_TIMES_PER_SENTENCE` mentions of each sentence, and finds for each sentence not read
 * to its end (by this cap, or by the reading budget: `cuts`) the mention that reports it: the last one
 * kept in that sentence, or, when none was (a stretch of bare numbers that may be years, dropped for want
 * of a sure one), the nearest kept anywhere, so that no stretch passes unread unsaid while the text has
 * a mention at all.
 */
function capSentences(candidates: Candidate[], sentences: readonly Sentence[], cuts: readonly Cut[]): Found {
	const passed = new Map<number, { start: number; end: number }>(cuts.map((c) => [c.sentence, { start: c.start, end: c.end }]));
	const lastKept = new Map<number, Candidate>();
	const kept: Candidate[] = [];
	let s = 0;
	let count = 0;
	for (const c of candidates) {
		while (s < sentences.length - 1 && sentences[s].end <= c.start) {
			s++;
			count = 0;
		}
		if (count >= MAX_TIMES_PER_SENTENCE) {
			if (!passed.has(s)) passed.set(s, { start: c.start, end: sentences[s]?.end ?? c.end });
			continue;
		}
		kept.push(c);
		count++;
		if (passed.has(s) || count === MAX_TIMES_PER_SENTENCE) lastKept.set(s, c);
	}
	const unread = new Map<Candidate, Unread[]>();
	const report = (c: Candidate, u: Unread) => unread.set(c, [...(unread.get(c) ?? []), u]);
	for (const [sentence, stretch] of passed) {
		const carrier = lastKept.get(sentence);
		if (carrier) report(carrier, { end: stretch.end });
		else {
			const near = nearestBefore(kept, stretch.start) ?? kept.find((c) => c.start >= stretch.end);
			if (near) report(near, stretch);
		}
	}
	return { candidates: kept.length === candidates.length ? candidates : kept, unread };
}

/** The last of `sorted` (by start) that starts before `at`. */
function nearestBefore(sorted: readonly Candidate[], at: number): Candidate | undefined {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid].start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo > 0 ? sorted[lo - 1] : undefined;
}

/**
 * Spans of repeated dates, made once per normalized date and shared by its mentions (frozen: mentions are
 * data, never changed). A mention's text is shared with the last one's when it is the same words.
 */
let lastText = '';

function spanFor(n: Normalized, mod: TimexMod | undefined, side: Candidate['sideOfAnchor']): TimeSpan | undefined {
	if (mod) return resolveSpan(n, mod, side);
	if (n.resolved === undefined) {
		const span = resolveSpan(n);
		n.resolved = span ? Object.freeze(span) : null;
	}
	return n.resolved ?? undefined;
}

function toMention(c: Candidate, n: Normalized, text: string): TimeMention {
	const length = c.end - c.start;
	const words = lastText.length === length && text.startsWith(lastText, c.start) ? lastText : (lastText = text.slice(c.start, c.end));
	const mention: TimeMention = {
		start: c.start,
		end: c.end,
		text: words,
		type: n.type ?? c.type,
		value: n.value
	};
	const mod = c.mod;
	if (mod) mention.mod = mod;
	if (n.quant) mention.quant = n.quant;
	if (n.freq) mention.freq = n.freq;
	if (mention.type === 'DATE' || mention.type === 'TIME' || n.interval) {
		const span = spanFor(n, mod, c.sideOfAnchor);
		if (span) mention.span = span;
	}
	const ambiguity = n.ambiguity ?? c.ambiguity;
	if (!n.problem && !ambiguity && !n.weekdayMismatch && !n.coarse && !(n.point?.bounds && !n.interval)) return mention;
	const diagnostics: Diagnostic[] = [];
	if (n.problem) {
		const message = n.problem.message.charAt(0).toUpperCase() + n.problem.message.slice(1);
		diagnostics.push({ code: n.problem.code, message, start: c.start, end: c.end });
	}
	if (ambiguity && mention.span) {
		diagnostics.push({ code: 'ambiguous-date', message: ambiguity, start: c.start, end: c.end });
	}
	if (n.coarse && mention.span && n.anchor) {
		diagnostics.push({ code: 'coarse-anchor', message: coarseAnchorMessage(mention.span, n.anchor), start: c.start, end: c.end });
	}
	const bounds = n.until || n.coarse ? undefined : n.point?.bounds;
	if (bounds && mention.span && !n.interval) {
		diagnostics.push({ code: 'reporting-period', message: reportingPeriodMessage(mention.span.value, n.point!, bounds), start: c.start, end: c.end });
	}
	if (n.weekdayMismatch && mention.span) {
		const e = c.expression;
		const weekday = e.kind === 'point' && e.fields.weekday ? WEEKDAY_FULL_NAMES[e.fields.weekday - 1] : 'The weekday';
		diagnostics.push({
			code: 'weekday-mismatch',
			message: `${mention.span.value} is not a ${weekday}: the date is kept and the weekday ignored`,
			start: c.start,
			end: c.end
		});
	}
	if (diagnostics.length) mention.diagnostics = diagnostics;
	return mention;
}

const dayName = (instant: number) => {
	const d = new Date(instant);
	return dayInWords(d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear());
};

/** Why a period's span is not the calendar period its value names. */
function reportingPeriodMessage(value: string, point: CalendarPoint, bounds: { start: number; end: number }): string {
	const ran = `ran from ${dayName(bounds.start)} to ${dayName(bounds.end - 1)}`;
	return point.fiscal
		? `${value} names a period of a fiscal calendar, as the text numbers it; that period ${ran}`
		: `The period reported ${ran}; ${value} is the calendar ${point.granularity} holding most of it`;
}

/** The `dense-sentence` diagnostic of a stretch passed over, on the mention that reports it. */
function unreadDiagnostic(mention: TimeMention, u: Unread): Diagnostic {
	if (u.start === undefined) {
		const message = `This sentence holds more than ${MAX_TIMES_PER_SENTENCE} time expressions; the rest was not read`;
		return { code: 'dense-sentence', message, start: mention.end, end: Math.max(mention.end, u.end) };
	}
	const message = 'A sentence near this one holds more numbers and time words than prose does; the rest of it was not read';
	return { code: 'dense-sentence', message, start: u.start, end: u.end };
}

/** How a time counted from a coarser one was placed, in words. */
function coarseAnchorMessage(span: TimeSpan, anchor: AnchorPoint): string {
	const from = anchor.text ? `"${anchor.text}" (${anchor.value ?? formatValue(anchor.point)})` : (anchor.value ?? formatValue(anchor.point));
	return `Counted from ${from}, the last time the text names, which is coarser than this expression: it lies between ${dayName(span.start)} and ${dayName(span.end - 1)}, and no closer`;
}

/**
 * Tags every time expression in `text` in order, handing each mention to `emit` with, when `withParts`,
 * the mentions of a range's two ends.
 */
function tagEach(text: string, options: TagOptions, withParts: boolean, emit: (mention: TimeMention, parts?: [TimeMention, TimeMention]) => void): void {
	const given = options.anchor ? parseAnchor(options.anchor, options.anchorEstimate) : null;
	const publication = datelineAnchor(text, given);
	const mode = options.mode ?? 'news';
	const sentences = splitSentences(text);
	const { candidates, unread } = findCandidates(text, sentences);
	const references: Reference[] = [];
	let sentenceIndex = 0;
	const ctx = new DocumentContext(text, publication, mode, references);
	// A clock time read with the day named after it ("at 10 a.m. the next morning") is kept as a reference
	// only once that day is read: the day counts from the time before them both, not from the clock time.
	// The references then go in in the order of the text.
	let deferred: Reference[] = [];
	let deferredUntil: Candidate | undefined;
	const flush = () => {
		for (const r of deferred) ctx.addReference(r);
		deferred = [];
		deferredUntil = undefined;
	};
	// A day that a clock time before it is read with ("at 9:45 p.m. Khartoum time (1945 GMT) on Monday")
	// takes its tense from the words before the clock, however long the phrase: by day, where it starts.
	const clockBefore = new Map<Candidate, number>();
	for (const c of candidates) {
		while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex].end <= c.start) sentenceIndex++;
		const sentence = sentences[sentenceIndex];
		// The day a clock time is read with, when it is named after the clock ("at 10 a.m. the next morning").
		const dayAfter = c.dayOf && c.dayOf.start >= c.end ? c.dayOf : undefined;
		if (dayAfter && !clockBefore.has(dayAfter)) clockBefore.set(dayAfter, c.start);
		ctx.moveTo(c, sentenceIndex, sentence && sentence.start <= c.start && c.start < sentence.end ? sentence : undefined, clockBefore.get(c));
		const n = normalize(c, ctx);
		const mention = toMention(c, n, text);
		const passed = unread.get(c);
		if (passed) mention.diagnostics = [...(mention.diagnostics ?? []), ...passed.map((u) => unreadDiagnostic(mention, u))];
		const e = c.expression;
		if (withParts && e.kind === 'range') {
			const [from, to] = normalizeRangeEnds(e, ctx);
			emit(mention, [toMention(e.from, from, text), toMention(e.to, to, text)]);
		} else emit(mention);
		const span = mention.span;
		// A comparison ("a year earlier") or a period in another year ("the 1988 period") names the period
		// compared, not the one the text goes on about.
		const comparison =
			e.kind === 'point' && ((e.relation?.kind === 'shift' && e.relation.comparison) || (e.relation?.kind === 'anaphoric' && e.relation.unit === 'period'));
		if (span && n.point && !comparison) {
			const point = n.until ?? n.point;
			const anchor: AnchorPoint = { kind: 'mention', point, text: mention.text, offset: mention.start, estimate: span.anchor?.estimate };
			if (n.coarse || n.anchor?.approximate) anchor.approximate = true;
			// A range or a bounded time starts before the point the story goes on from.
			const pointStart = n.until || span.mod ? spanOfPoint(point)?.start : undefined;
			if (pointStart !== undefined && span.start < pointStart) anchor.from = span.start;
			// The words before the mention in its sentence, which tell whether it is a time the story is at.
			const before = wordsBeforeTime(text, c.start, sentence);
			const relation = e.kind === 'point' ? e.relation : undefined;
			const countedBack =
				!!relation &&
				((relation.kind === 'anaphoric' && relation.offset < 0) ||
					(relation.kind === 'shift' && relation.sign < 0 && relation.from === 'reference') ||
					(relation.kind === 'named' && relation.anaphoric === true && relation.direction === 'last'));
			// In a narrative every date without its year is placed from the story's time, which a plan's time
			// would carry off; news places them from the writing. (The tense is read only where it is needed.)
			// The first time a narrative names opens its story, plan or not ("The ship was to have been launched
			// on 3 November 1857. … The attempt began shortly after noon").
			const planned = (mode === 'narrative' && references.length > 0 && (aheadOfTheStory(ctx) || (determines(point.granularity, 'day') && timeAThingIsFor(before)))) || undefined;
			const passing = { point, start: c.start, sentence: sentenceIndex, before, clause: ctx, countedBack };
			const lookBack = perfectLookBack(passing, references) || countsFromALookBack(n.anchor, references, sentenceIndex) || undefined;
			const aside = planned || lookBack || isAside(passing, references) || undefined;
			const flashback = (mode === 'narrative' && !aside && isFlashback(passing, references)) || undefined;
			const reference = new MentionReference(anchor, sentenceIndex, before, mode, text);
			reference.stated = span.basis === 'stated';
			reference.stretch = mention.type === 'DURATION' || undefined;
			reference.heading = c.heading;
			reference.aside = aside;
			reference.lookBack = lookBack;
			reference.flashback = flashback;
			reference.planned = planned;
			if (dayAfter) {
				if (deferredUntil && deferredUntil !== dayAfter) flush();
				deferred.push(reference);
				deferredUntil = dayAfter;
				continue;
			}
			if (deferredUntil) flush();
			ctx.addReference(reference);
		} else if (deferredUntil && (deferredUntil === c || c.start >= deferredUntil.end)) flush();
	}
}

/**
 * "Two days earlier, … Wellington had held the crossroads, while the Prussians were beaten the same day":
 * a time counted from a look back in its own sentence belongs to that look back, and the story after it
 * goes on from where it was.
 */
function countsFromALookBack(anchor: AnchorPoint | undefined, references: readonly Reference[], sentence: number): boolean {
	if (!anchor) return false;
	for (let i = references.length - 1; i >= 0 && references[i].sentence === sentence; i--) if (references[i].anchor === anchor) return !!references[i].lookBack;
	return false;
}

/** Tags every time expression in `text`, keeping the two ends of each range. */
export function tagTimeExpressions(text: string, options: TagOptions = {}): TaggedTime[] {
	const out: TaggedTime[] = [];
	tagEach(text, options, true, (mention, parts) => out.push(parts ? { mention, parts } : { mention }));
	return out;
}

/**
 * Every time expression in `text`, sorted by start, never overlapping, with TIMEX3 type and value and,
 * for dates and times, the span they name. See `TagOptions` for how relative expressions are anchored.
 * Throws only when `options.anchor` is not a date.
 */
export function tagTimes(text: string, options: TagOptions = {}): TimeMention[] {
	const out: TimeMention[] = [];
	tagEach(text, options, false, (mention) => out.push(mention));
	return out;
}
