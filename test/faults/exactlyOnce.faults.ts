/**
 * Exactly once, under faults, on the real CLI (`npm run test:faults`): every trial starts a
 * 20-message send as a child process, hurts it (kill -9 at a random message, a signal, a full
 * disk, no permission, a failing mail service, poison messages, a stale lock), then re-runs it
 * until nothing is left and counts every `.eml` against the log: 0 duplicates, 0 silently lost —
 * each message went once, or the log says "status unknown"/failed and an AM digest names it.
 *
 * Random points are drawn from FAULTS_SEED (printed with the figures); FAULTS_TRIALS sets the
 * number of kill -9 trials (default 30); FAULTS_REPORT names a JSON file for the figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, PROJECT_ROOT } from '../../src/local/runner/project';
import { invoice, readLog, readOutbox, writeWorkbook, type Mail } from '../e2e/reminders.fixture';
import {
  BIN,
  runCli,
  runUntilDone,
  seeded,
  tallyOf,
  twentyMessages,
  twentyMessageWorkbook,
  writeReport,
  type CliOptions,
  type CliRun,
  type Tally,
} from './support';

const SEED = Number(process.env.FAULTS_SEED ?? 20261202);
const TRIALS = Number(process.env.FAULTS_TRIALS ?? 30);
const root = mkdtempSync(join(tmpdir(), 'account-desk-faults-'));
let dirs = 0;
const freshDir = () => join(root, `t${(dirs += 1)}`);

interface TrialRecord {
  fault: string;
  first: { code: number | null; signal: string | null; interrupted: boolean };
  reruns: number;
  tally: Omit<Tally, 'details'>;
  details: string[];
}
const figures: Record<string, TrialRecord[]> = {};
let expected: Mail[] = [];

function record(group: string, fault: string, first: CliRun, reruns: CliRun[], tally: Tally): void {
  const { details, ...counts } = tally;
  (figures[group] ??= []).push({
    fault,
    first: { code: first.code, signal: first.signal, interrupted: first.interrupted },
    reruns: reruns.length,
    tally: counts,
    details,
  });
}

function sum(group: string) {
  const trials = figures[group] ?? [];
  const total = (field: 'duplicates' | 'lost' | 'unknown' | 'failed' | 'once') =>
    trials.reduce((n, trial) => n + trial.tally[field], 0);
  return {
    trials: trials.length,
    interrupted: trials.filter((trial) => trial.first.interrupted || trial.first.signal !== null).length,
    once: total('once'),
    duplicates: total('duplicates'),
    lost: total('lost'),
    unknown: total('unknown'),
    failed: total('failed'),
    trialsWithDuplicates: trials.filter((trial) => trial.tally.duplicates > 0).length,
  };
}

/** One trial: a fresh 20-message workbook, the faulty run, re-runs, the count. */
async function trial(
  group: string,
  fault: string,
  options: CliOptions,
): Promise<{ first: CliRun; tally: Tally }> {
  const dir = freshDir();
  const file = await twentyMessageWorkbook(dir);
  const outDir = join(dir, 'out');
  const first = await runCli(file, outDir, options);
  const reruns = await runUntilDone(file, outDir);
  const counted = await tallyOf(expected, outDir);
  record(group, fault, first, reruns, counted);
  return { first, tally: counted };
}

/** Runs `count` trials two at a time (the machine has two cores). */
async function inPairs(count: number, one: (index: number) => Promise<unknown>): Promise<void> {
  for (let index = 0; index < count; index += 2)
    await Promise.all([one(index), ...(index + 1 < count ? [one(index + 1)] : [])]);
}

