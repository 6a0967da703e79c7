// Spreadsheet safety for the CSV files: Excel and LibreOffice run a cell that begins with = + - @ (or a tab
// or carriage return before one) as a formula, so such a text cell is written with a leading apostrophe.

// apostrophes already in front are counted in, so that reading back takes off exactly the one added
const FORMULA_START = /^'*[=+\-@\t\r]/;
// `-8` or `+5` is read as the number it is, never run
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** A text cell as written to CSV: `'=HYPERLINK(…)` for `=HYPERLINK(…)`; everything else unchanged. */
export const toSpreadsheetSafe = (text: string): string =>
  FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;

/**
 * The text a CSV cell holds, for readers of processed/ (the report stage): the apostrophe added on writing taken off.
 */
export const fromSpreadsheetSafe = (cell: string): string => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
