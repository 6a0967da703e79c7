// Respelling a text through the names the registry knows: each party and region (the country aside)
// is written, throughout one document, in one of its Latin-script spellings (English name, Kazakh
// transliteration, aliases), so every respelled name still resolves to the same id.
import { isCountry, type Entity, type Registry } from '../registry/registry.ts';
import type { Random } from './random.ts';

/** Every Latin-script name the registry lists, and the entity it names. */
interface Spelling {
  text: string;
  entity: Entity;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The spellings a respelled name may take: names and aliases, never abbreviations (matched only as written) nor translations (never inside a sentence). */
export function spellingsOf(entity: Entity): string[] {
  const names = [entity.name_en, entity.name_kk_latn, ...entity.aliases].filter(
    (n): n is string => n !== null && !CYRILLIC.test(n),
  );
  return [...new Set(names)];
}

const respellable = (entity: Entity) => entity.type === 'party' || (entity.type === 'region' && !isCountry(entity));

/** Everything written as a name: former and later names, bodies and organisations too, so that a longer name is never cut into. */
function allSpellings(registry: Registry): Spelling[] {
  return registry.entities.flatMap((entity) => {
    const changes = [...entity.former_names, ...entity.later_names].flatMap((c) => [c.name, ...c.other_names]);
    const names = [...spellingsOf(entity), ...entity.translations, ...changes.filter((n) => !CYRILLIC.test(n))];
    return [...new Set(names)].map((text) => ({ text, entity }));
  });
}

export interface Respeller {
  /** The text with each respellable name replaced by the document's spelling of its entity. */
  respell: (text: string, random: Random) => string;
}

export function buildRespeller(registry: Registry): Respeller {
  const spellings = allSpellings(registry).sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
  const byText = new Map(spellings.map((s) => [s.text, s.entity]));
  // longest first: `Almaty Region` before `Almaty`, `People's Party of Kazakhstan` before `People's Party`
  const pattern = new RegExp(
    `(?<![\\p{L}\\d])(?:${spellings.map((s) => escape(s.text)).join('|')})(?![\\p{L}\\d])`,
    'gu',
  );
  return {
    respell: (text, random) => {
      const chosen = new Map<string, string>();
      return text.replace(pattern, (found) => {
        const entity = byText.get(found)!;
        if (!respellable(entity) || !spellingsOf(entity).includes(found)) return found;
        if (!chosen.has(entity.id)) chosen.set(entity.id, random.pick(spellingsOf(entity)));
        return chosen.get(entity.id)!;
      });
    },
  };
}
