import { lstatSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { BIDI_CONTROL, CONTROL_CHARACTER, jsonProblem } from './files.ts';
import { message, PipelineError } from './messages.ts';
import { sha256 } from './sha256.ts';

export const SOURCE_KINDS = [
  'encyclopedia-revision',
  'sentence-extract',
  'analysis',
  'commentary',
  'results-table',
  'results-page',
  'news',
  'poll-report',
] as const;
/** Kinds a publisher puts out on a date: their entries name both, and every explanation names the source by them. */
export const PUBLISHED_KINDS: readonly SourceKind[] = ['results-page', 'news', 'poll-report'];
/** How lines relate to paragraphs: one paragraph a line, or paragraphs hard-wrapped over lines (PDF text). */
export const LAYOUTS = ['line-per-paragraph', 'hard-wrapped'] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Layout = (typeof LAYOUTS)[number];

/** One entry of raw/sources.json: a raw file and what it is. */
export interface Source {
  source_id: string;
  file: string;
  title: string;
  kind: SourceKind;
  language: string;
  /** The document this text is a revision or extract of; null for a standalone text. */
  revision_of: string | null;
  /** Order among the revisions of one document (higher is newer); null when not a dated revision. */
  revision: number | null;
  layout: Layout;
  /** The election the text is about (a registry id), or null. */
  election_id: string | null;
  /** Who published it (`Kazinform`, `the Central Election Commission`): required for news, poll reports and results pages. */
  publisher?: string | null;
  /** The ISO date it was published: required for news, poll reports and results pages. */
  published?: string | null;
  description: string;
  sha256: string;
}

export const MANIFEST_NAME = 'sources.json';
/** The seed corpus the project ships, by source id: what tests worked out by hand and make eval compare against. */
export const SEED_SOURCE_IDS = [
  'wiki-2021-sentences',
  'wiki-2021-older',
  'wiki-2021-newer',
  'analysis-2021',
  'commentary-2021',
];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// the manifest's texts reach processed/ and the reports as a source's text does, so they follow its rule
const TEXT_FIELDS = ['title', 'description', 'publisher'] as const;
// a name in raw/ itself: no folder above or below it, no NUL (which no path can hold)
const PLAIN_NAME = /^(?!\.\.?$)[^/\0]+$/;

/** Reads and checks raw/sources.json, then checks every file in raw/ against it. */
export function loadVerifiedManifest(rawDir: string): Source[] {
  const manifestPath = join(rawDir, MANIFEST_NAME);
  const sources = readManifest(manifestPath);
  const problems = verifyRawFiles(rawDir, manifestPath, sources);
  if (problems.length > 0) throw new PipelineError(problems);
  return sources;
}

export function readManifest(manifestPath: string): Source[] {
  const stats = lstatSync(manifestPath, { throwIfNoEntry: false });
  if (!stats) throw new PipelineError([message.manifestMissing(manifestPath)]);
  const odd = notRegular(manifestPath, stats);
  if (odd) throw new PipelineError([message.manifestNotRegular(manifestPath, odd)]);
  const text = readFileSync(manifestPath, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const { line, column, detail } = jsonProblem(text, error as Error);
    throw new PipelineError([message.manifestNotJson(manifestPath, line, column, detail)]);
  }
  const list = (parsed as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(list)) throw new PipelineError([message.manifestNoSources(manifestPath)]);
  const problems = list.flatMap((entry, index) => checkEntry(manifestPath, entry, index));
  if (problems.length > 0) throw new PipelineError(problems);
  const sources = list as Source[];
  problems.push(...duplicates(manifestPath, sources, 'source_id'), ...duplicates(manifestPath, sources, 'file'));
  for (const source of sources) {
    // another source, or a document another source is a revision of too: its own mention proves nothing
    const others = sources.filter((s) => s !== source);
    const known = new Set([...others.map((s) => s.source_id), ...others.map((s) => s.revision_of)]);
    if (source.revision_of !== null && !known.has(source.revision_of)) {
      problems.push(message.manifestRevisionOf(manifestPath, source.source_id, source.revision_of));
    }
  }
  if (problems.length > 0) throw new PipelineError(problems);
  return sources;
}

/** The problems of one manifest entry, each naming the manifest, the entry and the field. */
export function checkEntry(manifestPath: string, entry: unknown, index: number): string[] {
  const record = (entry ?? {}) as Record<string, unknown>;
  const checks: [string, string, (v: unknown) => boolean][] = [
    ['source_id', 'a lowercase slug such as "wiki-2021-newer"', (v) => typeof v === 'string' && SLUG.test(v)],
    [
      'file',
      'the name of a regular file inside raw/ (a plain name: no "/", not "." or "..")',
      (v) => typeof v === 'string' && v !== MANIFEST_NAME && PLAIN_NAME.test(v),
    ],
    ['title', 'a non-empty title', (v) => typeof v === 'string' && v.trim() !== ''],
    ['kind', `one of ${SOURCE_KINDS.join(', ')}`, (v) => SOURCE_KINDS.includes(v as SourceKind)],
    ['language', 'a language tag such as "en"', (v) => typeof v === 'string' && /^[a-z]{2,3}(?:-[A-Za-z]+)*$/.test(v)],
    ['revision_of', 'a document id, or null', (v) => v === null || (typeof v === 'string' && v.trim() !== '')],
    ['revision', 'a whole number, or null', (v) => v === null || Number.isInteger(v)],
    ['layout', `one of ${LAYOUTS.join(', ')}`, (v) => LAYOUTS.includes(v as Layout)],
    [
      'election_id',
      'the id of the election the text is about, such as "kz-mazhilis-2021", or null',
      (v) => v === null || (typeof v === 'string' && SLUG.test(v)),
    ],
    ['description', 'a sentence on what the text is and what makes it hard', (v) => typeof v === 'string'],
    ...publication(PUBLISHED_KINDS.includes(record.kind as SourceKind)),
    ['sha256', "the 64 hex digits of the file's sha256", (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v)],
  ];
  // an entry is named by its file, else its source_id, else its place in the list
  const who =
    typeof record.file === 'string' && record.file !== ''
      ? `the entry for ${record.file}`
      : typeof record.source_id === 'string' && record.source_id !== ''
        ? `the entry "${record.source_id}"`
        : `entry ${index + 1}`;
  const texts = TEXT_FIELDS.flatMap((field) => {
    const value = record[field];
    const found = typeof value === 'string' ? (CONTROL_CHARACTER.exec(value) ?? BIDI_CONTROL.exec(value)) : null;
    return found ? [message.manifestControl(manifestPath, who, field, found[0].charCodeAt(0))] : [];
  });
  return checks
    .filter(([field, , ok]) => !ok(record[field]))
    .map(([field, expected]) => message.manifestField(manifestPath, who, field, expected, record[field]))
    .concat(texts);
}

/** A publisher and a publication date: required of news, poll reports and results pages, null or absent elsewhere. */
function publication(required: boolean): [string, string, (v: unknown) => boolean][] {
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  const date = (v: unknown) => typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v));
  const optional = (ok: (v: unknown) => boolean) => (v: unknown) =>
    (!required && (v === undefined || v === null)) || ok(v);
  const or = required ? '' : ', or null';
  return [
    ['publisher', `who published it, such as "Kazinform"${or}`, optional(text)],
    ['published', `the ISO date it was published, such as "2023-03-20"${or}`, optional(date)],
  ];
}

