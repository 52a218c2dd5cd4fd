/**
 * The pure core alone on the data a run reads: register detection, cell
 * parsing, the load and documents engines and the reminder planner — what a
 * run costs without a single Apps Script call.
 */
import { managerDirectory, teamMembersOf } from '../../src/core/documents/managers';
import { readDocuments } from '../../src/core/documents/read';
import { computeReceivables } from '../../src/core/documents/receivables';
import { documentRules, evaluateDocuments } from '../../src/core/documents/state';
import { computeLoad } from '../../src/core/load/compute';
import { readLoadInput } from '../../src/core/load/read';
import { buildSummarySheet } from '../../src/core/load/sheet';
import { reminderInputs } from '../../src/core/reminders/inputs';
import { planDay } from '../../src/core/reminders/plan';
import { readTemplates } from '../../src/core/reminders/templates';
import { detectRegisters } from '../../src/core/registers';
import type { RegisterMapping } from '../../src/core/registers/types';
import type { Settings } from '../../src/core/settings';
import type { CalendarDay, Grid } from '../../src/core/types';

export interface CoreInput {
  grids: ReadonlyMap<string, Grid>;
  timeZone: string;
  today: CalendarDay;
  settings: Settings;
}

export interface CoreResult {
  ms: number;
  /** CPU time of the process over the pass (user + system): steadier than wall time on a busy machine. */
  cpuMs: number;
  documents: number;
  planned: number;
}

/** One full pass of the core; `daily`/`weekly` pick what the planner plans, as the runs do. */
export function runCore(input: CoreInput, kind: { daily: boolean; weekly: boolean }): CoreResult {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { grids, timeZone, today, settings } = input;
  const registers = detectRegisters([...grids.values()], settings.mapping, { timeZone, referenceDay: today });
  const loadInput = readLoadInput({ grids, registers, timeZone, today }, settings.load);
  const load = computeLoad(loadInput, settings.load);
  buildSummarySheet(load, { today, lang: 'ru', limits: settings.load, hasActuals: loadInput.hasActuals });

  const managers = managerDirectory(teamMembersOf(grids, registers));
  const rules = documentRules(settings);
  const records = registers
    .filter((mapping): mapping is RegisterMapping<'documents'> => mapping.kind === 'documents')
    .flatMap((mapping) => {
      const grid = grids.get(mapping.sheet);
      return grid ? readDocuments(grid, mapping, { timeZone, today, managers }) : [];
    });
  const states = evaluateDocuments(records, { today, rules, lang: 'ru' });
  computeReceivables(states, { today, targetPct: settings.documents.receivablesTargetPct });

  const plan = planDay({
    today,
    lang: 'ru',
    clientLang: 'ru',
    settings,
    ...reminderInputs({ grids, registers }, today, states, load),
    done: new Set(),
    interrupted: [],
    templates: readTemplates(null),
    quota: Number.MAX_SAFE_INTEGER,
    daily: kind.daily,
    weekly: kind.weekly,
  });
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    documents: states.length,
    planned: plan.messages.length,
  };
}
