import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The timeline app over the seed corpus (scripts/serve-test.ts ingests it). Marks are drawn on a canvas,
 * so the tests read the plot's data attributes (the window, how many events the frame shows) and the
 * keyboard's list of what is in view, which is what a screen reader reads too.
 */

const plot = (page: Page) => page.locator('.plot');

async function windowOf(page: Page): Promise<[number, number]> {
	const p = plot(page);
	return [Number(await p.getAttribute('data-from')), Number(await p.getAttribute('data-to'))];
}

async function drawn(page: Page): Promise<number> {
	return Number(await plot(page).getAttribute('data-drawn'));
}

async function open(page: Page, path = '/') {
	await page.goto(path);
	await expect(plot(page)).toBeVisible();
	await expect.poll(() => drawn(page)).toBeGreaterThan(0);
}

/**
 * Zooms into the first count the timeline shows, again and again, until `wanted` is in the page (at most
 * ten times). The keys are visually hidden buttons: one is pressed as the keyboard would, then the list
 * is awaited until it follows the new view (it is rebuilt once the view has rested and the page is idle).
 */
async function zoomIntoCountsUntil(page: Page, wanted: Locator) {
	for (let i = 0; i < 10 && (await wanted.count()) === 0; i++) {
		const bin = plot(page).locator('.keys button:not([data-event-id]):not([aria-haspopup])').first();
		const key = await bin.getAttribute('data-key');
		await bin.evaluate((b: HTMLElement) => b.click());
		await expect
			.poll(async () => (await wanted.count()) > 0 || (await plot(page).locator(`.keys button[data-key="${key}"]`).count()) === 0, { timeout: 5_000 })
			.toBe(true);
	}
}

/** Clicks the first event label the timeline drew (labels let the pointer through to the plot). */
async function clickFirstLabel(page: Page) {
	const label = page.locator('.labels .label').first();
	await zoomIntoCountsUntil(page, label);
	await expect(label).toBeVisible();
	const box = (await label.boundingBox())!;
	await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
}

/** Opens the panel of some event in view: a label, or the first event of a stack. */
async function openSomeEvent(page: Page) {
	await clickFirstLabel(page);
	const list = page.locator('.stack[role="dialog"]');
	if (await list.isVisible()) await list.getByRole('button').nth(1).click();
	await expect(page.locator('.panel h2')).toBeVisible();
}

test('the page loads the seeds’ events', async ({ page }, testInfo) => {
	await open(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Dateline/);
	const count = await page.locator('.filters .matched strong').innerText();
	expect(Number(count.replace(/,/g, ''))).toBeGreaterThan(20);
	await expect(page.locator('.lane-column li').first()).toContainText(/Afghanistan|Panjshir|Kabul|Herat/);
	await expect.poll(() => page.locator('.keys button').count()).toBeGreaterThan(3);
	await page.screenshot({ path: testInfo.outputPath('timeline-desktop.png') });
});

