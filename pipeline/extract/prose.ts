import { readFigures, type UnreadNumber } from '../lib/number-tokens.ts';
import type { StatedNumber } from '../lib/numbers.ts';
import type { Mention } from '../names/scanner.ts';
import { isChange, needs } from '../registry/metrics.ts';
import { makeClaim, type Claim, type ClaimSubject } from './claims.ts';
import { pieces, spanLocator, type Passage } from './passage.ts';
import { previousElectionId, type ExtractContext } from './context.ts';
import { isDatePart } from './dates.ts';
import { pollOfPassage, POLL_WORDS } from './prose-polls.ts';
import { clauseBefore, isElectionFigure, readMetric, reasonToStayUnlinked, type Reading } from './reading.ts';

/**
 * What the sentences before told: the parties they named, for `it`, `the first one` and `the second`, and the
 * poll the last one reported, for a sentence that goes on about it (`It also gives…`) and a list after it.
 */
export interface ProseMemory {
  parties: Mention[];
  poll?: { poll_id: string } | null;
}

const PREVIOUS_ELECTION =
  /\b(?:previous|prior|last|outgoing)\s+(?:elections?|composition|parliament|convocation|mazhilis|mäjilis)\b/;

/**
 * Claims from every figure of a passage that is an election figure; those it cannot link stay, unlinked.
 * A passage longer than EXCERPT_LIMIT is read piece by piece (cut at a `;`, `,` or space), so a figure's
 * words are looked for within its piece and the cost stays linear in the length of the text.
 */
export function proseClaims(passage: Passage, context: ExtractContext, memory: ProseMemory): Claim[] {
  const locate = spanLocator(passage.spans);
  return pieces(passage.text).flatMap((text) =>
    pieceClaims({ ...passage, text, sentence: passage.sentence === null ? null : text }, locate, context, memory),
  );
}

function pieceClaims(
  passage: Passage,
  locate: ReturnType<typeof spanLocator>,
  context: ExtractContext,
  memory: ProseMemory,
): Claim[] {
  const { text } = passage;
  const mentions = context.names.scan(text);
  const parties = mentions.filter((m) => m.resolution.type === 'party');
  const found = pollOfPassage(text, passage.extraction, mentions, context, memory.poll, passage.spans[0]?.line ?? 0);
  const poll = found && 'poll_id' in found ? found : null;
  const noDay = found && 'note' in found ? found.note : null;
  const read = readFigures(text, context.numberStyle, (start, end, token) => isDatePart(text, start, end, token));
  const figures = read.filter(
    (f): f is StatedNumber | UnreadNumber => f.kind === 'unread' || (f.kind === 'number' && isElectionFigure(text, f)),
  );
  const respectively = /\brespectively\b/i.test(text) ? parties.filter((p) => p.start < (figures[0]?.start ?? 0)) : [];
  let previous: Reading | null = null;
  let previousFigure: StatedNumber | null = null;
  let shareIndex = 0;
  const claims = figures.map((figure) => {
    const { line, excerpt, column, at } = locate(figure.text);
    const where = {
      source_id: context.source_id,
      line,
      extraction: passage.extraction,
      excerpt,
      sentence: passage.sentence,
      place: `${column}`,
      at,
    };
    if (figure.kind === 'unread') return makeClaim(where, figure, { metric: null }, context.registry.metrics);
    if (noDay) return makeClaim(where, figure, { metric: null, note: noDay }, context.registry.metrics);
    const reading =
      readMetric(text, figure, previous) ?? nextInList(text, figure, previousFigure, previous, parties, context);
    previous = reading;
    previousFigure = figure;
    const stay = reading ? reasonToStayUnlinked(text, figure, context.registry.metrics.get(reading.metric)) : null;
    const value = reading?.sign === -1 ? { ...figure, value: -figure.value } : figure;
    const about: ClaimSubject =
      stay || !reading
        ? { metric: null, note: stay }
        : aboutFigure(text, figure, reading, { parties, respectively, shareIndex, memory, poll, context });
    if (reading && needs(context.registry.metrics, reading.metric, 'party')) shareIndex++;
    return makeClaim(where, value, about, context.registry.metrics);
  });
  if (parties.length > 0) memory.parties = dedupe(parties);
  memory.poll = poll;
  return claims;
}

/**
 * `Ak Zhol 10.2% and Auyl 6.1%`: a figure whose words name no metric, right after a party that follows a
 * party's share before it (`, ` `; ` or `and` between), is that party's share of the same kind.
 */
