/**
 * Dateline's shared vocabulary. Every stage (readers, tagger, event extraction, store, timeline) speaks
 * these types, so they hold plain data only: no classes, no Dates (instants are UTC epoch milliseconds,
 * which survive JSON, SQLite and postMessage unchanged).
 */

/** Calendar units a span can have, finest first. The order is used to compare granularities. */
export const GRANULARITIES = [
	'minute',
	'hour',
	'partofday',
	'day',
	'week',
	'month',
	'season',
	'quarter',
	'half',
	'year',
	'decade',
	'century'
] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/**
 * How a span was obtained.
 * - `stated`: every part the granularity needs is written in the text ("6 September 2021", "the 1980s").
 * - `relative`: computed from an anchor ("on Friday", "last month", "three days later", "September 6th"
 *   whose year comes from the anchor); `anchor` says which.
 * - `publication`: the publication date itself stands for the time ("today" in a dated article).
 * - `reported`: nothing in the text dates the event; it happened on or before the publication date.
 * - `inferred`: derived from evidence outside the sentence (another article of the corpus, a neighbouring
 *   passage); `anchor` or the owning record keeps the evidence.
 */
export type TimeBasis = 'stated' | 'relative' | 'publication' | 'reported' | 'inferred';

/** TIMEX3 modifiers (TimeML 1.2.1 `mod`), plus the approximate marker. */
export type TimexMod =
	| 'BEFORE'
	| 'AFTER'
	| 'ON_OR_BEFORE'
	| 'ON_OR_AFTER'
	| 'LESS_THAN'
	| 'MORE_THAN'
	| 'EQUAL_OR_LESS'
	| 'EQUAL_OR_MORE'
	| 'START'
	| 'MID'
	| 'END'
	| 'APPROX';

/** Parts of a date or time that the text can state; the rest of a span's parts were implied. */
export type DatePart = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekday' | 'day' | 'partofday' | 'hour' | 'minute' | 'zone';

/** What a relative expression was resolved against. */
export interface TimeAnchor {
	/** `publication`: the document's creation time; `mention`: an earlier time expression in the same text. */
	kind: 'publication' | 'mention';
	/** TIMEX3 value of the anchor (for example `2021-09-06`). */
	value: string;
	/** For `mention`: the anchoring expression's text and offset in the same text. */
	text?: string;
	offset?: number;
	/** The anchor itself is an estimate (a publication date supplied as an estimate, or inferred). */
	estimate?: boolean;
}

/**
 * A half-open interval of UTC instants `[start, end)`. A point in time is a span too: "6 September 2021"
 * is the whole UTC day. `value` and `granularity` always agree (a `day` span has a `YYYY-MM-DD` value).
 */