test('the wheel and the zoom buttons change the visible window', async ({ page }) => {
	await open(page);
	const [a0, b0] = await windowOf(page);
	const box = (await plot(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -600);
	await expect.poll(async () => (await windowOf(page))[1] - (await windowOf(page))[0]).toBeLessThan((b0 - a0) * 0.8);
	const [a1, b1] = await windowOf(page);
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await expect.poll(async () => (await windowOf(page))[1] - (await windowOf(page))[0]).toBeGreaterThan((b1 - a1) * 1.5);
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect.poll(async () => (await windowOf(page))[1] - (await windowOf(page))[0]).toBeLessThan((b1 - a1) * 0.8);
	await page.getByRole('button', { name: /Fit all/ }).click();
	await expect.poll(async () => (await windowOf(page))[1] - (await windowOf(page))[0]).toBeGreaterThan(b0 - a0);
	// The window settles into the URL, so the view can be shared.
	await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
});

test('filtering by a region and by an actor updates the URL, the counts and the marks', async ({ page }) => {
	await open(page, '/?from=1990-01-01&to=2023-06-01');
	const before = await drawn(page);
	const total = await page.locator('.filters .matched strong').innerText();

	await page.locator('summary', { hasText: 'Region' }).click();
	const region = page.locator('.pop .option').filter({ hasText: /Panjshir|Kabul|Herat|Kandahar/ }).first();
	const regionName = (await region.locator('.name').innerText()).trim();
	await region.locator('input').check();
	await expect(page).toHaveURL(/region=/);
	await expect(page.locator('.filters .matched')).toContainText(`of ${total} events`);
	await expect(page.locator('.chips')).toContainText(regionName);
	await expect.poll(() => drawn(page)).toBeLessThan(before);
	const withRegion = await drawn(page);

	await page.keyboard.press('Escape');
	await page.locator('summary', { hasText: 'Actor' }).click();
	await page.locator('.pop .option').filter({ hasText: 'Taliban' }).first().locator('input').check();
	await expect(page).toHaveURL(/region=.*actor=/);
	await expect.poll(() => drawn(page)).toBeLessThanOrEqual(withRegion);
	const matched = Number((await page.locator('.filters .matched strong').innerText()).replace(/,/g, ''));
	expect(matched).toBeGreaterThan(0);
	expect(matched).toBeLessThan(Number(total.replace(/,/g, '')));

	// Back undoes the actor, then the region.
	await page.goBack();
	await expect(page).not.toHaveURL(/actor=/);
	await expect(page).toHaveURL(/region=/);
	await page.goBack();
	await expect(page).not.toHaveURL(/region=/);
	await expect(page.locator('.filters .matched strong')).toHaveText(total);
});

test('Back and Forward return to the window each view had settled on', async ({ page }) => {
	await open(page, '/?from=1990-01-01&to=2023-06-01');
	const span = async () => {
		const [a, b] = await windowOf(page);
		return b - a;
	};
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect(page).not.toHaveURL(/from=1990-01-01/);
	const zoomed = await span();

	await page.locator('summary', { hasText: 'Region' }).click();
	await page.locator('.pop .option').first().locator('input').check();
	await expect(page).toHaveURL(/region=/);
	const filtered = page.url();
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
	await expect.poll(span).toBeGreaterThan(zoomed * 2);
	const zoomedOut = await span();
	// The zoomed-out window is written into the entry quietly, once the view rests.
	await expect.poll(() => page.url()).not.toBe(filtered);

	await page.goBack();
	await expect(page).not.toHaveURL(/region=/);
	await expect.poll(span).toBeLessThan(zoomed * 1.1);
	await page.goForward();
	await expect(page).toHaveURL(/region=/);
	await expect.poll(span).toBeGreaterThan(zoomedOut * 0.9);
});

test('selecting an event opens its panel, and its permalink opens it in a fresh page', async ({ page, context }, testInfo) => {
	await open(page);
	await openSomeEvent(page);
	await expect(page).toHaveURL(/event=e[0-9a-z]+/);
	const title = await page.locator('.panel h2').innerText();
	await expect(page.locator('.panel .when')).toContainText(/day|week|month|year|decade|hour/);
	await expect(page.locator('.panel .sources li').first()).toBeVisible();
	await page.screenshot({ path: testInfo.outputPath('panel-desktop.png') });

	const permalink = await page.locator('#permalink').inputValue();
	expect(permalink).toMatch(/\/events\/e[0-9a-z]+$/);
	const fresh = await context.newPage();
	const response = await fresh.goto(permalink);
	expect(response?.status()).toBe(200);
	await expect(fresh.locator('.panel h2')).toHaveText(title);
	await expect(fresh.locator('link[rel="canonical"]')).toHaveAttribute('href', permalink);
	await expect(fresh.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
	await expect(fresh.locator('meta[property="og:description"]')).toHaveAttribute('content', /.+/);
	await expect(fresh.locator('.plot')).toHaveAttribute('data-selected-visible', 'true');

	// The server renders the event without scripts: title, date and quote are in the HTML.
	const html = await (await fresh.request.get(permalink)).text();
	expect(html).toMatch(/class="when[ "]/);
	expect(html).toContain('<blockquote');

	// Escape closes the panel and takes the event out of the URL.
	await page.keyboard.press('Escape');
	await expect(page.locator('.panel')).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
});

test('an unknown event gives a 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/events/e0000000000');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByRole('link', { name: 'Back to the timeline' })).toBeVisible();
	expect((await page.goto('/articles/..%2F..%2Fetc%2Fpasswd'))?.status()).toBe(404);
	expect((await page.goto('/?from=2022-02-29'))?.status()).toBe(400);
	await expect(page.locator('.message')).toContainText('"from" must be a real date');
});

