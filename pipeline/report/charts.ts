// A chart is a Vega-Lite spec whose data names a processed/ table: the stage fills in the rows (with
// readable names and the fact behind each figure), the party colours and order, and renders it to SVG.
import { createHash } from 'node:crypto';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { silent, type Tracker } from '../lib/attention.ts';
import type { DataPackage, Row } from './data.ts';
import type { Entities } from './entities.ts';
import { describeFilter, matches, parseFilter } from './filters.ts';
import type { FactIndex } from './provenance.ts';
import { PipelineError } from '../lib/messages.ts';
import { reportMessage } from '../lib/report-messages.ts';
import { similarity } from '../names/similarity.ts';
import { checkChart, type Problem } from './chart-check.ts';
import { parseLocated, type Entry, type JsonPath } from './located-json.ts';

type Located = { page: string; line: number };
type Json = Record<string, unknown>;

const COLOUR_CHANNELS = ['color', 'fill', 'stroke'];
const POSITION_CHANNELS = ['x', 'y', 'xOffset', 'yOffset', 'row', 'column', 'facet'];
const CONFIG = {
  font: 'Helvetica, Arial, sans-serif',
  view: { stroke: null },
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    titleColor: '#1d2330',
    labelColor: '#1d2330',
    gridColor: '#e6e8ec',
  },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 260 },
  title: { fontSize: 14, anchor: 'start' },
};

/** The spec with its data filled in, ready to compile; or the messages saying why it cannot be. */
export function prepareChart(
  text: string,
  where: Located,
  data: DataPackage,
  entities: Entities,
  facts: FactIndex,
): { spec: TopLevelSpec; compiled: vega.Spec } | { errors: string[] } {
  // the block's first line is the line after the fence
  const pageLine = (line: number) => where.line + line;
  const parsed = parseLocated(text);
  if ('error' in parsed) {
    const { line, column, detail } = parsed.error;
    return { errors: [reportMessage.chartJson(where.page, pageLine(line), column, detail)] };
  }
  const spec = parsed.value as Json;
  const parties = new Set<string>();
  const errors: string[] = [];
  const named = namedIn(text);
  // the columns of each data object the stage fills, as the chart sees them: enriched, with their facts
  const columns = new Map<string, string[]>();
  const dataKey = (name: unknown, whereText: unknown) => JSON.stringify([name, whereText ?? '']);
  // a message about a data object names the line of its "name" or "where" key
  const keyLine = (path: JsonPath) => pageLine(parsed.at(path)?.line ?? 0);
  const filled = fill(spec, (name, whereText, path) => {
    const table = data.tables.get(name);
    const nameLine = keyLine([...path, 'name']);
    const whereLine = whereText === undefined ? nameLine : keyLine([...path, 'where']);
    if (!table)
      return void errors.push(reportMessage.unknownTable(where.page, nameLine, name, [...data.tables.keys()]));
    const { conditions, bad } = parseFilter(whereText ?? '');
    if (bad !== null) return void errors.push(reportMessage.badFilter(where.page, whereLine, bad));
    const unknown = conditions.find((c) => !table.fields.some((f) => f.name === c.field));
    if (unknown)
      return void errors.push(
        reportMessage.unknownField(
          where.page,
          whereLine,
          name,
          unknown.field,
          table.fields.map((f) => f.name),
        ),
      );
    const fields = table.fields.map((f) => f.name);
    const full = table.rows
      .filter((row) => matches(row, conditions))
      .map((row) => withFacts(name, entities.enrich(row), fields, facts));
    const seen = new Set(fields);
    for (const row of full) for (const field in row) seen.add(field);
    columns.set(dataKey(name, whereText), [...seen]);
    const rows = full.map((row) => onlyNamed(row, named));
    if (rows.length === 0)
      errors.push(reportMessage.noRow(where.page, whereLine, name, describeFilter(conditions), 'at least one'));
    for (const row of rows) if (typeof row.party === 'string') parties.add(row.party);
    return rows;
  });
  if (errors.length > 0) return { errors };
  if (filled.found === 0) return { errors: [reportMessage.chartNoData(where.page, where.line)] };
  const problems = checkChart(spec, (d) => columns.get(dataKey(d.name, d.where)) ?? null);
  if (problems.length > 0)
    return {
      errors: problems
        .sort((a, b) => keyLine(a.path) - keyLine(b.path))
        .map((p) => problemMessage(p, where.page, keyLine(p.path))),
    };
  const shown = entities.parties.filter((p) => parties.has(p.short));
  const result = styleParties(
    filled.value,
    shown.map((p) => p.short),
    shown.map((p) => p.colour),
  ) as Json;
  result.config = { ...CONFIG, ...(result.config as Json | undefined) };
  // a warning is a chart that draws something else than written (and a console warning in the browser)
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => void warnings.push(m.join(' ')),
    warn: (...m: unknown[]) => void warnings.push(m.join(' ')),
    info: () => logger,
    debug: () => logger,
  };
  // each message names the page line of the key it is about, found by a name or value it quotes
  const located = (detail: string) => {
    const entry = locate(detail, parsed.entries);
    return [entry ? pageLine(entry.line) : where.line, entry ? written(entry.path, entry.value) : null] as const;
  };
  let compiled: vega.Spec;
  try {
    compiled = compile(result as unknown as TopLevelSpec, { logger: logger as never }).spec;
  } catch (error) {
    const detail = (error as Error).message;
    return { errors: [reportMessage.chartInvalid(where.page, ...located(detail), detail)] };
  }
  if (warnings.length > 0)
    return { errors: warnings.map((detail) => reportMessage.chartWarning(where.page, ...located(detail), detail)) };
  return { spec: result as unknown as TopLevelSpec, compiled };
}

