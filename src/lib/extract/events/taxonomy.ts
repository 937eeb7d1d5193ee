/**
 * Event types and the frames that map onto them.
 *
 * Types follow ACLED's event types, folded into what a news chronology needs:
 * - `armed-violence`: battles, attacks, explosions, killings (ACLED: Battles, Explosions/Remote violence,
 *   Violence against civilians);
 * - `territorial-control`: a side takes, loses, retakes or leaves ground (ACLED: Strategic developments,
 *   non-violent transfer of territory, headquarters established);
 * - `statement`: something said, claimed, denied, condemned, called for (ACLED keeps these out; a
 *   chronology of contested events needs them, because a claim is only as good as who makes it);
 * - `diplomacy`: meetings, talks, agreements, recognition, sanctions (ACLED: Strategic developments,
 *   agreements);
 * - `political`: appointments, resignations, elections, decisions, protests (ACLED: Protests, Riots,
 *   Strategic developments);
 * - `humanitarian`: displacement, flight, aid, casualties reported as such;
 * - `other`: a happening none of the above fits.
 *
 * A frame is finer than a type: it says which happening it is ("capture", "call"), and merging only joins
 * mentions of one frame (or of frames in one `FRAME_FAMILY`).
 */
import type { EventType } from '../../model';

export const FRAME_TYPES = {
	attack: 'armed-violence',
	kill: 'armed-violence',
	injure: 'armed-violence',
	fight: 'armed-violence',
	explode: 'armed-violence',
	abduct: 'armed-violence',
	offensive: 'armed-violence',
	capture: 'territorial-control',
	retake: 'territorial-control',
	withdraw: 'territorial-control',
	surrender: 'territorial-control',
	collapse: 'territorial-control',
	rule: 'political',
	say: 'statement',
	claim: 'statement',
	deny: 'statement',
	warn: 'statement',
	condemn: 'statement',
	accuse: 'statement',
	call: 'statement',
	support: 'statement',
	vow: 'statement',
	express: 'statement',
	meet: 'diplomacy',
	agree: 'diplomacy',
	recognize: 'diplomacy',
	sanction: 'diplomacy',
	visit: 'diplomacy',
	announce: 'political',
	appoint: 'political',
	resign: 'political',
	elect: 'political',
	decide: 'political',
	protest: 'political',
	arrest: 'political',
	flee: 'humanitarian',
	displace: 'humanitarian',
	aid: 'humanitarian',
	die: 'humanitarian'
} as const satisfies Record<string, EventType>;

export type Frame = keyof typeof FRAME_TYPES;

/**
 * Frames that different outlets use for one happening: "the Taliban seized Kabul" and "Kabul fell to the
 * Taliban" are one event. Statements stay apart by frame: a denial is not the claim it denies.
 */
const FRAME_FAMILIES: Frame[][] = [
	['capture', 'collapse', 'surrender'],
	['attack', 'explode', 'offensive', 'fight'],
	['kill', 'die'],
	['flee', 'displace']
];

const familyOf = new Map<Frame, string>();
for (const family of FRAME_FAMILIES) for (const frame of family) familyOf.set(frame, family[0]);

/** The key under which mentions may merge: frames of one family share it. */
export function frameFamily(frame: Frame): string {
	return familyOf.get(frame) ?? frame;
}

export function typeOfFrame(frame: Frame): EventType {
	return FRAME_TYPES[frame];
}

/** Frames whose mentions report speech: their complement clause is what the speaker claims. */
export const SPEECH_FRAMES: ReadonlySet<Frame> = new Set<Frame>([
	'say',
	'claim',
	'deny',
	'warn',
	'condemn',
	'accuse',
	'call',
	'support',
	'vow',
	'express',
	'announce'
]);
