// Golden expectations read off the raw files by hand (line numbers as an editor shows them).
import { describe, expect, it } from 'vitest';
import { blocksOf, ingestReal, rawLines } from './real-sources.ts';

const SOURCE_IDS = ['wiki-2021-sentences', 'wiki-2021-older', 'wiki-2021-newer', 'analysis-2021', 'commentary-2021'];
const REGIONS = [
  'Akmola Region',
  'Aktobe Region',
  'Almaty',
  'Almaty Region',
  'Atyrau Region',
  'East Kazakhstan Region',
  'Jambyl Region',
  'Karaganda Region',
  'Kostanay Region',
  'Kyzylorda Region',
  'Mangystau Region',
  'North Kazakhstan Region',
  'Nur-Sultan',
  'Pavlodar Region',
  'Shymkent',
  'Turkistan Region',
  'West Kazakhstan Region',
];
const OBSERVERS = [
  ['CIS Executive Committee', '179'],
  ['CIS Interparliamentary Assembly', '48'],
  ['OSCE Office for Democratic Institutions and Human Rights', '42'],
  ['Shanghai Cooperation Organisation', '15'],
  ['Parliamentary Assembly of the OSCE', '9'],
  ['Parliamentary Assembly of Turkic-speaking countries', '9'],
  ['Cooperation Council of Turkic-speaking States', '7'],
  ['Parliamentary Assembly of the CSTO', '7'],
  ['Organisation of Islamic Cooperation', '4'],
  ['EU Delegation to Kazakhstan', '2'],
];

const tableShapes = (sourceId: string) =>
  blocksOf(sourceId, 'table').map((t) => [t.first_line, t.rows.length, t.width]);
const sentenceAt = (sourceId: string, start: string) =>
  blocksOf(sourceId, 'sentence').find((s) => s.text.startsWith(start));

