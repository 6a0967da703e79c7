import { explain, how, show } from '../lib/explanations.ts';
import { districtSeats } from '../lib/seats.ts';
import { expectFigure, factValue, linkedWith, stated, type Check } from './check.ts';
import type { Conflict } from './conflicts.ts';

/** In a mixed system a party's seats are its list seats plus its district seats, where the sources give all three. */
export const checkSeatKinds: Check = (input) =>
  input.elections
    .filter((e) => districtSeats(e) > 0)
    .flatMap((election) =>
      linkedWith(input.claims, 'seats')
        .filter((c) => c.election_id === election.id && c.party_id && c.region_id === null && c.poll_id === null)
        .map((claim): Conflict | null => {
          const key = { election_id: election.id, party_id: claim.party_id };
          const list = factValue(input, { metric: 'seats_list', ...key });
          const district = factValue(input, { metric: 'seats_district', ...key });
          if (list === null || district === null) return null;
          return expectFigure(claim, list + district, {
            check: 'seat-kinds',
            expected_how: how.seatKinds(list, district),
            explanation: explain.computed(
              stated(input, claim),
              how.seatKinds(list, district),
              show(list + district, 'seats'),
            ),
          });
        })
        .filter((c): c is Conflict => c !== null),
    );
