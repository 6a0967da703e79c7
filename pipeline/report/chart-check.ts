// What a chart's spec reads, checked against what its data has before Vega-Lite sees it: every field an
// encoding channel, a sort, a transform or an expression (as datum.name) names must be a column of the data
// at that point (the table's columns, then those its transforms make); every mark, field type and selection
// type one Vega-Lite has; every list a list. Vega-Lite itself draws nothing for a field its data lacks, and
// stops with a JavaScript error on the others.
import type { JsonPath } from './located-json.ts';

type Json = Record<string, unknown>;

/** Vega-Lite's marks (its schema's Mark and CompositeMark) and field types (Type): the test compares them. */
export const MARKS = [
  'arc',
  'area',
  'bar',
  'image',
  'line',
  'point',
  'rect',
  'rule',
  'text',
  'tick',
  'trail',
  'circle',
  'square',
  'geoshape',
  'boxplot',
  'errorbar',
  'errorband',
];
export const TYPES = ['quantitative', 'ordinal', 'temporal', 'nominal', 'geojson'];
/** Vega-Lite's selection types (its schema's SelectionType), of a param's "select". */
export const SELECTIONS = ['point', 'interval'];
// Vega-Lite reads a type in any case, and q, o, t, n for the first four (its getFullName)
const knownType = (type: string) =>
  TYPES.includes(type.toLowerCase()) || ['q', 'o', 't', 'n'].includes(type.toLowerCase());

export type Problem =
  | { kind: 'field'; path: JsonPath; field: string; columns: string[]; source: string }
  /** A value Vega-Lite has no such `what` for (a mark, a field type, a selection type): `valid` lists them. */
  | { kind: 'unknown'; path: JsonPath; value: unknown; what: string; valid: string[] }
  /** A value of the wrong kind where Vega-Lite would stop with an internal error or quietly draw nothing. */
  | { kind: 'shape'; path: JsonPath; value: unknown; expected: string };

/** The columns at one point of a view, from the table `source`; null when they cannot be known (a pivot). */
interface Scope {
  columns: Set<string> | null;
  source: string;
}

/** A channel's definition with the path it was written at (a layer inherits its parent's channels). */
type Channels = Map<string, { def: unknown; path: JsonPath }>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string') : typeof value === 'string' ? [value] : [];
const VIEW_LISTS = ['layer', 'concat', 'hconcat', 'vconcat'];

/**
 * Every problem of `spec`, as the walk meets them (the caller orders them by line). `columnsOf` gives the
 * columns of a `data` object that names a table (null for data the stage did not fill, whose columns are not
 * known).
 */
