import { foldWord, skeleton, tokenise, type Token } from './fold.ts';
import type { KnownName, Resolution } from './resolver.ts';

export interface Mention {
  start: number;
  end: number;
  text: string;
  resolution: Resolution;
}

/** Short skeletons (`adal`, `auil`) would match common words by accident; only longer ones are looked for in running text. */
const MIN_SKELETON_IN_TEXT = 5;
// a run of capitalised words ending in Party or Movement names an organisation, known or not
const NAME_GAP = /^[\s\-–"“”'’«»]*,?[\s"“”'’«»]*$/;
const PARTY_LIKE = /(?:[\p{Lu}][\p{L}'’-]*\s+){1,5}(?:Party|Movement)\b/gu;

/** What the scan needs of a word, worked out once per distinct word. */
interface WordKeys {
  folded: string;
  skeleton: string;
  /** The word as an exact key (without a possessive `'s`). */
  exact: string;
  /** Whether a name can start with this word: most words of running text cannot, and are passed over at once. */
  starts: boolean;
}

interface ScannedToken extends Token {
  keys: WordKeys;
}

/** Phrases and every run of words they start with, so a scan stops extending as soon as no name can follow. */
class PhraseSet {
  private readonly whole = new Set<string>();
  private readonly prefixes = new Set<string>();

  add(words: string[], join: (parts: string[]) => string): void {
    for (let n = 1; n < words.length; n++) this.prefixes.add(join(words.slice(0, n)));
    this.whole.add(join(words));
  }

  has = (key: string) => this.whole.has(key);
  continues = (key: string) => this.prefixes.has(key);
}

const joinWords = (parts: string[]) => parts.join(' ');

/** The one name a span of text is looked up as: the resolver's, or the names normalise recorded for a source. */
export type Lookup = (name: string) => Resolution;

/** Names in running text, each resolved by the lookup given. */
export type Scanner = (text: string, lookup: Lookup) => Mention[];

/**
 * Finds the registry's names in running text, longest first: exact abbreviations (case kept), folded
 * names and, for longer names, transliterated skeletons; the lookup has the last word on each.
 * Translations are left out: `fair` in a sentence is a word, not the party Adal.
 */
export function buildScanner(names: KnownName[]): Scanner {
  const exact = new PhraseSet();
  const folded = new PhraseSet();
  const skeletons = new PhraseSet();
  for (const name of names) {
    const tokens = tokenise(name.text);
    if (name.kind === 'translation' || tokens.length === 0) continue;
    if (name.kind === 'abbreviation') {
      exact.add(
        tokens.map((t) => t.text),
        joinWords,
      );
      continue;
    }
    const words = tokens.map((t) => foldWord(t.text));
    folded.add(words, joinWords);
    // word by word, so that `Nursultan` (a man) does not meet `Nur-Sultan` (a city) in running text
    const shapes = words.map(skeleton);
    if (shapes.join('').length >= MIN_SKELETON_IN_TEXT) skeletons.add(shapes, joinWords);
  }

  // running text repeats its words: fold and transliterate each distinct word once, and say once whether a name starts with it
  const wordKeys = new Map<string, WordKeys>();
  const startsName = (set: PhraseSet, key: string) => set.has(key) || set.continues(key);
  const scanned = (token: Token): ScannedToken => {
    let keys = wordKeys.get(token.text);
    if (!keys) {
      const foldedWord = foldWord(token.text);
      const shape = skeleton(foldedWord);
      const exactWord = token.text.replace(/['’]s$/, '');
      const starts = startsName(exact, exactWord) || startsName(folded, foldedWord) || startsName(skeletons, shape);
      keys = { folded: foldedWord, skeleton: shape, exact: exactWord, starts };
      wordKeys.set(token.text, keys);
    }
    return { text: token.text, start: token.start, end: token.end, keys };
  };

  function longestMatchAt(
    text: string,
    tokens: ScannedToken[],
    i: number,
    lookup: Lookup,
  ): { length: number; mention: Mention } | null {
    let best = null;
    // the keys of the words from i on, grown a word at a time
    let exactKey = '';
    let foldedKey = '';
    let skeletonKey = '';
    for (let n = 1; i + n <= tokens.length; n++) {
      const token = tokens[i + n - 1]!;
      // a name runs on over spaces, hyphens, quotes and a comma (`Oyan, Qazaqstan`), never over a bracket or full stop
      if (n > 1 && !NAME_GAP.test(text.slice(tokens[i + n - 2]!.end, token.start))) break;
      const sep = n > 1 ? ' ' : '';
      exactKey += sep + token.keys.exact;
      foldedKey += sep + token.keys.folded;
      skeletonKey += sep + token.keys.skeleton;
      if (exact.has(exactKey) || folded.has(foldedKey) || skeletons.has(skeletonKey)) {
        const end = token.end;
        // a quote closed inside the name (`"Aq Jol" Democratic Party`) was opened just before it
        const first = tokens[i]!.start;
        const start = first - (/^["“«]$/.test(text[first - 1] ?? '') && /["”»]/.test(text.slice(first, end)) ? 1 : 0);
        const resolution = lookup(text.slice(start, end));
        if (resolution.id) best = { length: n, mention: { start, end, text: text.slice(start, end), resolution } };
      }
      if (!exact.continues(exactKey) && !folded.continues(foldedKey) && !skeletons.continues(skeletonKey)) break;
    }
    return best;
  }

  return (text: string, lookup: Lookup) => {
    const tokens = tokenise(text).map(scanned);
    const mentions: Mention[] = [];
    for (let i = 0; i < tokens.length;) {
      const found = tokens[i]!.keys.starts ? longestMatchAt(text, tokens, i, lookup) : null;
      if (found) mentions.push(found.mention);
      i += found ? found.length : 1;
    }
    return mentions;
  };
}

/** Party-like names in a text that no mention covers: reported as unresolved, with suggestions. */
export function unknownPartyNames(text: string, mentions: Mention[], lookup: Lookup): Mention[] {
  const unknown: Mention[] = [];
  for (const match of text.matchAll(PARTY_LIKE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    const name = match[0].replace(/^(?:The|A|An)\s+/, '');
    unknown.push({ start: end - name.length, end, text: name, resolution: lookup(name) });
  }
  return unknown;
}
