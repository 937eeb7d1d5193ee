/**
 * The list view's order over the event columns: dated events by start, end and id, then the undated by
 * id (the order of `queryEventPage` in SQL). Computed once per reading of the columns, so page 9,000 of a
 * million events is found by counting, not by sorting the store again.
 */
import type { Db } from './db';
import type { EventColumns } from './eventColumns';
import type { Mask } from './filterMasks';

const orders = new WeakMap<EventColumns, Int32Array>();

export function listOrder(db: Db, columns: EventColumns): Int32Array {
	let order = orders.get(columns);
	if (order) return order;
	// Each event's place in id order, read as one string.
	const idRank = new Int32Array(columns.count);
	let rank = 0;
	const text = (db.prepare(`SELECT group_concat(seq, ',' ORDER BY id) FROM events`).pluck().get() as string | null) ?? '';
	let seq = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c !== 44) seq = seq * 10 + (c - 48);
		if (c !== 44 && i + 1 < text.length) continue;
		const p = seq < columns.positionOfSeq.length ? columns.positionOfSeq[seq] : -1;
		if (p >= 0) idRank[p] = rank;
		rank++;
		seq = 0;
	}
	const { start, end } = columns;
	order = new Int32Array(columns.count);
	for (let p = 0; p < columns.count; p++) order[p] = p;
	order.subarray(0, columns.dated).sort((a, b) => start[a] - start[b] || end[a] - end[b] || idRank[a] - idRank[b]);
	// The undated already follow the dated, in id order.
	orders.set(columns, order);
	return order;
}

/** Positions of the events of a page: `limit` from `offset` in list order, among those the mask keeps. */
export function listPage(order: Int32Array, mask: Mask | null, offset: number, limit: number): number[] {
	const out: number[] = [];
	if (!mask) {
		for (let k = offset; k < order.length && out.length < limit; k++) out.push(order[k]);
		return out;
	}
	let seen = 0;
	for (let k = 0; k < order.length && out.length < limit; k++) {
		const p = order[k];
		if (!mask[p]) continue;
		if (seen++ >= offset) out.push(p);
	}
	return out;
}
