// Authoring mistakes in a chart stop the build at the page line of the key written wrong: a field its data
// does not have, a mark, field type or selection type Vega-Lite does not know, a list that is not one, JSON
// that does not parse, a Vega-Lite warning; a Vega error while drawing stops it at the chart's block.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../../pipeline/lib/scratch.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';
import { reportMessage } from '../../pipeline/lib/report-messages.ts';
import { checkChart, MARKS, SELECTIONS, TYPES } from '../../pipeline/report/chart-check.ts';
import { renderSite } from '../../pipeline/report/site.ts';
import { folderSnapshot, makeIn } from '../scratch-make.ts';
import { FIXTURE_FILES, fixturePackage, fixturePages } from './fixture.ts';

const PAGE = 'pages/results.md';
// a small table of two text columns beside the fixture's, so that the columns a message lists are few
const FILES = { ...FIXTURE_FILES, 'counts.csv': 'label,count\na,1\nb,2\n' };

/**
 * results.md with one chart whose JSON is `lines`: the fence is the page's line 5, so the JSON's line k is
 * the page's line 5 + k.
 */
const chartPage = (lines: string[]) => `---\ntitle: Results\n---\n\n\`\`\`vega-lite\n${lines.join('\n')}\n\`\`\`\n`;

async function build(lines: string[]): Promise<{ problems: string[]; html?: string }> {
  try {
    const { files } = await renderSite(
      fixturePages({ 'results.md': chartPage(lines) }),
      fixturePackage(FILES),
      'pages',
    );
    return { problems: [], html: files.get('results.html') };
  } catch (error) {
    if (error instanceof PipelineError) return { problems: error.messages };
    throw error;
  }
}
const problems = async (lines: string[]) => (await build(lines)).problems;

/** The list after "expected one of " in a message. */
const listed = (message: string) => message.replace(/^.*expected one of /, '').split(', ');

