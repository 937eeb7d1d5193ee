/** Elements that start a new paragraph in the text a reader sees. */
const BLOCKS = new Set(
	'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr ul'.split(' ')
);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set('script style noscript template iframe object embed svg canvas head button input select textarea option meta link'.split(' '));

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface DomNode {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	childNodes: ArrayLike<DomNode>;
}

/**
 * The text of a DOM subtree as a reader sees it: blocks become paragraphs separated by a blank line,
 * `<br>` a line break, list items bulleted lines, inline whitespace collapsed, scripts and styles left out.
 * Walks with an explicit stack so that absurdly deep markup cannot overflow the call stack.
 */
export function htmlToText(root: DomNode): string {
	const paragraphs: string[] = [];
	let inline = '';
	const flush = () => {
		const text = inline
			.split('\n')
			.map((l) => l.replace(/[ \t\r\f]+/g, ' ').trim())
			.join('\n')
			.replace(/^\n+|\n+$/g, '');
		if (text) paragraphs.push(text);
		inline = '';
	};
	type Step = { node: DomNode; exit: boolean; pre: number };
	const stack: Step[] = [{ node: root, exit: false, pre: 0 }];
	while (stack.length > 0) {
		const { node, exit, pre } = stack.pop()!;
		const name = node.nodeName.toLowerCase();
		if (exit) {
			if (BLOCKS.has(name)) flush();
			continue;
		}
		if (node.nodeType === TEXT_NODE) {
			const value = node.nodeValue ?? '';
			inline += pre > 0 ? value.replace(/\r\n?/g, '\n') : value.replace(/[\r\n]+/g, ' ');
			continue;
		}
		if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
		if (HIDDEN.has(name)) continue;
		if (name === 'br') {
			inline += '\n';
			continue;
		}
		if (BLOCKS.has(name)) flush();
		if (name === 'li') inline += '• ';
		if (name === 'td' || name === 'th') inline += '\t';
		stack.push({ node, exit: true, pre });
		const children = node.childNodes;
		const childPre = pre + (name === 'pre' ? 1 : 0);
		for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false, pre: childPre });
	}
	flush();
	return paragraphs.join('\n\n');
}
