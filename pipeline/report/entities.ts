// Names, colours, order and tile positions from processed/entities.csv: the same on every page.
import type { DataPackage, Row } from './data.ts';

export interface Party {
  id: string;
  name: string;
  short: string;
  colour: string;
}

export interface Entities {
  /** Parties in registry order, each with its colour. */
  parties: Party[];
  /**
   * A row with readable columns added beside its ids: party, party_name, party_order, region, region_short, tile_row,
   * tile_col, pollster, poll (`PORI, 12 Nov 2020`), election.
   */
  enrich(row: Row): Row;
}

export function readEntities(data: DataPackage): Entities {
  const rows = data.tables.get('entities')?.rows ?? [];
  const byId = new Map(rows.map((e) => [String(e.entity_id), e]));
  const parties = rows
    .filter((e) => e.entity_type === 'party')
    .sort((a, b) => Number(a.list_order) - Number(b.list_order))
    .map((e) => ({
      id: String(e.entity_id),
      name: String(e.name_en),
      short: String(e.short_name ?? e.name_en),
      colour: String(e.colour),
    }));
  const name = (id: unknown) => (typeof id === 'string' ? byId.get(id) : undefined);
  const polls = new Map((data.tables.get('polls')?.rows ?? []).map((p) => [String(p.poll_id), p]));
  const pollName = (id: unknown) => {
    const poll = typeof id === 'string' ? polls.get(id) : undefined;
    const pollster = name(poll?.pollster_id);
    if (!poll || !pollster) return null;
    // several abbreviations are joined by '; ': the first is the one readers know
    const who = String(pollster.abbreviation ?? pollster.name_en).split('; ')[0]!;
    return readablePoll(who, String(poll.kind), typeof poll.date === 'string' ? poll.date : null);
  };
  return {
    parties,
    enrich(row) {
      const extra: Row = {};
      const party = name(row.party_id);
      if (party)
        Object.assign(extra, {
          party: party.short_name ?? party.name_en ?? null,
          party_name: party.name_en ?? null,
          party_order: party.list_order ?? null,
        });
      const region = name(row.region_id);
      if (region)
        Object.assign(extra, {
          region: region.name_en ?? null,
          region_short: region.short_name ?? region.name_en ?? null,
          tile_row: region.tile_row ?? null,
          tile_col: region.tile_col ?? null,
        });
      const pollster = name(row.pollster_id);
      if (pollster) extra.pollster = pollster.name_en ?? null;
      const poll = pollName(row.poll_id);
      if (poll) extra.poll = poll;
      const election = name(row.election_id);
      if (election) extra.election = election.name_en ?? null;
      return { ...row, ...extra };
    },
  };
}

/** Headings of the columns `enrich` adds. */
export const ENRICHED_TITLES: Record<string, string> = {
  party: 'Party',
  party_name: 'Party',
  party_order: 'Party order',
  region: 'Region',
  region_short: 'Region',
  tile_row: 'Tile row',
  tile_col: 'Tile column',
  pollster: 'Pollster',
  poll: 'Poll',
  election: 'Election',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KIND_WORDS: Record<string, string> = {
  exit: 'exit poll',
  'post-election-survey': 'post-election survey',
  'independent-count': 'independent count',
};

/** A poll as a reader names it: its pollster (by abbreviation), what kind of poll unless an opinion poll, the date. */
export function readablePoll(pollster: string, kind: string, date: string | null): string {
  const who = KIND_WORDS[kind] ? `${pollster} ${KIND_WORDS[kind]}` : pollster;
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.split('-').map(Number) : null;
  return day ? `${who}, ${day[2]} ${MONTHS[day[1]! - 1]} ${day[0]}` : who;
}
