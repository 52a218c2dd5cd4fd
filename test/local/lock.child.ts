/**
 * One "execution" for the two-process lock test: loads the document state at
 * start like the runtime does, waits for a common start instant, then takes
 * the document lock, reads the shared log, holds the lock a while, appends its
 * name and releases (which saves). Prints what it saw as JSON.
 */
import { CallCounter } from '../../src/local/counters';
import { createLockService, sleepSync } from '../../src/local/lock';
import { createPropertiesService } from '../../src/local/properties';
import { assignState, loadState, saveState } from '../../src/local/state';

const [statePath, name, startAt, holdMs] = process.argv.slice(2);
const state = loadState(statePath);
const counter = new CallCounter();
const locks = createLockService({
  lockPath: `${statePath}.lock`,
  counter,
  onAcquired: () => assignState(state, loadState(statePath)),
  onReleased: () => saveState(statePath, state),
});
const properties = createPropertiesService(state, counter).getDocumentProperties();

sleepSync(Number(startAt) - Date.now());
const lock = locks.getDocumentLock();
lock.waitLock(30000);
const acquired = Date.now();
const seen = properties.getProperty('log') ?? '';
sleepSync(Number(holdMs));
properties.setProperty('log', seen ? `${seen},${name}` : name);
const released = Date.now();
lock.releaseLock();
process.stdout.write(JSON.stringify({ name, seen, acquired, released, hasLock: lock.hasLock() }));
