import type { Article } from '../../model';

/** A file, or one line of it, that could not be read as an article, and why. */
export interface ReadError {
	file: string;
	/** 1-based line, for a JSONL record. */
	line?: number;
	message: string;
}

/** What readers yield: an article, or an error for one input while the others go on. */
export type ReadResult = { article: Article } | { error: ReadError };

/** The bytes of one input file, with its sidecar `NAME.meta.json` when one sits beside it. */
export interface FileInput {
	/** The path as given to the reader; it names the file in articles and errors. */
	file: string;
	bytes: Uint8Array;
	sidecar?: { file: string; bytes: Uint8Array };
}
