// Every variable a user gives make (FROM, TO, LIMIT, CHECK, RUNS, SCALE, HALF, CORPUS, STRICT, VERBOSE, and the
// internal PIPELINE_LOCKED), on the command line and in the environment, through real make in a scratch
// git repository: a value built to run a command (a quote, `;`, `|`, `$(…)`, backticks, a newline, make's
// own `$(shell …)`) never runs it, an invalid value is refused with its variable, the value JSON-quoted and
// what was expected, and a value that would mask a failure cannot make make exit 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchMessage } from '../pipeline/lib/messages-bench.ts';
import { scratchProject } from '../pipeline/lib/scratch.ts';
import { makeIn } from './scratch-make.ts';

const VARIABLES = [
  'FROM',
  'TO',
  'LIMIT',
  'CHECK',
  'RUNS',
  'SCALE',
  'HALF',
  'CORPUS',
  'STRICT',
  'VERBOSE',
  'PIPELINE_LOCKED',
];
// none of them inherited from the shell that runs the tests
const UNSET = Object.fromEntries(VARIABLES.map((v) => [v, '']));

let project = '';
let markers = '';
let marker = '';

/** Each payload tries to create the marker; `shown` is how a refusal must print it (JSON, by hand). */
const payloads = () => [
  { kind: 'single quotes', value: `x'; touch ${marker}; echo '`, shown: `"x'; touch ${marker}; echo '"` },
  { kind: 'double quotes', value: `x"; touch ${marker}; echo "`, shown: `"x\\"; touch ${marker}; echo \\""` },
  { kind: 'a semicolon', value: `x;touch ${marker}`, shown: `"x;touch ${marker}"` },
  { kind: 'a pipe', value: `x|touch ${marker}`, shown: `"x|touch ${marker}"` },
  { kind: 'a command substitution', value: `$(touch ${marker})`, shown: `"$(touch ${marker})"` },
  { kind: "make's $(shell)", value: `$(shell touch ${marker})`, shown: `"$(shell touch ${marker})"` },
  { kind: 'backticks', value: `\`touch ${marker}\``, shown: `"\`touch ${marker}\`"` },
  { kind: 'a newline', value: `x\ntouch ${marker}`, shown: `"x\\ntouch ${marker}"` },
  // pasted into '…' as before, `|| true ||` turned a failed diff into make's exit 0
  { kind: 'a masking ||', value: `x'||true||'`, shown: `"x'||true||'"` },
];

/** make with `goals`, the variables given on the command line or in the environment. */
const make = (goals: string[], variables: Record<string, string>, where: 'command line' | 'environment') =>
  where === 'command line'
    ? makeIn(project, [...goals, ...Object.entries(variables).map(([k, v]) => `${k}=${v}`)], UNSET)
    : makeIn(project, goals, { ...UNSET, ...variables });

const git = (...args: string[]) => {
  const done = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd: project,
    encoding: 'utf8',
  });
  if (done.status !== 0) throw new Error(`git ${args.join(' ')}: ${done.stderr}`);
  return done.stdout;
};

const REVISION = 'expected a branch, a tag or a commit hash (git log --oneline lists them)';

beforeAll(() => {
  markers = mkdtempSync(join(tmpdir(), 'make-variables-marker-'));
  marker = join(markers, 'ran');
  project = scratchProject('make-variables-', ['.gitignore', 'processed']);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'the project as it is');
  // bundled once here, so that each case below only runs the tool
  const built = makeIn(project, ['build/bin/diff.mjs', 'build/bin/bench.mjs', 'build/bin/eval.mjs'], UNSET);
  if (built.status !== 0) throw new Error(built.out);
}, 120_000);
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(markers, { recursive: true, force: true });
});

