/**
 * The store's event columns are read as the server starts rather than when the first reader asks for
 * them: at a million events that takes seconds, and requests are answered meanwhile. A store that cannot
 * be opened is left to the pages, which say why.
 */
import { building } from '$app/environment';
import type { ServerInit } from '@sveltejs/kit';
import { eventColumnsOf } from '$lib/server/columnStore';
import { getStore } from '$lib/server/store';

export const init: ServerInit = () => {
	if (building) return;
	try {
		eventColumnsOf(getStore()).catch(() => undefined);
	} catch {
		// No store yet, or not a store: each page that reads it gives the reason.
	}
};
