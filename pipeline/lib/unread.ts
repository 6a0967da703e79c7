// Figures left unlinked, counted by reason, and when a source's reading needs a reader: shared by
// extract (build/claims/index.json, the lines make prints) and the report's sources page.

export interface UnreadReason {
  /** Why the figures were left unlinked: the claims' note. */
  reason: string;
  count: number;
}

/** Reasons counted, most frequent first, then in alphabetical order: the same claims give the same list. */
export function reasonsOf(notes: string[]): UnreadReason[] {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(note, (counts.get(note) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
}

/**
 * A source needs a reader's attention when none of its figures was linked (nothing read counts too), or
 * when most were left unlinked: `make all` names those alone, so its output stays short with many sources.
 */
export const needsAttention = (s: { linked: number; unlinked: number }) => s.linked === 0 || s.unlinked > s.linked;
