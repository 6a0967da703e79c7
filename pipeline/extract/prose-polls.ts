// The poll a sentence or list item reports: one it names, or the one the sentence before named and it goes on about.
import type { Mention } from '../names/scanner.ts';
import type { Claim, PollKind } from './claims.ts';
import { addPollFacts, registerPoll, type ExtractContext, type PollFacts } from './context.ts';
import { findWrittenDate, isCalendarDay, noCalendarDay } from './dates.ts';
import { pollDate, pollDetails, type PollDetails } from './poll-details.ts';

export const POLL_WORDS = /\b(?:poll(?:s|ing)?|survey(?:ed|s)?|exit poll|count(?:ed)?|tally|tabulation)\b/i;
const COUNT_WORDS = /\b(?:count(?:ed)?|tally|tabulation)\b/i;

/** The poll a passage reports, or the poll `before` it that it continues: as a list item, or a sentence going on about it. */
export function pollOfPassage(
  text: string,
  extraction: Claim['extraction'],
  mentions: Mention[],
  context: ExtractContext,
  before: { poll_id: string } | null | undefined,
  line: number,
): { poll_id: string } | { note: string } | null {
  const named = pollOf(text, mentions, context, line);
  if (named) return named;
  if (!before || !(extraction === 'list' || goesOnAboutPoll(text))) return null;
  return continuePoll(text, before, context);
}

/**
 * The poll a sentence reports: it names a pollster and speaks of polling, or names one whose registry entry
 * says it counts results independently (`method: "independent-count"`), whose figures are never official.
 * Its kind from the words or that entry, its date from the sentence or the end of its fieldwork. A poll
 * dated on no day of the calendar is no poll: the note says why the sentence's figures stay unlinked.
 */
function pollOf(
  text: string,
  mentions: Mention[],
  context: ExtractContext,
  line: number,
): { poll_id: string } | { note: string } | null {
  const pollster = mentions.find((m) => m.resolution.type === 'pollster');
  const counts = pollster && context.registry.byId.get(pollster.resolution.id!)?.details.method === 'independent-count';
  if (!pollster || !(counts || POLL_WORDS.test(text))) return null;
  const written = findWrittenDate(text);
  if (written && !isCalendarDay(written.iso)) return { note: noCalendarDay(written.written) };
  const details = pollDetails(text, context.election.details.date);
  const date = pollDate(text, details);
  const kind: PollKind = /\bexit poll/i.test(text)
    ? 'exit'
    : counts || COUNT_WORDS.test(text)
      ? 'independent-count'
      : date && date > context.election.details.date
        ? 'post-election-survey'
        : 'opinion';
  return { poll_id: registerPoll(context, pollster.resolution.id!, kind, date, line, factsOf(details)) };
}

// `It also gives…`, `Its figures…`, `According to the same survey…`, `The poll was conducted…`: a sentence going on about the poll before
const GOES_ON =
  /^(?:it\s+(?:also\s+)?(?:gives?|gave|puts?|put|shows?|showed|finds?|found|places?|placed)\b|its\b|the (?:same )?(?:poll|survey|exit poll|study)\b|(?:according to|in) (?:the same|this|that|the) (?:poll|survey|exit poll|study)\b)|\bthe same (?:poll|survey|exit poll)\b/i;
const goesOnAboutPoll = (text: string) => GOES_ON.test(text.trim());

/** The poll of the sentence before, with what this sentence adds of its fieldwork, sample and mode. */
function continuePoll(text: string, poll: { poll_id: string }, context: ExtractContext): { poll_id: string } {
  const known = context.polls.get(poll.poll_id);
  if (known) addPollFacts(known, factsOf(pollDetails(text, context.election.details.date)));
  return poll;
}

const factsOf = (details: PollDetails): PollFacts => ({
  fieldwork_start: details.fieldwork?.start ?? null,
  sample_size: details.sample_size,
  mode: details.mode,
});