function nextInList(
  text: string,
  figure: StatedNumber,
  before: StatedNumber | null,
  reading: Reading | null,
  parties: Mention[],
  context: ExtractContext,
): Reading | null {
  if (!before || !reading || figure.unit !== 'percent' || before.unit !== 'percent') return null;
  if (!needs(context.registry.metrics, reading.metric, 'party')) return null;
  const party = parties.find((p) => p.start >= before.end && p.end <= figure.start);
  const listed =
    party !== undefined &&
    /^\s*(?:,|;|,?\s+and)\s+$/.test(text.slice(before.end, party.start)) &&
    /^\s*(?:with|at|on)?\s*$/.test(text.slice(party.end, figure.start));
  return listed ? { ...reading, sign: 1 } : null;
}

interface Clues {
  parties: Mention[];
  respectively: Mention[];
  shareIndex: number;
  memory: ProseMemory;
  poll: { poll_id: string } | null;
  context: ExtractContext;
}

function aboutFigure(text: string, figure: StatedNumber, reading: Reading, clues: Clues): ClaimSubject {
  const { context } = clues;
  const clause = clauseBefore(text, figure.start);
  const { metrics } = context.registry;
  const changes = isChange(metrics, reading.metric);
  const election_id = !changes && PREVIOUS_ELECTION.test(clause) ? previousElectionId(context) : context.election.id;
  const polledAs = metrics.get(reading.metric)?.polled_as ?? null;
  const inPoll = clues.poll && !reading.official && polledAs !== null;
  const metric = inPoll ? polledAs! : reading.metric;
  const poll_id = inPoll || needs(metrics, reading.metric, 'poll') ? (clues.poll?.poll_id ?? null) : null;
  const scope = reading.scope;
  if (!needs(metrics, metric, 'party')) return { metric, election_id, poll_id, scope };
  const party = partyFor(text, figure, clause, clues);
  // `the total of 312 candidates`: a figure for all parties together
  const total = party === null && /\b(?:total|in all|altogether|all parties)\b/.test(clause);
  // a share in a sentence about polling that names no pollster belongs to no poll we can name
  const unnamedPoll = !inPoll && polledAs !== null && !reading.official && POLL_WORDS.test(text);
  return {
    metric: unnamedPoll ? polledAs! : metric,
    election_id,
    poll_id,
    party_id: party?.mention.resolution.id ?? null,
    subject: party?.surface ?? null,
    note: party?.note ?? (total ? 'a total for all parties' : null),
    total,
    scope,
  };
}

/** The party a share or seat figure belongs to, and the words that said so. */
function partyFor(
  text: string,
  figure: StatedNumber,
  clause: string,
  clues: Clues,
): { mention: Mention; surface: string; note: string | null } | null {
  const { parties, respectively, memory } = clues;
  // `12% for Adal`, `5,148,074 voted for Nur Otan`, `659,019 votes were cast for the People's Party`
  const after = parties.find((p) =>
    /^\s*(?:of the vote\s+|votes?\s+(?:were\s+cast\s+)?|(?:voters\s+|people\s+)?(?:voted|cast (?:their\s+)?ballots)\s+)?for\s+(?:the\s+)?$/i.test(
      text.slice(figure.end, p.start),
    ),
  );
  if (after) return { mention: after, surface: after.text, note: null };
  const glued = parties.find((p) => p.end <= figure.start && figure.start - p.end <= 3);
  if (glued) return { mention: glued, surface: glued.text, note: null };
  if (respectively.length > 0) {
    const party = respectively[clues.shareIndex % respectively.length];
    if (party)
      return {
        mention: party,
        surface: party.text,
        note: 'matched in order with the parties named before "respectively"',
      };
  }
  const ordinal = /\bthe (first|second|former|latter)(?: one)?\b/.exec(clause);
  if (ordinal && memory.parties.length >= 2) {
    const party = /first|former/.test(ordinal[1]!) ? memory.parties[0]! : memory.parties[1]!;
    return {
      mention: party,
      surface: ordinal[0],
      note: `"${ordinal[0]}" is ${party.text}, named in the sentence before`,
    };
  }
  const nearest = parties.filter((p) => p.end <= figure.start).at(-1);
  if (nearest) return { mention: nearest, surface: nearest.text, note: null };
  const pronoun = /^(?:it|the party|the ruling party|this party)\b/i.exec(text.trim());
  if (parties.length === 0 && pronoun && memory.parties.length === 1) {
    const party = memory.parties[0]!;
    return {
      mention: party,
      surface: pronoun[0],
      note: `"${pronoun[0]}" is ${party.text}, named in the sentence before`,
    };
  }
  return null;
}

const dedupe = (mentions: Mention[]) =>
  mentions.filter((m, i) => mentions.findIndex((n) => n.resolution.id === m.resolution.id) === i);
