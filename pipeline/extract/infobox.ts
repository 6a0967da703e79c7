import type { InfoboxBlock, InfoboxEntry } from '../ingest/blocks.ts';
import { readFigures, type UnreadNumber } from '../lib/number-tokens.ts';
import type { StatedNumber } from '../lib/numbers.ts';
import type { InfoboxKey } from '../registry/vocabulary.ts';
import { makeClaim, type Claim } from './claims.ts';
import { metricByUnit, type ExtractContext } from './context.ts';
import { isDatePart } from './dates.ts';
import { proseClaims, type ProseMemory } from './prose.ts';

const FILE_NAME = /\.(?:jpe?g|png|svg|gif|webp)$/i;

/**
 * Claims from an infobox. A known key (`Popular Vote2`) gives the metric, its number the party
 * (`Party2`); `Last Election1: 82.20%, 84 seats` is two claims about the previous election. Other
 * values are read as prose.
 */
export function infoboxClaims(infobox: InfoboxBlock, context: ExtractContext, memory: ProseMemory): Claim[] {
  const partyOf = new Map<string, string>();
  for (const entry of infobox.entries) {
    const [base, index] = splitKey(entry.key);
    const party = context.names.lookup(entry.value, 'party');
    if (/^party$/i.test(base) && party.id) partyOf.set(index, party.id);
  }
  return infobox.entries.flatMap((entry) => {
    if (FILE_NAME.test(entry.value)) return [];
    const [base, index] = splitKey(entry.key);
    const key = context.labels.infobox(base);
    if (!key) {
      const column = entry.raw.lastIndexOf(entry.value);
      return proseClaims(
        {
          text: entry.value,
          spans: [{ line: entry.line, column, text: entry.value, excerpt: entry.raw }],
          extraction: 'infobox',
          sentence: null,
        },
        context,
        memory,
      );
    }
    return keyClaims(entry, key, partyOf.get(index) ?? null, context);
  });
}

const splitKey = (key: string): [string, string] => {
  const match = /^(.*?)(\d*)$/.exec(key.trim())!;
  return [match[1]!.trim(), match[2]!];
};

function keyClaims(entry: InfoboxEntry, key: InfoboxKey, party_id: string | null, context: ExtractContext): Claim[] {
  const figures = readFigures(entry.value, context.numberStyle, (start, end, token) =>
    isDatePart(entry.value, start, end, token),
  ).filter(
    (f): f is StatedNumber | UnreadNumber =>
      f.kind === 'unread' || (f.kind === 'number' && !isDatePart(entry.value, f.start, f.end, f.text)),
  );
  const used = new Set<string>();
  const election_id = key.election === 'previous' ? (context.previous?.id ?? null) : context.election.id;
  const valueColumn = entry.raw.lastIndexOf(entry.value);
  return figures.map((figure, k) => {
    let metric =
      figure.kind === 'unread'
        ? null
        : key.metrics
          ? (key.metrics[k] ?? null)
          : metricByUnit(key.by_unit ?? {}, figure);
    if (metric && used.has(metric)) metric = null;
    if (metric) used.add(metric);
    const where = {
      source_id: context.source_id,
      line: entry.line,
      extraction: 'infobox' as const,
      excerpt: entry.raw,
      sentence: null,
      place: `${valueColumn + figure.start}`,
      at: { column: 0, figureAt: valueColumn + figure.start },
    };
    return makeClaim(
      where,
      figure,
      { metric, election_id, party_id, subject: party_id ? entry.key : null },
      context.registry.metrics,
    );
  });
}
