// Registry files read at run time: located problems (file and line), and JSON errors by line and column.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { message } from '../../pipeline/lib/messages.ts';
import { entryAt, registryFile } from '../../pipeline/registry/files.ts';
import { buildRegistry } from '../../pipeline/registry/registry.ts';

const folder = mkdtempSync(join(tmpdir(), 'registry-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// two parties, the second with a colour that is no #RRGGBB, on line 12 as the file is written
const PARTIES = `{
  "type": "party",
  "entities": [
    {
      "id": "first-party",
      "name_en": "First Party",
      "colour": "#112233"
    },
    {
      "id": "second-party",
      "name_en": "Second Party",
      "colour": "green",
      "motto": "none"
    }
  ]
}
`;

describe('entryAt', () => {
  const file = { file: 'parties.json', text: PARTIES };
  it("names the line of an entity's id, or of one of its fields, never another entity's", () => {
    expect(entryAt(file, 'second-party')).toBe('parties.json:10');
    expect(entryAt(file, 'second-party', 'colour')).toBe('parties.json:12');
    expect(entryAt(file, 'first-party', 'colour')).toBe('parties.json:7');
    // first-party has no motto: the line of its id, not second-party's motto
    expect(entryAt(file, 'first-party', 'motto')).toBe('parties.json:5');
  });
  it('names the file alone for an id it cannot find', () => {
    expect(entryAt(file, 'third-party')).toBe('parties.json');
    expect(entryAt(file, undefined)).toBe('parties.json');
  });
});

describe('registry problems name the file and line', () => {
  it('a bad colour and an unknown field, each on its own line', () => {
    const content = JSON.parse(PARTIES);
    let problems: string[] = [];
    try {
      buildRegistry([{ file: 'pipeline/registry/parties.json', content, text: PARTIES }]);
    } catch (error) {
      problems = (error as { messages: string[] }).messages;
    }
    expect(problems).toContain(
      message.registryField(
        'pipeline/registry/parties.json:12',
        'party "second-party"',
        'colour',
        'a #RRGGBB colour for the reports',
        'green',
      ),
    );
    expect(
      problems.some((p) => p.startsWith('pipeline/registry/parties.json:13: party "second-party" has a field "motto"')),
    ).toBe(true);
  });

  it('a file that is not JSON: its line and column', () => {
    writeFileSync(join(folder, 'broken.json'), '{\n  "type": "party",\n  "entities": [,]\n}\n');
    expect(() => registryFile('broken.json', folder)).toThrow(
      expect.objectContaining({
        messages: [
          expect.stringMatching(new RegExp(`^${join(folder, 'broken.json')}:3: not valid JSON at column 16 `)),
        ],
      }),
    );
  });

  it('a file that is missing: what to do', () => {
    expect(() => registryFile('missing.json', folder)).toThrow(
      expect.objectContaining({ messages: [message.registryUnreadable(join(folder, 'missing.json'), 'ENOENT')] }),
    );
  });
});
