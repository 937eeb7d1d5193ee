import type { TimeMention } from '$lib/model';
import { tagTimeExpressions, type TagOptions } from './index';
import { readTimeML, writeTimeML } from './timeml';

/**
 * Tags a TempEval-3 TimeML file: its `<TEXT>` is read without the tags it carries, tagged with the
 * document creation time from `<DCT>` as anchor, and written back with the tagger's own `TIMEX3` tags.
 * A range becomes its two ends, as TimeML annotates them. Throws with a reason for a file it cannot read.
 */
export function tagTimeML(raw: string, options: Omit<TagOptions, 'anchor'> = {}): string {
	const doc = readTimeML(raw);
	const tagged = tagTimeExpressions(doc.text, { ...options, anchor: doc.dct ?? undefined });
	const mentions: TimeMention[] = tagged.flatMap((t) => t.parts ?? [t.mention]);
	return writeTimeML(doc, mentions);
}
