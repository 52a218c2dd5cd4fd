/**
 * The fault-injection suite's tools: the real CLI as a child process, faults
 * from outside (a signal once the outbox holds k messages) or through the
 * runtime's one fault hook, re-runs until nothing is left, and the count of
 * every message in the outbox against the log.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/local/runner/project';
import {
  invoice,
  readLog,
  readOutbox,
  writeWorkbook,
  type Doc,
  type LogRow,
  type Mail,
} from '../e2e/reminders.fixture';
import { seededRandom } from '../../scripts/seededRandom';

export const BIN = join(PROJECT_ROOT, 'bin', 'account-desk.js');
export const TODAY = '2026-12-02';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  /** Whether the fault from outside was delivered before the process ended by itself. */
  interrupted: boolean;
}

export interface CliOptions {
  faults?: string;
  /** Send this signal once the outbox holds `atMessage` messages. */
  signal?: NodeJS.Signals;
  atMessage?: number;
  quota?: number;
  /** The day of the run (default `TODAY`). */
  today?: string;
  /** Another build to run (the Gmail build's `build/gmail-dist`): the built CLI is called with it. */
  distDir?: string;
}

/** The built CLI's `main` with another build's Code.js, as a child process of its own. */
function cliWithDist(distDir: string): string[] {
  const cli = join(PROJECT_ROOT, 'build', 'local', 'cli.js');
  const script = `require(${JSON.stringify(cli)}).main(process.argv.slice(1), {
    out: (line) => process.stdout.write(line + '\\n'),
    err: (line) => process.stderr.write(line + '\\n'),
    env: process.env,
    distDir: ${JSON.stringify(distDir)},
  }).then((code) => { process.exitCode = code; });`;
  return ['-e', script];
}

function outboxCount(outDir: string): number {
  const dir = join(outDir, 'outbox');
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.eml')).length : 0;
}

/** `account-desk run --today … --mode send --out DIR FILE`, as a user would type it. */
export function runCli(file: string, outDir: string, options: CliOptions = {}): Promise<CliRun> {
  const args = ['run', '--today', options.today ?? TODAY, '--mode', 'send', '--out', outDir, file];
  if (options.quota !== undefined) args.push('--quota', String(options.quota));
  const env: NodeJS.ProcessEnv = { ...process.env, ACCOUNT_DESK_LANG: 'ru' };
  delete env.ACCOUNT_DESK_FAULTS;
  if (options.faults) env.ACCOUNT_DESK_FAULTS = options.faults;
  return new Promise((resolveRun) => {
    const before = outboxCount(outDir);
    const command = options.distDir ? [...cliWithDist(options.distDir), ...args] : [BIN, ...args];
    const child = spawn(process.execPath, command, { cwd: PROJECT_ROOT, env });
    let out = '';
    let interrupted = false;
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const poll =
      options.signal === undefined
        ? null
        : setInterval(() => {
            if (outboxCount(outDir) - before >= (options.atMessage ?? 1) && child.exitCode === null) {
              interrupted = child.kill(options.signal);
              if (poll) clearInterval(poll);
            }
          }, 1);
    child.on('close', (code, signal) => {
      if (poll) clearInterval(poll);
      resolveRun({ code, signal, out, interrupted });
    });
  });
}

/** Runs without faults until a run sends nothing new (at most `limit` runs). */
export async function runUntilDone(
  file: string,
  outDir: string,
  limit = 6,
  options: Pick<CliOptions, 'quota' | 'today' | 'distDir'> = {},
): Promise<CliRun[]> {
  const runs: CliRun[] = [];
  for (let i = 0; i < limit; i += 1) {
    const before = outboxCount(outDir);
    const run = await runCli(file, outDir, options);
    runs.push(run);
    if (outboxCount(outDir) === before) break;
  }
  return runs;
}

