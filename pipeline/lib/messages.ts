// Every message a user sees. Each names the file (and line), what was found and what was expected.
import { pathToFileURL } from 'node:url';
import { count, counted } from './counts.ts';

/** The one error type: a problem with the input that stops the run, already worded for the user. */
export class PipelineError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('\n'));
    this.name = 'PipelineError';
  }
}

/**
 * A value a user gave (a make variable, a command-line word) as a JSON string, every control character
 * visible as an escape (JSON leaves DEL, C1 controls and line separators raw): safe to print.
 */
export const quoted = (value: string) =>
  JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

// a fact's status as the terminal names it: `conflict` facts are "disputed", apart from the conflicts found
const FACT_WORDS: Record<string, string> = { conflict: 'disputed' };
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
const at = (file: string, line?: number) => (line === undefined ? file : `${file}:${line}`);
const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
/** Two hashes cut to the same length, at least 12 digits and 4 past the first that differs, so they show different. */
const hashPair = (found: string, expected: string): [string, string] => {
  let same = 0;
  while (same < found.length && found[same] === expected[same]) same++;
  const length = Math.max(12, same + 4);
  const cut = (hash: string) => (hash.length > length ? `${hash.slice(0, length)}…` : hash);
  return [cut(found), cut(expected)];
};
// what unlocks a folder the user cannot write: chmod, unless the whole disk is mounted read-only
const unlock = (code: string, chmod: string) => (code === 'EROFS' ? 'mount the disk read-write' : chmod);

