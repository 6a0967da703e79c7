import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSourceText, readJson, writeFileAtomic, writeJsonIfChanged } from '../../pipeline/lib/files.ts';
import { messagesOf } from './errors.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeSourceText', () => {
  it('drops a byte-order mark', () => {
    expect(decodeSourceText('raw/a.txt', bytes('\uFEFFTurnout | 63.25% |\n'))).toBe('Turnout | 63.25% |\n');
  });

  it('turns Windows and old Mac line ends into LF, keeping the line count', () => {
    expect(decodeSourceText('raw/a.txt', bytes('one\r\ntwo\rthree\r\n'))).toBe('one\ntwo\nthree\n');
  });

  it('stops on a byte that is not UTF-8, naming the file, line and column', () => {
    const text = new Uint8Array([...bytes('first line\nsecond '), 0xff, ...bytes(' line\n')]);
    expect(messagesOf(() => decodeSourceText('raw/a.txt', text))).toEqual([
      'raw/a.txt:2: byte 0xff at column 8 is not UTF-8; expected UTF-8 text: re-save the file as UTF-8',
    ]);
  });

  it('stops on a Latin-1 encoded name after multi-byte characters on the same line', () => {
    const text = new Uint8Array([...bytes('Mäjilis '), 0xe4, ...bytes('\n')]);
    expect(messagesOf(() => decodeSourceText('raw/b.txt', text))).toEqual([
      'raw/b.txt:1: byte 0xe4 at column 9 is not UTF-8; expected UTF-8 text: re-save the file as UTF-8',
    ]);
  });

  it('stops on a NUL, naming the file, line and column', () => {
    expect(messagesOf(() => decodeSourceText('raw/d.txt', bytes('Nur Otan\nAk Zhol won\u0000 12 seats.\n')))).toEqual([
      'raw/d.txt:2: control character U+0000 at column 12; expected text (tabs and line ends only): remove it, ' +
        'or re-save the file as plain UTF-8 text',
    ]);
  });

  // the trick of issue 20: RIGHT-TO-LEFT OVERRIDE before "%3.36" displays it as "63.3%"
  it.each([
    ['\u202A', 'U+202A'],
    ['\u202B', 'U+202B'],
    ['\u202C', 'U+202C'],
    ['\u202D', 'U+202D'],
    ['\u202E', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u2067', 'U+2067'],
    ['\u2068', 'U+2068'],
    ['\u2069', 'U+2069'],
    ['\u200E', 'U+200E'],
    ['\u200F', 'U+200F'],
    ['\u061C', 'U+061C'],
  ])('stops on the bidirectional control %s, naming the file, line and column', (character, code) => {
    const text = bytes(`Turnout was reported.\nNur Otan won ${character}%3.36 of the vote.\n`);
    expect(messagesOf(() => decodeSourceText('raw/e.txt', text))).toEqual([
      `raw/e.txt:2: bidirectional control character ${code} at column 14; expected text shown in the order it is ` +
        'read (it would display 63.3% where the text says %3.36): remove it',
    ]);
  });

  it('counts the column in characters, after Cyrillic letters, and takes Kazakh and Russian text as it is', () => {
    expect(decodeSourceText('raw/f.txt', bytes('«Нұр Отан» 71,09% — Мәжіліс\n'))).toBe('«Нұр Отан» 71,09% — Мәжіліс\n');
    expect(messagesOf(() => decodeSourceText('raw/f.txt', bytes('«Нұр Отан»\u202E 71,09%\n')))).toEqual([
      'raw/f.txt:1: bidirectional control character U+202E at column 11; expected text shown in the order it is ' +
        'read (it would display 63.3% where the text says %3.36): remove it',
    ]);
  });

  it.each([[''], ['\n\n  \n'], ['\uFEFF']])('stops on an empty file (%j)', (text) => {
    expect(messagesOf(() => decodeSourceText('raw/c.txt', bytes(text)))).toEqual([
      'raw/c.txt:1: the file is empty; expected the text of a source',
    ]);
  });
});

