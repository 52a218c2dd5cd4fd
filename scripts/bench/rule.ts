/**
 * The benchmark's one rule: for the same run kind, our Apps Script calls on the largest workbook
 * may not exceed those on the smallest. `MailApp.sendEmail` is left out of the rule, because
 * emails scale with the recipients due today by design (and are reported next to it).
 */
import type { Measurement } from './types';

/** Methods that scale with recipients on purpose, left out of the growth rule. */
export const SCALES_WITH_RECIPIENTS = ['MailApp.sendEmail'];

export function callsExcludingMail(calls: Record<string, number>): number {
  return Object.entries(calls)
    .filter(([method]) => !SCALES_WITH_RECIPIENTS.includes(method))
    .reduce((sum, [, count]) => sum + count, 0);
}

export function totalCalls(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, count) => sum + count, 0);
}

/**
 * Emails go in write-ahead batches of 10: the batch's rows ahead and the previous batch's results
 * as one block (getRange, setNumberFormats, setValues) and one flush — 4 calls a batch (asserted in
 * test/e2e/callsPerBatch.test.ts), so a day with more emails may cost this many more calls per
 * extra batch, and nothing else may grow.
 */
export const CALLS_PER_BATCH = 4;
const EMAILS_PER_BATCH = 10;

function batches(calls: Record<string, number>): number {
  return Math.ceil((calls['MailApp.sendEmail'] ?? 0) / EMAILS_PER_BATCH);
}

/**
 * A sheet whose data outgrows its grid is grown before the write, as Google requires: one
 * insertRowsAfter / insertColumnsAfter, and the 10-million-cell check over every sheet's grid
 * (getMaxRows and getMaxColumns of each sheet whose grid the execution has not asked yet, under
 * 24 calls on the bench's workbooks). Only a larger workbook needs it, so each growth may cost this
 * many calls more.
 */
export const CALLS_PER_GROWTH = 24;

function growths(calls: Record<string, number>): number {
  return (calls['Sheet.insertRowsAfter'] ?? 0) + (calls['Sheet.insertColumnsAfter'] ?? 0);
}

/** Calls the rule allows the larger run on top of the smaller one's. */
export function allowedExtra(small: Record<string, number>, large: Record<string, number>): number {
  return (
    CALLS_PER_BATCH * Math.max(0, batches(large) - batches(small)) +
    CALLS_PER_GROWTH * Math.max(0, growths(large) - growths(small))
  );
}

/** One line per run kind whose calls (without sendEmail and its batches) grew from the smallest to the largest size. */
export function growthFailures(measurements: readonly Measurement[]): string[] {
  const failures: string[] = [];
  for (const kind of new Set(measurements.map((m) => m.kind))) {
    const runs = measurements.filter((m) => m.kind === kind && m.available);
    if (runs.length < 2) continue;
    const first = runs[0];
    const last = runs[runs.length - 1];
    const small = callsExcludingMail(first.ours.calls);
    const large = callsExcludingMail(last.ours.calls);
    if (large > small + allowedExtra(first.ours.calls, last.ours.calls)) {
      failures.push(`  ${kind}: ${small} calls (${first.size.name}) → ${large} calls (${last.size.name})`);
    }
  }
  return failures;
}
