// JSON read with the place of every key and array item, so that a message about a chart can name the page
// line of the key it is about; a text that is not JSON is placed by line and column too.

export type JsonPath = (string | number)[];

/** A key of an object or an item of an array, where it starts (1-based line and column of the block). */
export interface Entry {
  path: JsonPath;
  value: unknown;
  line: number;
  column: number;
}

export type Located =
  | { value: unknown; entries: Entry[]; at: (path: JsonPath) => Entry | undefined }
  | { error: { line: number; column: number; detail: string } };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const WORDS: [string, unknown][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

class Failure {
  constructor(
    readonly offset: number,
    readonly detail: string,
  ) {}
}

/** The value of `text` with its entries in document order, or where and why it is not JSON. */
export function parseLocated(text: string): Located {
  const entries: Entry[] = [];
  let i = 0;
  const place = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const found = () => (i >= text.length ? 'the end of the block' : `'${text[i]}'`);
  const fail = (expected: string): never => {
    throw new Failure(i, `expected ${expected}, found ${found()}`);
  };
  const string = (): string => {
    STRING.lastIndex = i;
    const match = STRING.exec(text);
    if (!match) fail('a string closed by a double quote on its line');
    i += match![0].length;
    return JSON.parse(match![0]) as string;
  };
  const value = (path: JsonPath): unknown => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      const object: Record<string, unknown> = {};
      space();
      if (text[i] === '}') return (i++, object);
      for (;;) {
        space();
        if (text[i] !== '"') fail('a double-quoted property name');
        const entry = { path: [...path], value: undefined as unknown, ...place(i) };
        const key = string();
        entry.path.push(key);
        entries.push(entry);
        space();
        if (text[i] !== ':') fail(`':' after the property name "${key}"`);
        i++;
        object[key] = entry.value = value(entry.path);
        space();
        if (text[i] === '}') return (i++, object);
        if (text[i] !== ',') fail("',' or '}' after a property value");
        i++;
      }
    }
    if (c === '[') {
      i++;
      const array: unknown[] = [];
      space();
      if (text[i] === ']') return (i++, array);
      for (;;) {
        space();
        const entry = { path: [...path, array.length], value: undefined as unknown, ...place(i) };
        entries.push(entry);
        array.push((entry.value = value(entry.path)));
        space();
        if (text[i] === ']') return (i++, array);
        if (text[i] !== ',') fail("',' or ']' after an array item");
        i++;
      }
    }
    if (c === '"') return string();
    for (const [word, meaning] of WORDS) if (text.startsWith(word, i)) return ((i += word.length), meaning);
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (!number) return fail('a value (an object, array, string, number, true, false or null)');
    i += number[0].length;
    return Number(number[0]);
  };
  try {
    const result = value([]);
    space();
    if (i < text.length) fail('the end of the block after the spec');
    const byPath = new Map(entries.map((e) => [JSON.stringify(e.path), e]));
    return { value: result, entries, at: (path) => byPath.get(JSON.stringify(path)) };
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { error: { ...place(error.offset), detail: error.detail } };
  }
}
