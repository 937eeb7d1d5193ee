/**
 * Paints a scene on a canvas: density columns stacked by type with their counts, then the marks, then
 * the rings that show what is selected or hovered. The canvas is scaled for the device's pixel ratio by
 * the caller; coordinates here are CSS pixels.
 */
import { EVENT_TYPES } from '../model';
import { addTypeCounts, type EventIndex } from './eventIndex';
import { TAIL, type Scene, type SceneMark } from './scene';
import { TYPE_STYLES } from './typePalette';

export interface DrawState {
	width: number;
	height: number;
	/** Gridlines under everything: at the ticks, and stronger where the axis context changes (a new month). */
	grid?: { top: number; ticks: number[]; context: number[]; contextTop: number };
	index: EventIndex;
	selected: number | null;
	focused: number | null;
	hovered: number | null;
	hoveredBin: { lane: number; start: number } | null;
}

const TYPE_COLOURS = EVENT_TYPES.map((t) => TYPE_STYLES[t].colour);

function rgba(hex: string, alpha: number): string {
	const n = parseInt(hex.slice(1), 16);
	return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

const FILLS = TYPE_COLOURS.map((c) => rgba(c, 0.2));
const COLUMN_FILLS = TYPE_COLOURS.map((c) => rgba(c, 0.78));
const BAR_HEIGHT = 12;
const INK = '#111827';

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
	const width = Math.max(w, 0.5);
	ctx.beginPath();
	ctx.roundRect(x, y, width, h, Math.max(0, Math.min(r, width / 2, h / 2)));
}

function markPath(ctx: CanvasRenderingContext2D, m: SceneMark, width: number, grow = 0): void {
	if (m.shape === 'point') {
		ctx.beginPath();
		ctx.arc((m.x0 + m.x1) / 2, m.y, (m.x1 - m.x0) / 2 + grow, 0, Math.PI * 2);
		return;
	}
	const h = (m.shape === 'pill' ? 9 : BAR_HEIGHT) + grow * 2;
	const x0 = Math.max(m.x0, -8) - grow;
	const x1 = Math.min(m.x1, width + 8) + grow;
	roundRect(ctx, x0, m.y - h / 2, x1 - x0, h, 4 + grow);
}

/** A stack of events at one time: a small pile, its face divided by type like a pie. */
function drawStack(ctx: CanvasRenderingContext2D, m: SceneMark, index: EventIndex, width: number): void {
	const byType = new Int32Array(TYPE_COLOURS.length);
	addTypeCounts(index, m.members!, byType);
	const counts = new Map<number, number>();
	byType.forEach((n, t) => n > 0 && counts.set(t, n));
	const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
	if (m.shape !== 'point') {
		drawMark(ctx, m, main, width);
		return;
	}
	const cx = (m.x0 + m.x1) / 2;
	const r = (m.x1 - m.x0) / 2 + 1;
	ctx.beginPath();
	ctx.arc(cx + 2, m.y - 2, r, 0, Math.PI * 2);
	ctx.fillStyle = '#ffffff';
	ctx.fill();
	ctx.lineWidth = 1.25;
	ctx.strokeStyle = '#6b7280';
	ctx.stroke();
	if (m.open) drawMark(ctx, { ...m, members: null }, main, width);
	let angle = -Math.PI / 2;
	for (const [type, n] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
		const sweep = (n / m.size) * Math.PI * 2;
		ctx.beginPath();
		ctx.moveTo(cx, m.y);
		ctx.arc(cx, m.y, r, angle, angle + sweep);
		ctx.closePath();
		ctx.fillStyle = TYPE_COLOURS[type];
		ctx.fill();
		angle += sweep;
	}
	if (counts.size > 1) {
		ctx.beginPath();
		ctx.arc(cx, m.y, r, 0, Math.PI * 2);
		ctx.lineWidth = 1;
		ctx.strokeStyle = '#ffffff';
		ctx.stroke();
	}
}

function drawMark(ctx: CanvasRenderingContext2D, m: SceneMark, type: number, width: number): void {
	const colour = TYPE_COLOURS[type];
	if (m.open) {
		// An open-ended time trails off on the side it is open on.
		const edge = m.open === 'before' ? m.x0 : m.x1;
		const far = m.open === 'before' ? edge - TAIL : edge + TAIL;
		const g = ctx.createLinearGradient(far, 0, edge, 0);
		g.addColorStop(0, rgba(colour, 0));
		g.addColorStop(1, rgba(colour, 0.9));
		ctx.fillStyle = g;
		ctx.fillRect(Math.min(far, edge), m.y - 1.5, TAIL, 3);
	}
	if (m.shape === 'point') {
		markPath(ctx, m, width);
		if (m.approximate) {
			ctx.fillStyle = '#ffffff';
			ctx.fill();
			ctx.lineWidth = 2;
			ctx.strokeStyle = colour;
			ctx.stroke();
		} else {
			ctx.fillStyle = colour;
			ctx.fill();
		}
		return;
	}
	markPath(ctx, m, width);
	if (m.approximate && m.shape === 'bar') {
		// Hedged spans fade out at both ends: where they begin and end is not known.
		const x0 = Math.max(m.x0, -8);
		const x1 = Math.min(m.x1, width + 8);
		const fade = Math.min(40, (m.x1 - m.x0) * 0.25);
		const g = ctx.createLinearGradient(m.x0, 0, m.x1, 0);
		const span = m.x1 - m.x0;
		g.addColorStop(0, rgba(colour, 0));
		g.addColorStop(fade / span, rgba(colour, 0.28));
		g.addColorStop(1 - fade / span, rgba(colour, 0.28));
		g.addColorStop(1, rgba(colour, 0));
		ctx.fillStyle = g;
		ctx.fill();
		ctx.setLineDash([4, 3]);
		ctx.lineWidth = 1.5;
		ctx.strokeStyle = colour;
		ctx.beginPath();
		ctx.moveTo(x0 + fade, m.y - BAR_HEIGHT / 2);
		ctx.lineTo(x1 - fade, m.y - BAR_HEIGHT / 2);
		ctx.moveTo(x0 + fade, m.y + BAR_HEIGHT / 2);
		ctx.lineTo(x1 - fade, m.y + BAR_HEIGHT / 2);
		ctx.stroke();
		ctx.setLineDash([]);
		return;
	}
	ctx.fillStyle = FILLS[type];
	ctx.fill();
	ctx.lineWidth = 1.5;
	ctx.strokeStyle = colour;
	if (m.approximate) ctx.setLineDash([3, 2]);
	ctx.stroke();
	ctx.setLineDash([]);
}

