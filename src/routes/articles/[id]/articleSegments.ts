/**
 * The article view's text as runs: every place where what Dateline read in it changes (a mention, its
 * trigger, a time expression, an entity, boilerplate, the sentence being linked to) starts a new run, and
 * consecutive runs of one mention are grouped so each mention is one link. Ranges may overlap freely;
 * offsets outside the text are clipped. A single sweep over the sorted boundaries keeps the cost linear in
 * the number of ranges, whatever the length of the text.
 */
import type { ArticleView } from '$lib/api';

export interface Run {
	start: number;
	text: string;
	boilerplate: boolean;
	trigger: boolean;
	/** Index into `view.times` of the time expression covering the run. */
	time: number | null;
	entity: 'actor' | 'region' | null;
	target: boolean;
	/** Sentences (and the linked-to range) that begin here, by their start offset, to link to them. */
	anchors: number[];
}

export interface RunGroup {
	/** Index into `view.mentions` of the mention these runs report, or null for text outside mentions. */
	mention: number | null;
	runs: Run[];
}

type Kind = 'boilerplate' | 'mention' | 'trigger' | 'time' | 'entity' | 'target';

interface Edge {
	at: number;
	open: boolean;
	kind: Kind;
	index: number;
}

export function articleSegments(view: Pick<ArticleView, 'text' | 'boilerplate' | 'mentions' | 'times' | 'entities'>, target: { start: number; end: number } | null = null): RunGroup[] {
	const length = view.text.length;
	const clip = (n: number) => Math.max(0, Math.min(length, Math.floor(n)));
	const edges: Edge[] = [];
	const add = (kind: Kind, index: number, start: number, end: number) => {
		const a = clip(start);
		const b = clip(end);
		if (b <= a) return;
		edges.push({ at: a, open: true, kind, index }, { at: b, open: false, kind, index });
	};
	view.boilerplate.forEach((r, i) => add('boilerplate', i, r.start, r.end));
	view.mentions.forEach((m, i) => {
		add('mention', i, m.start, m.end);
		add('trigger', i, m.trigger.start, m.trigger.end);
	});
	view.times.forEach((t, i) => add('time', i, t.start, t.end));
	view.entities.forEach((e, i) => add('entity', i, e.start, e.end));
	if (target) add('target', 0, target.start, target.end);
	const anchorsAt = new Map<number, number[]>();
	for (const m of view.mentions) {
		const at = clip(m.sentence.start);
		const list = anchorsAt.get(at) ?? [];
		if (!list.includes(m.sentence.start)) list.push(m.sentence.start);
		anchorsAt.set(at, list);
	}
	if (target) {
		const at = clip(target.start);
		const list = anchorsAt.get(at) ?? [];
		if (!list.includes(target.start)) list.push(target.start);
		anchorsAt.set(at, list);
	}
	const cuts = new Set<number>([0, length]);
	for (const e of edges) cuts.add(e.at);
	for (const at of anchorsAt.keys()) cuts.add(at);
	const points = [...cuts].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
	edges.sort((a, b) => a.at - b.at);

	const active: Record<Kind, Set<number>> = { boilerplate: new Set(), mention: new Set(), trigger: new Set(), time: new Set(), entity: new Set(), target: new Set() };
	const first = (s: Set<number>) => {
		let best: number | null = null;
		for (const v of s) if (best === null || v < best) best = v;
		return best;
	};
	const groups: RunGroup[] = [];
	let e = 0;
	for (let p = 0; p + 1 < points.length; p++) {
		const a = points[p];
		const b = points[p + 1];
		while (e < edges.length && edges[e].at <= a) {
			const edge = edges[e++];
			if (edge.open) active[edge.kind].add(edge.index);
			else active[edge.kind].delete(edge.index);
		}
		const entity = first(active.entity);
		const run: Run = {
			start: a,
			text: view.text.slice(a, b),
			boilerplate: active.boilerplate.size > 0,
			trigger: active.trigger.size > 0,
			time: first(active.time),
			entity: entity === null ? null : view.entities[entity].kind,
			target: active.target.size > 0,
			anchors: anchorsAt.get(a) ?? []
		};
		const mention = first(active.mention);
		const last = groups[groups.length - 1];
		if (last && last.mention === mention) last.runs.push(run);
		else groups.push({ mention, runs: [run] });
	}
	return groups;
}
