// What a stage prints besides its one line: what needs attention, kept short (the count, the first few,
// and where the rest are) unless VERBOSE=1 asks for every item, printed under that line; and progress on a
// long stage.
import { message } from './messages.ts';

/** How many items a short list shows before naming where the rest are. */
export const FIRST_FEW = 3;

/** VERBOSE=1 (any value but empty or 0) asks every stage for its full detail. */
export const isVerbose = (env: NodeJS.ProcessEnv = process.env) => !!env.VERBOSE && env.VERBOSE !== '0';

/**
 * The lines that show `items` (each already worded as a line): all of them when verbose, else the first
 * few and one line with their count and `where` the rest are.
 */
export function attentionLines(items: string[], what: string, where: string, verbose = isVerbose()): string[] {
  if (verbose || items.length <= FIRST_FEW) return items;
  return [...items.slice(0, FIRST_FEW), message.moreAttention(items.length - FIRST_FEW, items.length, what, where)];
}

// what the running stage will print under its own line (lib/cli.ts's runStep prints it there)
let under: string[] = [];

/** Lines to print under the running stage's one line, once it ends. */
export function printUnder(lines: string[]): void {
  under.push(...lines);
}

/** The lines printUnder gathered since the last call, which it forgets. */
export function takeUnder(): string[] {
  const lines = under;
  under = [];
  return lines;
}

export function printAttention(items: string[], what: string, where: string): void {
  printUnder(attentionLines(items, what, where));
}

/** Printed only with VERBOSE=1: detail that needs no attention (one line per source, say). */
export function printDetail(lines: string[]): void {
  if (isVerbose()) printUnder(lines);
}

export interface ProgressOutput {
  write: (text: string) => void;
  isTTY: boolean;
  now: () => number;
}

const standardError = (): ProgressOutput => ({
  write: (text) => void process.stderr.write(text),
  isTTY: !!process.stderr.isTTY,
  now: () => performance.now(),
});

/** Shown once a stage has run this long (ms); without a terminal, at most one line per SPARSE ms. */
export const QUIET_FOR = 2000;
export const SPARSE = 5000;

/**
 * Progress through `total` items of a stage: silent for the first QUIET_FOR ms (most stages end
 * sooner), then `done of total` on one line that a terminal overwrites, or a line every SPARSE ms.
 * Call `step` after each item and `end` when done (which clears a terminal's line).
 */
export function progress(stage: string, total: number, noun: string, output = standardError()): Progress {
  const started = output.now();
  let shownAt: number | null = null;
  let done = 0;
  return {
    step() {
      done++;
      const now = output.now();
      if (now - started < QUIET_FOR || done === total) return;
      if (output.isTTY) output.write(`\r${message.progress(stage, done, total, noun)}\x1b[K`);
      else if (shownAt === null || now - shownAt >= SPARSE)
        output.write(`${message.progress(stage, done, total, noun)}\n`);
      else return;
      shownAt = now;
    },
    end() {
      if (output.isTTY && shownAt !== null) output.write('\r\x1b[K');
    },
  };
}

export interface Progress {
  step(): void;
  end(): void;
}

/**
 * How a pure core reports progress through `total` items named `noun` without writing anything itself: its
 * entry passes `trackerFor(stage)`, a test passes nothing and gets `silent`.
 */
export type Tracker = (total: number, noun: string) => Progress;
export const silent: Tracker = () => ({ step() {}, end() {} });
export const trackerFor =
  (stage: string): Tracker =>
  (total, noun) =>
    progress(stage, total, noun);
