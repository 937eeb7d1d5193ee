import { UTCDate } from '@date-fns/utc';
import { differenceInCalendarDays } from 'date-fns';
import type { ArticleWarning, PublicationDate, TextRange, TimeMention } from '../../model';
import { tagTimes } from '../time/index';
import type { ArticleMetadata } from './articleMetadata';
import { readDateOnly } from './dateOnly';
import type { DateLine } from './dateLines';
import type { LocatedDateline } from './locatedDateline';
import { calendarProblem, publicationDate, type CalendarDate } from './publishedDate';

export interface PublicationInput {
	text: string;
	metadata: ArticleMetadata;
	dateLines: DateLine[];
	located: LocatedDateline | null;
	boilerplate: TextRange[];
}

export interface PublicationChoice {
	published: PublicationDate | null;
	warnings: ArticleWarning[];
}

/** A year-less dateline takes its year from a full date in the text only if that date is this recent before it. */
const RECENT_DAYS = 45;
/** How much of the text is searched for that evidence: an article's worth, whatever the file's size. */
const EVIDENCE_CHARS = 200_000;

/** A dateline the text states: where, what it says, and how sure it is. */
interface TextDateline {
	mention: TimeMention;
	label: 'published' | 'updated' | null;
}

/**
 * The publication date and how it was obtained: metadata first, then a dateline in the text (a
 * "Published …" line, a date alone near the top, a "KABUL, Aug. 14 (Reuters) -" opening, an "Updated …"
 * line as an upper bound). A dateline without a year takes one only from evidence (metadata naming the
 * year, an update date, a full date in the text shortly before it); otherwise the date stays unknown.
 * Disagreements become warnings; nothing is guessed silently.
 */
export function choosePublication(input: PublicationInput): PublicationChoice {
	const warnings: ArticleWarning[] = [];
	const { metadata } = input;
	let fromMetadata: PublicationDate | null = null;
	if (metadata.published) {
		fromMetadata = publicationDate(metadata.published, 'metadata', metadata.estimate ?? false);
	} else if (metadata.publishedText !== undefined) {
		fromMetadata = readLooseMetadataDate(metadata, warnings);
	}

	const datelines: TextDateline[] = [
		...input.dateLines.filter((d) => d.label === 'published'),
		...input.dateLines.filter((d) => d.label === null),
		...(input.located?.mention ? [{ mention: input.located.mention, label: null }] : []),
		...input.dateLines.filter((d) => d.label === 'updated')
	];
	for (const d of datelines) {
		if (!d.mention.value) warnings.push(impossibleDateline(d.mention));
	}
	const full = datelines.find((d) => fieldsOf(d.mention.value));
	const partial = datelines.find((d) => /^XXXX-\d{2}-\d{2}$/.test(d.mention.value));

	if (fromMetadata) {
		const said = full ? dayOf(full.mention.value) : null;
		if (full && said !== fromMetadata.date.slice(0, 10) && full.label !== 'updated') {
			warnings.push({
				message: `the metadata gives the publication date ${fromMetadata.date}, but the text's dateline says "${full.mention.text}" (${said}); the metadata date was kept`,
				range: rangeOf(full.mention)
			});
		} else if (!full && partial && partial.mention.value.slice(4) !== fromMetadata.date.slice(4, 10)) {
			warnings.push({
				message: `the metadata gives the publication date ${fromMetadata.date}, but the text's dateline says "${partial.mention.text}"; the metadata date was kept`,
				range: rangeOf(partial.mention)
			});
		}
		return { published: fromMetadata, warnings };
	}

	if (full && full.label !== 'updated') return { published: publicationDate(fieldsOf(full.mention.value)!, 'dateline', false), warnings };

	// A year-less dateline says more than an update line, which only bounds the date; the update line may give its year.

	let partialWarning: ArticleWarning | null = null;
	if (partial) {
		const [, month, day] = /^XXXX-(\d{2})-(\d{2})$/.exec(partial.mention.value)!.map(Number);
		const inferred = inferYear(month, day, input, partial.mention);
		const fields: CalendarDate | null = inferred ? { year: inferred.year, month, day } : null;
		if (inferred && fields && !calendarProblem(fields)) {
			warnings.push({
				message: `the dateline "${partial.mention.text}" gives no year; ${inferred.year} was taken from ${inferred.evidence}, so the date is an estimate`,
				range: rangeOf(partial.mention)
			});
			return { published: publicationDate(fields, 'dateline', true), warnings };
		}
		partialWarning = {
			message: `the dateline "${partial.mention.text}" gives no year and nothing else in the file does; the publication date is left unknown`,
			range: rangeOf(partial.mention)
		};
	}

	if (full) {
		const fields = fieldsOf(full.mention.value)!;
		warnings.push({
			message: `the text gives only the date it was updated ("${full.mention.text}"); it was published on or before that day, which is used as an estimate`,
			range: rangeOf(full.mention)
		});
		// The article came out on or before this day: a time of day would claim a precision it does not have.
		const day: CalendarDate = { year: fields.year, month: fields.month, day: fields.day };
		return { published: publicationDate(day, 'dateline', true), warnings };
	}
	if (partialWarning) warnings.push(partialWarning);
	return { published: null, warnings };
}