describe('a chart field that is not a column of its data', () => {
  it('stops the build with the page line, the field and the columns closest first (golden)', async () => {
    // claims has claim_id, source_id, line, figure, excerpt, linked and nothing enriched (no id of an entity)
    // or beside it (no fact of a metric "line"). Similarity to "lines", one minus the edit distance over the
    // longer length: line 1 - 1/5 = 0.8, linked 1 - 2/6 = 0.67 (k inserted, s for d), claim_id 1 - 6/8 = 0.25,
    // figure 1 - 5/6 = 0.17, excerpt 1 - 6/7 = 0.14, source_id 1 - 8/9 = 0.11.
    expect(
      await problems([
        '{',
        '  "data": {"name": "claims"},',
        '  "mark": "point",',
        '  "encoding": {"x": {"field": "lines", "type": "quantitative"}}',
        '}',
      ]),
    ).toEqual([
      'pages/results.md:9: the vega-lite block reads the field "lines", which its data (claims) does not have; ' +
        'expected one of line, linked, claim_id, figure, excerpt, source_id',
    ]);
  });

  it('is found in x, in color and in a tooltip list, each at the line of its key', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "mark": "bar",',
        '  "encoding": {',
        '    "x": {"field": "lable", "type": "nominal"},',
        '    "color": {"field": "cuont", "type": "nominal"},',
        '    "tooltip": [',
        '      {"field": "label"},',
        '      {"field": "conut"}',
        '    ]',
        '  }',
        '}',
      ]),
    ).toEqual([
      // "lable" is two letters swapped from label (0.6) and has nothing in common with count (0); the others
      // are closer to count than to label
      reportMessage.chartField(PAGE, 10, 'lable', 'counts', ['label', 'count']),
      reportMessage.chartField(PAGE, 11, 'cuont', 'counts', ['count', 'label']),
      reportMessage.chartField(PAGE, 14, 'conut', 'counts', ['count', 'label']),
    ]);
  });

  it('is found in a sort, a transform that reads a field, and after an aggregate that dropped it', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "transform": [',
        '    {"fold": ["count", "labels"]},',
        '    {"aggregate": [{"op": "count", "as": "n"}], "groupby": ["key"]}',
        '  ],',
        '  "mark": "bar",',
        '  "encoding": {',
        '    "x": {"field": "key", "type": "nominal", "sort": {"field": "valeu"}},',
        '    "y": {"field": "label", "type": "quantitative"}',
        '  }',
        '}',
      ]),
    ).toEqual([
      reportMessage.chartField(PAGE, 9, 'labels', 'counts', ['label', 'count']),
      // the aggregate keeps its groupby and its outputs: key and n, the fold's value is gone
      reportMessage.chartField(PAGE, 14, 'valeu', 'counts', ['key', 'n']),
      reportMessage.chartField(PAGE, 15, 'label', 'counts', ['key', 'n']),
    ]);
  });

  it('is accepted when a transform made it: calculate as, fold as, window as, lookup fields', async () => {
    const { problems: found, html } = await build([
      '{',
      '  "data": {"name": "swings"},',
      '  "transform": [',
      '    {"calculate": "datum.swing_pp * 2", "as": "double"},',
      '    {"fold": ["share_from", "share_to"], "as": ["which", "share"]},',
      '    {"window": [{"op": "rank", "as": "place"}], "sort": [{"field": "share", "order": "descending"}]},',
      '    {"lookup": "party", "from": {"data": {"name": "counts"}, "key": "label", "fields": ["count"]}}',
      '  ],',
      '  "mark": "point",',
      '  "encoding": {',
      '    "x": {"field": "double", "type": "quantitative"},',
      '    "y": {"field": "share", "type": "quantitative"},',
      '    "color": {"field": "which", "type": "nominal"},',
      // party is enriched from party_id, swing_pp_fact is the fact beside Nur Otan's swing
      '    "tooltip": [{"field": "place"}, {"field": "count"}, {"field": "party"}, {"field": "swing_pp_fact"}]',
      '  }',
      '}',
    ]);
    expect(found).toEqual([]);
    expect(html).toContain('<figure class="chart" id="chart-results-1"');
  });

  it("reads a lookup's key and fields in the data it looks up", async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "transform": [',
        '    {"lookup": "label", "from": {"data": {"name": "counts"}, "key": "lable", "fields": ["count"]}}',
        '  ],',
        '  "mark": "bar",',
        '  "encoding": {"x": {"field": "label", "type": "nominal"}}',
        '}',
      ]),
    ).toEqual([reportMessage.chartField(PAGE, 9, 'lable', 'counts', ['label', 'count'])]);
  });

  it('is accepted when it comes from a transform, and the chart is drawn', async () => {
    const { problems: found, html } = await build([
      '{',
      '  "data": {"name": "counts"},',
      '  "transform": [',
      '    {"calculate": "length(datum.label)", "as": "letters"},',
      '    {"fold": ["label", "count"], "as": ["column", "text"]}',
      '  ],',
      '  "mark": "bar",',
      '  "encoding": {',
      '    "x": {"field": "column", "type": "nominal"},',
      '    "y": {"field": "letters", "type": "quantitative", "aggregate": "sum"},',
      '    "tooltip": [{"field": "text"}]',
      '  }',
      '}',
    ]);
    expect(found).toEqual([]);
    expect(html).toContain('<figure class="chart" id="chart-results-1"');
  });

  it('is found where an expression reads datum.name: filter, calculate, a condition, a mark property', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "transform": [',
        '    {"filter": "datum.lable != \'x\'"},',
        '    {"calculate": "datum[\'count\'] + datum.cont", "as": "more"}',
        '  ],',
        '  "mark": {"type": "text", "dx": {"expr": "datum.mroe > 1 ? 4 : -4"}},',
        '  "encoding": {',
        '    "text": {"field": "more"},',
        '    "color": {"condition": {"test": "datum.labl == \'a\'", "value": "red"}, "value": "blue"}',
        '  }',
        '}',
      ]),
    ).toEqual([
      reportMessage.chartField(PAGE, 9, 'lable', 'counts', ['label', 'count']),
      // "cont" is count less its u (1 - 1/5) and has no letter of label (0)
      reportMessage.chartField(PAGE, 10, 'cont', 'counts', ['count', 'label']),
      // the calculate made "more": "mroe" is it with two letters swapped (1 - 2/4), label keeps its e in place
      // (1 - 4/5), count has only an o, out of place (1 - 5/5)
      reportMessage.chartField(PAGE, 12, 'mroe', 'counts', ['more', 'label', 'count']),
      // "labl" is label less its e (1 - 1/5); count and more share no letter with it (0), listed as made
      reportMessage.chartField(PAGE, 15, 'labl', 'counts', ['label', 'count', 'more']),
    ]);
  });

  it("checks a layer's inherited channels against the layer's own data, and not those it takes away", () => {
    const spec = {
      encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'count', type: 'quantitative' } },
      layer: [
        { data: { name: 'counts' }, mark: 'bar' },
        { data: { name: 'swings' }, mark: 'rule', encoding: { x: null, y: { field: 'swing_pp' } } },
        { data: { name: 'swings' }, mark: 'tick' },
      ],
    };
    const columns = (data: Record<string, unknown>) =>
      data.name === 'counts' ? ['label', 'count'] : ['party_id', 'swing_pp'];
    expect(checkChart(spec, columns)).toEqual([
      // the third layer inherits x and y, written at the top
      {
        kind: 'field',
        path: ['encoding', 'x', 'field'],
        field: 'label',
        columns: ['party_id', 'swing_pp'],
        source: 'swings',
      },
      {
        kind: 'field',
        path: ['encoding', 'y', 'field'],
        field: 'count',
        columns: ['party_id', 'swing_pp'],
        source: 'swings',
      },
    ]);
  });
});

