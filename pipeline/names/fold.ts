// Keys under which a name is looked up: folded (case, marks, quotes, hyphens, possessives, synonyms),
// without noise words, and a transliterated skeleton on which Kazakh, Russian and English spellings meet.

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

// words that mean the same thing in a name, in the languages of the sources
const SYNONYMS: [RegExp, string][] = [
  [/^(?:province|oblast|oblys|oblysy|область|облысы|облыс)$/, 'region'],
  [/^(?:partiyasy|partiasy|partiia|partiya|партия|партиясы|партии)$/, 'party'],
];
const NOISE_PHRASES = [/\bdemocratic party\b/g, /\bparty\b/g, /\bregion\b/g, /\bthe\b/g];

/** Lower case, no marks, no quotes or punctuation, possessives and plural `s` dropped, synonyms unified. */
export function foldName(name: string): string {
  return foldTokens(name).join(' ');
}

function foldTokens(name: string): string[] {
  return tokenise(name)
    .map((t) => foldWord(t.text))
    .filter((w) => w !== '');
}

const PLAIN_WORD = /^[A-Za-z0-9]*$/;

/** One word folded. A scanner of running text keeps each distinct word's folding itself (names/scanner.ts). */
export function foldWord(word: string): string {
  // most words are plain Latin letters and digits: nothing to decompose, strip or replace
  let folded = PLAIN_WORD.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/ı/g, 'i')
        .replace(/[^\p{L}\p{N}]/gu, '');
  // `People's`, `Peoples` and `People` are one word once the apostrophe is lost, as in PDF text
  // (a Cyrillic с too, so that a name meets its transliteration)
  if (folded.length >= 4 && /[sс]$/.test(folded) && /\p{L}/u.test(folded.at(-2) ?? '')) folded = folded.slice(0, -1);
  return SYNONYMS.find(([pattern]) => pattern.test(folded))?.[1] ?? folded;
}

/** The folded key without words that rarely tell two entities apart: party, democratic party, region, the. */
export function withoutNoise(folded: string): string {
  return NOISE_PHRASES.reduce((key, pattern) => key.replace(pattern, ' '), folded)
    .replace(/\s+/g, ' ')
    .trim();
}

export function transliterate(text: string): string {
  if (!/[\u0400-\u04FF]/.test(text)) return text;
  return [...text]
    .map((ch) => {
      const latin = CYRILLIC_TO_LATIN[ch.toLowerCase()];
      if (latin === undefined) return ch;
      return ch === ch.toLowerCase() ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

/**
 * Where spellings of one name meet: Cyrillic in Latin letters, then gh/g (Manghystau), q/k, j/zh, sh/ş, kh/h/x, y/ı/i,
 * w/u and doubled letters made one. Only for comparing: it reads like no language.
 */
export function skeleton(folded: string): string {
  return transliterate(folded)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/gh/g, 'g')
    .replace(/zh/g, 'j')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/ts/g, 'c')
    .replace(/kh|x|h/g, 'k')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, digits and inner apostrophes), with where they stand. */
export function tokenise(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
