// The SVGs the report stage keeps between builds: used when a chart's compiled spec and data are the
// same, never when either changed, and the pages come out byte for byte as when every chart is drawn.
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../pipeline/report/site.ts';
import { fixturePackage, fixturePages } from './fixture.ts';

const page = (mark: string) =>
  '---\ntitle: Sources\n---\n\n```facts\n```\n\n```conflicts\n```\n\n```datasets\n```\n\n' +
  `\`\`\`vega-lite\n{"data": {"name": "claims"}, "mark": "${mark}", ` +
  '"encoding": {"x": {"field": "line", "type": "quantitative"}}}\n```\n';

const render = (mark: string, drawn: Map<string, string>, data = fixturePackage()) =>
  renderSite(fixturePages({ 'sources.md': page(mark) }), data, 'pages', { drawn });

describe('charts drawn before', () => {
  it('give pages byte-identical to those with every chart drawn afresh', async () => {
    const drawn = new Map<string, string>();
    const fresh = await render('point', drawn);
    expect(drawn.size).toBe(1);
    expect([...drawn.values()][0]).toMatch(/^<svg/);
    expect((await render('point', drawn)).files).toEqual(fresh.files);
  });

  it('are used for the same spec and data, and not for another spec or other data', async () => {
    const drawn = new Map<string, string>();
    await render('point', drawn);
    const [key] = [...drawn.keys()];
    drawn.set(key!, '<svg id="kept"></svg>');
    expect((await render('point', drawn)).files.get('sources.html')).toContain('<svg id="chart-sources-1-kept">');

    const other = new Map(drawn);
    await render('tick', other);
    expect(other.size).toBe(2);
    const data = fixturePackage();
    const claims = data.tables.get('claims')!;
    claims.rows = claims.rows.map((row) => ({ ...row, line: Number(row.line) + 1 }));
    const changed = new Map(drawn);
    const html = (await render('point', changed, data)).files.get('sources.html')!;
    expect(html).not.toContain('kept');
    expect(changed.size).toBe(2);
  });
});
