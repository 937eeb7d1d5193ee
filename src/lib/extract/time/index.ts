import type { Diagnostic, TextRange, TimeMention } from '$lib/model';
import { sentenceAt, splitSentences } from '$lib/extract/text/sentences';
import { tenseAt, type VerbTense } from '$lib/extract/text/tense';
import { tokenize, type Token } from '$lib/extract/text/tokens';
import { parseAnchor, type AnchorPoint } from './anchor';
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { formatValue, type CalendarPoint } from './calendarPoint';
import { datelineAnchor } from './dateline';
import { WEEKDAY_FULL_NAMES } from './calendarWords';
import type { Candidate } from './expression';
import { normalize, type NormalizeContext, type Normalized, type Reference } from './normalize';
import { runRecognizers, wordBefore } from './recognizer';
import { RECOGNIZERS } from './recognizers';
import { REFINERS } from './refiners';
import { resolveSpan } from './resolve';

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
 * demand, over tokens of the whole text made once.
 */
class DocumentContext implements NormalizeContext {
	sentence = 0;
	lead?: string;
	start?: number;
	private candidate: Candidate | null = null;
	private sentenceRange: TextRange | undefined;
	private cachedTense: VerbTense | undefined;
	private readonly sentenceTokens = new Map<number, Token[]>();

	constructor(
		private readonly text: string,
		readonly publication: AnchorPoint | null,
		readonly mode: 'news' | 'narrative',
		readonly references: Reference[]
	) {}

	textBetween = (from: number, to: number) => this.text.slice(from, to);

	moveTo(c: Candidate, sentence: number, range: TextRange | undefined) {
		this.candidate = c;
		this.sentence = sentence;
		this.sentenceRange = range;
		this.cachedTense = undefined;
		this.lead = wordBefore(this.text, c.start);
		this.start = c.start;
	}

	get tense(): VerbTense {
		if (!this.cachedTense) {
			const range = this.sentenceRange;
			let tokens: Token[] | undefined;
			if (range) {
				tokens = this.sentenceTokens.get(range.start);
				if (!tokens) {
					tokens = tokenize(this.text, range.start, range.end);
					this.sentenceTokens.set(range.start, tokens);
				}
			}
			this.cachedTense = tenseAt(this.text, this.candidate!, range, tokens);
		}
		return this.cachedTense;
	}
}

function findCandidates(text: string): Candidate[] {
	const found = runRecognizers(RECOGNIZERS, text);
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	return REFINERS.reduce((candidates, refine) => refine(candidates, text), found);
}

function toMention(c: Candidate, n: Normalized, text: string): TimeMention {
	const mention: TimeMention = {
		start: c.start,
		end: c.end,
		text: text.slice(c.start, c.end),
		type: c.type,
		value: n.value
	};
	const mod = c.mod;
	if (mod) mention.mod = mod;
	if (n.quant) mention.quant = n.quant;
	if (n.freq) mention.freq = n.freq;
	if (c.type === 'DATE' || c.type === 'TIME' || n.interval) {
		const span = resolveSpan(n, mod);
		if (span) mention.span = span;
	}
	const diagnostics: Diagnostic[] = [];
	if (n.problem) {
		const message = n.problem.message.charAt(0).toUpperCase() + n.problem.message.slice(1);
		diagnostics.push({ code: n.problem.code, message, start: c.start, end: c.end });
	}
	if (c.ambiguity && mention.span) {
		diagnostics.push({ code: 'ambiguous-date', message: c.ambiguity, start: c.start, end: c.end });
	}
	const bounds = n.until ? undefined : n.point?.bounds;
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

const dayName = (instant: number) => format(new UTCDate(instant), 'd MMMM yyyy');

/** Why a period's span is not the calendar period its value names. */
function reportingPeriodMessage(value: string, point: CalendarPoint, bounds: { start: number; end: number }): string {
	const ran = `ran from ${dayName(bounds.start)} to ${dayName(bounds.end - 1)}`;
	return point.fiscal
		? `${value} names a period of a fiscal calendar, as the text numbers it; that period ${ran}`
		: `The period reported ${ran}; ${value} is the calendar ${point.granularity} holding most of it`;
}

/** Tags every time expression in `text`, keeping the two ends of each range. */
export function tagTimeExpressions(text: string, options: TagOptions = {}): TaggedTime[] {
	const given = options.anchor ? parseAnchor(options.anchor, options.anchorEstimate) : null;
	const publication = datelineAnchor(text, given);
	const mode = options.mode ?? 'news';
	const candidates = findCandidates(text);
	const sentences = splitSentences(text);
	const references: Reference[] = [];
	const out: TaggedTime[] = [];
	let sentenceIndex = 0;
	const ctx = new DocumentContext(text, publication, mode, references);
	for (const c of candidates) {
		while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex].end <= c.start) sentenceIndex++;
		ctx.moveTo(c, sentenceIndex, sentenceAt(sentences, c.start) ?? undefined);
		const n = normalize(c, ctx);
		const mention = toMention(c, n, text);
		const tagged: TaggedTime = { mention };
		const e = c.expression;
		if (e.kind === 'range') {
			tagged.parts = [toMention(e.from, normalize(e.from, ctx), text), toMention(e.to, normalize(e.to, ctx), text)];
		}
		out.push(tagged);
		const span = mention.span;
		// A comparison ("a year earlier") or a period in another year ("the 1988 period") names the period
		// compared, not the one the text goes on about.
		const comparison =
			e.kind === 'point' && ((e.relation?.kind === 'shift' && e.relation.comparison) || (e.relation?.kind === 'anaphoric' && e.relation.unit === 'period'));
		if (span && n.point && !comparison) {
			const point = n.until ?? n.point;
			const anchor: AnchorPoint = {
				kind: 'mention',
				point,
				value: formatValue(point),
				text: mention.text,
				offset: mention.start,
				estimate: span.anchor?.estimate
			};
			references.push({ anchor, sentence: sentenceIndex, stated: span.basis === 'stated', stretch: c.type === 'DURATION' || undefined });
		}
	}
	return out;
}

/**
 * Every time expression in `text`, sorted by start, never overlapping, with TIMEX3 type and value and,
 * for dates and times, the span they name. See `TagOptions` for how relative expressions are anchored.
 * Throws only when `options.anchor` is not a date.
 */
export function tagTimes(text: string, options: TagOptions = {}): TimeMention[] {
	return tagTimeExpressions(text, options).map((t) => t.mention);
}
