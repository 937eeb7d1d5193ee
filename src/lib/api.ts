/**
 * What the server hands the pages and what `/api/*` endpoints return. Kept apart from `model.ts` because
 * these shapes are views of the store, sized for the wire: a summary carries what the timeline draws, a
 * detail what the event panel shows.
 */
import type { Actor, ArticleWarning, EventType, Granularity, PublicationDate, Region, TimeBasis, TimeMention, TimeSpan, TimexMod } from './model';

/** An event as the timeline draws it. Times are UTC epoch ms; an undated event has `time: null`. */
export interface EventSummary {
	id: string;
	title: string;
	type: EventType;
	time: {
		start: number;
		end: number;
		granularity: Granularity;
		value: string;
		basis: TimeBasis;
		approximate: boolean;
		mod?: TimexMod;
	} | null;
	/** Region and actor ids, most specific first; look them up in `TimelineFacets`. */
	regions: string[];
	actors: string[];
	/** Number of distinct articles reporting the event. */
	sources: number;
	claimedBy?: string;
}

/** One source of an event, with the sentence that reports it. */
export interface EventSource {
	articleId: string;
	articleTitle: string;
	url?: string;
	source?: string;
	published: PublicationDate | null;
	/** The sentence, and the clause inside it, as offsets into the article text and as text. */
	sentence: { start: number; end: number; text: string };
	clause: { start: number; end: number };
	trigger: { start: number; end: number; text: string };
	timex?: { start: number; end: number; text: string; value: string };
	/** The time this mention alone gives the event. */
	time: TimeSpan | null;
	claimedBy?: string;
}

/** Everything the event panel and the permalink page show. */
export interface EventDetail {
	id: string;
	title: string;
	type: EventType;
	time: TimeSpan | null;
	actors: Actor[];
	regions: (Region & { path: string[] })[];
	claimedBy?: Actor | { id: string; name: string };
	sources: EventSource[];
}

export interface FacetEntry {
	id: string;
	name: string;
	/** Events matching this entry (a region counts its descendants' events too). */
	count: number;
}

/** Lookup tables for ids in summaries, and the counts the filters show. */
export interface TimelineFacets {
	regions: (Region & { count: number })[];
	actors: (Actor & { count: number })[];
	types: { id: EventType; count: number }[];
	articles: ArticleSummary[];
}

export interface ArticleSummary {
	id: string;
	title: string;
	url?: string;
	source?: string;
	published: PublicationDate | null;
	warnings: ArticleWarning[];
	events: number;
}

/** The filters of a timeline view; every field is optional and they combine with AND. */
export interface EventFilter {
	region?: string[];
	actor?: string[];
	type?: EventType[];
	source?: string[];
	q?: string;
	/** UTC epoch ms, the window `[from, to)`; events overlapping it match. */
	from?: number;
	to?: number;
}

/** An event mention as the article view highlights it. */
export interface ArticleMentionView {
	eventId: string;
	eventTitle: string;
	start: number;
	end: number;
	sentence: { start: number; end: number };
	trigger: { start: number; end: number; text: string };
	type: EventType;
	time: TimeSpan | null;
	claimedBy?: string;
}

/** Everything the article page shows: the stored text with what Dateline read in it. */
export interface ArticleView {
	id: string;
	file: string;
	title: string;
	url?: string;
	source?: string;
	published: PublicationDate | null;
	warnings: ArticleWarning[];
	text: string;
	boilerplate: { start: number; end: number }[];
	mentions: ArticleMentionView[];
	times: TimeMention[];
	entities: { start: number; end: number; kind: 'actor' | 'region'; id: string; name: string }[];
}