describe("the fields a spec reads (the checker's pure core)", () => {
  const columns = () => ['a', 'b'];
  const fieldsAt = (spec: unknown) =>
    checkChart(spec, columns).map((p) => (p.kind === 'field' ? `${p.path.join('.')}=${p.field}` : p.kind));

  it('covers every encoding channel, lists of definitions, conditions, sorts and argmax', () => {
    const channels = ['theta', 'size', 'text', 'detail', 'order', 'row', 'column', 'facet', 'shape'];
    const encoding = Object.fromEntries(channels.map((c) => [c, { field: `${c}_x` }]));
    const spec = {
      data: { name: 't' },
      mark: 'arc',
      encoding: {
        ...encoding,
        detail: [{ field: 'a' }, { field: 'detail_x' }],
        x: { field: 'a', sort: { field: 'sort_x', op: 'sum' } },
        y: { aggregate: { argmax: 'argmax_x' } },
        opacity: { condition: { test: 'datum.a > 1', field: 'condition_x' }, value: 1 },
        strokeDash: { datum: 'not a field' },
      },
    };
    expect(fieldsAt(spec)).toEqual([
      'encoding.theta.field=theta_x',
      'encoding.size.field=size_x',
      'encoding.text.field=text_x',
      'encoding.detail.1.field=detail_x',
      'encoding.order.field=order_x',
      'encoding.row.field=row_x',
      'encoding.column.field=column_x',
      'encoding.facet.field=facet_x',
      'encoding.shape.field=shape_x',
      'encoding.x.sort.field=sort_x',
      'encoding.y.aggregate.argmax=argmax_x',
      'encoding.opacity.condition.field=condition_x',
    ]);
  });

  it('covers the transforms that read a field, and counts the columns they make', () => {
    const spec = {
      data: { name: 't' },
      transform: [
        { filter: { and: [{ field: 'a', equal: 1 }, { not: { field: 'filter_x', valid: true } }] } },
        { filter: "datum.expression_x > 0 && datum.a != 'datum.quoted_is_text'" },
        { bin: true, field: 'bin_x', as: 'binned' },
        { timeUnit: 'year', field: 'a', as: 'year' },
        { joinaggregate: [{ op: 'sum', field: 'join_x', as: 'total' }], groupby: ['group_x'] },
        { window: [{ op: 'sum', field: 'window_x', as: 'running' }], sort: [{ field: 'wsort_x' }] },
        { flatten: ['flat_x'] },
        { impute: 'impute_x', key: 'b' },
        { stack: 'stack_x', groupby: ['a'], as: 'stacked' },
      ],
      mark: 'bar',
      encoding: {
        x: { field: 'binned_end' },
        y: { field: 'year' },
        color: { field: 'total' },
        size: { field: 'running' },
        text: { field: 'stacked_end' },
      },
    };
    expect(fieldsAt(spec)).toEqual([
      'transform.0.filter.and.1.not.field=filter_x',
      'transform.1.filter=expression_x',
      'transform.2.field=bin_x',
      'transform.4.groupby.0=group_x',
      'transform.4.joinaggregate.0.field=join_x',
      'transform.5.window.0.field=window_x',
      'transform.5.sort.0.field=wsort_x',
      'transform.6.flatten.0=flat_x',
      'transform.7.impute=impute_x',
      'transform.8.stack=stack_x',
    ]);
  });

  it('stops checking after a pivot, whose columns are its data values, and for data it did not fill', () => {
    const pivot = { data: { name: 't' }, transform: [{ pivot: 'a', value: 'b' }], mark: 'bar' };
    expect(fieldsAt({ ...pivot, encoding: { x: { field: 'any_value' } } })).toEqual([]);
    const inline = { data: { values: [{ q: 1 }] }, mark: 'bar', encoding: { x: { field: 'q' } } };
    expect(checkChart(inline, () => null)).toEqual([]);
  });
});

