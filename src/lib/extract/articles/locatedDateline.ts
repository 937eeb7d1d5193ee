import type { TimeMention } from '../../model';
import { tagTimes } from '../time/index';
import { datelinePrefix } from './datelinePrefix';
import type { LineShape } from './lineShape';

/** A dateline opening the article's text: "KABUL, Aug. 14 (Reuters) - …", with the date it states, if any. */
export interface LocatedDateline {
	line: number;
	/** The whole prefix, up to the dash or colon. */
	range: { start: number; end: number };
	/** The date in the prefix, offsets into the article text; absent for "WASHINGTON — …". */
	mention?: TimeMention;
}

/** The dateline opens one of the first paragraphs of running text. */
const PARAGRAPHS_SEARCHED = 3;

export function findLocatedDateline(text: string, shapes: LineShape[], bodyFirst: number): LocatedDateline | null {
	const paragraphs = shapes.filter((s) => !s.blank && s.index >= bodyFirst).slice(0, PARAGRAPHS_SEARCHED);
	for (const s of paragraphs) {
		const prefix = datelinePrefix(text.slice(s.contentStart, Math.min(s.contentEnd, s.contentStart + 400)));
		if (!prefix) continue;
		const located: LocatedDateline = { line: s.index, range: { start: s.contentStart, end: s.contentStart + prefix.end } };
		if (prefix.detail) {
			const detailStart = s.contentStart + prefix.detail.start;
			const detail = text.slice(detailStart, s.contentStart + prefix.detail.end);
			const date = tagTimes(detail).find((m) => /^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(m.value) || m.diagnostics?.length);
			if (date) located.mention = { ...date, start: detailStart + date.start, end: detailStart + date.end };
		}
		return located;
	}
	return null;
}
