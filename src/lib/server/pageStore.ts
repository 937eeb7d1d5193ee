/**
 * The store for a page or endpoint: a store that cannot be opened becomes a 503 whose message says what
 * to do, shown on the error page, never a stack trace.
 */
import { error } from '@sveltejs/kit';
import type { Db } from './db';
import { StoreError } from './db';
import { getStore } from './store';

export function pageStore(): Db {
	try {
		return getStore();
	} catch (e) {
		if (e instanceof StoreError) error(503, e.message);
		throw e;
	}
}