export interface TimeSpan {
	start: number;
	end: number;
	granularity: Granularity;
	/** TIMEX3 value: `2021-09-06`, `2021-09`, `2021-W35`, `2021-Q3`, `2021-SU`, `198`, `19`, `2021-09-06T14:30`. */
	value: string;
	basis: TimeBasis;
	anchor?: TimeAnchor;
	/** The text hedges ("about", "more than two and a half decades ago") or the span is only roughly known. */
	approximate: boolean;
	mod?: TimexMod;
	/** The parts the text stated; everything else in the span was implied from the anchor or by default. */
	known: DatePart[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A warning tied to a place in a text, shown to the user (for example an impossible date). */
export interface Diagnostic {
	code: string;
	message: string;
	start: number;
	end: number;
}

/** One time expression found by the tagger, with its TIMEX3 annotation and, for dates and times, its span. */
export interface TimeMention {
	/** Character offsets into the tagged text, `end` exclusive. */
	start: number;
	end: number;
	text: string;
	type: TimexType;
	/** TIMEX3 value (`2021-09-06`, `P3W`, `PAST_REF`, `XXXX-WXX-1`). Empty when the text cannot be a real date. */
	value: string;
	mod?: TimexMod;
	/** For SET: TIMEX3 `quant` and `freq` ("every Monday" → quant EVERY). */
	quant?: string;
	freq?: string;
	/** For DATE and TIME mentions that denote a place on the calendar. Absent for impossible dates. */
	span?: TimeSpan;
	diagnostics?: Diagnostic[];
}

/** A range of characters in an article's stored text. */
export interface TextRange {
	start: number;
	end: number;
}

export type PublicationBasis = 'metadata' | 'dateline' | 'corpus' | 'none';

export interface PublicationDate {
	/** ISO 8601 date or date-time as known (`2021-09-06`, `2021-09-06T10:30:00Z`). */
	date: string;
	/** The day (or instant) as a span, so relative expressions can be resolved against it. */
	span: TimeSpan;
	basis: PublicationBasis;
	/** Supplied as an estimate, or inferred from the corpus. */
	estimate: boolean;
	/** For `corpus`: why this date (the events shared with dated articles). */
	evidence?: string[];
}

export interface ArticleWarning {
	message: string;
	/** Where in the text the warning points, when it points somewhere. */
	range?: TextRange;
}

export interface Article {
	/** Stable id used in URLs: letters, digits, `.`, `_`, `-` only. */
	id: string;
	/** The path or `file:line` the article came from, as given to the reader. */
	file: string;
	title: string;
	url?: string;
	source?: string;
	published: PublicationDate | null;
	/** The file's text, unchanged: every offset in Dateline points into it. */
	text: string;
	/** Lines that are not the article (navigation, captions, teasers); they yield no events. */
	boilerplate: TextRange[];
	warnings: ArticleWarning[];
	/** Hash of the file's bytes: an unchanged file is skipped on re-ingestion. */
	contentHash: string;
}

/** After ACLED's event types, reduced to what a news chronology needs. See `extract/events/taxonomy.ts`. */
export const EVENT_TYPES = [
	'armed-violence',
	'territorial-control',
	'statement',
	'diplomacy',
	'political',
	'humanitarian',
	'other'
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type ActorKind = 'organization' | 'person' | 'country' | 'group';

export interface Actor {
	id: string;
	name: string;
	kind: ActorKind;
	aliases?: string[];
	/** Ids of the actors this one belongs to (a spokesman to his group): filtering by those includes this one. */
	memberOf?: string[];
	/** Found by the general name finder, not by the gazetteer. */
	discovered?: boolean;
}

export type RegionKind = 'world' | 'country' | 'province' | 'district' | 'city' | 'place';

export interface Region {
	id: string;
	name: string;
	kind: RegionKind;
	/** Parent region id: district → province → country. Filtering by a region includes its descendants. */
	parent?: string;
	/** ISO 3166 code for countries (alpha-2) and provinces (3166-2). */
	iso?: string;
	lat?: number;
	lon?: number;
	aliases?: string[];
	discovered?: boolean;
}

/** One place in one article that reports an event. */
export interface Mention {
	articleId: string;
	/** The clause reporting the event, offsets into the article's stored text. */
	start: number;
	end: number;
	/** The whole sentence holding the clause, for quoting and for linking to it. */
	sentence: TextRange;
	/** The word or phrase that names the happening ("seized", "called for"). */
	trigger: TextRange & { text: string; lemma: string };
	/** The time expression that anchors it, when one does. */
	timex?: TextRange & { text: string; value: string };
	time: TimeSpan | null;
	type: EventType;
	title: string;
	actors: string[];
	regions: string[];
	/** Who claims it, when the mention reports a claim ("the Taliban claimed…", "according to Masud…"). */
	claimedBy?: string;
}

/** What several mentions in several articles may report: the unit the timeline shows. */
export interface NewsEvent {
	/** Derived from content, stable across re-ingestion; appears in permalinks. */
	id: string;
	title: string;
	type: EventType;
	/** Null for an undated event (an undated article with no time expression): kept, never given a made-up date. */
	time: TimeSpan | null;
	actors: string[];
	regions: string[];
	claimedBy?: string;
	mentions: Mention[];
}
