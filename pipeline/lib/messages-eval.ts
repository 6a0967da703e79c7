// Every message `make eval` shows.
import { count, counted } from './counts.ts';
import { quoted } from './messages.ts';

export const evalMessage = {
  badHalf: (value: string) =>
    `HALF=${quoted(value)}: expected development, test or all (make eval HALF=development); nothing was measured`,
  badCorpus: (value: string, why: string) =>
    `CORPUS=${quoted(value)}: ${why}; expected a folder of texts, each <id>/text.txt and <id>/answers.json ` +
    `(make eval CORPUS=test/eval/texts); nothing was measured`,
  badId: (folder: string) =>
    `${folder}: the folder's name is no text id; expected a lowercase slug <lang>-<kind>-<short-topic>`,
  missingFile: (file: string) => `${file}: missing; expected every text folder to hold text.txt and answers.json`,
  notJson: (file: string, line: number, column: number, detail: string) =>
    `${file}:${line}:${column}: not valid JSON (${detail}); expected the answers object of test/eval/README.md`,
  field: (file: string, field: string, expected: string, found: unknown) =>
    `${file}: ${field} is ${JSON.stringify(found) ?? 'missing'}; expected ${expected}`,
  lineBeyond: (file: string, field: string, line: unknown, lines: number) =>
    `${file}: ${field} is ${JSON.stringify(line)}, beyond the text; expected a line from 1 to ${lines} of text.txt`,
  noTexts: (folder: string, half: string) => `${folder}: no text in the ${half} half; nothing was measured`,
  evaluated: (texts: number, half: string, precision: string, recall: string, alarms: number, out: string) =>
    `${counted(texts, 'text')} (${half} half): precision ${precision}, recall ${recall}, ` +
    `${counted(alarms, 'false alarm')} → ${out}`,
  heading: (title: string) => `\n${title}`,
  falseAlarm: (id: string, line: number, explanation: string) => `  ${id}:${count(line)}  ${explanation}`,
  falseClaim: (id: string, line: number, what: string, text: string) => `  ${id}:${count(line)}  ${what}  | ${text}`,
  none: '  none',
};

interface TallyRow {
  group: string;
  linked: number;
  correct: number;
  figures: number;
  matched: number;
  precision: number | null;
  recall: number | null;
}
interface Row {
  text_id: string;
  line: number;
  metric: string | null;
  party_id: string | null;
  region_id: string | null;
  value: number | null;
  excerpt: string;
}
interface Results {
  overall: TallyRow;
  by_metric: TallyRow[];
  by_kind: TallyRow[];
  by_language: TallyRow[];
  traps_hit: (Row & { why: string })[];
  false_alarms: { text_id: string; line: number; explanation: string }[];
  false_claims: Row[];
  misses: Row[];
}

const share = (n: number | null) => (n === null ? '–' : n.toFixed(3));
/** Columns padded to their widest cell, two spaces apart; numbers to the right. */
const columns = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .map((line) => `  ${line.trimEnd()}`)
    .join('\n');
};
const tally = (t: TallyRow) => [
  t.group,
  share(t.precision),
  `${count(t.correct)}/${count(t.linked)}`,
  share(t.recall),
  `${count(t.matched)}/${count(t.figures)}`,
];
const what = (r: Row) =>
  `${r.metric ?? '(no metric)'} ${[r.party_id, r.region_id].filter((x) => x !== null).join(' ') || '-'} = ${r.value}`;

/** Everything make eval measured, as the terminal shows it. */
export function resultsTable(results: Results): string {
  const header = ['', 'precision', 'correct/linked', 'recall', 'matched/figures'];
  const section = (title: string, rows: TallyRow[]) => [[title, '', '', '', ''], ...rows.map(tally)];
  const table = columns([
    header,
    tally(results.overall),
    ...section('by metric', results.by_metric),
    ...section('by source kind', results.by_kind),
    ...section('by language', results.by_language),
  ]);
  const list = (title: string, lines: string[]) => [
    evalMessage.heading(`${title} (${count(lines.length)})`),
    ...(lines.length > 0 ? lines : [evalMessage.none]),
  ];
  return [
    table,
    ...list(
      'false alarms',
      results.false_alarms.map((a) => evalMessage.falseAlarm(a.text_id, a.line, a.explanation)),
    ),
    ...list(
      'traps hit',
      results.traps_hit.map((r) => evalMessage.falseClaim(r.text_id, r.line, `${what(r)} (${r.why})`, r.excerpt)),
    ),
    ...list(
      'false claims',
      results.false_claims.map((r) => evalMessage.falseClaim(r.text_id, r.line, what(r), r.excerpt)),
    ),
    ...list(
      'misses',
      results.misses.map((r) => evalMessage.falseClaim(r.text_id, r.line, what(r), r.excerpt)),
    ),
  ].join('\n');
}
