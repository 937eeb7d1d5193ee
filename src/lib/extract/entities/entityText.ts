/**
 * One text as the entity stages see it: its name words, which of them are already taken by a match,
 * and the facts about the text that tell a name from an ordinary capitalized word (is this word written
 * in lower case elsewhere in the text? is this line a title-case headline?).
 */
import type { Actor, Region } from '../../model';
import { CALENDAR_WORDS, COMMON_WORDS } from './cueWords';
import { nameTokens, type NameToken } from './nameTokens';

/** How a match was made. */
export type EntityVia =
	/** a name or alias from the gazetteer */
	| 'name'
	/** a weak alias, confirmed by a strong name of the same record (or its group or members) in the text */
	| 'weak'
	/** a country's demonym */
	| 'demonym'
	/** a bare surname after the person's full name earlier in the text */
	| 'surname'
	/** an abbreviation the text defined, as in "Rapid Support Forces (RSF)" */
	| 'acronym'
	/** a name outside the gazetteer, found by its cues */
	| 'discovered';

/** A match while the stages work on it: word indices plus what the public match will say. */
export interface Span {
	first: number;
	last: number;
	start: number;
	end: number;
	kind: 'actor' | 'region';
	id: string;
	via: EntityVia;
	weak?: boolean;
	locative?: boolean;
	alternatives?: string[];
	record?: Actor | Region;
}

/** Share of capitalized words above which a line without a closing full stop is a title-case headline. */
const HEADLINE_SHARE = 0.75;
const PUNCTUATION = /[.,;:!?()[\]{}"“”«»|/\\]/;

export class EntityText {
	readonly tokens: NameToken[];
	/** For each word, the index of the span that holds it, or -1. */
	readonly owner: Int32Array;
	readonly spans: Span[] = [];
	private readonly lowerWords = new Set<string>();
	private readonly headline: Uint8Array;

	constructor(readonly text: string) {
		this.tokens = nameTokens(text);
		this.owner = new Int32Array(this.tokens.length).fill(-1);
		this.headline = new Uint8Array(this.tokens.length);
		for (const token of this.tokens) if (!token.capitalized && token.hasLower) this.lowerWords.add(token.lower);
		this.markHeadlines();
	}

	/** Lines whose long words are mostly capitalized ("The Taliban Control Panjshir Province"). */
	private markHeadlines(): void {
		let lineStart = 0;
		for (let i = 0; i <= this.tokens.length; i++) {
			const newLine = i === this.tokens.length || (i > 0 && this.newlineBefore(i));
			if (!newLine) continue;
			let long = 0;
			let capitalized = 0;
			for (let k = lineStart; k < i; k++) {
				const token = this.tokens[k];
				if (token.raw.length < 4) continue;
				long++;
				if (token.capitalized) capitalized++;
			}
			const lineEnd = i === this.tokens.length ? this.text.length : this.tokens[i].start;
			const closed = lineStart < i && /[.!?:]["'”’)]*\s*$/.test(this.text.slice(this.tokens[i - 1].end, lineEnd));
			if (long >= 3 && !closed && capitalized / long >= HEADLINE_SHARE) this.headline.fill(1, lineStart, i);
			lineStart = i;
		}
	}

	private newlineBefore(i: number): boolean {
		for (let k = this.tokens[i - 1].end; k < this.tokens[i].start; k++) if (this.text.charCodeAt(k) === 10) return true;
		return false;
	}

	lower(i: number): string {
		return this.tokens[i]?.lower ?? '';
	}

	/** The word is on a title-case line, where capitals say nothing about names. */
	inHeadline(i: number): boolean {
		return this.headline[i] === 1;
	}

	/** First word of a sentence or line (nothing but a break before it). */
	startsSentence(i: number): boolean {
		const token = this.tokens[i];
		if (!token || i === 0) return true;
		if (token.gap === 'line') return true;
		if (token.gap !== 'break') return false;
		const gap = this.text.slice(this.tokens[i - 1].end, token.start);
		return /[.!?:;\n•|>]/.test(gap) || /["“'‘(\[—–-]\s*$/.test(gap);
	}

	/** Punctuation (not a possessive ending) lies between words `a` and `b` (a < b). */
	punctuationBetween(a: number, b: number): boolean {
		for (let k = a + 1; k <= b; k++) {
			const from = this.tokens[k - 1].end;
			const gap = this.text.slice(from, this.tokens[k].start).replace(/^['’ʼ]s?/, '');
			if (PUNCTUATION.test(gap)) return true;
		}
		return false;
	}

	/**
	 * A capitalized word that is no name: a frequent English word, a month or a day, or a word this text
	 * also writes in lower case ("Soon", "Check", "About").
	 */
	isCommonWord(i: number): boolean {
		const lower = this.lower(i);
		return COMMON_WORDS.has(lower) || CALENDAR_WORDS.has(lower) || this.lowerWords.has(lower);
	}

	/** Writes down a span and claims its words. Returns false, changing nothing, when a word is taken. */
	claim(span: Span): boolean {
		for (let k = span.first; k <= span.last; k++) if (this.owner[k] !== -1) return false;
		const index = this.spans.length;
		this.spans.push(span);
		for (let k = span.first; k <= span.last; k++) this.owner[k] = index;
		return true;
	}

	/** Gives up a span's words (the span stays in the list, marked removed). */
	release(index: number): void {
		const span = this.spans[index];
		for (let k = span.first; k <= span.last; k++) if (this.owner[k] === index) this.owner[k] = -1;
		span.id = '';
	}

	isFree(i: number): boolean {
		return i >= 0 && i < this.tokens.length && this.owner[i] === -1;
	}

	/** The live span holding word `i`, if any. */
	spanAt(i: number): Span | undefined {
		const index = this.owner[i];
		return index >= 0 ? this.spans[index] : undefined;
	}

	/** The live spans, in text order. */
	liveSpans(): Span[] {
		return this.spans.filter((s) => s.id !== '').sort((a, b) => a.start - b.start);
	}
}
