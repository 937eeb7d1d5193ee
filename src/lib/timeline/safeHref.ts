/**
 * A link target taken from article metadata, or null. Only http(s) URLs are links: a `javascript:` or
 * `data:` URL in a scraped page's metadata must never become something a reader can click.
 */
export function safeHref(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url.trim());
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	} catch {
		return null;
	}
}
