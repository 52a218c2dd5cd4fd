/** Plain records for the digest table tests: documents, a load summary and one day's plan. */
import type { LoadFlag, LoadSummary, PersonLoad } from '../../../src/core/load/types';
import type { PlanInput } from '../../../src/core/reminders/plan';
import type { PlannedMessage, ReminderDocument } from '../../../src/core/reminders/types';
import { invoice, plan, settings } from './planFixture';

/** The planner tests' open invoice (due 01.12.2026, eligible unless a field says otherwise). */
export const doc = invoice;

export const THIS_WEEK = '2026-12-07';
export const NEXT_WEEK = '2026-12-14';

interface WeekLoad {
  total: number;
  tentative?: number;
  flags?: LoadFlag[];
}

/** A person with the given load in this week and the next (percentage points, 40 h a week by default). */
export function person(
  name: string,
  weeks: { [THIS_WEEK]?: WeekLoad; [NEXT_WEEK]?: WeekLoad },
  extra: Partial<PersonLoad> = {},
): PersonLoad {
  const byWeek: PersonLoad['byWeek'] = {};
  for (const [week, load] of Object.entries(weeks) as [string, WeekLoad][]) {
    const tentative = load.tentative ?? 0;
    const flags: LoadFlag[] = load.flags ?? [];
    if (!load.flags) {
      if (load.total > 100) flags.push('overload');
      if (load.total > 85) flags.push('noReserve');
      if (tentative > 0) flags.push('tentativePending');
      if (tentative > 0 && load.total <= 100 && load.total + tentative > 100) flags.push('wouldOverload');
    }
    byWeek[week] = {
      week,
      confirmed: load.total,
      tentative,
      internal: 0,
      absence: 0,
      total: load.total,
      free: 100 - load.total,
      flags,
    };
  }
  return {
    name,
    role: '',
    isAccountManager: false,
    email: '',
    weeklyHours: 40,
    inTeamRegister: true,
    byWeek,
    ...extra,
  };
}

export function loadOf(people: PersonLoad[]): LoadSummary {
  return {
    weeks: [THIS_WEEK, NEXT_WEEK],
    people,
    clients: [],
    accountManagers: [],
    planVsActual: [],
    problems: [],
  };
}

export function planOf(today: string, documents: ReminderDocument[], extra: Partial<PlanInput> = {}) {
  const digestSettings = settings({ accountantEmail: 'buh@agency.ru' });
  return plan(today, documents, { quota: 1000, settings: digestSettings, ...extra });
}

/** The plain text of one message, with the no-break spaces of money and percents as plain spaces. */
export function textOf(message: PlannedMessage | undefined): string {
  return (message?.body ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

/** The bullet lines under a heading of a plain-text digest (up to the next blank line). */
export function sectionLines(text: string, heading: RegExp): string[] | null {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return null;
  const list: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('• ')) break;
    list.push(line.slice(2));
  }
  return list;
}
