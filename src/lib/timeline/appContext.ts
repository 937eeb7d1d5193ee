/** What the timeline app offers the pages inside it (the event panel): selecting, closing, filtering. */
import { createContext } from 'svelte';

export interface TimelineApp {
	select(id: string, how?: 'keyboard' | 'pointer'): void;
	close(): void;
	filterBy(kind: 'region' | 'actor' | 'source', id: string): void;
	/** True once, after an event was opened from the keyboard: the panel takes the focus. */
	takeFocus(): boolean;
}

export const [getTimelineApp, setTimelineApp] = createContext<TimelineApp>();
