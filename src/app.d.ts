// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface PageState {
			/**
			 * The timeline's window [start, end) in epoch ms, written quietly into the history entry as the
			 * view settles: Back and Forward return to it (the entry's shallow URL is not `page.url`).
			 */
			window?: [number, number];
		}
	}
}

export {};
