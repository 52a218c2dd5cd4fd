/**
 * The digests of the example agency (`npm start`: examples/agency.xlsx on 07.12.2026, send
 * mode), read back from the outbox with a real mail parser and checked the way their readers
 * would: sections in order, each sorted by severity, totals that add up to the lines, and the
 * head's Monday digest saying "overload after confirmation" for whom `Сводка загрузки` flags it.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryPointsFor } from '../../src/local/runner/cli';
import { PROJECT_ROOT } from '../../src/local/runner/project';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { readOutbox, type Mail } from './reminders.fixture';

const TODAY = '2026-12-07';

let outDir: string;
let mails: Mail[];
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'account-desk-digests-'));
  const runtime = await createLocalRuntime({
    file: join(PROJECT_ROOT, 'examples', 'agency.xlsx'),
    outDir,
    today: TODAY,
    mode: 'send',
    distDir: DIST,
  });
  for (const fn of entryPointsFor(runtime)) runtime.call(fn);
  await runtime.save();
  mails = await readOutbox(outDir);
}, 180_000);

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const one = (prefix: string) => {
  const found = mails.filter((mail) => mail.subject.startsWith(prefix));
  expect(found).toHaveLength(1);
  return plain(found[0].text);
};

interface Section {
  heading: string;
  lines: string[];
}

/** The sections of a plain-text digest: a heading line followed by its `•` lines. */
function sectionsOf(text: string): Section[] {
  const sections: Section[] = [];
  const rows = text.split('\n');
  rows.forEach((row, index) => {
    if (!row.startsWith('• ') || rows[index - 1]?.startsWith('• ')) return;
    const lines: string[] = [];
    for (let at = index; rows[at]?.startsWith('• '); at++) lines.push(rows[at].slice(2));
    sections.push({ heading: rows[index - 1], lines });
  });
  return sections;
}

/** `430 000,00 ₽` → 43000000 (kopecks). */
const rubles = (text: string) => Number(text.replace(/[ ₽]/g, '').replace(',', ''));
const amountOf = (line: string) => rubles(/на ([\d ]+,\d\d ₽)/.exec(line)![1]);
const daysOf = (line: string) => Number(/(?:просрочка|,) (\d+) д/.exec(line)![1]);
const pctOf = (line: string) => Number(/— (\d+) %/.exec(line)![1]);

/** Count and sum in a heading agree with its lines (no "and N more" in the example's digests). */
function expectTotals(section: Section) {
  const count = Number(/ — (\d+) /.exec(section.heading)![1]);
  expect(count).toBe(section.lines.length);
  const sum = / на ([\d ]+,\d\d ₽)$/.exec(section.heading);
  if (sum) expect(rubles(sum[1])).toBe(section.lines.reduce((total, line) => total + amountOf(line), 0));
}

const descending = (values: number[]) => [...values].sort((a, b) => b - a);

describe('the Monday load digest', () => {
  const weeks = () => {
    const text = one('Загрузка команды');
    const next = text.indexOf('Следующая неделя, с 14.12.2026');
    expect(text.indexOf('Эта неделя, с 07.12.2026')).toBeGreaterThan(0);
    expect(next).toBeGreaterThan(0);
    return [text.slice(0, next), text.slice(next)];
  };

  it('has each week once as a heading with the team totals, and the overloaded biggest first', () => {
    for (const week of weeks()) {
      expect(week).toMatch(/^Загрузка команды \d+ %, свободно \d+ ч из \d+ ч$/m);
      const sections = sectionsOf(week);
      for (const section of sections) expectTotals(section);
      const overloaded = sections.find((section) => /^Перегрузка — /.test(section.heading))!;
      expect(overloaded.lines.map(pctOf)).toEqual(descending(overloaded.lines.map(pctOf)));
      const free = sections.find((section) => /^Свободны — /.test(section.heading))!;
      const hours = free.lines.map((line) => Number(/, (\d+) ч$/.exec(line)![1]));
      expect(Number(/, (\d+) ч$/.exec(free.heading)![1])).toBe(hours.reduce((a, b) => a + b, 0));
      expect(week).toContain(`свободно ${hours.reduce((a, b) => a + b, 0)} ч из`);
    }
    expect(one('Загрузка команды')).not.toMatch(/неделя с \d\d\.\d\d\.\d{4}:/);
  });

  it('says overload after confirmation for every person the summary flags so, with the same figure', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, 'agency.xlsx'));
    const flagged: string[] = [];
    workbook.getWorksheet('Сводка загрузки')!.eachRow((row) => {
      const cells = Array.from(row.values as unknown[], (value) => String(value ?? ''));
      const flags = cells.find((cell) => cell.includes('перегруз после подтверждения'));
      if (!flags) return;
      // One line per flag and figure: `перегруз после подтверждения 120 % — недели 07.12, 14.12`.
      for (const line of flags
        .split('\n')
        .filter((text) => text.startsWith('перегруз после подтверждения'))) {
        const [, pct, weeks] = /(\d+) % — недел[яи] (.+)$/.exec(line) ?? [];
        for (const week of (weeks ?? '').split(', '))
          if (week === '07.12' || week === '14.12') flagged.push(`${week} ${cells[1]} — ${pct} %`);
      }
    });
    expect(flagged).toContain('14.12 Смирнова Ольга (разработчик) — 120 %');
    const [thisWeek, nextWeek] = weeks();
    const said = [
      ['07.12', thisWeek],
      ['14.12', nextWeek],
    ].flatMap(([week, text]) =>
      (
        sectionsOf(text).find((section) => section.heading.startsWith('Перегрузка после подтверждения'))
          ?.lines ?? []
      ).map((line) => `${week} ${line.replace(/ после подтверждения.*/, '')}`),
    );
    expect(said.sort()).toEqual(flagged.sort());
    expect(nextWeek).not.toMatch(/Смирнова Ольга \(разработчик\) — свободно/);
  });
});