describe("a chart's data that names no table, or a where that cannot hold", () => {
  it('stops the build at the line of the "name" key', async () => {
    expect(await problems(['{', '  "data": {', '    "name": "count"', '  },', '  "mark": "bar"', '}'])).toEqual([
      reportMessage.unknownTable(PAGE, 8, 'count', [
        'sources',
        'entities',
        'claims',
        'facts',
        'conflicts',
        'swings',
        'counts',
      ]),
    ]);
  });

  it('stops the build at the line of the "where" key, in a lookup too', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts",',
        '    "where": "lable=a"},',
        '  "transform": [{"lookup": "label", "from": {',
        '    "data": {"name": "counts", "where": "label=z"},',
        '    "key": "label", "fields": ["count"]}}],',
        '  "mark": "bar"',
        '}',
      ]),
    ).toEqual([
      reportMessage.unknownField(PAGE, 8, 'counts', 'lable', ['label', 'count']),
      reportMessage.noRow(PAGE, 10, 'counts', 'label=z', 'at least one'),
    ]);
  });
});

describe('a mark, field type or selection type Vega-Lite does not know, or a list that is not one', () => {
  it('stops the build on "mark": "bars" with its page line and the marks, bar first', async () => {
    const found = await problems(['{', '  "data": {"name": "counts"},', '  "mark": "bars"', '}']);
    expect(found).toHaveLength(1);
    // bar is one letter away (0.75); the order of the others is the similarity's, every mark listed once
    expect(listed(found[0]!)[0]).toBe('bar');
    expect([...listed(found[0]!)].sort()).toEqual([...MARKS].sort());
    expect(found).toEqual([reportMessage.chartUnknown(PAGE, 8, '"mark": "bars"', 'mark', listed(found[0]!))]);
  });

  it('names a mark written as an object by its type', async () => {
    const found = await problems([
      '{',
      '  "data": {"name": "counts"},',
      '  "mark": {',
      '    "type": "pont"',
      '  }',
      '}',
    ]);
    expect(listed(found[0]!)[0]).toBe('point');
    expect(found).toEqual([reportMessage.chartUnknown(PAGE, 9, '"type": "pont"', 'mark', listed(found[0]!))]);
  });

  it('stops the build on "type": "quantitativ" as written, not undefined', async () => {
    const found = await problems([
      '{',
      '  "data": {"name": "counts"},',
      '  "mark": "bar",',
      '  "encoding": {',
      '    "x": {"field": "label", "type": "nominal"},',
      '    "y": {',
      '      "field": "count",',
      '      "type": "quantitativ"',
      '    }',
      '  }',
      '}',
    ]);
    expect(found).toHaveLength(1);
    expect(listed(found[0]!)[0]).toBe('quantitative');
    expect([...listed(found[0]!)].sort()).toEqual([...TYPES].sort());
    expect(found).toEqual([
      reportMessage.chartUnknown(PAGE, 13, '"type": "quantitativ"', 'field type', listed(found[0]!)),
    ]);
    expect(found[0]).not.toContain('undefined');
  });

  it('accepts a type as Vega-Lite reads it: in any case, or by its initial', async () => {
    const y = (type: string) => `    "y": {"field": "count", "type": "${type}", "aggregate": "sum"}`;
    const lines = (type: string) => [
      '{',
      '  "data": {"name": "counts"},',
      '  "mark": "bar",',
      '  "encoding": {',
      y(type),
      '  }',
      '}',
    ];
    expect(await problems(lines('Quantitative'))).toEqual([]);
    expect(await problems(lines('Q'))).toEqual([]);
    expect(await problems(lines('x'))).toHaveLength(1);
  });

  it('stops the build on a list or a name written as something else, which Vega-Lite would trip on', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "transform": {"calculate": "1", "as": "one"},',
        '  "mark": "bar",',
        '  "encoding": {"x": {"field": 5, "type": "nominal"}}',
        '}',
      ]),
    ).toEqual([
      reportMessage.chartShape(PAGE, 8, '"transform": {…}', 'a list: "transform": [ … ]'),
      reportMessage.chartShape(PAGE, 10, '"field": 5', 'a field name in quotes'),
    ]);
  });

  it('stops the build on a selection type Vega-Lite does not know, which it meets with an internal error', async () => {
    // "intervall" is interval and one more l (1 - 1/9), far from point
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "params": [{"name": "p", "select": "intervall"}],',
        '  "mark": "bar"',
        '}',
      ]),
    ).toEqual([reportMessage.chartUnknown(PAGE, 8, '"select": "intervall"', 'selection type', ['interval', 'point'])]);
  });

  it("lists Vega-Lite's own marks, field types and selection types, as its schema has them", () => {
    const schema = JSON.parse(readFileSync('node_modules/vega-lite/build/vega-lite-schema.json', 'utf8'));
    const { Mark, BoxPlot, ErrorBar, ErrorBand, Type } = schema.definitions;
    expect(MARKS).toEqual([...Mark.enum, BoxPlot.const, ErrorBar.const, ErrorBand.const]);
    expect(TYPES).toEqual(Type.enum);
    expect(SELECTIONS).toEqual(schema.definitions.SelectionType.enum);
  });
});

