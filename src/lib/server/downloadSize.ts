/**
 * Downloads are bounded: a view of more events than a download holds gets a 400 that says how many it
 * has and how to narrow it. The whole store is for `npm run export`.
 */
import { error } from '@sveltejs/kit';
import type { EventFilter } from '../api';
import { eventColumnsOf } from './columnStore';
import type { Db } from './db';
import { filterMasks } from './filterMasks';

export const MAX_DOWNLOAD = 50_000;

export async function checkDownloadSize(db: Db, filter: EventFilter): Promise<void> {
	const columns = await eventColumnsOf(db);
	const masks = filterMasks(db, columns, filter);
	const count = masks.countOf(masks.all);
	if (count > MAX_DOWNLOAD) {
		error(
			400,
			`This view holds ${count.toLocaleString('en')} events; a download holds at most ${MAX_DOWNLOAD.toLocaleString('en')}. Narrow it with filters or a shorter window, or export the whole store with "npm run export".`
		);
	}
}
