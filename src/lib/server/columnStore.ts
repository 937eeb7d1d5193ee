/**
 * The event columns of the app's store, read once and kept: the first request waits for them; when another
 * connection changes the store (an ingest), they are read again in the background while requests go on
 * with the previous ones, at most every few seconds however often the store changes.
 */
import type { Db } from './db';
import { eventColumnSteps, type EventColumns } from './eventColumns';

interface Held {
	columns: EventColumns | null;
	reading: Promise<EventColumns> | null;
	finishedAt: number;
}

const held = new WeakMap<Db, Held>();
/** Reading again waits at least this long after the last reading, and several times as long as it took. */
const MIN_INTERVAL_MS = 5_000;

function yieldToRequests(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

async function read(db: Db): Promise<EventColumns> {
	// One read transaction: every step sees the same store, whatever is committed meanwhile.
	const own = !db.inTransaction;
	if (own) db.exec('BEGIN');
	try {
		const steps = eventColumnSteps(db);
		for (;;) {
			const step = steps.next();
			if (step.done) return step.value;
			await yieldToRequests();
		}
	} finally {
		if (own && db.inTransaction) db.exec('COMMIT');
	}
}

function start(db: Db, entry: Held): Promise<EventColumns> {
	const reading = read(db).then(
		(columns) => {
			entry.columns = columns;
			entry.reading = null;
			entry.finishedAt = Date.now();
			return columns;
		},
		(error) => {
			entry.reading = null;
			entry.finishedAt = Date.now();
			throw error;
		}
	);
	entry.reading = reading;
	return reading;
}

export async function eventColumnsOf(db: Db): Promise<EventColumns> {
	let entry = held.get(db);
	if (!entry) {
		entry = { columns: null, reading: null, finishedAt: 0 };
		held.set(db, entry);
	}
	if (!entry.columns) return entry.reading ?? start(db, entry);
	if (!entry.reading && !db.inTransaction) {
		const changed = (db.pragma('data_version', { simple: true }) as number) !== entry.columns.version;
		const rested = Date.now() - entry.finishedAt >= Math.max(MIN_INTERVAL_MS, entry.columns.buildMs * 4);
		if (changed && rested) start(db, entry).catch(() => undefined);
	}
	return entry.columns;
}
