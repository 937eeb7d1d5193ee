import { describe, expect, it } from 'vitest';
import { findHeadline, titleFromLine, titleFromOpening } from './headline';
import { localLineKind } from './localLineKind';
import { shapeLines } from './lineShape';

const shape = (text: string) => shapeLines(text)[0];

describe('findHeadline', () => {
	it.each([
		['the first headline-shaped line', 'Rebels take the town of Rubaya\nBy Jane Doe', 'Rebels take the town of Rubaya'],
		['four words or more over a short label', 'Africa\nWorld news\nRebels take the town of Rubaya', 'Rebels take the town of Rubaya'],
		['a short headline when nothing longer exists', 'Kabul falls', 'Kabul falls'],
		['a question', 'Will the truce hold in Idlib?', 'Will the truce hold in Idlib?'],
		['a Markdown top heading over an earlier line', 'Section name here today\n# The headline itself', 'The headline itself']
	])('takes %s', (_, text, expected) => {
		const shapes = shapeLines(text);
		const index = findHeadline(shapes, shapes.map(localLineKind), shapes.length);
		expect(index === null ? null : shapes[index].content).toBe(expected);
	});

	it.each([
		['a sentence', 'The rebels took the town on Sunday.'],
		['a bullet', '• Rebels take the town of Rubaya'],
		['a cut-off teaser', 'Rebels take the town of Rubaya…'],
		['a lower-case line', 'google plus'],
		['a breadcrumb', 'Home / World / Rebels take the town']
	])('never takes %s', (_, text) => {
		const shapes = shapeLines(text);
		expect(findHeadline(shapes, shapes.map(localLineKind), shapes.length)).toBeNull();
	});
});

describe('titleFromLine', () => {
	it.each([
		['  Rebels   take Rubaya  ', 'Rebels take Rubaya'],
		['# Rebels take Rubaya', 'Rebels take Rubaya'],
		['Rebels take Rubaya.', 'Rebels take Rubaya'],
		['Talks go on...', 'Talks go on...']
	])('%s', (line, title) => {
		expect(titleFromLine(shape(line))).toBe(title);
	});
});

describe('titleFromOpening', () => {
	it.each([
		['NIAMEY — Soldiers detained the president on Wednesday, state television said. They closed the borders.', 'Soldiers detained the president on Wednesday, state television said'],
		['KABUL, Aug. 14 (Reuters) - The Taliban took the city of Herat, officials said. More follows.', 'The Taliban took the city of Herat, officials said'],
		['U.S. officials said on Monday that the talks would resume. Nothing else was said.', 'U.S. officials said on Monday that the talks would resume'],
		[`${'word '.repeat(40)}end.`, `${'word '.repeat(20).trim()}…`]
	])('%s', (text, title) => {
		expect(titleFromOpening(shape(text))).toBe(title);
	});
});
