import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { CallCounter } from '../../src/local/services/counters';
import { LocalLockService } from '../../src/local/services/lock';
import { LONGEST_RUN_MS, readLockOwner } from '../../src/local/services/lockFile';
import { loadState } from '../../src/local/runner/stateFile';

const dir = mkdtempSync(join(tmpdir(), 'account-desk-lock-'));

function lockService(lockPath: string, events: string[] = []) {
  return new LocalLockService({
    lockPath,
    counter: new CallCounter(),
    onAcquired: () => events.push('acquired'),
    onReleased: () => events.push('released'),
  });
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

interface ChildReport {
  name: string;
  seen: string;
  acquired: number;
  released: number;
  hasLock: boolean;
}

function runChild(script: string, args: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as ChildReport)
        : reject(new Error(`child exited ${code}: ${err}`)),
    );
  });
}

describe('LockService', () => {
  it('takes a free document lock, calls back on acquire and on release, and removes the file', () => {
    const path = join(dir, 'free.xlsx.lock');
    const events: string[] = [];
    const lock = lockService(path, events).getDocumentLock();
    expect(lock.held()).toBe(false);
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.held()).toBe(true);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe(String(process.pid));
    lock.releaseLock();
    expect(lock.held()).toBe(false);
    expect(existsSync(path)).toBe(false);
    expect(events).toEqual(['acquired', 'released']);
  });

  it('is re-entrant within one execution and reloads only on the first acquisition', () => {
    const path = join(dir, 'reentrant.xlsx.lock');
    const events: string[] = [];
    const service = lockService(path, events);
    const first = service.getDocumentLock();
    expect(first.tryLock(0)).toBe(true);
    expect(service.getDocumentLock().tryLock(0)).toBe(true);
    first.releaseLock();
    expect(events).toEqual(['acquired', 'released']);
  });

  it('gives up after the timeout while a live process holds the lock', () => {
    const path = join(dir, 'held.xlsx.lock');
    writeFileSync(path, `${process.ppid}\n`);
    const lock = lockService(path).getDocumentLock();
    const started = Date.now();
    expect(lock.tryLock(150)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(lock.held()).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('takes over the lock of a process that died', () => {
    const path = join(dir, 'stale.xlsx.lock');
    writeFileSync(path, `${deadPid()}\n`);
    const lock = lockService(path).getDocumentLock();
    expect(lock.tryLock(0)).toBe(true);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe(String(process.pid));
    lock.releaseLock();
  });

  it('lets two processes on one workbook take turns, the second seeing what the first saved', async () => {
    const script = join(dir, 'lock-child.js');
    buildSync({
      entryPoints: [join(__dirname, 'lock.child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      logLevel: 'silent',
    });
    const statePath = join(dir, 'shared.properties.json');
    const startAt = String(Date.now() + 1500);
    const reports = await Promise.all([
      runChild(script, [statePath, 'A', startAt, '400']),
      runChild(script, [statePath, 'B', startAt, '400']),
    ]);
    const [first, second] = [...reports].sort((a, b) => a.acquired - b.acquired);
    // Mutual exclusion: the second got the lock only after the first let it go.
    expect(second.acquired).toBeGreaterThanOrEqual(first.released);
    // Both loaded an empty state at start; the second reloaded on acquiring and saw the first's write.
    expect(first.seen).toBe('');
    expect(second.seen).toBe(first.name);
    expect(loadState(statePath).document.log).toBe(`${first.name},${second.name}`);
    expect(reports.every((report) => !report.hasLock)).toBe(true);
    expect(existsSync(`${statePath}.lock`)).toBe(false);
  });
});

describe('LockService: heartbeat and stale locks', () => {
  it('records pid, host and start time in the lock file', () => {
    const path = join(dir, 'owner.xlsx.lock');
    const lock = lockService(path).getDocumentLock();
    expect(lock.tryLock(0)).toBe(true);
    const owner = readLockOwner(path);
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
    expect(Number.isNaN(Date.parse(owner!.started))).toBe(false);
    lock.releaseLock();
  });

  it('waits for a live process whose heartbeat is fresh', () => {
    const path = join(dir, 'fresh.xlsx.lock');
    writeFileSync(path, `1\n${hostname()}\n${new Date().toISOString()}\n`);
    expect(lockService(path).getDocumentLock().tryLock(50)).toBe(false);
  });

  it('takes over a lock whose heartbeat is older than the longest run, whatever live pid it names', () => {
    const path = join(dir, 'stale.xlsx.lock');
    const old = new Date(Date.now() - LONGEST_RUN_MS - 60_000);
    writeFileSync(path, `1\n${hostname()}\n${old.toISOString()}\n`);
    utimesSync(path, old, old);
    const lock = lockService(path).getDocumentLock();
    expect(lock.tryLock(0)).toBe(true);
    expect(readLockOwner(path)?.pid).toBe(process.pid);
    lock.releaseLock();
  });
});
