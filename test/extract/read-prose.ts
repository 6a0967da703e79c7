// Made-up sentences read as one source's prose, in order, with what the sentences before told carried along.
import type { Claim, Poll } from '../../pipeline/extract/claims.ts';
import { sourceContext } from '../../pipeline/extract/context.ts';
import { proseClaims, type ProseMemory } from '../../pipeline/extract/prose.ts';
import { resolving, tools } from './real-claims.ts';

export function readProse(...sentences: string[]): { claims: Claim[]; polls: Poll[] } {
  const context = sourceContext(tools, { source_id: 'made-up', election_id: 'kz-mazhilis-2021' }, resolving);
  const memory: ProseMemory = { parties: [] };
  const claims = sentences.flatMap((text, k) =>
    proseClaims(
      { text, spans: [{ line: k + 1, column: 0, text }], extraction: 'prose', sentence: text },
      context,
      memory,
    ),
  );
  return { claims, polls: [...context.polls.values()] };
}

/** The claims of made-up sentences as [figure, metric, party or poll, value, linked] rows. */
export const rowsOf = (...sentences: string[]) =>
  readProse(...sentences).claims.map((c) => [c.figure, c.metric, c.party_id, c.poll_id, c.value, c.linked]);