describe('replaceFolder', () => {
  it('swaps in the new files at once, and leaves the old folder as it was when writing fails', async () => {
    const { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { replaceFolder } = await import('../../pipeline/lib/files.ts');
    const root = mkdtempSync(join(tmpdir(), 'replace-'));
    const target = join(root, 'processed');
    mkdirSync(target);
    writeFileSync(join(target, 'old.csv'), 'old\n');
    replaceFolder(
      target,
      new Map([
        ['a.csv', 'a\n'],
        ['b.csv', 'b\n'],
      ]),
    );
    expect(readdirSync(target).sort()).toEqual(['a.csv', 'b.csv']);
    // a file and a folder of the same name cannot both be written: the run fails before the swap
    expect(() =>
      replaceFolder(
        target,
        new Map([
          ['c.csv', 'c\n'],
          ['c.csv/d.csv', 'd\n'],
        ]),
      ),
    ).toThrow();
    expect(readdirSync(target).sort()).toEqual(['a.csv', 'b.csv']);
    expect(readFileSync(join(target, 'a.csv'), 'utf8')).toBe('a\n');
    expect(readdirSync(root)).toEqual(['processed']);
  });
});

describe('writeJsonIfChanged', () => {
  it('leaves a file that already holds the value as it was, time and all, and rewrites one that does not', () => {
    const folder = mkdtempSync(join(tmpdir(), 'if-changed-'));
    try {
      const file = join(folder, 'names.json');
      writeJsonIfChanged(file, { names: ['Nur Otan'] });
      const longAgo = new Date('2020-01-01T00:00:00Z');
      utimesSync(file, longAgo, longAgo);
      writeJsonIfChanged(file, { names: ['Nur Otan'] });
      expect(statSync(file).mtimeMs).toBe(longAgo.getTime());
      writeJsonIfChanged(file, { names: ['Nur Otan', 'Aq Jol'] });
      expect(statSync(file).mtimeMs).toBeGreaterThan(longAgo.getTime());
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ names: ['Nur Otan', 'Aq Jol'] });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('readJson', () => {
  it('reads non-ASCII text as written: Cyrillic, Kazakh letters, typographic quotes, astral characters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-json-'));
    try {
      const path = join(dir, 'a.json');
      writeFileSync(path, '{"alias":"«Нұр Отан» – Mäjilis ’71%’ 𝟕𝟏"}\n');
      expect(readJson(path)).toEqual({ alias: '«Нұр Отан» – Mäjilis ’71%’ 𝟕𝟏' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives back any value written as JSON, strings of any Unicode text included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-json-'));
    try {
      const path = join(dir, 'a.json');
      fc.assert(
        fc.property(fc.array(fc.record({ text: fc.string({ unit: 'grapheme' }), n: fc.integer() })), (value) => {
          writeFileSync(path, JSON.stringify(value, null, 1));
          expect(readJson(path)).toEqual(value);
        }),
        { numRuns: 50 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writeFileAtomic', () => {
  it('writes the text as UTF-8, and leaves a file holding the same bytes alone, time and all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-atomic-'));
    try {
      const path = join(dir, 'a.txt');
      // « (C2 AB), Н (D0 9D), ұ (D2 B1), р (D1 80), » (C2 BB), then a space and 71
      expect(writeFileAtomic(path, '«Нұр» 71')).toBe(true);
      expect([...readFileSync(path)]).toEqual([
        0xc2, 0xab, 0xd0, 0x9d, 0xd2, 0xb1, 0xd1, 0x80, 0xc2, 0xbb, 0x20, 0x37, 0x31,
      ]);
      const longAgo = new Date('2020-01-01T00:00:00Z');
      utimesSync(path, longAgo, longAgo);
      expect(writeFileAtomic(path, '«Нұр» 71')).toBe(false);
      expect(statSync(path).mtimeMs).toBe(longAgo.getTime());
      // the same length in bytes, other bytes: written
      expect(writeFileAtomic(path, '«Нұр» 72')).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe('«Нұр» 72');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
