// The layering of pipeline/: a folder imports the shared libraries and earlier stages, never a later stage,
// and no module imports itself through others.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// the shared libraries first, then the stages in the order data flows through them; publish runs reconcile,
// analyse and emit in one process; bench drives whole builds;
// eval runs the stages' cores on the evaluation corpus
const ORDER = [
  'lib',
  'registry',
  'names',
  'ingest',
  'normalise',
  'extract',
  'reconcile',
  'analyse',
  'emit',
  'publish',
  'report',
  'diff',
  'bench',
  'eval',
];

const folders = readdirSync('pipeline', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
/** Every folder of pipeline/ another module of `folder` imports (static, dynamic, types included). */
function importedBy(folder: string): string[] {
  const files = readdirSync(join('pipeline', folder), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  const imported = files.flatMap((file) =>
    [...readFileSync(join('pipeline', folder, file), 'utf8').matchAll(/(?:from|import\()\s*'((?:\.\.\/)+)([\w-]+)\//g)]
      // a path that climbs out of the folder (one `../` per sub-folder level, plus one) names another folder
      .filter((m) => m[1]!.length / 3 === file.split('/').length)
      .map((m) => m[2]!),
  );
  return [...new Set(imported)].filter((f) => f !== folder).sort();
}

describe('pipeline/ layering', () => {
  it('places every folder of pipeline/ in the order', () => {
    expect(folders.filter((f) => !ORDER.includes(f))).toEqual([]);
  });

  it('has no folder import a later one', () => {
    const later = folders.flatMap((folder) =>
      importedBy(folder)
        .filter((imported) => ORDER.indexOf(imported) > ORDER.indexOf(folder))
        .map((imported) => `${folder} imports ${imported}`),
    );
    expect(later).toEqual([]);
  });

  it('keeps the shared library free of every stage, and emit out of every stage but the runner', () => {
    expect(importedBy('lib')).toEqual([]);
    expect(folders.filter((f) => importedBy(f).includes('emit'))).toEqual(['publish']);
  });
});

/** The modules a module imports at run time (`import type` erases, so it cannot close a cycle), as paths. */
function runTimeImports(file: string, text: string): string[] {
  const statements = text.matchAll(
    /^\s*(?:import|export)(?!\s+type\b)[^;]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\)/gm,
  );
  return [...statements].map((m) => normalize(join(dirname(file), m[1] ?? m[2]!))).filter((p) => p.endsWith('.ts'));
}

/** The groups of modules that import each other round in a circle (Tarjan's strongly connected components). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (module: string) => {
    order.set(module, next);
    low.set(module, next++);
    stack.push(module);
    onStack.add(module);
    for (const imported of graph.get(module) ?? []) {
      if (!order.has(imported)) {
        visit(imported);
        low.set(module, Math.min(low.get(module)!, low.get(imported)!));
      } else if (onStack.has(imported)) low.set(module, Math.min(low.get(module)!, order.get(imported)!));
    }
    if (low.get(module) !== order.get(module)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== module);
    if (group.length > 1 || graph.get(module)?.includes(module)) cycles.push(group.sort());
  };
  for (const module of [...graph.keys()].sort()) if (!order.has(module)) visit(module);
  return cycles;
}

describe('pipeline/ modules', () => {
  it('finds a cycle of three modules, and none in a chain', () => {
    const chain = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(importCycles(chain)).toEqual([]);
    const circle = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(importCycles(circle)).toEqual([['a', 'b', 'c']]);
  });

  it('has no module importing itself through others', () => {
    const modules = readdirSync('pipeline', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('pipeline', f));
    const graph = new Map(modules.map((m) => [m, runTimeImports(m, readFileSync(m, 'utf8'))]));
    expect(importCycles(graph)).toEqual([]);
  });
});
