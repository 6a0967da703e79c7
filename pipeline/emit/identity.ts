import type { Source } from '../lib/manifest.ts';
import { countryOf, elections, type Registry } from '../registry/registry.ts';

export interface PackageIdentity {
  /** `<country>-<chamber>-<year>[-<year>…]`, such as `kz-mazhilis-2021`. */
  name: string;
  title: string;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const unique = <T>(items: T[]) => [...new Set(items)];
const joined = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The package's name and title, from the elections the manifest's sources are about (every election of
 * the registry when no source names one) and the registry's country, chamber and dates.
 */
export function packageIdentity(sources: Source[], registry: Registry): PackageIdentity {
  const named = new Set(sources.map((s) => s.election_id));
  const all = elections(registry).sort((a, b) => (a.details.date < b.details.date ? -1 : 1));
  const chosen = all.some((e) => named.has(e.id)) ? all.filter((e) => named.has(e.id)) : all;
  const country = countryOf(registry);
  const bodies = unique(chosen.map((e) => e.details.body));
  const years = unique(chosen.map((e) => e.details.date.slice(0, 4)));
  const chambers = joined(bodies.map((b) => registry.byId.get(b)?.name_en ?? b));
  const dates = joined(chosen.map((e) => DAY.format(new Date(e.details.date))));
  const noun = chosen.length === 1 ? 'election' : 'elections';
  return {
    name: [country.id, ...bodies, ...years].join('-'),
    title: `${country.name_en} ${chambers} ${noun} of ${dates}: reconciled, cited data`,
  };
}