const RINGS = {
	hover: { gap: 3, width: 1.5, colour: 'rgba(17, 24, 39, 0.55)' },
	selected: { gap: 3, width: 2, colour: INK },
	// Keyboard focus: the page's focus colour, outside the selection ring so both show.
	focus: { gap: 6, width: 2.5, colour: '#1D4ED8' }
};

function ring(ctx: CanvasRenderingContext2D, m: SceneMark, width: number, kind: keyof typeof RINGS): void {
	const r = RINGS[kind];
	markPath(ctx, m, width, r.gap);
	ctx.lineWidth = r.width + 2;
	ctx.strokeStyle = '#ffffff';
	ctx.stroke();
	markPath(ctx, m, width, r.gap);
	ctx.lineWidth = r.width;
	ctx.strokeStyle = r.colour;
	ctx.stroke();
}

/** One-pixel vertical lines from `top` down, on whole pixels plus a half so that they stay crisp. */
function verticalLines(ctx: CanvasRenderingContext2D, xs: readonly number[], top: number, bottom: number, colour: string): void {
	ctx.strokeStyle = colour;
	ctx.beginPath();
	for (const x of xs) {
		const px = Math.round(x) + 0.5;
		ctx.moveTo(px, top);
		ctx.lineTo(px, bottom);
	}
	ctx.stroke();
}

function drawGrid(ctx: CanvasRenderingContext2D, grid: NonNullable<DrawState['grid']>, height: number): void {
	ctx.lineWidth = 1;
	verticalLines(ctx, grid.ticks, grid.top, height, '#eceef2');
	verticalLines(ctx, grid.context, grid.contextTop, height, '#c7ccd4');
}

export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, s: DrawState): void {
	ctx.clearRect(0, 0, s.width, s.height);
	if (s.grid) drawGrid(ctx, s.grid, s.height);
	ctx.font = '600 10px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
	ctx.textAlign = 'center';
	ctx.textBaseline = 'alphabetic';
	let lastLane = -1;
	let lastLabelEnd = -Infinity;
	const bins = scene.bins;
	for (let j = 0; j < bins.length; j++) {
		const b = bins[j];
		const hot = s.hoveredBin !== null && s.hoveredBin.lane === b.lane && s.hoveredBin.start === b.start;
		let y = b.y1;
		const h = b.y1 - b.y0;
		for (let t = 0; t < b.counts.length; t++) {
			if (!b.counts[t]) continue;
			const part = (h * b.counts[t]) / b.total;
			ctx.fillStyle = hot ? TYPE_COLOURS[t] : COLUMN_FILLS[t];
			ctx.fillRect(b.x0, y - part, b.x1 - b.x0, part);
			y -= part;
		}
	}
	// Counts above their columns, clear of taller neighbours and of each other.
	for (let j = 0; j < bins.length; j++) {
		const b = bins[j];
		if (b.lane !== lastLane) {
			lastLane = b.lane;
			lastLabelEnd = -Infinity;
		}
		const text = b.total >= 10_000 ? `${Math.round(b.total / 1000)}k` : String(b.total);
		const w = text.length * 6 + 2;
		const cx = (b.x0 + b.x1) / 2;
		if (cx - w / 2 <= lastLabelEnd + 2) continue;
		let top = b.y0;
		for (let k = j - 1; k >= 0 && bins[k].lane === b.lane && bins[k].x1 > cx - w / 2; k--) top = Math.min(top, bins[k].y0);
		for (let k = j + 1; k < bins.length && bins[k].lane === b.lane && bins[k].x0 < cx + w / 2; k++) top = Math.min(top, bins[k].y0);
		ctx.fillStyle = '#374151';
		ctx.fillText(text, cx, top - 3);
		lastLabelEnd = cx + w / 2;
	}
	for (const m of scene.marks) {
		if (m.members) drawStack(ctx, m, s.index, s.width);
		else drawMark(ctx, m, s.index.typeOf[m.event], s.width);
	}
	if (scene.highlight) drawMark(ctx, scene.highlight, s.index.typeOf[scene.highlight.event], s.width);
	const find = (event: number | null) =>
		event === null ? undefined : (scene.marks.find((m) => m.event === event || m.members?.includes(event)) ?? (scene.highlight?.event === event ? scene.highlight : undefined));
	const hovered = find(s.hovered);
	if (hovered && s.hovered !== s.selected) ring(ctx, hovered, s.width, 'hover');
	const selected = find(s.selected);
	if (selected) ring(ctx, selected, s.width, 'selected');
	const focused = find(s.focused);
	if (focused) ring(ctx, focused, s.width, 'focus');
}
