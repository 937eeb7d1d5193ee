/**
 * Who and where: the doer of each candidate (its subject, the speaker of a statement, the "by" phrase of a
 * passive), pronouns resolved against the actors named before, and the regions of a mention ordered from
 * the most specific.
 */
import type { Actor, Region, TextRange } from '../../model';
import { AUXILIARIES, type Word } from '../text/clauses';
import type { Candidate } from './candidates';
import { isCoordinated, type SentenceFrame } from './sentenceFrame';

/** An entity found in the text (see `extract/entities`). */
export interface EntityMention extends TextRange {
	kind: 'actor' | 'region';
	id: string;
}

/** What this stage needs to know about entity ids. */
export interface EntityLookup {
	actor(id: string): Actor | undefined;
	region(id: string): Region | undefined;
}

const PERSON_PRONOUNS = new Set(['he', 'she']);
// "it" is left out: too often it stands for nothing ("It is time", "It was decided at the meeting").
const GROUP_PRONOUNS = new Set(['they']);

/** The most recent actors of each sort, for resolving pronouns in later sentences. */
export class Salience {
	person?: string;
	group?: string;

	note(actorId: string, lookup: EntityLookup): void {
		const kind = lookup.actor(actorId)?.kind;
		if (kind === 'person') this.person = actorId;
		else if (kind) this.group = actorId;
	}

	resolve(pronoun: string): string | undefined {
		if (PERSON_PRONOUNS.has(pronoun)) return this.person;
		if (GROUP_PRONOUNS.has(pronoun)) return this.group;
		return undefined;
	}
}

/** Entities whose span lies inside the words `[first, last]`. */
export function entitiesIn(entities: EntityMention[], words: Word[], first: number, last: number): EntityMention[] {
	if (first > last || !words[first] || !words[last]) return [];
	const from = words[first].start;
	const to = words[last].end;
	return entities.filter((e) => e.start >= from && e.end <= to);
}

function lastActor(frame: SentenceFrame, first: number, last: number): string | undefined {
	const actors = entitiesIn(frame.entities, frame.words, first, last).filter((e) => e.kind === 'actor');
	return actors.length ? actors[actors.length - 1].id : undefined;
}

function firstActor(frame: SentenceFrame, first: number, last: number): string | undefined {
	return entitiesIn(frame.entities, frame.words, first, last).find((e) => e.kind === 'actor')?.id;
}

/**
 * "Zabihullah Mujahid, the Taliban spokesman, said": in a subject with an appositive between commas, the
 * actor named before the first comma is the subject, not the one inside the appositive.
 */
function appositiveHead(frame: SentenceFrame, from: number, head: number): string | undefined {
	const { words } = frame;
	let end = head - 1;
	while (end > from && words[end].kind === 'word' && AUXILIARIES.has(words[end].lower)) end--;
	if (words[end]?.text !== ',') return undefined;
	for (let k = from + 1; k < end; k++) if (words[k].text === ',') return firstActor(frame, from, k - 1);
	return undefined;
}

/** Whether the words before the verb, inside its clause, are only auxiliaries and adverbs. */
function emptySubjectSlot(words: Word[], first: number, head: number): boolean {
	for (let i = first; i < head; i++) {
		const w = words[i];
		if (w.kind !== 'word' || AUXILIARIES.has(w.lower) || (i === first && CLAUSE_OPENERS.has(w.lower))) continue;
		return false;
	}
	return true;
}

const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'yet', 'who', 'which', 'that']);

/**
 * Sets `subject` (an actor id) and, when no known actor is the subject, `subjectText` (the words naming it)
 * on each candidate, in sentence order, so a coordinated clause can take the subject of the one before.
 */
