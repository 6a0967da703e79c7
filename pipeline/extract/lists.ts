import type { Block, ListBlock, ListItem } from '../ingest/blocks.ts';
import { readFigures } from '../lib/number-tokens.ts';
import { parseNumber } from '../lib/numbers.ts';
import { isDatePart } from './dates.ts';
import { countedIn } from '../registry/metrics.ts';
import { makeClaim, type Claim } from './claims.ts';
import type { ExtractContext } from './context.ts';
import { proseClaims, type ProseMemory } from './prose.ts';

// a list under these headings cites other texts: its figures are their titles' words, not this text's statements
const CITATION_SECTIONS =
  /^(?:references|notes|sources|bibliography|external links|further reading|see also|citations)$/i;

/** Claims from a list: `Label – figure` items count what the sentence before the list counts; other items read as prose. */
export function listClaims(list: ListBlock, before: Block[], context: ExtractContext, memory: ProseMemory): Claim[] {
  const lead = before.filter((b) => b.kind === 'sentence' && b.last_line < list.first_line).at(-1);
  // the noun of the sentence that introduces a list of `Label – figure` items names what the figures count
  const metric = lead?.kind === 'sentence' ? countedIn(context.registry.metrics, lead.text) : null;
  const citations = list.section.some((s) => CITATION_SECTIONS.test(s));
  // `Nur Otan – 72.1%` under a sentence reporting a poll: that poll's shares, never the official result
  const poll = memory.poll ?? null;
  return list.items.flatMap((item) => {
    if (citations) return citationClaims(item, context);
    if (item.label === null || item.value === null) {
      const column = item.raw.indexOf(item.text);
      return proseClaims(
        {
          text: item.text,
          spans: [{ line: item.line, column, text: item.text, excerpt: item.raw }],
          extraction: 'list',
          sentence: null,
        },
        context,
        memory,
      );
    }
    const figure = parseNumber(item.value)!;
    const subject = context.names.lookup(item.label);
    const pollShare =
      poll !== null && figure.kind === 'number' && figure.unit === 'percent' && subject.type === 'party';
    const where = {
      source_id: context.source_id,
      line: item.line,
      extraction: 'list' as const,
      excerpt: item.raw,
      sentence: null,
      place: `${item.raw.lastIndexOf(item.value)}`,
      at: { column: 0, figureAt: item.raw.lastIndexOf(item.value) },
    };
    return [
      makeClaim(
        where,
        figure,
        {
          metric: pollShare ? 'poll_share' : metric,
          election_id: context.election.id,
          poll_id: pollShare ? poll.poll_id : null,
          subject: item.label,
          party_id: subject.type === 'party' ? subject.id : null,
          region_id: subject.type === 'region' ? subject.id : null,
          organisation_id: subject.type === 'organisation' || subject.type === 'body' ? subject.id : null,
          note: metric || pollShare ? null : 'the sentence before the list does not say what its figures count',
        },
        context.registry.metrics,
      ),
    ];
  });
}

function citationClaims(item: ListItem, context: ExtractContext): Claim[] {
  return readFigures(item.text, context.numberStyle, (start, end, token) => isDatePart(item.text, start, end, token))
    .filter(
      (figure) =>
        figure.kind === 'unread' ||
        (figure.kind === 'number' && !isDatePart(item.text, figure.start, figure.end, figure.text)),
    )
    .map((figure) => {
      const where = {
        source_id: context.source_id,
        line: item.line,
        extraction: 'list' as const,
        excerpt: item.raw,
        sentence: null,
        place: `${item.raw.indexOf(item.text) + figure.start}`,
        at: { column: 0, figureAt: item.raw.indexOf(item.text) + figure.start },
      };
      return makeClaim(
        where,
        figure,
        { metric: null, note: 'a figure in the title of a cited text, not a statement of this text' },
        context.registry.metrics,
      );
    });
}
