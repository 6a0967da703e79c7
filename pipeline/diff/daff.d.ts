// The part of daff 1.4.2 this stage uses (the package ships no types).
declare module 'daff' {
  type Cell = string | null;
  interface Table {}
  class TableView implements Table {
    constructor(data: Cell[][]);
    data: Cell[][];
  }
  class CompareFlags {
    ordered: boolean;
    addPrimaryKey(column: string): void;
  }
  interface Unit {
    l: number;
    r: number;
  }
  interface Alignment {
    toOrder(): { getList(): Unit[] };
  }
  class TableDiff {
    constructor(alignment: Alignment, flags: CompareFlags);
    hilite(output: Table): boolean;
  }
  class DiffRender {
    quoteHtml(flag: boolean): void;
    render(highlighted: Table): DiffRender;
    html(): string;
    sampleCss(): string;
  }
  const daff: {
    TableView: typeof TableView;
    CompareFlags: typeof CompareFlags;
    TableDiff: typeof TableDiff;
    DiffRender: typeof DiffRender;
    compareTables(before: Table, after: Table, flags: CompareFlags): { align(): Alignment };
  };
  export default daff;
}
