// make test's first step: the browser tests need Debian's chromium (lib/chromium.ts). When it is missing,
// as root with apt-get it is installed (apt-get update, apt-get install -y chromium); otherwise make test
// stops here, before any test, with the package and the command that installs it. The browser's path
// may be given as the one argument (the tests of this step use one that does not exist).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runStage } from './cli.ts';
import { APT_STEPS, CHROMIUM, CHROMIUM_PACKAGE, chromiumPlan } from './chromium.ts';
import { PipelineError } from './messages.ts';
import { testMessage } from './messages-test.ts';

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && executable(join(dir, command)));

await runStage('chromium', () => {
  const browser = process.argv[2] ?? CHROMIUM;
  const plan = chromiumPlan({
    browser: executable(browser),
    root: process.getuid?.() === 0,
    aptGet: onPath('apt-get'),
  });
  if (plan === 'not-root' || plan === 'no-apt-get')
    throw new PipelineError([testMessage.chromiumMissing(browser, CHROMIUM_PACKAGE, plan)]);
  if (plan === 'ready') return testMessage.chromiumFound(browser);
  process.stderr.write(`${testMessage.chromiumInstalling(browser, CHROMIUM_PACKAGE)}\n`);
  for (const step of APT_STEPS) {
    const run = spawnSync('apt-get', step, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0)
      throw new PipelineError([testMessage.aptFailed(['apt-get', ...step].join(' '), run.status, CHROMIUM_PACKAGE)]);
  }
  if (!executable(browser)) throw new PipelineError([testMessage.stillMissing(browser, CHROMIUM_PACKAGE)]);
  return testMessage.chromiumInstalled(browser, CHROMIUM_PACKAGE);
});
