/** The visible window in words, as precise as its width calls for: "9 – 23 Aug 2021", "Aug 2021 – Mar 2022", "1980 – 2022". */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';

const DAY = 86_400_000;

export function windowLabel(t0: number, t1: number): string {
	const a = new UTCDate(t0);
	const b = new UTCDate(t1 - 1);
	const span = t1 - t0;
	if (span < 2 * DAY) {
		return format(a, 'd MMM y') === format(b, 'd MMM y')
			? `${format(a, 'd MMM y, HH:mm')} – ${format(b, 'HH:mm')} UTC`
			: `${format(a, 'd MMM HH:mm')} – ${format(b, 'd MMM y HH:mm')} UTC`;
	}
	if (span < 120 * DAY) {
		if (format(a, 'MMM y') === format(b, 'MMM y')) return `${format(a, 'd')} – ${format(b, 'd MMM y')}`;
		if (format(a, 'y') === format(b, 'y')) return `${format(a, 'd MMM')} – ${format(b, 'd MMM y')}`;
		return `${format(a, 'd MMM y')} – ${format(b, 'd MMM y')}`;
	}
	if (span < 6 * 365 * DAY) return format(a, 'MMM y') === format(b, 'MMM y') ? format(a, 'MMM y') : `${format(a, 'MMM y')} – ${format(b, 'MMM y')}`;
	return `${format(a, 'y')} – ${format(b, 'y')}`;
}
