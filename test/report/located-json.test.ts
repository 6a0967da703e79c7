// JSON read with the line and column of every key and item, and of the fault when it is not JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocated } from '../../pipeline/report/located-json.ts';

describe('parseLocated', () => {
  it('reads what JSON.parse reads, __proto__ keys and repeated keys alike', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const parsed = parseLocated(text);
        expect('value' in parsed && parsed.value).toStrictEqual(JSON.parse(text));
      }),
    );
    const text = '{"__proto__": {"a": 1}, "b": 1, "b": 2}';
    expect(parseLocated(text)).toMatchObject({ value: JSON.parse(text) });
  });

  it('places every key and array item at its line and column', () => {
    const parsed = parseLocated('{\n  "a": [1,\n    {"b": "x"}],\n\t"c": null\n}');
    if (!('entries' in parsed)) throw new Error('not read');
    expect(parsed.entries.map((e) => [e.path.join('.'), e.line, e.column])).toEqual([
      ['a', 2, 3],
      ['a.0', 2, 9],
      ['a.1', 3, 5],
      ['a.1.b', 3, 6],
      ['c', 4, 2],
    ]);
    expect(parsed.at(['a', 1, 'b'])?.value).toBe('x');
  });

  it('places a fault at its line and column, saying what was expected and found', () => {
    expect(parseLocated('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      error: { line: 3, column: 3, detail: "expected ',' or '}' after a property value, found '\"'" },
    });
    expect(parseLocated('{"a": [1, 2,\n ]}')).toEqual({
      error: {
        line: 2,
        column: 2,
        detail: "expected a value (an object, array, string, number, true, false or null), found ']'",
      },
    });
    expect(parseLocated('{"a": "two\nlines"}')).toEqual({
      error: { line: 1, column: 7, detail: "expected a string closed by a double quote on its line, found '\"'" },
    });
    expect(parseLocated('{"a": 1}\n}')).toEqual({
      error: { line: 2, column: 1, detail: "expected the end of the block after the spec, found '}'" },
    });
    expect(parseLocated('{"a": tru}')).toEqual({
      error: {
        line: 1,
        column: 7,
        detail: "expected a value (an object, array, string, number, true, false or null), found 't'",
      },
    });
  });
});
