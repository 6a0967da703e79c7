// The report stage's core over a hand-written package: references, their errors, escaping, determinism.
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/messages.ts';
import { renderSite } from '../../pipeline/report/site.ts';
import { FIXTURE_FILES, fixturePackage, fixturePages } from './fixture.ts';

const SOURCES =
  '---\ntitle: Sources\n---\n\n```facts\n```\n\n```conflicts\n```\n\n```datasets\n```\n\n' +
  '```vega-lite\n{"data": {"name": "claims"}, "mark": "point", ' +
  '"encoding": {"x": {"field": "line", "type": "quantitative"}, "tooltip": [{"field": "excerpt"}]}}\n```\n';

async function problems(pages: Record<string, string>, files = FIXTURE_FILES): Promise<string[]> {
  try {
    await renderSite(fixturePages(pages), fixturePackage(files), 'pages');
  } catch (error) {
    if (error instanceof PipelineError) return error.messages;
    throw error;
  }
  return [];
}

describe('figure references', () => {
  it("print the row's field in the format asked for, linked to its fact on the sources page", async () => {
    const { files } = await renderSite(
      fixturePages({
        'results.md':
          '---\ntitle: Results\n---\n\n' +
          'Nur Otan swung {{swings[party_id=nur-otan, election_to=e21].swing_pp | signed:2}} points; ' +
          'Ak Zhol {{swings[party_id=ak-zhol].swing_pp | signed:1}}.\n',
      }),
      fixturePackage(),
      'pages',
    );
    const html = files.get('results.html')!;
    // the fixture's fact of Nur Otan's swing is resolved (a sign recovered): the figure carries the mark
    expect(html).toContain(
      'Nur Otan swung <a class="figure disputed-resolved" href="sources.html#fact-swing:e21:nur-otan" ' +
        'title="fact swing:e21:nur-otan (resolved: the sources disagreed, and a rule or a recorded decision chose ' +
        'this value)">\u221211.11<sup class="mark" aria-hidden="true">*</sup></a> points;',
    );
    // no fact for Ak Zhol's swing: the figure links to its table's definition instead
    expect(html).toContain(
      'Ak Zhol <a class="figure" href="sources.html#table-swings" title="computed: swings.swing_pp, ">+3.8</a>.',
    );
    expect(files.get('sources.html')).toContain('<section class="fact" id="fact-swing:e21:nur-otan">');
    expect(files.get('sources.html')).toContain('<tr id="table-swings">');
  });

  it('stop the build naming the page and line when no row matches, or several do', async () => {
    expect(
      await problems({
        'results.md':
          '---\ntitle: Results\n---\n\nFirst paragraph.\n\nA swing of\n' +
          '{{swings[party_id=nur-otn].swing_pp}} and {{swings[election_to=e21].swing_pp}}.\n',
      }),
    ).toEqual([
      'pages/results.md:8: no row of swings matches party_id=nur-otn; expected exactly one',
      'pages/results.md:8: 2 rows of swings match election_to=e21; ' +
        'expected exactly one (add a condition on the primary key)',
    ]);
  });

  it('stop the build on an empty value whose row notes why, naming the note; without one: "not given"', async () => {
    const files = {
      ...FIXTURE_FILES,
      'indices.csv':
        'index_id,election_id,index,value,note\n' +
        'e21-gallagher,e21,gallagher_lsq,,"no seats figure for ak-zhol, which has a vote share"\n' +
        'e21-enp,e21,enp_votes,,\n',
    };
    const page = (reference: string) => ({ 'seats.md': `---\ntitle: Seats\n---\n\nThe index was ${reference}.\n` });
    expect(await problems(page('{{indices[election_id=e21, index=gallagher_lsq].value | fixed:2}}'), files)).toEqual([
      "pages/seats.md:5: indices[election_id=e21, index=gallagher_lsq].value is empty, and its row's note says why: " +
        'no seats figure for ak-zhol, which has a vote share; expected a value: ' +
        'supply what the note asks for and run make all again, or take the figure off the page',
    ]);
    const { files: html } = await renderSite(
      fixturePages(page('{{indices[election_id=e21, index=enp_votes].value | fixed:2}}')),
      fixturePackage(files),
      'pages',
    );
    expect(html.get('seats.html')).toMatch(/The index was <a class="figure"[^>]*>not given<\/a>\./);
  });

  it("stop the build when a chart's data matches no row, expecting at least one", async () => {
    const chart =
      '```vega-lite\n{"data": {"name": "swings", "where": "party_id=nur-otn"}, "mark": "bar", "encoding": {"x": {"field": "swing_pp", "type": "quantitative"}}}\n```\n';
    expect(await problems({ 'results.md': `---\ntitle: Results\n---\n\n${chart}` })).toEqual([
      // the fence is line 5, the chart's one line of JSON (with its "where") line 6
      'pages/results.md:6: no row of swings matches party_id=nur-otn; expected at least one',
    ]);
  });

  it('name an unknown table, field, format or a reference that cannot be read', async () => {
    expect(
      await problems({
        'index.md':
          '---\ntitle: Index\n---\n{{swing[party_id=adal].swing_pp}}\n{{swings[party_id=adal].swing}}\n' +
          '{{swings[party_id=adal].swing_pp | sign:2}}\n{{swings.swing_pp}}\n',
      }),
    ).toEqual([
      'pages/index.md:4: there is no table "swing" in processed/; ' +
        'expected one of sources, entities, claims, facts, conflicts, swings',
      'pages/index.md:5: table swings has no field "swing"; ' +
        'expected one of party_id, election_from, election_to, share_from, share_to, swing_pp',
      'pages/index.md:6: unknown format "sign:2"; expected fixed:N, signed:N, percent:N, abs:N or int',
      'pages/index.md:7: cannot read the reference {{swings.swing_pp}}; ' +
        'expected {{table[field=value, …].field | format}} or {{count table[field=value, …]}} ' +
        '(docs/writing-pages.md#figures-charts-tables-and-registers)',
    ]);
  });

  it('count rows with count', async () => {
    const { files } = await renderSite(
      fixturePages({ 'index.md': '---\ntitle: Index\n---\n\n{{count swings[election_to=e21]}} parties.\n' }),
      fixturePackage(),
      'pages',
    );
    expect(files.get('index.html')).toContain('>2</a> parties.');
  });
});

