/**
 * Which mentions share a content word with a given one: an inverted index over mention profiles, so that
 * merging and dating score only pairs that can pass `similarity`'s word-overlap test instead of every pair
 * that shares a doer. Words found in very many mentions (a corpus's "Taliban", a wire's boilerplate)
 * say little and are skipped, unless a mention has no rarer word.
 */
import type { MentionProfile } from './similarity';

/** A word in more postings than this is too common to find candidates by. */
const COMMON = 64;
/** Words used when a mention has no uncommon one: its rarest, and of each only the latest items. */
const FALLBACK_WORDS = 2;
const FALLBACK_ITEMS = 256;

/** A list that is appended at its end and trimmed at its start, as a sliding window trims it. */
interface Posting<T> {
	items: T[];
	head: number;
}

export class WordPostings<T extends { profile: MentionProfile }> {
	private readonly postings = new Map<string, Posting<T>>();

	add(item: T): void {
		for (const word of item.profile.words) {
			const posting = this.postings.get(word);
			if (posting) posting.items.push(item);
			else this.postings.set(word, { items: [item], head: 0 });
		}
	}

	/** Removes the oldest item still held: items leave in the order they were added. */
	removeOldest(item: T): void {
		for (const word of item.profile.words) {
			const posting = this.postings.get(word);
			if (!posting || posting.items[posting.head] !== item) continue;
			posting.head++;
			if (posting.head === posting.items.length) this.postings.delete(word);
			else if (posting.head > 64 && posting.head * 2 > posting.items.length) {
				posting.items = posting.items.slice(posting.head);
				posting.head = 0;
			}
		}
	}

	/** The items sharing an uncommon word with `profile` (or, failing that, one of its rarest words). */
	candidates(profile: MentionProfile): Set<T> {
		const out = new Set<T>();
		const held: Posting<T>[] = [];
		for (const word of profile.words) {
			const posting = this.postings.get(word);
			if (posting) held.push(posting);
		}
		let used = 0;
		for (const posting of held) {
			if (posting.items.length - posting.head > COMMON) continue;
			for (let i = posting.head; i < posting.items.length; i++) out.add(posting.items[i]);
			used++;
		}
		if (used === 0) {
			held.sort((a, b) => a.items.length - a.head - (b.items.length - b.head));
			// The latest items of the rarest lists: in a time-ordered index, the nearest in time.
			for (const posting of held.slice(0, FALLBACK_WORDS)) {
				for (let i = Math.max(posting.head, posting.items.length - FALLBACK_ITEMS); i < posting.items.length; i++) out.add(posting.items[i]);
			}
		}
		return out;
	}
}
