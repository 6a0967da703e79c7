import type { Layout, Source } from '../lib/manifest.ts';
import type { Block, BlockContent, IngestedSource, IngestWarning, SentenceBlock } from './blocks.ts';
import { bulletText, isKeyValueList, parseInfoboxEntries, parseListItems, tableAsInfobox } from './lists.ts';
import { joinParagraph, sourceText, splitSentences } from './sentences.ts';
import { flatTableAt, labelLineAt } from './flat-tables.ts';
import { verticalTableAt } from './vertical-tables.ts';
import { isTableLine, opensTable, tableRunEnd } from './pipe-lines.ts';
import { parsePipeTable, type NumberedLine } from './tables.ts';

export type SourceToIngest = Pick<Source, 'source_id' | 'sha256' | 'layout'> &
  Partial<Pick<Source, 'election_id' | 'language'>> & { file: string };

const WIKI_HEADING = /^(={1,6})\s*(.+?)\s*\1$/;
const isBlank = (text: string) => text.replace(/\u00a0/g, ' ').trim() === '';

/** Cuts one source text into headings, tables, infoboxes, lists and sentences, each with its lines. */
export function ingestSource(source: SourceToIngest, text: string): IngestedSource {
  const lines = text.split('\n').map((t, i): NumberedLine => ({ line: i + 1, text: t }));
  if (text.endsWith('\n')) lines.pop();
  const whole = sourceText(text);
  const warnings: IngestWarning[] = [];
  const blocks: Block[] = [];
  const section: string[] = [];
  let paragraph = 0;
  let explicitLevels = false;
  let i = 0;

  const push = (block: BlockContent) =>
    blocks.push({ source_id: source.source_id, section: [...section], ...block } as Block);
  const openHeading = (level: number, text: string, line: number) => {
    section.length = Math.min(section.length, level - 1);
    push({ kind: 'heading', level, text, first_line: line, last_line: line });
    section.push(text);
  };
  const takeWhile = (ok: (line: NumberedLine, taken: NumberedLine[]) => boolean) => {
    const taken: NumberedLine[] = [];
    while (i < lines.length && ok(lines[i]!, taken)) taken.push(lines[i++]!);
    return taken;
  };

  let flat: ReturnType<typeof flatTableAt> = null;
  while (i < lines.length) {
    const current = lines[i]!;
    const trimmed = current.text.trim();
    const wiki = WIKI_HEADING.exec(trimmed);
    if (isBlank(current.text)) {
      i++;
    } else if (wiki) {
      i++;
      explicitLevels = true;
      openHeading(wiki[1]!.length, wiki[2]!, current.line);
    } else if (/^infobox$/i.test(trimmed) && isKeyValueList(bulletRun(lines, i + 1))) {
      i++;
      const entries = parseInfoboxEntries(takeWhile((l) => bulletText(l.text) !== null));
      push({ kind: 'infobox', entries, first_line: current.line, last_line: entries.at(-1)!.line });
    } else if (bulletText(current.text) !== null) {
      const items = parseListItems(takeWhile((l) => bulletText(l.text) !== null));
      push({ kind: 'list', items, first_line: items[0]!.line, last_line: items.at(-1)!.line });
    } else if (opensTable(lines, i)) {
      const end = tableRunEnd(lines, i);
      const tableLines = lines.slice(i, end);
      i = end;
      for (const table of parsePipeTable(source.file, tableLines, warnings)) {
        const entries = table.dialect === 'separator' && section.length <= 1 ? tableAsInfobox(table) : null;
        if (entries) push({ kind: 'infobox', entries, first_line: table.first_line, last_line: table.last_line });
        else push({ kind: 'table', ...table });
      }
    } else if ((flat = flatTableAt(lines, i) ?? verticalTableAt(lines, i) ?? labelLineAt(lines, i))) {
      push({ kind: 'table', ...flat.table });
      i = flat.end;
    } else {
      const paragraphLines = takeWhile((l, taken) => taken.length === 0 || continuesParagraph(source.layout, l.text));
      if (paragraphLines.length === 1 && looksLikeHeading(trimmed, nextWritten(lines, i))) {
        // a bare line opening the text is its title; others sit under the last `==` heading, or flat under the title
        openHeading(blocks.length === 0 ? 1 : explicitLevels ? section.length + 1 : 2, trimmed, current.line);
        continue;
      }
      addSentences(joinParagraph(paragraphLines, whole), paragraph++);
    }
  }
  return {
    source_id: source.source_id,
    file: source.file,
    sha256: source.sha256,
    election_id: source.election_id ?? null,
    language: source.language ?? 'en',
    line_count: lines.length,
    blocks,
    warnings,
  };

  function addSentences(joined: ReturnType<typeof joinParagraph>, paragraphIndex: number) {
    const { leading, sentences } = splitSentences(joined);
    const previous = blocks.findLast((b): b is SentenceBlock => b.kind === 'sentence');
    if (leading && previous) {
      previous.citations.push(...leading.citations);
      if (leading.quote && hasOpenQuote(previous.text)) {
        previous.text += leading.quote;
        previous.last_line = leading.line;
        previous.spans.push({
          line: leading.line,
          column: lines[leading.line - 1]!.text.indexOf(leading.quote),
          text: leading.quote,
        });
      }
    }
    for (const sentence of sentences) push({ kind: 'sentence', paragraph: paragraphIndex, ...sentence });
  }
}

