/** Why a line is not part of the article. */
export type BoilerplateKind =
	/** Menus, section links, "Live", "Audio only": short lines before the article. */
	| 'navigation'
	/** "Home / World / Asia", "News > Afghanistan". */
	| 'breadcrumb'
	/** "Share on Facebook", "Tweet", "Email". */
	| 'share'
	/** A photo caption or credit, and lines that repeat a caption. */
	| 'caption'
	/** Another article's headline or opening cut short ("Read more: …", "Check Also", lines ending in "…"). */
	| 'teaser'
	/** "3 comments", "Leave a reply", "Post with no comments." */
	| 'comments'
	/** "By Jane Doe", "About admin", "(Reporting by …; Editing by …)", an outlet's name alone. */
	| 'byline'
	/** A line that only states when the article was published or updated. */
	| 'dateline'
	/** A line that looks empty but holds a non-breaking space or invisible characters. */
	| 'filler'
	/** Other page furniture around the article: tags, labels, section names. */
	| 'furniture';

export interface BoilerplateRange {
	start: number;
	end: number;
	kind: BoilerplateKind;
}
