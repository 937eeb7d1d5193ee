/**
 * Writing articles and their mentions. An article is replaced whole: its old mentions go (their events are
 * marked pending), its new ones come in with no event yet (pending too), and `reconcilePending` later
 * regroups what is pending into events. Every step leaves a consistent store: a crash between them only
 * leaves work pending for the next run.
 */
import type { Actor, Article, Region } from '../model';
import type { ArticleRows } from './articleRows';
import type { Db } from './db';
import { statement } from './statement';

export interface StoredArticleState {
	contentHash: string;
	publishedBasis: string | null;
}

/** Content hash and date basis of every stored article, to skip unchanged files and re-date undated ones. */
export function storedArticleStates(db: Db): Map<string, StoredArticleState> {
	const rows = statement(db, `SELECT id, content_hash, json_extract(published, '$.basis') AS basis FROM articles`).all() as { id: string; content_hash: string; basis: string | null }[];
	return new Map(rows.map((r) => [r.id, { contentHash: r.content_hash, publishedBasis: r.basis }]));
}

/** The families of the mentions an article had, before it is replaced: their events must be regrouped. */
export function mentionFamiliesOf(db: Db, articleId: string): string[] {
	return (statement(db, `SELECT DISTINCT family FROM mentions WHERE article_id = ?`).all(articleId) as { family: string }[]).map((r) => r.family);
}

export function saveArticle(db: Db, article: Article, rows: ArticleRows): void {
	statement(db, `INSERT OR IGNORE INTO pending_events (event_id) SELECT DISTINCT event_id FROM mentions WHERE article_id = ? AND event_id != ''`).run(article.id);
	statement(db, `DELETE FROM mentions WHERE article_id = ?`).run(article.id);
	statement(db, 
		`INSERT INTO articles (id, file, title, url, source, published, published_at, text, boilerplate, warnings, read_warnings, times, entities, content_hash, ingested_at)
		 VALUES (@id, @file, @title, @url, @source, @published, @published_at, @text, @boilerplate, @warnings, @read_warnings, @times, @entities, @content_hash,
		         @ingested_at)
		 ON CONFLICT (id) DO UPDATE SET file = excluded.file, title = excluded.title, url = excluded.url, source = excluded.source,
		   published = excluded.published, published_at = excluded.published_at, text = excluded.text, boilerplate = excluded.boilerplate,
		   warnings = excluded.warnings, read_warnings = excluded.read_warnings, times = excluded.times, entities = excluded.entities, content_hash = excluded.content_hash,
		   ingested_at = excluded.ingested_at`
	).run({
		id: article.id,
		file: article.file,
		title: article.title,
		url: article.url ?? null,
		source: article.source ?? null,
		published: article.published ? JSON.stringify(article.published) : null,
		published_at: article.published?.span.start ?? null,
		text: article.text,
		boilerplate: JSON.stringify(article.boilerplate),
		warnings: rows.warnings,
		read_warnings: JSON.stringify(article.warnings),
		times: rows.times,
		entities: rows.entities,
		content_hash: article.contentHash,
		ingested_at: Date.now()
	});
	const insert = statement(db, `INSERT OR IGNORE INTO mentions (key, article_id, event_id, family, at, start, end, data) VALUES (?, ?, '', ?, ?, ?, ?, ?)`);
	for (const m of rows.mentions) insert.run(m.key, article.id, m.family, m.at, m.start, m.end, m.data);
}

/**
 * The actors and regions that events refer to, with their groups and ancestors, so pages can name and
 * filter them without the gazetteer (which may have been extended by the user at ingestion).
 */
export function saveEntities(db: Db, actors: Actor[], regions: Region[]): void {
	const actor = statement(db, `INSERT INTO actors (id, name, kind, data) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, data = excluded.data`);
	for (const a of actors) actor.run(a.id, a.name, a.kind, JSON.stringify(a));
	const region = statement(db, `INSERT INTO regions (id, name, kind, parent, data) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent = excluded.parent, data = excluded.data`);
	for (const r of regions) region.run(r.id, r.name, r.kind, r.parent ?? null, JSON.stringify(r));
}
