// make test's first step (pipeline/lib/need-chromium.ts) on machines it cannot see here: chromium missing
// (a browser path that does not exist), apt-get a stub on a PATH of its own that records its calls,
// root or the user nobody. The real chromium of this machine is left alone.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPlan } from '../pipeline/lib/chromium.ts';
import { makeIn } from './scratch-make.ts';

let machine = '';
let bin = '';
let browser = '';
let calls = '';

/** A stub apt-get in bin/ that records each call; `install` puts a browser at `browser`, unless it fails. */
function stubAptGet(status = 0) {
  writeFileSync(
    join(bin, 'apt-get'),
    `#!/bin/bash\necho "apt-get $*" >> ${calls}\n` +
      `[ "$1" = install ] && [ ${status} = 0 ] && printf '#!/bin/bash\\n' > ${browser} && /bin/chmod +x ${browser}\n` +
      `exit ${status}\n`,
  );
  chmodSync(join(bin, 'apt-get'), 0o755);
}

/** The step, with only bin/ on PATH (node by its full path), as root or as nobody. */
function needChromium(as: 'root' | 'nobody' = 'root') {
  const command = [process.execPath, '--import', 'tsx', resolve('pipeline/lib/need-chromium.ts'), browser];
  const [file, ...args] =
    as === 'root' ? command : ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...command];
  const run = spawnSync(file!, args, { encoding: 'utf8', env: { PATH: bin, HOME: machine } });
  const recorded = existsSync(calls) ? readFileSync(calls, 'utf8').trimEnd().split('\n') : [];
  return { status: run.status, stderr: run.stderr, calls: recorded };
}

beforeEach(() => {
  machine = mkdtempSync(join(tmpdir(), 'bare-machine-'));
  chmodSync(machine, 0o777); // the user nobody records its calls here too
  bin = join(machine, 'bin');
  spawnSync('mkdir', ['-m', '777', bin]);
  browser = join(machine, 'chromium');
  calls = join(machine, 'calls');
});
afterEach(() => rmSync(machine, { recursive: true, force: true }));

describe('make test on a machine without chromium', { timeout: 60_000 }, () => {
  it('decides: nothing when the browser is there, apt-get as root, else a message', () => {
    const plans = [true, false].flatMap((browser) =>
      [true, false].flatMap((root) =>
        [true, false].map((aptGet) => `${browser} ${root} ${aptGet} ${chromiumPlan({ browser, root, aptGet })}`),
      ),
    );
    expect(plans).toEqual([
      'true true true ready',
      'true true false ready',
      'true false true ready',
      'true false false ready',
      'false true true install',
      'false true false no-apt-get',
      'false false true not-root',
      'false false false no-apt-get',
    ]);
  });

  it('as root with apt-get: runs apt-get update, then apt-get install -y chromium, and goes on', () => {
    stubAptGet();
    const { status, stderr, calls } = needChromium();
    expect(status, stderr).toBe(0);
    expect(calls).toEqual(['apt-get update', 'apt-get install -y chromium']);
    expect(existsSync(browser)).toBe(true);
    expect(stderr).toContain(
      `chromium  ${browser} is missing; the browser tests need it: installing Debian's package chromium ` +
        '(apt-get update && apt-get install -y chromium)\n',
    );
    expect(stderr).toMatch(new RegExp(`^chromium {2}installed Debian's package chromium: ${browser} {2}\\d+ ms$`, 'm'));
  });

  it('with the browser there: calls nothing', () => {
    stubAptGet();
    writeFileSync(browser, '#!/bin/bash\n', { mode: 0o755 });
    const { status, stderr, calls } = needChromium();
    expect(status, stderr).toBe(0);
    expect(calls).toEqual([]);
    expect(stderr).toMatch(new RegExp(`^chromium {2}found at ${browser}, for the browser tests {2}\\d+ ms$`, 'm'));
  });

  it('as a normal user: stops, naming the package and the command, and calls no apt-get', () => {
    stubAptGet();
    const { status, stderr, calls } = needChromium('nobody');
    expect(status, stderr).toBe(1);
    expect(calls).toEqual([]);
    expect(stderr).toBe(
      'chromium: stopped, nothing was written\n' +
        `  ${browser} is missing, and the browser tests need it; not root, so not installing it: ` +
        "run sudo sh -c 'apt-get update && apt-get install -y chromium' (Debian's package chromium), " +
        'then make test again; no test was run\n',
    );
  });

  it('without apt-get: stops, naming the package and the command', () => {
    const { status, stderr } = needChromium();
    expect(status, stderr).toBe(1);
    expect(stderr).toContain(
      `  ${browser} is missing, and the browser tests need it; apt-get is not on PATH, so not installing it: ` +
        "install Debian's package chromium (apt-get update && apt-get install -y chromium as root on Debian or " +
        `Ubuntu) or your system's chromium so that ${browser} runs it, then make test again; no test was run\n`,
    );
  });

  it('when apt-get fails: stops with its status, and installs nothing more', () => {
    stubAptGet(100);
    const { status, stderr, calls } = needChromium();
    expect(status, stderr).toBe(1);
    expect(calls).toEqual(['apt-get update']);
    expect(stderr).toContain(
      "  apt-get update failed (status 100); install Debian's package chromium yourself " +
        '(apt-get update && apt-get install -y chromium), then make test again; no test was run\n',
    );
  });

  it('is the first thing make test runs, so a refusal stops it before any test', () => {
    const { status, out } = makeIn('.', ['-n', 'test']);
    expect(status, out).toBe(0);
    // (after npm ci where the dependencies are not installed yet)
    expect(out.trimEnd().split('\n').slice(-4)).toEqual([
      'node_modules/.bin/tsx pipeline/lib/need-chromium.ts',
      'node_modules/.bin/prettier --check --log-level=warn .',
      'node_modules/.bin/tsc --noEmit',
      'node_modules/.bin/vitest run',
    ]);
  });
});
