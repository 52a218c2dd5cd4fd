/**
 * The benchmark's targets: a gap states its cause from the measurement (calls by purpose, the
 * write-ahead batches), never a fixed sentence, and a full run writes issue 16's before/after table.
 */
import { targetsSection } from '../../scripts/bench/targets';
import type { Measurement, OurRun, ReportData } from '../../scripts/bench/types';
import { SIZES } from '../../scripts/bench/workbooks';

const large = SIZES.find((size) => size.name === 'large')!;
const empty = { read: {}, written: {} };
const side = (calls: Record<string, number>, emails = 0) => ({
  calls,
  cells: empty,
  emails,
  recipients: emails,
  failed: 0,
  localMs: 0,
});

function measurement(
  kind: string,
  calls: Record<string, number>,
  next?: Record<string, number>,
): Measurement {
  return {
    size: large,
    kind,
    available: true,
    ours: side(calls, calls['MailApp.sendEmail'] ?? 0),
    competent: side({}, 1000),
    naive: side({}),
    coreMs: 0,
    planned: 0,
    due: 0,
    next: next ? { calls: next, cells: empty } : undefined,
  };
}

const day = (besides: number, mails: number): OurRun => ({
  size: large,
  day: '2026-12-07',
  emails: mails,
  calls: { 'Sheet.getRange': besides, 'MailApp.sendEmail': mails },
  cells: empty,
});

const data: ReportData = {
  measurements: [
    measurement(
      'recalculate',
      { 'DeveloperMetadata.getValue': 30, 'Range.getValues': 20, 'Lock.tryLock': 10 },
      { 'DeveloperMetadata.getValue': 40, 'Range.setValues': 20 },
    ),
    measurement('daily run', { 'Sheet.getRange': 100, 'SpreadsheetApp.flush': 55, 'MailApp.sendEmail': 548 }),
  ],
  sidebars: [],
  steady: { runs: [], rowsPerDay: 0, firstDayRows: 0 },
  chunked: [],
  coreScale: [],
  week: { monday: day(120, 30), tuesday: day(110, 30), wednesday: day(110, 30) },
};

it('states each gap’s cause from the measurement and writes the before/after table at large size', () => {
  const text = targetsSection(data, true).join('\n');
  const row = (target: string) => text.split('\n').find((line) => line.startsWith(`| ${target}`)) ?? '';
  expect(row('recalculate ≤ 55 calls')).toContain('60 (the first run');
  expect(row('recalculate ≤ 55 calls')).toContain('60 the next day');
  expect(row('recalculate ≤ 55 calls')).toContain('first run: markers 30, reads 20, context 10');
  expect(row('recalculate ≤ 55 calls')).toContain('the next day: markers 40, writes 20');
  expect(row('daily run ≤ 70 calls besides the sends')).toContain('220 calls for the batches at 4 each');
  expect(row('daily run ≤ 70 calls besides the sends')).toContain('flushes 55');
  expect(text).not.toMatch(/no result cache|not built yet|reads the whole log/);
  expect(text).toContain('### Before and after');
  expect(text).toMatch(/\| recalculate ≤ 55 calls \| 192 \(first run[^|]*\| 60 \(the first run/);
});

it('says a mail day held back by the recipient quota was held by the quota, not that the counts disagree', () => {
  const mailDay = {
    size: { ...large, name: 'large, mail day' },
    quota: 6000,
    planned: 3041,
    triggers: ['hourlyRun'],
    executions: 24,
    killed: 0,
    maxExecutionMs: 270_000,
    totalMs: 1_000_000,
    sent: 2981,
    duplicates: 0,
    lastExecutionCalls: 6,
    recipientsUsed: 6000,
  };
  const row = (chunked: ReportData['chunked']) =>
    targetsSection({ ...data, chunked }, true).find((line) =>
      line.startsWith('| 3,000 emails due in a day'),
    ) ?? '';
  expect(row([mailDay])).toContain('the day’s recipient quota ran out (6,000 of 6,000 recipients used');
  expect(row([mailDay])).not.toContain('disagree');
  expect(row([{ ...mailDay, recipientsUsed: 5962 }])).toContain('disagree');
});
