/**
 * One "execution" for the two-process lock test: loads the document state at
 * start like the runtime does, waits for a common start instant, then takes
 * the document lock, reads the shared log, holds the lock a while, appends its
 * name and releases (which saves). Prints what it saw as JSON.
 */
import { CallCounter } from '../../src/local/services/counters';
import { LocalLockService } from '../../src/local/services/lock';
import { sleepSync } from '../../src/local/services/lockFile';
import { LocalPropertiesService } from '../../src/local/services/properties';
import { assignState } from '../../src/local/services/state';
import { loadState, saveState } from '../../src/local/runner/stateFile';

const [statePath, name, startAt, holdMs] = process.argv.slice(2);
const state = loadState(statePath);
const counter = new CallCounter();
const locks = new LocalLockService({
  lockPath: `${statePath}.lock`,
  counter,
  onAcquired: () => assignState(state, loadState(statePath)),
  onReleased: () => saveState(statePath, state),
});
const properties = new LocalPropertiesService(state, counter).getDocumentProperties();

sleepSync(Number(startAt) - Date.now());
const lock = locks.getDocumentLock();
if (!lock.tryLock(30000)) throw new Error('lock timeout');
const acquired = Date.now();
const seen = properties.getProperty('log') ?? '';
sleepSync(Number(holdMs));
properties.setProperty('log', seen ? `${seen},${name}` : name);
const released = Date.now();
lock.releaseLock();
process.stdout.write(JSON.stringify({ name, seen, acquired, released, hasLock: lock.held() }));
