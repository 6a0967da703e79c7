// Every message `make diff` shows: what it looked for, what it found, and how to fix it.
import { quoted } from './messages.ts';

const REVISION = 'expected a branch, a tag or a commit hash (git log --oneline lists them)';

export const diffMessage = {
  notGitRepository: (dir: string) =>
    `${dir}: not a git repository (git rev-parse found no .git above it); ` +
    'run make diff inside a clone of the project, or run git init and commit processed/ first',
  unknownRevision: (option: string, revision: string) =>
    `${option}=${quoted(revision)}: no commit of that name in this repository; ${REVISION}`,
  revisionLikeOption: (option: string, revision: string) =>
    `${option}=${quoted(revision)}: starts with "-", which git would read as an option, not a revision; ${REVISION}`,
  revisionControl: (option: string, revision: string) =>
    `${option}=${quoted(revision)}: has a control character, which no branch or tag name can hold; ${REVISION}`,
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
  limitNotWhole: (found: string) =>
    `LIMIT=${quoted(found)}: not a whole number; expected the rows listed per table, such as LIMIT=20 (the default)`,
  checkNotOne: (found: string) =>
    `CHECK=${quoted(found)}: expected CHECK=1 (exit 1 when anything differs) or no CHECK at all`,
  usage: (detail: string) => `diff: ${detail}; expected make diff [FROM=<revision>] [TO=<revision>] [CHECK=1]`,
};
