/** The view a request asks for, or a 400 that says which parameter is wrong and why. */
import { error } from '@sveltejs/kit';
import { parseViewState, ViewStateError, type ViewState } from '../timeline/viewState';

export const FILTER_KEYS = ['region', 'actor', 'type', 'source', 'q'] as const;
export const VIEW_KEYS = ['from', 'to', 'lanes', 'event'] as const;

/**
 * Reads only `keys` (all by default): SvelteKit reruns a load when a query parameter it read changes, so
 * a load that needs the filters alone must not read the window or the selection.
 */
export function requestView(params: URLSearchParams, keys: readonly string[] = [...FILTER_KEYS, ...VIEW_KEYS]): ViewState {
	const picked = new URLSearchParams();
	for (const key of keys) for (const value of params.getAll(key)) picked.append(key, value);
	try {
		return parseViewState(picked);
	} catch (e) {
		if (e instanceof ViewStateError) error(400, e.message);
		throw e;
	}
}
