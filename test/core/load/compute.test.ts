import { computeLoad, type LoadInput } from '../../../src/core/load/compute';
import type { ActualRow, LoadRow, TeamMember } from '../../../src/core/load/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const limits = DEFAULT_SETTINGS.load;
const W1 = '2026-12-07';
const W2 = '2026-12-14';
const W3 = '2026-12-21';
const W4 = '2026-12-28';

type Cell = number | [number, 'blue'];

function row(
  person: string,
  task: string,
  cells: Record<string, Cell>,
  kind: LoadRow['kind'] = 'client',
): LoadRow {
  return {
    person,
    kind,
    task,
    estimate: null,
    cells: Object.entries(cells).map(([week, cell]) =>
      typeof cell === 'number'
        ? { week, pct: cell, tentative: false }
        : { week, pct: cell[0], tentative: true },
    ),
  };
}

function member(name: string, weeklyHours: number | null = 40, role = 'дизайнер'): TeamMember {
  return { name, email: `${name}@agency.test`, role, isAccountManager: role === 'аккаунт', weeklyHours };
}

function run(rows: LoadRow[], extra: Partial<LoadInput> = {}) {
  return computeLoad(
    { rows, weeks: [W1, W2, W3, W4], team: [member('Иванова')], actuals: null, ...extra },
    limits,
  );
}

describe('weekly percentages and flags of one person', () => {
  it.each([
    ['exactly 80 % keeps the reserve', [row('Иванова', 'Клиент А', { [W1]: 80 })], W1, 80, []],
    ['81 % leaves no reserve', [row('Иванова', 'Клиент А', { [W1]: 81 })], W1, 81, ['noReserve']],
    ['exactly 100 % is not an overload', [row('Иванова', 'Клиент А', { [W1]: 100 })], W1, 100, ['noReserve']],
    [
      '110 % is an overload with no reserve',
      [row('Иванова', 'Клиент А', { [W1]: 60 }), row('Иванова', 'Клиент Б', { [W1]: 50 })],
      W1,
      110,
      ['overload', 'noReserve'],
    ],
    ['59 % is underload', [row('Иванова', 'Клиент А', { [W1]: 59 })], W1, 59, ['underload']],
    ['exactly 60 % is not underload', [row('Иванова', 'Клиент А', { [W1]: 60 })], W1, 60, []],
    ['an empty week is underload', [row('Иванова', 'Клиент А', { [W1]: 70 })], W2, 0, ['underload']],
    [
      'a fully absent week is neither underload nor short of reserve',
      [row('Иванова', 'Отпуск', { [W1]: 100 }, 'vacation')],
      W1,
      100,
      [],
    ],
    [
      'client work planned on a vacation week is a booking in the vacation (and an overload)',
      [row('Иванова', 'Отпуск', { [W1]: 100 }, 'vacation'), row('Иванова', 'Клиент А', { [W1]: 20 })],
      W1,
      120,
      ['bookedInAbsence', 'overload'],
    ],
    [
      'work beyond the public holidays of a week is an overload, not a booking in a vacation',
      [row('Иванова', 'Праздники', { [W1]: 40 }, 'holiday'), row('Иванова', 'Клиент А', { [W1]: 80 })],
      W1,
      120,
      ['overload', 'noReserve'],
    ],
    [
      'a holiday week half worked is still judged as a working week',
      [row('Иванова', 'Праздники', { [W1]: 40 }, 'holiday'), row('Иванова', 'Клиент А', { [W1]: 10 })],
      W1,
      50,
      ['underload'],
    ],
    [
      'internal tasks and sick days count in the total',
      [
        row('Иванова', 'Внутренние задачи', { [W1]: 30 }, 'internal'),
        row('Иванова', 'Больничный', { [W1]: 40 }, 'sick'),
        row('Иванова', 'Клиент А', { [W1]: 20 }),
      ],
      W1,
      90,
      ['noReserve'],
    ],
    [
      'a blue cell is pending, not counted, and would overload',
      [row('Иванова', 'Клиент А', { [W1]: 90 }), row('Иванова', 'Клиент Б', { [W1]: [20, 'blue'] })],
      W1,
      90,
      ['noReserve', 'tentativePending', 'wouldOverload'],
    ],
    [
      'a tentative cell on a vacation week would overload',
      [
        row('Иванова', 'Отпуск', { [W1]: 100 }, 'vacation'),
        row('Иванова', 'Клиент Б', { [W1]: [20, 'blue'] }),
      ],
      W1,
      100,
      ['tentativePending', 'wouldOverload'],
    ],
    [
      'tentative up to exactly 100 % would not overload',
      [row('Иванова', 'Клиент А', { [W1]: 70 }), row('Иванова', 'Клиент Б', { [W1]: [30, 'blue'] })],
      W1,
      70,
      ['tentativePending'],
    ],
    [
      'fractions that add up to 80 % are exactly 80 %',
      [row('Иванова', 'Клиент А', { [W1]: 0.1 * 100 }), row('Иванова', 'Клиент Б', { [W1]: 0.7 * 100 })],
      W1,
      80,
      [],
    ],
  ])('%s', (_name, rows, week, total, flags) => {
    const person = run(rows).people[0];
    expect(person.byWeek[week].total).toBe(total);
    expect(person.byWeek[week].free).toBe(100 - total);
    expect(person.byWeek[week].flags).toEqual(flags);
  });

  it('splits a week into confirmed, tentative, internal and absence', () => {
    const week = run([
      row('Иванова', 'Клиент А', { [W1]: 20 }),
      row('Иванова', 'Клиент Б', { [W1]: [30, 'blue'] }),
      row('Иванова', 'Внутренние задачи', { [W1]: 10 }, 'internal'),
      row('Иванова', 'Праздник', { [W1]: 20 }, 'holiday'),
      row('Иванова', 'Отпуск', { [W1]: 20 }, 'vacation'),
    ]).people[0].byWeek[W1];
    expect(week).toMatchObject({
      confirmed: 20,
      tentative: 30,
      internal: 10,
      absence: 40,
      total: 70,
      free: 30,
    });
  });

  it('takes every threshold from the settings', () => {
    const strict = { ...limits, overloadPct: 90, reservePct: 70, underloadPct: 50 };
    const summary = computeLoad(
      {
        rows: [row('Иванова', 'Клиент А', { [W1]: 95, [W2]: 45 })],
        weeks: [W1, W2],
        team: [],
        actuals: null,
      },
      strict,
    );
    expect(summary.people[0].byWeek[W1].flags).toEqual(['overload', 'noReserve']);
    expect(summary.people[0].byWeek[W2].flags).toEqual(['underload']);
  });
});

