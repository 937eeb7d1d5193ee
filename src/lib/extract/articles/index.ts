/**
 * Reading articles: files and folders in, `Article`s out. `readArticles` does the I/O; everything below
 * it is pure and can be called on bytes directly.
 */
export { readArticles, type ReadOptions } from './readArticles';
export { articlesFromFile, isArticleFile, ARTICLE_EXTENSIONS } from './articlesFromFile';
export { articleFromText, type ArticleOptions, type ArticleSource } from './articleFromText';
export { checkDates, dateConflicts } from './dateConflicts';
export { ArticleIds, articleIdFrom } from './articleId';
export { contentHash } from './contentHash';
export { decodeText, type DecodedText } from './decodeText';
export { readMetadata, mergeMetadata, type ArticleMetadata } from './articleMetadata';
export type { BoilerplateKind, BoilerplateRange } from './boilerplateKind';
export type { FileInput, ReadError, ReadResult } from './readResult';
