/**
 * The documents part of the dashboard: how many documents need attention and
 * what to do next, most urgent first.
 */
import { formatDay } from '../calendar';
import { counted, t } from '../i18n';
import type { CalendarDay, Lang } from '../types';
import type { DocumentRules, DocumentState, DocumentSummary, NextAction } from './types';

export interface SummaryContext {
  today: CalendarDay;
  rules: DocumentRules;
  lang: Lang;
}

/** Due today or within `preDueDays` (3 by default): the window of the polite reminder. */
export function isDueSoon(state: DocumentState, rules: Pick<DocumentRules, 'preDueDays'>): boolean {
  return (
    state.kind === 'dueToday' || (state.kind === 'dueIn' && (state.daysToDue ?? Infinity) <= rules.preDueDays)
  );
}

/** Lower sorts first. */
const URGENCY = {
  stop: 0,
  overdue: 1,
  dueToday: 2,
  dueIn: 3,
  contractExpired: 4,
  contractExpiring: 5,
} as const;

interface Candidate {
  urgency: number;
  /** Within one urgency: more overdue first, then the nearer date. */
  order: number;
  action: NextAction;
}

function candidatesOf(state: DocumentState, ctx: SummaryContext): Candidate[] {
  const { lang } = ctx;
  const base = {
    row: state.row,
    number: state.number,
    counterparty: state.counterparty,
    managerEmail: state.managerEmail,
  };
  const out: Candidate[] = [];
  if (state.isIncoming && state.disputed) {
    // A dispute is settled by talking, not by another reminder: its age says how long money has waited.
    out.push({
      urgency: URGENCY.overdue,
      order: -state.overdueDays,
      action: {
        ...base,
        kind: state.kind,
        action: t(lang, 'documents.action.disputed', { days: counted(lang, 'days', state.overdueDays) }),
      },
    });
  } else if (state.isIncoming && state.kind === 'stop') {
    out.push({
      urgency: URGENCY.stop,
      order: -state.overdueDays,
      action: {
        ...base,
        kind: 'stop',
        action: t(lang, 'documents.action.stop', { days: counted(lang, 'days', state.overdueDays) }),
      },
    });
  } else if (state.isIncoming && state.kind === 'overdue') {
    out.push({
      urgency: URGENCY.overdue,
      order: -state.overdueDays,
      action: {
        ...base,
        kind: 'overdue',
        action: t(lang, 'documents.action.overdue', { days: counted(lang, 'days', state.overdueDays) }),
      },
    });
  } else if (state.isIncoming && state.dueDate !== null && isDueSoon(state, ctx.rules)) {
    out.push({
      urgency: URGENCY[state.kind === 'dueToday' ? 'dueToday' : 'dueIn'],
      order: state.daysToDue ?? 0,
      action: {
        ...base,
        kind: state.kind,
        action: t(lang, 'documents.action.dueSoon', { date: formatDay(state.dueDate, lang) }),
      },
    });
  }
  if (state.renewBy !== null) {
    const expired = state.kinds.includes('contractExpired');
    const kind = expired ? 'contractExpired' : 'contractExpiring';
    out.push({
      urgency: URGENCY[kind],
      order: Number(state.renewBy.replace(/-/g, '')),
      action: {
        ...base,
        kind,
        action: t(lang, `documents.action.${kind}`, { date: formatDay(state.renewBy, lang) }),
      },
    });
  }
  if (state.originalsMissing) {
    out.push({
      urgency: 6,
      order: state.row,
      action: { ...base, kind: 'awaitingOriginal', action: t(lang, 'documents.action.awaitingOriginal') },
    });
  }
  if (state.problems.length > 0) {
    out.push({
      urgency: 7,
      order: state.row,
      action: {
        ...base,
        kind: state.kind,
        action: t(lang, 'documents.action.fixData', {
          problems: state.problems.map((problem) => problem.text).join('; '),
        }),
      },
    });
  }
  return out;
}

/** Counts for the dashboard and every next action, most urgent first. */
export function summarizeDocuments(states: readonly DocumentState[], ctx: SummaryContext): DocumentSummary {
  const incoming = states.filter((state) => state.isIncoming);
  const candidates = states.flatMap((state) => candidatesOf(state, ctx));
  candidates.sort((a, b) => a.urgency - b.urgency || a.order - b.order || a.action.row - b.action.row);
  return {
    overdue: incoming.filter((state) => state.kind === 'overdue').length,
    dueSoon: incoming.filter((state) => isDueSoon(state, ctx.rules)).length,
    stop: incoming.filter((state) => state.kind === 'stop').length,
    originalsMissing: states.filter((state) => state.originalsMissing).length,
    renewals: states.filter((state) => state.renewBy !== null).length,
    disputed: incoming.filter((state) => state.disputed).length,
    nextActions: candidates.map((candidate) => candidate.action),
  };
}
