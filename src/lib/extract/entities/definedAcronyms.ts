/**
 * Abbreviations a text defines for itself: "the Rapid Support Forces (RSF)" makes every later "RSF" in
 * that text the same actor, whatever else RSF may mean elsewhere.
 */
import type { EntityText, Span } from './entityText';

/** The abbreviation's letters are initials of the name's words, in order (RSF: Rapid Support Forces). */
function abbreviates(acronym: string, name: string): boolean {
	const initials = name
		.split(/[\s-]+/)
		.map((word) => word[0]?.toLowerCase() ?? '')
		.join('');
	let at = 0;
	for (const letter of acronym.toLowerCase()) {
		at = initials.indexOf(letter, at);
		if (at < 0) return false;
		at++;
	}
	return true;
}

export function matchDefinedAcronyms(doc: EntityText): void {
	const tokens = doc.tokens;
	const defined = new Map<string, Span>();
	for (let i = 1; i < tokens.length; i++) {
		const token = tokens[i];
		if (!token.upper || !doc.isFree(i)) continue;
		if (doc.text[token.start - 1] !== '(' || doc.text[token.end] !== ')') continue;
		const named = doc.spanAt(i - 1);
		if (!named || named.last !== i - 1 || !/^\s*\($/.test(doc.text.slice(named.end, token.start))) continue;
		const key = token.raw.replace(/\./g, '');
		if (!abbreviates(key, doc.text.slice(named.start, named.end))) continue;
		defined.set(key, named);
	}
	if (defined.size === 0) return;
	for (let i = 0; i < tokens.length; i++) {
		if (!tokens[i].upper || !doc.isFree(i)) continue;
		const named = defined.get(tokens[i].raw.replace(/\./g, ''));
		if (!named || tokens[i].start < named.start) continue;
		doc.claim({ first: i, last: i, start: tokens[i].start, end: tokens[i].end, kind: named.kind, id: named.id, via: 'acronym', record: named.record });
	}
}
