// Every message the report stage shows: each names the page file and line, what was found and what was expected.

const at = (page: string, line: number) => `${page}:${line}`;
const REFERENCE = '{{table[field=value, …].field | format}} or {{count table[field=value, …]}}';

export const reportMessage = {
  referenceSyntax: (page: string, line: number, text: string) =>
    `${at(page, line)}: cannot read the reference {{${text}}}; ` +
    `expected ${REFERENCE} (docs/writing-pages.md#figures-charts-tables-and-registers)`,
  unknownTable: (page: string, line: number, table: string, known: string[]) =>
    `${at(page, line)}: there is no table "${table}" in processed/; expected one of ${known.join(', ')}`,
  unknownField: (page: string, line: number, table: string, field: string, known: string[]) =>
    `${at(page, line)}: table ${table} has no field "${field}"; expected one of ${known.join(', ')}`,
  /** A reference wants exactly one row; a chart at least one. */
  noRow: (page: string, line: number, table: string, filter: string, wanted: 'exactly one' | 'at least one') =>
    `${at(page, line)}: no row of ${table} matches ${filter || '(no filter)'}; expected ${wanted}`,
  emptyWithNote: (page: string, line: number, table: string, filter: string, field: string, note: string) =>
    `${at(page, line)}: ${table}[${filter}].${field} is empty, and its row's note says why: ${note}; ` +
    'expected a value: supply what the note asks for and run make all again, or take the figure off the page',
  manyRows: (page: string, line: number, table: string, filter: string, count: number) =>
    `${at(page, line)}: ${count} rows of ${table} match ${filter || '(no filter)'}; ` +
    'expected exactly one (add a condition on the primary key)',
  badFilter: (page: string, line: number, part: string) =>
    `${at(page, line)}: cannot read the condition "${part}"; expected field=value, field!=value or field=a|b`,
  unknownFormat: (page: string, line: number, format: string) =>
    `${at(page, line)}: unknown format "${format}"; expected fixed:N, signed:N, percent:N, abs:N or int`,
  chartJson: (page: string, line: number, column: number, detail: string) =>
    `${at(page, line)}:${column}: the vega-lite block is not valid JSON (${detail}); expected a Vega-Lite spec`,
  /** `columns` closest to `field` first. */
  chartField: (page: string, line: number, field: string, table: string, columns: string[]) =>
    `${at(page, line)}: the vega-lite block reads the field "${field}", which its data (${table}) does not have; ` +
    `expected one of ${columns.join(', ')}`,
  /** `what` Vega-Lite has no such value for: a mark, a field type, a selection type; `valid` closest first. */
  chartUnknown: (page: string, line: number, written: string, what: string, valid: string[]) =>
    `${at(page, line)}: the vega-lite block has ${written}, which is not a Vega-Lite ${what}; ` +
    `expected one of ${valid.join(', ')}`,
  chartShape: (page: string, line: number, written: string, expected: string) =>
    `${at(page, line)}: the vega-lite block has ${written}; expected ${expected}`,
  /** `written` is the key and value the message is about, as the page has them, when they can be found. */
  chartInvalid: (page: string, line: number, written: string | null, detail: string) =>
    `${at(page, line)}: the vega-lite block does not compile${written ? ` at ${written}` : ''} (${detail}); ` +
    'expected a Vega-Lite spec whose data names a processed/ table',
  chartWarning: (page: string, line: number, written: string | null, detail: string) =>
    `${at(page, line)}: Vega-Lite warns about ${written ?? 'the vega-lite block'} (${detail}); ` +
    'expected a spec that draws what it says',
  chartDrawing: (page: string, line: number, detail: string) =>
    `${at(page, line)}: Vega reports a problem drawing the vega-lite block (${detail}); ` +
    'expected a spec whose every setting Vega-Lite and Vega know',
  chartNoData: (page: string, line: number) =>
    `${at(page, line)}: the vega-lite block names no processed/ table; ` +
    'expected "data": {"name": "<table>"} with an optional "where"',
  blockKey: (page: string, line: number, block: string, found: string, keys: string[]) =>
    `${at(page, line)}: the ${block} block has "${found}"; expected lines "key: value" with keys ${keys.join(', ')}`,
  blockMissing: (page: string, line: number, block: string, key: string) =>
    `${at(page, line)}: the ${block} block has no "${key}:" line; it is required`,
  frontMatter: (page: string) =>
    `${page}:1: no front matter with a title; expected the page to start with ---, title: <the page title>, ---`,
  pageNotInNav: (page: string, file: string) =>
    `${page}: the page would be ${file}, which the navigation does not list; ` +
    'add it to SITE_NAV in pipeline/report/page-shell.ts',
  pageMissing: (pages: string, file: string) =>
    `${pages}: no page for ${file}, which the navigation lists; expected ${pages}/${file.replace(/\.html$/, '.md')}`,
  registerMissing: (pages: string, block: string) =>
    `${pages}: no page has a \`\`\`${block} block, so the provenance links would lead nowhere; ` +
    'expected one on sources.md',
};
