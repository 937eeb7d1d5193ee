/**
 * A quoted sentence cut into runs of plain text and marked text (the trigger word, the time
 * expression), from offsets into the article. Offsets outside the sentence are clipped and overlapping
 * marks give way to the earlier one, so any input yields well-formed runs that join back to the sentence.
 */
export interface QuoteMark {
	start: number;
	end: number;
	kind: 'trigger' | 'timex';
}

export interface QuoteRun {
	text: string;
	kind: QuoteMark['kind'] | null;
}

export function quoteSegments(text: string, sentenceStart: number, marks: QuoteMark[]): QuoteRun[] {
	const local = marks
		.map((m) => ({ kind: m.kind, start: Math.max(0, Math.min(text.length, m.start - sentenceStart)), end: Math.max(0, Math.min(text.length, m.end - sentenceStart)) }))
		.filter((m) => m.end > m.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const runs: QuoteRun[] = [];
	let at = 0;
	for (const m of local) {
		if (m.start < at) continue;
		if (m.start > at) runs.push({ text: text.slice(at, m.start), kind: null });
		runs.push({ text: text.slice(m.start, m.end), kind: m.kind });
		at = m.end;
	}
	if (at < text.length) runs.push({ text: text.slice(at), kind: null });
	return runs;
}