describe('people and the team register', () => {
  it('merges rows of one person written with a role note and different case', () => {
    const summary = run([
      row('Иванова (копирайтер)', 'Клиент А', { [W1]: 30 }),
      row('иванова  (копирайтер)', 'Клиент Б', { [W1]: 30 }),
    ]);
    expect(summary.people).toHaveLength(1);
    expect(summary.people[0]).toMatchObject({ name: 'Иванова (копирайтер)', email: 'Иванова@agency.test' });
    expect(summary.people[0].byWeek[W1].total).toBe(60);
  });

  it('gives an unknown person 40 hours and marks them as missing from the team', () => {
    const person = run([row('Сидоров', 'Клиент А', { [W1]: 50 })]).people[0];
    expect(person).toMatchObject({ weeklyHours: 40, inTeamRegister: false, email: '', role: '' });
  });

  it('converts a part-timer’s percentages into their own hours', () => {
    const summary = run([row('Петров', 'Клиент А', { [W1]: 50 })], { team: [member('Петров', 20)] });
    expect(summary.people[0].weeklyHours).toBe(20);
    expect(summary.clients[0].byWeek[W1]).toBe(10);
  });

  it('lists every week for every person, in ascending order, even unplanned ones', () => {
    const summary = computeLoad(
      { rows: [row('Иванова', 'Клиент А', { [W1]: 50 })], weeks: [W2, W1, W2], team: [], actuals: null },
      limits,
    );
    expect(summary.weeks).toEqual([W1, W2]);
    expect(Object.keys(summary.people[0].byWeek).sort()).toEqual([W1, W2]);
  });
});

describe('account managers and their clients', () => {
  const clientsRows = (n: number, week: string) =>
    Array.from({ length: n }, (_, i) => row('Орлова', `Клиент ${i + 1}`, { [week]: 10 }));

  it('counts the distinct active clients of an AM per week and flags more than 7', () => {
    const summary = run(
      [...clientsRows(8, W1), ...clientsRows(7, W2), row('Орлова', 'клиент 1', { [W1]: 5 })],
      {
        team: [member('Орлова', 40, 'аккаунт')],
      },
    );
    expect(summary.accountManagers).toHaveLength(1);
    const am = summary.accountManagers[0];
    expect([am.byWeek[W1].count, am.byWeek[W1].overLimit]).toEqual([8, true]);
    expect([am.byWeek[W2].count, am.byWeek[W2].overLimit]).toEqual([7, false]);
    expect(am.byWeek[W3].count).toBe(0);
  });

  it('does not count internal rows or people who are not AMs', () => {
    const summary = run(
      [
        row('Орлова', 'Внутренние задачи', { [W1]: 50 }, 'internal'),
        row('Иванова', 'Клиент А', { [W1]: 50 }),
      ],
      { team: [member('Орлова', 40, 'аккаунт'), member('Иванова')] },
    );
    expect(summary.accountManagers.map((am) => [am.name, am.byWeek[W1].count])).toEqual([['Орлова', 0]]);
  });
});

