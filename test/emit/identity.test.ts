import { describe, expect, it } from 'vitest';
import { packageIdentity } from '../../pipeline/emit/identity.ts';
import type { Source } from '../../pipeline/lib/manifest.ts';
import { loadRegistry } from '../../pipeline/registry/registry.ts';

const registry = loadRegistry();
const about = (...ids: (string | null)[]): Source[] =>
  ids.map((election_id, i) => ({
    source_id: `made-up-${i}`,
    file: `${i}.txt`,
    title: 'Made up',
    kind: 'analysis',
    language: 'en',
    revision_of: null,
    revision: null,
    layout: 'line-per-paragraph',
    election_id,
    description: '',
    sha256: '0'.repeat(64),
  }));

describe("the data package's name and title", () => {
  it('come from the election the sources are about: country, chamber and date from the registry', () => {
    expect(packageIdentity(about('kz-mazhilis-2021', 'kz-mazhilis-2021'), registry)).toEqual({
      name: 'kz-mazhilis-2021',
      title: 'Kazakhstan Mazhilis election of 10 January 2021: reconciled, cited data',
    });
  });

  it('name every election when the sources are about two, in date order', () => {
    expect(packageIdentity(about('kz-mazhilis-2021', null, 'kz-mazhilis-2016'), registry)).toEqual({
      name: 'kz-mazhilis-2016-2021',
      title: 'Kazakhstan Mazhilis elections of 20 March 2016 and 10 January 2021: reconciled, cited data',
    });
  });

  it("take the registry's elections when no source names one", () => {
    expect(packageIdentity(about(null), registry).name).toBe('kz-mazhilis-2012-2016-2021-2023');
  });
});
