import type { UnreadNumber } from '../lib/number-tokens.ts';
import type { NumberMention, Qualifier } from '../lib/numbers.ts';
import { boundExcerpt } from './excerpt.ts';
import type { PollMode } from './poll-details.ts';
import { needs, type MetricNeed, type Metrics } from '../registry/metrics.ts';

export type Extraction = 'table' | 'infobox' | 'list' | 'prose';

/** One figure as one source states it, with what it is about and where it stands. */
export interface Claim {
  /** `<source_id>:<line>:<place on the line>`: stable while the line itself does not move. */
  claim_id: string;
  source_id: string;
  line: number;
  extraction: Extraction;
  /**
   * The raw text on `line` the figure stands in: the table row, infobox line, list item, or the sentence's
   * part on that line, from after its bullet, cut to a window around the figure when longer than EXCERPT_LIMIT.
   */
  excerpt: string;
  /** 1-based column on the line where the excerpt starts. */
  excerpt_column: number;
  /** For prose, the whole sentence (wraps joined, citation markers out). */
  sentence: string | null;
  /** The words that named the subject, as written (`Ak Zhol`, `Almaty Region`, `the first one`). */
  subject: string | null;
  election_id: string | null;
  party_id: string | null;
  region_id: string | null;
  poll_id: string | null;
  /** Another subject: a body or organisation (`apk` for its appointed seats, `cis-ipa` for its observers). */
  organisation_id: string | null;
  metric: string | null;
  /** Which part of the count a figure is, when not all of it (`part`, `foreign`); null for the whole. */
  scope: string | null;
  /** The figure as written (`% 11`, `–8`, `TBA`). */
  figure: string;
  /** Null for a figure written as missing (`–`, `TBA`): missing, never zero. */
  value: number | null;
  /** Upper end of a range (`12–29%`); with qualifier `approx`, of a hedged range (`around 75–77%`). */
  value_high: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  decimals: number | null;
  /** True when the metric and every subject the metric needs are known. */
  linked: boolean;
  /** Why a claim is unlinked, or how a subject was found when it is not named next to the figure. */
  note: string | null;
}

export type PollKind = 'opinion' | 'exit' | 'post-election-survey' | 'independent-count';

/** A poll, exit poll or independent count, made from a poll-table row or a sentence. */
export interface Poll {
  poll_id: string;
  pollster_id: string;
  kind: PollKind;
  /** Fieldwork end or publication date as the source gives it (ISO), or null. */
  date: string | null;
  /** The first day in the field (ISO), when the source gives the fieldwork as a range (`November 3–8`). */
  fieldwork_start: string | null;
  sample_size: number | null;
  /** How the poll asked (its mode): `telephone`, `face-to-face` or `online`, when the source says. */
  mode: PollMode | null;
  election_id: string;
  source_id: string;
  line: number;
}

/** What a claim is about, apart from the figure itself. */
export type ClaimSubject = Partial<
  Pick<Claim, 'subject' | 'election_id' | 'party_id' | 'region_id' | 'poll_id' | 'organisation_id' | 'scope' | 'note'>
> & {
  metric: string | null;
  /** The figure is for all parties together (a results table's Total row, `the total of 312 candidates`). */
  total?: boolean;
};

/** Where the excerpt starts on its line (0-based column) and where the figure stands in it. */
export interface Quoted {
  column: number;
  figureAt: number;
}

/** A claim from a figure, the subject found for it, and where it was found. */
export function makeClaim(
  where: Pick<Claim, 'source_id' | 'line' | 'extraction' | 'excerpt' | 'sentence'> & { place: string; at: Quoted },
  figure: NumberMention | UnreadNumber,
  about: ClaimSubject,
  metrics: Metrics,
): Claim {
  const number = figure.kind === 'number' ? figure : null;
  const claim: Claim = {
    claim_id: `${where.source_id}:${where.line}:${where.place}`,
    source_id: where.source_id,
    line: where.line,
    extraction: where.extraction,
    ...boundExcerpt(where.excerpt, where.at.column, where.at.figureAt, figure.text.length),
    sentence: where.sentence,
    subject: about.subject ?? null,
    election_id: about.election_id ?? null,
    party_id: about.party_id ?? null,
    region_id: about.region_id ?? null,
    poll_id: about.poll_id ?? null,
    organisation_id: about.organisation_id ?? null,
    metric: about.metric,
    scope: about.scope ?? null,
    figure: figure.text,
    value: number?.value ?? null,
    value_high: number?.valueHigh ?? null,
    unit: about.metric ? (metrics.get(about.metric)?.unit ?? null) : (number?.unit ?? null),
    // a hedged range (`around 75–77%`) is `approx` with its upper end in value_high
    qualifier: number?.approximate ? 'approx' : (number?.qualifier ?? null),
    decimals: number?.decimals ?? null,
    linked: false,
    note: about.note ?? null,
  };
  // digits the parser could not read whole keep their words but no value and no link
  if (figure.kind === 'unread') {
    claim.note = about.note ? `${about.note}; ${figure.reason}` : figure.reason;
    return claim;
  }
  claim.linked = isLinked(claim, about.total === true, metrics);
  if (!claim.linked && claim.note === null) claim.note = whyUnlinked(claim, metrics);
  return claim;
}

/** Whether a claim's metric and every subject its metric needs are known (a total needs no party). */
export function isLinked(claim: Claim, total: boolean, metrics: Metrics): boolean {
  if (claim.metric === null || claim.election_id === null) return false;
  return metrics.get(claim.metric)?.needs.every((need) => named(claim, need, total)) ?? true;
}

// a party's figure may be an organisation's (the observers it sent) or all parties' together
function named(claim: Claim, need: MetricNeed, total: boolean): boolean {
  if (need === 'party') return claim.party_id !== null || claim.organisation_id !== null || total;
  return (need === 'region' ? claim.region_id : claim.poll_id) !== null;
}

function whyUnlinked(claim: Claim, metrics: Metrics): string {
  if (claim.metric === null) return 'no metric could be read next to the figure';
  if (claim.election_id === null)
    return 'the row or sentence does not say which election or poll the figure belongs to';
  if (needs(metrics, claim.metric, 'party') && claim.party_id === null)
    return `a ${claim.metric} needs a party, and none is named for the figure`;
  if (needs(metrics, claim.metric, 'region') && claim.region_id === null)
    return `a ${claim.metric} needs a region, and none is named for the figure`;
  return 'the figure belongs to a poll the text does not name';
}
