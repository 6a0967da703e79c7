// The README's resolve command, run as a user runs it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const resolve = (...args: string[]) => {
  const run = spawnSync('npm', ['run', '--silent', 'resolve', '--', ...args], { encoding: 'utf8' });
  return { status: run.status, json: run.stdout ? JSON.parse(run.stdout) : null, stderr: run.stderr };
};

describe('npm run --silent resolve', { timeout: 60_000 }, () => {
  it('prints the entity a name resolves to and exits 0', () => {
    const { status, json } = resolve('Бірлік');
    expect(status).toBe(0);
    expect(json).toEqual({
      input: 'Бірлік', id: 'adal', type: 'party', method: 'exact', candidates: [], matched: 'Бірлік', name_kind: 'former-name',
      renamed: { from: 'Бірлік', to: 'Adal', changed: '2020-11-05' },
    });
  });

  it('exits 3 with ranked candidates when the name does not resolve, within the type asked for', () => {
    const { status, json } = resolve('Democratic Institut', '--type', 'pollster');
    expect(status).toBe(3);
    expect(json).toMatchObject({ id: null, method: 'unresolved', candidates: [{ id: 'democratic-institute', type: 'pollster', score: 0.947 }] });
  });

  it('exits 2 and says what it expected on a usage error', () => {
    const { status, stderr } = resolve('Adal', '--type', 'planet');
    expect(status).toBe(2);
    expect(stderr.trim()).toBe('resolve: --type is "planet"; expected one of party, region, body, pollster, organisation, election');
  });
});
