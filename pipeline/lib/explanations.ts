// Every sentence a conflict or a fact carries: explanations a journalist can read, how an expected
// value was found, and the rule that settled a fact. Built from named parts (a source and a fact
// already in words, figures as written, computed values), never by editing another sentence.
import { count } from './counts.ts';

// toLocaleString builds a formatter on every call: every share checked writes its figures, so one per precision
// is made once (figures are written with at most a few decimals; more take a formatter of their own)
const GROUPING = Array.from(
  { length: 7 },
  (_, digits) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
);
const grouping = (digits: number): Intl.NumberFormat =>
  GROUPING[digits] ?? new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A figure as a reader sees it: `5,148,074`, `71.09%`, `−11.11 pp`. */
export function show(value: number | null, unit: string | null, decimals?: number | null): string {
  if (value === null) return 'missing';
  const digits = decimals ?? (Number.isInteger(value) ? 0 : 2);
  const text = grouping(digits).format(Math.abs(value));
  const signed = value < 0 ? `−${text}` : text;
  return unit === 'percent' ? `${signed}%` : unit === 'pp' ? `${signed} pp` : signed;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A claim in words: its source (`the newer revision`), its fact (`Adal's share in Almaty`), its figure as written. */
export interface Stated {
  source: string;
  fact: string;
  figure: string;
}

/** How an expected value was found, written out. */
export const how = {
  shareFromVotes: (votes: number, denominator: number, ofValid: boolean) =>
    `${count(votes)} of ${count(denominator)} ${ofValid ? 'valid votes' : 'votes for all parties'}`,
  validPlusInvalid: (valid: number, invalid: number) => `${count(valid)} valid + ${count(invalid)} invalid`,
  partOfWhole: (part: number, partName: string, whole: number, wholeName: string) =>
    `${count(part)} ${partName} of ${count(whole)} ${wholeName}`,
  regionsAdded: (regions: number) => `the ${regions} regions' votes added up`,
  partiesAdded: (parties: number) => `the ${parties} parties' votes added up`,
  leadFromShares: (first: string, second: string) => `the first share minus the second: ${first} − ${second}`,
  largestRemainder: (seats: number, thresholdPct: number, quota: number | null, floor: number, rest: number | null) =>
    `largest remainder over ${seats} seats with a ${thresholdPct}% threshold: quota ${quota?.toFixed(2) ?? 'none'}, ` +
    `${floor} whole seats${rest !== null ? ` and a remainder of ${rest.toFixed(3)}` : ''}`,
  change: (now: number, nowYear: string, before: number, beforeYear: string) =>
    `${now} (${nowYear}) − ${before} (${beforeYear})`,
  noFiguresForChange: () => 'no figures of both elections to compute it from',
  candidateLists: (listSource: string, line: number, parts: number[]) =>
    `the parties' lists in ${listSource} (line ${line}) added up: ${parts.join(' + ')}`,
  partiesPlusInvalid: (parties: number, invalid: number) =>
    `the ${parties} parties' votes and ${count(invalid)} invalid ballots added up`,
  sharesAdded: (shares: number, sum: number) => `the ${shares} shares of the row added up: ${sum}%, not 100%`,
  seatKinds: (list: number, district: number) => `${list} list seats + ${district} district seats`,
  listItems: (items: number) => `the ${items} items of the list below it added up`,
  otherSource: (source: string, line: number) => `${source}, line ${line}`,
};

/** One sentence a journalist can read, for each kind of conflict. */
export const explain = {
  /** The same source's votes give another share; `repeats` names the neighbouring cell the printed share copies. */
  sharesUnchecked: (source: string, listed: string[], missing: string[]) =>
    `${cap(source)} gives votes for ${listed.length} ${listed.length === 1 ? 'party' : 'parties'} (${listed.join(', ')}) and no valid votes, ` +
    `so its shares are not recomputed from its votes: the list leaves out ${missing.join(', ')}, and the votes of some parties are not the whole vote.`,
  shareFromVotes: (c: Stated, votes: string, expected: number, repeats: { place: string; below: boolean } | null) =>
    `${cap(c.source)} prints ${c.fact} as ${c.figure}, but its own votes give ${votes} = ${show(expected, 'percent')}` +
    (repeats ? `; the printed figure repeats the ${repeats.place} cell ${repeats.below ? 'below' : 'above'} it.` : '.'),
  computed: (c: Stated, computation: string, expected: string) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure}, but ${computation} = ${expected}.`,
  regionsSum: (c: Stated, sourceId: string, regions: number, sum: number) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure} (${sourceId}), ` +
    `but its ${regions} regions add up to ${count(sum)}.`,
  partiesSum: (c: Stated, sum: number) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure}, but its parties' votes add up to ${count(sum)}.`,
  lead: (c: Stated, first: number, second: number, expected: number, tensSlip: boolean) =>
    `${cap(c.source)} prints ${c.fact} as ${c.figure}, but the row's first and second shares give ` +
    `${first} − ${second} = ${show(expected, 'percent', 1)}${tensSlip ? ': exactly 10 points off' : ''}.`,
  seats: (c: Stated, seats: number) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure}, but the largest-remainder rule gives ${seats} from the votes.`,
  signLost: (c: Stated, computation: string, expected: string) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure} with its minus sign lost: ${computation} = ${expected}.`,
  signUnknown: (c: Stated) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure} without a sign, ` +
    'and no figures of the previous election tell whether it rose or fell.',
  candidateLists: (source: string, total: number, listSource: string, parts: number[], sum: number) =>
    `${cap(source)} gives ${count(total)} registered candidates, ` +
    `but the parties' lists in ${listSource} add up to ${parts.join(' + ')} = ${count(sum)}.`,
  listSum: (source: string, figures: string[], items: number, sum: number) =>
    `${cap(source)} states ${figures.join(' and ')}, but the ${items} items listed below add up to ${count(sum)}.`,
  shareSumSlip: (c: Stated, shares: number, sum: number, slip: number) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure}, but the ${shares} shares of its row add up to ${sum}%, not 100%; ` +
    `${slip} in its place, one digit slip away, brings them to 100: the most likely wrong cell.`,
  shareSumOff: (c: Stated, shares: number, sum: number, tolerance: number) =>
    `${cap(c.source)} gives ${shares} shares in the row of ${c.fact} that add up to ${sum}%, ` +
    `not 100% within their rounding (±${tolerance}); no single cell a digit slip away explains it.`,
  seatScope: (list: Stated, whole: { source: string; figure: string }, listSeats: number, districts: number) =>
    `${cap(list.source)} gives ${list.fact} as ${list.figure}, ${whole.source} as ${whole.figure}: ` +
    `${list.figure} is its share of the ${listSeats} list seats, ${whole.figure} its seats with the ${districts} ` +
    'single-member districts; a difference of scope, not a conflict.',
  missing: (c: Stated, other: string, value: string) =>
    `${cap(c.source)} writes ${c.fact} as "${c.figure}"; ${other} gives ${value}.`,
  sources: (c: Stated & Placed, other: Placed & { source: string; figure: string }) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure} (line ${c.line}, ${c.extraction}), ` +
    `${other.source} as ${other.figure} (line ${other.line}, ${other.extraction}).`,
  sourcesTypo: (
    c: Stated & Placed & { excerpt: string },
    other: Placed & { source: string; figure: string; excerpt: string },
    slip: 'transposition' | 'wrong-digit',
  ) =>
    `${cap(c.source)} gives ${c.fact} as ${c.figure} (line ${c.line}: "${c.excerpt}"), ` +
    `${other.source} as ${other.figure} (line ${other.line}: "${other.excerpt}"): ` +
    `${slip === 'transposition' ? 'the same digits with two neighbours swapped' : 'the same figure but for one digit'}, a typo in one of them.`,
};