function problemMessage(problem: Problem, page: string, line: number): string {
  if (problem.kind === 'field')
    return reportMessage.chartField(
      page,
      line,
      problem.field,
      problem.source,
      closestFirst(problem.field, problem.columns),
    );
  const shown = written(problem.path, problem.value);
  return problem.kind === 'shape'
    ? reportMessage.chartShape(page, line, shown, problem.expected)
    : reportMessage.chartUnknown(page, line, shown, problem.what, closestFirst(problem.value, problem.valid));
}

/** `names` ordered by how close each is to `written`, the closest first (ties as listed). */
const closestFirst = (written: unknown, names: string[]): string[] =>
  names
    .map((name, index) => ({ name, index, score: similarity(String(written), name) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((n) => n.name);

/** A key and its value as the page has them: `"type": "quantitativ"`; an array item by its value alone. */
function written(path: JsonPath, value: unknown): string {
  const shown =
    value !== null && typeof value === 'object' ? (Array.isArray(value) ? '[…]' : '{…}') : JSON.stringify(value);
  const key = path.at(-1);
  return typeof key === 'string' ? `${JSON.stringify(key)}: ${shown}` : shown;
}

/**
 * The entry a Vega-Lite message is about: the one that best fits the texts it quotes (its value quoted counts
 * two, each key on its path quoted one; the first written of the best), else an encoding channel the message
 * names (an unknown channel is named without quotes).
 */
function locate(detail: string, entries: Entry[]): Entry | undefined {
  const quoted = new Set([...detail.matchAll(/"([^"]+)"/g)].map((m) => m[1]));
  let best: { entry?: Entry; score: number } = { score: 0 };
  for (const entry of entries) {
    const score =
      (typeof entry.value === 'string' && quoted.has(entry.value) ? 2 : 0) +
      entry.path.filter((key) => quoted.has(String(key))).length;
    if (score > best.score) best = { entry, score };
  }
  if (best.entry) return best.entry;
  const words = new Set(detail.match(/[A-Za-z]\w*/g));
  return entries.find((e) => e.path.at(-2) === 'encoding' && words.has(String(e.path.at(-1))));
}

/** SVGs drawn before, by chartKey: a rebuild draws only the charts whose spec or data changed. */
export interface DrawnCharts {
  get(key: string): string | undefined;
  set(key: string, svg: string): void;
}

/** What a chart's SVG depends on: its compiled spec (the data is inline in it) and the vega that draws it. */
export const chartKey = (compiled: vega.Spec): string =>
  createHash('sha256')
    .update(`${vega.version}\0${JSON.stringify(compiled)}`)
    .digest('hex');

/**
 * Renders every chart of every page in this one process, or takes its SVG from `drawn`, where each chart
 * drawn is kept; ids are prefixed so charts on one page never share them. A chart Vega reports an error or a
 * warning about while drawing (a setting Vega-Lite passed on, such as an unknown time unit) stops the build.
 */
export async function renderCharts(
  charts: { id: string; compiled: vega.Spec; where: Located }[],
  track: Tracker = silent,
  drawn: DrawnCharts = new Map(),
): Promise<Map<string, string>> {
  const svgs = new Map<string, string>();
  const errors: string[] = [];
  const shown = track(charts.length, 'chart');
  for (const { id, compiled, where } of charts) {
    const key = chartKey(compiled);
    let svg = drawn.get(key);
    if (svg === undefined) {
      const drawing = await drawChart(compiled);
      errors.push(...drawing.problems.map((detail) => reportMessage.chartDrawing(where.page, where.line, detail)));
      if (drawing.problems.length === 0) drawn.set(key, drawing.svg);
      svg = drawing.svg;
    } else drawn.set(key, svg);
    svgs.set(id, svg.replace(/\bid="([^"]+)"/g, `id="${id}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${id}-$1)`));
    shown.step();
  }
  shown.end();
  if (errors.length > 0) throw new PipelineError(errors);
  return svgs;
}

async function drawChart(compiled: vega.Spec): Promise<{ svg: string; problems: string[] }> {
  const problems: string[] = [];
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
  const logger = {
    level: () => logger,
    error: (...parts: unknown[]) => void problems.push(text(parts)),
    warn: (...parts: unknown[]) => void problems.push(text(parts)),
    info: () => logger,
    debug: () => logger,
  };
  // a setting Vega cannot parse (a scale domain that is neither a list nor data) throws, as a problem does
  try {
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: logger as never });
    const svg = await view.toSVG();
    view.finalize();
    return { svg, problems };
  } catch (error) {
    return { svg: '', problems: [...problems, (error as Error).message] };
  }
}

/**
 * Which fields a spec can use: those it names anywhere (an encoding, a transform, an expression), or every
 * field when a tooltip shows the whole row. The page embeds the rows twice (drawn and as JSON): a field no
 * one reads, such as a fact's list of thousands of claim ids, would only make it larger.
 */
function namedIn(text: string): (field: string) => boolean {
  if (/"tooltip"\s*:\s*true|"content"\s*:\s*"data"/.test(text)) return () => true;
  return (field) => text.includes(field);
}

const onlyNamed = (row: Row, named: (field: string) => boolean): Row =>
  Object.fromEntries(Object.entries(row).filter(([field]) => named(field)));

/** Each figure's fact beside it, as `<field>_fact`, so tooltips can show where a mark's value comes from. */
function withFacts(table: string, row: Row, fields: string[], facts: FactIndex): Row {
  const extra: Row = {};
  for (const field of fields) {
    if (typeof row[field] !== 'number') continue;
    const factId = facts.factFor(table, row, field);
    if (factId) extra[`${field}_fact`] = factId;
  }
  return { ...row, ...extra };
}

/** The spec with each `data` that names a table given its rows; `rows` is told where the data object is. */
function fill(
  node: unknown,
  rows: (name: string, where: string | undefined, path: JsonPath) => Row[] | void,
): { value: unknown; found: number } {
  let found = 0;
  const walk = (value: unknown, path: JsonPath): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value as Json).map(([key, child]) => {
        if (key === 'data' && child && typeof child === 'object' && typeof (child as Json).name === 'string') {
          found++;
          const { name, where, ...rest } = child as Json;
          return [key, { ...rest, values: rows(name as string, where as string | undefined, [...path, key]) ?? [] }];
        }
        return [key, walk(child, [...path, key])];
      }),
    );
  };
  return { value: walk(node, []), found };
}

/** A `party` field coloured with the registry's colours and ordered as the registry lists parties. */
function styleParties(node: unknown, domain: string[], range: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => styleParties(n, domain, range));
  if (node === null || typeof node !== 'object') return node;
  const object = Object.fromEntries(Object.entries(node as Json).map(([k, v]) => [k, styleParties(v, domain, range)]));
  const encoding = object.encoding as Record<string, Json> | undefined;
  if (!encoding) return object;
  for (const [channel, def] of Object.entries(encoding)) {
    if (!def || def.field !== 'party') continue;
    if (COLOUR_CHANNELS.includes(channel) && def.scale === undefined) def.scale = { domain, range };
    if (POSITION_CHANNELS.includes(channel) && def.sort === undefined) def.sort = domain;
  }
  return object;
}
