// The danfojs recipe of docs/datasets.md, run as the docs give it: a table of processed/ as a DataFrame
// typed by its Table Schema, an empty cell missing and never 0.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

interface Frame {
  columns: string[];
  dtypes: string[];
  shape: [number, number];
  values: unknown[][];
}
let readTable: (name: string) => Frame;

beforeAll(async () => {
  const docs = readFileSync('docs/datasets.md', 'utf8');
  const section = docs.slice(docs.indexOf('## In danfojs'));
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  expect(code, 'docs/datasets.md has a js block under "In danfojs"').toBeDefined();
  // in the project, so that its imports resolve from node_modules as a user's script does
  mkdirSync('build/recipes', { recursive: true });
  const file = resolve('build/recipes/danfojs.mjs');
  writeFileSync(file, code!);
  ({ readTable } = await import(pathToFileURL(file).href));
}, 60_000);

const row = (frame: Frame, where: Record<string, unknown>) =>
  frame.values.find((values) => Object.entries(where).every(([k, v]) => values[frame.columns.indexOf(k)] === v))!;
const cell = (frame: Frame, values: unknown[], column: string) => values[frame.columns.indexOf(column)];

describe('the danfojs recipe', () => {
  it('types each column by its Table Schema', () => {
    const schema = JSON.parse(readFileSync(join('processed', 'datapackage.json'), 'utf8')).resources.find(
      (r: { name: string }) => r.name === 'turnout',
    ).schema.fields as { name: string; type: string }[];
    const turnout = readTable('turnout');
    expect(turnout.columns).toEqual(schema.map((f) => f.name));
    // turnout: two ids (string), four counts (integer), two percentages (number), a status (string)
    expect(turnout.dtypes).toEqual([
      'string',
      'string',
      'int32',
      'int32',
      'int32',
      'int32',
      'float32',
      'float32',
      'string',
    ]);
  });

  it('reads the figures, and a missing one as missing, never 0', () => {
    const turnout = readTable('turnout');
    // raw/001, the results table: 11,919,241 registered voters in 2021, turnout 63.25%
    const y2021 = row(turnout, { election_id: 'kz-mazhilis-2021', region_id: 'kz' });
    expect(cell(turnout, y2021, 'registered')).toBe(11_919_241);
    expect(cell(turnout, y2021, 'turnout_pct')).toBe(63.25);
    // no source gives 2016's registered voters
    expect(cell(turnout, row(turnout, { election_id: 'kz-mazhilis-2016', region_id: 'kz' }), 'registered')).toBeNull();
    const results = readTable('results_national');
    const nurOtan = row(results, { election_id: 'kz-mazhilis-2021', party_id: 'nur-otan' });
    expect(cell(results, nurOtan, 'seats')).toBe(76);
    expect(cell(results, nurOtan, 'passed_threshold')).toBe(true);
    expect(results.dtypes[results.columns.indexOf('passed_threshold')]).toBe('boolean');
  });
});