describe('client hours', () => {
  it('adds the hours of every person on a client, keeping tentative hours apart', () => {
    const summary = run(
      [row('Иванова', 'Клиент А', { [W1]: 50 }), row('Петров', 'клиент а', { [W1]: 50, [W2]: [25, 'blue'] })],
      { team: [member('Иванова', 40), member('Петров', 20)] },
    );
    expect(summary.clients).toHaveLength(1);
    expect(summary.clients[0]).toMatchObject({
      client: 'Клиент А',
      byWeek: { [W1]: 30 },
      tentativeByWeek: { [W2]: 5 },
    });
  });

  it('splits a week across two months by its working days', () => {
    // 28.12.2026 is a Monday: Mon–Thu are December, Friday 1 January.
    const summary = run([row('Иванова', 'Клиент А', { [W3]: 50, [W4]: 100 })]);
    expect(summary.clients[0].byMonth).toEqual({ '2026-12': 20 + 32, '2027-01': 8 });
  });
});

describe('plan vs actual', () => {
  const actual = (day: string, client: string, hours: number): ActualRow => ({
    day,
    person: 'Иванова',
    client,
    hours,
  });
  const withEstimate = (estimate: number): LoadRow => ({
    ...row('Иванова', 'Клиент А', { [W1]: 50, [W2]: 50 }),
    estimate,
  });

  it.each([
    ['actual within 10 % of plan and estimate', 42, 40, []],
    ['actual 10 % over plan exactly is still fine', 44, 40, []],
    ['actual beyond 10 % over plan and estimate', 45, 40, ['actualOverPlan', 'actualOverEstimate']],
    ['actual over a small estimate only', 40, 30, ['actualOverEstimate', 'planOverEstimate']],
  ])('%s', (_name, actualHours, estimate, flags) => {
    const summary = run([withEstimate(estimate)], {
      actuals: [actual('2026-12-10', 'клиент а', actualHours)],
    });
    expect(summary.planVsActual).toEqual([
      { client: 'Клиент А', month: '2026-12', planned: 40, actual: actualHours, estimate, flags },
    ]);
  });

  it('lists a client with actual hours but no plan, flagged over plan', () => {
    const summary = run([], { actuals: [actual('2026-12-10', 'Клиент Х', 5)] });
    expect(summary.planVsActual).toEqual([
      {
        client: 'Клиент Х',
        month: '2026-12',
        planned: 0,
        actual: 5,
        estimate: null,
        flags: ['actualOverPlan'],
      },
    ]);
  });

  it('compares plan with estimate only, when there is no actuals register', () => {
    const summary = run([withEstimate(20), row('Иванова', 'Клиент Б', { [W1]: 10 })]);
    expect(summary.planVsActual).toEqual([
      {
        client: 'Клиент А',
        month: '2026-12',
        planned: 40,
        actual: null,
        estimate: 20,
        flags: ['planOverEstimate'],
      },
    ]);
  });
});

describe('a client written with and without its legal form is one client', () => {
  it('adds the hours of «ООО Ромашка» and «Ромашка» into one client', () => {
    const summary = run(
      [row('Иванова', 'ООО «Ромашка»', { [W1]: 50 }), row('Петров', 'Ромашка', { [W1]: 25 })],
      { team: [member('Иванова', 40), member('Петров', 40)] },
    );
    expect(summary.clients.map((client) => [client.client, client.byWeek[W1]])).toEqual([
      ['ООО «Ромашка»', 30],
    ]);
  });

  it('counts «Ромашка, ООО» and «ромашка» once among an AM’s clients', () => {
    const summary = run(
      [row('Орлова', 'Ромашка, ООО', { [W1]: 10 }), row('Орлова', 'ромашка', { [W1]: 10 })],
      { team: [member('Орлова', 40, 'аккаунт')] },
    );
    expect(summary.accountManagers[0].byWeek[W1]).toMatchObject({ count: 1, clients: ['Ромашка, ООО'] });
  });

  it('compares the actual hours of «Ромашка» with the plan of «ООО Ромашка»', () => {
    const summary = run([row('Иванова', 'ООО Ромашка', { [W1]: 50 })], {
      actuals: [{ day: '2026-12-08', person: 'Иванова', client: 'Ромашка', hours: 20 }],
    });
    expect(summary.planVsActual).toEqual([
      { client: 'ООО Ромашка', month: '2026-12', planned: 20, actual: 20, estimate: null, flags: [] },
    ]);
  });
});