beforeAll(async () => {
  execFileSync(process.execPath, [BIN, 'help'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
  ensureBuilt();
  // What a run without faults sends: the messages every trial must account for.
  const dir = freshDir();
  const file = await twentyMessageWorkbook(dir);
  const run = await runCli(file, join(dir, 'out'));
  expect(run.code).toBe(0);
  expected = await readOutbox(join(dir, 'out'));
}, 120_000);

afterAll(() => {
  const summary = Object.fromEntries(Object.keys(figures).map((group) => [group, sum(group)]));
  process.stdout.write(`fault suite, seed ${SEED}:\n${JSON.stringify(summary, null, 2)}\n`);
  writeReport(process.env.FAULTS_REPORT, { seed: SEED, summary, trials: figures });
});

it('a run without faults sends the 20 messages: 18 clients, one STOP alert, the AM digest', () => {
  expect(expected).toHaveLength(20);
});

describe('kill -9', () => {
  it(`at a random message of a 20-message send, ${TRIALS} trials: 0 duplicates, 0 lost`, async () => {
    const random = seeded(SEED);
    const points = Array.from({ length: TRIALS }, () => 1 + Math.floor(random() * 20));
    await inPairs(TRIALS, (index) =>
      trial('kill -9', `SIGKILL once the outbox holds ${points[index]}`, {
        signal: 'SIGKILL',
        atMessage: points[index],
      }),
    );
    const figuresNow = sum('kill -9');
    expect(figures['kill -9'].flatMap((t) => t.details)).toEqual([]);
    expect(figuresNow.duplicates).toBe(0);
    expect(figuresNow.lost).toBe(0);
  }, 900_000);

  it.each([
    ['kill-after-flush:1', 'right after the first write-ahead is flushed, before any email'],
    ['kill-after-send:10', 'after the 10th email, before its batch result is flushed'],
    ['kill-after-send:11', 'after the first email of the second batch'],
    ['kill-before-send:20', 'just before the last email'],
  ])(
    '%s (%s): 0 duplicates, 0 lost, at most one batch unknown',
    async (faults) => {
      const { first, tally } = await trial('kill -9 (hook)', faults, { faults });
      expect(first.signal).toBe('SIGKILL');
      expect(tally.details).toEqual([]);
      expect(tally.unknown).toBeLessThanOrEqual(10);
    },
    120_000,
  );
});

describe('signals', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    '%s at a random message: 0 duplicates, 0 lost',
    async (signal) => {
      const random = seeded(SEED + signal.length);
      const { tally } = await trial('signals', `${signal} once the outbox holds k`, {
        signal,
        atMessage: 1 + Math.floor(random() * 20),
      });
      expect(tally.details).toEqual([]);
    },
    120_000,
  );
});

describe('a full disk and no permission', () => {
  it.each([
    ['enospc:output@3', 'нет места'],
    ['enospc:output@6', 'нет места'],
    ['eacces:output@3', 'нет прав'],
    ['enospc:outbox@5', 'не отправлено из-за ошибок'],
    ['eacces:outbox', 'не отправлено из-за ошибок'],
  ])(
    '%s: told in words, 0 duplicates, 0 lost after the disk is fixed',
    async (faults, told) => {
      const { first, tally } = await trial('disk', faults, { faults });
      expect(first.code).toBe(1);
      expect(first.out).toContain(told);
      expect(first.out).not.toContain('Данные не изменены');
      expect(tally.details).toEqual([]);
    },
    120_000,
  );

  it('a full outbox leaves no empty or half message behind', async () => {
    const dir = freshDir();
    const file = await twentyMessageWorkbook(dir);
    await runCli(file, join(dir, 'out'), { faults: 'enospc:outbox@4' });
    const outbox = join(dir, 'out', 'outbox');
    const files = readdirSync(outbox);
    expect(files.filter((name) => !name.endsWith('.eml'))).toEqual([]);
    expect(files.map((name) => statSync(join(outbox, name)).size).filter((size) => size < 200)).toEqual([]);
  }, 120_000);
});

describe('a mail service failing at the k-th message', () => {
  it.each([1, 3, 11, 20])(
    'k = %i: the rest go, it goes on the next run; 0 duplicates, 0 lost',
    async (k) => {
      const { first, tally } = await trial('mail fails at k', `mail-fail-at:${k}`, {
        faults: `mail-fail-at:${k}`,
      });
      expect(first.code).toBe(1);
      expect(tally.details).toEqual([]);
      expect(tally.once).toBe(20);
    },
    120_000,
  );
});

