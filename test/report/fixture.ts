// A small processed/-shaped package written by hand for the report stage's tests: two parties, two
// elections, one source whose excerpt tries to break out of HTML and JSON.
import { loadPackage, type DataPackage } from '../../pipeline/report/data.ts';
import { SITE_NAV } from '../../pipeline/report/page-shell.ts';
import type { PageSource } from '../../pipeline/report/site.ts';

export const HOSTILE = 'Nur Otan <script>alert(1)</script> won "><img src=x onerror=alert(1)> 71.09%';

const csv = (header: string, ...rows: string[]) => `${header}\n${rows.join('\n')}\n`;
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

export const FIXTURE_FILES: Record<string, string> = {
  'sources.csv': csv('source_id,title,sha256', `wiki,A test source,${'ab'.repeat(32)}`),
  'entities.csv': csv(
    'entity_id,entity_type,name_en,short_name,colour,list_order,tile_row,tile_col',
    'ak-zhol,party,Ak Zhol Democratic Party,Ak Zhol,#E69F00,2,,',
    'kz,region,Kazakhstan,Kazakhstan,,1,,',
    'nur-otan,party,Nur Otan,Nur Otan,#0072B2,1,,',
    'e16,election,2016 election,,,1,,',
    'e21,election,2021 election,,,2,,',
  ),
  'claims.csv': csv(
    'claim_id,source_id,line,figure,excerpt,linked',
    `wiki:12:c2,wiki,12,71.09%,${quoted(HOSTILE)},true`,
    'wiki:30:c1,wiki,30,−11.11,Nur Otan lost 11.11 points,true',
  ),
  'facts.csv': csv(
    'fact_id,metric,election_id,party_id,region_id,poll_id,organisation_id,scope,value,unit,status,claims,rule',
    'swing:e21:nur-otan,swing,e21,nur-otan,,,,,-11.11,pp,resolved,wiki:30:c1,sign recovered',
    'vote_share:e21:nur-otan,vote_share,e21,nur-otan,,,,,71.09,percent,agreed,wiki:12:c2,every source gives the same figure',
  ),
  'conflicts.csv': csv(
    'conflict_id,fact_id,claim_id,reported,expected,expected_how,kind,severity,resolution,explanation',
    `sign:wiki:30:c1,swing:e21:nur-otan,wiki:30:c1,11.11,-11.11,71.09 − 82.2,sign,warning,sign recovered,${quoted(`The source writes ${HOSTILE}`)}`,
  ),
  'swings.csv': csv(
    'party_id,election_from,election_to,share_from,share_to,swing_pp',
    'ak-zhol,e16,e21,7.18,10.95,3.77',
    'nur-otan,e16,e21,82.2,71.09,-11.11',
  ),
};

const field = (name: string) => {
  const types: Record<string, string> = {
    line: 'integer',
    list_order: 'integer',
    tile_row: 'integer',
    tile_col: 'integer',
    value: 'number',
    reported: 'number',
    expected: 'number',
    share_from: 'number',
    share_to: 'number',
    swing_pp: 'number',
    linked: 'boolean',
  };
  return { name, type: types[name] ?? 'string', title: name === 'swing_pp' ? 'Swing (points)' : undefined };
};

export function fixturePackage(files: Record<string, string> = FIXTURE_FILES): DataPackage {
  const resources = Object.entries(files).map(([path, text]) => ({
    name: path.replace(/\.csv$/, ''),
    path,
    title: path,
    description: `One row is a ${path} row.`,
    schema: { fields: text.split('\n')[0]!.split(',').map(field) as never, primaryKey: [text.split(',')[0]!] },
  }));
  return loadPackage({ version: 'sha256:test', resources }, (path) => files[path]!);
}

/** The pages a test names, and a bare page with a title for every other page the navigation lists. */
export function fixturePages(pages: Record<string, string>): PageSource[] {
  const registers = '```facts\n```\n\n```conflicts\n```\n\n```datasets\n```\n';
  return SITE_NAV.filter((item) => !item.writtenBy).map((item) => {
    const name = item.file.replace(/\.html$/, '.md');
    const text = pages[name] ?? `---\ntitle: ${item.label}\n---\n\n${name === 'sources.md' ? registers : ''}`;
    return { path: `pages/${name}`, text };
  });
}