describe('tables: how many, where, rows and columns', () => {
  it('finds the nine tables of the older revision (separator dialect)', () => {
    expect(tableShapes('wiki-2021-older')).toEqual([
      [10, 0, 1], // "This article is part of a series…" sidebar
      [46, 3, 6], // pre-election composition
      [55, 5, 8], // parties on the ballot
      [127, 7, 9], // debates
      [140, 9, 9], // opinion polls
      [152, 3, 6], // exit polls
      [163, 3, 4], // the seat chart's labels above the results header
      [166, 12, 6], // national results
      [182, 18, 13], // results by region
    ]);
  });

  it('finds the six tables of the newer revision (leading-pipe dialect)', () => {
    expect(tableShapes('wiki-2021-newer')).toEqual([
      [109, 3, 6],
      [119, 5, 9],
      [238, 1, 4],
      [250, 9, 9],
      [262, 3, 6],
      [285, 18, 13],
    ]);
  });

  it.each(['wiki-2021-sentences', 'analysis-2021', 'commentary-2021'])('finds no table in %s', (sourceId) => {
    expect(tableShapes(sourceId)).toEqual([]);
  });

  it('reads the older regional table: two header rows, 17 regions and the national row, votes and % for 5 parties', () => {
    const table = blocksOf('wiki-2021-older', 'table').find((t) => t.first_line === 182)!;
    expect(table.header_rows.map((r) => r.line)).toEqual([182, 184]);
    expect(table.columns).toEqual([
      'Region',
      'Nur Otan Votes',
      'Nur Otan %',
      'Ak Zhol Votes',
      'Ak Zhol %',
      "People's Party Votes",
      "People's Party %",
      'Auyl Votes',
      'Auyl %',
      'Adal Votes',
      'Adal %',
      'Invalid votes Votes',
      'Invalid votes %',
    ]);
    expect(table.rows.map((r) => r.cells[0])).toEqual([...REGIONS, 'Kazakhstan']);
    expect(table.rows.map((r) => r.line)).toEqual(Array.from({ length: 18 }, (_, k) => 185 + k));
    expect(table.rows[2]!.cells).toEqual([
      'Almaty',
      '178,461',
      '55.54%',
      '48,887',
      '15.21%',
      '43,337',
      '13.49%',
      '31,802',
      '9.90%',
      '18,835',
      '5.21%',
      '',
      '',
    ]);
    expect(table.rows[17]!.cells).toEqual([
      'Kazakhstan',
      '5,148,074',
      '71.09%',
      '792,828',
      '10.95%',
      '659,019',
      '9.10%',
      '383,023',
      '5.29%',
      '258,618',
      '3.57%',
      '',
      '',
    ]);
  });

  it("keeps the newer regional table's blanked region names blank, and its total row's stray quote", () => {
    const table = blocksOf('wiki-2021-newer', 'table').find((t) => t.first_line === 285)!;
    expect(table.columns[3]).toBe('Aq Jol Votes');
    const names = [...REGIONS, "'"];
    names[2] = '';
    names[12] = '';
    expect(table.rows.map((r) => r.cells[0])).toEqual(names);
    expect(table.rows[12]!).toEqual({
      line: 299,
      last_line: 299,
      raw: '| | 173,732 | 59.23% | 44,695 | 15.24% | 38,752 | 13.21% | 21,745 | 7.41% | 14,394 | 4.91% | | |',
      cells: [
        '',
        '173,732',
        '59.23%',
        '44,695',
        '15.24%',
        '38,752',
        '13.21%',
        '21,745',
        '7.41%',
        '14,394',
        '4.91%',
        '',
        '',
      ],
    });
  });

  it('joins a header cell wrapped onto a continuation line', () => {
    const table = blocksOf('wiki-2021-older', 'table').find((t) => t.first_line === 46)!;
    expect(table.header_rows).toEqual([
      {
        line: 46,
        last_line: 47,
        raw: 'Party | Parliamentary leader | No. of seats | Last election results',
        cells: ['Party', 'Parliamentary leader', 'No. of seats', 'Last election results (2016)', '', ''],
      },
    ]);
    expect(table.rows[0]!.cells).toEqual(['NO', 'Nur Otan', 'Nurlan Nigmatulin', '84', '6,183,757, 82.20% (1)', '']);
  });

  it('reads the national results table with its signed seat changes and the missing lead as written', () => {
    const results = blocksOf('wiki-2021-older', 'table').find((t) => t.first_line === 166)!;
    expect(results.columns).toEqual(['Party', 'Votes', '%', 'Seats', '+/–', '']);
    expect(results.rows[0]!.cells).toEqual(['Nur Otan', '5,148,074', '71.09', '76', '–8', '']);
    expect(results.rows.at(-2)!.cells).toEqual(['Registered voters/turnout', '11,919,241', '63.25', '', '', '']);
    expect(results.rows.at(-1)!).toEqual({
      line: 179,
      last_line: 179,
      raw: 'Source: OSK Liter.kz |',
      cells: ['Source: OSK Liter.kz', '', '', '', '', ''],
    });
    const polls = blocksOf('wiki-2021-older', 'table').find((t) => t.first_line === 140)!;
    expect(polls.rows[0]!.cells).toEqual([
      '10 January 2021',
      '2021 results',
      '71.09%',
      '10.95%',
      '9.10%',
      '5.29%',
      '3.57%',
      '–',
      'TBA',
    ]);
  });

  it('reads the real sources without a warning', () => {
    expect(SOURCE_IDS.flatMap((id) => ingestReal(id).warnings)).toEqual([]);
  });
});

