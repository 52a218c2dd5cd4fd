/**
 * LockService's document lock over a lock file (`lockFile.ts`). Within one process a lock is
 * re-entrant, as it is within one Apps Script execution.
 * https://developers.google.com/apps-script/reference/lock/lock
 */
import { existsSync, unlinkSync } from 'node:fs';
import type { CallCounter } from './counters';
import type { Emulates } from './emulates';
import { acquire, heldPaths, installExitHook, keepBeating, ownerPid } from './lockFile';

export interface LockServiceOptions {
  /** The document lock's file. */
  lockPath: string;
  counter: CallCounter;
  /** Called after the lock is taken (not on re-entry): reload what another process wrote. */
  onAcquired: () => void;
  /** Called before the lock file goes away: save, so the next holder sees this process's writes. */
  onReleased: () => void;
}

export class LocalLock implements Emulates<GoogleAppsScript.Lock.Lock> {
  constructor(private readonly options: LockServiceOptions) {}

  private get path(): string {
    return this.options.lockPath;
  }

  /** Takes the lock within `timeoutMs` without counting a call (the runner's own final save uses it). */
  take(timeoutMs: number): boolean {
    if (heldPaths.has(this.path)) return true;
    if (!acquire(this.path, timeoutMs)) return false;
    heldPaths.add(this.path);
    keepBeating();
    installExitHook();
    try {
      this.options.onAcquired();
    } catch (error) {
      this.release();
      throw error;
    }
    return true;
  }

  /** Releases the lock without counting a call. */
  release(): void {
    if (!heldPaths.has(this.path)) return;
    try {
      this.options.onReleased();
    } finally {
      heldPaths.delete(this.path);
      keepBeating();
      if (existsSync(this.path) && ownerPid(this.path) === process.pid) unlinkSync(this.path);
    }
  }

  tryLock(timeoutInMillis: number): boolean {
    this.options.counter.count('Lock.tryLock');
    return this.take(timeoutInMillis);
  }

  /** Whether this process holds the lock, without counting a call (the add-on no longer asks). */
  held(): boolean {
    return heldPaths.has(this.path);
  }

  releaseLock(): void {
    this.options.counter.count('Lock.releaseLock');
    this.release();
  }
}

export class LocalLockService implements Emulates<GoogleAppsScript.Lock.LockService> {
  constructor(private readonly options: LockServiceOptions) {}

  getDocumentLock(): LocalLock {
    this.options.counter.count('LockService.getDocumentLock');
    return new LocalLock(this.options);
  }
}
