import { describe, expect, it } from 'vitest';
import { OTHER_CLAIMS_SHOWN, renderRegister } from '../../pipeline/report/registers.ts';
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
    expect(html).toContain('<p>and 3 more, listed under <a href="#fact-threshold:e21">the fact</a>.</p>');
  });

  it('lists every claim under the fact itself', () => {
    const html = renderRegister('facts', fixturePackage(FILES));
    expect([...html.matchAll(/Excerpt of line (\d)/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});
