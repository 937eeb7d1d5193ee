import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './htmlText';

/** What a saved web page yields: its main text and what its markup says about the article. */
export interface HtmlPage {
	text: string;
	/** Metadata fields as the page states them, checked later like any other metadata record. */
	fields: { title?: string; published?: string; url?: string; source?: string };
	warnings: string[];
}

/**
 * Readability's time grows with the number of elements times their depth (a page of 1,000 nested divs
 * takes seconds, 3,000 overflow its stack). Past these limits the page's whole text is kept instead.
 */
const MAX_ELEMENTS = 200_000;
const MAX_DEPTH = 400;
const MAX_TOTAL_DEPTH = 1_000_000;

/** Meta tags that state the publication time, in order of trust. */
const PUBLISHED_META = [
	'article:published_time',
	'og:published_time',
	'datepublished',
	'date',
	'pubdate',
	'publishdate',
	'publish-date',
	'publication_date',
	'dc.date.issued',
	'dc.date',
	'dcterms.issued',
	'dcterms.created',
	'sailthru.date',
	'parsely-pub-date'
];

/**
 * Takes the main text out of a saved page with Readability over linkedom (no script runs, nothing is
 * fetched), and its metadata from meta tags, JSON-LD and the canonical link. When Readability finds no
 * article, the whole visible text of the page is kept with a warning, so nothing is lost.
 */
export function readHtmlPage(html: string): HtmlPage {
	const warnings: string[] = [];
	const document = parseDocument(html);
	const meta = metaValues(document);
	const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined;
	const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
	const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();

	let text = '';
	let parsed: ReturnType<Readability<Node>['parse']> = null;
	const shape = treeShape(document);
	try {
		if (shape.elements > MAX_ELEMENTS || shape.maxDepth > MAX_DEPTH || shape.totalDepth > MAX_TOTAL_DEPTH) {
			throw new Error(`the page is too large or too deeply nested (${shape.elements} elements, ${shape.maxDepth} levels deep)`);
		}
		// Readability rewrites the document it is given; the fallback below needs the original, so it reads a copy.
		const copy = parseDocument(html);
		parsed = new Readability<Node>(copy as unknown as Document, { serializer: (node) => node, maxElemsToParse: MAX_ELEMENTS }).parse();
		if (parsed?.content) text = htmlToText(parsed.content as never);
	} catch (e) {
		warnings.push(`the page's main text could not be extracted (${(e as Error).message}); its whole text was kept`);
	}
	if (!text.trim()) {
		if (warnings.length === 0) warnings.push(`no main article text was found in the page; its whole text was kept`);
		text = htmlToText((document.body ?? document.documentElement) as never);
	}

	const title = meta.get('og:title') ?? meta.get('twitter:title') ?? (h1 && pageTitle?.includes(h1) ? h1 : undefined) ?? parsed?.title ?? pageTitle ?? h1;
	const published = PUBLISHED_META.map((k) => meta.get(k)).find((v) => v) ?? parsed?.publishedTime ?? timeElement(document);
	return {
		text,
		fields: {
			title: title || undefined,
			published: published || undefined,
			url: canonical ?? meta.get('og:url'),
			source: meta.get('og:site_name') ?? parsed?.siteName ?? undefined
		},
		warnings
	};
}

/** A full document even for a fragment: linkedom makes a bare `<div>` the root and gives it no body. */
function parseDocument(html: string): Document {
	if (/<html[\s>/]/i.test(html.slice(0, 16_384))) {
		const { document } = parseHTML(html);
		if (document.documentElement?.nodeName === 'HTML') return document as unknown as Document;
	}
	return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

function treeShape(document: Document): { elements: number; maxDepth: number; totalDepth: number } {
	let elements = 0;
	let maxDepth = 0;
	let totalDepth = 0;
	const stack: [Element, number][] = document.documentElement ? [[document.documentElement, 1]] : [];
	while (stack.length > 0) {
		const [el, depth] = stack.pop()!;
		elements++;
		totalDepth += depth;
		if (depth > maxDepth) maxDepth = depth;
		for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
	}
	return { elements, maxDepth, totalDepth };
}

/** `<meta>` values by lower-cased `property`, `name` or `itemprop`, first one winning. */
function metaValues(document: Document): Map<string, string> {
	const values = new Map<string, string>();
	for (const el of Array.from(document.querySelectorAll('meta'))) {
		const content = el.getAttribute('content')?.trim();
		if (!content) continue;
		for (const attr of ['property', 'name', 'itemprop']) {
			const key = el.getAttribute(attr)?.trim().toLowerCase();
			if (key && !values.has(key)) values.set(key, content);
		}
	}
	return values;
}

/** `<time datetime>` marked as the publication time (`pubdate`, `itemprop="datePublished"`). */
function timeElement(document: Document): string | undefined {
	const el = document.querySelector('time[pubdate][datetime], time[itemprop="datePublished" i][datetime]');
	return el?.getAttribute('datetime')?.trim() || undefined;
}

/** The charset a page declares in its first bytes, for pages that are not UTF-8. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	return /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i.exec(head)?.[1];
}
