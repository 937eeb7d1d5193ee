/**
 * The CPU-bound part of regrouping a neighbourhood of stored mentions: parse them, cluster them into
 * events, and build each event's row and fingerprint. It needs no database, so worker threads run it
 * while the writing thread loads and writes other neighbourhoods.
 */
import { eventFromMentions } from '../extract/events/eventFromMentions';
import { clusterMentions } from '../extract/events/merge';
import { shortHash } from '../extract/events/mentionKey';
import type { MentionRecord } from '../extract/events/mentions';
import type { ReconcileLookup } from './eventReconciler';
import { eventRow, type EventRow } from './eventRows';

export interface ClusteredEvent {
	/** Indices into the neighbourhood, ascending. */
	members: number[];
	/** Hash of the whole event: an unchanged event is not rewritten. */
	fingerprint: string;
	row: EventRow;
}

/** `data`: the neighbourhood's JSON mention records, in key order. */
export function clusteredEvents(data: string[], lookup: ReconcileLookup): ClusteredEvent[] {
	const records = data.map((d) => JSON.parse(d) as MentionRecord);
	return clusterMentions(records, lookup).map((members) => {
		const mentions = members.map((i) => records[i]);
		const event = eventFromMentions(mentions);
		const fingerprint = shortHash(JSON.stringify([event.title, event.time, event.actors, event.regions, event.claimedBy, mentions.map((m) => m.key)]));
		return { members, fingerprint, row: eventRow(event, lookup) };
	});
}
