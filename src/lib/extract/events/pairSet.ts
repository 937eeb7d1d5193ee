/**
 * A set of index pairs (a < b < n), for meeting each candidate pair once. Merging asks it tens of millions
 * of times in a large corpus: an open-addressing table over a typed array does that several times faster
 * than a `Set` of numbers, and without an object per entry.
 */
export class PairSet {
	private keys: Float64Array;
	private mask: number;
	private size = 0;

	constructor(
		private readonly n: number,
		capacity = 1024
	) {
		let slots = 16;
		while (slots < capacity * 2) slots *= 2;
		this.keys = new Float64Array(slots);
		this.mask = slots - 1;
	}

	/** Adds the pair; false when it was already there. */
	add(a: number, b: number): boolean {
		// 0 marks an empty slot, so keys start at 1; a * n + b stays an exact integer far beyond any corpus.
		const key = a * this.n + b + 1;
		let slot = slotOf(key) & this.mask;
		for (;;) {
			const held = this.keys[slot];
			if (held === 0) break;
			if (held === key) return false;
			slot = (slot + 1) & this.mask;
		}
		this.keys[slot] = key;
		if (++this.size * 2 > this.keys.length) this.grow();
		return true;
	}

	private grow(): void {
		const old = this.keys;
		this.keys = new Float64Array(old.length * 2);
		this.mask = this.keys.length - 1;
		for (const key of old) {
			if (key === 0) continue;
			let slot = slotOf(key) & this.mask;
			while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
			this.keys[slot] = key;
		}
	}
}

/** MurmurHash3's finalizer over both halves of the key: neighbouring pairs land far apart. */
function slotOf(key: number): number {
	const low = key % 4294967296;
	let h = low ^ Math.imul((key - low) / 4294967296, 0x9e3779b1);
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return h ^ (h >>> 16);
}
