// What was not read, source by source: figures read, linked and left unlinked, and why each was left.
import { reasonsOf, type UnreadReason } from '../lib/unread.ts';
import type { Claim } from './claims.ts';

/** One source's reading, as build/claims/index.json gives it. */
export interface SourceReading {
  source_id: string;
  output: string;
  claims: number;
  linked: number;
  unlinked: number;
  /** The reasons the unlinked figures were left, most frequent first. */
  unlinked_why: UnreadReason[];
  polls: number;
}

export function readingOf(
  source_id: string,
  output: string,
  claims: Pick<Claim, 'linked' | 'note'>[],
  polls: number,
): SourceReading {
  const unlinked = claims.filter((c) => !c.linked);
  return {
    source_id,
    output,
    claims: claims.length,
    linked: claims.length - unlinked.length,
    unlinked: unlinked.length,
    unlinked_why: reasonsOf(unlinked.map((c) => c.note ?? 'no reason recorded')),
    polls,
  };
}
