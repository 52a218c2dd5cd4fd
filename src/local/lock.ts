/**
 * LockService with a real lock file, so two processes running the add-on on
 * one workbook exclude each other the way two executions of one script do.
 * The file is created atomically (`wx`) and records the owner's pid, host and
 * start time; its modification time is the owner's heartbeat, refreshed while
 * the lock is held (every few seconds, and at each flush and send). A lock is
 * taken over when its owner is a dead process on this host, or when its
 * heartbeat is older than the longest run allowed — whatever the pid says, so
 * a leftover file naming a live unrelated process (pid 1 after a container
 * restart) cannot block every run forever. Within one process a lock is
 * re-entrant, as it is within one Apps Script execution.
 */
import {
  closeSync,
  existsSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import type { CallCounter } from './counters';

type Lock = GoogleAppsScript.Lock.Lock;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';
/** A lock file still empty after this long belongs to a process that died while creating it. */
const EMPTY_LOCK_GRACE_MS = 10_000;
const POLL_MS = 20;
/**
 * The longest run allowed: Apps Script stops an execution after 6 minutes
 * (https://developers.google.com/apps-script/guides/services/quotas, "Script runtime").
 * A holder refreshes its heartbeat far more often, so a heartbeat older than this is no run.
 */
export const LONGEST_RUN_MS = 6 * 60_000;
const HEARTBEAT_MS = 5_000;

/** What a lock file records. */
export interface LockOwner {
  pid: number | null;
  host: string;
  started: string;
  /** The file's modification time: the owner's last sign of life. */
  heartbeatMs: number;
}

export interface LockServiceOptions {
  /** The document lock's file; the script and user locks use the same path with a suffix. */
  lockPath: string;
  counter: CallCounter;
  /** Called after the lock is taken (not on re-entry): reload what another process wrote. */
  onAcquired: () => void;
  /** Called before the lock file goes away: save, so the next holder sees this process's writes. */
  onReleased: () => void;
}

const heldPaths = new Set<string>();
let exitHookInstalled = false;
let heartbeatTimer: NodeJS.Timeout | null = null;
let lastBeat = 0;

/** Refreshes the heartbeat of every lock this process holds (at most once a second). */
export function heartbeat(): void {
  const now = Date.now();
  if (now - lastBeat < 1_000) return;
  lastBeat = now;
  for (const path of heldPaths) {
    try {
      utimesSync(path, now / 1000, now / 1000);
    } catch {
      // Taken over or removed: the next release notices it is no longer the owner.
    }
  }
}

/** While a lock is held, the heartbeat also runs between the bundle's calls (e.g. during a save). */
function keepBeating(): void {
  if (heldPaths.size === 0) {
    if (heartbeatTimer) clearInterval(heartbeatTimer);
    heartbeatTimer = null;
    return;
  }
  heartbeatTimer ??= setInterval(heartbeat, HEARTBEAT_MS);
  heartbeatTimer.unref();
}

/** A process that exits while holding a lock (an uncaught error) must not leave it to time out. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const path of heldPaths) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone: nothing to clean up.
      }
    }
  });
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Apps Script code is synchronous, so waiting for a lock blocks the thread like it does there. */
export function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(sleeper, 0, 0, ms);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The owner recorded in a lock file (`pid`, `host`, `start` lines), or null when it is gone. */
export function readLockOwner(path: string): LockOwner | null {
  try {
    const heartbeatMs = statSync(path).mtimeMs;
    const [pidLine = '', host = '', started = ''] = readFileSync(path, 'utf8').split('\n');
    const pid = Number.parseInt(pidLine, 10);
    return { pid: Number.isInteger(pid) && pid > 0 ? pid : null, host, started, heartbeatMs };
  } catch {
    return null;
  }
}

function ownerPid(path: string): number | null {
  return readLockOwner(path)?.pid ?? null;
}

function isStale(path: string): boolean {
  const owner = readLockOwner(path);
  if (owner === null) return false;
  const silentMs = Date.now() - owner.heartbeatMs;
  if (silentMs > LONGEST_RUN_MS) return true;
  if (owner.pid === null) return silentMs > EMPTY_LOCK_GRACE_MS;
  // A pid only means something on the host that wrote it; an older file has no host line.
  if (owner.host !== '' && owner.host !== hostname()) return false;
  return !isAlive(owner.pid);
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a dead owner's file aside (rename is atomic, so only one process wins
 * it). If what was moved turns out to be a live owner's fresh lock, it is put
 * back with `link`, which, like `wx`, never replaces an existing file.
 */
function takeOverStale(path: string): void {
  const aside = `${path}.stale.${process.pid}.${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (!isStale(aside)) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone created a new lock meanwhile; the live owner's one is lost only if both raced here.
    }
  }
  unlinkSync(aside);
}

function acquire(path: string, timeoutMs: number): boolean {
  const deadline = Date.now() + Math.max(0, timeoutMs);
  for (;;) {
    if (tryCreate(path)) return true;
    if (isStale(path)) {
      takeOverStale(path);
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) return false;
    sleepSync(Math.min(POLL_MS, left));
  }
}

function createLock(path: string, options: LockServiceOptions): Lock {
  const { counter } = options;
  const take = (timeoutMs: number): boolean => {
    if (heldPaths.has(path)) return true;
    if (!acquire(path, timeoutMs)) return false;
    heldPaths.add(path);
    keepBeating();
    installExitHook();
    try {
      options.onAcquired();
    } catch (error) {
      release();
      throw error;
    }
    return true;
  };
  const release = (): void => {
    if (!heldPaths.has(path)) return;
    try {
      options.onReleased();
    } finally {
      heldPaths.delete(path);
      keepBeating();
      if (existsSync(path) && ownerPid(path) === process.pid) unlinkSync(path);
    }
  };
  return {
    tryLock(timeoutInMillis: number): boolean {
      counter.count('Lock.tryLock');
      return take(timeoutInMillis);
    },
    waitLock(timeoutInMillis: number): void {
      counter.count('Lock.waitLock');
      if (!take(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
    },
    hasLock(): boolean {
      counter.count('Lock.hasLock');
      return heldPaths.has(path);
    },
    releaseLock(): void {
      counter.count('Lock.releaseLock');
      release();
    },
  };
}

export function createLockService(options: LockServiceOptions): GoogleAppsScript.Lock.LockService {
  const { counter, lockPath } = options;
  return {
    getDocumentLock(): Lock {
      counter.count('LockService.getDocumentLock');
      return createLock(lockPath, options);
    },
    getScriptLock(): Lock {
      counter.count('LockService.getScriptLock');
      return createLock(`${lockPath}.script`, options);
    },
    getUserLock(): Lock {
      counter.count('LockService.getUserLock');
      return createLock(`${lockPath}.user`, options);
    },
  };
}