function duplicates(manifestPath: string, sources: Source[], field: 'source_id' | 'file'): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const source of sources) (seen.has(source[field]) ? repeated : seen).add(source[field]);
  return [...repeated].map((value) => message.manifestDuplicate(manifestPath, field, value));
}

/**
 * Missing, changed and unlisted files in raw/, and entries that are no regular file (a link, a folder, a
 * pipe), each as a message saying how to fix it. Nothing is followed or opened before it is known to be a
 * regular file: a link's text would reach processed/ while git commits only the link, and a pipe never ends.
 */
export function verifyRawFiles(rawDir: string, manifestPath: string, sources: Source[]): string[] {
  const problems: string[] = [];
  for (const source of sources) {
    const path = join(rawDir, source.file);
    const stats = lstatSync(path, { throwIfNoEntry: false });
    const odd = stats && notRegular(path, stats);
    if (!stats) problems.push(message.rawMissing(manifestPath, path));
    else if (odd) problems.push(message.rawNotRegular(manifestPath, path, odd, true));
    else {
      const found = sha256(readFileSync(path));
      if (found !== source.sha256) problems.push(message.rawChanged(manifestPath, path, found, source.sha256));
    }
  }
  const listed = new Set(sources.map((s) => s.file));
  for (const name of readdirSync(rawDir).sort()) {
    if (name === MANIFEST_NAME || listed.has(name)) continue;
    const path = join(rawDir, name);
    const odd = notRegular(path, lstatSync(path));
    problems.push(
      odd ? message.rawNotRegular(manifestPath, path, odd, false) : message.rawUnlisted(manifestPath, path),
    );
  }
  return problems;
}

/** What an entry of raw/ is when it is not a regular file ("a symbolic link to ../x.txt", "a folder"), else null. */
function notRegular(path: string, stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isSymbolicLink()) return `a symbolic link to ${readlinkSync(path)}`;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  return stats.isSocket() ? 'a socket' : 'a device file';
}
