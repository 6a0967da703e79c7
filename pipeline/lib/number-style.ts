// How a text writes its numbers (decimal mark, digit groups), and the pattern that reads them so.

/**
 * How a text writes its numbers. `decimalComma`: `71,09` is 71.09 and groups are spaces only (Russian,
 * Kazakh); otherwise `.` is the decimal point and `,` groups thousands. `spaceGroups`: `7 241` with a
 * plain space is one number (a whole cell, or a language that groups so). Narrow and no-break spaces
 * between groups of three digits, and two or more plain-space groups (`7 241 562`), always group.
 */
export interface NumberStyle {
  decimalComma: boolean;
  spaceGroups: boolean;
}

export const POINT_STYLE: NumberStyle = { decimalComma: false, spaceGroups: false };

// languages that write a decimal comma and group digits with spaces
const COMMA_LANGUAGES = new Set([
  'ru',
  'kk',
  'uk',
  'be',
  'ky',
  'uz',
  'tg',
  'fr',
  'pl',
  'cs',
  'sk',
  'fi',
  'sv',
  'nb',
  'bg',
]);

/** The number style of a source from its language tag in raw/sources.json (`ru`, `kk-Latn`, `en`). */
export function styleOfLanguage(language: string): NumberStyle {
  const comma = COMMA_LANGUAGES.has(language.split('-')[0]!.toLowerCase());
  return { decimalComma: comma, spaceGroups: comma };
}

const NARROW = '\u00a0\u202f\u2009';
// what may follow a decimal comma in a text that writes decimal points: a percent or point sign or word
const PERCENT_AHEAD = String.raw`(?!\d)\s?(?:%|(?:pp|p\.p\.|п\.\s?п\.|pct|per ?cent|percent)(?!\p{L})|процент|пайыз)`;

/**
 * The pattern that reads a figure written in this style, a new RegExp for each caller: a global pattern
 * keeps its place in the text (lastIndex), so it is never shared. Built from the style's compiled one.
 */
export const numberPattern = (style: NumberStyle): RegExp =>
  new RegExp(PATTERNS[Number(style.decimalComma) * 2 + Number(style.spaceGroups)]!);

function buildPattern(style: NumberStyle): RegExp {
  const spaces = style.spaceGroups ? `[ ${NARROW}]` : `[${NARROW}]`;
  // two plain-space groups (`7 241 562`) read as one number in any text: no list of figures looks so
  const groups = [
    '\\d{1,3}(?: \\d{3}){2,}(?!\\d)',
    `\\d{1,3}(?:${spaces}\\d{3})+(?!\\d)`,
    ...(style.decimalComma ? [] : ['\\d{1,3}(?:,\\d{3})+(?!\\d)']),
  ];
  const digits = `${groups.join('|')}|\\d+`;
  // in a text that writes decimal points, `71,97%` is still 71.97: one or two digits after a comma that
  // follows a plain run of digits, right before a percent sign or word (`1,234` and `1,234%` stay grouped)
  const point = style.decimalComma ? ',' : `(?:\\.|(?<=(?<![\\d,.])\\d+),(?=\\d{1,2}${PERCENT_AHEAD}))`;
  return new RegExp(
    [
      String.raw`(?<pctBefore>%\s?)?`,
      String.raw`(?<currency>US\$|\$|₸)?`,
      // a change's sign as a word or an arrow (`Increase8`, `Decrease15`, `▲ 3.2`: an icon's alt text or symbol)
      String.raw`(?<signWord>(?:Increase|Decrease)\s?|[▲▼△▽↑↓]\s?)?`,
      String.raw`(?<sign>[+\-−–](?=\d))?`,
      `(?<low>(?<int>${digits})(?:${point}(?<frac>\\d+))?)`,
      `(?<range>\\s?[–—-]\\s?(?<highInt>${digits})(?:${point}(?<highFrac>\\d+))?)?`,
      String.raw`(?:\s(?<scale>thousand|million|billion|trillion)\b)?`,
      String.raw`(?<unit>\s?%|\s?(?:pp|p\.p\.|п\.\s?п\.)(?![\p{L}])|\s(?:percentage points?|процентн\p{L}* пункт\p{L}*|per ?cent|percent|pct|процент\p{L}*|пайыз\p{L}*)(?![\p{L}])|\s?₸|\stenge\b)?`,
    ].join(''),
    'gu',
  );
}

const PATTERNS = [false, true].flatMap((decimalComma) =>
  [false, true].map((spaceGroups) => buildPattern({ decimalComma, spaceGroups })),
);
