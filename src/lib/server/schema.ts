/**
 * The store's schema. `user_version` holds the schema version and `application_id` marks the file as
 * Dateline's, so a foreign SQLite file is refused instead of being written into.
 *
 * Times are UTC epoch milliseconds. Events keep their own copy of the columns the timeline filters and
 * sorts on; the full records (TimeSpan, Mention, Region…) are JSON beside them, because they are read
 * whole and never queried by their parts.
 */

/** "DTLN" in ASCII: the SQLite application id of a Dateline store. */
export const APPLICATION_ID = 0x44544c4e;

export interface Migration {
	version: number;
	sql: string;
}

export const MIGRATIONS: Migration[] = [
	{
		version: 1,
		sql: `
CREATE TABLE articles (
	id TEXT PRIMARY KEY,
	file TEXT NOT NULL,
	title TEXT NOT NULL,
	url TEXT,
	source TEXT,
	published TEXT,                -- JSON PublicationDate, NULL when undated
	published_at INTEGER,          -- its start, for sorting
	text TEXT NOT NULL,
	boilerplate TEXT NOT NULL,     -- JSON TextRange[]
	warnings TEXT NOT NULL,        -- JSON ArticleWarning[]: the reader's and the extraction's
	read_warnings TEXT NOT NULL,   -- JSON ArticleWarning[]: the reader's alone, kept for re-extraction
	times TEXT NOT NULL,           -- JSON TimeMention[], for the article view
	entities TEXT NOT NULL,        -- JSON entity matches, for the article view
	content_hash TEXT NOT NULL,
	ingested_at INTEGER NOT NULL   -- epoch ms of the ingestion that wrote it
) STRICT;

CREATE TABLE events (
	seq INTEGER PRIMARY KEY,       -- creation order; also the rowid of events_fts
	id TEXT NOT NULL UNIQUE,
	title TEXT NOT NULL,
	type TEXT NOT NULL,
	start INTEGER,                 -- NULL for an undated event
	end INTEGER,
	granularity TEXT,
	time TEXT,                     -- JSON TimeSpan
	claimed_by TEXT,
	sources INTEGER NOT NULL,
	actors TEXT NOT NULL,          -- JSON string[], most relevant first
	regions TEXT NOT NULL,         -- JSON string[], most specific first
	fingerprint TEXT NOT NULL      -- hash of the whole event: an unchanged event is not rewritten
) STRICT;
CREATE INDEX events_by_start ON events (start);
CREATE INDEX events_by_type_start ON events (type, start);

CREATE TABLE mentions (
	key TEXT PRIMARY KEY,          -- content-derived: article id + the clause's normalized text
	article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	event_id TEXT NOT NULL,
	family TEXT NOT NULL,          -- frame family: merging joins only mentions of one family
	at INTEGER,                    -- reference time (start, or the bound of an "on or before"): merge candidates lie near it
	start INTEGER,                 -- the mention's own time
	end INTEGER,
	data TEXT NOT NULL             -- JSON Mention plus what merging compares
) STRICT;
CREATE INDEX mentions_by_event ON mentions (event_id);
CREATE INDEX mentions_by_family_time ON mentions (family, at);
CREATE INDEX mentions_by_article ON mentions (article_id);

-- Filtering by a region includes its descendants and by an actor the members of a group: these tables
-- hold each event under every region and actor that should find it, ancestors and groups included.
CREATE TABLE event_regions (
	region_id TEXT NOT NULL,
	event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
	direct INTEGER NOT NULL,       -- 1 when the event names the region itself, 0 through a descendant
	PRIMARY KEY (region_id, event_seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_regions_by_event ON event_regions (event_seq);

CREATE TABLE event_actors (
	actor_id TEXT NOT NULL,
	event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
	direct INTEGER NOT NULL,
	PRIMARY KEY (actor_id, event_seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_actors_by_event ON event_actors (event_seq);

CREATE TABLE event_articles (
	article_id TEXT NOT NULL,
	event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
	PRIMARY KEY (article_id, event_seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX event_articles_by_event ON event_articles (event_seq);

-- Events that lost mentions when their articles changed, waiting to be regrouped (new mentions wait with
-- an empty event_id). Both survive a crash, so the next ingestion finishes the work.
CREATE TABLE pending_events (
	event_id TEXT PRIMARY KEY
) STRICT;

-- An id retired by a merge keeps resolving to the event that absorbed it.
CREATE TABLE event_aliases (
	old_id TEXT PRIMARY KEY,
	event_id TEXT NOT NULL
) STRICT;

CREATE TABLE actors (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	kind TEXT NOT NULL,
	data TEXT NOT NULL             -- JSON Actor
) STRICT;

CREATE TABLE regions (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	kind TEXT NOT NULL,
	parent TEXT,
	data TEXT NOT NULL             -- JSON Region
) STRICT;

CREATE VIRTUAL TABLE events_fts USING fts5 (title, quotes, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE store_meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;
`
	}
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
