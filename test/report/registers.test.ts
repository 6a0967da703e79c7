import { describe, expect, it } from 'vitest';
import {
  FACT_CLAIMS_SHOWN,
  FACT_CONFLICTS_SHOWN,
  OTHER_CLAIMS_SHOWN,
  renderRegister,
} from '../../pipeline/report/registers.ts';
import { fixturePackage } from './fixture.ts';

const csv = (header: string, ...rows: string[]) => `${header}\n${rows.join('\n')}\n`;

// one fact stated by seven claims, two of which disagree with it
const claimIds = Array.from({ length: 7 }, (_, i) => `wiki:${i + 1}:c0`);
const FILES = {
  'sources.csv': csv('source_id,title,sha256', `wiki,A test source,${'ab'.repeat(32)}`),
  'claims.csv': csv(
    'claim_id,source_id,line,figure,excerpt,linked',
    ...claimIds.map((id, i) => `${id},wiki,${i + 1},${i === 6 ? 9 : 7}%,Excerpt of line ${i + 1},true`),
  ),
  'facts.csv': csv(
    'fact_id,metric,election_id,party_id,region_id,poll_id,organisation_id,scope,value,unit,status,claims,rule',
    `threshold:e21,threshold,e21,,,,,,7,percent,resolved,${claimIds.join('; ')},source priority`,
  ),
  'conflicts.csv': csv(
    'conflict_id,fact_id,claim_id,reported,expected,expected_how,kind,severity,resolution,explanation',
    'c1,threshold:e21,wiki:7:c0,9,7,the other claims,disagreement,warning,source priority,Line 7 says 9%.',
  ),
};

describe('the conflicts register', () => {
  it(`shows ${OTHER_CLAIMS_SHOWN} of the fact's other claims under a conflict and links to the fact for the rest`, () => {
    const html = renderRegister('conflicts', fixturePackage(FILES));
    // the conflict's own claim, then three of the six others
    expect([...html.matchAll(/Excerpt of line (\d)/g)].map((m) => m[1])).toEqual(['7', '1', '2', '3']);
    expect(html).toContain('<p>and 3 more, under <a href="#fact-threshold:e21">the fact</a>.</p>');
  });

  it(`lists every claim under the fact itself, up to ${FACT_CLAIMS_SHOWN}`, () => {
    const html = renderRegister('facts', fixturePackage(FILES));
    expect([...html.matchAll(/Excerpt of line (\d)/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('the reading register', () => {
  const files = {
    'sources.csv': csv(
      'source_id,title,sha256',
      `wiki,A test source,${'ab'.repeat(32)}`,
      `news,A report,${'cd'.repeat(32)}`,
    ),
    'claims.csv': csv(
      'claim_id,source_id,line,figure,excerpt,linked,note',
      'wiki:1:c0,wiki,1,7%,Line 1,true,',
      'wiki:2:c0,wiki,2,9%,Line 2,false,no metric could be read next to the figure',
      'news:1:c0,news,1,72%,Line 1,false,<b>a hope</b>',
      'news:2:c0,news,2,10,Line 2,false,no metric could be read next to the figure',
      'news:3:c0,news,3,11,Line 3,false,no metric could be read next to the figure',
    ),
  };

  it('gives each source its figures read, linked and unlinked, and each reason with its count, escaped', () => {
    const html = renderRegister('reading', fixturePackage(files));
    const rows = [...html.matchAll(/<tr(?: class="(\w+)")?><td><code>(\w+)<\/code><\/td>(.*?)<\/tr>/g)].map((m) => [
      m[2],
      m[1] ?? '',
      m[3]!.replace(/<[^>]*>/g, '|').replace(/\|+/g, '|'),
    ]);
    expect(rows).toEqual([
      ['wiki', '', '|2|1|1|1 no metric could be read next to the figure|'],
      // no figure linked: highlighted, as make all names it
      ['news', 'attention', '|3|0|3|2 no metric could be read next to the figure|1 &lt;b&gt;a hope&lt;/b&gt;|'],
    ]);
  });
});

describe('a fact stated more often than the register shows', () => {
  // 1,234 copies of a source state the same threshold: the page lists the first 20 and says where the rest are
  const many = Array.from({ length: 1234 }, (_, i) => `copy-${i + 1}:4:c0`);
  const files = {
    ...FILES,
    'claims.csv': csv(
      'claim_id,source_id,line,figure,excerpt,linked',
      ...many.map((id, i) => `${id},wiki,4,7%,Copy ${i + 1} says 7%,true`),
    ),
    'facts.csv': csv(
      'fact_id,metric,election_id,party_id,region_id,poll_id,organisation_id,scope,value,unit,status,claims,rule',
      `threshold:e21,threshold,e21,,,,,,7,percent,agreed,${many.join('; ')},every source gives the same figure`,
    ),
    'conflicts.csv': csv(
      'conflict_id,fact_id,claim_id,reported,expected,expected_how,kind,severity,resolution,explanation',
    ),
  };

  it('shows its first claims, then how many more and where every one is listed', () => {
    const html = renderRegister('facts', fixturePackage(files));
    const shown = [...html.matchAll(/Copy (\d+) says/g)].map((m) => Number(m[1]));
    expect(shown).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(html).toContain(
      '<p class="more">and 1,214 more: this fact\'s <code>claims</code> in <a href="../processed/facts.csv">processed/facts.csv</a> names every one, each a row of <a href="../processed/claims.csv">processed/claims.csv</a>.</p>',
    );
  });
});

describe(`a fact with more than ${FACT_CONFLICTS_SHOWN} conflicts`, () => {
  // each of the seven claims disagrees in its own conflict: five are shown, then where the other two are
  const files = {
    ...FILES,
    'conflicts.csv': csv(
      'conflict_id,fact_id,claim_id,reported,expected,expected_how,kind,severity,resolution,explanation',
      ...claimIds.map(
        (id, i) =>
          `c${i + 1},threshold:e21,${id},9,7,the other claims,disagreement,warning,open,Conflict ${i + 1} says 9%.`,
      ),
    ),
  };

  it('shows its first conflicts, then how many more and where every one is', () => {
    const html = renderRegister('conflicts', fixturePackage(files));
    expect([...html.matchAll(/<h3>Conflict (\d) says/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5']);
    expect(html).toMatch(
      /<\/section>\n<p class="more">and 2 more conflicts on fact <a href="#fact-threshold:e21"><code>threshold:e21<\/code><\/a>: every one is a row of <a href="..\/processed\/conflicts.csv">processed\/conflicts.csv<\/a> with this fact_id.<\/p>$/,
    );
  });
});