/** Where a figure stands in its source, and how it was read. */
interface Placed {
  line: number;
  extraction: string;
}

/** How a fact's value was chosen, and what settled a conflict. */
export const rule = {
  allMissing: () => 'every source writes the figure as missing',
  identical: () => 'every source gives the same figure',
  consistent: (value: string) => `every figure allows ${value} at the precision and qualifier it is written with`,
  priority: (source: string, extraction: string) => `source priority: ${source} (${extraction})`,
  priorityOver: (source: string, extraction: string) =>
    `source priority: ${source} (${extraction}) over the figures that disagree`,
  noneOutranks: () => 'the sources disagree and none outranks the others',
  figureOf: (source: string) => `the figure ${source} gives`,
  signRecovered: (computation: string) => `sign recovered from ${computation}`,
  listSeatsScope: (districts: number) =>
    `read as list seats: another source's larger figure also counts the ${districts} single-member districts`,
  openConflicts: (n: number, first: string) => `${n} open conflict${n > 1 ? 's' : ''}: ${first}`,
  derived: (metric: string, previous: string, now: number, election: string, change: number, changeMetric: string) =>
    `${metric} of ${previous} = ${now} (${election}) − ${change} (${changeMetric})`,
  decided: (by: string, date: string, reason: string) => `decided by ${by} on ${date}: ${reason}`,
};
