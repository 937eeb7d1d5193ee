/**
 * Filter menus as indented lists: regions under their parents (a province's districts under it), actors
 * under their group. Entries with no matching events are left out unless they are selected or lead to
 * one that is not; the counts are the store's (a region counts its districts' events).
 */
export interface FacetNode {
	id: string;
	name: string;
	count: number;
	parent?: string;
}

export interface FacetItem {
	id: string;
	name: string;
	count: number;
	depth: number;
}

export function facetTree(nodes: FacetNode[], selected: readonly string[] = []): FacetItem[] {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const keep = new Set<string>();
	const visit = (id: string) => {
		const seen = new Set<string>();
		for (let n = byId.get(id); n && !keep.has(n.id) && !seen.has(n.id); n = n.parent ? byId.get(n.parent) : undefined) {
			seen.add(n.id);
			keep.add(n.id);
		}
	};
	for (const n of nodes) if (n.count > 0 || selected.includes(n.id)) visit(n.id);
	const children = new Map<string, FacetNode[]>();
	const roots: FacetNode[] = [];
	for (const n of nodes) {
		if (!keep.has(n.id)) continue;
		if (n.parent && keep.has(n.parent) && n.parent !== n.id) children.set(n.parent, [...(children.get(n.parent) ?? []), n]);
		else roots.push(n);
	}
	const order = (a: FacetNode, b: FacetNode) => b.count - a.count || a.name.localeCompare(b.name, 'en');
	const out: FacetItem[] = [];
	const placed = new Set<string>();
	const walk = (n: FacetNode, depth: number) => {
		if (placed.has(n.id)) return;
		placed.add(n.id);
		out.push({ id: n.id, name: n.name, count: n.count, depth });
		for (const c of (children.get(n.id) ?? []).sort(order)) walk(c, depth + 1);
	};
	for (const r of roots.sort(order)) walk(r, 0);
	// Anything caught in a cycle of parents still gets listed.
	for (const n of nodes) if (keep.has(n.id) && !placed.has(n.id)) walk(n, 0);
	return out;
}