describe('a Vega-Lite warning about a chart', () => {
  it('stops the build at the line of the key its message quotes, with the key and value as written', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "mark": "bar",',
        '  "encoding": {',
        '    "x": {"field": "label", "type": "nominal"},',
        '    "y": {"field": "count", "type": "quantitative", "aggregate": "summ"}',
        '  }',
        '}',
      ]),
    ).toEqual([reportMessage.chartWarning(PAGE, 11, '"aggregate": "summ"', 'Invalid aggregation operator "summ".')]);
  });

  it('places a message at the entry that fits most of what it quotes, not the first with one of them', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "mark": "bar",',
        '  "encoding": {',
        '    "tooltip": [{"field": "label"}],',
        '    "x": "label"',
        '  }',
        '}',
      ]),
    ).toEqual([
      // the tooltip's field has the quoted "label" (2), the x channel both "x" and "label" (3)
      reportMessage.chartWarning(
        PAGE,
        11,
        '"x": "label"',
        'Dropping "label" from channel "x" since it does not contain any data field, datum, value, or signal.',
      ),
    ]);
  });

  it('places an unknown channel, which Vega-Lite names without quotes, at its key', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "mark": "bar",',
        '  "encoding": {',
        '    "x": {"field": "label", "type": "nominal"},',
        '    "colour": {"field": "label", "type": "nominal"}',
        '  }',
        '}',
      ]),
    ).toEqual([
      reportMessage.chartWarning(
        PAGE,
        11,
        '"colour": {…}',
        'colour-encoding is dropped as colour is not a valid encoding channel.',
      ),
    ]);
  });
  it('places a message quoting a channel and a value at the value', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "mark": "bar",',
        '  "encoding": {',
        '    "x": {',
        '      "field": "label",',
        '      "type": "nominal",',
        '      "scale": {"type": "lgo"}',
        '    }',
        '  }',
        '}',
      ]),
    ).toEqual([
      reportMessage.chartWarning(
        PAGE,
        13,
        '"type": "lgo"',
        'Channel "x" does not work with "lgo" scale. We are using "band" scale instead.',
      ),
    ]);
  });

  it('stops the build when Vega cannot parse what Vega-Lite made (a scale domain that is not a list)', async () => {
    const lines = ['{', '  "data": {"name": "counts"},', '  "mark": "line",', '  "encoding": {'];
    const y = '    "y": {"field": "count", "type": "quantitative", "scale": {"domain": "all"}}';
    expect(await problems([...lines, y, '  }', '}'])).toEqual([
      reportMessage.chartDrawing(PAGE, 5, 'Undefined data set name: undefined'),
    ]);
  });

  it('stops the build when Vega reports an error drawing the chart (a time unit Vega-Lite passed on)', async () => {
    // Vega-Lite compiles "yeer" without a word; Vega cannot draw it. Its message names no key: the fence's line
    const lines = ['{', '  "data": {"name": "counts"},', '  "mark": "bar",', '  "encoding": {'];
    const x = '    "x": {"field": "label", "type": "temporal", "timeUnit": "yeer"}';
    expect(await problems([...lines, x, '  }', '}'])).toEqual([
      reportMessage.chartDrawing(PAGE, 5, 'Missing time unit.'),
    ]);
  });
});