describe('poison messages', () => {
  it('a 60-address client cell, a STOP alert over 200 KB and an invalid address block nothing; each is told', async () => {
    const dir = freshDir();
    const outDir = join(dir, 'out');
    const sixty = Array.from({ length: 60 }, (_, i) => `p${i}@crowd.example`).join(', ');
    const longName = (letter: string) => `ООО «${letter.repeat(45_000)}»`;
    const docs = [
      invoice('П-1', 'Толпа', '25.11.2026', sixty),
      invoice('П-2', longName('Я'), '15.10.2026', 'long1@client.example'),
      invoice('П-3', longName('Ю'), '16.10.2026', 'long2@client.example'),
      // Well formed to the register, refused by the mail service: 70 characters before the @.
      invoice('П-4', 'Длинный адрес', '25.11.2026', `${'x'.repeat(70)}@client.example`),
      ...twentyMessages(),
    ];
    const file = await writeWorkbook(dir, 'agency', { docs });
    // A Workspace account's quota, so that the 61 recipients of the crowd fit every run.
    const first = await runCli(file, outDir, { quota: 1500 });
    // Later runs retry the refused messages twice, then stop.
    const reruns = await runUntilDone(file, outDir, 8, { quota: 1500 });
    const mails = await readOutbox(outDir);
    const log = await readLog(outDir, 'agency');
    const counted = await tallyOf(
      expected.filter((mail) => !mail.subject.startsWith('СТОП')),
      outDir,
    );
    record('poison', '60 addresses, 200 KB STOP alert, invalid address', first, reruns, counted);
    expect(first.code).toBe(1);

    // Every ordinary client reminder went exactly once, and so did the AM's digest.
    const clientMails = mails.filter((mail) => mail.to.some((to) => /^c\d+@client/.test(to)));
    expect(clientMails).toHaveLength(18);
    expect(new Set(clientMails.map((mail) => mail.to.join())).size).toBe(18);
    // The crowd got nothing; its one log row says why, after three attempts.
    expect(mails.some((mail) => mail.to.some((to) => to.endsWith('@crowd.example')))).toBe(false);
    const crowdRows = log.filter((row) => row.recipients.includes('p0@crowd.example'));
    expect(crowdRows).toHaveLength(1);
    expect(crowdRows[0].result).toMatch(
      /^ошибка, попытка 3 из 3 — больше не повторяем.*Recipients Per Message/,
    );
    // The STOP alert went once, shortened under the limit, naming the long clients cut short.
    const stops = mails.filter((mail) => mail.subject.startsWith('СТОП'));
    expect(stops).toHaveLength(1);
    const stopFile = readFileSync(join(outDir, 'outbox', stops[0].file));
    expect(stopFile.length).toBeLessThan(200 * 1024);
    expect(stops[0].text).toContain('ЯЯЯ');
    // The reminder to an address the service refuses: retried twice, then left to the AM, who is told.
    const invalid = log.filter((row) => row.recipients.startsWith('xxxxxxxx'));
    expect(invalid).toHaveLength(1);
    expect(invalid[0].result).toMatch(/^ошибка, попытка 3 из 3.*Invalid email/);
    expect(mails.some((mail) => mail.to.some((to) => to.startsWith('xxxxxxxx')))).toBe(false);
    const told = mails
      .filter((mail) => mail.subject.startsWith('Пульт аккаунта'))
      .map((mail) => mail.text)
      .join('\n');
    expect(told).toContain('больше 50 получателей');
    expect(told).toContain('неверный адрес получателя');
    expect(told).toContain('после 3 попыток');
    expect(counted.duplicates).toBe(0);
  }, 300_000);
});

describe('locks', () => {
  it('a stale lock naming a live unrelated process (pid 1) is taken over: the run sends everything', async () => {
    const dir = freshDir();
    const file = await twentyMessageWorkbook(dir);
    const outDir = join(dir, 'out');
    execFileSync('mkdir', ['-p', outDir]);
    const lock = join(outDir, 'agency.xlsx.lock');
    const hourAgo = new Date(Date.now() - 3_600_000);
    writeFileSync(lock, `1\n${hostname()}\n${hourAgo.toISOString()}\n`);
    utimesSync(lock, hourAgo, hourAgo);
    const started = Date.now();
    const run = await runCli(file, outDir);
    const counted = await tallyOf(expected, outDir);
    record('stale lock', 'lock file of pid 1, heartbeat an hour old', run, [], counted);
    expect(run.code).toBe(0);
    expect(counted.once).toBe(20);
    expect(Date.now() - started).toBeLessThan(25_000);
  }, 120_000);

  it('six processes started at once on one workbook: every message exactly once', async () => {
    const dir = freshDir();
    const file = await twentyMessageWorkbook(dir);
    const outDir = join(dir, 'out');
    const runs = await Promise.all(Array.from({ length: 6 }, () => runCli(file, outDir)));
    const counted = await tallyOf(expected, outDir);
    record('concurrent', 'six processes at once', runs[0], runs.slice(1), counted);
    expect(counted.details).toEqual([]);
    expect(counted.once).toBe(20);
  }, 300_000);
});
