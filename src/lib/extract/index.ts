/**
 * Text → chronology. The pipeline, stage by stage:
 *
 *   per article (`extractArticle`, independent, so it runs on every core):
 *     1. sentences        text/sentences
 *     2. time expressions time/ (resolved against the publication date, if the article has one)
 *     3. actors, regions  entities/ (gazetteer + names outside it)
 *     4. event mentions   events/mentions (trigger, type, title, time, participants, claims)
 *     5. date warnings    articles/dateConflicts
 *   over the corpus (`extractCorpus` here; the store does the same incrementally at ingestion):
 *     6. dating           events/corpusDating: undated articles dated from the dated ones, re-extracted
 *     7. merging          events/merge: mentions of one happening become one event
 *     8. events           events/eventFromMentions, ids from events/mentionKey
 */
import type { Actor, Article, ArticleWarning, NewsEvent, Region, TimeMention } from '../model';
import { dateConflicts } from './articles/dateConflicts';
import { findEntities, type EntityMatch, type Gazetteer } from './entities/index';
import { corpusLookup, type CorpusLookup } from './entityLookup';
import { DatingIndex } from './events/corpusDating';
import { eventFromMentions } from './events/eventFromMentions';
import { clusterMentions } from './events/merge';
import { eventIdFor } from './events/mentionKey';
import { extractMentions, type MentionRecord } from './events/mentions';
import { splitSentences } from './text/sentences';
import { tagTimes } from './time/index';

export interface ArticleExtraction {
	/** The article as read (its `warnings` are the reader's). */
	article: Article;
	/** Conflicts between the dates in the text and the publication date, found by this extraction. */
	warnings: ArticleWarning[];
	times: TimeMention[];
	entities: EntityMatch[];
	mentions: MentionRecord[];
	/** Actors and regions found outside the gazetteer. */
	discovered: (Actor | Region)[];
}

/**
 * Events are read from this much of a text at most. A text longer than a long book is not an article (a log,
 * a dump, pages run together); its whole text is still stored and shown, and a warning says where reading
 * stopped, but extracting it whole would make one file cost more than a corpus.
 */
export const MAX_EXTRACTED_CHARS = 2_000_000;

/** Where reading stops in a text too long to read whole: at the last line break before the limit. */
function readableLength(text: string): number {
	if (text.length <= MAX_EXTRACTED_CHARS) return text.length;
	const cut = text.lastIndexOf('\n', MAX_EXTRACTED_CHARS);
	return cut > MAX_EXTRACTED_CHARS / 2 ? cut : MAX_EXTRACTED_CHARS;
}

export function extractArticle(article: Article, gazetteer: Gazetteer, lookup: CorpusLookup = corpusLookup(gazetteer)): ArticleExtraction {
	const { published } = article;
	const readable = readableLength(article.text);
	const text = readable < article.text.length ? article.text.slice(0, readable) : article.text;
	const sentences = splitSentences(text);
	// Without a publication date, the text's own dates are all there is to count from: read it as a
	// narrative ("In July 1995 … Three days later …"); a news text's "on Monday" then stays unresolved.
	const times = tagTimes(text, published ? { anchor: published.span.value, anchorEstimate: published.estimate } : { mode: 'narrative' });
	const entities = findEntities(text, gazetteer);
	const discovered = [...new Map(entities.filter((e) => e.discovered && e.record).map((e) => [e.id, e.record!])).values()];
	lookup.addDiscovered(discovered);
	const mentions = extractMentions({
		article,
		sentences,
		times,
		entities: entities.filter((e) => !e.weak),
		lookup
	});
	const warnings = dateConflicts(article, times);
	if (readable < article.text.length) {
		const lines = text.split('\n').length;
		warnings.push({
			message: `The text is ${article.text.length.toLocaleString('en')} characters long: events were read from its first ${readable.toLocaleString('en')} characters (${lines.toLocaleString('en')} lines) only; the rest is stored but not read.`,
			range: { start: readable, end: article.text.length }
		});
	}
	return { article, warnings, times, entities, mentions, discovered };
}

/**
 * Dates an undated article from the dated ones' mentions and extracts it again against that date; returns
 * null when the corpus cannot date it (it then stays undated).
 */
export function redateFromCorpus(extraction: ArticleExtraction, index: DatingIndex, gazetteer: Gazetteer, lookup: CorpusLookup): ArticleExtraction | null {
	const published = index.date(extraction.mentions);
	if (!published) return null;
	return extractArticle({ ...extraction.article, published }, gazetteer, lookup);
}

export interface Chronology {
	articles: ArticleExtraction[];
	events: NewsEvent[];
}

/** The whole pipeline in memory, for a corpus given at once (tests, benchmarks, one-off exports). */
export function extractCorpus(articles: Article[], gazetteer: Gazetteer): Chronology {
	const lookup = corpusLookup(gazetteer);
	let extractions = articles.map((article) => extractArticle(article, gazetteer, lookup));

	const titles = new Map(articles.map((a) => [a.id, a.title]));
	const index = new DatingIndex(lookup, (id) => titles.get(id) ?? id);
	for (const x of extractions) if (x.article.published && x.article.published.basis !== 'corpus') index.add(x.mentions);
	extractions = extractions.map((x) => (x.article.published ? x : (redateFromCorpus(x, index, gazetteer, lookup) ?? x)));

	const mentions = extractions.flatMap((x) => x.mentions).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const events = clusterMentions(mentions, lookup).map((indices) => {
		const members = indices.map((i) => mentions[i]);
		return { id: eventIdFor(members.map((m) => m.key).sort()[0]), ...eventFromMentions(members) };
	});
	events.sort((a, b) => (a.time?.start ?? Infinity) - (b.time?.start ?? Infinity) || a.id.localeCompare(b.id));
	return { articles: extractions, events };
}
