// The layering of pipeline/: a folder imports the shared libraries and earlier stages, never a later stage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// the shared libraries first, then the stages in the order data flows through them; publish runs reconcile,
// analyse and emit in one process; bench drives whole builds
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
