/**
 * Statements and what they claim. A statement ("the embassy said", "…, officials said") is a mention of
 * its own; the happenings it reports are mentions too, but as claims of its speaker, dated by their own
 * time or else no later than the statement. What a statement voices as possible, future or negated
 * ("the Taliban may have committed war crimes") is not placed at all: the statement carries it.
 * "According to X, …" makes every happening of the sentence X's claim.
 */
import type { Candidate } from './candidates';
import { entitiesIn } from './participants';
import type { SentenceFrame } from './sentenceFrame';

function according(frame: SentenceFrame): string | undefined {
	const { words } = frame;
	for (let i = 0; i + 1 < words.length; i++) {
		if (words[i].lower !== 'according' || words[i + 1].lower !== 'to') continue;
		const after = entitiesIn(frame.entities, words, i + 2, Math.min(words.length - 1, i + 8)).find((e) => e.kind === 'actor');
		if (after) return after.id;
	}
	return undefined;
}

/**
 * Links claims to the statements that voice them and drops what is only voiced. Speakers must already be
 * resolved (`resolveSubjects`). Returns the candidates that are mentions.
 */
export function attachSpeech(candidates: Candidate[], frame: SentenceFrame): Candidate[] {
	const statements = candidates.filter((c) => c.speech && c.factual && c.hit.pos === 'verb');
	for (const s of statements) {
		s.content = s.speakerFrom !== undefined ? { first: 0, last: s.speakerFrom - 2 } : { first: s.hit.last + 1, last: frame.words.length - 1 };
	}
	const claimer = (s: Candidate) => s.subject ?? s.subjectText;
	const attribution = according(frame);
	const kept: Candidate[] = [];
	for (const c of candidates) {
		const voicing = statements.findLast((s) => s !== c && s.content !== undefined && c.hit.head >= s.content.first && c.hit.head <= s.content.last);
		if (voicing && !c.speech) {
			// "claimed to have conquered": a perfect infinitive right after the claim reports a past happening.
			const claimedPast = c.group?.perfectInfinitive && !c.group.negated && c.hit.head - voicing.hit.last <= 4;
			if (!c.factual && !claimedPast) continue;
			c.statement = voicing;
			c.claimedBy = claimer(voicing);
			// The claim's words begin where the statement's content does ("claimed [his forces had seized …]").
			if (voicing.content && c.first < voicing.content.first) c.first = voicing.content.first;
		} else if (!c.factual) continue;
		if (attribution && !c.claimedBy && c.subject !== attribution) c.claimedBy = attribution;
		kept.push(c);
	}
	return kept;
}
