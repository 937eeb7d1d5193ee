/** A news dateline opening a paragraph: "KABUL, Aug. 14 (Reuters) - ", "WASHINGTON — ", "AT News KABUL – ". */
export interface DatelinePrefix {
	/** Offsets relative to the string given. */
	place: { start: number; end: number };
	/** What stands between the place and the agency or dash: a region, a date, or both ("Afghanistan, Aug. 14"). */
	detail?: { start: number; end: number };
	agency?: { start: number; end: number };
	/** Where the paragraph's own text begins. */
	end: number;
}

/** Datelines are short; reading only a paragraph's opening keeps the cost constant whatever its length. */
const OPENING = 200;

/**
 * Place in capitals, optionally after an outlet's name, then a region or date after a comma, an agency in
 * brackets, and a dash or colon. Quantifiers are bounded and the classes on either side of each one are
 * disjoint enough that the match is linear in the (already bounded) opening.
 */
const CAPITAL_PLACE =
	/^(?:\p{Lu}[\p{L}&'’.]*\s+){0,3}?(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3})(?:\s*,\s*([^–—:()\n]{1,50}?))?(?:\s*\(([^()\n]{1,40})\))?\s*(?:--|[–—:]|-)\s+/du;
/** Title-case places are datelines only when an agency in brackets follows: "Kabul, Aug 14 (Pajhwok): ". */
const TITLE_PLACE =
	/^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?:\s*,\s*([^–—:()\n]{1,50}?))?\s*\(([^()\n]{1,40})\)\s*(?:--|[–—:]|-)\s+/du;

export function datelinePrefix(paragraph: string): DatelinePrefix | null {
	const opening = paragraph.slice(0, OPENING);
	const m = CAPITAL_PLACE.exec(opening) ?? TITLE_PLACE.exec(opening);
	if (!m?.indices) return null;
	const [, place, detail, agency] = m.indices;
	if (!place || !hasLetters(opening.slice(place[0], place[1]), 2)) return null;
	return {
		place: { start: place[0], end: place[1] },
		detail: detail ? { start: detail[0], end: detail[1] } : undefined,
		agency: agency ? { start: agency[0], end: agency[1] } : undefined,
		end: m[0].length
	};
}

function hasLetters(text: string, n: number): boolean {
	return (text.match(/\p{L}/gu) ?? []).length >= n;
}