export function checkChart(spec: unknown, columnsOf: (data: Json) => string[] | null): Problem[] {
  const problems: Problem[] = [];
  const dataScope = (data: unknown): Scope | null => {
    if (!isObject(data)) return null;
    const columns = columnsOf(data);
    return { columns: columns && new Set(columns), source: String(data.name ?? 'inline data') };
  };
  const read = (scope: Scope | null, field: unknown, path: JsonPath) => {
    if (!scope?.columns || typeof field !== 'string') return;
    // a dot or bracket in a field name reaches inside an object; an escaped one is part of the name
    const name = field.replace(/\\(.)/g, '$1');
    if (!scope.columns.has(name))
      problems.push({ kind: 'field', path, field, columns: [...scope.columns], source: scope.source });
  };
  const readAll = (scope: Scope | null, list: unknown, path: JsonPath) => {
    if (typeof list === 'string') return read(scope, list, path);
    if (Array.isArray(list)) list.forEach((field, i) => read(scope, field, [...path, i]));
  };

  const transforms = (list: unknown, path: JsonPath, start: Scope | null): Scope | null => {
    let scope = start;
    if (!Array.isArray(list)) return scope;
    list.forEach((t, index) => {
      if (isObject(t)) scope = transform(t, [...path, index], scope);
    });
    return scope;
  };
  /** The scope after one transform, with what it reads checked against the scope before. */
  const transform = (t: Json, path: JsonPath, scope: Scope | null): Scope | null => {
    const at = (...more: (string | number)[]) => [...path, ...more];
    const adding = (added: string[]) =>
      scope && { ...scope, columns: scope.columns && new Set([...scope.columns, ...added]) };
    const only = (kept: string[]) => scope && { ...scope, columns: scope.columns && new Set(kept) };
    // the `field` each operation of a list (aggregate, joinaggregate, window, sort) reads
    const fieldsOf = (kind: string) =>
      (Array.isArray(t[kind]) ? (t[kind] as unknown[]) : []).forEach(
        (op, i) => isObject(op) && read(scope, op.field, at(kind, i, 'field')),
      );
    if ('filter' in t) {
      predicate(t.filter, at('filter'), scope);
      return scope;
    }
    if ('calculate' in t) {
      expression(scope, t.calculate, at('calculate'));
      return adding(names(t.as));
    }
    if ('fold' in t) {
      readAll(scope, t.fold, at('fold'));
      return adding(t.as ? names(t.as) : ['key', 'value']);
    }
    if ('flatten' in t) {
      readAll(scope, t.flatten, at('flatten'));
      return adding(names(t.as ?? t.flatten));
    }
    const groupby = names(t.groupby);
    readAll(scope, t.groupby, at('groupby'));
    const ops = (list: unknown) => (Array.isArray(list) ? list.filter(isObject) : []);
    if ('aggregate' in t) {
      fieldsOf('aggregate');
      return only([...groupby, ...ops(t.aggregate).flatMap((op) => names(op.as))]);
    }
    if ('joinaggregate' in t) {
      fieldsOf('joinaggregate');
      return adding(ops(t.joinaggregate).flatMap((op) => names(op.as)));
    }
    if ('window' in t) {
      fieldsOf('window');
      fieldsOf('sort');
      return adding(ops(t.window).flatMap((op) => names(op.as)));
    }
    if ('bin' in t) {
      read(scope, t.field, at('field'));
      return adding(typeof t.as === 'string' ? [t.as, `${t.as}_end`] : names(t.as));
    }
    if ('timeUnit' in t) {
      read(scope, t.field, at('field'));
      return adding(names(t.as));
    }
    if ('stack' in t) {
      read(scope, t.stack, at('stack'));
      fieldsOf('sort');
      return adding(typeof t.as === 'string' ? [t.as, `${t.as}_end`] : names(t.as));
    }
    if ('lookup' in t) {
      read(scope, t.lookup, at('lookup'));
      const from = isObject(t.from) ? t.from : {};
      const other = dataScope(from.data);
      read(other, from.key, at('from', 'key'));
      readAll(other, from.fields, at('from', 'fields'));
      return adding(names(t.as ?? from.fields));
    }
    if ('impute' in t) {
      read(scope, t.impute, at('impute'));
      read(scope, t.key, at('key'));
      return scope;
    }
    // a pivot makes a column of each value it finds: what follows it cannot be checked
    if ('pivot' in t) {
      read(scope, t.pivot, at('pivot'));
      read(scope, t.value, at('value'));
      return scope && { ...scope, columns: null };
    }
    const made: Record<string, string[]> = {
      density: ['value', 'density'],
      quantile: ['prob', 'value'],
      regression: [String(t.on), String(t.regression)],
      loess: [String(t.on), String(t.loess)],
    };
    for (const [kind, defaults] of Object.entries(made)) {
      if (!(kind in t)) continue;
      read(scope, t[kind], at(kind));
      if ('on' in t) read(scope, t.on, at('on'));
      return only([...groupby, ...(t.as ? names(t.as) : defaults)]);
    }
    if ('extent' in t) read(scope, t.extent, at('extent'));
    return scope;
  };
  const expression = (scope: Scope | null, text: unknown, path: JsonPath) => {
    if (typeof text === 'string') for (const field of datumFields(text)) read(scope, field, path);
  };
  /** A filter's expression or field predicates, composed with and, or, not. */
  const predicate = (p: unknown, path: JsonPath, scope: Scope | null): void => {
    expression(scope, p, path);
    if (!isObject(p)) return;
    read(scope, p.field, [...path, 'field']);
    for (const key of ['and', 'or'])
      if (Array.isArray(p[key])) (p[key] as unknown[]).forEach((q, i) => predicate(q, [...path, key, i], scope));
    predicate(p.not, [...path, 'not'], scope);
  };

  /** A channel definition: its field, type, sort field and conditions; a list (tooltip, detail, order) item by item. */
  const channel = (def: unknown, path: JsonPath, scope: Scope | null): void => {
    if (Array.isArray(def)) return def.forEach((item, i) => channel(item, [...path, i], scope));
    if (!isObject(def)) return;
    read(scope, def.field, [...path, 'field']);
    if (def.field !== undefined && typeof def.field !== 'string' && !isObject(def.field))
      problems.push({ kind: 'shape', path: [...path, 'field'], value: def.field, expected: 'a field name in quotes' });
    if (def.type !== undefined && typeof def.type !== 'string')
      problems.push({
        kind: 'shape',
        path: [...path, 'type'],
        value: def.type,
        expected: `one of ${TYPES.join(', ')}`,
      });
    if (typeof def.type === 'string' && !knownType(def.type))
      problems.push({ kind: 'unknown', path: [...path, 'type'], value: def.type, what: 'field type', valid: TYPES });
    if (isObject(def.sort)) read(scope, def.sort.field, [...path, 'sort', 'field']);
    if (isObject(def.aggregate))
      for (const key of ['argmax', 'argmin']) read(scope, def.aggregate[key], [...path, 'aggregate', key]);
    if (def.condition !== undefined) channel(def.condition, [...path, 'condition'], scope);
    if (def.test !== undefined) predicate(def.test, [...path, 'test'], scope);
  };

  const view = (node: unknown, path: JsonPath, inherited: Scope | null, parent: Channels): void => {
    if (!isObject(node)) return;
    const at = (...more: (string | number)[]) => [...path, ...more];
    for (const key of ['transform', ...VIEW_LISTS])
      if (node[key] !== undefined && !Array.isArray(node[key]))
        problems.push({ kind: 'shape', path: at(key), value: node[key], expected: `a list: "${key}": [ … ]` });
    if (node.encoding !== undefined && !isObject(node.encoding))
      problems.push({
        kind: 'shape',
        path: at('encoding'),
        value: node.encoding,
        expected: 'an object of channels: "encoding": {"x": {…}, …}',
      });
    const scope = transforms(node.transform, at('transform'), 'data' in node ? dataScope(node.data) : inherited);
    // a layer's channel overrides its parent's, and null takes the parent's away
    const channels: Channels = new Map(parent);
    if (isObject(node.encoding))
      for (const [name, def] of Object.entries(node.encoding)) {
        if (def === null) channels.delete(name);
        else channels.set(name, { def, path: at('encoding', name) });
      }
    if (node.mark !== undefined) {
      const mark = isObject(node.mark) ? node.mark.type : node.mark;
      const written = isObject(node.mark) ? at('mark', 'type') : at('mark');
      if (!MARKS.includes(mark as string))
        problems.push({ kind: 'unknown', path: written, value: mark, what: 'mark', valid: MARKS });
      // a mark property given by an expression reads the row it draws
      for (const [key, value] of Object.entries(isObject(node.mark) ? node.mark : {}))
        if (isObject(value)) expression(scope, value.expr, at('mark', key, 'expr'));
    }
    // a param's selection type, which Vega-Lite meets with an internal error when unknown
    (Array.isArray(node.params) ? node.params : []).forEach((param, i) => {
      if (!isObject(param) || param.select === undefined) return;
      const select = isObject(param.select) ? param.select.type : param.select;
      const written = isObject(param.select) ? at('params', i, 'select', 'type') : at('params', i, 'select');
      if (!SELECTIONS.includes(select as string))
        problems.push({ kind: 'unknown', path: written, value: select, what: 'selection type', valid: SELECTIONS });
    });
    if (isObject(node.facet)) {
      if ('field' in node.facet) channel(node.facet, at('facet'), scope);
      else for (const [name, def] of Object.entries(node.facet)) channel(def, at('facet', name), scope);
    }
    if (node.repeat !== undefined)
      for (const [key, list] of Object.entries(isObject(node.repeat) ? node.repeat : { '': node.repeat }))
        readAll(scope, list, key === '' ? at('repeat') : at('repeat', key));
    const children = VIEW_LISTS.filter((key) => Array.isArray(node[key]));
    for (const key of children)
      (node[key] as unknown[]).forEach((child, i) =>
        view(child, at(key, i), scope, key === 'layer' ? channels : new Map()),
      );
    if (node.spec !== undefined) view(node.spec, at('spec'), scope, new Map());
    if (children.length === 0 && node.spec === undefined)
      for (const { def, path: written } of channels.values()) channel(def, written, scope);
  };

  view(spec, [], null, new Map());
  // an inherited channel is checked once per layer: one problem per place written
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.kind, p.path, ...('source' in p ? [p.source, p.field] : [])]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/**
 * The fields an expression reads from its row, as datum.name or datum['name']; a text in quotes is not read
 * (datum[datum.measure + '_fact'] reads measure, and the field it builds is not known before the data).
 */
export function datumFields(text: string): string[] {
  const quoted = /(['"])((?:(?!\1)[^\\]|\\.)*)\1/g;
  const bracketed = [...text.matchAll(new RegExp(`\\bdatum\\[\\s*${quoted.source}\\s*\\]`, 'g'))].map((m) => m[2]!);
  const dotted = [...text.replace(quoted, "''").matchAll(/\bdatum\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
  return [...new Set([...bracketed, ...dotted])];
}
