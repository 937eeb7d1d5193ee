/** The name of a path without its folders: `seeds/000_x.txt` → `000_x.txt`. */
export function baseName(path: string): string {
	return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The extension, lower-cased, with its dot: `.txt`, `.jsonl`; empty for none. A sidecar's is `.meta.json`. */
export function extensionOf(path: string): string {
	const name = baseName(path).toLowerCase();
	if (name.endsWith('.meta.json')) return '.meta.json';
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot) : '';
}

/** The name without folders or extension: `seeds/000_x.txt` → `000_x`. */
export function stemOf(path: string): string {
	const name = baseName(path);
	const ext = extensionOf(path);
	return ext ? name.slice(0, name.length - ext.length) : name;
}
