import { describe, expect, it } from 'vitest';
import { buildHitIndex } from './hitIndex';
import type { Scene } from './scene';

const scene: Scene = {
	t0: 0,
	t1: 1,
	width: 500,
	marks: [
		{ event: 1, members: null, size: 1, lane: 0, x0: 95, x1: 105, y: 20, shape: 'point', approximate: false, open: null },
		{ event: 2, members: null, size: 1, lane: 0, x0: 200, x1: 300, y: 20, shape: 'bar', approximate: false, open: 'after' },
		{ event: 3, members: [3, 4], size: 2, lane: 0, x0: 395, x1: 405, y: 40, shape: 'point', approximate: false, open: null }
	],
	labels: [{ event: 1, x: 109, y: 20, width: 60, text: 'One' }],
	bins: [{ lane: 1, start: 0, end: 1, x0: 50, x1: 60, y0: 90, y1: 100, total: 3, counts: new Int32Array(7) }],
	laneModes: ['marks', 'bins'],
	binUnit: 4,
	highlight: null,
	maxBin: 3
};

describe('buildHitIndex', () => {
	const index = buildHitIndex(scene, 18, 10);

	it.each([
		[100, 20, { kind: 'event', event: 1 }],
		[106, 24, { kind: 'event', event: 1 }],
		[150, 22, { kind: 'event', event: 1 }],
		[250, 14, { kind: 'event', event: 2 }],
		[310, 20, { kind: 'event', event: 2 }],
		[55, 95, { kind: 'bin' }],
		[55, 60, null],
		[401, 41, { kind: 'stack' }],
		[400, 20, null]
	])('(%i, %i) → %o', (x, y, expected) => {
		const hit = index.find(x, y);
		if (expected === null) expect(hit).toBeNull();
		else expect(hit).toMatchObject(expected);
	});
});
