/**
 * Differences between two Diagnostics reports (the local runtime's and
 * Google's): only their `compared` parts, check by check. Any difference is a
 * bug in the local runtime, which must behave as Google does.
 */
import { checkKey, type Check, type DiagnosticsReport, type Json } from './report';

export interface Difference {
  /** `timeZone`, or a check's key followed by the path inside it. */
  where: string;
  local: Json | undefined;
  google: Json | undefined;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diff(where: string, local: Json | undefined, google: Json | undefined, out: Difference[]): void {
  if (isObject(local) && isObject(google)) {
    const keys = [...new Set([...Object.keys(local), ...Object.keys(google)])].sort();
    for (const key of keys) diff(`${where}.${key}`, local[key], google[key], out);
    return;
  }
  if (Array.isArray(local) && Array.isArray(google) && local.length === google.length) {
    local.forEach((item, index) => diff(`${where}[${index}]`, item, google[index], out));
    return;
  }
  if (JSON.stringify(local) !== JSON.stringify(google)) out.push({ where, local, google });
}

function checkJson(check: Check): Json {
  const { status, expected, actual } = check;
  return expected === undefined ? { status, actual } : { status, expected, actual };
}

export function compareReports(local: DiagnosticsReport, google: DiagnosticsReport): Difference[] {
  const out: Difference[] = [];
  diff('format', local.format, google.format, out);
  diff('timeZone', local.compared.timeZone, google.compared.timeZone, out);
  diff('locale', local.compared.locale, google.compared.locale, out);
  const googleChecks = new Map(google.compared.checks.map((check) => [checkKey(check), check]));
  for (const check of local.compared.checks) {
    const key = checkKey(check);
    const other = googleChecks.get(key);
    googleChecks.delete(key);
    diff(key, checkJson(check), other && checkJson(other), out);
  }
  for (const [key, check] of googleChecks) diff(key, undefined, checkJson(check), out);
  return out;
}

/** Whether a parsed JSON value looks like a Diagnostics report (for a file the user passes in). */
export function isReport(value: unknown): value is DiagnosticsReport {
  if (!value || typeof value !== 'object') return false;
  const report = value as Partial<DiagnosticsReport>;
  return (
    typeof report.format === 'string' &&
    report.format.startsWith('account-desk-diagnostics/') &&
    !!report.compared &&
    Array.isArray(report.compared.checks)
  );
}