/** A metadata date not in ISO 8601 ("6 Sept 2021", "Mon, 06 Sep 2021 10:30:00 GMT") read by the time tagger. */
function readLooseMetadataDate(metadata: ArticleMetadata, warnings: ArticleWarning[]): PublicationDate | null {
	const text = metadata.publishedText!;
	if (/^[+-]?\d+(?:-\d{1,2})?$/.test(text.trim())) return null;
	const reading = readDateOnly(text.slice(0, 200));
	const fields = reading ? fieldsOf(reading.mention.value) : null;
	if (!reading || !fields) {
		warnings.push({ message: `the metadata's "published" value "${text.slice(0, 80)}" is not a date; it was ignored` });
		return null;
	}
	warnings.push({ message: `the metadata's "published" value "${text.slice(0, 80)}" is not ISO 8601; it was read as ${reading.mention.value}` });
	return publicationDate(fields, 'metadata', metadata.estimate ?? false);
}

function impossibleDateline(mention: TimeMention): ArticleWarning {
	const why = mention.diagnostics?.[0]?.message ?? 'it is not a date that exists';
	return { message: `the dateline "${mention.text}" is not a real date (${why}); it was ignored`, range: rangeOf(mention) };
}

/**
 * Evidence for the year of a year-less dateline, strongest first: metadata that names only the year or
 * month; an "Updated" date (publication comes on or before it); a full date in the text at most
 * `RECENT_DAYS` before the dateline's day, as news reports what just happened. Several dates must agree.
 */
function inferYear(month: number, day: number, input: PublicationInput, dateline: TimeMention): { year: number; evidence: string } | null {
	const partialMeta = /^\s*(\d{4})(?:-(\d{1,2}))?\s*$/.exec(input.metadata.publishedText ?? '');
	if (partialMeta && (!partialMeta[2] || Number(partialMeta[2]) === month)) {
		return { year: Number(partialMeta[1]), evidence: `the metadata ("${input.metadata.publishedText!.trim()}")` };
	}
	const updated = input.dateLines.find((d) => d.label === 'updated' && fieldsOf(d.mention.value));
	if (updated) {
		const u = fieldsOf(updated.mention.value)!;
		const sameYear = month < u.month || (month === u.month && day <= u.day);
		return { year: sameYear ? u.year : u.year - 1, evidence: `the update date "${updated.mention.text}"` };
	}
	const years = new Set<number>();
	const inside = (m: TimeMention) => input.boilerplate.some((r) => m.start < r.end && m.end > r.start);
	for (const m of tagTimes(input.text.slice(0, EVIDENCE_CHARS))) {
		const f = fieldsOf(m.value);
		if (!f || m.start === dateline.start || inside(m) || !m.span?.known.includes('year')) continue;
		const stated = new UTCDate(f.year, f.month - 1, f.day);
		for (const year of [f.year, f.year + 1]) {
			if (calendarProblem({ year, month, day })) continue;
			const candidate = new UTCDate(year, month - 1, day);
			const gap = differenceInCalendarDays(candidate, stated);
			if (gap >= 0 && gap <= RECENT_DAYS) years.add(year);
		}
	}
	if (years.size === 1) {
		const [year] = years;
		return { year, evidence: 'the full dates the text states in the weeks before it' };
	}
	return null;
}

/** Calendar fields of a TIMEX3 day or minute value, or null for anything coarser or unresolved. */
function fieldsOf(value: string): CalendarDate | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
	if (!m) return null;
	const fields: CalendarDate = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
	if (m[4] !== undefined) Object.assign(fields, { hour: Number(m[4]), minute: Number(m[5]) });
	return calendarProblem(fields) ? null : fields;
}

function dayOf(value: string): string {
	return value.slice(0, 10);
}

function rangeOf(m: TimeMention): TextRange {
	return { start: m.start, end: m.end };
}
