/**
 * Which words stand inside quotation marks. What a quotation says is the speaker's, not the reporter's:
 * its verbs are not happenings the article reports, the verb that introduces it is. A quotation may run
 * over several sentences of a paragraph, so the state carries from one sentence to the next.
 */
import type { Word } from '../text/clauses';

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

export class QuoteTracker {
	private open = false;

	/** Starts a new paragraph: an unclosed quotation does not run past it. */
	paragraph(): void {
		this.open = false;
	}

	/** Marks the words of one sentence; returns a mask with `true` for quoted words and the marks themselves. */
	mask(words: Word[]): boolean[] {
		const inside = new Array<boolean>(words.length).fill(false);
		for (let i = 0; i < words.length; i++) {
			const w = words[i];
			if (w.kind === 'quote' && (OPEN.has(w.text) || CLOSE.has(w.text) || w.text === '"')) {
				if (OPEN.has(w.text)) this.open = true;
				else if (CLOSE.has(w.text)) this.open = false;
				else this.open = !this.open || opensHere(words, i);
				inside[i] = true;
				continue;
			}
			inside[i] = this.open;
		}
		return inside;
	}
}

/** A straight quote right after a space and before a word opens, whatever the state says. */
function opensHere(words: Word[], i: number): boolean {
	const next = words[i + 1];
	const previous = words[i - 1];
	return !!next && next.start === words[i].end && (!previous || previous.end < words[i].start);
}
