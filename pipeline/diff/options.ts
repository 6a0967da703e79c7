// What make diff was asked: FROM, TO, LIMIT and CHECK from the environment, where make passes them
// (never as shell text), or --from, --to, --limit and --check given to build/bin/diff.mjs directly,
// which win. Every value is checked here; all the problems are reported at once.
import { parseArgs } from 'node:util';
import { diffMessage } from '../lib/messages-diff.ts';
import { PipelineError } from '../lib/messages.ts';

export interface DiffOptions {
  from: string | undefined;
  to: string | undefined;
  check: boolean;
  limit: number;
  processed: string;
  report: string;
}

// C0 controls, DEL and C1 controls: git refuses the first two in a ref name; none belongs in a revision
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function readDiffOptions(args: string[], env: Record<string, string | undefined>): DiffOptions {
  let values;
  try {
    values = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        check: { type: 'boolean', default: false },
        processed: { type: 'string', default: 'processed' },
        report: { type: 'string', default: 'reports/diff.html' },
        limit: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new PipelineError([diffMessage.usage((error as Error).message)]);
  }
  const problems: string[] = [];
  const revision = (name: string, value: string | undefined) => {
    if (!value) return undefined;
    if (value.startsWith('-')) problems.push(diffMessage.revisionLikeOption(name, value));
    else if (CONTROL.test(value)) problems.push(diffMessage.revisionControl(name, value));
    return value;
  };
  const from = revision('FROM', values.from ?? env.FROM);
  const to = revision('TO', values.to ?? env.TO);
  const limitText = values.limit ?? (env.LIMIT || '20');
  if (!/^\d{1,9}$/.test(limitText)) problems.push(diffMessage.limitNotWhole(limitText));
  const checkText = env.CHECK ?? '';
  if (checkText !== '' && checkText !== '1') problems.push(diffMessage.checkNotOne(checkText));
  if (problems.length > 0) throw new PipelineError(problems);
  return {
    from,
    to,
    check: values.check || checkText === '1',
    limit: Number(limitText),
    processed: values.processed,
    report: values.report,
  };
}
