import type { BoilerplateKind } from './boilerplateKind';
import { isProse, type LineShape } from './lineShape';

/**
 * What a line is by its own shape, wherever it stands: the rules that need no context. Each rule looks at
 * the form of the line (length, punctuation, separators, a credit or counter pattern), so it applies to
 * any site; words it knows are the generic vocabulary of web pages (share, comment, photo, by), never
 * names or phrases of particular articles.
 */
export function localLineKind(shape: LineShape): BoilerplateKind | null {
	if (shape.blank) return shape.filler ? 'filler' : null;
	const text = shape.content;
	if (isCaption(text, shape)) return 'caption';
	if (isCommentCounter(text, shape)) return 'comments';
	if (isShareLine(text, shape)) return 'share';
	if (isByline(text, shape)) return 'byline';
	if (isTeaserLink(text, shape)) return 'teaser';
	if (isBreadcrumb(text, shape)) return 'breadcrumb';
	return null;
}

/** A credit keyword standing at the start of the line or after a separator: "… | Photo: AFP", "(Image: Reuters)". */
const CREDIT = /(?:^|[|(\[–—•·]\s*|\s-\s*)(?:file\s+)?(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|video|courtesy|graphic)\s*(?::|by\s+\p{Lu})/iu;
const COPYRIGHT = /©|\(c\)\s*\d{4}|^copyright\b/i;
const MARKDOWN_IMAGE = /^!\[[^\]\n]{0,500}\]\(/;

function isCaption(text: string, shape: LineShape): boolean {
	if (MARKDOWN_IMAGE.test(text)) return true;
	if (shape.words > 60) return false;
	return CREDIT.test(text) || (shape.words <= 20 && COPYRIGHT.test(text));
}

const COUNT_OF_COMMENTS = /^(?:\d+|no|zero|one)\s+(?:comments?|replies|responses)\b|\bwith\s+(?:\d+|no)\s+comments?\b/i;
const COMMENTS_HEADER = /^(?:comments?|replies|responses|discussion)\s*[(\[:]?\s*\d*\s*[)\]]?$/i;
const COMMENT_ACTION = /^(?:leave|add|post|write|view|show|load|see|read|hide|join)\s+(?:a\s+|all\s+|the\s+|your\s+)?(?:\d+\s+)?(?:comments?|reply|replies|discussion)\b/i;

function isCommentCounter(text: string, shape: LineShape): boolean {
	if (shape.words > 7) return false;
	return COUNT_OF_COMMENTS.test(text) || COMMENTS_HEADER.test(text) || COMMENT_ACTION.test(text);
}

/** Sharing widgets name networks and actions; a line made only of such words is a button row. */
const SHARE_WORDS = new Set(
	'share shares sharing tweet email e mail print whatsapp facebook twitter x linkedin telegram reddit pinterest messenger google plus copy link save this article story page on via sms vk flipboard tumblr viber line wechat weibo pocket bluesky threads mastodon the by to with'.split(' ')
);
const SHARE_ACTIONS = new Set('share shares sharing tweet email print whatsapp facebook twitter linkedin telegram reddit pinterest messenger google copy vk flipboard tumblr viber wechat weibo pocket bluesky mastodon'.split(' '));

function isShareLine(text: string, shape: LineShape): boolean {
	if (shape.words > 6 || (shape.terminal && !text.endsWith(':'))) return false;
	const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	return words.length > 0 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => SHARE_ACTIONS.has(w));
}

const BYLINE = /^(?:by|written\s+by|posted\s+by|words\s+by|author|authors|reporter)\b\s*:?\s*[\p{Lu}@]/iu;
const REPORTING_CREDIT = /^\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|translation|edited)\s+by\b/i;
/** An author box heading: "About admin", "About Jane Doe". */
const ABOUT_AUTHOR = /^about\s+\S+(?:\s+\S+){0,2}$/i;

function isByline(text: string, shape: LineShape): boolean {
	if (REPORTING_CREDIT.test(text) && shape.words <= 30) return true;
	if (shape.words > 10 || (shape.terminal && !text.endsWith(':'))) return false;
	return BYLINE.test(text) || (ABOUT_AUTHOR.test(text) && !shape.terminal);
}

/** "Read more: …", "ALSO READ: …", "Related: …": a link to another article, with its headline. */
const TEASER_LINK = /^(?:(?:also|further|more|related|recommended|suggested)\s+)?(?:read|see|watch|listen|related|recommended|trending|popular|latest|more)(?:\s+(?:also|more|on|stories|articles|news|this))?\s*[:|>»–—-]\s*\S/i;

function isTeaserLink(text: string, shape: LineShape): boolean {
	return shape.words <= 25 && TEASER_LINK.test(text);
}

const BREADCRUMB_SEPARATORS = [' / ', ' > ', ' » ', ' › ', ' | ', ' → ', ' :: ', ' \\ '];

/** "Home / Latest Updates / Headline", "News > Afghanistan": short segments joined by one separator. */
function isBreadcrumb(text: string, shape: LineShape): boolean {
	if (isProse(shape) || shape.words > 30) return false;
	for (const separator of BREADCRUMB_SEPARATORS) {
		if (!text.includes(separator)) continue;
		const segments = text.split(separator).map((s) => s.trim());
		if (segments.length < 2 || segments.some((s) => s.length === 0)) continue;
		const words = segments.map((s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length);
		const firstMax = separator === ' | ' ? 2 : 3;
		if (words[0] <= firstMax && words.every((w) => w >= 1 && w <= 12) && !/[.!?]$/.test(segments[0])) return true;
	}
	return false;
}