describe('infoboxes', () => {
  it("reads every key of the newer revision's Infobox, in order", () => {
    const [infobox] = blocksOf('wiki-2021-newer', 'infobox');
    expect([infobox!.first_line, infobox!.last_line]).toEqual([3, 45]);
    expect(infobox!.entries.map((e) => e.key)).toEqual([
      'Country',
      'Type',
      'Previous Election',
      'Previous Year',
      'Election Date',
      'Next Election',
      'Next Year',
      'Seats For Election',
      'Majority Seats',
      'Registered',
      'Turnout',
      'Image1',
      'Party1',
      'Last Election1',
      'Seats1',
      'Seat Change1',
      'Popular Vote1',
      'Percentage1',
      'Swing1',
      'Image2',
      'Leader2',
      'Party2',
      'Last Election2',
      'Seats2',
      'Seat Change2',
      'Popular Vote2',
      'Percentage2',
      'Swing2',
      'Image3',
      'Leader3',
      'Party3',
      'Last Election3',
      'Seats3',
      'Seat Change3',
      'Popular Vote3',
      'Percentage3',
      'Swing3',
      'Title',
      'Before Election',
      'Before Party',
      'After Election',
      'After Party',
    ]);
    expect(infobox!.entries.find((e) => e.key === 'Last Election1')).toEqual({
      line: 17,
      raw: '- Last Election1: 82.20%, 84 seats',
      key: 'Last Election1',
      value: '82.20%, 84 seats',
    });
    expect(infobox!.entries.find((e) => e.key === 'Seat Change1')).toEqual({
      line: 19,
      raw: '- Seat Change1: 8',
      key: 'Seat Change1',
      value: '8',
    });
  });

  it("reads the older revision's infobox flattened into a table", () => {
    expect(blocksOf('wiki-2021-older', 'infobox').map((b) => b.entries)).toMatchObject([
      [
        { line: 4, key: '', value: 'All 107 seats to the Mazhilis 54 seats needed for a majority' },
        { line: 6, key: 'Turnout', value: '63.25% 13.87 pp' },
        { line: 8, key: '', value: 'Results by regions' },
      ],
    ]);
  });
});

describe('lists', () => {
  it.each([
    ['wiki-2021-older', 111],
    ['wiki-2021-newer', 214],
  ])('reads the observer organisations of %s with their counts', (sourceId, firstLine) => {
    const list = blocksOf(sourceId, 'list').find((l) => l.first_line === firstLine)!;
    expect(list.items.map((i) => [i.label, i.value])).toEqual(OBSERVERS);
    expect(list.items.map((i) => i.line)).toEqual(Array.from({ length: 10 }, (_, k) => firstLine + k));
  });

  it('leaves label and value empty on items that are not a label and a figure', () => {
    const reactions = blocksOf('wiki-2021-newer', 'list').find((l) => l.first_line === 326)!;
    expect(reactions.items[0]).toMatchObject({ label: null, value: null });
    expect(reactions.items[0]!.text.startsWith('Russia – State Duma Chairman Vyacheslav Volodin')).toBe(true);
  });
});

describe('headings and sections', () => {
  it('reads wikitext headings with their levels and nests a bare-line heading under the last one', () => {
    const headings = blocksOf('wiki-2021-newer', 'heading');
    expect(headings[0]).toMatchObject({ first_line: 1, level: 1, text: '2021 Kazakh legislative election' });
    expect(headings.find((h) => h.first_line === 283)).toMatchObject({
      level: 3,
      text: 'By region',
      section: ['2021 Kazakh legislative election', 'Results'],
    });
    expect(headings.find((h) => h.first_line === 140)).toMatchObject({
      level: 5,
      text: 'Program',
      section: ['2021 Kazakh legislative election', 'Campaign', 'Nur Otan', '20th Extraordinary Congress'],
    });
  });

  it("reads the older revision's bare-line headings as sections under the title", () => {
    const headings = blocksOf('wiki-2021-older', 'heading').map((h) => [h.first_line, h.level, h.text]);
    expect(headings.slice(0, 4)).toEqual([
      [1, 1, '2021 Kazakh legislative election'],
      [17, 2, 'Background'],
      [18, 2, "Tokayev's presidency and reforms"],
      [21, 2, 'COVID-19 pandemic'],
    ]);
    expect(headings).toContainEqual([180, 2, 'By region']);
    const regional = blocksOf('wiki-2021-older', 'table').find((t) => t.first_line === 182)!;
    expect(regional.section).toEqual(['2021 Kazakh legislative election', 'By region']);
  });
});