/** 18 clients (9 overdue, 9 due soon), one STOP and the AM's digest: a send of 20 messages. */
export function twentyMessages(): Doc[] {
  const docs: Doc[] = [];
  for (let n = 1; n <= 18; n += 1)
    docs.push(invoice(`С-${n}`, `Клиент ${n}`, n <= 9 ? '25.11.2026' : '04.12.2026', `c${n}@client.example`));
  docs.push(invoice('С-99', 'Должник', '15.10.2026', 'debtor@client.example'));
  return docs;
}

export async function twentyMessageWorkbook(dir: string): Promise<string> {
  return writeWorkbook(dir, 'agency', { docs: twentyMessages() });
}

/** A message as counted: who it went to and its subject; the AM's follow-up digests apart. */
export function identityOf(mail: Pick<Mail, 'to' | 'cc' | 'subject' | 'text'>): string {
  const followUp =
    mail.subject.startsWith('Пульт аккаунта') && !/^(Просрочено|Скоро срок оплаты) — /m.test(mail.text);
  return `${[...mail.to, ...mail.cc].sort().join(',')}|${mail.subject}${followUp ? '|follow-up' : ''}`;
}

export interface Tally {
  /** Messages expected (from a run without faults). */
  expected: number;
  /** Sent exactly once. */
  once: number;
  /** Found more than once in the outbox. */
  duplicates: number;
  /** Not in the outbox and not reported as unknown or failed in the log and a digest. */
  lost: number;
  /** Reported "status unknown" (sent or not). */
  unknown: number;
  /** Reported as refused by the mail service. */
  failed: number;
  details: string[];
}

const isUnknownResult = (result: string) => result.startsWith('статус неизвестен');
const isFailedResult = (result: string) => result.startsWith('ошибка');

/**
 * Every expected message is in the outbox once; or the log marks it unknown or failed and an
 * AM digest names it. A message in the outbox twice is a duplicate, whatever the log says.
 */
export function tally(expected: readonly Mail[], mails: readonly Mail[], log: readonly LogRow[]): Tally {
  const counts = new Map<string, number>();
  for (const mail of mails) counts.set(identityOf(mail), (counts.get(identityOf(mail)) ?? 0) + 1);
  const digestText = mails
    .filter((mail) => mail.subject.startsWith('Пульт аккаунта'))
    .map((mail) => mail.text)
    .join('\n');
  const result: Tally = {
    expected: expected.length,
    once: 0,
    duplicates: 0,
    lost: 0,
    unknown: 0,
    failed: 0,
    details: [],
  };
  for (const mail of expected) {
    const id = identityOf(mail);
    const count = counts.get(id) ?? 0;
    const recipients = [...mail.to, ...mail.cc].sort().join(',');
    const rows = log.filter(
      (row) =>
        row.subject === mail.subject &&
        row.recipients
          .split(',')
          .map((address) => address.trim())
          .sort()
          .join(',') === recipients,
    );
    const unknown = rows.some((row) => isUnknownResult(row.result));
    const failed = rows.some((row) => isFailedResult(row.result));
    const told = digestText.includes(`«${mail.subject}»`);
    if (count > 1) {
      result.duplicates += 1;
      result.details.push(`duplicate ×${count}: ${id}`);
    } else if (unknown || failed) {
      if (unknown) result.unknown += 1;
      else result.failed += 1;
      if (!told) {
        result.lost += 1;
        result.details.push(`${unknown ? 'unknown' : 'failed'} but never told in a digest: ${id}`);
      }
    } else if (count === 1) result.once += 1;
    else {
      result.lost += 1;
      result.details.push(`lost: ${id} (log: ${rows.map((row) => row.result).join(' / ') || 'no row'})`);
    }
  }
  return result;
}

export async function tallyOf(expected: readonly Mail[], outDir: string, name = 'agency'): Promise<Tally> {
  return tally(expected, await readOutbox(outDir), await readLog(outDir, name));
}

/** A seeded generator, so a failing trial can be replayed from its seed. */
export const seeded = seededRandom;

/** The suite's figures, for docs/reliability.md (written when FAULTS_REPORT names a file). */
export function writeReport(path: string | undefined, report: unknown): void {
  if (path) writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
