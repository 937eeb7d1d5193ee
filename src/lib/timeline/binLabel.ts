/** A density bin's time in words, at the bin's own unit: "Fri 13 Aug 2021", "Q3 2021", "1985–1989", "1980s". */
import type { Granularity } from '../model';
import { calendarLabel } from './spanLabel';
import { TIME_UNITS, type UnitName } from './timeUnits';

const GRANULARITY: Record<UnitName, Granularity> = {
	hour: 'hour',
	'3 hours': 'hour',
	'6 hours': 'hour',
	'12 hours': 'hour',
	day: 'day',
	week: 'week',
	month: 'month',
	quarter: 'quarter',
	year: 'year',
	'5 years': 'year',
	decade: 'decade',
	'50 years': 'year',
	century: 'century'
};

export function binLabel(start: number, end: number, unit: number): string {
	const granularity = GRANULARITY[TIME_UNITS[unit].name];
	return calendarLabel({ start, end, granularity, value: '' });
}
