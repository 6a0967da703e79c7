// The README's resolve command: its work called directly, and once run as a user runs it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resolveCommand } from '../../pipeline/normalise/lookup.ts';
import { buildResolver } from '../../pipeline/names/resolver.ts';
import { loadRegistry } from '../../pipeline/registry/registry.ts';

const resolver = buildResolver(loadRegistry());
const resolve = (...args: string[]) => {
  const result = resolveCommand(args, () => resolver);
  return { ...result, json: result.stdout.startsWith('{') ? JSON.parse(result.stdout) : null };
};
const USAGE = 'usage: npm run --silent resolve -- "<name>" [--type <type>]';

describe('resolveCommand', () => {
  it('prints the entity a name resolves to and exits 0', () => {
    const { exitCode, json } = resolve('Бірлік');
    expect(exitCode).toBe(0);
    expect(json).toEqual({
      input: 'Бірлік',
      id: 'adal',
      type: 'party',
      method: 'exact',
      candidates: [],
      matched: 'Бірлік',
      name_kind: 'former-name',
      renamed: { from: 'Бірлік', to: 'Adal', changed: '2020-11-05' },
    });
  });

  it('exits 3 with ranked candidates when the name does not resolve, within the type asked for', () => {
    const { exitCode, json } = resolve('Democratic Institut', '--type', 'pollster');
    expect(exitCode).toBe(3);
    expect(json).toMatchObject({
      id: null,
      method: 'unresolved',
      candidates: [{ id: 'democratic-institute', type: 'pollster' }],
    });
    // skeletons "democraticinstitut" against "democraticinstitute": one edit in 19 letters
    expect(json.candidates[0].score).toBeCloseTo(1 - 1 / 19, 3);
  });

  it('exits 2 and says what it expected on a usage error', () => {
    expect(resolve('Adal', '--type', 'planet')).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: 'resolve: --type is "planet"; expected one of party, region, body, pollster, organisation, election\n',
    });
    expect(resolve()).toMatchObject({
      exitCode: 2,
      stderr:
        'resolve: found no name; expected one, quoted: npm run --silent resolve -- "Aq Jol" [--type party|region|body|pollster|organisation|election]\n',
    });
    expect(resolve('Aq', 'Jol').stderr).toBe(
      'resolve: found 2 names; expected one, quoted: npm run --silent resolve -- "Aq Jol" [--type party|region|body|pollster|organisation|election]\n',
    );
  });

  it('prints the usage for --help and -h, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const { exitCode, stdout, stderr } = resolve(flag);
      expect([exitCode, stderr, stdout.split('\n')[0]]).toEqual([0, '', USAGE]);
    }
  });
});

describe('npm run resolve', { timeout: 60_000 }, () => {
  it('runs as the README says: --help prints the usage and exits 0', () => {
    const run = spawnSync('npm', ['run', '--silent', 'resolve', '--', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${USAGE}\n`);
    expect(run.stdout).toContain(
      'Exit codes: 0 the name resolves, 3 it does not (candidates lists the closest entities), 2 a usage error.',
    );
  });
});
