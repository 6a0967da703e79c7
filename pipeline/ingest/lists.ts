import { parseNumber } from '../lib/numbers.ts';
import { namesColumns } from '../registry/vocabulary.ts';
import type { InfoboxEntry, ListItem } from './blocks.ts';
import type { NumberedLine, ParsedTable } from './tables.ts';

const BULLET = /^\s*[-*•]\s+(\S.*)$/;
const KEY_VALUE = /^([A-Z][\w ]{0,40}?\d*):\s*(.*)$/;
// the label and figure of `CIS Executive Committee – 179` (and `… CSTO –7`, the space lost)
const LABEL_FIGURE = /^(.*\S)\s*[–—]\s*(\S.*)$|^(.*\S)\s+-\s+(\S.*)$/;

export const bulletText = (text: string) => BULLET.exec(text)?.[1] ?? null;

export function parseListItems(lines: NumberedLine[]): ListItem[] {
  return lines.map(({ line, text }) => {
    const itemText = bulletText(text)!.trim();
    const split = LABEL_FIGURE.exec(itemText);
    const label = split?.[1] ?? split?.[3];
    const value = split?.[2] ?? split?.[4];
    const isFigure = label !== undefined && value !== undefined && parseNumber(value)?.kind === 'number';
    return {
      line,
      raw: text.trimEnd(),
      text: itemText,
      label: isFigure ? label : null,
      value: isFigure ? value : null,
    };
  });
}

/** Whether bullet lines are `- Key: Value` infobox entries (the newer revision's `Infobox` form). */
export const isKeyValueList = (lines: NumberedLine[]) =>
  lines.length > 0 && lines.every(({ text }) => KEY_VALUE.test(bulletText(text) ?? ''));

export function parseInfoboxEntries(lines: NumberedLine[]): InfoboxEntry[] {
  return lines.map(({ line, text }) => {
    const [, key, value] = KEY_VALUE.exec(bulletText(text)!)!;
    return { line, raw: text.trimEnd(), key: key!.trim(), value: value!.trim() };
  });
}

/**
 * A flattened infobox rendered as a table (`Turnout | 63.25% 13.87 pp`): a table in the article's lead
 * whose rows each hold at most a label and a value, one of them a figure. Rows of one cell are captions
 * with no key. A table with wider rows is a table, whatever one malformed row of it holds.
 */
export function tableAsInfobox(table: ParsedTable): InfoboxEntry[] | null {
  const rows = [...table.header_rows, ...table.rows].map((row) => ({
    line: row.line,
    raw: row.raw,
    cells: row.cells.filter((c) => c !== ''),
  }));
  if (rows.some((row) => row.cells.length > 2)) return null;
  // a header that names its columns (`Party | Votes`) heads a table, however few cells its rows hold
  if (table.header_rows.some((row) => namesColumns(row.cells))) return null;
  if (!rows.some((row) => row.cells.length === 2 && /\d/.test(row.cells[1]!))) return null;
  return rows
    .filter((row) => row.cells.length > 0)
    .map(({ line, raw, cells }) =>
      cells.length === 1
        ? { line, raw, key: '', value: cells[0]! }
        : { line, raw, key: cells[0]!, value: cells.slice(1).join(' ') },
    );
}