describe('text from the sources', () => {
  it('appears escaped on the sources page and inside the embedded JSON of a chart', async () => {
    const { files } = await renderSite(fixturePages({ 'sources.md': SOURCES }), fixturePackage(), 'pages');
    const html = files.get('sources.html')!;
    expect(html).toContain(
      '<q class="excerpt">Nur Otan &lt;script&gt;alert(1)&lt;/script&gt; ' +
        'won &quot;&gt;&lt;img src=x onerror=alert(1)&gt; 71.09%</q>',
    );
    expect(html).toContain(
      '<h3>The source writes Nur Otan &lt;script&gt;alert(1)&lt;/script&gt; ' +
        'won &quot;&gt;&lt;img src=x onerror=alert(1)&gt; 71.09%</h3>',
    );
    expect(html).toContain(
      '"excerpt":"Nur Otan \\u003cscript\\u003ealert(1)\\u003c/script\\u003e ' +
        'won \\"\\u003e\\u003cimg src=x onerror=alert(1)\\u003e 71.09%"',
    );
    expect(html).not.toMatch(/<img|<script>alert|onerror=alert\(1\)>/);
    // every </script> closes a script element the page opened: none comes from the data
    expect(html.match(/<\/script>/g)?.length).toBe(html.match(/<script[ >]/g)?.length);
  });
});

describe('the site', () => {
  it('is byte-identical across runs', async () => {
    const render = async () => [
      ...(await renderSite(fixturePages({ 'sources.md': SOURCES }), fixturePackage(), 'pages')).files,
    ];
    expect(await render()).toEqual(await render());
  });

  it('needs a title on every page, every page of the navigation, and the registers the links lead to', async () => {
    const pages = fixturePages({ 'index.md': 'No front matter.\n' }).filter(
      (p) => p.path !== 'pages/seats.md' && p.path !== 'pages/sources.md',
    );
    pages.push({ path: 'pages/extra.md', text: '---\ntitle: Extra\n---\n' });
    await expect(renderSite(pages, fixturePackage(), 'pages')).rejects.toThrow(
      [
        'pages/index.md:1: no front matter with a title; ' +
          'expected the page to start with ---, title: <the page title>, ---',
        'pages/extra.md: the page would be extra.html, which the navigation does not list; ' +
          'add it to SITE_NAV in pipeline/report/page-shell.ts',
        'pages: no page for seats.html, which the navigation lists; expected pages/seats.md',
        'pages: no page for sources.html, which the navigation lists; expected pages/sources.md',
        'pages: no page has a ```facts block, so the provenance links would lead nowhere; expected one on sources.md',
        'pages: no page has a ```conflicts block, so the provenance links would lead nowhere; ' +
          'expected one on sources.md',
        'pages: no page has a ```datasets block, so the provenance links would lead nowhere; ' +
          'expected one on sources.md',
      ].join('\n'),
    );
  });
});

describe('a chart', () => {
  const chartOn = (mark: string, encoding: string) =>
    `---\ntitle: Sources\n---\n\n\`\`\`facts\n\`\`\`\n\n\`\`\`conflicts\n\`\`\`\n\n\`\`\`datasets\n\`\`\`\n\n\`\`\`vega-lite\n{"data": {"name": "facts"}, "mark": ${mark}, "encoding": ${encoding}}\n\`\`\`\n`;
  const embedded = async (mark: string, encoding: string) => {
    const page = chartOn(mark, encoding);
    const { files } = await renderSite(fixturePages({ 'sources.md': page }), fixturePackage(), 'pages');
    const json = /<script type="application\/json" id="chart-sources-1-spec">(.*?)<\/script>/s.exec(
      files.get('sources.html')!,
    )![1]!;
    return (JSON.parse(json) as { data: { values: Record<string, unknown>[] } }).data.values;
  };

  it("embeds only the fields its spec names: a fact's claims and rule stay on the sources page", async () => {
    const rows = await embedded('"bar"', '{"y": {"field": "status", "type": "nominal"}, "x": {"aggregate": "count"}}');
    expect(rows).toEqual([{ status: 'resolved' }, { status: 'agreed' }]);
  });

  it('embeds every field when its tooltip shows the whole row', async () => {
    const rows = await embedded('{"type": "bar", "tooltip": true}', '{"y": {"field": "status", "type": "nominal"}}');
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['fact_id', 'status', 'claims', 'rule', 'value']));
  });
});
