import { parseDocument } from 'yaml';

export interface FrontMatter {
	/** The parsed fields, or undefined when there is no (usable) front matter. */
	fields: unknown;
	/** Where the article's text begins: just after the closing fence, or 0. */
	bodyStart: number;
	warnings: string[];
}

/** Front matter larger than this is not metadata; the file is read as text from its first line. */
const MAX_FRONT_MATTER = 64 * 1024;
const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits a Markdown file's YAML front matter (between `---` fences on the first lines) from its body.
 * Broken YAML costs the metadata, never the article: its fields are ignored with a warning naming the line.
 */
export function splitFrontMatter(text: string): FrontMatter {
	const open = OPENING.exec(text);
	if (!open) return { fields: undefined, bodyStart: 0, warnings: [] };
	let lineStart = open[0].length;
	while (lineStart <= text.length) {
		if (lineStart > MAX_FRONT_MATTER) {
			const warning = `the front matter is not closed within its first ${MAX_FRONT_MATTER / 1024} KB; the whole file was read as the article`;
			return { fields: undefined, bodyStart: 0, warnings: [warning] };
		}
		const next = nextLineBreak(text, lineStart);
		const line = text.slice(lineStart, next.at);
		if (CLOSING.test(line)) return parseFields(text.slice(open[0].length, lineStart), next.after);
		if (next.at === text.length) break;
		lineStart = next.after;
	}
	return {
		fields: undefined,
		bodyStart: 0,
		warnings: ['the front matter opened by "---" on the first line is never closed; the whole file was read as the article']
	};
}

function parseFields(yaml: string, bodyStart: number): FrontMatter {
	// The YAML is metadata, not stored text: its line breaks can be normalized (the parser knows no lone CR).
	const doc = parseDocument(yaml.replace(/\r\n?/g, '\n'), { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		const error = doc.errors[0];
		// The YAML starts on the file's second line, after the opening fence.
		const line = error.linePos ? error.linePos[0].line + 1 : undefined;
		const where = line ? ` at line ${line}` : '';
		const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
		return { fields: undefined, bodyStart, warnings: [`the front matter is not valid YAML${where} (${message}); its fields were ignored`] };
	}
	try {
		return { fields: doc.toJS({ maxAliasCount: 100 }), bodyStart, warnings: [] };
	} catch (e) {
		return { fields: undefined, bodyStart, warnings: [`the front matter could not be read (${(e as Error).message}); its fields were ignored`] };
	}
}

function nextLineBreak(text: string, from: number): { at: number; after: number } {
	for (let i = from; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) return { at: i, after: i + 1 };
		if (c === 13) return { at: i, after: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
	}
	return { at: text.length, after: text.length };
}
