// Every message `make diff` shows: what it looked for, what it found, and how to fix it.

export const diffMessage = {
  notGitRepository: (dir: string) =>
    `${dir}: not a git repository (git rev-parse found no .git above it); ` +
    'run make diff inside a clone of the project, or run git init and commit processed/ first',
  unknownRevision: (option: string, revision: string) =>
    `${option}=${revision}: no commit of that name in this repository; ` +
    'expected a branch, a tag or a commit hash (git log --oneline lists them)',
  packageMissing: (side: string, path: string) =>
    `${side}: ${path} not found; expected the data package that make all writes: ` +
    'run make all (and commit processed/) at that revision, or compare another one',
  packageInvalid: (side: string, path: string, detail: string) =>
    `${side}: ${path} is not a valid data package (${detail}); ` +
    'expected {"resources": [{"name", "path", "schema": {"fields": [...]}}]}: run make all to rewrite it',
  tableMissing: (side: string, path: string, table: string) =>
    `${side}: ${path} not found, but datapackage.json lists it for the table "${table}"; ` +
    'run make all to rewrite processed/',
  keyColumnMissing: (side: string, path: string, column: string) =>
    `${side}: ${path} has no column "${column}", which its schema's primary key names; ` +
    'rows not compared (run make all to rewrite processed/)',
  duplicateKey: (side: string, path: string, key: string, rows: number) =>
    `${side}: ${path} has ${rows} rows with the primary key ${key}; ` +
    'rows not compared (a key must name one row: run make all, or fix the table)',
  noCommonKey: (from: string[], to: string[]) =>
    `the primary key changed from (${from.join(', ')}) to (${to.join(', ')}) and neither is in both versions; ` +
    'rows not compared',
  limitNotWhole: (found: string) => `LIMIT is "${found}", not a whole number`,
  usage: (detail: string) => `diff: ${detail}; expected make diff [FROM=<revision>] [TO=<revision>] [CHECK=1]`,
};
