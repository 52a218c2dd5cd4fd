/**
 * LockService with a real lock file, so two processes running the add-on on
 * one workbook exclude each other the way two executions of one script do.
 * The file is created atomically (`wx`) and holds the owner's pid; the lock
 * of a process that died is taken over. Within one process a lock is
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
  writeSync,
} from 'node:fs';
import type { CallCounter } from './counters';

type Lock = GoogleAppsScript.Lock.Lock;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';
/** A lock file still empty after this long belongs to a process that died while creating it. */
const EMPTY_LOCK_GRACE_MS = 10_000;
const POLL_MS = 20;

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

function ownerPid(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').split('\n')[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isStale(path: string): boolean {
  const pid = ownerPid(path);
  if (pid !== null) return !isAlive(pid);
  try {
    return Date.now() - statSync(path).mtimeMs > EMPTY_LOCK_GRACE_MS;
  } catch {
    return false;
  }
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
    writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
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
  const pid = ownerPid(aside);
  if (pid !== null && isAlive(pid)) {
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