describe('chart JSON that does not parse', () => {
  it('stops the build at the page line and column of the fault', async () => {
    expect(
      await problems([
        '{',
        '  "data": {"name": "counts"},',
        '  "mark": "bar"',
        '  "encoding": {"x": {"field": "label", "type": "nominal"}}',
        '}',
      ]),
    ).toEqual([reportMessage.chartJson(PAGE, 9, 3, "expected ',' or '}' after a property value, found '\"'")]);
  });

  it('names the end of the block when the spec stops short: the line of the closing fence', async () => {
    expect(await problems(['{', '  "data": {"name": "counts"},', '  "mark": "bar",'])).toEqual([
      reportMessage.chartJson(PAGE, 9, 1, 'expected a double-quoted property name, found the end of the block'),
    ]);
  });
});

describe('make all with a misspelt chart field on a page', { timeout: 240_000 }, () => {
  let project = '';
  beforeAll(() => {
    project = scratchProject('authoring-');
    const first = makeIn(project);
    if (first.status !== 0) throw new Error(first.out);
  }, 240_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('stops in the report stage with the page line, and leaves reports/ and processed/ as they were', () => {
    const page = join(project, 'pipeline/report/pages/results.md');
    const lines = readFileSync(page, 'utf8').split('\n');
    // the swing chart's x channel is the page's line 40
    expect(lines[39]).toContain('"x": {"field": "swing_pp", "type": "quantitative"');
    lines[39] = lines[39]!.replace('"swing_pp"', '"swing_p"');
    const before = [folderSnapshot(join(project, 'reports')), folderSnapshot(join(project, 'processed'))];
    writeFileSync(page, lines.join('\n'));
    const run = makeIn(project);
    expect(run.status, run.out).not.toBe(0);
    // swing_pp is one letter away (1 - 1/8), the closest of the columns by far
    expect(run.out).toContain(
      'report: stopped, nothing was written\n  pipeline/report/pages/results.md:40: the vega-lite block reads the ' +
        'field "swing_p", which its data (swings) does not have; expected one of swing_pp, ',
    );
    expect(run.out).not.toMatch(/\n\s+at /);
    expect([folderSnapshot(join(project, 'reports')), folderSnapshot(join(project, 'processed'))]).toEqual(before);
  });
});
