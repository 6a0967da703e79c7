// Named readings of English election prose: each one a general rule of how the words around a figure
// say what it is, or why it is not a figure of the election's result. Each has a made-up sentence that
// fires and one that stays silent in test/extract/wording.test.ts.

/** The words around one figure, lower-cased: just before it, its clause, its sentence and the sentence up to it. */
export interface Words {
  before: string;
  clause: string;
  sentence: string;
  upTo: string;
  /** Whether the metric the words give is a figure an election produced (a share, seats), not one of its rules. */
  isResult: boolean;
}

/** A reason to leave a figure unlinked even though its words name a metric. */
export interface StayRule {
  name: string;
  fires: (words: Words) => boolean;
  reason: string;
}

export const HYPOTHETICAL =
  /\b(?:to (?:win|get|gain|obtain|receive|reach)|would|could|predict(?:ed|s)?|expect(?:ed|s)? to|possibly|hop(?:e|ed|es) to|aim(?:ed|s)? (?:at|to)|target(?:ed)?)\b/;
const PART_OF_THE_COUNTRY =
  /\b(?:some|several|many|a few|certain|most|one)\s+(?:districts?|regions?|polling stations?|constituenc(?:y|ies)|areas?|cities|villages)\b|\bpart of the country\b/;
const PARTY_INTERNAL = /\bprimar(?:y|ies)\b/;
// `up from 84 seats`, `consent from the 11 candidates`: where a change started or what something came from
const STARTING_POINT = /\bfrom\s+(?:the\s+|an?\s+)?$/;

export const STAY_UNLINKED: StayRule[] = [
  {
    name: 'hypothetical',
    fires: (w) => w.isResult && HYPOTHETICAL.test(w.clause),
    reason: 'the figure is a hope, aim or prediction, not a result',
  },
  {
    name: 'part-of-the-country',
    fires: (w) => PART_OF_THE_COUNTRY.test(w.sentence),
    reason: 'the figure is about part of the country the text does not name',
  },
  {
    name: 'party-primary',
    fires: (w) => PARTY_INTERNAL.test(w.upTo),
    reason: 'the figure is about a party primary, not the election',
  },
  {
    name: 'starting-point',
    fires: (w) => STARTING_POINT.test(w.before),
    reason: 'the figure follows "from": where a change started or what something came from, not what the subject has',
  },
];

/** `44% compared to an official 63.3%`, `56% versus the official 71%`: the second figure is the official one. */
export const comparedWithOfficial = (before: string) =>
  /(?:compared (?:to|with)|against|versus|vs\.?|in contrast (?:to|with))\s+(?:an?\s+|the\s+)?official\s*$/.test(before);

const APPOINTING = /\b(?:indirectly elected|appointed|nominated|elects|appoints|nominates)\b/;

/**
 * Seats filled other than by the vote: `9 members are appointed` (the verb after) or `the Assembly indirectly
 * elected its 9 members` (the verb before, with up to three words between it and the figure).
 */
export function appointedSeats(before: string, after: string): boolean {
  const verbAfter =
    /^\s*(?:(?:members|deputies|seats)\s+)?(?:are\s+|were\s+)?(?:indirectly elected|nominated|appointed)/.test(after);
  const verbBefore =
    /^\s*(?:members|deputies|seats)\b/.test(after) && APPOINTING.test(/(?:\S+\s+){0,4}$/.exec(before)?.[0] ?? '');
  return verbAfter || verbBefore;
}

// `won only 6%`, `winning barely 39.8%`: a degree word may stand between the verb and the share
const DEGREE = '(?:only|just|some|slightly|barely|merely|nearly|almost|roughly|about|around)';
const SHARE_VERB = new RegExp(
  String.raw`(?:with|won|winning|received|receiving|obtained|obtaining|gained|gaining|garner(?:ed)?|took|got|showed)\s+(?:${DEGREE}\s+)?$`,
);

// `puts Nur Otan at 72.1%`, `gave Ak Zhol 11%`: a verb of reporting, the party, then its share
const REPORTED_AT =
  /\b(?:puts?|putting|placed|places|placing|gives?|gave|giving|shows?|showed|showing|finds?|found)\s+(?:\S+\s+){1,4}?(?:at\s+)?$/;

