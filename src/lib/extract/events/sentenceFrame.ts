/**
 * One sentence as the event stage reads it: its words, which of them are quoted, its clauses, and the
 * time expressions and entities inside it, each mapped to word indices.
 */
import type { TextRange, TimeMention } from '../../model';
import { scanWords, splitClauses, type Clause, type Word } from '../text/clauses';
import { placeTimes, type PlacedTime } from './anchoring';
import type { EntityMention } from './participants';
import type { QuoteTracker } from './quotes';
import { couldBeVerb } from './triggers';

export interface SentenceFrame {
	text: string;
	range: TextRange;
	words: Word[];
	quoted: boolean[];
	clauses: Clause[];
	/** Word index → index into `clauses`. */
	clauseOf: number[];
	times: PlacedTime[];
	entities: EntityMention[];
	/** Word index → whether it belongs to a name (`named`) or a time expression (`timed`). */
	named: boolean[];
	timed: boolean[];
	/** Word index → whether a place name begins there. */
	regionStarts: boolean[];
	/** Word index → whether it lies in a quotation of more than five words (a scare quote is shorter). */
	longQuote: boolean[];
}

function covered(words: Word[], spans: TextRange[]): boolean[] {
	const mask = new Array<boolean>(words.length).fill(false);
	let w = 0;
	for (const span of [...spans].sort((a, b) => a.start - b.start)) {
		while (w < words.length && words[w].end <= span.start) w++;
		for (let i = w; i < words.length && words[i].start < span.end; i++) {
			if (words[i].start >= span.start && words[i].end <= span.end) mask[i] = true;
		}
	}
	return mask;
}

export function buildFrame(text: string, range: TextRange, quotes: QuoteTracker, times: TimeMention[], entities: EntityMention[]): SentenceFrame {
	const words = scanWords(text, range);
	const quoted = quotes.mask(words);
	const timed = covered(words, times);
	const placed = placeTimes(words, times);
	const sameTime = new Array<boolean>(words.length).fill(false);
	for (const p of placed) for (let i = p.first + 1; i <= p.last; i++) sameTime[i] = true;
	const clauses = splitClauses(words, (i) => couldBeVerb(words, i), { timed: (i) => timed[i], within: (i) => sameTime[i] });
	const clauseOf = new Array<number>(words.length).fill(0);
	clauses.forEach((c, index) => {
		for (let i = c.first; i <= c.last; i++) clauseOf[i] = index;
	});
	const regionStarts = new Array<boolean>(words.length).fill(false);
	const wordAt = new Map(words.map((w, i) => [w.start, i]));
	for (const e of entities) {
		const i = e.kind === 'region' ? wordAt.get(e.start) : undefined;
		if (i !== undefined) regionStarts[i] = true;
	}
	return {
		longQuote: longQuotes(words, quoted),
		text: text.slice(range.start, range.end),
		range,
		words,
		quoted,
		clauses,
		clauseOf,
		times: placed,
		entities,
		named: covered(words, entities),
		timed,
		regionStarts
	};
}

const SHORT_QUOTE = 5;

function longQuotes(words: Word[], quoted: boolean[]): boolean[] {
	const out = new Array<boolean>(words.length).fill(false);
	for (let i = 0; i < words.length; ) {
		if (!quoted[i]) {
			i++;
			continue;
		}
		let j = i;
		while (j < words.length && quoted[j]) j++;
		const inside = words.slice(i, j).filter((w) => w.kind === 'word' || w.kind === 'number').length;
		if (inside > SHORT_QUOTE) out.fill(true, i, j);
		i = j;
	}
	return out;
}

/** A clause opened by "and" or "but": its subject is usually the previous clause's. */
export function isCoordinated(clause: Clause): boolean {
	return clause.opener === 'and' || clause.opener === 'but' || clause.opener === 'or' || clause.opener === 'yet';
}