for (const where of ['command line', 'environment'] as const)
  describe(`make variables from the ${where}`, { timeout: 120_000 }, () => {
    it('FROM and TO (with STRICT, VERBOSE and PIPELINE_LOCKED beside them): run nothing, name each revision', () => {
      for (const { kind, value, shown } of payloads()) {
        const switches = { STRICT: value, VERBOSE: value, PIPELINE_LOCKED: value };
        const { status, out } = make(['diff'], { FROM: value, TO: value, ...switches }, where);
        expect(existsSync(marker), kind).toBe(false);
        expect(status, `${kind}: ${out}`).toBe(2);
        const why = value.includes('\n')
          ? 'has a control character, which no branch or tag name can hold'
          : 'no commit of that name in this repository';
        expect(out, kind).toContain(`diff: stopped, nothing was written\n  FROM=${shown}: ${why}; ${REVISION}\n`);
        expect(out, kind).toContain(`\n  TO=${shown}: ${why}; ${REVISION}\n`);
        expect(out, kind).not.toMatch(/^ +at /m);
      }
    });

    it('LIMIT and CHECK: run nothing, are refused with what was expected', () => {
      for (const { kind, value, shown } of payloads()) {
        const { status, out } = make(['diff'], { LIMIT: value, CHECK: value }, where);
        expect(existsSync(marker), kind).toBe(false);
        expect(status, `${kind}: ${out}`).toBe(2);
        expect(out, kind).toContain(
          `diff: stopped, nothing was written\n` +
            `  LIMIT=${shown}: not a whole number; expected the rows listed per table, such as LIMIT=20 (the default)\n` +
            `  CHECK=${shown}: expected CHECK=1 (exit 1 when anything differs) or no CHECK at all\n`,
        );
      }
    });

    it('RUNS and SCALE: run nothing, are refused before any benchmark work starts', () => {
      for (const { kind, value, shown } of payloads()) {
        const { status, out } = make(['bench'], { RUNS: value, SCALE: value }, where);
        expect(existsSync(marker), kind).toBe(false);
        expect(status, `${kind}: ${out}`).toBe(2);
        expect(out, kind).toContain(
          `bench: stopped, nothing was written\n` +
            `  ${benchMessage.badScale(value)}\n` +
            `  RUNS=${shown}: expected a whole number of runs from 5 to 99 (make bench RUNS=7); nothing was measured\n`,
        );
        // the bench's first step is a scratch copy and a clean make all in it, seconds at the least
        expect(out, kind).not.toContain('bench     N =');
        expect(existsSync(join(project, 'build/bench')), kind).toBe(false);
      }
    });

    it('HALF and CORPUS: run nothing, are refused before any text is read', () => {
      for (const { kind, value, shown } of payloads()) {
        const { status, out } = make(['eval'], { HALF: value, CORPUS: value }, where);
        expect(existsSync(marker), kind).toBe(false);
        expect(status, `${kind}: ${out}`).toBe(2);
        expect(out, kind).toContain(
          `eval: stopped, nothing was written\n` +
            `  HALF=${shown}: expected development, test or all (make eval HALF=development); nothing was measured\n` +
            `  CORPUS=${shown}: no such folder; expected a folder of texts, each <id>/text.txt and <id>/answers.json ` +
            `(make eval CORPUS=test/eval/texts); nothing was measured\n`,
        );
        expect(existsSync(join(project, 'build/eval')), kind).toBe(false);
      }
    });

    it('a revision that looks like an option is refused, never passed to git as one', () => {
      const { status, out } = make(['diff'], { FROM: '--output=x', TO: '-h' }, where);
      expect(status, out).toBe(2);
      expect(out).toContain(
        `  FROM="--output=x": starts with "-", which git would read as an option, not a revision; ${REVISION}\n` +
          `  TO="-h": starts with "-", which git would read as an option, not a revision; ${REVISION}\n`,
      );
      expect(existsSync(join(project, 'x'))).toBe(false);
    });

    it("a valid but odd branch name, pr2'||touch${IFS}<marker>||', is compared as a revision and runs nothing", () => {
      const branch = `pr2'||touch\${IFS}${marker}||'`;
      git('branch', branch);
      try {
        const { status, out } = make(['diff'], { FROM: 'main', TO: branch, CHECK: '1' }, where);
        expect(existsSync(marker)).toBe(false);
        expect(status, out).toBe(0);
        const commit = git('rev-parse', '--short=7', 'HEAD').trim();
        expect(out).toContain(`processed/ at main (${commit}), version `);
        expect(out).toContain(`        against ${branch} (${commit}), version `);
        expect(out).toContain('\nno differences\n');
      } finally {
        git('branch', '-D', branch);
      }
    });

    it('STRICT and VERBOSE in a real make all: run nothing, switch on the strict check and the full detail', () => {
      for (const { kind, value } of payloads()) {
        const { status, out } = make(['all'], { STRICT: value, VERBOSE: value }, where);
        expect(existsSync(marker), kind).toBe(false);
        expect(status, `${kind}: ${out}`).toBe(0);
        // STRICT reruns normalise alone on an up-to-date tree; every name of the seed corpus resolves
        expect(out, kind).toMatch(/^normalise [\d,]+ mentions → [\d,]+ aliases in build\/normalise\/aliases.json/m);
      }
    });
  });

describe('CHECK=1 and the exit statuses the README gives make diff', { timeout: 60_000 }, () => {
  it('exits 0 when nothing differs, 2 (make) and 1 (the tool) when something does', () => {
    expect(make(['diff'], { CHECK: '1' }, 'command line').status).toBe(0);
    expect(make(['diff'], { CHECK: '1' }, 'environment').status).toBe(0);
    const csv = join(project, 'processed/indices.csv');
    spawnSync('sed', ['-i', '2s/^/x/', csv]);
    try {
      expect(make(['diff'], { CHECK: '1' }, 'command line').status).toBe(2);
      expect(make(['diff'], {}, 'environment').status).toBe(0);
      const direct = spawnSync('node', ['build/bin/diff.mjs'], { cwd: project, env: { ...process.env, CHECK: '1' } });
      expect(direct.status).toBe(1);
    } finally {
      git('checkout', '--', 'processed');
    }
  });
});
