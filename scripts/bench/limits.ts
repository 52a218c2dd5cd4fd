/**
 * The largest agency inside each Apps Script limit, from the measured daily runs: the estimated
 * time and the emails of a first daily run (the heaviest day) grow linearly with the documents,
 * so the line through the two largest sizes measured gives where each limit is crossed.
 */
import { LIMITS } from './cost';
import { duration, int } from './format';
import { estimate } from './report';
import type { ChunkedResult, Measurement, ReportData, SideRun } from './types';

interface Line {
  slope: number;
  intercept: number;
}

function lineThrough(points: readonly [number, number][]): Line {
  const [a, b] = points.slice(-2);
  const slope = (b[1] - a[1]) / (b[0] - a[0]);
  return { slope, intercept: a[1] - slope * a[0] };
}

/** The largest x where the line stays at or under `limit` (Infinity when it never reaches it). */
function largestUnder(line: Line, limit: number): number {
  if (line.slope <= 0) return line.intercept <= limit ? Infinity : 0;
  return Math.max(0, Math.floor((limit - line.intercept) / line.slope));
}

function agency(documents: number): string {
  if (!Number.isFinite(documents)) return 'any size';
  const rounded = documents >= 1000 ? Math.round(documents / 100) * 100 : documents;
  return `~${int(rounded)} documents (~${int(rounded / 50)} people)`;
}

function mailDayText(chunked: readonly ChunkedResult[]): string {
  const c = chunked[0];
  if (!c) return '';
  return (
    ` On the mail day (${int(c.planned)} planned, quota ${int(c.quota)}): ${int(c.executions)} execution(s), ` +
    `${int(c.killed)} stopped at 6 min, longest ${duration(c.maxExecutionMs)}, ${int(c.sent)} sent, ${int(c.duplicates)} duplicates.`
  );
}

export function limitsSection(data: ReportData): string[] {
  const daily = data.measurements.filter((m) => m.kind === 'daily run' && m.available);
  if (daily.length < 2) return [];
  const fit = (side: (m: Measurement) => SideRun, y: (s: SideRun) => number) =>
    lineThrough(daily.map((m) => [m.size.documents, y(side(m))]));
  const oursTime = fit((m) => m.ours, estimate);
  const peerTime = fit((m) => m.competent, estimate);
  const oursMail = fit(
    (m) => m.ours,
    (s) => s.emails,
  );
  const peerMail = fit(
    (m) => m.competent,
    (s) => s.emails + s.failed,
  );
  const row = (limit: string, ours: number, peer: number, past: string) =>
    `| ${limit} | ${agency(ours)} | ${agency(peer)} | ${past} |`;
  return [
    '## Limits: the largest agency inside each',
    '',
    'From the daily runs measured (a first run on a Monday: the heaviest day, with every due reminder and the digests), ' +
      'whose estimated time and email recipients (what the quota counts: ours copy the account manager) grow linearly with the documents: the line through the two largest sizes gives the ' +
      'size where each limit is crossed, in the bench’s proportions (50 documents a person, a year of load weeks). ' +
      'An extrapolation from measured points, not a measurement at that size.',
    '',
    '| limit | ours | competent peer | past it |',
    '|---|---|---|---|',
    row(
      '6 min per execution (one daily run)',
      largestUnder(oursTime, LIMITS.executionMs),
      largestUnder(peerTime, LIMITS.executionMs),
      'Apps Script stops the execution mid-run; with one daily trigger nothing continues it that day, and rows written ' +
        'ahead of an email that never went stay “sending” until the next run reports them as unknown (never re-sent).' +
        mailDayText(data.chunked),
    ),
    row(
      '90 min/day of triggers (consumer), if the day’s work is split across executions',
      largestUnder(oursTime, LIMITS.triggerDailyConsumerMs),
      largestUnder(peerTime, LIMITS.triggerDailyConsumerMs),
      'Apps Script runs no more trigger executions for that account that day; what is left waits for the next day.',
    ),
    row(
      '6 h/day of triggers (Workspace), same',
      largestUnder(oursTime, LIMITS.triggerDailyWorkspaceMs),
      largestUnder(peerTime, LIMITS.triggerDailyWorkspaceMs),
      'The same, later.',
    ),
    row(
      `${LIMITS.recipientsConsumer} recipients/day (consumer)`,
      largestUnder(oursMail, LIMITS.recipientsConsumer),
      largestUnder(peerMail, LIMITS.recipientsConsumer),
      'Ours: the rest are logged “not sent: quota”, which keeps them open, and go again on the next run after the quota resets. ' +
        'The peers: `MailApp.sendEmail` throws; a real tutorial script dies there with the rest of its loop undone.',
    ),
    row(
      `${int(LIMITS.recipientsWorkspace)} recipients/day (Workspace)`,
      largestUnder(oursMail, LIMITS.recipientsWorkspace),
      largestUnder(peerMail, LIMITS.recipientsWorkspace),
      'The same.',
    ),
    '',
  ];
}
