import type { TimeMention } from '../../model';
import { tagTimes } from '../time/index';

/** A short text that states a date and nothing else but a label, a time of day or a zone. */
export interface DateOnly {
	mention: TimeMention;
	label: 'published' | 'updated' | null;
}

const PUBLISHED_LABEL = /^(?:(?:first|originally)\s+)?(?:published|posted|created|issued|released|dated|date|pubdate|publication\s+date)\b/i;
const UPDATED_LABEL = /^(?:(?:last|latest)\s+)?(?:updated?|modified|edited|revised)\b/i;
/** What may surround a date on a dateline: "on", "at 10:30 a.m.", "GMT", "+04:30", "Mon.", "(Reuters)". */
const FILLER_TOKEN =
	/^(?:on|at|the|of|am|pm|a\.m\.?|p\.m\.?|hrs?|local|time|[+−-]?\d{1,2}(?:[:.h]\d{2}){1,2}(?:am|pm)?|\d{1,2}(?:am|pm)|(?:utc|gmt)[+−-]\d{1,2}(?::?\d{2})?|[+−-]\d{2}:?\d{2}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)$/i;

/** A time-zone or agency abbreviation in capitals: "GMT", "EDT", "AFP". */
const ABBREVIATION = /^[A-Z]{2,5}$/;

/**
 * Reads a dateline such as "Published 6 September 2021", "November 27, 2022" or "Updated: 2021-09-06 10:30
 * GMT": a date found by the time tagger, with only a label, a time or a zone around it. A text that says
 * more ("Kabul fell on 15 August 2021") is not a dateline and yields null.
 */
export function readDateOnly(text: string): DateOnly | null {
	let rest = text.trim();
	const offset = text.indexOf(rest);
	let label: DateOnly['label'] = null;
	const published = PUBLISHED_LABEL.exec(rest);
	const updated = published ? null : UPDATED_LABEL.exec(rest);
	if (published) label = 'published';
	else if (updated) label = 'updated';
	const labelEnd = (published ?? updated)?.[0].length ?? 0;
	if (label) {
		const byline = /\s+by\s+\S.{0,60}$/i.exec(rest);
		if (byline) rest = rest.slice(0, byline.index);
	}
	const mentions = tagTimes(rest).filter((m) => m.type === 'DATE' || m.type === 'TIME');
	const dated = mentions.filter((m) => /^(?:\d{4}|XXXX)-\d{2}-\d{2}/.test(m.value) || m.diagnostics?.some((d) => d.code === 'impossible-date'));
	if (dated.length !== 1 || dated[0].start < labelEnd) return null;
	let leftover = rest.slice(labelEnd, dated[0].start) + ' ' + rest.slice(dated[0].end);
	for (const m of mentions) if (m !== dated[0]) leftover = leftover.replace(m.text, ' ');
	const tokens = leftover
		.split(/[\s,;|/()[\]–—]+/)
		.map((t) => t.replace(/^[:-]+|[:-]+$/g, ''))
		.filter((t) => /[\p{L}\p{N}]/u.test(t));
	if (!tokens.every((t) => FILLER_TOKEN.test(t) || ABBREVIATION.test(t))) return null;
	const mention = withClockTime(rest, dated[0], mentions);
	return { mention: { ...mention, start: mention.start + offset, end: mention.end + offset }, label };
}

/** "Sept 6, 2021 at 10:30 a.m.": the tagger reads the day and the clock time apart; a dateline means both. */
function withClockTime(text: string, date: TimeMention, mentions: TimeMention[]): TimeMention {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return date;
	const clock = mentions.find((m) => m.start >= date.end && m.start - date.end <= 6 && /^XXXX-XX-XXT\d{2}:\d{2}$/.test(m.value));
	if (!clock || !/^[\s,]*(?:at)?\s*$/i.test(text.slice(date.end, clock.start))) return date;
	return { ...date, end: clock.end, text: text.slice(date.start, clock.end), type: 'TIME', value: `${date.value}${clock.value.slice(10)}`, span: undefined };
}
