import type { Poll } from '../extract/claims.ts';
import type { Source } from '../lib/manifest.ts';
import type { Registry } from '../registry/registry.ts';
import type { FactKey } from './facts.ts';
import type { Namer } from './group.ts';
import { sourceDescriber } from './sources.ts';

const POLL_KIND_WORDS: Record<Poll['kind'], string> = {
  opinion: 'poll',
  exit: 'exit poll',
  'post-election-survey': 'post-election survey',
  'independent-count': 'independent count',
};

/** Words for facts and sources: `Adal's share in Almaty`, `the lead in the IEI poll of 2021-01-04`, `the newer revision`. */
export function buildNamer(
  registry: Registry,
  sources: Map<string, Source>,
  polls: Poll[],
  latestElection: string,
): Namer {
  const metricWords = (metric: string) => registry.metrics.get(metric)?.words ?? metric;
  const entity = (id: string | null) => (id ? (registry.byId.get(id)?.name_en ?? id) : null);
  const pollsById = new Map<string, Poll>();
  for (const poll of polls) if (!pollsById.has(poll.poll_id)) pollsById.set(poll.poll_id, poll);
  const pollName = (id: string) => {
    const poll = pollsById.get(id);
    return poll
      ? `the ${entity(poll.pollster_id)} ${POLL_KIND_WORDS[poll.kind]}${poll.date ? ` of ${poll.date}` : ''}`
      : id;
  };
  return {
    source: sourceDescriber(sources),
    entity: (id) => entity(id)!,
    fact: (key: FactKey) => {
      const owner = entity(key.party_id) ?? entity(key.organisation_id);
      const words = [
        owner ? `${owner}'s ${metricWords(key.metric)}` : `the ${scoped(key.scope, metricWords(key.metric))}`,
        key.region_id ? `in ${entity(key.region_id)}` : null,
        key.poll_id ? `in ${pollName(key.poll_id)}` : null,
        key.election_id !== latestElection
          ? `in ${registry.byId.get(key.election_id)?.name_en ?? key.election_id}`
          : null,
      ];
      return words.filter((w) => w !== null).join(' ');
    },
  };
}

/** `foreign-from-31-places` observers: the foreign observers from 31 places. */
function scoped(scope: string | null, metric: string): string {
  if (!scope || scope === 'part') return metric;
  const [kind, origin] = scope.split(/-from-(.*)/);
  return `${kind} ${metric}${origin ? ` from ${origin.replaceAll('-', ' ')}` : ''}`;
}