export const message = {
  manifestMissing: (manifest: string) =>
    `${manifest}: the manifest is missing; expected a JSON list of the sources in raw/ ` +
    '(source_id, file, title, kind, language, sha256), see docs/adding-sources.md#sources-and-the-manifest',
  manifestNotJson: (manifest: string, line: number, column: number, detail: string) =>
    `${manifest}:${line}: not valid JSON at column ${column} (${detail}); expected a JSON object with a "sources" list`,
  manifestNoSources: (manifest: string) =>
    `${manifest}: found no "sources" list; expected {"sources": [{"source_id": …, "file": …, …}]}`,
  manifestField: (manifest: string, entry: string, field: string, expected: string, found: unknown) =>
    `${manifest}: ${entry} has ${found === undefined ? `no "${field}"` : `"${field}": ${JSON.stringify(found)}`}; expected ${expected}`,
  manifestControl: (manifest: string, entry: string, field: string, code: number) =>
    `${manifest}: ${entry} has ${codePoint(code)} in "${field}", a control character or a bidirectional ` +
    'control; expected text shown as it is read (tabs and line ends only): remove it',
  manifestDuplicate: (manifest: string, field: string, value: string) =>
    `${manifest}: ${field} "${value}" is listed twice; each source needs its own ${field}`,
  manifestRevisionOf: (manifest: string, sourceId: string, target: string) =>
    `${manifest}: source "${sourceId}" is a revision of "${target}", which is not a document or source in the manifest; expected a source_id or a document id used by another source`,
  rawMissing: (manifest: string, file: string) =>
    `${file}: listed in ${manifest} but missing; restore it byte-for-byte from the original sources, or remove its entry from the manifest`,
  rawChanged: (manifest: string, file: string, found: string, expected: string) => {
    const [shown, recorded] = hashPair(found, expected);
    return (
      `${file}: sha256 is ${shown} but ${manifest} records ${recorded}; expected the bytes the manifest ` +
      `records: restore the original file; or record the change in ${manifest}, either as a new revision (the ` +
      'original restored, the changed text in a new file whose entry has "revision_of" the document and a higher ' +
      `"revision") or as this entry's new "sha256": "${found}"`
    );
  },
  rawNotRegular: (manifest: string, file: string, what: string, listed: boolean) =>
    `${file}: ${what}${listed ? `, listed in ${manifest}` : ''}; expected a regular file inside raw/ (the ` +
    'pipeline reads, and git keeps, the text of regular files only): ' +
    (listed ? 'put a copy of the text itself in its place' : 'move it out of raw/'),
  manifestNotRegular: (manifest: string, what: string) =>
    `${manifest}: ${what}; expected the manifest itself, a regular JSON file inside raw/: put a copy of it ` +
    'in its place',
  rawUnlisted: (manifest: string, file: string) =>
    `${file}: not listed in ${manifest}; add an entry for it (source_id, title, kind, language, revision_of, sha256) or move it out of raw/`,

  fileEmpty: (file: string) => `${file}:1: the file is empty; expected the text of a source`,
  notUtf8: (file: string, line: number, column: number, byte: number) =>
    `${file}:${line}: byte 0x${byte.toString(16).padStart(2, '0')} at column ${column} is not UTF-8; expected UTF-8 text: re-save the file as UTF-8`,
  controlCharacter: (file: string, line: number, column: number, code: number) =>
    `${file}:${line}: control character ${codePoint(code)} at column ${column}; expected text (tabs and line ` +
    'ends only): remove it, or re-save the file as plain UTF-8 text',
  bidiCharacter: (file: string, line: number, column: number, code: number) =>
    `${file}:${line}: bidirectional control character ${codePoint(code)} at column ${column}; expected text ` +
    'shown in the order it is read (it would display 63.3% where the text says %3.36): remove it',
  diskFull: (folder: string, code: string) =>
    `${folder}/: the disk is full (${code}); nothing was replaced: free some space, then run make all again`,
  notWritable: (folder: string, code: string) =>
    `${folder}/: cannot write here (${code}); nothing was replaced: make the folder and the one it is in writable (chmod u+w), then run make all again`,
  folderParentNotWritable: (folder: string, parent: string, code: string) =>
    `${folder}/: the folder it is in, ${parent}/, cannot be written (${code}); nothing was replaced: ` +
    `${unlock(code, `make it writable (chmod u+w ${parent})`)}, then run make all again`,
  folderEntryNotWritable: (folder: string, entry: string, real: string, code: string) =>
    `${folder}/: ${entry === `${real}/` ? 'it' : entry} cannot be written (${code}); nothing was replaced: ` +
    `${unlock(code, `make the folder and everything in it writable (chmod -R u+w ${real})`)}, then run make all again`,
  folderMountPoint: (folder: string, real: string) =>
    `${folder}/: ${real === folder ? 'a mount point' : `a link to ${real}, a mount point`}, which a rename cannot ` +
    `swap for the new folder; nothing was replaced: expected a plain folder or a link to one: mount the disk ` +
    `elsewhere and make ${folder} a link to a folder on it (ln -s /mnt/disk/data ${folder}), then run make all again`,
  folderLinkDangling: (folder: string, target: string) =>
    `${folder}: a link to ${target}, which does not exist; nothing was replaced: expected a link to a folder: ` +
    `make it (mkdir -p ${target}) or remove the link, then run make all again`,
  folderNotAFolder: (folder: string, real: string) =>
    `${folder}: ${real === folder ? 'a file' : `a link to ${real}, a file`}, not a folder; nothing was replaced: ` +
    'expected a folder: move the file away, then run make all again',
  leftoverStuck: (leftover: string, code: string) =>
    `${leftover}/: left by an earlier run, and it cannot be removed (${code}); remove it as the user who owns it ` +
    `(rm -rf ${leftover}), then run make all again`,
  tableRowShort: (file: string, line: number, found: number, expected: number) =>
    `${at(file, line)}: table row has ${found} cells, expected ${expected} like the rows around it; the missing cells are kept empty (missing, not zero)`,
  tableRowLong: (file: string, line: number, found: number, expected: number) =>
    `${at(file, line)}: table row has ${found} cells, expected ${expected} like the header; the extra cells are kept at the end of the row`,

  registryUnreadable: (file: string, code: string) =>
    `${file}: the registry file cannot be read (${code}); expected a JSON file there: restore it from git (git checkout -- ${file})`,
  registryNotJson: (file: string, line: number, column: number, detail: string) =>
    `${file}:${line}: not valid JSON at column ${column} (${detail}); expected the registry file's JSON object`,
  registryType: (file: string, found: string, expected: readonly string[]) =>
    `${file}: "type" is "${found}"; expected one of ${expected.join(', ')}`,
  registryField: (file: string, who: string, field: string, expected: string, found: unknown) =>
    `${file}: ${who} has "${field}": ${JSON.stringify(found ?? null)}; expected ${expected}`,
  registryMissingField: (file: string, who: string, field: string, expected: string) =>
    `${file}: ${who} has no "${field}"; expected ${expected}: add it`,
  registryUnknownField: (file: string, who: string, field: string, known: readonly string[]) =>
    `${file}: ${who} has a field "${field}" the registry does not know; expected only ${known.join(', ')}: correct its spelling or remove it`,
  registryDuplicateId: (id: string, firstFile: string, firstType: string, file: string, type: string) =>
    `${file === firstFile ? file : `${firstFile} and ${file}`}: id "${id}" is used by two entities (${withArticle(firstType)} and ${withArticle(type)}); each entity needs its own id: rename one`,
  registryDuplicateMetric: (file: string, id: string) =>
    `${file}: metric "${id}" is listed twice; each metric needs its own id: merge the entries or rename one`,
  registrySharedName: (
    file: string,
    type: string,
    name: string,
    first: { id: string; field: string },
    second: { id: string; field: string },
  ) =>
    `${file}: "${name}" names both ${type} "${first.id}" (${first.field}) and ${type} "${second.id}" (${second.field}), so it would resolve to neither; remove it from the ${type} it does not name`,
  registrySeatKinds: (
    file: string,
    who: string,
    [list, district, appointed]: [number, number, number],
    total: number,
  ) =>
    `${file}: ${who} fills ${list} list + ${district} district + ${appointed} appointed = ${list + district + appointed} seats, but "seats_total" is ${total}; expected the seats by kind ("seats_elected", "seats_district", "seats_appointed") to add up to the chamber`,
  registryPrevious: (file: string, id: string, previous: string, elections: string[]) =>
    `${file}: election "${id}" has "previous": "${previous}", which is no other election of the registry; expected ${elections.length > 0 ? `one of ${elections.join(', ')}, or null` : 'null'}`,

  unresolvedName: (at: string, name: string, suggestions: string[]) =>
    `${at}: "${name}" names no entity in pipeline/registry; ${suggestions.length > 0 ? `closest: ${suggestions.join(', ')}` : 'nothing close'}; add it as an alias of the right entity, or as a new entity`,
  strictNames: (n: number) => `STRICT=1: ${n} name${n === 1 ? '' : 's'} resolved to no entity; every name must resolve`,

  resolveUsage: (names: number, type: string | undefined, types: readonly string[]) =>
    names !== 1
      ? `resolve: found ${names === 0 ? 'no name' : `${names} names`}; expected one, quoted: npm run --silent resolve -- "Aq Jol" [--type ${types.join('|')}]`
      : `resolve: --type is "${type}"; expected one of ${types.join(', ')}`,
  resolveHelp: (types: readonly string[]) =>
    [
      'usage: npm run --silent resolve -- "<name>" [--type <type>]',
      '',
      'Resolves one name as the pipeline does (exact name, folded key, transliteration) to a registry entity,',
      'and prints one JSON object: input, id, type, method, candidates, matched, name_kind, renamed.',
      '',
      `  --type <type>  only entities of this type: ${types.join(', ')}`,
      '  --help, -h     this text',
      '',
      'Exit codes: 0 the name resolves, 3 it does not (candidates lists the closest entities), 2 a usage error.',
    ].join('\n'),

  registryCountry: (found: string[]) =>
    `pipeline/registry/regions.json: ${found.length === 0 ? 'no region has' : `${found.length} regions (${found.join(', ')}) have`} "scope": "country"; expected exactly one, the whole country, whose id the national figures carry (such as "kz")`,

  unknownMetric: (label: string, metric: string) =>
    `pipeline/registry/labels.json: "${label}" names the metric "${metric}"; expected one of the ids in pipeline/registry/metrics.json`,
  unknownElection: (manifest: string, sourceId: string, electionId: string) =>
    `${manifest}: source "${sourceId}" is about "${electionId}", which pipeline/registry/elections.json does not list; expected an election id such as "kz-mazhilis-2021"`,

  decisionField: (file: string, index: number, field: string) =>
    `${file}: decision ${index + 1} has no usable "${field}"; expected fact_id, value (a number), reason, decided_by and date`,
  staleDecision: (factId: string, by: string, date: string) =>
    `pipeline/registry/decisions.json: the decision on "${factId}" (${by}, ${date}) matches no conflict any more; remove it, or check the fact it was made for`,

  bundling: (stages: string[], out: string) =>
    `bundle    ${stages.join(', ')}: each stage's TypeScript and libraries into one .mjs in ${out}/ (esbuild)…`,
  bundleFailed: (stages: string[], status: number | null) =>
    `esbuild stopped (status ${status}) bundling ${stages.join(', ')}; its message is above: correct the module it names`,
  bundled: (stages: string[], out: string, written: string[], bundled: boolean) =>
    `${stages.join(', ')} → ${out}/ (esbuild), ` +
    (!bundled
      ? 'every file they are made of unchanged, nothing bundled'
      : written.length === 0
        ? 'every bundle unchanged'
        : written.length === stages.length
          ? `${counted(written.length, 'bundle')} written`
          : `${written.join(', ')} changed, the rest unchanged`),
  stageDone: (stage: string, summary: string, ms: number) => `${stage.padEnd(10)}${summary}  ${ms} ms`,
  stageStopped: (stage: string, problems: string[]) =>
    `${stage}: stopped, nothing was written\n${problems.map((m) => `  ${m}`).join('\n')}`,
  stageFailed: (stage: string, stack: string) => `${stage}: failed\n${stack}`,
  warning: (text: string) => `  warning: ${text}`,
  unresolved: (text: string) => `  unresolved: ${text}`,
  openConflict: (sourceId: string, line: number, explanation: string) => `  open: ${sourceId}:${line} ${explanation}`,
  moreAttention: (more: number, all: number, what: string, where: string) =>
    `  … ${count(more)} more: all ${count(all)} ${what} in ${where} (VERBOSE=1 prints every one here)`,
  progress: (stage: string, done: number, total: number, noun: string) =>
    `${stage.padEnd(10)}${count(done)} of ${counted(total, noun)}…`,

  ingested: (read: number, sources: number, lines: number, blocks: number, out: string, warnings: number) =>
    `${count(read)} of ${counted(sources, 'source')} re-read, ${counted(lines, 'line')} → ${counted(blocks, 'block')} in ${out}/` +
    (warnings > 0 ? `, ${counted(warnings, 'warning')}` : ''),
  normalised: (mentions: number, aliases: number, out: string, resolved: number, unresolved: number) =>
    `${counted(mentions, 'mention')} → ${counted(aliases, 'alias', 'aliases')} in ${out}, ${count(resolved)} resolved` +
    (unresolved > 0 ? `, ${count(unresolved)} unresolved (method "unresolved" in ${out}; STRICT=1 fails on them)` : ''),
  sourceRead: (s: {
    source_id: string;
    output: string;
    claims: number;
    linked: number;
    unlinked: number;
    polls: number;
  }) =>
    `  ${s.source_id}: ${counted(s.claims, 'figure')} read, ${count(s.linked)} linked, ${count(s.unlinked)} unlinked (linked: false in ${s.output}), ${counted(s.polls, 'poll')}`,
  sourceNeedsAttention: (s: {
    source_id: string;
    output: string;
    claims: number;
    linked: number;
    unlinked: number;
    unlinked_why: { reason: string; count: number }[];
  }) =>
    `  attention: ${s.source_id}: ${counted(s.claims, 'figure')} read, ${count(s.linked)} linked, ${count(s.unlinked)} unlinked` +
    (s.unlinked_why.length > 0
      ? ` (${s.unlinked_why
          .slice(0, 2)
          .map((r) => `${count(r.count)}: ${r.reason}`)
          .join('; ')}${s.unlinked_why.length > 2 ? `; ${counted(s.unlinked_why.length - 2, 'other reason')}` : ''})`
      : '') +
    `; see linked: false in ${s.output}`,
  extracted: (read: number, sources: number, claims: number, unlinked: number, out: string) =>
    `${count(read)} of ${counted(sources, 'source')} re-read → ${counted(claims, 'claim')}, ${count(unlinked)} unlinked, in ${out}/`,
  reconciled: (
    claims: number,
    linkedHere: number,
    unlinked: number,
    facts: number,
    byStatus: [string, number][],
    conflicts: number,
    open: number,
    inferences: number,
    revisions: number,
    out: string,
  ) =>
    `${counted(claims, 'claim')} → ${counted(facts, 'fact')} (${byStatus.map(([status, n]) => `${count(n)} ${FACT_WORDS[status] ?? status}`).join(', ')}), ` +
    `${counted(conflicts, 'conflict')} found (${count(open)} open), ${counted(inferences, 'row')} matched by figures` +
    ` (${counted(linkedHere, 'more claim')} linked, ${count(unlinked)} left unlinked), ${counted(revisions, 'revision change')}, in ${out}/`,
  analysed: (facts: number, polls: number, tables: number, rows: number, out?: string) =>
    `${counted(facts, 'fact')}, ${counted(polls, 'poll')} → ${counted(tables, 'table')}, ${counted(rows, 'row')}` +
    (out ? ` in ${out}` : ''),
  indexNoSeats: (parties: string[]) =>
    `no seats figure for ${parties.join(', ')}, which ${parties.length === 1 ? 'has' : 'have'} a vote share: ` +
    'every party that stood needs one (0 for none)',
  indexFewParties: (parties: string[]) =>
    `only ${parties.join(', ')} ${parties.length === 1 ? 'has' : 'have'} a vote share: at least two parties need one`,
  indexNotComputed: (election: string, index: string, note: string) => `  not computed: ${election} ${index}: ${note}`,
  /** The last line of a run that rebuilt the reports: where to open them (a terminal makes the URL a link). */
  openReports: (index: string) => `  open ${pathToFileURL(index).href} in a browser`,
  emitted: (facts: number, tables: number, rows: number, out: string, version: string) =>
    `${counted(facts, 'fact')} → ${counted(tables, 'table')}, ${counted(rows, 'row')} in ${out}/ (version ${version})`,

  parquetValue: (table: string, field: string, type: string, value: string, row: number, expected: string) =>
    `${table}: field ${field} (${type}) was given ${value} in row ${row}; expected ${expected}. Nothing was written to processed/`,
  parquetMissing: (table: string, row: number, field: string) =>
    `${table}: row ${row} has no ${field}, which is required. Nothing was written to processed/`,

  missingOptions: (command: string, missing: string[], expected: string[]) =>
    `${command}: missing ${missing.map((n) => `--${n}`).join(', ')}; expected ${expected.map((n) => `--${n} <path>`).join(' ')}`,
};
