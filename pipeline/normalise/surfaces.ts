import type { Block, InfoboxBlock, ListBlock, TableBlock } from '../ingest/blocks.ts';
import { parseNumber } from '../lib/numbers.ts';
import type { FigureLabels } from '../registry/vocabulary.ts';
import { foldName } from './fold.ts';
import { yearLabel } from './labels.ts';
import type { Resolution, Resolver } from './resolver.ts';
import { unknownPartyNames, type Mention } from './scanner.ts';

export type SurfaceContext = 'table-header' | 'table-cell' | 'infobox' | 'list' | 'prose';

/** One place a source names something: the text as written, where, and what it resolved to. */
export interface SurfaceMention {
  surface: string;
  source_id: string;
  line: number;
  context: SurfaceContext;
  resolution: Resolution;
}

export interface SurfaceTools {
  resolver: Resolver;
  scan: (text: string) => Mention[];
  labels: FigureLabels;
}

// infobox keys whose whole value is a name (`Party1: Nur Otan`, `Before Party: Nur Otan`)
const NAME_KEY = /\bparty\d*$/i;

/** Every name a source's blocks use: table headers and name columns, infobox values, list items, prose. */
export function surfaceMentions(blocks: Block[], tools: SurfaceTools): SurfaceMention[] {
  return blocks.flatMap((block): SurfaceMention[] => {
    switch (block.kind) {
      case 'table':
        return tableMentions(block, tools);
      case 'infobox':
        return infoboxMentions(block, tools);
      case 'list':
        return listMentions(block, tools);
      case 'sentence':
        return prose(block.source_id, block.first_line, block.text, tools, true);
      case 'heading':
        return prose(block.source_id, block.first_line, block.text, tools);
    }
  });
}

/** Names in running text; in sentences (not title-case headings and reference titles) also unknown party-like names. */
function prose(
  sourceId: string,
  line: number,
  text: string,
  { resolver, scan }: SurfaceTools,
  lookForUnknown = false,
): SurfaceMention[] {
  const known = scan(text);
  return [...known, ...(lookForUnknown ? unknownPartyNames(text, known, resolver) : [])]
    .sort((a, b) => a.start - b.start)
    .map((m) => ({ surface: m.text, source_id: sourceId, line, context: 'prose', resolution: m.resolution }));
}

const isNameLike = (cell: string) => /\p{L}{2}/u.test(cell) && parseNumber(cell) === null;

/**
 * Header cells that resolve, and the cells of name columns: a column where at least one cell resolves
 * is a column of names, so its other cells are reported when unknown, unless they are figure labels.
 */
function tableMentions(table: TableBlock, tools: SurfaceTools): SurfaceMention[] {
  const at = (surface: string, line: number, context: SurfaceContext, resolution: Resolution): SurfaceMention => ({
    surface,
    source_id: table.source_id,
    line,
    context,
    resolution,
  });
  const mentions: SurfaceMention[] = [];
  for (const row of table.header_rows) {
    for (const cell of row.cells.filter(isNameLike)) {
      const resolution = tools.resolver.lookup(cell);
      if (resolution.id) mentions.push(at(cell, row.line, 'table-header', resolution));
    }
  }
  for (let column = 0; column < table.width; column++) {
    const cells = table.rows
      .map((row) => ({ row, cell: row.cells[column] ?? '' }))
      .filter(({ cell }) => isNameLike(cell));
    const resolved = cells.map(({ row, cell }) => at(cell, row.line, 'table-cell', tools.resolver.lookup(cell)));
    if (!resolved.some((m) => m.resolution.id)) continue;
    mentions.push(...resolved.filter((m) => m.resolution.id || !isRowLabel(m.surface, tools.labels)));
  }
  return mentions.sort((a, b) => a.line - b.line);
}

function isRowLabel(cell: string, labels: FigureLabels): boolean {
  const folded = foldName(cell);
  return (
    labels.rows.some((l) => (l.prefix ? cell.startsWith(l.label) : foldName(l.label) === folded)) ||
    yearLabel(cell, labels.elections) !== null
  );
}

function infoboxMentions(infobox: InfoboxBlock, tools: SurfaceTools): SurfaceMention[] {
  return infobox.entries.flatMap((entry) =>
    NAME_KEY.test(entry.key)
      ? [
          {
            surface: entry.value,
            source_id: infobox.source_id,
            line: entry.line,
            context: 'infobox' as const,
            resolution: tools.resolver.lookup(entry.value),
          },
        ]
      : prose(infobox.source_id, entry.line, entry.value, tools).map((m) => ({ ...m, context: 'infobox' as const })),
  );
}

function listMentions(list: ListBlock, tools: SurfaceTools): SurfaceMention[] {
  return list.items.flatMap((item) =>
    item.label !== null
      ? [
          {
            surface: item.label,
            source_id: list.source_id,
            line: item.line,
            context: 'list' as const,
            resolution: tools.resolver.lookup(item.label),
          },
        ]
      : prose(list.source_id, item.line, item.text, tools).map((m) => ({ ...m, context: 'list' as const })),
  );
}
