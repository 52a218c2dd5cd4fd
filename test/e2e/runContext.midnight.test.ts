/**
 * One run, one day: the daily run computes "today" once, so a run that starts a
 * moment before midnight and goes on past it evaluates the documents and plans
 * its emails for the same calendar day. The real bundle runs on the local
 * services with a clock that moves on by a second at every reading.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { invoice, writeWorkbook } from './reminders.fixture';

// Wednesday 02.12.2026 in Moscow (UTC+3), seconds before midnight.
const DAY = '2026-12-02';
const MIDNIGHT_MS = Date.parse('2026-12-02T21:00:00Z');

/** Every `new Date()` / `Date.now()` of the bundle is one second later than the one before. */
function tickingClock(context: vm.Context, startMs: number): void {
  vm.runInContext(
    `(function (start) {
      var Base = Date;
      var next = start;
      function read() { var now = next; next += 1000; return now; }
      function TickingDate() {
        if (!new.target) return new Base(read()).toString();
        var args = arguments.length === 0 ? [read()] : Array.prototype.slice.call(arguments);
        return Reflect.construct(Base, args, new.target);
      }
      TickingDate.prototype = Base.prototype;
      TickingDate.now = read;
      TickingDate.UTC = Base.UTC;
      TickingDate.parse = Base.parse;
      Object.defineProperty(globalThis, 'Date', { value: TickingDate, writable: true, configurable: true });
    })(${startMs})`,
    context,
  );
}

function cellText(context: vm.Context, sheet: string, a1: string): string {
  return vm.runInContext(
    `SpreadsheetApp.getActiveSpreadsheet().getSheetByName(${JSON.stringify(sheet)}).getRange(${JSON.stringify(a1)}).getDisplayValues()[0][0]`,
    context,
  ) as string;
}

function logKeyDays(context: vm.Context): string[] {
  const rows = vm.runInContext(
    `(function (log) { return log.getRange(1, 1, log.getLastRow(), log.getLastColumn()).getValues(); })(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Журнал'))`,
    context,
  ) as unknown[][];
  return rows.slice(1).flatMap((row) => {
    const day = /:(\d{4}-\d{2}-\d{2})$/.exec(String(row[2]))?.[1];
    return day ? [day] : [];
  });
}

describe('a daily run that crosses midnight', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'evaluates the documents and plans the emails for one day (started %i s before midnight)',
    async (secondsBefore) => {
      const dir = mkdtempSync(join(tmpdir(), 'account-desk-midnight-'));
      const file = await writeWorkbook(dir, 'docs', {
        docs: [invoice('С-1', 'Клиент 1', '20.11.2026', 'c1@client.example')],
        settings: { mode: 'send' },
      });
      const runtime = await createLocalRuntime({ file, outDir: join(dir, 'out'), today: DAY, distDir: DIST });
      tickingClock(runtime.context, MIDNIGHT_MS - secondsBefore * 1000);
      runtime.call('dailyRun');
      const evaluatedFor = /\d{2}\.\d{2}\.\d{4}/.exec(cellText(runtime.context, 'Дебиторка', 'A1'))?.[0];
      const [dd, mm, yyyy] = (evaluatedFor ?? '').split('.');
      const plannedFor = [...new Set(logKeyDays(runtime.context))];
      expect(plannedFor.length).toBeGreaterThan(0);
      expect(plannedFor).toEqual([`${yyyy}-${mm}-${dd}`]);
      // The run belongs to the day it started on.
      expect(plannedFor).toEqual([DAY]);
    },
  );
});
