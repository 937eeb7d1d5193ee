import { expect, test, type Page } from '@playwright/test';
import { WINDOWED_EVENTS, windowedURL } from '../playwright.config';

/**
 * The timeline over a store too large to hold whole (scripts/serve-test.ts --events N): the page carries
 * counts and facets only, and the timeline draws from windows of the store (`/api/events`) as it moves,
 * with the overview from `/api/density` and large stacks listed from `/api/stack`.
 */
test.use({ baseURL: windowedURL });

const plot = (page: Page) => page.locator('.plot');
const drawn = async (page: Page) => Number(await plot(page).getAttribute('data-drawn'));
const span = async (page: Page) => Number(await plot(page).getAttribute('data-to')) - Number(await plot(page).getAttribute('data-from'));

async function open(page: Page, path = '/') {
	const windows: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/api/events?')) windows.push(r.url());
	});
	await page.goto(path);
	await expect(plot(page)).toBeVisible();
	await expect.poll(() => drawn(page)).toBeGreaterThan(0);
	return windows;
}

test('a large store is drawn from windows, with every event counted somewhere', async ({ page }, testInfo) => {
	const html = await (await page.request.get('/')).text();
	// The page itself does not carry the events.
	expect(html.length).toBeLessThan(400_000);
	const windows = await open(page);
	expect(windows.length).toBeGreaterThan(0);
	await expect(page.locator('.filters .matched strong')).toHaveText(WINDOWED_EVENTS.toLocaleString('en'));
	await expect(page.locator('.lane-column li')).toHaveCount(5);
	await expect(page.locator('.overview path.density')).toHaveAttribute('d', /^M/);
	// Fit all: every dated event is in view, one by one, in a stack or in a bin.
	await page.getByRole('button', { name: /Fit all/ }).click();
	const undated = Number((await page.locator('.tray .n').innerText()).replace(/,/g, ''));
	await expect.poll(() => drawn(page)).toBe(WINDOWED_EVENTS - undated);
	await page.screenshot({ path: testInfo.outputPath('windowed-desktop.png') });
});

test('zooming asks for new windows and comes down to single events', async ({ page }) => {
	const windows = await open(page, '/?from=2021-06-01&to=2021-10-01');
	const asked = windows.length;
	const box = (await plot(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	// Zooming in at the finest bins draws from the window in hand; zooming out to years needs another.
	const before = await span(page);
	for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -240);
	await expect.poll(() => span(page)).toBeLessThan(before / 5);
	await expect.poll(() => drawn(page)).toBeGreaterThan(0);
	for (let i = 0; i < 24; i++) await page.mouse.wheel(0, 240);
	await expect.poll(() => span(page)).toBeGreaterThan(before * 20);
	await expect.poll(() => windows.length).toBeGreaterThan(asked);
	await expect.poll(() => drawn(page)).toBeGreaterThan(1000);
	// Down at a few days, filtered to one district, events are drawn apart with their titles.
	await page.goto('/?region=district:syn-1-2-3&from=2021-08-01&to=2021-08-20');
	await expect(page.locator('.labels .label').first()).toBeVisible();
	const label = page.locator('.labels .label').first();
	const b = (await label.boundingBox())!;
	await page.mouse.click(b.x + Math.min(20, b.width / 2), b.y + b.height / 2);
	const list = page.locator('.stack[role="dialog"]');
	if (await list.isVisible()) await list.getByRole('button').nth(1).click();
	await expect(page.locator('.panel h2')).toBeVisible();
	await expect(page.locator('.panel .sources li').first()).toBeVisible();
});

test('a stack of many events at one time lists them all on demand', async ({ page }) => {
	// Lanes tall enough for a row of long spans above their bins.
	await page.setViewportSize({ width: 1440, height: 1100 });
	await open(page);
	await page.getByRole('button', { name: /Fit all/ }).click();
	// The decades' events are bars with their count; the keyboard list names each stack.
	const stack = page.locator('.keys button[aria-haspopup="dialog"]');
	await expect.poll(() => stack.count()).toBeGreaterThan(0);
	const names = await stack.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
	const big = names.findIndex((n) => Number(/^([\d,]+) events/.exec(n)?.[1].replace(/,/g, '') ?? 0) > 3);
	expect(big).toBeGreaterThanOrEqual(0);
	const size = Number(/^([\d,]+) events/.exec(names[big])![1].replace(/,/g, ''));
	await stack.nth(big).evaluate((b: HTMLElement) => b.click());
	const dialog = page.locator('.stack[role="dialog"]');
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('header')).toContainText(`${size} events`);
	await expect(dialog.locator('li')).toHaveCount(Math.min(size, 100));
});

test('filters recount from the store and regroup the lanes', async ({ page }) => {
	await open(page);
	await page.goto('/?region=country:syn-2');
	await expect(page.locator('.chips')).toContainText('Region');
	const matched = Number((await page.locator('.filters .matched strong').innerText()).replace(/,/g, ''));
	expect(matched).toBeGreaterThan(0);
	expect(matched).toBeLessThan(WINDOWED_EVENTS);
	// One country: its provinces are the lanes.
	await expect.poll(() => page.locator('.lane-column li').count()).toBeGreaterThan(1);
	await expect.poll(() => drawn(page)).toBeGreaterThan(0);
});

test('a permalink opens its event in view, wherever it lies', async ({ page }) => {
	const wire = await (await page.request.get('/api/timeline?offset=3000&limit=1')).json();
	const id = wire.rows[0][0] as string;
	await open(page, `/events/${id}`);
	await expect(page.locator('.panel h2')).toBeVisible();
	await expect(plot(page)).toHaveAttribute('data-selected-visible', 'true');
});

test('the window endpoints refuse bad queries with a clear message, and stay bounded', async ({ request }) => {
	for (const [query, message] of [
		['/api/events?from=2021-02-29&to=2021-03-10', '"from" must be a real date'],
		['/api/events?resolution=fortnight', '"resolution" must be one of'],
		['/api/events?from=1980-01-01&to=2030-01-01&resolution=day', 'more than 4000 bins'],
		['/api/events?limit=-1', '"limit" must be a whole number'],
		['/api/events?lanes=colour', '"lanes" must be one of'],
		['/api/events?type=weather', 'Unknown event type'],
		['/api/density?from=2021-01-01&to=2020-01-01', '"from" must come before "to"'],
		['/api/stack', '"event" must name'],
		['/api/timeline?limit=100000', '"limit" must be a whole number']
	]) {
		const response = await request.get(query);
		expect(response.status(), query).toBe(400);
		expect((await response.json()).message, query).toContain(message);
	}
	const page = await (await request.get('/api/timeline')).json();
	expect(page.rows.length).toBeLessThanOrEqual(10_000);
	expect(page.total).toBeGreaterThan(page.rows.length - 1);
});

test('a 375 px phone draws the large store too', async ({ browser }, testInfo) => {
	const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await open(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await page.screenshot({ path: testInfo.outputPath('windowed-phone.png') });
	await context.close();
});
