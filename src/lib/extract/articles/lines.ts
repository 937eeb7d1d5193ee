/** One line of a text: `[start, end)` excludes the line break, so `text.slice(start, end)` is the line. */
export interface Line {
	start: number;
	end: number;
	/** Index of the line, counting from 0. */
	index: number;
}

/**
 * Splits a text into lines at LF, CRLF and lone CR, so files from any platform (and old Mac files that end
 * lines with CR alone) yield the same lines while offsets keep pointing into the unchanged text.
 */
export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c !== 10 && c !== 13) continue;
		lines.push({ start, end: i, index: lines.length });
		if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
		start = i + 1;
	}
	if (start < text.length || lines.length === 0) lines.push({ start, end: text.length, index: lines.length });
	return lines;
}