describe('sentences', () => {
  it('gives each sentence of the extract the markers that open the next line', () => {
    expect(sentenceAt('wiki-2021-sentences', 'The Parliamentary Assembly of the Organization')).toMatchObject({
      first_line: 1,
      last_line: 1,
      citations: ['12'],
    });
    expect(sentenceAt('wiki-2021-sentences', 'However, after the outbreak')).toMatchObject({
      first_line: 2,
      citations: ['13'],
    });
  });

  it('splits a line holding two sentences at a citation marker, and mends a quote split across lines', () => {
    expect(sentenceAt('wiki-2021-sentences', 'The parties that appeared on the ballot')).toMatchObject({
      text: 'The parties that appeared on the ballot were as follows:',
      first_line: 10,
      citations: ['54'],
    });
    expect(
      sentenceAt('wiki-2021-sentences', 'According to the Central Election Commission (OSK) guidelines'),
    ).toMatchObject({ first_line: 10, citations: ['53'] });
    expect(sentenceAt('wiki-2021-sentences', 'By 5 January 2021, the OSK had accredited')).toMatchObject({
      text:
        'By 5 January 2021, the OSK had accredited a total of 398 observers, ' +
        'of whom 322 were from these 10 international organisations:',
      first_line: 23,
      citations: ['122', '123'],
    });
    const quote = sentenceAt('wiki-2021-sentences', 'Former president Nursultan Nazarbayev, in response')!;
    expect(quote.text.endsWith('from Alatau to Arka."')).toBe(true);
    expect([quote.first_line, quote.last_line, quote.citations]).toEqual([7, 8, ['36']]);
  });

  it("counts the extract's 32 sentences on its 30 lines", () => {
    expect(blocksOf('wiki-2021-sentences', 'sentence')).toHaveLength(32);
    expect(ingestReal('wiki-2021-sentences').line_count).toBe(30);
  });

  it('joins PDF line wraps and rejoins hyphenated words, keeping the hyphen of Nur-Otan', () => {
    expect(sentenceAt('analysis-2021', 'Among those parties')).toMatchObject({
      text:
        'Among those parties, former President and long time and lifelong elbasy, i.e., national leader, ' +
        'of Kazakhstan, Nursultan Nazarbayevs Nur-Otan came off as the winner with 71% of the votes.',
      first_line: 3,
      last_line: 5,
    });
    expect(sentenceAt('analysis-2021', 'Two other parties')).toMatchObject({
      text:
        'Two other parties, namely, Aq Zhol and Peoples Party, gained % 11 and % 9 of the votes, ' +
        'respectively, which qualified them to be represented in the Majilis.',
      first_line: 5,
      last_line: 7,
    });
    expect(sentenceAt('analysis-2021', 'As said in the beginning')).toMatchObject({
      text:
        'As said in the beginning, after the ballot boxes were opened, ' +
        'the ruling Nur-Otan was declared as the winner of the elections with 71% of the votes.',
      first_line: 77,
      last_line: 78,
    });
    expect(sentenceAt('analysis-2021', 'Kazakhstan continues')).toMatchObject({
      text: 'Kazakhstan continues to be the Nazarbayev-land without a political alternative in sight.',
      first_line: 85,
      last_line: 86,
    });
  });

  it('keeps the verbatim raw text of a wrapped sentence, line by line', () => {
    expect(sentenceAt('analysis-2021', 'Two other parties')!.spans).toEqual([
      { line: 5, column: 46, text: 'Two other parties, namely, Aq' },
      { line: 6, column: 0, text: 'Zhol and Peoples Party, gained % 11 and % 9 of the votes, respectively, which' },
      { line: 7, column: 0, text: 'qualified them to be represented in the Majilis.' },
    ]);
    expect(sentenceAt('wiki-2021-older', 'Legislative elections were held')!.spans).toEqual([
      {
        line: 2,
        column: 0,
        text:
          'Legislative elections were held in Kazakhstan on 10 January 2021 ' +
          'to elect the members of the Mazhilis.[1]',
      },
    ]);
  });

  it('takes citation markers out of the article text and keeps them on the sentence', () => {
    expect(sentenceAt('wiki-2021-older', 'Legislative elections were held')).toMatchObject({
      text: 'Legislative elections were held in Kazakhstan on 10 January 2021 to elect the members of the Mazhilis.',
      first_line: 2,
      citations: ['1'],
    });
    expect(sentenceAt('wiki-2021-older', 'The legislative election saw')).toMatchObject({
      text: 'The legislative election saw a voter turnout of 63.3%,the lowest since 1999.',
      first_line: 14,
    });
    expect(sentenceAt('wiki-2021-newer', 'The ruling Nur Otan party maintained')!.text).toBe(
      'The ruling Nur Otan party maintained its dominant party status in the Mäjilis by winning 71.1% of the vote ' +
        'and sweeping 76 seats; however, it fared worse than the prior election in 2016, ' +
        "losing 8 seats and 11.1% of votes, while two parties nominally in the opposition (Aq Jol and People's " +
        'Party of Kazakhstan, present in the Mäjilis since 2012, performed better, ' +
        'each seeing a small gain in votes and seats.',
    );
  });

  it('does not end a sentence at initials', () => {
    expect(sentenceAt('commentary-2021', 'In particular, the head of the CIS observation mission')!.text).toContain(
      'V.N. Bondarev stressed that the elections',
    );
    expect(sentenceAt('commentary-2021', 'The first one won')).toMatchObject({
      text: 'The first one won 10.95% of votes and 12 seats, the second 9.1% of voters and 10 seats.',
      first_line: 9,
    });
  });
});

