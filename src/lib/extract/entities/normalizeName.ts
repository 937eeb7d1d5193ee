/**
 * The one normalization that the gazetteer and the matcher share, so that spelling variants of a name
 * meet. It works on a single word (a run of letters and digits, as `nameTokens` cuts them):
 *
 * 1. accents and other marks are dropped and special letters folded: António → antonio, Łódź → lodz,
 *    Straße → strasse, Ærø → aeru;
 * 2. lower case;
 * 3. apostrophes and ayn/hamza signs inside the word are dropped: Sana'a → sanaa, Qur’an → kuran;
 * 4. transliteration folds, in this order: `q` → `k` (Qandahar, Kandahar), `y` → `i` except as the first
 *    letter (Daykundi, Daikundi), `ee` → `i` (Panjsheer, Panjshir), `o` → `u` (so `ou`, `oo`, `o` and `u`
 *    meet: Masoud, Masud; Kondoz, Kunduz);
 * 5. a doubled letter counts once: Massoud → masud; Mohammad and Muhammad → muhamad.
 *
 * What it does not fold, on purpose: `e`/`i` and `e`/`a` (Herat and Hirat, Mohammed and Mohammad stay
 * apart, or Mali would meet Malé); `w`/`v`; `gh`/`q`. Such variants are listed as aliases in the data.
 *
 * Names of several words are joined without separators after dropping the Persian and Pashto connector
 * words (`e`, `i`, `ye`, `y` between two words: Mazar-e Sharif, Mazar-i-Sharif and Mazar Sharif meet),
 * so Lashkar Gah, Lashkar-Gah and Lashkargah meet too.
 */

const SPECIAL_LETTERS: Record<string, string> = {
	ø: 'o',
	Ø: 'o',
	æ: 'ae',
	Æ: 'ae',
	œ: 'oe',
	Œ: 'oe',
	ß: 'ss',
	ẞ: 'ss',
	ł: 'l',
	Ł: 'l',
	đ: 'd',
	Đ: 'd',
	ð: 'd',
	Ð: 'd',
	þ: 'th',
	Þ: 'th',
	ı: 'i',
	ħ: 'h',
	Ħ: 'h'
};

const MARKS = /\p{M}/gu;
const SPECIAL = /[øØæÆœŒßẞłŁđĐðÐþÞıħĦ]/g;
/** Apostrophes, primes and the signs used for ayn and hamza in transliterations. */
const APOSTROPHES = /['’‘ʼʻʾʿ`´]/g;
const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** Connector words of Persian and Pashto compound names, dropped between two words of a name. */
const CONNECTORS = new Set(['e', 'i', 'y', 'ye', 'yi']);

/** True for a word that is only a connector (`e` in "Sar-e Pol") when it stands between two words. */
export function isConnector(word: string): boolean {
	return word.length <= 2 && CONNECTORS.has(word.toLowerCase());
}

/** Strips marks and folds special letters; keeps case. ASCII input is returned as it is. */
export function foldAccents(word: string): string {
	if (ASCII_WORD.test(word)) return word;
	return word
		.normalize('NFKD')
		.replace(MARKS, '')
		.replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
}

const A = 97;
const Z = 122;

/** The normalized form of one word (see the module comment). */
export function normalizeWord(word: string): string {
	const folded = foldAccents(word).toLowerCase().replace(APOSTROPHES, '');
	let out = '';
	let previous = '';
	for (let i = 0; i < folded.length; i++) {
		let c = folded[i];
		const code = c.charCodeAt(0);
		if (code >= A && code <= Z) {
			if (c === 'q') c = 'k';
			else if (c === 'y' && i > 0) c = 'i';
			else if (c === 'e' && folded[i + 1] === 'e') {
				c = 'i';
				i++;
			} else if (c === 'o') c = 'u';
		}
		if (c === previous) continue;
		out += c;
		previous = c;
	}
	return out;
}

/**
 * A readable, stable id part from a name: accents folded, lower case, runs of other characters turned
 * into single hyphens ("Vitali Klitschko" → `vitali-klitschko`, "Hayat Tahrir al-Sham" →
 * `hayat-tahrir-al-sham`). Unlike `normalizeWord` it keeps the spelling, so ids stay legible.
 */
export function slugify(name: string): string {
	return foldAccents(name)
		.toLowerCase()
		.replace(APOSTROPHES, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