describe('the AM digests', () => {
  const ORDER = [
    'Письма, которые не ушли',
    'СТОП: работы остановлены',
    'Просрочено',
    'Скоро срок оплаты',
    'Споры и паузы',
    'Данные с ошибками',
    'Нет оригиналов',
    'Продлить договоры',
    'Перегрузка на ваших клиентах',
  ];
  const digests = () => mails.filter((mail) => mail.subject.startsWith('Пульт аккаунта'));

  it('are in sections, in the order of urgency, the most overdue first, with totals', () => {
    expect(digests()).toHaveLength(3);
    for (const mail of digests()) {
      const sections = sectionsOf(plain(mail.text));
      const ranks = sections.map((section) => ORDER.findIndex((title) => section.heading.startsWith(title)));
      expect(ranks.every((rank) => rank >= 0)).toBe(true);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
      for (const section of sections) expectTotals(section);
      const overdue = sections.find((section) => section.heading.startsWith('Просрочено'));
      if (overdue) expect(overdue.lines.map(daysOf)).toEqual(descending(overdue.lines.map(daysOf)));
      expect(mail.html.match(/<h3/g)).toHaveLength(sections.length);
    }
  });

  it('tell Сидорова about the invoices whose amount or due date cannot be read, with the row', () => {
    const mail = digests().find((digest) => digest.to[0] === 'm.sidorova@agency.example.com')!;
    const data = sectionsOf(plain(mail.text)).find((section) =>
      section.heading.startsWith('Данные с ошибками'),
    )!;
    expect(data.lines).toEqual([
      expect.stringMatching(/^строка \d+: Аква — Счёт № С-1125: .*«по договорённости»/),
      expect.stringMatching(/^строка \d+: Аква — Счёт № С-1126: .*«12\.13\.2026»/),
    ]);
  });

  it('ask to renew a contractor’s contract with the contractor', () => {
    const mail = digests().find((digest) => digest.to[0] === 'p.kuznetsov@agency.example.com')!;
    expect(plain(mail.text)).toContain(
      'ИП Соколов (фото) — Договор № ПД-7 до 31.12.2026, продлить с подрядчиком',
    );
    const renewal = plain(mails.find((m) => m.subject.includes('ИП Соколов (фото)'))!.text);
    expect(renewal).toContain('Договор № ПД-7 с подрядчиком ИП Соколов (фото)');
    expect(renewal).not.toMatch(/с клиентами/);
  });
});

describe('the accountant’s digest', () => {
  it('has its sections in order, each sorted and summed', () => {
    const sections = sectionsOf(one('Платежи и оригиналы'));
    expect(sections.map((section) => section.heading.replace(/ — .*/, ''))).toEqual([
      'Ожидаем оплату на этой неделе',
      'Ожидаем оплату на следующей неделе',
      'Просрочены оплаты клиентов',
      'Оплатить подрядчикам',
      'Нет оригиналов',
    ]);
    for (const section of sections) expectTotals(section);
    const overdue = sections[2].lines.map(daysOf);
    expect(overdue).toEqual(descending(overdue));
    expect(sections[3].lines.every((line) => line.startsWith('Подрядчик '))).toBe(true);
  });
});
