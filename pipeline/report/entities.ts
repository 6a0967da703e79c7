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
   * tile_col, pollster, election.
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
  election: 'Election',
};
