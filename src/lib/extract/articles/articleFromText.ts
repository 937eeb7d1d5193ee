import type { Article, ArticleWarning } from '../../model';
import type { ArticleMetadata } from './articleMetadata';
import { checkDates } from './dateConflicts';
import { findDateLines } from './dateLines';
import { titleFromLine, titleFromOpening } from './headline';
import { shapeLines } from './lineShape';
import { findLocatedDateline } from './locatedDateline';
import { boilerplateRanges, pageLayout } from './pageLayout';
import { choosePublication } from './publication';

/** Everything a container (a text file, a JSONL line, a page) hands over about one article. */
export interface ArticleSource {
	/** The path, or `path:line` for a JSONL record. */
	file: string;
	/** The id proposed from the file name or record; `readArticles` makes it unique in a read. */
	id: string;
	/** The stored text; every offset in the article points into it. */
	text: string;
	contentHash: string;
	metadata: ArticleMetadata;
	/** Problems already met (decoding, metadata), kept in front of the article's own. */
	warnings: string[];
	/** A last-resort title when neither metadata nor text yields one: the file name. */
	fallbackTitle: string;
}

export interface ArticleOptions {
	/**
	 * Tag the text to warn about dates that conflict (default true). A pipeline that tags every article
	 * anyway turns this off and calls `dateConflicts` with its own mentions, saving a second pass.
	 */
	checkDates?: boolean;
}

/**
 * One article from its text and metadata: boilerplate, title, publication date with its basis, and
 * warnings about dates that conflict. Pure: the same source gives the same article.
 */
export function articleFromText(source: ArticleSource, options: ArticleOptions = {}): Article {
	const { text, metadata } = source;
	const warnings: ArticleWarning[] = source.warnings.map((message) => ({ message }));
	const shapes = shapeLines(text);
	const dateLines = findDateLines(text, shapes);
	const layout = pageLayout(shapes, new Set(dateLines.map((d) => d.line)));
	const boilerplate = boilerplateRanges(layout);
	const located = layout.body ? findLocatedDateline(text, shapes, layout.body.first) : null;

	const publication = choosePublication({ text, metadata, dateLines, located, boilerplate });
	warnings.push(...publication.warnings);

	const opening = layout.body ? shapes[layout.body.first] : shapes.find((s, i) => !s.blank && layout.kinds[i] === null);
	let title = metadata.title;
	if (!title && layout.headline !== null) title = titleFromLine(shapes[layout.headline]);
	if (!title && opening) title = titleFromOpening(opening);
	if (!title) {
		title = source.fallbackTitle;
		warnings.push({ message: `no title was found in the metadata or the text; the file name "${title}" stands in` });
	}

	const article: Article = {
		id: source.id,
		file: source.file,
		title,
		published: publication.published,
		text,
		boilerplate: boilerplate.map(({ start, end }) => ({ start, end })),
		warnings,
		contentHash: source.contentHash
	};
	if (options.checkDates ?? true) warnings.push(...checkDates(article));
	if (metadata.url) article.url = metadata.url;
	if (metadata.source) article.source = metadata.source;
	return article;
}
