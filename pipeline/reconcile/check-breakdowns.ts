import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import { explain, how } from '../lib/explanations.ts';
import type { Conflict } from './conflicts.ts';
import { expectFigure, type Check } from './check.ts';

/**
 * Breakdowns against their totals: the parties' list sizes against the registered candidates, and a
 * list of `Label – figure` items against the figures of the sentence that introduces it (the
 * observers by organisation against "322 … from these 10 international organisations").
 */
export const checkBreakdowns: Check = (input) => [...candidateLists(input), ...listSums(input)];

const candidateLists: Check = (input) =>
  input.elections.flatMap((election): Conflict[] => {
    const lists = input.claims.filter(
      (c) =>
        c.linked &&
        c.metric === 'candidates' &&
        c.election_id === election.id &&
        c.party_id &&
        c.extraction === 'table' &&
        c.value !== null,
    );
    const bySource = groupBy(lists, (c) => c.source_id);
    const totals = input.claims.filter(
      (c) =>
        c.linked &&
        c.metric === 'candidates' &&
        c.election_id === election.id &&
        c.party_id === null &&
        c.value !== null,
    );
    // each total against the lists of its own source, or of every source when its own has none
    return totals.flatMap((total) =>
      (bySource.has(total.source_id) ? [bySource.get(total.source_id)!] : [...bySource.values()]).flatMap((table) => {
        const parts = table.map((c) => c.value!);
        const sum = parts.reduce((a, b) => a + b, 0);
        const conflict = expectFigure(total, sum, {
          check: `candidate-lists-${table[0]!.source_id}`,
          expected_how: how.candidateLists(input.name.source(table[0]!.source_id), table[0]!.line, parts),
          explanation: explain.candidateLists(
            input.name.source(total.source_id),
            total.value!,
            input.name.source(table[0]!.source_id),
            parts,
            sum,
          ),
        });
        return conflict ? [conflict] : [];
      }),
    );
  });

const listSums: Check = (input) => {
  // shares add up to 100, not to a figure before them: only counts break down
  const items = input.claims.filter(
    (c) =>
      c.linked &&
      c.extraction === 'list' &&
      c.metric !== null &&
      c.value !== null &&
      !['percent', 'pp'].includes(c.unit ?? ''),
  );
  const place = (c: Claim) => `${c.source_id}|${c.metric}`;
  // each source's list lines and prose figures, by metric, once: every list looks up its own
  const listLines = new Map([...groupBy(items, place)].map(([key, group]) => [key, new Set(group.map((c) => c.line))]));
  const prose = groupBy(
    input.claims.filter((c) => c.extraction === 'prose' && c.value !== null),
    place,
  );
  const lists = groupBy(items, (c) => `${place(c)}|${firstLineOfRun(listLines.get(place(c))!, c.line)}`);
  return [...lists.values()].flatMap((list): Conflict[] => {
    const first = list[0]!;
    const sum = list.reduce((total, c) => total + c.value!, 0);
    const before = (prose.get(place(first)) ?? []).filter((c) => c.line < first.line);
    const last = Math.max(...before.map((c) => c.line));
    const lead = before.filter((c) => c.line === last);
    if (lead.length === 0 || lead.some((c) => c.value === sum)) return [];
    const conflict = expectFigure(lead[0]!, sum, {
      check: 'list-sum',
      expected_how: how.listItems(list.length),
      explanation: explain.listSum(
        input.name.source(first.source_id),
        lead.map((c) => c.figure),
        list.length,
        sum,
      ),
    });
    return conflict ? [conflict] : [];
  });
};

/** The first line of the run of consecutive list lines a line stands in. */
function firstLineOfRun(lines: Set<number>, line: number): number {
  while (lines.has(line - 1)) line--;
  return line;
}
