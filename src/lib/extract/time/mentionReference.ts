import { tenseAt } from '$lib/extract/text/tense';
import type { AnchorPoint } from './anchor';
import { describesAThingDone, goesOnInThePastPerfect, inDescribingClause, PAST_PERFECT_REACH, timeAThingIsFor } from './asides';
import { lastedSince } from './baseTimes';
import type { Reference } from './normalize';

/** The words `TOLD_AT` may find, looked for first: most times have none before them. */
const SAYING = /said|told|announced|confirmed|stated/i;
/** A verb of saying just before a time, with where or how it was said: "officials said at a briefing", "told reporters on". */
const TOLD_AT = /\b(?:said|told\s+(?:reporters|journalists)|announced|confirmed|stated)\s+(?:(?:at|in|during)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,2})?(?:on\s+)?$/iu;

/**
 * A mention kept as a reference for the mentions after it. What its clause says of it (a clause describing a
 * name, or a thing by what was done to it, a saying, a state's start, a thing it is for, a clause that looks
 * ahead) is read when a later mention first asks: most are never asked, and each costs a look at the words
 * before it, or at its clause's tense.
 */
export class MentionReference implements Reference {
	stated = false;
	stretch?: boolean;
	heading?: 'lines' | 'line';
	aside?: boolean;
	lookBack?: boolean;
	flashback?: boolean;
	planned?: boolean;
	private describes?: boolean;
	private describesDone?: boolean;
	private beforePastPerfect?: boolean;
	private tells?: boolean;
	private lasts?: boolean;
	private isFor?: boolean;
	private ahead?: boolean;

	constructor(
		readonly anchor: AnchorPoint,
		readonly sentence: number,
		/** The words before the mention in its sentence. */
		private readonly before: string,
		private readonly mode: 'news' | 'narrative',
		private readonly text: string
	) {}

	get describing(): boolean {
		return (this.describes ??= this.mode === 'news' && inDescribingClause(this.before));
	}

	get describesAThing(): boolean {
		return (this.describesDone ??= this.mode === 'news' && describesAThingDone(this.before));
	}

	get describesBeforeAPastPerfect(): boolean {
		if (this.beforePastPerfect === undefined) {
			const { offset, text } = this.anchor;
			const from = offset === undefined || text === undefined ? -1 : offset + text.length;
			this.beforePastPerfect = from >= 0 && this.describing && goesOnInThePastPerfect(this.text.slice(from, from + PAST_PERFECT_REACH));
		}
		return this.beforePastPerfect;
	}

	get telling(): boolean {
		return (this.tells ??= this.mode === 'news' && SAYING.test(this.before) && TOLD_AT.test(this.before));
	}

	get stateStart(): boolean {
		return (this.lasts ??= lastedSince(this.before));
	}

	get thingIsFor(): boolean {
		return (this.isFor ??= timeAThingIsFor(this.before));
	}

	get toldAhead(): boolean {
		if (this.ahead === undefined) {
			const { offset, text } = this.anchor;
			const tense = offset === undefined || text === undefined ? null : tenseAt(this.text, { start: offset, end: offset + text.length }).tense;
			this.ahead = tense === 'future' || tense === 'conditional';
		}
		return this.ahead;
	}
}