/** A percent that is a share of the vote by the words around it: `of the vote` after, a verb of winning before. */
export function isShareWording(before: string, after: string): boolean {
  return (
    /^\s*(?:of\s+(?:the\s+)?)?(?:votes?|voters|ballots|vote share|share|support)\b/.test(after) ||
    SHARE_VERB.test(before) ||
    REPORTED_AT.test(before) ||
    /^\s*for\s/.test(after) ||
    // `71% voted for Nur Otan`
    /^\s*(?:of (?:the )?(?:voters|electorate)\s+)?(?:voted|cast (?:their )?ballots) for\b/.test(after) ||
    // `792,828 votes (10.95%)`, `– 792,828 voters (10.95%)`
    /\b(?:votes?|voters)\s*\(\s*$/.test(before) ||
    /[–—-]\s?$|'s\s+$|’s\s+$/.test(before)
  );
}

/** A metric the words next to a count give it: `before` ends just before the figure, `after` starts just after. */
export interface CountRule {
  name: string;
  metric: string;
  fires: (before: string, after: string) => boolean;
}

// (`voted for Nur Otan` is a party's votes, not all ballots)
const TOOK_PART = String.raw`(?:cast (?:their |a )?ballots?|voted|took part|turned out|came to the polls)\b(?!\s+for\b)`;
// a count with its share in brackets: `7,241,562 (63.3%) took part`
const BRACKETED = String.raw`(?:\([^)]*\)\s*)?`;
const BALLOTS = new RegExp(
  String.raw`^\s*${BRACKETED}(?:(?:people|voters|citizens|electors)\s+)?(?:have\s+|had\s+)?${TOOK_PART}|^\s*ballots\s+(?:were\s+)?cast\b`,
);

/** Read in order, after the seats, candidates, observers and registered voters of extract/reading.ts. */
export const COUNT_RULES: CountRule[] = [
  {
    // `backed by 5,148,074 voters`, `5,148,074 voters chose Nur Otan`: voters standing for a party's votes
    name: 'voters-for-a-party',
    metric: 'votes',
    fires: (before, after) =>
      (/^\s*voters\b/.test(after) && /\b(?:backed|supported|chosen|favou?red) by\s*$/.test(before)) ||
      /^\s*(?:voters\s+|people\s+)?(?:backed|supported|chose|voted for|cast (?:their )?ballots for)\b/.test(after),
  },
  {
    name: 'registered',
    metric: 'registered',
    fires: (before, after) =>
      /^\s*(?:voters|electors|citizens|people)\s+(?:were|are|had been)\s+registered\b/.test(after) ||
      /\b(?:electorate|registered voters)\s+(?:of|was|were|stood at|numbered)\s*$/.test(before),
  },
  { name: 'ballots-cast', metric: 'ballots_cast', fires: (_, after) => BALLOTS.test(after) },
  { name: 'valid-votes', metric: 'valid_votes', fires: (_, after) => /^\s*valid votes\b/.test(after) },
  {
    // not `won by 300,000 votes` (a margin), `71% of the 7,241,562 votes` (the whole) or `N votes were cast` (by whom?)
    name: 'votes',
    metric: 'votes',
    fires: (before, after) =>
      /^\s*votes?\b/.test(after) &&
      !/\b(?:by|lead of|margin of|short of|of|out of)\s+(?:the\s+|all\s+)?$/.test(before) &&
      !/^\s*votes\s+(?:were|had been)\s+cast\b(?!\s+for\b)/.test(after),
  },
  {
    name: 'sample-size',
    metric: 'sample_size',
    fires: (before, after) =>
      /(?:interviewed|surveyed|polled|sample of|asked|\bn\s*=)\s*$/.test(before) ||
      /^\s*(?:respondents|interviewees|people were (?:interviewed|surveyed|polled))\b/.test(after),
  },
];

/** `7,241,562 (63.3%) took part`, `63.3% of them voted`: the share of the registered voters who voted. */
export const turnoutWording = (after: string) =>
  new RegExp(
    String.raw`^\s*\)?\s*(?:of (?:them|those registered|the electorate|registered voters)\s+)?${TOOK_PART}`,
  ).test(after);

/**
 * `76 of the 107 seats`: the whole is the chamber's seats, except after a verb of winning (`won 76 of the 98
 * seats`), where it is the seats the vote filled: a party wins only those.
 */
export function seatsOfTheWhole(before: string, after: string, clause: string): string | null {
  if (!/\bof the\s*$/.test(before) || !/^\s*seats/.test(after)) return null;
  return /\b(?:won|wins|winning|took|takes|secured|gained|captured)\s+[\d,]+\s+of the\s*$/.test(clause)
    ? 'seats_elected'
    : 'seats_total';
}

/** A metric named by Russian or Kazakh words next to a figure: after a count or a share, or before a turnout. */
export interface OtherLanguageRule {
  metric: string;
  /** What the figure must be: a percent (`71,09%`, `63,3 процента`) or a bare count (`5 148 074`). */
  figure: 'percent' | 'count';
  before?: RegExp;
  after?: RegExp;
}

// Cyrillic words have no \b in a JS pattern: each word is matched from its start, its endings left open
export const OTHER_LANGUAGE_RULES: OtherLanguageRule[] = [
  // `явка составила 63,25 процента`, `явка избирателей — 63,3%`
  { metric: 'turnout', figure: 'percent', before: /(?:^|[^\p{L}])явк[аиу](?:\s+избирателей)?[^.\d]{0,20}$/u },
  // `71,09% голосов`, `71,09% дауыс`
  { metric: 'vote_share', figure: 'percent', after: /^\s*(?:голос|дауыс)/u },
  // `792 828 голосов`, `5 148 074 дауыс`
  { metric: 'votes', figure: 'count', after: /^\s*(?:голос|дауыс)/u },
  // `76 мест`, `76 мандатов`, `76 орын`
  { metric: 'seats', figure: 'count', after: /^\s*(?:мест|мандат|орын)/u },
];

/** The metric Russian or Kazakh words next to a figure name, or null. */
export const otherLanguageMetric = (figure: 'percent' | 'count', before: string, after: string): string | null =>
  OTHER_LANGUAGE_RULES.find(
    (rule) => rule.figure === figure && (rule.before?.test(before) ?? true) && (rule.after?.test(after) ?? true),
  )?.metric ?? null;
