/**
 * The lock file behind LockService, so two processes running the add-on on
 * one workbook exclude each other the way two executions of one script do.
 * The file is created atomically (`wx`) and records the owner's pid, host and
 * start time; its modification time is the owner's heartbeat, refreshed while
 * the lock is held (every few seconds, and at each flush and send). A lock is
 * taken over when its owner is a dead process on this host, or when its
 * heartbeat is older than the longest run allowed — whatever the pid says, so
 * a leftover file naming a live unrelated process (pid 1 after a container
 * restart) cannot block every run forever.
 */
import {
  closeSync,
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

/** Lock files this process holds. */
export const heldPaths = new Set<string>();
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
export function keepBeating(): void {
  if (heldPaths.size === 0) {
    if (heartbeatTimer) clearInterval(heartbeatTimer);
    heartbeatTimer = null;
    return;
  }
  heartbeatTimer ??= setInterval(heartbeat, HEARTBEAT_MS);
  heartbeatTimer.unref();
}

/** A process that exits while holding a lock (an uncaught error) must not leave it to time out. */
export function installExitHook(): void {
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

export function ownerPid(path: string): number | null {
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

/** Takes the lock file within `timeoutMs`, taking over a stale one; false when the time ran out. */
export function acquire(path: string, timeoutMs: number): boolean {
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
