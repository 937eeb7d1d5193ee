/**
 * The panel's account of a date in words: what the article said, what it was resolved to, and how
 * ("on Friday → Fri 13 Aug 2021, relative to the publication date, 14 Aug 2021, an estimate").
 */
import type { EventSource } from '../api';
import type { DatePart, Granularity, TimeAnchor, TimeSpan } from '../model';
import { calendarLabel, granularityName, spanLabel } from './spanLabel';

export interface DateExplanation {
	/** The resolved date at its granularity ("Fri 13 Aug 2021", "about 1980s"), or "Undated". */
	label: string;
	granularity: string | null;
	/** The time expression as the article wrote it, when one dates the event. */
	expression: string | null;
	/** How the date was obtained, in words. */
	how: string;
	/** Parts of the date the text did not state, when it stated some. */
	implied: string | null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** An anchor's TIMEX3 value in words; values that are not a plain date or month read as they are. */
export function anchorLabel(value: string): string {
	let m = DAY.exec(value);
	if (m) {
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		const start = Date.UTC(y, mo - 1, d, m[4] ? Number(m[4]) : 0, m[5] ? Number(m[5]) : 0);
		const date = new Date(start);
		if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return value;
		const granularity: Granularity = m[4] ? 'minute' : 'day';
		return calendarLabel({ start, end: start + 1, granularity, value }).replace(/^\w{3} /, '');
	}
	m = MONTH.exec(value);
	if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return calendarLabel({ start: Date.UTC(Number(m[1]), Number(m[2]) - 1, 1), end: 0, granularity: 'month', value });
	m = YEAR.exec(value);
	if (m) return m[1];
	return value;
}

function anchorWords(anchor: TimeAnchor | undefined): string {
	if (!anchor) return 'relative to another date in the article';
	const date = anchorLabel(anchor.value);
	const estimate = anchor.estimate ? ', an estimate' : '';
	if (anchor.kind === 'publication') return `relative to the publication date, ${date}${estimate}`;
	const said = anchor.text ? `“${anchor.text}”` : 'an earlier date';
	return `relative to ${said} earlier in the article (${date})${estimate}`;
}

function howObtained(time: TimeSpan): string {
	const anchorDate = time.anchor ? anchorLabel(time.anchor.value) : calendarLabel(time);
	const estimate = time.anchor?.estimate ? ', an estimate' : '';
	switch (time.basis) {
		case 'stated':
			return 'stated in the article';
		case 'relative':
			return anchorWords(time.anchor);
		case 'publication':
			return `the article's publication date, ${anchorDate}${estimate}`;
		case 'reported':
			return `no date in the text: it happened on or before the publication date, ${anchorDate}${estimate}`;
		case 'inferred':
			return time.anchor ? `inferred from other reports, ${anchorWords(time.anchor)}` : 'inferred from other reports of the same event';
	}
}

const NEEDED: Partial<Record<Granularity, DatePart[]>> = {
	minute: ['year', 'month', 'day', 'hour', 'minute'],
	hour: ['year', 'month', 'day', 'hour'],
	partofday: ['year', 'month', 'day'],
	day: ['year', 'month', 'day'],
	week: ['year', 'week'],
	month: ['year', 'month'],
	season: ['year', 'season'],
	quarter: ['year', 'quarter'],
	half: ['year', 'half'],
	year: ['year']
};

function listWords(words: string[]): string {
	return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function impliedParts(time: TimeSpan): string | null {
	if (time.basis === 'stated' || time.known.length === 0) return null;
	const needed = NEEDED[time.granularity];
	if (!needed) return null;
	const stated = needed.filter((p) => time.known.includes(p));
	const missing = needed.filter((p) => !time.known.includes(p));
	if (stated.length === 0 || missing.length === 0) return null;
	return `the text states the ${listWords(stated)}; the ${listWords(missing)} ${missing.length > 1 ? 'are' : 'is'} implied`;
}

/** The expression that gave the event its time: from a source whose own time is the event's, else any. */
function expressionFor(time: TimeSpan, sources: EventSource[]): string | null {
	const same = sources.find((s) => s.timex && s.time && s.time.start === time.start && s.time.end === time.end);
	return (same ?? sources.find((s) => s.timex))?.timex?.text ?? null;
}

export function explainDate(time: TimeSpan | null, sources: EventSource[] = []): DateExplanation {
	if (!time) {
		return { label: 'Undated', granularity: null, expression: null, how: 'no article dates it and none has a known publication date', implied: null };
	}
	return {
		label: spanLabel(time),
		granularity: granularityName(time.granularity),
		expression: expressionFor(time, sources),
		how: howObtained(time),
		implied: impliedParts(time)
	};
}

/** The explanation as one line: "“on Friday” → Fri 13 Aug 2021, relative to the publication date, 14 Aug 2021, an estimate". */
export function dateSentence(e: DateExplanation): string {
	const said = e.expression ? `“${e.expression}” → ` : '';
	return `${said}${e.label}, ${e.how}`;
}
