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
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  /** The line and column of an offset: the last line starting at or before it, found by halving. */
  const place = (offset: number) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
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
        entry.value = value(entry.path);
        // as JSON.parse has it: a key such as __proto__ is the object's own, the last of a repeated key wins
        Object.defineProperty(object, key, {
          value: entry.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
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
