import type { Block, InfoboxBlock, ListBlock, TableBlock } from '../ingest/blocks.ts';
import { parseNumber } from '../lib/numbers.ts';
import type { FigureLabels } from '../registry/vocabulary.ts';
import { foldName } from '../names/fold.ts';
import { yearLabel } from '../names/labels.ts';
import type { SurfaceContext, SurfaceMention } from '../names/aliases.ts';
import { cellNames, namedFront, type RegistryNames } from '../names/names.ts';
import type { Resolution } from '../names/resolver.ts';
import { unknownPartyNames } from '../names/scanner.ts';

export interface SurfaceTools {
  names: RegistryNames;
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
  { names }: SurfaceTools,
  lookForUnknown = false,
): SurfaceMention[] {
  const known = names.scan(text);
  return [...known, ...(lookForUnknown ? unknownPartyNames(text, known, names.resolver.lookup) : [])]
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
      const resolution = tools.names.lookup(cell);
      if (resolution.id) mentions.push(at(cell, row.line, 'table-header', resolution));
    }
  }
  // a two-row header joins its cells (`Nur Otan` over `%` is the column `Nur Otan %`), and a figure's
  // party is read from the column's front: that front is a name the source uses unless it is a cell above
  const headerLine = table.header_rows[0]?.line;
  for (const column of table.columns) {
    const named = headerLine === undefined ? null : namedFront(column, tools.names.lookup);
    if (named && !mentions.some((m) => m.line === headerLine && m.surface === named.front))
      mentions.push(at(named.front, headerLine!, 'table-header', named.resolution));
  }
  const width = Math.max(table.width, ...table.rows.map((row) => row.cells.length));
  for (let column = 0; column < width; column++) {
    const cells = table.rows
      .map((row) => ({ row, cell: row.cells[column] ?? '' }))
      .filter(({ cell }) => isNameLike(cell));
    // a cell may name one entity in two spellings (`Nur Otan | NO`): each part is a name the source uses
    const resolved = cells.flatMap(({ row, cell }) =>
      cellNames(cell, tools.names.lookup).map((r) => at(r.input, row.line, 'table-cell', r)),
    );
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
            resolution: tools.names.lookup(entry.value),
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
            resolution: tools.names.lookup(item.label),
          },
        ]
      : prose(list.source_id, item.line, item.text, tools).map((m) => ({ ...m, context: 'list' as const })),
  );
}
