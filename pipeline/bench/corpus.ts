// The synthetic corpus for `make bench SCALE=1`: N documents copied from the real sources, names
// respelled, a few figures perturbed (new conflicts), every other set of copies moved to the previous
// election, plus one polling-station results table that adds up to the national results. It is the
// pipeline's own input (a raw/ folder and its manifest), so the real stages run on it unchanged.
import { isDatePart } from '../extract/dates.ts';
import type { Source } from '../lib/manifest.ts';
import { sha256 } from '../lib/sha256.ts';
import { elections, type Election, type Registry } from '../registry/registry.ts';
import { seededRandom, type Random } from './random.ts';
import { buildRespeller, spellingsOf } from './respell.ts';
import { splitOverStations, stationTableText } from './stations.ts';

export interface RealSource {
  entry: Source;
  text: string;
}

export interface CorpusOptions {
  documents: number;
  seed: number;
  stations: number;
  /** The share of figures in table and infobox lines changed by one in their last digit. */
  perturbed: number;
}

export interface SyntheticCorpus {
  manifest: Source[];
  files: { file: string; text: string }[];
}

const FIGURE = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]*\d)/g;
// `2020-12-31` as a whole: extract's date parts know a year and a day before a month name, not the day of an ISO date
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/** The corpus for a seed: the same seed and inputs give the same files, byte for byte. */
export function syntheticCorpus(
  real: RealSource[],
  registry: Registry,
  national: { party_id: string; votes: number }[],
  options: CorpusOptions,
): SyntheticCorpus {
  // the latest election the real sources are about, and the one before it (the registry knows later ones too)
  const about = elections(registry).filter((e) => real.some((r) => r.entry.election_id === e.id));
  const latest = [...about].sort((a, b) => (a.details.date < b.details.date ? 1 : -1))[0];
  const previous = elections(registry).find((e) => e.id === latest?.details.previous);
  const random = seededRandom(options.seed);
  const respeller = buildRespeller(registry);
  const width = String(options.documents).length;
  const year = (election: Election) => election.details.date.slice(0, 4);
  const manifest: Source[] = [];
  const files: SyntheticCorpus['files'] = [];
  const add = (entry: Omit<Source, 'sha256'>, text: string) => {
    manifest.push({ ...entry, sha256: sha256(text) });
    files.push({ file: entry.file, text });
  };
  for (let i = 0; i < options.documents; i++) {
    const { entry, text } = real[i % real.length]!;
    const set = Math.floor(i / real.length) + 1;
    const earlier = set % 2 === 0 && previous !== undefined && entry.election_id === latest?.id;
    let copy = perturbFigures(respeller.respell(text, random), options.perturbed, random);
    if (earlier) copy = copy.replace(new RegExp(`\\b${year(latest!)}\\b`, 'g'), year(previous));
    add(
      {
        ...entry,
        source_id: `${entry.source_id}-s${set}`,
        file: `${String(i).padStart(width, '0')}_${entry.file}`,
        title: `${entry.title} (synthetic copy ${set})`,
        revision_of: entry.revision_of === null ? null : `${entry.revision_of}-s${set}`,
        election_id: earlier ? previous!.id : entry.election_id,
      },
      copy,
    );
  }
  if (latest && options.stations > 0) {
    const parties = national.map((p) => ({
      name: random.pick(spellingsOf(registry.byId.get(p.party_id)!)),
      votes: p.votes,
    }));
    const title = `${latest.name_en}: results by polling station (synthetic)`;
    add(
      {
        source_id: `stations-${year(latest)}`,
        file: `${String(options.documents).padStart(width, '0')}_stations.txt`,
        title,
        kind: 'results-table',
        language: 'en',
        revision_of: null,
        revision: null,
        layout: 'line-per-paragraph',
        election_id: latest.id,
        description: `${options.stations} polling stations, each party's votes split over them so that they add up to its national votes.`,
      },
      stationTableText(title, parties, splitOverStations(parties, options.stations, random)),
    );
  }
  return { manifest, files };
}

/** Table and infobox lines with a few figures one off in their last digit; dates and years stay as they are. */
export function perturbFigures(text: string, share: number, random: Random): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('|') && !/^\s*- [^:]+:/.test(line)) return line;
      const dates = [...line.matchAll(ISO_DATE)].map((m) => [m.index, m.index + m[0].length]);
      return line.replace(FIGURE, (figure, at: number) => {
        const inDate =
          dates.some(([start, end]) => at >= start! && at < end!) || isDatePart(line, at, at + figure.length, figure);
        if (inDate || random.next() >= share) return figure;
        const last = Number(figure.at(-1));
        return `${figure.slice(0, -1)}${(last + 1) % 10}`;
      });
    })
    .join('\n');
}

/** Lines that are prose: not a table row, a heading (`= Title =`) nor an infobox line (`- Key: Value`). */
const isProse = (line: string) => line !== '' && !line.includes('|') && !/^=|^- [^:]+:/.test(line);

/**
 * The real sources as they are, plus one source made of a single line of at least `bytes` bytes: their
 * prose lines, over and over, joined by spaces without a newline. Whatever a stage does per line,
 * sentence or figure must stay linear in it.
 */
export function longLineCorpus(real: RealSource[], bytes: number): SyntheticCorpus {
  const prose = real.flatMap(({ text }) =>
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(isProse),
  );
  const pieces: string[] = [];
  for (let length = 0; length < bytes && prose.length > 0; length += Buffer.byteLength(pieces.at(-1)!) + 1)
    pieces.push(prose[pieces.length % prose.length]!);
  const text = `${pieces.join(' ')}\n`;
  const about = real.find((r) => r.entry.election_id !== null)?.entry;
  const file = `${String(real.length).padStart(3, '0')}_long_line.txt`;
  const source: Source = {
    source_id: 'long-line',
    file,
    title: 'The prose of every source on one line (synthetic)',
    kind: 'commentary',
    language: about?.language ?? 'en',
    revision_of: null,
    revision: null,
    layout: 'line-per-paragraph',
    election_id: about?.election_id ?? null,
    description: `The prose lines of the real sources, repeated to ${bytes} bytes and joined on a single line.`,
    sha256: sha256(text),
  };
  return {
    manifest: [...real.map((r) => r.entry), source],
    files: [...real.map((r) => ({ file: r.entry.file, text: r.text })), { file, text }],
  };
}
