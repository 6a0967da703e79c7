// Short column headings for the reports' tables (Table Schema `title`), one per field name: a field
// means the same in every table, so one heading serves them all. A field missing here has no title.

export const FIELD_TITLES: Record<string, string> = {
  source_id: 'Source', file: 'File', title: 'Title', kind: 'Kind', language: 'Language', revision_of: 'Revision of', revision: 'Revision',
  election_id: 'Election', sha256: 'SHA-256', bytes: 'Bytes', entity_id: 'Entity', entity_type: 'Type', name_en: 'Name (English)',
  name_kk: 'Name (Kazakh)', name_kk_latn: 'Name (Kazakh, Latin)', name_ru: 'Name (Russian)', short_name: 'Short name', abbreviation: 'Abbreviations',
  translation: 'Translation', formerly: 'Formerly', later: 'Later', colour: 'Colour', list_order: 'Order', tile_row: 'Tile row', tile_col: 'Tile column',
  alias: 'Spelling', method: 'Resolved by', name_kind: 'Matched name', renamed: 'Renamed', mentions: 'Mentions', sources: 'Sources', lines: 'Lines',
  claim_id: 'Claim', line: 'Line', extraction: 'Read from', metric: 'Measure', party_id: 'Party', region_id: 'Region', poll_id: 'Poll',
  organisation_id: 'Organisation', scope: 'Scope', value: 'Value', unit: 'Unit', qualifier: 'Qualifier', value_high: 'Upper value',
  decimals: 'Decimals', figure: 'As written', surface: 'Named as', linked: 'Linked', note: 'Note', excerpt: 'Excerpt', fact_id: 'Fact',
  status: 'Status', claims: 'Claims', rule: 'Rule', conflict_id: 'Conflict', reported: 'Reported', expected: 'Expected', expected_how: 'Expected from',
  difference: 'Difference', severity: 'Severity', resolution: 'Resolution', explanation: 'Explanation', votes: 'Votes', vote_share: 'Share (%)',
  vote_share_reported: 'Printed share (%)', seats: 'Seats', passed_threshold: 'Passed threshold', registered: 'Registered voters',
  ballots_cast: 'Ballots cast', valid_votes: 'Valid votes', invalid_votes: 'Invalid votes', turnout_pct: 'Turnout (%)', invalid_pct: 'Invalid (%)',
  turnout_status: 'Turnout status', pollster_id: 'Pollster', date: 'Date', sample_size: 'Sample', share: 'Share (%)', lead_reported: 'Printed lead (points)',
  result_share: 'Result (%)', error: 'Error (points)', share_renormalised: 'Share renormalised (%)', error_renormalised: 'Error renormalised (points)',
  days_before: 'Days before', listed_total: 'Listed total (%)', mae: 'M3 (points)', mae_renormalised: 'M3 renormalised (points)',
  lead_error: 'M5 (points)', lead_error_poll_order: 'M5, poll order (points)', b: 'B', bw: 'Bw', called_winner: 'Called winner',
  called_parties_over_threshold: 'Called parties over threshold', election_from: 'From election', election_to: 'To election', share_from: 'Share before (%)',
  share_to: 'Share after (%)', swing_pp: 'Swing (points)', seats_from: 'Seats before', seats_to: 'Seats after', seat_change: 'Seat change',
  scenario: 'Scenario', quota: 'Quota (votes)', seats_floor: 'Whole quotas', remainder: 'Remainder', seats_reported: 'Seats reported', index: 'Index',
  county: 'County', precinct: 'Precinct', office: 'Office', district: 'District', party: 'Party', candidate: 'Candidate',
  votes_from: 'Votes from', threshold: 'Threshold (%)', change_id: 'Change', document: 'Document', older_source_id: 'Older source',
  newer_source_id: 'Newer source', subject: 'Subject', older_text: 'Older text', newer_text: 'Newer text', older_line: 'Older line', newer_line: 'Newer line',
};
