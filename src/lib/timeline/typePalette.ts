/**
 * Colours and names of the event types. The hues are Okabe and Ito's colour-blind-safe set, darkened
 * where needed so every mark reaches 3:1 against the white plot (WCAG 1.4.11, graphical objects); the
 * two blues are kept far apart in lightness, which every kind of colour blindness preserves.
 */
import type { EventType } from '../model';

export interface TypeStyle {
	label: string;
	colour: string;
}

export const TYPE_STYLES: Record<EventType, TypeStyle> = {
	'armed-violence': { label: 'Armed violence', colour: '#D55E00' },
	'territorial-control': { label: 'Territorial control', colour: '#0B4F8A' },
	statement: { label: 'Statement', colour: '#A86F00' },
	diplomacy: { label: 'Diplomacy', colour: '#00876A' },
	political: { label: 'Political', colour: '#B3568F' },
	humanitarian: { label: 'Humanitarian', colour: '#3A8CC4' },
	other: { label: 'Other', colour: '#6B7280' }
};

export function typeLabel(type: EventType): string {
	return TYPE_STYLES[type]?.label ?? type;
}

export function typeColour(type: EventType): string {
	return TYPE_STYLES[type]?.colour ?? TYPE_STYLES.other.colour;
}
