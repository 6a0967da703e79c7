// The `key: value` lines of a fenced block that is not a chart (```table, ```facts …).
import { reportMessage } from '../lib/report-messages.ts';

type Located = { page: string; line: number };

/** Reads `key: value` lines; `line` is the fence's line, so an error names the line of the bad key. */
export function readBlock(
  text: string,
  block: string,
  keys: string[],
  required: string[],
  where: Located,
): { values: Record<string, string> } | { error: string } {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const match = /^\s*([a-z_]+)\s*:\s*(.*?)\s*$/.exec(raw);
    if (!match || !keys.includes(match[1]!))
      return { error: reportMessage.blockKey(where.page, where.line + 1 + index, block, raw.trim(), keys) };
    values[match[1]!] = match[2]!;
  }
  const missing = required.find((key) => values[key] === undefined);
  if (missing) return { error: reportMessage.blockMissing(where.page, where.line, block, missing) };
  return { values };
}