describe('every block points at the raw lines it came from', () => {
  it.each(SOURCE_IDS)('%s', (sourceId) => {
    const lines = rawLines(sourceId).map((l) => l.replace(/\u00a0/g, ' '));
    for (const block of ingestReal(sourceId).blocks) {
      expect(block.first_line).toBeGreaterThanOrEqual(1);
      expect(block.last_line).toBeGreaterThanOrEqual(block.first_line);
      expect(block.last_line).toBeLessThanOrEqual(lines.length);
      const span = lines.slice(block.first_line - 1, block.last_line).join(' ');
      if (block.kind === 'sentence') {
        const words = block.text.match(/[\p{L}\d]+/gu)!;
        expect(lines[block.first_line - 1], block.text).toContain(words[0]);
        // a closing quote mended from the next line moves the end there
        const endLine =
          block.first_line < block.last_line && /^["”]/.test(lines[block.last_line - 1]!)
            ? block.last_line - 1
            : block.last_line;
        expect(lines[endLine - 1], block.text).toContain(words.at(-1));
        for (const span of block.spans)
          expect(
            rawLines(sourceId)[span.line - 1]!.slice(span.column, span.column + span.text.length),
            block.text,
          ).toBe(span.text);
        expect(block.spans.map((s) => s.line)).toEqual([...new Set(block.spans.map((s) => s.line))]);
      } else if (block.kind === 'table') {
        for (const row of [...block.header_rows, ...block.rows]) {
          const rowText = lines.slice(row.line - 1, row.last_line).join(' ');
          expect(row.raw).toBe(rawLines(sourceId)[row.line - 1]!.trimEnd());
          for (const cell of row.cells)
            for (const word of cell.split(' ')) expect(rowText, `line ${row.line}`).toContain(word);
        }
      } else if (block.kind === 'heading') {
        expect(span).toContain(block.text);
      } else if (block.kind === 'list') {
        for (const item of block.items)
          expect([lines[item.line - 1]!.includes(item.text), item.raw]).toEqual([
            true,
            rawLines(sourceId)[item.line - 1]!.trimEnd(),
          ]);
      } else {
        for (const entry of block.entries)
          expect([lines[entry.line - 1]!.includes(entry.key), entry.raw]).toEqual([
            true,
            rawLines(sourceId)[entry.line - 1]!.trimEnd(),
          ]);
      }
    }
  });
});
