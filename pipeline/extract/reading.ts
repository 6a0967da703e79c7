// Reading one figure in a sentence: is it an election figure at all, and which metric do the words around it name.
import type { StatedNumber } from '../lib/numbers.ts';
import type { Metric } from '../registry/metrics.ts';
import { isDatePart } from './dates.ts';
import {
  appointedSeats,
  comparedWithOfficial,
  COUNT_RULES,
  isShareWording,
  seatsOfTheWhole,
  STAY_UNLINKED,
  otherLanguageMetric,
  turnoutWording,
} from './wording.ts';

/** The metric a figure's words give it, with a sign when the words say the figure was a loss. */
export interface Reading {
  metric: string;
  sign: 1 | -1;
  /** `official` figures in a sentence about a poll are the official result's, not the poll's. */
  official: boolean;
  /** Which part of the count the figure is, when not all of it: `part` (`of whom 322`), or the kind and origin (`foreign`, `foreign-from-cis-member-states`). */
  scope: string | null;
}

const NOT_ELECTION =
  /\b(?:gdp|unemployment|pensions?|payouts?|payments?|interest rate|inflation|tax(?:es)?|loans?|mortgages?|salar(?:y|ies)|wages?|credit(?:ing)?)\b/;
const DURATION = /^\s*(?:-|\s)?(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|am|pm)\b/;
const LOSS = /\b(?:losing|lost|lose|loss of|decline of|fell by|dropped by|down by)\b/;
const GAIN = /\b(?:gain of|increase of|rose by|up by)\b/;

/** The words of the figure's clause before it: from the last comma, semicolon or bracket. */
export function clauseBefore(text: string, start: number): string {
  const before = text.slice(0, start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('('),
    before.lastIndexOf(' — '),
    before.lastIndexOf(':'),
  );
  return before.slice(cut + 1).toLowerCase();
}

/** Dates, years, times, money, ages, article and station numbers, durations, economics: not claims about the election. */
export function isElectionFigure(text: string, figure: StatedNumber): boolean {
  if (figure.unit === 'KZT' || figure.unit === 'USD') return false;
  if (isDatePart(text, figure.start, figure.end, figure.text)) return false;
  const before = text.slice(Math.max(0, figure.start - 20), figure.start).toLowerCase();
  const after = text.slice(figure.end, figure.end + 20).toLowerCase();
  if (/(?:article|art\.|no\.|number|nos\.|station)\s*$/.test(before)) return false;
  if (DURATION.test(after) || /(?:age of|aged)\s*$/.test(before) || /\bage\b/.test(clauseBefore(text, figure.start)))
    return false;
  if (
    /^\s*(?:million|billion|thousand)\b/.test(after) &&
    figure.unit === null &&
    /dollars|tenge/.test(text.slice(figure.end, figure.end + 40))
  )
    return false;
  if (NOT_ELECTION.test(text.toLowerCase())) return false;
  return true;
}

/** Why a figure the words give a metric to must still stay unlinked, or null. */
export function reasonToStayUnlinked(text: string, figure: StatedNumber, metric: Metric | null): string | null {
  const sentence = text.toLowerCase();
  const words = {
    before: sentence.slice(Math.max(0, figure.start - 60), figure.start),
    clause: clauseBefore(text, figure.start),
    sentence,
    upTo: sentence.slice(0, figure.start),
    // figures an election produced, as opposed to its rules (threshold, seats to fill)
    isResult: metric?.result ?? false,
  };
  return STAY_UNLINKED.find((rule) => rule.fires(words))?.reason ?? null;
}

// `of whom 322`, `227 of the 398`: a part of a count stated beside it
const PART_BEFORE = /(?:of whom|in which|of which|among them)\s*$/;
const OBSERVER_KIND = /^\s*(foreign|international|domestic|independent|long-term|short-term)\s+observers\b/;
// `76 foreign observers were deployed from Jordan, …`: where the counted came from, to the end of the clause
const ORIGIN = /^\s*(?:\S+\s+){0,3}?from\s+([^.;()]+)/;

function scopeOf(metric: string, before: string, rest: string): string | null {
  // (a party's `76 of the 107 seats` are its seats, not a part of a count)
  if (PART_BEFORE.test(before) || (metric !== 'seats' && /^\s*of the [\d,]+\b/.test(rest))) return 'part';
  if (metric !== 'observers') return null;
  const kind = OBSERVER_KIND.exec(rest);
  if (!kind) return null;
  const origin = originOf(rest.slice(kind[0].length));
  return origin ? `${kind[1]}-from-${origin}` : kind[1]!;
}

