// The scoring of make eval, pure: a text's linked claims against its answers (right, wrong, missed, traps
// hit), the conflicts reconcile raised that its answers do not expect (false alarms), and the tallies by
// metric, source kind, language and overall.
import type { Claim, Poll } from '../extract/claims.ts';
import type { Conflict } from '../reconcile/conflicts.ts';
import type { Answers, Figure, Trap } from './corpus.ts';

/** What scoring reads of one text. */
export interface Scored {
  id: string;
  kind: string;
  language: string;
  lines: string[];
  answers: Answers;
  /** The text's claims after reconcile, and the polls they may point at (the text's and the seed's). */
  claims: Claim[];
  polls: Poll[];
  /** Conflicts reconcile raised with the text that it does not raise on the seed corpus alone. */
  conflicts: Conflict[];
  /** The id of the region that is the whole country: a national claim may carry it where answers say null. */
  country: string;
}

export interface Finding {
  text_id: string;
  line: number;
  metric: string | null;
  party_id: string | null;
  region_id: string | null;
  value: number | null;
  excerpt: string;
}
export interface Tally {
  group: string;
  linked: number;
  correct: number;
  figures: number;
  matched: number;
  precision: number | null;
  recall: number | null;
}
export interface TextScore {
  correct: { claim: Claim; figure: Figure }[];
  wrong: Claim[];
  missed: Figure[];
  traps: { claim: Claim; trap: Trap }[];
  alarms: Conflict[];
}

/** The decimals a number is written with (`71.09` → 2). */
const decimals = (n: number) => (Number.isInteger(n) ? 0 : (String(n).split('.')[1]?.length ?? 0));
/** Whether a claim's value equals `value` at the precision `value` is written with. */
const sameValue = (claimed: number | null, value: number) =>
  claimed !== null && Number(claimed.toFixed(decimals(value))) === value;

function matches(claim: Claim, figure: Figure, polls: Map<string, Poll>, country: string): boolean {
  const region = claim.region_id === country ? null : claim.region_id;
  if (claim.line !== figure.line || claim.metric !== figure.metric) return false;
  if (claim.election_id !== figure.election_id || claim.party_id !== figure.party_id) return false;
  if (region !== figure.region_id || !sameValue(claim.value, figure.value)) return false;
  if (!figure.poll) return true;
  const poll = claim.poll_id === null ? undefined : polls.get(claim.poll_id);
  return (
    poll !== undefined &&
    poll.pollster_id === figure.poll.pollster_id &&
    poll.kind === figure.poll.kind &&
    (figure.poll.date === null || figure.poll.date === undefined || poll.date === figure.poll.date)
  );
}

/** One text's linked claims against its answers, and its false alarms. */
export function scoreText(text: Scored): TextScore {
  const polls = new Map(text.polls.map((p) => [p.poll_id, p]));
  const linked = text.claims.filter((c) => c.linked);
  const correct: TextScore['correct'] = [];
  const wrong: Claim[] = [];
  for (const claim of linked) {
    const figure = text.answers.figures.find((f) => matches(claim, f, polls, text.country));
    if (figure) correct.push({ claim, figure });
    else wrong.push(claim);
  }
  const matched = new Set(correct.map((c) => c.figure));
  const traps = wrong.flatMap((claim) =>
    text.answers.traps
      .filter((t) => t.line === claim.line && sameValue(claim.value, t.value))
      .map((trap) => ({ claim, trap })),
  );
  const expected = (c: Conflict) =>
    text.answers.conflicts.some((e) => e.line === c.line && e.metric === c.metric && e.party_id === c.party_id);
  const alarms = text.conflicts.filter((c) => !(c.source_id === text.id && expected(c)));
  return { correct, wrong, missed: text.answers.figures.filter((f) => !matched.has(f)), traps, alarms };
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10000) / 10000);

/** Precision and recall of every group a key puts claims and figures in, sorted by group. */
export function tallies(
  scores: { text: Scored; score: TextScore }[],
  claimKey: (text: Scored, claim: Claim) => string,
  figureKey: (text: Scored, figure: Figure) => string,
): Tally[] {
  const groups = new Map<string, Omit<Tally, 'precision' | 'recall' | 'group'>>();
  const at = (group: string) => {
    if (!groups.has(group)) groups.set(group, { linked: 0, correct: 0, figures: 0, matched: 0 });
    return groups.get(group)!;
  };
  for (const { text, score } of scores) {
    for (const { claim } of score.correct) at(claimKey(text, claim)).correct++;
    for (const { claim } of score.correct) at(claimKey(text, claim)).linked++;
    for (const claim of score.wrong) at(claimKey(text, claim)).linked++;
    for (const figure of text.answers.figures) at(figureKey(text, figure)).figures++;
    for (const figure of new Set(score.correct.map((c) => c.figure))) at(figureKey(text, figure)).matched++;
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, t]) => ({ group, ...t, precision: ratio(t.correct, t.linked), recall: ratio(t.matched, t.figures) }));
}

/** The tallies make eval prints and writes: overall, by metric, by source kind, by language. */
export function summary(scores: { text: Scored; score: TextScore }[]) {
  return {
    overall: tallies(
      scores,
      () => 'overall',
      () => 'overall',
    )[0] ?? { group: 'overall', linked: 0, correct: 0, figures: 0, matched: 0, precision: null, recall: null },
    by_metric: tallies(
      scores,
      (_, c) => c.metric ?? '(none)',
      (_, f) => f.metric,
    ),
    by_kind: tallies(
      scores,
      (t) => t.kind,
      (t) => t.kind,
    ),
    by_language: tallies(
      scores,
      (t) => t.language,
      (t) => t.language,
    ),
  };
}

/** A claim or figure where it stands, with its line's text cut to `limit` characters. */
export function finding(text: Scored, what: Claim | Figure, limit = 100): Finding {
  const line = text.lines[what.line - 1] ?? '';
  const excerpt = line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
  return {
    text_id: text.id,
    line: what.line,
    metric: what.metric,
    party_id: what.party_id,
    region_id: what.region_id,
    value: what.value,
    excerpt,
  };
}
