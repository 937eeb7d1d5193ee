/**
 * What lies under the pointer. Dots and pills sit in a quadtree (there may be thousands); bars, labels
 * and bins are rectangles, kept per lane band and searched only in the band the pointer is in.
 */
import { quadtree, type Quadtree } from 'd3';
import type { Scene, SceneBin, SceneMark } from './scene';
import { TAIL } from './scene';

export type Hit = { kind: 'event'; event: number } | { kind: 'stack'; mark: SceneMark } | { kind: 'bin'; bin: SceneBin };

interface Rect {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	hit: Hit;
}

export interface HitIndex {
	find(x: number, y: number): Hit | null;
}

export function buildHitIndex(scene: Scene, rowHeight: number, markSize: number): HitIndex {
	const points: { x: number; y: number; hit: Hit }[] = [];
	const rects: Rect[] = [];
	const half = rowHeight / 2;
	const marksByEvent = new Map<number, Hit>();
	for (const m of scene.marks) {
		const hit: Hit = m.members ? { kind: 'stack', mark: m } : { kind: 'event', event: m.event };
		marksByEvent.set(m.event, hit);
		if (m.shape === 'bar') rects.push({ x0: m.x0, x1: m.x1, y0: m.y - half, y1: m.y + half, hit });
		else points.push({ x: (m.x0 + m.x1) / 2, y: m.y, hit });
		if (m.open === 'before') rects.push({ x0: m.x0 - TAIL, x1: m.x0, y0: m.y - half / 2, y1: m.y + half / 2, hit });
		if (m.open === 'after') rects.push({ x0: m.x1, x1: m.x1 + TAIL, y0: m.y - half / 2, y1: m.y + half / 2, hit });
	}
	for (const l of scene.labels) rects.push({ x0: l.x - 2, x1: l.x + l.width, y0: l.y - half, y1: l.y + half, hit: marksByEvent.get(l.event) ?? { kind: 'event', event: l.event } });
	const binRects: Rect[] = scene.bins.map((b) => ({ x0: b.x0 - 0.5, x1: b.x1 + 0.5, y0: Math.min(b.y0, b.y1 - 12), y1: b.y1, hit: { kind: 'bin', bin: b } }));
	const tree: Quadtree<{ x: number; y: number; hit: Hit }> = quadtree<{ x: number; y: number; hit: Hit }>()
		.x((p) => p.x)
		.y((p) => p.y)
		.addAll(points);
	const reach = Math.max(markSize, 8);
	const inside = (r: Rect, x: number, y: number) => x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
	return {
		find(x, y) {
			const p = tree.find(x, y, reach);
			if (p) return p.hit;
			for (const r of rects) if (inside(r, x, y)) return r.hit;
			for (const r of binRects) if (inside(r, x, y)) return r.hit;
			return null;
		}
	};
}