/**
 * Where a count came from, as part of its scope: `from CIS member states` is `cis-member-states`, a list
 * of places (`from Jordan, Kyrgyzstan … and Finland`) its length, `31-places`. Counts from different
 * places are different counts, never one figure two sources disagree on.
 */
export function originOf(words: string): string | null {
  const origin = ORIGIN.exec(words.toLowerCase())?.[1];
  if (!origin) return null;
  const items = origin
    .split(/,|\band\b/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length > 1) return `${items.length}-places`;
  const slug = (items[0] ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .slice(0, 6)
    .join('-');
  return slug === '' ? null : slug;
}

/** The metric the words around a figure name, or null when they name none. */
export function readMetric(text: string, figure: StatedNumber, previous: Reading | null): Reading | null {
  const lower = text.toLowerCase();
  const before = lower.slice(Math.max(0, figure.start - 60), figure.start);
  const after = lower.slice(figure.end, figure.end + 70);
  const clause = clauseBefore(text, figure.start);
  const official = /\bofficial(?:\s+\S+){0,2}\s*$/.test(before);
  const reading = (metric: string, sign: 1 | -1 = 1): Reading => ({
    metric,
    sign,
    official,
    scope: scopeOf(metric, before, lower.slice(figure.end)),
  });
  const percent = figure.unit === 'percent' || figure.unit === 'pp';
  const count = figure.unit === null;
  const otherLanguage = percent || count ? otherLanguageMetric(percent ? 'percent' : 'count', before, after) : null;
  if (otherLanguage) return reading(otherLanguage);

  // `compared to an official 63.3%`: the same measure as the figure before, officially
  if (previous && comparedWithOfficial(before)) return { ...previous, official: true };
  if (
    percent &&
    (/^\s*(?:electoral\s+|election\s+|entry\s+)?(?:threshold|barrier|hurdle)/.test(after) ||
      /(?:threshold|barrier|hurdle)\s+(?:of|at|is|was)\s*$/.test(before))
  )
    return reading('threshold');
  if (
    percent &&
    (/^\s*(?:voter\s+)?turnout/.test(after) ||
      /turnout(?:\s+rate)?\s*(?:of|was|at|stood at|reached)?\s*\(?\s*$/.test(before) ||
      turnoutWording(after))
  )
    return reading('turnout');
  if (count) {
    const whole = seatsOfTheWhole(before, after, clause);
    if (whole) return reading(whole);
    if (/^-seats?\b/.test(after) || (/\ball\s*$/.test(before) && /^\s*seats/.test(after)))
      return reading('seats_total');
    if (/^\s*(?:seats\s+)?(?:needed\s+)?for a majority/.test(after) || /^\s*seats needed/.test(after))
      return reading('majority');
    if (appointedSeats(before, after)) return reading('seats_appointed');
    if (/^\s*(?:members|deputies)\s+(?:are\s+|were\s+)?(?:directly\s+)?elected/.test(after))
      return reading('seats_elected');
    if (/^\s*(?:of the [\d,]+\s+)?(?:\S+\s+)?seats?\b/.test(after))
      return LOSS.test(clause)
        ? reading('seat_change', -1)
        : GAIN.test(clause)
          ? reading('seat_change')
          : reading('seats');
    if (
      /^\s*(?:of the [\d,]+\s+)?(?:\S+\s+){0,3}candidates\b/.test(after) ||
      (/\blists?\b/.test(clause) && /^\s*(?:people|names|candidates)\b/.test(after))
    )
      return reading('candidates');
    if (
      /^\s*(?:of the [\d,]+\s+)?(?:\S+\s+){0,2}observers\b/.test(after) ||
      (/(?:of whom|in which|of which|among them)\s*$/.test(before) && /observers/.test(lower.slice(0, figure.start)))
    )
      return reading('observers');
    if (/^\s*polling (?:sites|stations|places)/.test(after)) return reading('polling_stations');
    if (/^\s*registered voters/.test(after)) return reading('registered');
    const counted = COUNT_RULES.find((rule) => rule.fires(before, after));
    if (counted) return reading(counted.metric);
  }
  if (percent) {
    if (/^\s*(?:vote\s+)?(?:total\s+)?decline/.test(after)) return reading('swing', -1);
    const share = isShareWording(before, after);
    if (share && LOSS.test(clause)) return reading('swing', -1);
    if (share && GAIN.test(clause)) return reading('swing');
    if (share) return reading('vote_share');
    if (/(?:lead of|leads? by)\s*$/.test(before) || /^\s*(?:point\s+|percentage point\s+)?lead\b/.test(after))
      return reading('lead');
  }
  return null;
}
