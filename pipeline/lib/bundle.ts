// bundle: each named stage's entry (pipeline/<stage>/main.ts) → build/bin/<stage>.mjs, one plain ES module
// with everything it imports (a tsx start costs 3x a node start), in one esbuild run. A bundle is
// written only when its bytes change (lib/stale.ts), and build/deps/<stage>.d, made from esbuild's
// metafile, tells make which files the bundle is made of: the stage's modules, the libraries and the
// other stages' modules it imports, and exactly the registry files it reads. When make reruns this step
// for a time stamp alone (a file touched, a checkout), the content of those files decides: a stage whose
// files, lock file and bundler are byte for byte as last time is not bundled again.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runStage } from './cli.ts';
import { writeFileAtomic } from './files.ts';
import { message, PipelineError } from './messages.ts';
import { codeHash, contentKey } from './stale.ts';

// daff is CommonJS and requires node's crypto: an ES module bundle needs a require to hand it
const WITH_REQUIRE =
  "import { createRequire as requireFrom } from 'node:module'; const require = requireFrom(import.meta.url);";

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const KEY_LINE = /^# inputs: ([0-9a-f]{64})$/m;

await runStage('bundle', async () => {
  const { values, positionals: stages } = parseArgs({
    options: {
      out: { type: 'string' },
      deps: { type: 'string' },
      stamp: { type: 'string' },
      'with-require': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const { out, deps, stamp } = values;
  if (!out || !deps || !stamp || stages.length === 0)
    throw new PipelineError([message.missingOptions('bundle', ['out', 'deps', 'stamp'], ['out', 'deps', 'stamp'])]);
  const ruleOf = (stage: string) => join(deps, `${stage}.d`);
  const settings = JSON.stringify({ out, withRequire: values['with-require'] });
  const stale = stages.filter((stage) => {
    const previous = readRule(ruleOf(stage));
    return !previous || !existsSync(join(out, `${stage}.mjs`)) || previous.key !== inputsKey(previous.inputs, settings);
  });
  if (stale.length === 0) return message.bundled(stages, out, [], false);
  if (process.stderr.isTTY) process.stderr.write(message.bundling(stale, out));
  const { outputs, metafile } = runEsbuild(stale, out, values['with-require']);
  const written: string[] = [];
  for (const stage of stale) {
    const path = join(out, `${stage}.mjs`);
    if (writeFileAtomic(path, outputs.get(stage)!)) written.push(stage);
    const inputs = Object.keys(metafile.outputs[join(outputs.folder, `${stage}.mjs`)]!.inputs)
      .filter((input) => !input.startsWith('node_modules/'))
      .sort();
    writeFileAtomic(ruleOf(stage), dependencyRule(path, stamp, inputs, inputsKey(inputs, settings)));
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return message.bundled(stages, out, written, true);
});

/**
 * The esbuild command, run and waited for (so that its CPU time counts where `make bench` measures):
 * each stage's bundle text, and the metafile.
 */
function runEsbuild(
  stages: string[],
  out: string,
  withRequire: boolean,
): { outputs: Map<string, string> & { folder: string }; metafile: Metafile } {
  const folder = join(out, `.bundle.tmp-${process.pid}`);
  try {
    const run = spawnSync(
      'node_modules/.bin/esbuild',
      [
        ...stages.map((stage) => `pipeline/${stage}/main.ts`),
        '--bundle',
        '--platform=node',
        '--format=esm',
        '--target=node20',
        '--log-level=warning',
        '--outbase=pipeline',
        '--entry-names=[dir]',
        '--out-extension:.js=.mjs',
        `--outdir=${folder}`,
        `--metafile=${join(folder, 'meta.json')}`,
        ...(withRequire ? [`--banner:js=${WITH_REQUIRE}`] : []),
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (run.status !== 0) throw new PipelineError([message.bundleFailed(stages, run.status)]);
    const outputs = Object.assign(
      new Map(stages.map((stage) => [stage, readFileSync(join(folder, `${stage}.mjs`), 'utf8')])),
      { folder },
    );
    return { outputs, metafile: JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as Metafile };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What a bundle is made of, as content: its files, the lock file (the libraries' versions), the bundler's code and settings. */
function inputsKey(inputs: string[], settings: string): string {
  const contents = inputs.map((input) => (existsSync(input) ? readFileSync(input, 'latin1') : '\0missing'));
  return contentKey(codeHash(), settings, readFileSync('package-lock.json', 'latin1'), ...inputs, ...contents);
}

/** The make rule: the stamp of the bundling step depends on every file the bundle is made of (make's `-MP`: a removed file is no error). */
function dependencyRule(bundle: string, stamp: string, inputs: string[], key: string): string {
  const comment = `# ${bundle} is made of these files (esbuild's metafile, written by pipeline/lib/bundle.ts)\n# inputs: ${key}\n`;
  return `${comment}${stamp}: ${inputs.join(' \\\n  ')}\n\n${inputs.map((input) => `${input}:\n`).join('')}`;
}

/** The files and key a rule written by `dependencyRule` records, or null when there is none. */
function readRule(path: string): { key: string; inputs: string[] } | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const key = KEY_LINE.exec(text)?.[1];
  if (!key) return null;
  return { key, inputs: [...text.matchAll(/^(\S+):$/gm)].map((m) => m[1]!) };
}
