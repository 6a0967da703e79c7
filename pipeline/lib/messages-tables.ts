// What the table readers say about rows and figures they could not place: claim notes and check notes.

export const tableNote = {
  rowTooWide: (found: number, expected: number) =>
    `the row has ${found} cells for ${expected} columns, and neither a cell holding a "|" nor extra cells at its end explain the extra one: its figures are not put under a column`,
  rowTooNarrow: (found: number, expected: number) =>
    `the row has ${found} cells for ${expected} columns, and the shapes of its figures fit more than one set of columns, or none: its figures are not put under a column`,
};