test('the article view highlights the mention the panel links to', async ({ page }, testInfo) => {
	await open(page);
	await openSomeEvent(page);
	const source = page.locator('.panel .sources li').first();
	const quote = (await source.locator('blockquote').innerText()).trim();
	await source.locator('.source a').click();
	await expect(page).toHaveURL(/\/articles\/[^?]+\?s=\d+-\d+#s\d+/);
	await expect(page.locator('.text .mention').first()).toBeVisible();
	const target = page.locator('.text .target');
	await expect(target.first()).toBeVisible();
	const targetText = (await target.allInnerTexts()).join('');
	expect(targetText.replace(/\s+/g, ' ').trim()).toBe(quote.replace(/\s+/g, ' '));
	await expect(page.locator('.text .timex').first()).toHaveAttribute('data-tip', /.+/);
	await page.screenshot({ path: testInfo.outputPath('article-desktop.png') });
});

test('the keyboard reaches an event and opens it', async ({ page }) => {
	await open(page);
	await plot(page).focus();
	await page.keyboard.press('+');
	await page.keyboard.press('-');
	await expect.poll(() => page.locator('.keys button').count()).toBeGreaterThan(0);
	await page.keyboard.press('Tab');
	const focused = page.locator('.keys button:focus');
	await expect(focused).toHaveAttribute('aria-label', /.+/);
	// The first item may be a stack of events at one time, or a cluster; go on to an event.
	for (let i = 0; i < 40 && (await focused.getAttribute('data-event-id')) === null; i++) await page.keyboard.press('Tab');
	const id = await focused.getAttribute('data-event-id');
	expect(id).toMatch(/^e/);
	await expect(page.locator('.tooltip')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	await expect(page.locator('.panel h2')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.locator('.panel')).toHaveCount(0);
	await expect(page.locator(`.keys button[data-event-id="${id}"]`)).toBeFocused();
});

test('a 375 px phone: the timeline fits, and the panel is a bottom sheet', async ({ browser }, testInfo) => {
	const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await open(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await page.screenshot({ path: testInfo.outputPath('timeline-phone.png') });
	// An event opened from its key, zooming into counts until one stands apart (labels are few at this
	// width; the desktop tests click them).
	const key = plot(page).locator('.keys button[data-event-id]').first();
	await zoomIntoCountsUntil(page, key);
	await key.evaluate((b: HTMLElement) => b.click());
	await expect(page.locator('.panel h2')).toBeVisible();
	const sheet = page.locator('aside.panel');
	const box = (await sheet.boundingBox())!;
	expect(box.width).toBeGreaterThanOrEqual(370);
	expect(box.y + box.height).toBeGreaterThanOrEqual(811);
	await page.screenshot({ path: testInfo.outputPath('panel-phone.png') });
	await context.close();
});

test('the list view reads on a 375 px phone without scrolling sideways', async ({ browser }, testInfo) => {
	const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto('/list');
	const wrap = page.locator('.table-wrap');
	await expect(wrap).toBeVisible();
	expect(await wrap.evaluate((w) => w.scrollWidth <= w.clientWidth)).toBe(true);
	await expect(page.locator('tbody tr').first().locator('td[data-label="Sources"]')).toBeInViewport();
	await page.screenshot({ path: testInfo.outputPath('list-phone.png') });
	await context.close();
});

test('the list view shows the same events in order, with downloads', async ({ page }) => {
	await page.goto('/list');
	const rows = page.locator('tbody tr');
	await expect(rows.first()).toBeVisible();
	expect(await rows.count()).toBeGreaterThan(10);
	const csv = await page.request.get('/download/events.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect((await csv.text()).split('\r\n')[0]).toContain('event_id');
	const json = await (await page.request.get('/download/events.json')).json();
	expect(json.events.length).toBeGreaterThan(10);
});
