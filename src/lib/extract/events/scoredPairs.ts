/**
 * The pairs merging joins, strongest first. A dense neighbourhood yields millions (every statement of one
 * spokesman resembles the others): an object per pair costs about 90 bytes, these typed columns 20, and a
 * worker's heap is what bounds how dense a neighbourhood ingestion can regroup.
 *
 * A pair is kept as its score and its `order`, a number unique to the pair that breaks ties between equal
 * scores; the caller encodes the pair in it and decodes it when the pairs are read back.
 */
export class ScoredPairs {
	private scores: Float64Array = new Float64Array(1024);
	private orders: Float64Array = new Float64Array(1024);
	private count = 0;

	get size(): number {
		return this.count;
	}

	push(score: number, order: number): void {
		if (this.count === this.scores.length) {
			this.scores = grown(this.scores);
			this.orders = grown(this.orders);
		}
		this.scores[this.count] = score;
		this.orders[this.count] = order;
		this.count++;
	}

	/** The orders of the pairs, highest score first, equal scores by ascending order. */
	*strongestFirst(): Generator<number> {
		const { scores, orders } = this;
		const index = new Uint32Array(this.count);
		for (let i = 0; i < index.length; i++) index[i] = i;
		index.sort((x, y) => scores[y] - scores[x] || orders[x] - orders[y]);
		for (const i of index) yield orders[i];
	}
}

function grown(array: Float64Array): Float64Array {
	const next = new Float64Array(array.length * 2);
	next.set(array);
	return next;
}