/** The first line from `from` on that is not blank. */
function nextWritten(lines: NumberedLine[], from: number): NumberedLine | undefined {
  for (let k = from; k < lines.length; k++) if (!isBlank(lines[k]!.text)) return lines[k];
  return undefined;
}

function bulletRun(lines: NumberedLine[], from: number): NumberedLine[] {
  const run: NumberedLine[] = [];
  for (let k = from; k < lines.length && bulletText(lines[k]!.text) !== null; k++) run.push(lines[k]!);
  return run;
}

/** In hard-wrapped text a paragraph runs on until a blank line, an indented line or a structural line. */
function continuesParagraph(layout: Layout, text: string): boolean {
  if (layout !== 'hard-wrapped') return false;
  return (
    !isBlank(text) &&
    !/^\s/.test(text) &&
    !WIKI_HEADING.test(text.trim()) &&
    bulletText(text) === null &&
    !isTableLine(text)
  );
}

/**
 * A bare-line heading: one short line standing alone, title-like (no sentence punctuation at its end, no
 * figure but a year or an ordinal: `Valid votes: 7,241,562` is data), followed by text, not by figures.
 */
export function looksLikeHeading(text: string, next: NumberedLine | undefined): boolean {
  // the length first: the words of a 5 MB line are not split to be counted
  const titleLike =
    text.length <= 80 && text.split(/\s+/).length <= 12 && /^[\p{Lu}\d]/u.test(text) && !/[.,;:!?"”)\]]$/.test(text);
  return titleLike && !holdsFigure(text) && !(next && isFigureLine(next.text));
}

// a section number (`3.1 Results`), a year, an ordinal (`8th`) or digits in a name (`COVID-19`, `G7`) are
// part of a title; any other digit is a figure
const holdsFigure = (text: string) =>
  /\d/.test(
    text
      .replace(/^\d+(?:\.\d+)*\.?\s+(?=\p{L})/u, '')
      .replace(/\p{L}+-?\d+/gu, '')
      .replace(/(?<!\d)(?:1[89]|20)\d{2}(?!\d)/g, '')
      .replace(/\d+(?:st|nd|rd|th)\b/g, ''),
  );

// a line of figures alone (`5,148,074`, `71.09%`, `n/a`): a cell of a table rendered one cell a line
const isFigureLine = (text: string) =>
  /\d|n\/a|^\s*[–—-]\s*$/i.test(text) && !/\p{L}{2}/u.test(text.replace(/\b(?:n\/a|pp|pct|percent)\b/gi, ''));

function hasOpenQuote(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opening > closing;
}
