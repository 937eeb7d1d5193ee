/**
 * How a span's certainty is drawn. An exact day (or finer) is a solid dot; a longer span is a bar, or a
 * small pill when it is too short on screen to be a bar, so a month never passes for a day; a hedged
 * span ("about", "early", "mid-") has fading ends; an open-ended one ("on or before", "before") trails
 * off towards the side it is open on.
 */
import type { EventSummary } from '../api';
import { openSide } from './spanLabel';

const DAY = 86_400_000;

export interface MarkStyle {
	/** Longer than one day. */
	long: boolean;
	approximate: boolean;
	open: 'before' | 'after' | null;
}

const HEDGES = new Set(['START', 'MID', 'END', 'APPROX']);

export function markStyle(time: NonNullable<EventSummary['time']>): MarkStyle {
	return {
		long: time.end - time.start > DAY * 1.01,
		approximate: time.approximate || (time.mod !== undefined && HEDGES.has(time.mod)),
		open: openSide(time.mod)
	};
}
