// bundle: each named stage's entry (pipeline/<stage>/main.ts) → build/bin/<stage>.mjs, one plain ES module
// with everything it imports (a tsx start costs 3x a node start), all in one esbuild run. A bundle is
// written only when its bytes change (lib/stale.ts), and build/deps/<stage>.d, made from esbuild's
// metafile, tells make which files the bundle is made of: the stage's modules, the libraries and the
// other stages' modules it imports, and exactly the registry files it reads.
import { build } from 'esbuild';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runStage } from './cli.ts';
import { writeFileAtomic } from './files.ts';
import { message, PipelineError } from './messages.ts';

await runStage('bundle', async () => {
  const { values, positionals: stages } = parseArgs({
    options: {
      out: { type: 'string' },
      deps: { type: 'string' },
      stamp: { type: 'string' },
      // daff is CommonJS and requires node's crypto: an ES module bundle needs a require to hand it
      'with-require': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const { out, deps, stamp } = values;
  if (!out || !deps || !stamp || stages.length === 0)
    throw new PipelineError([message.missingOptions('bundle', ['out', 'deps', 'stamp'], ['out', 'deps', 'stamp'])]);
  if (process.stderr.isTTY) process.stderr.write(message.bundling(stages, out));
  const result = await build({
    entryPoints: Object.fromEntries(stages.map((stage) => [stage, `pipeline/${stage}/main.ts`])),
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    metafile: true,
    write: false,
    banner: values['with-require']
      ? {
          js: "import { createRequire as requireFrom } from 'node:module'; const require = requireFrom(import.meta.url);",
        }
      : {},
  });
  const written: string[] = [];
  for (const stage of stages) {
    const path = join(out, `${stage}.mjs`);
    const file = result.outputFiles!.find((f) => f.path.endsWith(`/${path}`))!;
    if (writeFileAtomic(path, file.text)) written.push(stage);
    const inputs = Object.keys(result.metafile!.outputs[path]!.inputs)
      .filter((input) => !input.startsWith('node_modules/'))
      .sort();
    writeFileAtomic(join(deps, `${stage}.d`), dependencyRule(path, stamp, inputs));
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return message.bundled(stages, out, written);
});

/** The make rule: the stamp of the bundling step depends on every file the bundle is made of (make's `-MP`: a removed file is no error). */
function dependencyRule(bundle: string, stamp: string, inputs: string[]): string {
  const comment = `# ${bundle} is made of these files (esbuild's metafile, written by pipeline/lib/bundle.ts)\n`;
  return `${comment}${stamp}: ${inputs.join(' \\\n  ')}\n\n${inputs.map((input) => `${input}:\n`).join('')}`;
}
