import { computeLoad } from '../../../src/core/load/compute';
import { buildSummarySheet } from '../../../src/core/load/sheet';
import { flagWords, HEAT } from '../../../src/core/load/weekCells';
import type { LoadRow, LoadSummary } from '../../../src/core/load/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const limits = DEFAULT_SETTINGS.load;
const W1 = '2026-12-07';
const W2 = '2026-12-14';
const W3 = '2026-12-21';

function row(
  person: string,
  task: string,
  cells: [string, number, boolean?][],
  kind: LoadRow['kind'] = 'client',
): LoadRow {
  return {
    person,
    kind,
    task,
    estimate: null,
    cells: cells.map(([week, pct, tentative]) => ({ week, pct, tentative: !!tentative })),
  };
}

function summaryOf(rows: LoadRow[], extra: Partial<LoadSummary> = {}): LoadSummary {
  return {
    ...computeLoad({ rows, weeks: [W1, W2, W3], team: [], actuals: null }, limits),
    ...extra,
  };
}

const options = { today: '2026-12-09', lang: 'ru' as const, limits, hasActuals: false };

function peopleTable(summary: LoadSummary) {
  const sheet = buildSummarySheet(summary, options);
  return sheet.blocks[1].block;
}

describe('the load summary sheet', () => {
  it('shows each person-week as a percentage with a heat-map fill', () => {
    const table = peopleTable(
      summaryOf([
        row('Иванова', 'Клиент А', [
          [W1, 80],
          [W2, 90],
          [W3, 110],
        ]),
      ]),
    );
    expect(table.values[0].slice(0, 6)).toEqual([
      'Сотрудник',
      'Роль',
      'Часов в неделю',
      '07.12–11.12',
      '14.12–18.12',
      '21.12–25.12',
    ]);
    expect(table.values[1].slice(3, 6)).toEqual([0.8, 0.9, 1.1]);
    expect(table.numberFormats![1].slice(3, 6)).toEqual(['0%', '0%', '0%']);
    expect(table.backgrounds![1].slice(3, 6)).toEqual([HEAT.green, HEAT.amber, HEAT.red]);
  });

  it('marks a week with tentative load in its format, font and note', () => {
    const table = peopleTable(
      summaryOf([
        row('Иванова', 'Клиент А', [
          [W1, 60],
          [W1, 20, true],
        ]),
      ]),
    );
    expect(table.values[1][3]).toBe(0.6);
    expect(table.numberFormats![1][3]).toBe('0%" (+20)"');
    expect(table.fontColors![1][3]).not.toBeNull();
    expect(table.notes![1][3]).toContain('20 %');
  });

  it('greys a fully absent week', () => {
    const table = peopleTable(summaryOf([row('Иванова', 'Отпуск', [[W1, 100]], 'vacation')]));
    expect(table.backgrounds![1][3]).toBe(HEAT.absent);
  });

  it('shows free capacity for this and next week, and the flags in words', () => {
    const table = peopleTable(
      summaryOf([
        row('Иванова', 'Клиент А', [
          [W1, 70],
          [W2, 110],
        ]),
        row('Иванова', 'Клиент Б', [
          [W3, 30, true],
          [W3, 80],
        ]),
      ]),
    );
    const header = table.values[0];
    const person = table.values[1];
    expect(header.slice(6)).toEqual([
      'Свободно на этой неделе (07.12)',
      'Свободно на следующей неделе (14.12)',
      'Флаги (с текущей недели)',
    ]);
    expect(person[6]).toBeCloseTo(0.3);
    expect(person[7]).toBeCloseTo(-0.1);
    expect(person[8]).toBe(
      'перегруз 110 % — неделя 14.12\nждёт подтверждения +30 % — неделя 21.12\nперегруз после подтверждения 110 % — неделя 21.12',
    );
  });

  it('lists flags from the current week on only', () => {
    const summary = summaryOf([
      row('Иванова', 'Клиент А', [
        [W1, 120],
        [W2, 70],
      ]),
    ]);
    expect(flagWords(summary.people[0], [W2, W3], 'ru')).toBe('недогруз 0 % — неделя 21.12');
  });

  it('names four flagged weeks and shortens the rest to …', () => {
    const weeks = ['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11'];
    const summary = computeLoad(
      {
        rows: [
          row(
            'Иванова',
            'Клиент А',
            weeks.map((week) => [week, 120]),
          ),
        ],
        weeks,
        team: [],
        actuals: null,
      },
      limits,
    );
    expect(flagWords(summary.people[0], weeks, 'ru')).toBe(
      'перегруз 120 % — недели 07.12, 14.12, 21.12, 28.12, …',
    );
    expect(flagWords(summary.people[0], weeks.slice(2), 'ru')).toBe(
      'перегруз 120 % — недели 21.12, 28.12, 04.01, 11.01',
    );
  });

  it('writes every block as a rectangle with every layer the same size', () => {
    const sheet = buildSummarySheet(
      summaryOf([row('Иванова', 'Клиент А', [[W1, 50]])], {
        problems: [
          { kind: 'cell', address: 'Загрузка!F11', problem: { code: 'notPercent', raw: 'двадцать' } },
        ],
      }),
      options,
    );
    for (const { block } of sheet.blocks) {
      const width = block.values[0].length;
      for (const layer of [
        block.values,
        block.backgrounds!,
        block.numberFormats!,
        block.fontWeights!,
        block.notes!,
      ]) {
        expect(layer).toHaveLength(block.values.length);
        for (const line of layer) expect(line).toHaveLength(width);
      }
    }
    const problems = sheet.blocks[sheet.blocks.length - 1].block.values;
    expect(problems[0][0]).toBe('Проблемы в данных: 1');
    expect(problems[2][0]).toBe('Загрузка!F11');
    expect(problems[2][1]).toMatch(/двадцать/);
  });

  it('keeps a client name that starts with = as it is, in a plain-text cell', () => {
    const sheet = buildSummarySheet(summaryOf([row('=HYPERLINK("x")', 'Клиент А', [[W1, 50]])]), options);
    expect(sheet.blocks[1].block.values[1][0]).toBe('=HYPERLINK("x")');
    expect(sheet.blocks[1].block.numberFormats?.[1][0]).toBe('@');
  });

  it('places sections one under another without overlapping', () => {
    const sheet = buildSummarySheet(summaryOf([row('Иванова', 'Клиент А', [[W1, 50]])]), options);
    for (let i = 1; i < sheet.blocks.length; i++) {
      const previous = sheet.blocks[i - 1];
      expect(sheet.blocks[i].row).toBeGreaterThan(previous.row + previous.block.values.length - 1);
    }
  });
});
