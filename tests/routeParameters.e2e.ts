import { expect, test, type APIResponse } from '@playwright/test';

/**
 * Route and query parameters are validated: ids that try to climb out of their route are not found, bad
 * dates and limits get a 400 that says what is wrong, what one request can ask for is bounded, and no
 * answer ever carries a stack trace, a source path or a database error.
 */

const LEAKS = /\n\s+at [\w$.<>[\]]+ \(|node_modules|\/src\/lib\/|\.ts:\d+:\d+|SqliteError|TypeError|ReferenceError|root:x:0:0|"devDependencies"/;

async function body(response: APIResponse): Promise<string> {
	const text = await response.text();
	expect(text, `${response.url()} leaks`).not.toMatch(LEAKS);
	return text;
}

/** The message an error page or an endpoint gives, as text. */
async function message(response: APIResponse): Promise<string> {
	const text = await body(response);
	if ((response.headers()['content-type'] ?? '').includes('json')) return (JSON.parse(text) as { message: string }).message;
	const html = /<p class="message[^"]*">([\s\S]*?)<\/p>/.exec(text)?.[1] ?? '';
	return html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

test.describe('ids that climb out of their route', () => {
	for (const path of [
		'/articles/..%2F..%2Fetc%2Fpasswd',
		'/articles/..%2f..%2fetc%2fpasswd',
		'/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
		'/articles/..%5C..%5Cwindows%5Cwin.ini',
		'/articles/....%2F%2F....%2F%2Fetc%2Fpasswd',
		'/articles/%00',
		'/articles/mali-ceasefire%00.md',
		'/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		`/articles/${'x'.repeat(4000)}`,
		'/events/..%2F..%2Fetc%2Fpasswd',
		'/events/%2e%2e%2fpackage.json',
		'/api/events/..%2F..%2Fetc%2Fpasswd',
		'/api/events/..%5C..%5Cpackage.json',
		'/..%2F..%2Fetc%2Fpasswd',
		'/_app/..%2F..%2Fpackage.json',
		'/_app/immutable/..%2F..%2F..%2Fpackage.json',
		'/download/..%2F..%2Fpackage.json'
	]) {
		test(`${path.slice(0, 60)} is not found`, async ({ request }) => {
			const response = await request.get(path);
			expect(response.status()).toBe(404);
			await body(response);
		});
	}

	test('dot segments resolve inside the app, never to a file outside it', async ({ request }) => {
		for (const path of ['/articles/../../../etc/passwd', '/articles/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/_app/../../package.json', '/articles/%2e%2e', '/favicon.ico/..%2f..%2fpackage.json']) {
			const response = await request.get(path);
			expect([200, 404], path).toContain(response.status());
			await body(response);
		}
	});

	test('a broken percent-encoding is a 400, not a crash', async ({ request }) => {
		for (const path of ['/articles/%E0%A4%A', '/articles/%', '/events/%C0%AF', '/api/events/%ZZ']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(400);
			await body(response);
		}
	});
});

test.describe('bad parameters get a 400 that says what is wrong', () => {
	const cases: [string, RegExp][] = [
		['/?from=2021-02-30&to=2021-03-05', /"from" must be a real date written YYYY-MM-DD/],
		['/?from=2021-04-31&to=2021-05-05', /"from" must be a real date/],
		['/?from=0000-01-01&to=2021-01-01', /"from" must be a real date/],
		['/?from=99999-01-01&to=99999-02-01', /"from" must be a real date/],
		['/?from=2021-09-06T24:00&to=2021-09-07', /"from" must be a real date/],
		['/?from=2021-09-10&to=2021-09-01', /"from" must come before "to"/],
		['/?type=massacre', /Unknown event type "massacre"/],
		['/?lanes=everything', /"lanes" must be one of region, actor, type/],
		['/?event=..%2F..%2Fetc', /is not a valid event id/],
		[`/?q=${'a'.repeat(201)}`, /The search text is too long: at most 200 characters/],
		[`/?region=${Array.from({ length: 51 }, (_, i) => `r${i}`).join(',')}`, /Too many values for "region": at most 50/],
		['/?actor=%07bell', /is not a valid actor id/],
		['/list?page=0', /"page" must be a page number/],
		['/list?page=-1', /"page" must be a page number/],
		['/list?page=1e3', /"page" must be a page number/],
		['/list?page=99999999999', /"page" must be a page number/],
		['/list?from=2022-02-29&to=2022-03-10', /"from" must be a real date/],
		['/articles/mali-ceasefire?s=9-2', /"s" must be a range of characters written START-END/],
		['/articles/mali-ceasefire?s=-1-5', /"s" must be a range of characters/],
		['/events/x?from=2021-02-30&to=2021-03-01', /"from" must be a real date/],
		['/api/timeline?type=bogus', /Unknown event type "bogus"/],
		['/api/events?from=2021-02-30&to=2021-03-30', /"from" must be a real date/],
		['/api/events?from=2021-09-06&to=2021-09-01', /"from" must come before "to"/],
		['/api/events?limit=1001', /"limit" must be a whole number from 0 to 1000/],
		['/api/events?limit=-5', /"limit" must be a whole number/],
		['/api/events?maxlanes=0', /"maxlanes" must be a whole number from 1 to 40/],
		['/api/events?maxlanes=41', /"maxlanes" must be a whole number from 1 to 40/],
		['/api/events?resolution=nanosecond', /"resolution" must be one of/],
		['/api/events?from=0100-01-01&to=9999-12-31&resolution=day', /makes more than \d+ bins/],
		['/api/density?from=2021-02-30&to=2021-03-30', /"from" must be a real date/],
		['/api/density?from=0100-01-01&to=9999-12-31&resolution=week', /makes more than \d+ bins/],
		['/download/events.csv?from=2021-02-30&to=2021-03-30', /"from" must be a real date/],
		['/download/events.json?to=2021-13-01', /"to" must be a real date/]
	];
	for (const [path, expected] of cases) {
		test(path.slice(0, 80), async ({ request }) => {
			const response = await request.get(path);
			expect(response.status()).toBe(400);
			expect(await message(response)).toMatch(expected);
		});
	}

	test('a page past the end is not found, with the number of events', async ({ request }) => {
		const response = await request.get('/list?page=9999');
		expect(response.status()).toBe(404);
		expect(await message(response)).toMatch(/There is no page 9999: this view has [\d,]+ events/);
	});
});

test.describe('what one request returns is bounded', () => {
	test('a window of events holds at most `limit` marks per lane and `maxlanes` lanes', async ({ request }) => {
		const response = await request.get('/api/events?limit=1&maxlanes=1');
		expect(response.status()).toBe(200);
		const text = await body(response);
		expect(text.length).toBeLessThan(1_000_000);
	});

	test('search text that looks like FTS syntax or SQL is text', async ({ request }) => {
		for (const q of ['"', 'NEAR(', '*', 'a OR b', "'; DROP TABLE events; --", 'title:x', '^x']) {
			const response = await request.get(`/list?q=${encodeURIComponent(q)}`);
			expect(response.status(), q).toBe(200);
			await body(response);
		}
		expect((await request.get('/list')).status()).toBe(200);
	});

	test('an oversized request is refused, and the server goes on', async ({ request }) => {
		const response = await request.get(`/list?q=${'x'.repeat(40_000)}`);
		expect(response.status()).toBeGreaterThanOrEqual(400);
		expect(response.status()).toBeLessThan(500);
		expect((await request.get('/')).status()).toBe(200);
	});

	test('methods a route does not take are refused without a trace', async ({ request }) => {
		for (const path of ['/api/timeline', '/api/events', '/download/events.csv', '/articles/mali-ceasefire', '/']) {
			const response = await request.post(path, { data: { x: 1 }, headers: { origin: 'http://127.0.0.1' } });
			expect(response.status(), path).toBeGreaterThanOrEqual(400);
			expect(response.status(), path).toBeLessThan(500);
			await body(response);
		}
	});
});

test('no combination of hostile parameters makes a route fail or leak', async ({ request }) => {
	const paths = ['/', '/list', '/api/timeline', '/api/events', '/api/density', '/download/events.json', '/download/events.csv', '/articles/mali-ceasefire', '/events/x', '/api/events/x'];
	const keys = ['from', 'to', 'resolution', 'lanes', 'maxlanes', 'limit', 'event', 'type', 'region', 'actor', 'source', 'q', 'page', 's'];
	const values = [
		'', '0', '-1', '1e3', '99999999999', '2021-02-30', '2021-09-06', '2021-09-06T25:00', '0000-01-01', '0100-01-01', '9999-12-31', '99999-01-01',
		'day', 'century', 'region', 'type', '..%2F..', '%00', '"', 'NEAR(', "'; DROP TABLE events; --", '<script>', 'province:af-kan', 'org:taliban',
		'armed-violence', '5-2', '0-99999999', 'x'.repeat(300), 'a,'.repeat(60), '%E2%80%AE', 'NaN', 'Infinity', '1.5'
	];
	let seed = 20_210_906;
	const next = (n: number) => {
		seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
		return seed % n;
	};
	const statuses = new Map<number, number>();
	for (let i = 0; i < 250; i++) {
		const parts = Array.from({ length: 1 + next(4) }, () => `${keys[next(keys.length)]}=${values[next(values.length)].replace(/[ "<>'#&;]/g, encodeURIComponent)}`);
		const url = `${paths[next(paths.length)]}?${parts.join('&')}`;
		const response = await request.get(url, { maxRedirects: 0 });
		expect(response.status(), url).toBeLessThan(500);
		await body(response);
		statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
	}
	// The run covers answers and refusals both.
	expect(statuses.get(200)).toBeGreaterThan(0);
	expect(statuses.get(400)).toBeGreaterThan(0);
});
