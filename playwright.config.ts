import { defineConfig } from '@playwright/test';

const port = Number(process.env.TEST_PORT ?? 4173);
/** A second server on a synthetic store too large to load whole: the timeline draws it from windows. */
export const WINDOWED_EVENTS = 20_000;
export const windowedURL = `http://127.0.0.1:${port + 1}`;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results/artifacts',
	timeout: 30_000,
	expect: { timeout: 10_000 },
	// The machine is shared: one browser at a time keeps the timings honest.
	workers: 1,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		headless: true,
		screenshot: 'only-on-failure',
		launchOptions: {
			// Debian's Chromium: no tool downloads a browser of its own.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	// Started one after the other: the first builds the app if it is stale, the second finds it built.
	webServer: [
		{
			command: 'tsx scripts/serve-test.ts',
			url: `http://127.0.0.1:${port}/`,
			env: { PORT: String(port) },
			reuseExistingServer: false,
			timeout: 240_000,
			stdout: 'pipe'
		},
		{
			command: `tsx scripts/serve-test.ts --events ${WINDOWED_EVENTS}`,
			url: `${windowedURL}/`,
			env: { PORT: String(port + 1) },
			reuseExistingServer: false,
			timeout: 240_000,
			stdout: 'pipe'
		}
	]
});
