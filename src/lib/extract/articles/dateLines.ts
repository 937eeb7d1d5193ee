import type { TimeMention } from '../../model';
import { readDateOnly } from './dateOnly';
import type { LineShape } from './lineShape';

/** A line that only states a date: "November 27, 2022", "Published 6 September 2021". */
export interface DateLine {
	line: number;
	/** The date expression, with offsets into the article text. */
	mention: TimeMention;
	label: 'published' | 'updated' | null;
}

/** Datelines sit near the top or the bottom of a page; these many visible lines are searched at each end. */
const HEAD_LINES = 15;
const TAIL_LINES = 8;
const MAX_WORDS = 18;
const MAX_CHARS = 160;
/** Labelled lines ("Published …") are searched everywhere, but a file of such lines cannot cost unbounded time. */
const MAX_CANDIDATES = 200;
const LABEL_START = /^(?:(?:first|originally|last|latest)\s+)?(?:published|posted|updated?|modified|dated?|pubdate|publication\s+date)\b/i;
/** Parts of a byline-and-date line: "By Jane Doe | Published 6 September 2021 | 3 min read". */
const SEGMENT_SEPARATOR = /\s+[|•·]\s+|\s{3,}/g;

export function findDateLines(text: string, shapes: LineShape[]): DateLine[] {
	const visible = shapes.filter((s) => !s.blank);
	const candidates = new Set<LineShape>([...visible.slice(0, HEAD_LINES), ...visible.slice(-TAIL_LINES)]);
	for (const s of visible) {
		if (candidates.size >= MAX_CANDIDATES) break;
		if (LABEL_START.test(s.content)) candidates.add(s);
	}
	const found: DateLine[] = [];
	for (const s of [...candidates].sort((a, b) => a.index - b.index)) {
		// Every dateline form Dateline reads has a digit (a day, a year); most lines can be passed over at once.
		if (s.words > MAX_WORDS || s.contentEnd - s.contentStart > MAX_CHARS || !/\d/.test(s.content)) continue;
		const line = text.slice(s.contentStart, s.contentEnd);
		const segments = segmentsOf(line);
		const readings = segments.map((seg) => ({ seg, reading: readDateOnly(line.slice(seg.start, seg.end)) }));
		const dated = readings.filter((r) => r.reading);
		// A line of several parts (byline, date, reading time) counts when exactly one part is a date.
		if (dated.length === 0 || (segments.length > 1 && dated.length !== 1)) continue;
		const { seg, reading } = dated[0];
		const m = reading!.mention;
		found.push({
			line: s.index,
			label: reading!.label,
			mention: { ...m, start: s.contentStart + seg.start + m.start, end: s.contentStart + seg.start + m.end }
		});
	}
	return found;
}

function segmentsOf(line: string): { start: number; end: number }[] {
	const segments: { start: number; end: number }[] = [];
	let start = 0;
	SEGMENT_SEPARATOR.lastIndex = 0;
	for (let m = SEGMENT_SEPARATOR.exec(line); m; m = SEGMENT_SEPARATOR.exec(line)) {
		segments.push({ start, end: m.index });
		start = m.index + m[0].length;
	}
	segments.push({ start, end: line.length });
	return segments;
}
