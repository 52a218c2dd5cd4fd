/**
 * The Diagnostics report in words, for the sidebar and for `account-desk
 * diagnose`: one line per check, the environment, and the JSON to copy.
 */
import {
  checkKey,
  type Check,
  type CheckGroup,
  type CheckStatus,
  type DiagnosticsReport,
  type Json,
} from './report';
import type { Difference } from './compare';
import { t, type MessageKey } from '../i18n';
import type { Lang } from '../types';

export interface DiagnosticsLine {
  status: CheckStatus;
  label: string;
  detail: string;
}

export interface DiagnosticsView {
  lang: Lang;
  title: string;
  intro: string;
  summary: string;
  groups: { title: string; lines: DiagnosticsLine[] }[];
  environment: { label: string; value: string }[];
  /** The whole report, indented, exactly what the JSON copy gives. */
  json: string;
  texts: { jsonTitle: string; copy: string; copied: string; selectHint: string; rerun: string };
  report: DiagnosticsReport;
}

const GROUPS: readonly CheckGroup[] = ['grid', 'text', 'date', 'lock', 'properties', 'cleanup'];

function compact(value: Json | undefined): string {
  return value === undefined ? '—' : JSON.stringify(value);
}

function field(value: Json, key: string): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
}

/** A read-back cell in words: `12 (number; shown “12”; format 0)`, or its formula. */
function cellText(lang: Lang, actual: Json): string {
  const formula = field(actual, 'formula');
  if (typeof formula === 'string' && formula !== '') return t(lang, 'diagnostics.cell.formula', { formula });
  const type = String(field(actual, 'type') ?? 'empty');
  return t(lang, 'diagnostics.cell', {
    value: JSON.stringify(field(actual, 'value') ?? ''),
    type: t(lang, `diagnostics.type.${type}` as MessageKey),
    display: String(field(actual, 'display') ?? ''),
    format: String(field(actual, 'format') ?? '—'),
  });
}

function lineFor(check: Check, report: DiagnosticsReport, lang: Lang): DiagnosticsLine {
  const title = t(lang, `diagnostics.check.${check.id}` as MessageKey);
  const label = check.input === undefined ? title : `«${String(check.input)}» — ${title}`;
  const error = report.notCompared.errors[checkKey(check)];
  const mismatch =
    check.status === 'failed'
      ? t(lang, 'diagnostics.expected', { expected: compact(check.expected), actual: compact(check.actual) })
      : '';
  const parts: string[] = [];
  if (error) parts.push(t(lang, 'diagnostics.threw', { message: error }));
  if (check.group === 'text' && field(check.actual, 'threw') !== true)
    parts.push(cellText(lang, check.actual));
  if (check.group === 'date' && field(check.actual, 'threw') !== true)
    parts.push(
      `${compact(field(check.actual, 'day'))} («${String(field(check.actual, 'display'))}», ${String(field(check.actual, 'format'))})`,
    );
  if (mismatch) parts.push(mismatch);
  return { status: check.status, label, detail: parts.join(' — ') };
}

export function diagnosticsView(report: DiagnosticsReport, lang: Lang): DiagnosticsView {
  const checks = report.compared.checks;
  const count = (status: CheckStatus) => checks.filter((check) => check.status === status).length;
  const env = report.notCompared;
  const triggers = env.triggers.length
    ? env.triggers.map((trigger) => `${trigger.handler} (${trigger.type})`).join(', ')
    : t(lang, 'diagnostics.env.noTriggers');
  return {
    lang,
    title: t(lang, 'menu.diagnostics'),
    intro: t(lang, 'diagnostics.intro'),
    summary: t(lang, 'diagnostics.summary', {
      ok: count('ok'),
      failed: count('failed'),
      observed: count('observed'),
    }),
    groups: GROUPS.map((group) => ({
      title: t(lang, `diagnostics.group.${group}`),
      lines: checks.filter((check) => check.group === group).map((check) => lineFor(check, report, lang)),
    })).filter((group) => group.lines.length > 0),
    environment: [
      { label: t(lang, 'diagnostics.env.timeZone'), value: report.compared.timeZone },
      { label: t(lang, 'diagnostics.env.locale'), value: report.compared.locale },
      { label: t(lang, 'diagnostics.env.scriptTimeZone'), value: env.scriptTimeZone },
      { label: t(lang, 'diagnostics.env.triggers'), value: triggers },
      {
        label: t(lang, 'diagnostics.env.quota'),
        value:
          env.remainingMailQuota === null
            ? t(lang, 'diagnostics.env.unknown')
            : String(env.remainingMailQuota),
      },
      { label: t(lang, 'diagnostics.env.scratchSheet'), value: env.scratchSheet },
      { label: t(lang, 'diagnostics.env.ranAt'), value: env.ranAt },
    ],
    json: JSON.stringify(report, null, 2),
    texts: {
      jsonTitle: t(lang, 'diagnostics.json.title'),
      copy: t(lang, 'diagnostics.json.copy'),
      copied: t(lang, 'diagnostics.json.copied'),
      selectHint: t(lang, 'diagnostics.json.selectHint'),
      rerun: t(lang, 'diagnostics.rerun'),
    },
    report,
  };
}

const MARKS: Record<CheckStatus, string> = { ok: '✓', failed: '✗', observed: '·' };

/** The report as terminal lines (`account-desk diagnose`). */
export function diagnosticsText(view: DiagnosticsView): string[] {
  const lines = [view.title, view.summary, ''];
  for (const group of view.groups) {
    lines.push(group.title);
    for (const line of group.lines)
      lines.push(`  ${MARKS[line.status]} ${line.label}${line.detail ? `: ${line.detail}` : ''}`);
    lines.push('');
  }
  lines.push(t(view.lang, 'diagnostics.group.environment'));
  for (const item of view.environment) lines.push(`  ${item.label}: ${item.value}`);
  return lines;
}

/** The differences of a comparison as terminal lines. */
export function differencesText(differences: Difference[], lang: Lang): string[] {
  if (differences.length === 0) return [t(lang, 'diagnostics.compare.same')];
  const missing = t(lang, 'diagnostics.compare.missing');
  return [
    t(lang, 'diagnostics.compare.differences', { count: differences.length }),
    ...differences.map(
      (difference) =>
        `  ${t(lang, 'diagnostics.compare.line', {
          where: difference.where,
          local: difference.local === undefined ? missing : JSON.stringify(difference.local),
          google: difference.google === undefined ? missing : JSON.stringify(difference.google),
        })}`,
    ),
  ];
}
