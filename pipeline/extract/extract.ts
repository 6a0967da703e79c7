import type { IngestedSource } from '../ingest/blocks.ts';
import type { Claim, Poll } from './claims.ts';
import type { ExtractContext } from './context.ts';
import { infoboxClaims } from './infobox.ts';
import { listClaims } from './lists.ts';
import { proseClaims, type ProseMemory } from './prose.ts';
import { tableClaims } from './tables.ts';

export interface ExtractedSource {
  source_id: string;
  claims: Claim[];
  polls: Poll[];
}

/** Every figure of one source as a claim, in the order the source gives them, and the polls they name. */
export function extractClaims(source: IngestedSource, context: ExtractContext): ExtractedSource {
  const memory: ProseMemory = { parties: [], poll: null };
  const claims = source.blocks.flatMap((block, index): Claim[] => {
    switch (block.kind) {
      case 'table':
        memory.poll = null;
        return tableClaims(block, context);
      case 'infobox':
        memory.poll = null;
        return infoboxClaims(block, context, memory);
      case 'list':
        return listClaims(block, source.blocks.slice(0, index), context, memory);
      case 'sentence':
        return proseClaims(
          { text: block.text, spans: block.spans, extraction: 'prose', sentence: block.text },
          context,
          memory,
        );
      case 'heading':
        memory.poll = null;
        return [];
    }
  });
  const polls = [...context.polls.values()].sort((a, b) => (a.poll_id < b.poll_id ? -1 : 1));
  return { source_id: source.source_id, claims, polls };
}
