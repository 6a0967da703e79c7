// `npm run --silent resolve -- "<name>" [--type party]`: one name → one JSON object on stdout.
// Exits 0 when the name resolves, 3 when it does not (with ranked candidates), 2 on a usage error.
import { loadRegistry } from '../registry/registry.ts';
import { resolveCommand } from './lookup.ts';
import { registryNames } from '../names/names.ts';

const result = resolveCommand(process.argv.slice(2), () => registryNames(loadRegistry()).resolver);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
