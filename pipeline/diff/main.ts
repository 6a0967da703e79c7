// make diff: processed/ at two versions (the last commit and the working tree by default), as a
// terminal summary on stdout and reports/diff.html. CHECK=1 exits 1 when anything differs. The options:
// options.ts (from the environment, as make passes them).
import { runStep } from '../lib/cli.ts';
import { writeFileAtomic } from '../lib/files.ts';
import { compareSides, differs } from './diff.ts';
import { sideFacts } from './facts.ts';
import { readAtCommit, readWorkingTree, resolveRevisions, type Revision } from './git.ts';
import { readDiffOptions } from './options.ts';
import { renderDiffPage } from './page.ts';
import { readSide } from './side.ts';
import { formatSummary } from './summary.ts';

const outcome = await runStep('diff', async () => {
  const options = readDiffOptions(process.argv.slice(2), process.env);
  const revisions: Revision[] = [{ option: 'FROM', name: options.from ?? 'HEAD' }];
  if (options.to !== undefined) revisions.push({ option: 'TO', name: options.to });
  const commits = await resolveRevisions(revisions);
  const label = (i: number) => `${revisions[i]!.name} (${commits[i]!.slice(0, 7)})`;
  const from = await readSide(label(0), options.processed, readAtCommit(commits[0]!, options.processed));
  const to =
    commits[1] === undefined
      ? await readSide('the working tree', options.processed, readWorkingTree(options.processed))
      : await readSide(label(1), options.processed, readAtCommit(commits[1], options.processed));
  const diff = compareSides(from, to);
  process.stdout.write(
    formatSummary(diff, {
      colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
      limit: options.limit,
      page: options.report,
    }),
  );
  writeFileAtomic(options.report, renderDiffPage(diff, { from: sideFacts(from), to: sideFacts(to) }));
  const changed = diff.tables.filter((t) => t.status !== 'unchanged').length;
  const summary = `${changed} of ${diff.tables.length} tables differ → ${options.report}`;
  return { result: { failIfDifferent: options.check && differs(diff) }, summary };
});

// a problem must not read as "the data differs" under CHECK=1: problems exit 2, as daff --fail-if-diff does
if (process.exitCode) process.exitCode = 2;
else if (outcome?.failIfDifferent) process.exitCode = 1;
