import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, filterKey, filterOf, parseUrlDate, parseViewState, viewSearch, ViewStateError, type ViewState } from './viewState';

const parse = (query: string) => parseViewState(new URLSearchParams(query));

describe('parseUrlDate', () => {
	it.each([
		['2021-08-13', Date.UTC(2021, 7, 13)],
		['2021-08-13T06:30', Date.UTC(2021, 7, 13, 6, 30)],
		['2021-08-13T06:30:15Z', Date.UTC(2021, 7, 13, 6, 30, 15)],
		['2020-02-29', Date.UTC(2020, 1, 29)],
		['2022-02-29', null],
		['2021-04-31', null],
		['2021-13-01', null],
		['2021-08-13T24:00', null],
		['0000-01-01', null],
		['99999-01-01', null],
		['2021-8-13', null],
		['13/08/2021', null],
		['', null]
	])('%j → %s', (text, expected) => {
		expect(parseUrlDate(text)).toBe(expected);
	});
});

describe('parseViewState', () => {
	it('reads every part of a view', () => {
		expect(parse('region=province:af-pan&region=country:af&actor=org:taliban&type=armed-violence&source=003_f13&q=%20Panjshir%20&from=2021-08-01&to=2021-09-15&event=e123abc&lanes=actor')).toEqual({
			region: ['province:af-pan', 'country:af'],
			actor: ['org:taliban'],
			type: ['armed-violence'],
			source: ['003_f13'],
			q: 'Panjshir',
			from: Date.UTC(2021, 7, 1),
			to: Date.UTC(2021, 8, 15),
			event: 'e123abc',
			lanes: 'actor'
		} satisfies ViewState);
	});

	it('gives the default view for an empty query', () => {
		expect(parse('')).toEqual(EMPTY_VIEW);
	});

	it('accepts comma-separated values and drops duplicates', () => {
		expect(parse('type=statement,diplomacy&type=statement').type).toEqual(['statement', 'diplomacy']);
	});

	it.each([
		['from=2022-02-29', /"from" must be a real date/],
		['to=yesterday', /"to" must be a real date/],
		['from=2021-09-01&to=2021-08-01', /"from" must come before "to"/],
		['type=riot', /Unknown event type "riot"/],
		['event=../../etc/passwd', /not a valid event id/],
		['source=a%2Fb', /not a valid source id/],
		['lanes=country', /"lanes" must be one of/],
		[`q=${'x'.repeat(201)}`, /too long/],
		[Array.from({ length: 51 }, (_, i) => `actor=a${i}`).join('&'), /Too many values/]
	])('refuses %s', (query, message) => {
		expect(() => parse(query)).toThrow(ViewStateError);
		expect(() => parse(query)).toThrow(message);
	});
});

describe('viewSearch', () => {
	it('round-trips a view', () => {
		const view: ViewState = { ...EMPTY_VIEW, region: ['province:af-pan'], type: ['statement'], q: 'uprising', from: Date.UTC(2021, 7, 1), to: Date.UTC(2021, 8, 15), event: 'e1', lanes: 'type' };
		expect(viewSearch(view)).toBe('?region=province%3Aaf-pan&type=statement&q=uprising&from=2021-08-01&to=2021-09-15&lanes=type&event=e1');
		expect(parse(viewSearch(view).slice(1))).toEqual(view);
	});

	it('keeps hours and minutes for a window shorter than ten days', () => {
		const view: ViewState = { ...EMPTY_VIEW, from: Date.UTC(2021, 7, 13, 6, 30), to: Date.UTC(2021, 7, 13, 18, 0) };
		expect(viewSearch(view)).toBe('?from=2021-08-13T06%3A30&to=2021-08-13T18%3A00');
		expect(parse(viewSearch(view).slice(1))).toMatchObject({ from: view.from, to: view.to });
	});

	it('is empty for the default view', () => {
		expect(viewSearch(EMPTY_VIEW)).toBe('');
	});
});

describe('filterOf and filterKey', () => {
	const view: ViewState = { ...EMPTY_VIEW, actor: ['org:taliban'], from: 10, to: 20, event: 'e1', lanes: 'type' };

	it('leaves the window out of the timeline filter and puts it into the list filter', () => {
		expect(filterOf(view)).toEqual({ actor: ['org:taliban'] });
		expect(filterOf(view, true)).toEqual({ actor: ['org:taliban'], from: 10, to: 20 });
	});

	it('changes with the filters only', () => {
		expect(filterKey(view)).toBe(filterKey({ ...view, from: null, to: null, event: null, lanes: 'region' }));
		expect(filterKey(view)).not.toBe(filterKey({ ...view, actor: [] }));
	});
});