export function resolveSubjects(candidates: Candidate[], frame: SentenceFrame, salience: Salience): void {
	const { words, clauses } = frame;
	let previous: Candidate | undefined;
	for (const c of candidates) {
		const clause = c.timeClause;
		const head = c.hit.pos === 'noun' ? c.first : c.hit.head;
		// "…, residents said": the speaker is between the comma and the verb.
		const from = c.speakerFrom ?? clause.first;
		const index = clauses.indexOf(clause);
		const empty = emptySubjectSlot(words, from, head);
		let subject: string | undefined;
		if (c.byAgentAt !== undefined) subject = firstActor(frame, c.byAgentAt, Math.min(words.length - 1, c.byAgentAt + 4));
		if (!subject && c.hit.pos === 'noun') subject = firstActor(frame, c.first, c.lightLast ?? c.last);
		if (!subject && c.hit.pos === 'verb') subject = appositiveHead(frame, from, head) ?? lastActor(frame, from, head - 1);
		if (!subject && empty && clause.kind === 'relative' && index > 0) subject = lastActor(frame, clauses[index - 1].first, clauses[index - 1].last);
		if (!subject && empty && clause.resumes !== undefined) subject = lastActor(frame, clauses[clause.resumes].first, clauses[clause.resumes].last);
		// "…condemned the attack and called for…": the subject of the clause just before, whether or not
		// that clause reports a happening of its own ("the Taliban have made progress and taken control").
		const follows = previous !== undefined && clauses.indexOf(previous.timeClause) === index - 1;
		if (!subject && empty && isCoordinated(clause)) subject = follows ? previous!.subject : index > 0 ? firstActor(frame, clauses[index - 1].first, clauses[index - 1].last) : undefined;
		// "…, said Masoud": the speaker after the verb, when nothing stands before it.
		if (!subject && empty && c.speech) subject = firstActor(frame, c.hit.last + 1, Math.min(clause.last, c.hit.last + 6));
		if (!subject) {
			for (let i = head - 1; i >= from && head - i <= 4; i--) {
				const resolved = salience.resolve(words[i].lower);
				if (resolved) {
					subject = resolved;
					break;
				}
			}
		}
		if (!subject && empty && c.speech) subject = salience.resolve(words[c.hit.last + 1]?.lower ?? '');
		// "…has regained control after it seized Kabul": a pronoun in a subordinate clause stands for the
		// subject of the clause it hangs on.
		if (!subject && clause.kind !== 'main' && index > 0 && pronounSubject(words, from, head)) {
			subject = candidates.find((other) => other !== c && other.subject && other.timeClause.kind === 'main')?.subject ?? firstActor(frame, clauses[0].first, clauses[0].last);
		}
		c.subject = subject;
		// A relative clause's subject is the phrase it hangs on; so is that of the rest of a clause it interrupted.
		const antecedent = !empty ? undefined : clause.kind === 'relative' && index > 0 ? clauses[index - 1] : clause.resumes !== undefined ? clauses[clause.resumes] : undefined;
		if (c.hit.pos === 'verb') c.subjectText = subjectWords(words, antecedent, from, head);
		if (!subject && empty && isCoordinated(clause) && follows && previous?.subjectText) c.subjectText = previous.subjectText;
		previous = c;
	}
}

const SUBJECT_TEXT_NOISE = new Set(['and', 'but', 'or', ',', 'that', 'which', 'who', 'after', 'before', 'when', 'while', 'as', 'since', 'because', 'although', 'though', 'if', 'unless', 'until', 'whereas', 'once']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Whether the subject slot before the verb holds just a pronoun (after an opener such as "after"). */
function pronounSubject(words: Word[], from: number, head: number): boolean {
	const slot = words.slice(from, head).filter((w) => w.kind === 'word' && !AUXILIARIES.has(w.lower) && !SUBJECT_TEXT_NOISE.has(w.lower));
	return slot.length === 1 && PRONOUNS.has(slot[0].lower);
}
const PHRASE_START = new Set(['of', 'in', 'on', 'at', 'from', 'by', 'with', 'for', 'to', ',', 'and', 'but', 'that', 'than']);

/**
 * The words naming the subject as the text does ("a senior US official", "thousands of people"), up to eight:
 * before the verb, or for a relative clause the phrase it hangs on.
 */
function subjectWords(words: Word[], antecedent: { first: number; last: number } | undefined, from: number, head: number): string | undefined {
	let list: Word[];
	if (antecedent) {
		// The comma that opens the relative clause ("Noor and Dostum, who …") is not part of the phrase.
		let last = antecedent.last;
		while (last > antecedent.first && words[last].kind === 'punct') last--;
		let start = last;
		// "Atta Mohammad Noor and Marshall Dostum": names joined by "and" are one subject.
		const joinsNames = (i: number) => words[i].lower === 'and' && /^\p{Lu}/u.test(words[i - 1]?.text ?? '') && /^\p{Lu}/u.test(words[i + 1]?.text ?? '');
		while (start > antecedent.first && last - start < 7 && words[start - 1].kind === 'word' && !AUXILIARIES.has(words[start - 1].lower) && (!PHRASE_START.has(words[start - 1].lower) || joinsNames(start - 1))) start--;
		// Keep "thousands of people" whole: one "of" may join the phrase.
		if (words[start - 1]?.lower === 'of' && start - 2 >= antecedent.first && words[start - 2].kind === 'word') start -= 2;
		list = words.slice(start, last + 1);
	} else {
		list = words.slice(from, head).filter((w) => !AUXILIARIES.has(w.lower));
	}
	while (list.length && (SUBJECT_TEXT_NOISE.has(list[0].lower) || list[0].kind !== 'word')) list.shift();
	if (list.length === 0 || list.length > 8 || list.some((w) => w.kind !== 'word' && w.kind !== 'number')) return undefined;
	if (list.length === 1 && PRONOUNS.has(list[0].lower)) return undefined;
	return list.map((w) => w.text).join(' ');
}

/** Regions most specific first (district before province before country), then by first appearance. */
export function orderRegions(ids: string[], lookup: EntityLookup): string[] {
	const rank: Record<string, number> = { place: 0, city: 1, district: 1, province: 2, country: 3, world: 4 };
	const unique = [...new Set(ids)];
	return unique
		.map((id, index) => ({ id, index, rank: rank[lookup.region(id)?.kind ?? 'place'] ?? 0 }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map((r) => r.id);
}
